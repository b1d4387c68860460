"""Medication rules of issue 17's forty-eighth pass for doses as speech recognition writes them:
digits where the written turns have words ("The Zimovane, 7.5, one a night.": the tablet counted
after a strength in digits is no dose of its own), a release form written as letters with full
stops ("the Ritalin L.A. in the morning, 20"), and the forms of this pass's written rules in
digits ("half of the 50, 25", "put it up from 10 in October", "7.5, one a night" in a sentence
of its own)."""

from __future__ import annotations

import pytest

from tests.note_fixtures import medications


@pytest.mark.parametrize(
    ("turns", "name", "dose"),
    [
        (("What do you take at night?", "The Imovane, 3.75, one a night."), "zopiclone", 3.75),
        (("And for the panic?", "The Xanax, 0.5, two a day."), "alprazolam", 0.5),
        (("And the kids' tablets?", "And the Concerta X.L. in the morning, 36."),
         "methylphenidate", 36.0),
        (("And his medicines?", "The Ritalin L.A. in the morning, 30, the capsule."),
         "methylphenidate", 30.0),
        (("Any change?", "She added Zispin for sleep. I take half of the 30, 15, most nights."),
         "mirtazapine", 15.0),
        (("What did the pharmacist say?", "She keeps the Imovane now. 7.5, one a night."),
         "zopiclone", 7.5),
    ],
)  # fmt: skip
def test_doses_written_in_digits(turns: tuple[str, ...], name: str, dose: float) -> None:
    assert medications(*turns)[name][0] == dose


def test_the_dose_before_in_digits_with_when_it_changed() -> None:
    got = medications("Any change?", "The Abilify is 15 now. She put it up from 10 in October.")
    assert got["aripiprazole"] == (15.0, "increase from 10 to 15")


@pytest.mark.parametrize(
    "turns",
    [
        # a count or a time in digits after the drug, its strength not said
        ("What do you take?", "The sertraline, 2, in the morning, I think."),
        ("And the Xanax?", "The Xanax, 2 a day, when I panic."),
    ],
)
def test_a_count_or_a_time_in_digits_is_no_dose(turns: tuple[str, ...]) -> None:
    assert all(dose is None for dose, _ in medications(*turns).values())
