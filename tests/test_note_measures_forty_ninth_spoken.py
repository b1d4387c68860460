"""Measures of issue 17's forty-ninth pass as speech recognition writes them: a percentage asked
for with no comma before it and "in percent" heard as "and percent" ("How much shame today and
percent?"); the scale asked alone after the question ("How much anger right now? As a
percentage?"); an answer in percent run into where or when ("40% here is safe"); a further value
", then 90 percent," in the same sentence; "How much frustration?" after the scale; "MSIS"
spelled out as "Emsis"; the Kessler title with "six questions" after it as the K6; and Beck's
titles heard with "back", Montgomery-Åsberg as "Montgomery Asperg"."""

from __future__ import annotations

import pytest

from tests.note_fixtures import has_measure as _has
from tests.note_fixtures import measures


@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        (("How much guilt do you feel this week and percent?", "Like 70 percent, honestly."),
         "guilt rating", 70.0),
        (("What's your sense of calm at home and percent?", "30% at home, more at work."),
         "calm rating", 30.0),
        (("How much worry is there this month as a percentage?", "Worry 50 percent."),
         "worry rating", 50.0),
        (("How much anger are you feeling right now? As a percentage?", "Anger. 60%."),
         "anger rating", 60.0),
        (("Most evenings, 0-10, how much loneliness?", "Loneliness, 7, some nights more."),
         "loneliness rating", 7.0),
    ],
)  # fmt: skip
def test_percentages_and_ratings_as_speech_recognition_writes_them(
    turns: tuple[str, ...], name: str, score: float
) -> None:
    found = measures(*turns)
    assert _has(found, name, score), found


def test_a_further_value_then_in_percent_in_the_same_sentence() -> None:
    found = measures(
        "How much dread do you feel on a normal day, in percent?",
        "Dread, on a normal day, 30 percent, but when the letters come, then 80 percent, I shake.",
    )
    assert {s for _, s in found} == {30.0, 80.0}


@pytest.mark.parametrize(
    "turns",
    [
        # "and percent" is the scale only at a question's end; a share stays none
        ("How much of the rent goes on heating and percent?", "Twenty percent."),
        ("And what about the kids? In percent?", "Ten percent of them are off sick."),
        ("How are the kids and percent of the class?", "Forty percent, I think."),
    ],
)
def test_shares_asked_as_speech_recognition_writes_them_are_no_rating(
    turns: tuple[str, ...],
) -> None:
    assert measures(*turns) == set()


@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        (("You did the Emsis 29 in the waiting room.", "It was 64."), "MSIS-29", 64.0),
        (("The nurse did the K-6 with you. The Kessler psychological distress scale, six "
          "questions.", "It came to twelve."), "K6", 12.0),
    ],
)  # fmt: skip
def test_instruments_as_speech_recognition_writes_them(
    turns: tuple[str, ...], name: str, score: float
) -> None:
    found = measures(*turns)
    assert _has(found, name, score), found


def test_the_kessler_title_alone_is_still_the_k10() -> None:
    assert _has(measures("Your Kessler psychological distress scale came to 30."), "K10", 30.0)


@pytest.mark.parametrize(
    ("said", "name", "score"),
    [
        ("You did the back anxiety inventory last month. It came to 24.", "BAI", 24.0),
        ("Your back depression inventory was 19 today.", "BDI-II", 19.0),
        ("The back hopelessness scale came to 12.", "BHS (Beck Hopelessness Scale)", 12.0),
        ("The Montgomery Asperg scale came to 28 this week.", "MADRS", 28.0),
    ],
)
def test_becks_and_montgomery_asberg_as_speech_recognition_hears_them(
    said: str, name: str, score: float
) -> None:
    found = measures(said)
    assert _has(found, name, score), found


@pytest.mark.parametrize(
    "said",
    [
        "I hurt my back, anxiety is up, and the inventory at work is 30 boxes.",
        "He's back, depression or not, and the inventory count was 19.",
        "We drove through Montgomery, a big place, 28 miles from home.",
    ],
)
def test_back_and_montgomery_in_everyday_talk_are_no_measure(said: str) -> None:
    assert measures(said) == set()


def test_a_percent_run_into_the_rest_keeps_its_value() -> None:
    found = measures(
        "How much guilt do you feel as a percentage?", "80% the other 20 is anger, nobody helps."
    )
    assert {s for _, s in found} == {80.0}
