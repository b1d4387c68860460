"""Medication rules of issue 17's thirty-fifth pass, from the ap-set's misses, on invented
sentences: a change to a part of the dose before, then the new dose ("bring it down to half that,
a hundred"); a change of the drug called by its form ("raise the patch to point oh seven five");
and a dose below one said with how often, hedged ("Point five, maybe four times a week.")."""

from __future__ import annotations

import pytest

from tests.note_fixtures import medications


@pytest.mark.parametrize(
    ("turns", "name", "entry"),
    [
        (("And the Seroquel, that's the two hundred at bedtime?", "Two hundred.",
          "Let's bring it down to half that, a hundred, and see if the mornings clear."),
         "quetiapine", (200.0, "decrease to 100")),
        (("You're on the sertraline, the fifty?", "Yes.", "I'd go up to double that, so a"
          " hundred."), "sertraline", (50.0, "increase to 100")),
        (("You're on the estradiol patch, the point oh five?", "Yes, twice a week.",
          "I'd like to raise the patch to point oh seven five."), "estradiol",
         (0.05, "increase to 0.075")),
    ],
)  # fmt: skip
def test_a_change_said_to_a_part_of_the_dose_or_of_the_form(
    turns: tuple[str, ...], name: str, entry: tuple[float, str]
) -> None:
    found = medications(*turns)
    assert found.get(name) == entry, found


def test_a_dose_below_one_said_with_how_often_hedged() -> None:
    found = medications("And the Xanax?", "You take point five when?",
                        "Point five, maybe four times a week, when driving long.")  # fmt: skip
    assert found.get("alprazolam", (None, None))[0] == 0.5, found


@pytest.mark.parametrize(
    "turns",
    [
        # a part of something else, and a count of tablets said with how often, no usual dose
        ("You're on the sertraline?", "Yes.", "Cut the coffee down to half that, a cup a day."),
        ("You're on the sertraline?", "Yes.", "Two, maybe four times a week."),
    ],
)
def test_near_misses_give_no_dose(turns: tuple[str, ...]) -> None:
    found = medications(*turns)
    assert all(dose is None for dose, _ in found.values()), found
