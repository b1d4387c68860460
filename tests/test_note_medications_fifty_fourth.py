"""Medications of issue 17's fifty-fourth pass, on invented sentences: letrozole and
paliperidone's European depots in the lexicon; the dose taken as a part or a count of the tablet
prescribed, worked out and said ("start with half, so I'm taking twenty-five", "take two of the
ones. So two now."); a tablet told by its strength and "ones" ("the two hundred ones"); and the
dose before a change said as "last time X, this time Y", after a change said with no number
("They put it up in the hospital, before it was five."), or as the time something happened set
against the dose now ("When it was the one fifty, I was stiff. Now the hundred, ...")."""

from __future__ import annotations

import pytest

from tests.note_fixtures import medication_entries


@pytest.mark.parametrize(
    ("turns", "name", "dose"),
    [
        # the lexicon: told and asked
        (("I'm on letrozole, two point five milligrams, days three to seven.",), "letrozole", 2.5),
        (("Are you taking the Femara?", "Yes, five milligrams."), "letrozole", 5.0),
        (("You're on the Xeplion, seventy-five milligrams a month?",), "paliperidone", 75.0),
        (("He has the Trevicta, three fifty milligrams every three months.",), "paliperidone",
         350.0),
        # a part of the tablet, worked out and said
        (("The GP gave me sertraline. Fifty milligrams.",
          "But she said start with half, so I'm taking twenty-five."), "sertraline", 25.0),
        (("Propranolol, the ten.", "I only take a half of one, before the meeting.",
          "Five, I suppose that is."), "propranolol", 5.0),
        (("Quetiapine, the hundred. I cut it in half. That's fifty.",), "quetiapine", 50.0),
        (("Mirtazapine, thirty milligrams.", "I take a half tablet, so fifteen."), "mirtazapine",
         15.0),
        # a count of the tablets: "two of the ones", also as dialect says "the"
        (("The prazosin. He started me on one milligram, then he said take two of the ones.",
          "So two now."), "prazosin", 2.0),
        (("De prazosin. He start me on one milligram, den he say take two of de ones.",
          "So two now."), "prazosin", 2.0),
        # the strength, then "ones"
        (("Are you taking anything for the headaches?", "Ibuprofen. The two hundred ones."),
         "ibuprofen", 200.0),
        (("And the sertraline?", "Yes, the fifty ones, in the morning."), "sertraline", 50.0),
    ],
)  # fmt: skip
def test_doses_of_the_fifty_fourth_pass(turns: tuple[str, ...], name: str, dose: float) -> None:
    got = medication_entries(*turns)
    assert dose in [d for n, d, _ in got if n == name], got


def test_the_tablet_prescribed_stays_beside_the_part_taken() -> None:
    got = medication_entries(
        "The doctor gave me trazodone. Fifty milligrams.",
        "But she said start with half, so I am taking twenty-five. Half a tablet.",
    )
    assert {d for n, d, _ in got if n == "trazodone"} == {50.0, 25.0}, got


@pytest.mark.parametrize(
    ("turns", "change"),
    [
        (("Letrozole again, from day three to day seven.",
          "Last time two point five, this time she said five. Five milligrams."),
         "from 2.5 to 5"),
        (("Sertraline again.", "Last time fifty, this time a hundred. A hundred milligrams."),
         "from 50 to 100"),
        (("The olanzapine, ten. They put it up in the hospital, before it was five.",),
         "from 5 to 10"),
        (("The olanzapine, ten.", "They put it up in the hospital.", "Before it was five."),
         "from 5 to 10"),
        (("Sertraline, a hundred. She put it up last month, before it was fifty.",),
         "from 50 to 100"),
        (("You're on the Xeplion, a hundred milligrams every four weeks now.",
          "How's that been since it came down?",
          "Is better. When it was the one fifty, me was stiff like board.",
          "Now the hundred, me does feel like me again."), "from 150 to 100"),
        (("You're on sertraline, a hundred milligrams?",
          "Yes. When we were on the fifty I was sick all day. Now the hundred, I'm fine."),
         "from 50 to 100"),
    ],
)  # fmt: skip
def test_the_dose_before_a_change_said_beside_it(turns: tuple[str, ...], change: str) -> None:
    got = medication_entries(*turns)
    assert any(change in (c or "") for _, _, c in got), got


@pytest.mark.parametrize(
    "turns",
    [
        # a half that is no part of a tablet, or a number no dose
        ("Sertraline, fifty milligrams.", "Half the time I forget. I'm twenty-five."),
        ("Sertraline, fifty milligrams.", "I walk for half an hour, twenty-five minutes."),
        ("Sertraline, fifty milligrams.", "Half of them at school are twenty-five."),
        ("Sertraline, fifty milligrams.", "Two of the kids are twenty-five and a hundred."),
        ("Sertraline, fifty milligrams.", "I take it with half a glass of water at twenty-five."),
        ("Sertraline, fifty milligrams.", "Half my mates are on it, like twenty-five of them."),
        ("Sertraline, fifty milligrams.", "I take a break at half past, so about twenty-five."),
    ],
)  # fmt: skip
def test_everyday_halves_are_no_dose_taken(turns: tuple[str, ...]) -> None:
    got = medication_entries(*turns)
    assert [d for _, d, _ in got] == [50.0], got


@pytest.mark.parametrize(
    "turns",
    [
        ("Sertraline, a hundred milligrams.", "I went up the stairs. Before it was fifty."),
        ("Sertraline, a hundred milligrams.", "Last time I was late, this time I was early."),
        ("You're on sertraline, a hundred milligrams?",
         "Yes. When it was ten o'clock I went to bed. Now the hundred, fine."),
        ("Sertraline fifty.", "Last time two hours, this time three."),
    ],
)  # fmt: skip
def test_everyday_times_are_no_dose_before(turns: tuple[str, ...]) -> None:
    got = medication_entries(*turns)
    assert not any("from" in (c or "") for _, _, c in got), got


@pytest.mark.parametrize(
    "turns",
    [
        ("Sertraline, fifty.", "The two ones by the bed are mine."),
        ("Sertraline, fifty.", "I gave the two hundred ones to my gran."),
    ],
)
def test_ones_counted_or_given_away_are_no_dose(turns: tuple[str, ...]) -> None:
    got = medication_entries(*turns)
    assert [d for _, d, _ in got] == [50.0], got
