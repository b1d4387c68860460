"""Medication rules of issue 17's twenty-eighth pass, from the misses of the ag-set, each in
wordings of its own: drugs the lexicon did not know (moclobemide, erenumab) and the monthly
buprenorphine injection by its brand names, and a dose's digits read one by one ("one-oh-five")."""

from __future__ import annotations

import pytest

from localnotes.notes.extract import extract
from tests.note_fixtures import medication_entries as entries
from tests.note_fixtures import segs


def _quoted(*turns: str) -> set[tuple[str, float | None]]:
    """(name, dose) of the medications found, each of whose evidence quotes is in the turns."""
    found = extract(segs(*turns)).medications
    for m in found:
        assert all(any(e.quote in t for t in turns) for e in m.evidence), m
    return {(m.name, m.dose) for m in found}


@pytest.mark.parametrize(
    ("turns", "name", "dose"),
    [
        (("Are you still taking the moclobemide?", "Yes, three hundred milligrams twice a day."),
         "moclobemide", 300.0),
        (("The Manerix, a hundred and fifty in the morning?", "That's right."),
         "moclobemide", 150.0),
        (("How are the Aimovig injections going?", "Fine, the seventy milligram pen monthly."),
         "erenumab", 70.0),
        (("We'll raise the erenumab to a hundred and forty milligrams.", "Okay."),
         "erenumab", 140.0),
        (("The Sublocade shot, a hundred every month?", "Yes."), "buprenorphine", 100.0),
        (("Your Brixadi is a hundred and twenty-eight milligrams monthly?", "Yes."),
         "buprenorphine", 128.0),
    ],
)  # fmt: skip
def test_the_drugs_are_known(turns: tuple[str, ...], name: str, dose: float) -> None:
    assert (name, dose) in _quoted(*turns)


@pytest.mark.parametrize(
    ("turns", "name", "dose"),
    [
        (("Your tablet has bupropion one-oh-five in it.", "Yes."), "bupropion", 105.0),
        (("The quetiapine is one oh five at night?", "Yes."), "quetiapine", 105.0),
    ],
)  # fmt: skip
def test_a_dose_read_digit_by_digit(turns: tuple[str, ...], name: str, dose: float) -> None:
    found = _quoted(*turns)
    assert (name, dose) in found, found
    assert not any(d == 5.0 for _, d in found), found


def test_a_clock_time_read_so_is_no_dose() -> None:
    found = entries("Take the melatonin at nine oh five pm.", "Three milligrams?", "Yes.")
    assert not any(d in (905.0, 5.0) for _, d, _ in found), found


def test_a_span_of_years_is_no_dose_change() -> None:
    found = entries(
        "I keep the propranolol for emergencies.",
        "Tell me about your uncle?",
        "When I lived with him, from nine to thirteen, he used to hit us.",
    )
    assert not any(d in (9.0, 13.0) for _, d, _ in found), found


def test_a_change_from_one_dose_to_another_is_still_read() -> None:
    found = entries("I keep the propranolol for emergencies.", "Yes.",
                    "We went from ten to twenty milligrams.")  # fmt: skip
    assert ("propranolol", 20.0) in {(n, d) for n, d, _ in found}, found


@pytest.mark.parametrize(
    ("turns", "dose"),
    [
        (("You've had two three hundred milligram shots of the Sublocade.", "Yes."), 300.0),
        (("She gets the Sublocade now.", "Yes, the hundred-milligram ones, monthly."), 100.0),
        (("You're on the buprenorphine injection.", "Today is the first of the hundred milligram "
          "ones."), 100.0),
    ],
)  # fmt: skip
def test_the_monthly_injections_dose(turns: tuple[str, ...], dose: float) -> None:
    found = _quoted(*turns)
    assert ("buprenorphine", dose) in found, found
    assert not any(d == 2.0 for _, d in found), found


def test_the_hundred_alone_is_no_number() -> None:
    found = entries("He's on the Sublocade.", "Yes, he's the hundred percent sure type.")
    assert not any(d == 100.0 for _, d, _ in found), found


def test_one_tablet_after_a_combinations_strength_is_no_dose() -> None:
    found = entries(
        "You were on olanzapine ten milligrams a night before. Now it's the Lybalvi, which is "
        "olanzapine ten with samidorphan ten in the one tablet.",
        "Yes, the ten ten, one at night.",
    )
    assert not any(d == 1.0 for _, d, _ in found), found


def test_a_known_drugs_small_dose_after_another_is_kept() -> None:
    found = entries("And the risperidone?", "It was four, and now two at night.")
    assert ("risperidone", 2.0) in {(n, d) for n, d, _ in found}, found
