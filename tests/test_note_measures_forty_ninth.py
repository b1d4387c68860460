"""Measures of issue 17's forty-ninth pass, on invented sentences: a feeling asked for as a
percentage with no verb of feeling ("How much guilt this week, in percent?", "What's your sense
of calm, as a percentage?"); an answer in percent led by the thing or the time ("Anger forty
percent.", "Tonight thirty percent."), a further value "Then ninety percent." and one with how
long ago set off ("At the start, a year ago, it was eighty."); "nervousness" kept as said; a
rating question said again shorter ("How much frustration?"); an earlier score "In winter it
was ..."; a place asked of a thing ("Where's the rope now?") and a score's top asked back ("Is
that out of a hundred?") never a rating; the number after "out of" never a value; and the
Snaith-Hamilton Pleasure Scale, the Questionnaire about the Process of Recovery, the WHODAS 2.0,
the MSIS-29 and the K6 named with the Kessler title after it."""

from __future__ import annotations

import pytest

from tests.note_fixtures import has_measure as _has
from tests.note_fixtures import labelled_measures, measures


@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        (("How much guilt this week, in percent?", "Thirty percent, maybe."), "guilt rating", 30.0),
        (("How much dread is there before the shift, as a percentage?", "Seventy percent."),
         "dread rating", 70.0),
        (("How much anger are you carrying today, as a percentage?", "Anger? Fifty percent."),
         "anger rating", 50.0),
        (("What's your sense of calm at home, in percent?", "Twenty percent."),
         "calm rating", 20.0),
    ],
)  # fmt: skip
def test_a_feeling_asked_for_as_a_percentage(
    turns: tuple[str, ...], name: str, score: float
) -> None:
    found = measures(*turns)
    assert _has(found, name, score), found


@pytest.mark.parametrize(
    ("turns", "want"),
    [
        (("How much grief this month, in percent?", "Grief eighty percent. Some days less."),
         {80.0}),
        (("How much worry do you have at night, in percent?",
          "Tonight thirty percent. But before the letter came it was worse. Then seventy percent."),
         {30.0, 70.0}),
        (("How much guilt do you feel now, in percent?",
          "Now forty percent. At the start, a year ago, it was eighty."), {40.0, 80.0}),
        (("How much anger, as a percentage?",
          "Anger, on a quiet day, twenty percent. On a bad one more."), {20.0}),
    ],
)  # fmt: skip
def test_an_answer_in_percent_led_by_the_thing_or_the_time(
    turns: tuple[str, ...], want: set[float]
) -> None:
    assert {s for _, s in measures(*turns)} == want


@pytest.mark.parametrize(
    "turns",
    [
        # a share of a thing asked for as a percentage is no rating
        ("How much tax is there on that, as a percentage?", "Twenty percent, I think."),
        ("How much of your pay goes on rent, as a percentage?", "Forty percent."),
        ("How much money do you send home, in percent?", "Maybe ten percent."),
        # a percent run into a chance or a share is none either
        ("How much fear, in percent?", "There's a ten percent chance it's nothing, she said."),
    ],
)
def test_shares_and_chances_in_percent_are_no_rating(turns: tuple[str, ...]) -> None:
    assert measures(*turns) == set()


def test_nervousness_keeps_its_word() -> None:
    found = measures("Where's the nervousness about the exam, zero to a hundred?", "Sixty.")
    assert _has(found, "nervousness", 60.0), found


def test_a_rating_question_said_again_shorter_is_answered() -> None:
    found = labelled_measures(
        "How angry do you get, most evenings, zero to ten? How much anger?", "Anger, seven."
    )
    assert _has(found, "anger rating", 7.0), found


def test_an_earlier_score_in_a_season_without_the() -> None:
    found = measures("Your GAD-7 came to nine today.", "In winter it was fifteen.")
    assert {s for n, s in found if n.startswith("GAD-7")} == {9.0, 15.0}


@pytest.mark.parametrize(
    "turns",
    [
        # where a thing is kept now is no rating
        ("Where's the rope now?", "My brother took it. He's got the two ladders too."),
        ("Where are the pills now?", "In the cupboard. I keep one by the bed."),
        # a score's top asked back, and the number after "out of", are no rating
        ("You scored forty on the Zung. Is that out of a hundred?", "It's out of eighty."),
    ],
)
def test_a_place_asked_or_a_top_asked_back_is_no_rating(turns: tuple[str, ...]) -> None:
    assert not any(n.endswith("rating") or n == "SUDS" for n, _ in measures(*turns))


def test_the_pain_or_the_scale_asked_where_it_is_now_is_still_a_rating() -> None:
    assert _has(measures("Where's the pain today?", "A five."), "pain rating", 5.0)
    found = measures("I felt so scared.", "Where's your thermometer now?", "Two.")
    assert any(s == 2.0 for _, s in found), found


@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        (("The Snaith-Hamilton Pleasure Scale came to seven this time.",),
         "SHAPS (Snaith-Hamilton Pleasure Scale)", 7.0),
        (("You did the SHAPS in the waiting room.", "It came to five."), "SHAPS", 5.0),
        (("Your Snaith irritability score was twelve.",), "SIS (Snaith Irritability Scale)", 12.0),
        (("The Questionnaire about the Process of Recovery came to forty-two.",), "QPR", 42.0),
        (("Your QPR score was thirty-five.",), "QPR", 35.0),
        (("The WHO Disability Assessment Schedule, the short one, came to nineteen.",),
         "WHODAS 2.0", 19.0),
        (("You did the WHODAS 2.0 with the nurse.", "It came to twenty-four."), "WHODAS 2.0",
         24.0),
        (("Your Multiple Sclerosis Impact Scale was ninety today.",), "MSIS-29", 90.0),
        (("You did the K6 at reception, the Kessler Psychological Distress Scale.",
          "It came to fourteen."), "K6", 14.0),
    ],
)  # fmt: skip
def test_instruments_added(turns: tuple[str, ...], name: str, score: float) -> None:
    found = measures(*turns)
    assert _has(found, name, score), found


@pytest.mark.parametrize(
    "said",
    [
        "We watched QPR on Saturday, they lost two nil.",
        "The WHO said on the news that twelve countries had the outbreak.",
        "The process of recovery after the knee op took nine weeks.",
    ],
)
def test_everyday_words_near_the_new_instruments_are_no_measure(said: str) -> None:
    assert measures(said) == set()


@pytest.mark.parametrize(
    "term",
    ["snaith-hamilton pleasure scale", "questionnaire about the process of recovery", "whodas",
     "multiple sclerosis impact scale"],
)  # fmt: skip
def test_the_new_instruments_are_kept_by_the_redactor(term: str) -> None:
    from localnotes.redact.clinical_allow_list import clinical_terms

    assert term in clinical_terms()


@pytest.mark.parametrize(
    ("said", "want"),
    [
        ("Your PHQ-9 came to 12, last month it was 19.", {12.0, 19.0}),
        ("The BSL-23 came to 2.1 today, last month it was 2.6.", {2.1, 2.6}),
        ("Your GAD-7 is eight; last time it was eleven.", {8.0, 11.0}),
        # no score today before it: the clause alone gives none of its own
        ("The PHQ-9, last month it was 19, we'll do again.", set()),
    ],
)
def test_an_earlier_score_in_its_own_clause_after_todays(said: str, want: set[float]) -> None:
    assert {s for _, s in measures(said)} == want
