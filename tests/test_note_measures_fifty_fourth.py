"""Measures and ratings of issue 17's fifty-fourth pass, on invented sentences: a form named
with its number and what it asks about ("the WHO-5 well-being one") is no score of one; a
rating's scale told by its ends with the verb left out at the top ("If nought is no pain and
ten the worst"); and the number of a measure's name ("the GAD-7") is no rating of what the
sentence names."""

from __future__ import annotations

import pytest

from tests.note_fixtures import measures


@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        (("And the WHO-5 well-being one came to eight.",), "WHO-5", 8.0),
        (("The PHQ-9 depression one came to eleven.",), "PHQ-9", 11.0),
        (("If nought is no pain and ten the worst, where is it now?", "Seven."), "pain rating",
         7.0),
        (("If zero is calm and ten the most anxious you've been, where are you?", "Six."),
         "anxiety rating", 6.0),
        (("Anxiety, out of ten?", "Seven. The GAD-7 was thirteen."), "anxiety rating", 7.0),
    ],
)  # fmt: skip
def test_measures_of_the_fifty_fourth_pass(turns: tuple[str, ...], name: str, score: float) -> None:
    got = measures(*turns)
    assert (name, score) in got, got


@pytest.mark.parametrize(
    ("turns", "wrong"),
    [
        (("And the WHO-5 well-being one came to eight.",), ("WHO-5", 1.0)),
        (("The PHQ-9 one was fourteen.",), ("PHQ-9", 1.0)),
        (("Out of ten?", "And the anxiety form, the GAD-7, was thirteen."),
         ("anxiety rating", 7.0)),
        (("Out of a hundred? That's failing, no?",
          "And the anxiety form, the GAD-7, was thirteen."), ("anxiety rating", 7.0)),
        (("Zero is the bus stop and ten the worst traffic jam.", "Six."), ("anxiety rating", 6.0)),
    ],
)  # fmt: skip
def test_numbers_of_names_are_no_score(turns: tuple[str, ...], wrong: tuple[str, float]) -> None:
    got = measures(*turns)
    assert wrong not in got, got
    assert not any(n.endswith("rating") and s == 6.0 for n, s in got) or wrong[1] != 6.0, got


def test_a_score_of_one_said_after_the_name_is_still_read() -> None:
    assert ("PHQ-9", 1.0) in measures("The PHQ-9 was one.")
    assert ("GAD-7", 1.0) in measures("Your GAD-7 is one.")
