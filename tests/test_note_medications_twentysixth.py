"""Medication rules of issue 17's twenty-sixth pass, from the misses of the ae-set, each in
wordings of its own: zuranolone (Zurzuvae) is a known drug; a change said with no drug named goes
to the drug named before the last one when the last one cannot take it (an increase to less than
its dose); and a drug named as when a score was taken, right after a total ("When we started the
X it was 21"), dates the score and gives no dose."""

from __future__ import annotations

import pytest

from tests.note_fixtures import medication_entries as entries


@pytest.mark.parametrize(
    ("turns", "dose"),
    [
        (("You finished the zuranolone last week?", "Yes, all of it. Fifty milligrams a night."),
         50.0),
        (("I'm on Zurzuvae, forty milligrams with supper.", "Any drowsiness?"), 40.0),
    ],
)  # fmt: skip
def test_zuranolone_is_known(turns: tuple[str, ...], dose: float) -> None:
    assert ("zuranolone", dose) in {(n, d) for n, d, _ in entries(*turns)}


def test_an_increase_goes_to_the_drug_that_can_take_it() -> None:
    found = entries(
        "Pregabalin seventy-five milligrams twice a day?",
        "Yes. And ibuprofen, four hundred, three times a day.",
        "The GP wants you going up to a hundred and fifty milligrams twice a day.",
    )
    assert ("pregabalin", 75.0, "increase to 150 mg") in found, found
    assert not any(n == "ibuprofen" and c for n, _, c in found), found


def test_an_increase_the_last_drug_can_take_stays_its_own() -> None:
    found = entries(
        "Sertraline fifty milligrams?",
        "Yes. And mirtazapine, fifteen at night.",
        "The doctor wants to go up to thirty milligrams.",
    )
    assert ("mirtazapine", 15.0, "increase to 30 mg") in found, found


@pytest.mark.parametrize(
    "turns",
    [
        ("Your total on the PHQ-9 today is eight.",
         "When we started the fluoxetine it was nineteen.", "Good."),
        ("You scored eleven on the GAD-7 today. When you began the sertraline it was sixteen.",
         "Wow."),
    ],
)  # fmt: skip
def test_a_score_dated_by_a_drug_is_no_dose(turns: tuple[str, ...]) -> None:
    found = entries(*turns)
    assert not any(d in (19.0, 16.0) for _, d, _ in found), found


def test_a_dose_said_when_the_drug_was_started_still_is_one() -> None:
    found = entries("You're on sertraline now.", "When you started the sertraline it was fifty.")
    assert ("sertraline", 50.0) in {(n, d) for n, d, _ in found}, found
