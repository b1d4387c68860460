"""Medication rules of issue 17's forty-first pass, on invented sentences: a count of tablets
said with their strength in the plural after "of the" ("two of the five hundreds") is the dose
taken at once, the count times the strength, unless the total is said after it."""

from __future__ import annotations

import pytest

from tests.note_fixtures import medication_entries, medications


@pytest.mark.parametrize(
    ("text", "generic", "dose"),
    [
        ("Paracetamol, two of the five hundreds, when my knees are bad.", "acetaminophen", 1000.0),
        ("And the ibuprofen, two of the four hundreds, after food.", "ibuprofen", 800.0),
        ("Lithium, three of the two hundreds at night.", "lithium", 600.0),
    ],
)
def test_a_count_of_the_hundreds_is_the_dose_taken_at_once(
    text: str, generic: str, dose: float
) -> None:
    found = medications("What else do you take?", text)
    assert found.get(generic, (None, None))[0] == dose, found


def test_a_total_said_after_the_count_is_still_the_one_dose() -> None:
    found = medication_entries(
        "And the ibuprofen?", "Two of the two hundreds, so four hundred, before a run."
    )
    assert [dose for name, dose, _ in found if name == "ibuprofen"] == [400.0], found
