"""Measures of issue 17's fortieth pass (from the av set's misses and extra lines), on invented
sentences: a scale's own numbers said with its name ("one to seven?", "where five is the
worst") are no score; nor a count of some of a whole ("three of the parts"); nor a number
said back after a measure's score came between a rating and it; an earlier score said by the
clinician after the client asks for it ("And at the start?" "The first time was 30.", "When I
came in, what was it?" "Twenty, the day you were admitted.")."""

from __future__ import annotations

import pytest

from tests.note_fixtures import has_measure as _has
from tests.note_fixtures import measures_said as _found


@pytest.mark.parametrize("labelled", [True, False])
def test_a_scales_range_said_with_its_name_is_no_score(labelled: bool) -> None:
    found = _found(
        labelled,
        "And on the Samn-Perelli, right now, from one to seven?",
        "Six. Pretty wiped out, honestly.",
    )
    assert _has(found, "Samn-Perelli", 6.0), found
    assert not any(s in (1.0, 7.0) for _, s in found), found


@pytest.mark.parametrize("labelled", [True, False])
def test_a_scales_end_told_by_what_it_means_is_no_score(labelled: bool) -> None:
    found = _found(
        labelled, "Her CGI-S is a three, on a scale where seven is the most severely ill.", "Okay."
    )
    assert _has(found, "CGI-S", 3.0), found
    assert not _has(found, "CGI-S", 7.0), found


@pytest.mark.parametrize("labelled", [True, False])
def test_a_score_that_moved_is_still_read(labelled: bool) -> None:
    found = _found(labelled, "And the GAD-7, nought to twenty-one?", "Fifteen.")
    assert _has(found, "GAD-7", 15.0), found
    assert not _has(found, "GAD-7", 21.0) and not _has(found, "GAD-7", 0.0), found


@pytest.mark.parametrize("labelled", [True, False])
def test_a_count_of_some_of_the_parts_is_no_score(labelled: bool) -> None:
    found = _found(
        labelled, "You filled in the PCL-5 at home.", "Can we look at three of the parts?"
    )
    assert not _has(found, "PCL-5", 3.0), found


@pytest.mark.parametrize("labelled", [True, False])
def test_a_number_said_back_after_a_measure_between_is_not_the_ratings(labelled: bool) -> None:
    found = _found(
        labelled,
        "Out of ten, how bad is the urge to use this week?",
        "Urge, maybe a three.",
        "You did the DAST-10 with me at intake. You scored eight, out of ten. That was when things"
        " were at their worst.",
        "Eight. I remember.",
    )
    assert _has(found, "DAST-10", 8.0), found
    assert not any(s == 8.0 and "rating" in n for n, s in found), found


@pytest.mark.parametrize("labelled", [True, False])
@pytest.mark.parametrize(
    ("asked", "told", "earlier"),
    [
        ("And the first time?", "The first time was sixteen. So it's coming down.", 16.0),
        ("When I came in, what was it?", "Sixteen, the day you were admitted.", 16.0),
        ("And when I first came in?", "Sixteen, the night you arrived.", 16.0),
    ],
)
def test_an_earlier_score_said_after_the_client_asks_for_it(
    labelled: bool, asked: str, told: str, earlier: float
) -> None:
    found = _found(
        labelled,
        "The nurse did the PHQ-9 with you on Monday. It was eleven.",
        f"Eleven. {asked}",
        told,
    )
    assert _has(found, "PHQ-9", 11.0), found
    assert _has(found, "PHQ-9", earlier), found
