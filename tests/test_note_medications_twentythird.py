"""Medication rules of issue 17's twenty-third pass, from the misses of the blind set ab01-ab22
(read after it was measured), each in wordings of its own: amisulpride, sulpiride and ferrous
fumarate are known drugs; "two ten" is 210 the way an iron dose is said, but "two ten milligram
tablets" and "one ten milligram" count tablets; a drug a parent says is "my own" is theirs, and a
change said after it is of the client's drug named before."""

from __future__ import annotations

import pytest

from localnotes.notes.extract import extract
from localnotes.notes.numbers import find_numbers
from localnotes.types import Segment
from tests.note_fixtures import medication_entries as entries


@pytest.mark.parametrize(
    ("turns", "name", "dose"),
    [
        (("Which antipsychotic are you on?", "Amisulpride, a hundred milligrams at night."),
         "amisulpride", 100.0),
        (("And the Solian?", "Two hundred, twice a day."), "amisulpride", 200.0),
        (("What dose of sulpiride are you on?", "Four hundred, twice a day."), "sulpiride",
         400.0),
        (("Anything for the anaemia?", "Ferrous fumarate, two ten, once a day."),
         "ferrous fumarate", 210.0),
    ],
)  # fmt: skip
def test_drugs_added_to_the_lexicon(turns: tuple[str, ...], name: str, dose: float) -> None:
    assert (name, dose) in {(n, d) for n, d, _ in entries(*turns)}


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("two ten, once a day", [210.0]),
        ("three ten", [310.0]),
        ("two ten milligram tablets", [2.0, 10.0]),
        ("one ten milligram, an hour before", [1.0, 10.0]),
        ("from two to ten", [2.0, 10.0]),
        ("two ten minute breaks", [2.0, 10.0]),
        ("nine out of ten", [9.0, 10.0]),
    ],
)
def test_two_ten_is_two_hundred_and_ten_unless_it_counts(text: str, values: list[float]) -> None:
    assert [n.value for n in find_numbers(text)] == values


def test_first_day_is_no_drug() -> None:
    got = entries("How did it start?", "I had eight milligrams the first day, then twelve.")
    assert not [n for n, _, _ in got if n.startswith("ferrous")]


def test_a_parents_own_drug_is_theirs_and_the_change_is_the_clients() -> None:
    got = entries(
        "Dr. Shah started him on sertraline a fortnight ago. How much is he taking?",
        "Twenty-five.",
        "He has it with his cereal. I take my own, the citalopram twenty, at the same time.",
        "Good. The plan is to go to fifty next week if there are no side effects.",
    )
    assert all(n != "citalopram" for n, _, _ in got)
    assert ("sertraline", 25.0, "increase to 50") in got


def test_my_own_said_of_nobody_else_keeps_the_drug() -> None:
    got = entries("What are you taking?", "I take my own, the citalopram twenty, every morning.")
    assert ("citalopram", 20.0) in {(n, d) for n, d, _ in got}


def test_my_own_said_as_a_sentence_of_its_own_makes_the_next_one_theirs() -> None:
    """As speech recognition splits it: "I take my own." "The citalopram twenty, same time." """
    said = [
        Segment(0.0, 3.0, "Dr. Shah started him on sertraline. How much is he taking?", None),
        Segment(3.0, 5.0, "Twenty-five. He has it with his cereal. I take my own.", None),
        Segment(5.0, 7.0, "The citalopram twenty, same time.", None),
        Segment(7.0, 9.0, "The plan is to go to fifty next week.", None),
    ]
    got = [(m.name, m.dose, m.change) for m in extract(said).medications]
    assert all(n != "citalopram" for n, _, _ in got)
    assert ("sertraline", 25.0, "increase to 50") in got
