"""Medication rules of issue 17's forty-second pass, on invented sentences: numbers as speech
recognition writes a dose said in words ("7-5" for seventy-five, "200 and 25" for two hundred and
twenty-five), and the dose a change started from said as "It was X, now Y", "X before, now Y",
"was X at night, now is Y" or in Scots ("Ah wis on X")."""

from __future__ import annotations

import pytest

from localnotes.notes.numbers import find_numbers
from tests.note_fixtures import medication_entries, medications


def _values(text: str) -> list[float]:
    return [n.value for n in find_numbers(text)]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("the Zoloft 7-5 in the morning", [75.0]),
        ("last time it was 6-3, so it has gone up", [63.0]),
        ("now 200 and 25 units at night", [225.0]),
        # a range is said rising, and a run of digits is a phone number or a code
        ("2-3 times a day", [2.0, 3.0]),
        ("call 0-8-4", [0.0, 8.0, 4.0]),
        ("7-5-3", [7.0, 5.0, 3.0]),
        # a measure's own number run into its score
        ("the GAD 7-5 today", [7.0, 5.0]),
        ("between 100 and 50", [100.0, 50.0]),
        # a job's hours and a match's score
        ("I work 9-5 at the bank", [9.0, 5.0]),
        ("we won 3-1 on Saturday", [3.0, 1.0]),
    ],
)
def test_numbers_as_speech_recognition_writes_a_dose_said_in_words(
    text: str, values: list[float]
) -> None:
    assert _values(text) == values


def test_a_dose_written_as_two_digits_and_a_hyphen_is_read() -> None:
    found = medication_entries("Which tablets now?", "The sertraline 7-5 in the morning.")
    assert ("sertraline", 75.0, None) in found, found


def test_hundreds_and_tens_in_digits_are_one_dose() -> None:
    found = medication_entries("And the quetiapine?", "Now 200 and 25 milligrams at night.")
    assert [d for n, d, _ in found if n == "quetiapine"] == [225.0], found


@pytest.mark.parametrize(
    ("turns", "generic", "before", "now"),
    [
        (("And the lisinopril?", "It was ten, now twenty, from Monday."), "lisinopril", 10, 20),
        (("The Strattera?", "Forty before, now sixty, since two weeks."), "atomoxetine", 40, 60),
        (("How is the Vyvanse?", "Ah wis on thirty, now it's fifty."), "lisdexamfetamine", 30, 50),
        (
            ("The quetiapine, was three hundred at night, now is four hundred since Friday.",),
            "quetiapine",
            300,
            400,
        ),
    ],
)
def test_the_dose_a_change_started_from_is_read(
    turns: tuple[str, ...], generic: str, before: int, now: int
) -> None:
    found = medication_entries(*turns)
    changes = [c for n, d, c in found if n == generic and d == now]
    assert changes and f"from {before} to {now}" in str(changes[0]), found


@pytest.mark.parametrize(
    ("said", "name", "dose"),
    [
        # drugs of kidney care, fertility and anxiety, added to the lexicon from ax's misses
        ("The Renvela, eight hundred with each meal.", "sevelamer", 800.0),
        ("I inject the Gonal-f, a hundred and fifty units.", "follitropin alfa", 150.0),
        ("The Cetrotide is point two five milligrams.", "cetrorelix", 0.25),
        ("Duphaston ten milligrams twice a day.", "dydrogesterone", 10.0),
        ("The Insidon, fifty at night.", "opipramol", 50.0),
        ("One-Alpha, point five micrograms.", "alfacalcidol", 0.5),
        ("Ecosprin seventy-five, every morning.", "aspirin", 75.0),
    ],
)
def test_drugs_added_to_the_lexicon_are_read_by_brand(said: str, name: str, dose: float) -> None:
    got = medications("What are you taking now?", said)
    assert got[name][0] == dose
