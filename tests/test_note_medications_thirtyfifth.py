"""Medication rules of issue 17's thirty-fifth pass, from the ap-set's misses, on invented
sentences: a change to a part of the dose before, then the new dose ("bring it down to half that,
a hundred"); a change of the drug called by its form ("raise the patch to point oh seven five");
a dose below one said with how often, hedged ("Point five, maybe four times a week."); a change said
with no dose, ending its sentence, whose dose the next sentence gives ("I'd like to go up." "... so
thirty milligrams."); and a hundred units a day or more ("Two thousand units a day."), more than
anyone drinks."""

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


@pytest.mark.parametrize(
    ("turns", "name", "entry"),
    [
        (("You're on the Seroxat, twenty milligrams in the morning?", "Twenty, aye.",
          "Any side effects?", "A bit sweaty at night.",
          "I'd like to go up. One and a half of the twenties, so thirty milligrams.", "Okay."),
         "paroxetine", (20.0, "increase to 30 mg")),
        (("You're on the sertraline, a hundred milligrams?", "Yes.",
          "I'd like to bring it down. Fifty milligrams from Monday.", "Okay."),
         "sertraline", (100.0, "decrease to 50 mg")),
    ],
)  # fmt: skip
def test_a_change_said_a_sentence_before_its_dose(
    turns: tuple[str, ...], name: str, entry: tuple[float, str]
) -> None:
    found = medications(*turns)
    assert found.get(name) == entry, found


def test_a_change_asked_by_the_other_speaker_announces_nothing() -> None:
    found = medications(
        "You're on the sertraline, a hundred milligrams?",
        "Yes.",
        "Are you going to go up?",
        "Fifty milligrams is what I had before.",
    )
    assert found.get("sertraline", (None, None))[1] is None, found


@pytest.mark.parametrize(
    ("turns", "dose"),
    [
        (("And the vitamin D?", "Two thousand units a day."), 2000.0),
        (("And the vitamin D?", "A thousand units daily, in the winter."), 1000.0),
    ],
)
def test_a_hundred_units_a_day_or_more_is_a_dose(turns: tuple[str, ...], dose: float) -> None:
    found = medications(*turns)
    assert found.get("cholecalciferol", (None, None))[0] == dose, found


def test_units_of_alcohol_a_day_are_no_dose() -> None:
    found = medications("And the vitamin D?", "Yes.", "How much do you drink?",
                        "Maybe twenty units a day.")  # fmt: skip
    assert found.get("cholecalciferol", (None, None))[0] is None, found
