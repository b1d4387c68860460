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


@pytest.mark.parametrize("labelled", [True, False])
def test_a_total_after_the_questions_answered_yes_are_listed(labelled: bool) -> None:
    found = _found(
        labelled,
        "Now the adverse childhood experiences questionnaire you did at home.",
        "You said yes to questions three, four and seven. That's a total of three.",
        "Three.",
    )
    assert _has(found, "ACE", 3.0), found
    assert not _has(found, "ACE", 7.0) and not _has(found, "ACE", 4.0), found


@pytest.mark.parametrize("labelled", [True, False])
def test_the_proqol_scored_in_its_three_parts(labelled: bool) -> None:
    found = _found(
        labelled,
        "You did the ProQOL last week.",
        "Okay.",
        "Your burnout part was twenty-nine. I know.",
        "Is that bad?",
        "It's in the middle. And the compassion satisfaction part came to forty-one.",
    )
    assert _has(found, "ProQOL burnout", 29.0), found
    assert _has(found, "ProQOL compassion satisfaction", 41.0), found


@pytest.mark.parametrize("labelled", [True, False])
def test_parts_of_the_ede_q_and_the_rcads(labelled: bool) -> None:
    found = _found(
        labelled,
        "Your EDE-Q global was three point nine.",
        "The shape concern part is still the highest, four point eight.",
    )
    assert _has(found, "EDE-Q shape concern", 4.8), found
    found = _found(
        labelled,
        "You did the RCADS in the waiting room.",
        "Can we look at the scores?",
        "Yes.",
        "I already know them.",
        "Panic eleven.",
        "Separation anxiety nine.",
    )
    assert _has(found, "RCADS panic", 11.0), found
    assert _has(found, "RCADS separation anxiety", 9.0), found


@pytest.mark.parametrize("labelled", [True, False])
def test_another_informants_report_told_by_name(labelled: bool) -> None:
    found = _found(
        labelled,
        "You both did the SCARED. Amira, your child report came to thirty.",
        "Mr Haddad, your parent report for her was twenty-two.",
    )
    assert _has(found, "SCARED", 30.0) and _has(found, "SCARED", 22.0), found


@pytest.mark.parametrize("labelled", [True, False])
@pytest.mark.parametrize(
    ("asked", "answer", "name"),
    [
        ("And the derealisation, out of ten, this week?", "Four.", "derealisation rating"),
        ("Out of ten, how much tension are you holding today?", "Six.", "tension rating"),
        ("Ask her, out of ten, how much tension has she had?", "She says five.", "tension rating"),
    ],
)
def test_a_rating_named_by_the_noun_it_asks_of(
    labelled: bool, asked: str, answer: str, name: str
) -> None:
    found = _found(labelled, asked, answer)
    assert any(n == name for n, _ in found), found
