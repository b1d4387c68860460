"""Measures of issue 17's forty-first pass (from the aw set's spoken misses and extra lines), on
invented sentences: a short name misheard by a letter is told from another known one by the top
of the scale said after the score ("the PDSI was 19 out of 27" is the PGSI, 0-27, not the PDSS,
0-28); and a short name heard by its form with the instrument's number after it is the known
measure that number makes it ("the PGHQ 9" is the PHQ-9)."""

from __future__ import annotations

import pytest

from tests.note_fixtures import has_measure as _has
from tests.note_fixtures import measures_said as _found


@pytest.mark.parametrize("labelled", [True, False])
def test_the_top_said_tells_which_known_name_was_misheard(labelled: bool) -> None:
    found = _found(labelled, "Let's look at the forms. Your PDSI was 19 out of 27.", "Still high.")
    assert _has(found, "PGSI", 19.0), found
    assert not _has(found, "PDSS", 19.0), found


@pytest.mark.parametrize("labelled", [True, False])
def test_a_misheard_name_without_a_top_keeps_its_nearest(labelled: bool) -> None:
    found = _found(labelled, "Your EDDQ global score was 3.1 today.", "Better than May.")
    assert _has(found, "EDE-Q", 3.1), found


@pytest.mark.parametrize("labelled", [True, False])
def test_a_name_heard_by_its_form_with_the_instruments_number(labelled: bool) -> None:
    found = _found(labelled, "You did the PGHQ 9 in the waiting room, it's 16 today.", "Okay.")
    assert _has(found, "PHQ-9", 16.0), found
    assert not any(n.startswith("PGHQ") for n, _ in found), found


@pytest.mark.parametrize("labelled", [True, False])
def test_an_unknown_name_with_a_number_keeps_its_own_name(labelled: bool) -> None:
    found = _found(labelled, "Your WXYZ 4 came to 12 this time.", "Right.")
    assert not _has(found, "PHQ-9", 12.0), found


@pytest.mark.parametrize("labelled", [True, False])
@pytest.mark.parametrize(
    "said", ["The total I made twenty-six.", "I make the total twenty-six, I think."]
)
def test_a_total_the_client_worked_out_after_the_form_is_named(labelled: bool, said: str) -> None:
    found = _found(
        labelled,
        "You did the Greene Climacteric Scale out front. Shall we go through it together?",
        f"Go on then. I was always good at sums. {said}",
        "Okay.",
    )
    assert _has(found, "Greene Climacteric Scale", 26.0), found


@pytest.mark.parametrize("labelled", [True, False])
@pytest.mark.parametrize("asked", ["anything else you take?", "any other tablets at the moment?"])
def test_a_dose_answering_what_else_is_taken_is_no_score(labelled: bool, asked: str) -> None:
    found = _found(
        labelled,
        f"Your AUDIT was fourteen today. The AUDIT looks back over the year, so {asked}",
        "Umperzol, 30, for my stomach.",
    )
    assert _has(found, "AUDIT", 14.0), found
    assert not _has(found, "AUDIT", 30.0), found
