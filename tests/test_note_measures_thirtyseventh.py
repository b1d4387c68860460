"""Measures of issue 17's thirty-seventh pass, from the as-set's misses, on invented sentences:
instruments in wide use the lexicon lacked (the WHO's SRQ-20, the Shona Symptom Questionnaire, the
Kessler 5, the Hopkins Symptom Checklist-25 as a mean, HARK, the Gotland Male Depression Scale,
the Clinical Anger Scale, the Abbey Pain Scale, the IUS-12); the DASS-21's and the 4DKL's parts
said by their own names ("Your depression score was twenty-six", no PHQ-9 said by description);
a score said "on that one" of the measure named before, not of one named after it; a dose said
back ("Twenty." after "twenty milligrams") no score of a form named beside it; a count of
questions with a word between ("the five worry questions") no score; a rating asked "how
overloaded" you felt, an overload rating; and, from its written self-ratings: a scale said "out o'
ten" after the feeling named ("Dread."), a rating asked as an order ("Tell me about the pain ...
from nought to ten."), an answer's second value said in a later sentence of its turn, "scared"
kept beside fear, "a nine for frustration" rating frustration, "how much do the tics bother you",
and a form's maximum "out of a hundred and forty-four" no scale."""

from __future__ import annotations

import pytest

from tests.note_fixtures import has_measure, labelled_measures, measures


@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        (("You did the SRQ-20 with the nurse.", "You said yes to nine out of twenty."),
         "SRQ-20", 9.0),
        (("On the SSQ-14 today you said yes to seven out of fourteen.",), "SSQ-14", 7.0),
        (("And the K5, the five worry questions, was twelve.",), "K5", 12.0),
        (("The HSCL-25 came out with an average of one point nine.",), "HSCL-25", 1.9),
        (("I asked her the HARK questions last time.", "She answered yes to two out of four."),
         "HARK", 2.0),
        (("The Gotland, the one about depression in men, came to fourteen.",), "GMDS", 14.0),
        (("I've got a Clinical Anger Scale score from today of thirty-one.",), "CAS", 31.0),
        (("I did the pain chart, the Abbey one.", "Nine this morning."), "Abbey Pain Scale", 9.0),
        (("The one about uncertainty, the IUS-12, was thirty-eight.",), "IUS-12", 38.0),
    ],
)  # fmt: skip
def test_instruments_the_lexicon_lacked(turns: tuple[str, ...], name: str, score: float) -> None:
    found = measures(*turns)
    assert has_measure(found, name, score), found


@pytest.mark.parametrize(
    "text",
    [
        "Hark at him, twenty minutes late again.",  # a word, not the abuse screen
        "We took the ferry to Gotland, it was eight hours.",  # a place
    ],
)
def test_names_that_are_words_are_no_measure(text: str) -> None:
    found = measures(text)
    assert not any(n.startswith(("HARK", "GMDS")) for n, _ in found), found


def test_the_dass_parts_said_by_their_names_are_no_phq() -> None:
    found = measures(
        "You did a questionnaire with the nurse, the DASS-21.",
        "Your depression score was twenty, anxiety twelve and stress twenty-two.",
    )
    assert has_measure(found, "DASS-21 depression", 20.0), found
    assert has_measure(found, "DASS-21 anxiety", 12.0), found
    assert has_measure(found, "DASS-21 stress", 22.0), found
    assert not any(n.startswith("PHQ") for n, _ in found), found


def test_the_4dkl_parts() -> None:
    found = measures(
        "You did the 4DKL questionnaire online.",
        "Your distress score was nineteen out of thirty-two, and somatisation eight.",
    )
    assert has_measure(found, "4DKL distress", 19.0), found
    assert has_measure(found, "4DKL somatisation", 8.0), found


def test_a_score_on_that_one_is_the_measure_named_before() -> None:
    found = measures(
        "And you did the one about scary things that happened, the CATS.",
        "You got seventeen on that one, and twenty-five on the other one, the SCARED.",
    )
    assert has_measure(found, "CATS", 17.0), found
    assert has_measure(found, "SCARED", 25.0) and not has_measure(found, "SCARED", 17.0), found


def test_a_dose_said_back_is_no_score_of_a_form_named_beside_it() -> None:
    found = measures(
        "We'll make it twenty milligrams in the morning, and I'll see you in a month, with the"
        " HADS again.",
        "Twenty. Right, I'll write it down.",
    )
    assert not any(n.startswith("HADS") for n, _ in found), found


def test_a_count_of_questions_with_a_word_between_is_no_score() -> None:
    found = measures("And the K5, the five worry questions, was sixteen.")
    assert not has_measure(found, "K5", 5.0), found


def test_a_rating_asked_by_how_overloaded() -> None:
    found = labelled_measures(
        "If you had to rate how overloaded you felt at work this week, out of ten?",
        "Eight on Monday. Today five.",
    )
    assert ("overload rating", 8.0) in found and ("overload rating", 5.0) in found, found


def test_a_rating_offered_unasked_on_a_scots_scale_rates_the_feeling_named_first() -> None:
    found = measures(
        "How do you feel the day before?",
        "Dread. Real dread. Out o' ten, it's a seven the night before. On a good day it's a two.",
    )
    assert has_measure(found, "dread rating", 7.0), found
    assert has_measure(found, "dread rating", 2.0), found


def test_a_rating_asked_as_an_order_with_its_scale() -> None:
    found = measures(
        "Tell me about the pain now, on a normal day, from nought to ten.",
        "Like five. My knees mostly. During the crisis e reach eight.",
    )
    assert has_measure(found, "pain rating", 5.0), found
    assert has_measure(found, "pain rating", 8.0), found


@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        (("How strong was the anger that day, nought to ten?",
          "Seven. Easy seven. Normally now I am at three, since the job changed."),
         "anger rating", 3.0),
        (("How's your mood today, zero to ten?",
          "Like a five. Last time I was here I said seven, right? So it's down."),
         "mood rating", 7.0),
        (("How stressed did you feel at work this week, out of ten?",
          "Eight on Monday. There was an audit. It ran for a hundred and ten minutes. Today four."),
         "stress rating", 4.0),
    ],
)  # fmt: skip
def test_a_second_value_said_in_a_later_sentence_of_the_answer(
    turns: tuple[str, ...], name: str, score: float
) -> None:
    found = measures(*turns)
    assert has_measure(found, name, score), found


def test_a_question_after_a_rating_still_ends_its_answer() -> None:
    found = measures("How's your mood, zero to ten?", "A six.", "What about two weeks ago?")
    assert found == {("mood rating", 6.0)}, found


def test_a_rating_of_scared_keeps_the_word_said_beside_fear() -> None:
    found = measures(
        "Which face is how scared you feel at bedtime?",
        "This one. The third one. Quite a scared one.",
        "Three out of five.",
    )
    assert has_measure(found, "scared (fear) rating", 3.0), found


def test_a_rating_given_for_a_feeling_rates_it_whatever_was_asked() -> None:
    found = measures(
        "Have the cravings come back since Monday?",
        "A little. If I rate it, Monday was an eight for frustration, and today more like a four.",
    )
    assert has_measure(found, "frustration rating", 8.0), found
    assert has_measure(found, "frustration rating", 4.0), found
    assert not any(n.startswith("craving") for n, _ in found), found


@pytest.mark.parametrize("text", ["If I rate it, a three for me.", "I'd rate it a five for now."])
def test_a_rating_for_a_person_or_a_time_is_no_feeling(text: str) -> None:
    found = measures("How's the mood?", text)
    assert not any(n.startswith(("me ", "now ")) for n, _ in found), found


def test_a_forms_maximum_past_a_hundred_sets_up_no_scale() -> None:
    found = measures(
        "You did the LSAS before the session. Seventy-two.",
        "Seventy-two. Out of what?",
        "Out of a hundred and forty-four. Above sixty suggests marked social anxiety.",
    )
    assert found == {("LSAS", 72.0)}, found


def test_a_rating_of_how_much_a_thing_bothers_rates_that_thing() -> None:
    found = measures(
        "The premonitory urge one came to twenty-two.",
        "Out of ten, how much do the tics bother you this month?",
        "Five. Sometimes nothing, sometimes a lot.",
    )
    assert ("tics bother rating", 5.0) in found, found
    assert not any(n.startswith("urge") for n, _ in found), found
