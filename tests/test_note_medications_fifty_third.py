"""Medications of issue 17's fifty-third pass, on invented sentences: carvedilol in the lexicon, a
dose said "and a quarter" ("six and a quarter" is 6.25), a dose begun and said again ("the six,
six and a quarter") or after a hesitation ("the, uh, the six"), a bare dose read in another of
the drug's units of weight ("Point four." of glyceryl trinitrate is 0.4 mg), and the dose before
a change told after an answer that echoes today's ("Sixty, yeah." "She put it up from forty
about a month ago.")."""

from __future__ import annotations

import pytest

from tests.note_fixtures import medication_entries


@pytest.mark.parametrize(
    ("turns", "name", "dose"),
    [
        # told
        (("I take carvedilol, twelve point five, twice a day.",), "carvedilol", 12.5),
        (("I'm on Coreg, twelve point five twice a day.",), "carvedilol", 12.5),
        (("Carvedilol, six and a quarter, twice a day.",), "carvedilol", 6.25),
        # restarted, or after a hesitation
        (("Carvedilol, the six, six and a quarter.",), "carvedilol", 6.25),
        (("Carvedilol, the, uh, the six and a quarter. Twice a day.",), "carvedilol", 6.25),
        (("The sertraline, one, one fifty in the morning.",), "sertraline", 150.0),
        (("The Zoloft, um, fifty.",), "sertraline", 50.0),
        # asked, then told bare
        (("And the GTN spray?", "Point four."), "glyceryl trinitrate", 0.4),
        (("And the nitroglycerin for chest pain?", "The spray. Point four. Never used it."),
         "glyceryl trinitrate", 0.4),
    ],
)  # fmt: skip
def test_doses_of_the_fifty_third_pass(turns: tuple[str, ...], name: str, dose: float) -> None:
    got = medication_entries(*turns)
    assert dose in [d for n, d, _ in got if n == name], got


@pytest.mark.parametrize(
    ("turns", "change"),
    [
        (("You're on the fluoxetine, sixty milligrams?",
          "Sixty, yeah. Dr [PERSON] put it up from forty about a month ago."), "from 40 to 60"),
        (("You're on the fluoxetine, sixty milligrams?",
          "Sixty, yeah, in the morning. It were forty before."), "from 40 to 60"),
        (("How's the patch since it went up?",
          "Good. I'm on the Estradot, a hundred now. Was on the seventy-five before."),
         "from 75 to 100"),
    ],
)  # fmt: skip
def test_the_dose_before_told_after_an_echoed_answer(turns: tuple[str, ...], change: str) -> None:
    got = medication_entries(*turns)
    assert any(change in (c or "") for _, _, c in got), got


@pytest.mark.parametrize(
    "turns",
    [
        ("It took two and a quarter hours on the bus.",),
        ("I counted six, six and a half sheep before I dropped off.",),
        ("Point, uh, the point is I stopped going.",),
    ],
)
def test_everyday_numbers_are_no_dose(turns: tuple[str, ...]) -> None:
    assert [d for _, d, _ in medication_entries(*turns) if d is not None] == []


def test_a_restart_of_another_number_keeps_both() -> None:
    got = [d for n, d, _ in medication_entries("Sertraline, fifty, a hundred at night.")]
    assert 100.0 in got or 50.0 in got, got
