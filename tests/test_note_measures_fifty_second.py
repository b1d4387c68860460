"""Measures and ratings of issue 17's fifty-second pass, on invented sentences: a count of forms
("the two forms") is no score; a measure done again, its new score told as "it" in the next
sentence ("You did it again this morning." "It was three."); a second part's score said after
the first ("personal burnout was 75, and work-related burnout was 68"); a rating's value it
moved to, later in the answering turn ("By the end it's down to a five."); and "the thermometer"
where a mark on it is told (the Distress Thermometer), never a fever's."""

from __future__ import annotations

import pytest

from tests.note_fixtures import measures


def test_a_count_of_forms_is_no_score() -> None:
    got = measures(
        "You filled in the two forms the nurse left, the QIDS and the Altman?",
        "Sent them back.",
        "The QIDS was fourteen. The Altman was three.",
    )
    assert ("QIDS", 2.0) not in got and ("QIDS", 14.0) in got, got


@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        (("You scored thirty-three on the AUDIT back then.", "That's bad.",
          "And you did it again for me this morning.", "It was three."), "AUDIT", 3.0),
        (("Your PHQ-9 was eighteen in March.", "You filled it in again in the waiting room.",
          "It came to eleven."), "PHQ-9", 11.0),
    ],
)  # fmt: skip
def test_a_measure_done_again_is_scored_anew(
    turns: tuple[str, ...], name: str, score: float
) -> None:
    assert (name, score) in measures(*turns)


def test_something_else_done_again_is_no_score() -> None:
    got = measures(
        "Your PHQ-9 was eighteen in March.",
        "I did it again with the kids, the puzzle.",
        "It was three hours.",
    )
    assert ("PHQ-9", 3.0) not in got, got


def test_a_second_part_scored_after_the_first() -> None:
    got = measures(
        "You filled in the burnout questionnaire, the Copenhagen Burnout Inventory.",
        "The long one, yes. Some of it was hard but I answered.",
        "Your personal burnout score was seventy-five, and work-related burnout was sixty-eight.",
    )
    assert {s for _, s in got} >= {75.0, 68.0}, got


def test_an_earlier_score_after_and_is_not_a_part() -> None:
    got = measures(
        "Did you do the PHQ-9 in the waiting room?",
        "I did, it took ages.",
        "You came out at fourteen, and last time was nineteen.",
    )
    assert ("PHQ-9", 14.0) in got, got


def test_the_value_a_rating_moved_to_later_in_the_answer() -> None:
    got = measures(
        "How anxious, nought to ten, when you're doing it?",
        "Nine, at the start. Nine. The thought's there and I just let it be there. "
        "By the end it's down to a five, maybe.",
    )
    assert {s for _, s in got} >= {9.0, 5.0}, got


@pytest.mark.parametrize(
    "turns",
    [
        ("And on the thermometer, the last question, she marked eight.",),
        ("On the thermometer you ticked six, the same as last month.",),
    ],
)
def test_the_thermometer_marked_is_the_distress_thermometer(turns: tuple[str, ...]) -> None:
    assert any(n == "Distress Thermometer" for n, _ in measures(*turns))


def test_a_fever_thermometer_is_no_measure() -> None:
    got = measures("The thermometer said thirty-eight point five, so I kept him home.")
    assert not any(n == "Distress Thermometer" for n, _ in got), got
