"""Measures of issue 17's twenty-eighth pass, from the ag-set's misses, on invented sentences:
today's score said after an earlier one in other words ("Today it comes to 22.", "This morning I
scored it at 37.", "You did it again ... and it's 15 today."), or after the client's short reply;
a measure to be done again is no score of the dose said before it ("Memantine to twenty, and
we'll repeat the Zarit."); how often ("five a week") is no earlier score; and the disturbance
asked again as EMDR asks it ("What do you get now?")."""

from __future__ import annotations

import pytest

from localnotes.notes.extract import extract
from tests.note_fixtures import has_measure as _has
from tests.note_fixtures import segs


def _quoted(*turns: str) -> set[tuple[str, float]]:
    """The measures found, each of whose evidence quotes is in the turns."""
    found = extract(segs(*turns)).measures
    for m in found:
        assert all(any(e.quote in t for t in turns) for e in m.evidence), m
    return {(m.name, m.score) for m in found}


@pytest.mark.parametrize(
    ("turns", "name", "earlier", "today"),
    [
        (("Your Y-BOCS in March was thirty. Today it comes to twenty-four.", "Good."),
         "Y-BOCS", 30.0, 24.0),
        (("At intake the PHQ-9 was nineteen. Today it came out eleven.", "Okay."),
         "PHQ-9", 19.0, 11.0),
        (("Last month your BPRS was fifty-two. This morning I scored it at forty.", "Good?"),
         "BPRS", 52.0, 40.0),
        (("Your GAD-7 was sixteen in May. You did it again in the waiting room and it's ten today.",
          "Huh."), "GAD-7", 16.0, 10.0),
        (("The PHQ-9 was fourteen in the spring.", "It was. I was low then.", "Today it's eight.",
          "Better."), "PHQ-9", 14.0, 8.0),
    ],
)  # fmt: skip
def test_todays_score_after_an_earlier_one(
    turns: tuple[str, ...], name: str, earlier: float, today: float
) -> None:
    found = _quoted(*turns)
    assert _has(found, name, earlier) and _has(found, name, today), found


def test_a_number_after_the_clients_reply_not_said_as_todays_is_none() -> None:
    found = _quoted("The PHQ-9 was fourteen in the spring.", "It was. I was low then.",
                    "I walk eight miles a day now.", "Good.")  # fmt: skip
    assert _has(found, "PHQ-9", 14.0) and not _has(found, "PHQ-9", 8.0), found


@pytest.mark.parametrize(
    ("turns", "name", "dose"),
    [
        (("The Zarit was forty today.", "Okay.",
          "Donepezil to ten, and we'll repeat the Zarit in a month."), "Zarit", 10.0),
        (("Your DASS-21 was thirty.", "Right.",
          "Sertraline to fifty, and the DASS again in six weeks."), "DASS", 50.0),
        (("Your DAST-10 was six.", "Yes.",
          "Next one in four weeks, and we'll do the DAST again in three months."), "DAST", 1.0),
    ],
)  # fmt: skip
def test_a_measure_to_be_done_again_takes_no_number_before_it(
    turns: tuple[str, ...], name: str, dose: float
) -> None:
    found = _quoted(*turns)
    assert any(n.startswith(name) for n, _ in found), found
    assert not _has(found, name, dose), found


def test_a_measure_said_again_with_its_score_keeps_it() -> None:
    found = _quoted("Okay.", "Twelve, and the PHQ-9 last time was fifteen.", "Right.")
    assert _has(found, "PHQ-9", 15.0), found


def test_how_often_is_no_earlier_score() -> None:
    found = _quoted("Your PCL-5 was fifty in June, forty today.", "Right.",
                    "How are the nightmares?", "Down from five a week to two.")  # fmt: skip
    assert _has(found, "PCL-5", 50.0) and _has(found, "PCL-5", 40.0), found
    assert not _has(found, "PCL-5", 5.0), found


def test_the_disturbance_asked_again_in_emdr() -> None:
    found = _quoted(
        "Bring up the memory. How disturbing is it now, nought to ten?",
        "A seven.",
        "Notice where you feel it, and follow my hand.",
        "In my throat.",
        "Go with that. What do you get now?",
        "It's smaller. Maybe a four.",
    )
    assert any(s == 7.0 for _, s in found) and any(s == 4.0 for _, s in found), found


def test_what_comes_up_told_without_a_rating_gives_none() -> None:
    found = _quoted(
        "Bring up the memory. How disturbing is it now, nought to ten?",
        "A seven.",
        "Go with that. What do you get now?",
        "The siren. Two ambulances.",
    )
    assert {s for _, s in found} == {7.0}, found


@pytest.mark.parametrize(
    ("turns", "scores"),
    [
        (("The SNAP-IV from her teachers averaged two point one this term.",
          "In the autumn it was two point six.", "Better."), (2.1, 2.6)),
        (("His SNAP-IV mean is one point four now.", "Okay."), (1.4,)),
    ],
)  # fmt: skip
def test_the_snap_iv_said_as_the_mean_of_its_items(
    turns: tuple[str, ...], scores: tuple[float, ...]
) -> None:
    found = _quoted(*turns)
    assert all(_has(found, "SNAP-IV", s) for s in scores), found


def test_a_score_read_in_digit_groups_gives_no_first_digit() -> None:
    found = _quoted("Your DERS in May was one forty-two.", "This week it was one fifteen.", "Oh.")
    assert _has(found, "DERS", 142.0), found
    assert not _has(found, "DERS", 1.0), found


def test_a_parts_earlier_score_said_by_the_parts_name() -> None:
    found = _quoted(
        "Your DASS-21 today: depression sixteen, anxiety ten, stress twenty.",
        "Stress is what is high.",
        "And depression was twenty-six in the spring, so it's come down.",
        "Good.",
    )
    assert all(_has(found, "DASS-21", s) for s in (16.0, 10.0, 20.0, 26.0)), found


def test_a_word_not_scored_today_leads_no_earlier_score() -> None:
    found = _quoted(
        "Your DASS-21 today: depression sixteen, anxiety ten, stress twenty.",
        "Stress is what is high.",
        "And work was twelve hours a day in the spring.",
        "Good.",
    )
    assert not _has(found, "DASS-21", 12.0), found
