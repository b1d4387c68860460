"""Measures of issue 17's forty-seventh pass, on invented sentences: a feeling or an urge rated as a
percentage, asked "How strong is the urge to drink, in percent?" or "How much shame do you feel,
as a percentage?" (not a share of something counted); feelings named by their noun in the prompt
(grief, dysphoria, hope the noun), which till now took the name of a word said before or none; a
belief asked by its verb ("how much did you believe ..."), whatever it is about; an earlier value
of a rating told as the start or as "then" ("The first days it was nine.", "Then it was ten."); and
an earlier score of a measure said of last spring or winter."""

from __future__ import annotations

import pytest

from tests.note_fixtures import has_measure as _has
from tests.note_fixtures import measures


@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        (("How strong is the urge to drink right now, in percent?", "Sixty percent."),
         "urge rating", 60.0),
        (("How bad is the craving tonight, as a percentage?", "Seventy percent, easily."),
         "cravings rating", 70.0),
        (("How much shame do you feel about it, as a percentage?", "Ninety percent."),
         "shame rating", 90.0),
        (("How much do you dread the exam, as a percentage?", "Eighty percent. Maybe more."),
         "dread rating", 80.0),
        (("When the pain started, how much did you believe it was cancer, as a percent?",
          "Ninety percent."), "conviction (belief) rating", 90.0),
    ],
)  # fmt: skip
def test_a_feeling_rated_as_a_percentage(turns: tuple[str, ...], name: str, score: float) -> None:
    found = measures(*turns)
    assert _has(found, name, score), found


@pytest.mark.parametrize(
    "turns",
    [
        ("How much of your pay goes on rent, as a percentage?", "Forty percent."),
        ("How much did the price go up, in percent?", "Ten percent."),
        ("How much money do you save, as a percentage?", "Ten percent."),
        ("How high is the interest, in percent?", "Five percent."),
    ],
)
def test_a_share_asked_as_a_percentage_is_no_rating(turns: tuple[str, ...]) -> None:
    assert measures(*turns) == set(), measures(*turns)


@pytest.mark.parametrize(
    ("turns", "name", "scores"),
    [
        (("That's a lot of strain on you.", "And the grief, this week, out of ten?", "Eight."),
         "grief rating", {8.0}),
        (("And the dysphoria, how bad is it lately, out of ten?",
          "Three out of ten. Last year it was eight."), "dysphoria rating", {3.0, 8.0}),
        (("How much hope do you have this morning, out of ten?", "Four out of ten."),
         "hope rating", {4.0}),
    ],
)  # fmt: skip
def test_a_feeling_named_by_its_noun(turns: tuple[str, ...], name: str, scores: set[float]) -> None:
    found = measures(*turns)
    assert {s for n, s in found if n == name} == scores, found
    assert not any(n in ("self rating", "strain rating") for n, _ in found), found


def test_hope_the_verb_names_nothing_rated() -> None:
    found = measures("I hope that's all right. Out of ten, how is your mood?", "Six.")
    assert found == {("mood rating", 6.0)}, found


@pytest.mark.parametrize(
    ("turns", "name", "scores"),
    [
        (("How bad is the itch now, out of ten?", "Now, four. The first days it was eight."),
         "itch", {4.0, 8.0}),
        (("How bad is the pain, out of ten?", "Five. At first it was nine."), "pain", {5.0, 9.0}),
        (("And the worry, today, out of ten?", "Three. Better than at Christmas. Then it was ten."),
         "worry", {3.0, 10.0}),
    ],
)  # fmt: skip
def test_an_earlier_value_told_as_the_start_or_then(
    turns: tuple[str, ...], name: str, scores: set[float]
) -> None:
    found = measures(*turns)
    assert {s for n, s in found if n.startswith(name)} == scores, found


@pytest.mark.parametrize(
    "turns",
    [
        ("How is your mood, out of ten?", "Six. Then I went to the shop and bought ten eggs."),
        ("How is your mood, out of ten?", "Six. At first it was strange, the new flat."),
        ("How bad is the pain, out of ten?", "Seven. Then it was 3 in the morning and I woke up."),
    ],
)
def test_then_or_at_first_before_no_value(turns: tuple[str, ...]) -> None:
    assert len(measures(*turns)) == 1, measures(*turns)


@pytest.mark.parametrize(
    ("turns", "today", "before"),
    [
        (("We repeated the MoCA. Today it's twenty-four out of thirty. Last winter it was "
          "twenty-seven.",), 24.0, 27.0),
        (("Your GAD-7 is nine today. Last spring it was fifteen.",), 9.0, 15.0),
    ],
)  # fmt: skip
def test_an_earlier_score_of_last_spring_or_winter(
    turns: tuple[str, ...], today: float, before: float
) -> None:
    found = measures(*turns)
    assert {today, before} <= {s for _, s in found}, found
