"""Measures of issue 17's thirty-fifth pass, from the ap-set's misses, on invented sentences: an
earlier value of a rating led by what came before with no comma ("Before the tablets it was
nine.", "Before Christmas it was eight.") or by its time alone ("Last week was ten."); and an
earlier score of a measure that today's is compared with ("lower than the sixty-six you got in
September"); a rating named by the adjective it is asked by, beside its noun where the two are
of other stems ("how frightened" is "frightened (fear)", "how nervous" "nervous (anxiety)"), by a
feeling said as a phrase beside the scale ("feeling safe at home") and by a state asked as it has
been ("how bad has the paranoia been")."""

from __future__ import annotations

import pytest

from tests.note_fixtures import measures


@pytest.mark.parametrize(
    ("turns", "rated", "scores"),
    [
        (("Zero to ten, how much fear do you have now?", "Now eight. Before the tablets it was"
          " nine, easily."), "fear", {8.0, 9.0}),
        (("Zero to ten, how strong is the urge to drink now?",
          "Now five. Before Christmas it was eight."), "urge", {5.0, 8.0}),
        (("Zero to ten, the racing thoughts, how bad today?",
          "Six. Last week was ten, cannot catch them."), "racing", {6.0, 10.0}),
    ],
)  # fmt: skip
def test_an_earlier_value_led_by_what_came_before(
    turns: tuple[str, ...], rated: str, scores: set[float]
) -> None:
    found = measures(*turns)
    assert {s for n, s in found if n.startswith(rated)} == scores, found


@pytest.mark.parametrize(
    "answer",
    [
        "Five. My brother was ten when it started.",  # an age, no time of the rating
        "Five. Before that I was at the pub.",
    ],
)
def test_no_earlier_value_without_a_time_of_the_rating(answer: str) -> None:
    found = measures("Zero to ten, how strong is the urge to drink now?", answer)
    assert {s for n, s in found if n.startswith("urge")} == {5.0}, found


@pytest.mark.parametrize(
    ("turns", "score"),
    [
        (("Your PHQ-9 today was twelve.", "Is that good?",
          "It's lower than the sixteen you got in September."), 16.0),
        (("Your PHQ-9 today was twelve.", "Is that good?",
          "It's better than the nineteen you had at intake."), 19.0),
    ],
)  # fmt: skip
def test_an_earlier_score_todays_is_compared_with(turns: tuple[str, ...], score: float) -> None:
    found = measures(*turns)
    assert ("PHQ-9", score) in found and ("PHQ-9", 12.0) in found, found


def test_a_number_compared_with_and_no_earlier_time_is_none() -> None:
    found = measures("Your PHQ-9 today was twelve.", "Is that good?",
                     "It's better than the nineteen people I saw today.")  # fmt: skip
    assert {s for n, s in found if n == "PHQ-9"} == {12.0}, found


@pytest.mark.parametrize(
    ("prompt", "name"),
    [
        # the adjective asked by, where its noun is of another stem, kept beside the noun
        ("Zero to ten, how frightened are you by them?", "frightened (fear) rating"),
        ("Out of ten, how nervous are you before class?", "nervous (anxiety) rating"),
        # the same stem: the noun alone
        ("Zero to ten, how angry were you?", "anger rating"),
        ("Zero to ten, how guilty do you feel?", "guilt rating"),
        # a worry or fear about a symptom is named by it
        ("Out of ten, how scared are you about the panic attacks?", "panic attacks fear rating"),
        # a feeling said as a phrase beside the scale
        ("Zero to ten, feeling safe at home, where are you?", "feeling safe (safety) rating"),
        # a state asked about as it has been
        ("Zero to ten, how bad has the paranoia been on the ward this week?", "paranoia rating"),
    ],
)
def test_the_rated_thing_as_the_prompt_asks_it(prompt: str, name: str) -> None:
    assert measures(prompt, "Four.") == {(name, 4.0)}
