"""Medication rules of issue 17's forty-ninth pass for doses as speech recognition
writes them: a whole hundred written apart from the rest of the dose ("300 80 milligrams" for
"three hundred eighty", "a hundred 50 milligrams"); a whole hundred and a number with no unit
after stay two numbers."""

from __future__ import annotations

import pytest

from tests.note_fixtures import medications


@pytest.mark.parametrize(
    ("turns", "name", "dose"),
    [
        (("What's the plan?", "We'll switch you to the Vivitrol shot, 300 80 milligrams monthly."),
         "naltrexone", 380.0),
        (("And at night?", "Quetiapine, a hundred 50 milligrams at bedtime."), "quetiapine", 150.0),
        (("And the lithium?", "Lithium, 800 25 milligrams? No. Lithium 400 milligrams."),
         "lithium", 400.0),
    ],
)  # fmt: skip
def test_a_whole_hundred_written_apart_is_one_dose(
    turns: tuple[str, ...], name: str, dose: float
) -> None:
    assert medications(*turns)[name][0] == dose


@pytest.mark.parametrize(
    "turns",
    [
        # a hundred and a count, no unit after: two numbers, no dose of 380
        ("How many were at the match?", "About 300 80 of us, I'd say."),
        ("And the lithium?", "Lithium, 400 milligrams, and we stopped the 200 10 days ago."),
    ],
)
def test_a_hundred_and_a_number_without_a_unit_stay_apart(turns: tuple[str, ...]) -> None:
    assert all(d != 410.0 and d != 380.0 for d, _ in medications(*turns).values())
