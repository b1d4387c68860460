"""Measures of issue 17's forty-fifth pass, on invented sentences: a feeling asked about by a -sick
adjective ("how homesick are you" rates homesickness); a further value of an answer told as "that
night"'s ("Now? Four. That night it was eight."); an urge read off a diary card by its column, the
day leading and the value bare ("Monday, urge to self-harm one."); the score of a questionnaire
known only by its form's name, told in the next sentence as "you got", where the naming sentence
says questions were done; and a count of tablets answering a question about a name known by its
form is no score ("Would you start the TLD again?" "One tablet.")."""

from __future__ import annotations

import pytest

from tests.note_fixtures import has_measure as _has
from tests.note_fixtures import measures


@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        (("Zero to ten, how homesick do you get at night?", "Seven, most nights."),
         "homesickness rating", 7.0),
        (("How are things at the new school? And out of ten, how homesick are you?",
          "Homesickness... six."), "homesickness rating", 6.0),
        (("On a scale of nought to ten, how lovesick is he?", "About a nine."),
         "lovesickness rating", 9.0),
    ],
)  # fmt: skip
def test_a_sick_adjective_rates_its_noun(turns: tuple[str, ...], name: str, score: float) -> None:
    found = measures(*turns)
    assert _has(found, name, score), found


def test_sick_alone_is_not_read_as_a_feeling_of_its_own() -> None:
    # "how sick" keeps its own noun; "seasick" said of a boat trip, with no scale, rates nothing
    found = measures("How sick were you on the ferry?", "Very. I was seasick the whole way.")
    assert not any(n.startswith("seasickness") for n, _ in found), found


@pytest.mark.parametrize(
    ("turns", "score"),
    [
        (("How anxious are you right now, nought to ten?", "Now? Four. That night it was eight."),
         8.0),
        (("Zero to ten, how angry are you today?", "Three. That morning, nine."), 9.0),
    ],
)  # fmt: skip
def test_a_further_value_told_as_that_night(turns: tuple[str, ...], score: float) -> None:
    found = measures(*turns)
    assert any(s == score for _, s in found), found


def test_that_night_with_no_value_of_the_rating_adds_none() -> None:
    found = measures(
        "How anxious are you right now, nought to ten?", "Four. That night I slept ten hours."
    )
    assert not any(s == 10.0 for _, s in found), found


@pytest.mark.parametrize(
    ("turns", "scores"),
    [
        (("Let's go through your card.",
          "Wednesday, urge to use two. Thursday, urge to use four."), {2.0, 4.0}),
        (("Read me the week off the card.", "Friday. Urge to drink three. Acted: no."), {3.0}),
        (("What did you write?", "Sunday, self-harm urge five. Skills used: TIP."), {5.0}),
    ],
)  # fmt: skip
def test_an_urge_read_off_a_diary_card(turns: tuple[str, ...], scores: set[float]) -> None:
    found = measures(*turns)
    urges = {s for n, s in found if "urge" in n}
    assert scores <= urges, found


@pytest.mark.parametrize(
    "turns",
    [
        # a count of things, not a value: the number does not end its clause
        ("Monday, urge to smoke two cigarettes after lunch.",),
        # an urge told, no value read off a card
        ("I had the urge to run five miles on Sunday.",),
        ("Saturday. Urge to call him at three in the morning.",),
    ],
)
def test_an_urge_said_in_everyday_words_is_no_rating(turns: tuple[str, ...]) -> None:
    found = measures(*turns)
    assert not any("urge" in n for n, _ in found), found


@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        (("You answered the questions with the nurse, the TAPS-1. You got fourteen.", "Okay."),
         "TAPS-1", 14.0),
        (("You did some questions in the waiting room, the BAM. You got twelve.", "Is that high?"),
         "BAM", 12.0),
    ],
)  # fmt: skip
def test_a_questionnaire_known_by_form_scored_as_you_got(
    turns: tuple[str, ...], name: str, score: float
) -> None:
    found = measures(*turns)
    assert _has(found, name, score), found


@pytest.mark.parametrize(
    "turns",
    [
        # an acronym with nothing said of questions: a lab value or a thing, not a score
        ("Your GGT came back from the lab. You got ninety.", "Oh."),
        # a count of tablets, answering a question about starting a drug the lexicon lacks
        ("Would you start the TLD again today?", "One tablet. I can try."),
        ("Can you take the ARV now?", "Two tablets, yes."),
    ],
)
def test_no_score_from_a_count_or_a_lab(turns: tuple[str, ...]) -> None:
    found = measures(*turns)
    assert not any(n in ("GGT", "TLD", "ARV") for n, _ in found), found
