"""Measures of issue 17's tenth pass, on invented sentences (none copied from a dialog): an
earlier score said with a month or season before it ("In March it was 14"), by the client ("I was
a nine then") or after its time set off by commas ("The first one, two months ago, was 30"); a
score said as one a few sentences after the measure was named with none, when nothing numbered
comes between; today's score said right after an earlier one ("This week it's 48")."""

from __future__ import annotations

import pytest

from tests.note_fixtures import measures


@pytest.mark.parametrize(
    "later",
    [
        "In March it was 14.",
        "In the autumn it was a fourteen.",
        "I was a fourteen then, I think.",
        "The first one, two months ago, was fourteen.",
        "Back in the winter, when all this started, you scored 14.",
    ],
)
def test_an_earlier_score_with_a_month_season_or_then(later: str) -> None:
    assert ("GAD-7", 14.0) in measures("Your GAD-7 is nine today.", later)


@pytest.mark.parametrize(
    "later",
    [
        "In March we'll do it again.",
        "In March your A1C was 7.",  # a lab value of its own
        "In March I was 14 pounds lighter.",
        "Then she turned 14.",
    ],
)
def test_no_earlier_score_from_a_month_alone(later: str) -> None:
    assert measures("Your GAD-7 is nine today.", later) == {("GAD-7", 9.0)}


def test_a_score_said_as_one_a_few_sentences_after_the_name() -> None:
    found = measures(
        "Did you manage the PHQ-9 on the tablet?",
        "Yes.",
        "The questions felt strange.",
        "That's fair, lots of people say so.",
        "You came out at sixteen.",
    )
    assert ("PHQ-9", 16.0) in found


@pytest.mark.parametrize(
    "between",
    [
        "My sister is 13 now.",  # a number that could be a score: the score is not said later
        "We had 5 people over.",
    ],
)
def test_no_later_score_past_another_number(between: str) -> None:
    found = measures(
        "Did you manage the PHQ-9 on the tablet?", "Yes.", between, "You came out at sixteen."
    )
    assert ("PHQ-9", 16.0) not in found


def test_no_later_score_past_another_measure() -> None:
    found = measures(
        "Did you manage the PHQ-9 on the tablet?", "Yes.", "And the GAD-7 came to eleven."
    )
    assert ("GAD-7", 11.0) in found and ("PHQ-9", 11.0) not in found


def test_todays_score_after_an_earlier_one() -> None:
    found = measures("Last time you did the PCL-5 it was 60.", "This week it's 48.")
    assert {("PCL-5", 60.0), ("PCL-5", 48.0)} <= found


def test_a_count_after_an_earlier_score_is_no_score() -> None:
    found = measures("Last time you did the PCL-5 it was 60.", "This week it's 3 days clean.")
    assert found == {("PCL-5", 60.0)}


def test_a_ratings_scale_beside_a_measure_is_no_score_of_it() -> None:
    found = measures("The GAD-7 was nine, and the pain this week, zero to ten?", "A four.")
    assert ("GAD-7", 9.0) in found
    assert not {m for m in found if m[0] == "GAD-7" and m[1] in (0.0, 10.0)}


@pytest.mark.parametrize(
    "later",
    [
        "The first time you did it, it was 20.",
        "At our first session it was 20.",
        "Two years ago your doctor did one and you had 20.",
    ],
)
def test_an_earlier_score_at_the_first_time(later: str) -> None:
    found = measures("Your PHQ-9 came to 12 this week.", later)
    assert ("PHQ-9", 20.0) in found and ("PHQ-9", 1.0) not in found


def test_no_earlier_score_from_a_count_had() -> None:
    found = measures("Your PHQ-9 came to 12 this week.", "Two years ago you had 3 kids at home.")
    assert found == {("PHQ-9", 12.0)}


def test_a_later_score_past_a_number_that_is_no_score() -> None:
    found = measures(
        "We'll do the PHQ-9 again.", "Okay.", "I worked there for twenty years.", "You scored 11."
    )
    assert ("PHQ-9", 11.0) in found
