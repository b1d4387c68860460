"""Measures and ratings of issue 17's fifty-third pass, on invented sentences: today's form told
as "the one you filled in today" beside an earlier score of the measure named before, and a
rating asked as "how's your safety at the camp" (what is rated, felt somewhere)."""

from __future__ import annotations

import pytest

from tests.note_fixtures import measures


@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        (("The midwife did the EPDS with you at two weeks. It was eleven then.",
          "The one you filled in with me today is seventeen."), "EPDS", 17.0),
        (("Your PHQ-9 was eleven in March.", "The one you did this morning was fourteen."),
         "PHQ-9", 14.0),
    ],
)  # fmt: skip
def test_todays_form_told_as_the_one_done(turns: tuple[str, ...], name: str, score: float) -> None:
    got = measures(*turns)
    assert (name, score) in got, got


@pytest.mark.parametrize(
    "turns",
    [
        ("Your PHQ-9 was eleven in March.", "The one you bought was fourteen pounds."),
        ("Your PHQ-9 was eleven in March.", "The one you told me about was four years ago."),
    ],
)
def test_something_else_called_the_one_is_no_score(turns: tuple[str, ...]) -> None:
    assert {s for n, s in measures(*turns) if n == "PHQ-9"} == {11.0}


@pytest.mark.parametrize(
    ("turns", "name"),
    [
        (("On a scale of nought to ten, how's your safety at the camp right now?", "Three."),
         "safety rating"),
        (("How is your mood at home, zero to ten?", "Four."), "mood rating"),
    ],
)  # fmt: skip
def test_a_rating_of_something_felt_somewhere(turns: tuple[str, ...], name: str) -> None:
    assert any(n == name for n, _ in measures(*turns)), measures(*turns)
