"""Measures of issue 17's twenty-fifth pass (from the ad-set's misses), on invented sentences:
instruments the lexicon did not know (DHI, DRSP, PASI, DOCS, the Marijuana Withdrawal Checklist,
FBI, BGQ, ITQ, the Distress Thermometer); today's score said after an earlier one with its own
time ("thirty in March and twenty-five today") and another person's ("yours was ... and it's
..."); the PHQ-2 and GAD-2 by name, not their longer namesakes; the VOC hoped for, asked after
today's; a dose asked about after a score, whose answer is no earlier score; and self-ratings in
the clinician's own word (restless, self-conscious, get-up-and-go, anger on the worst day), with
an answer that starts "When it was bad"; and names, scales and scores as speech recognition
hears them ("the DRSB", "my passee", "your docks", "the Ph.D. 2", "62 the last time in 48 today",
"a scale of not a ten", the VOC's scale said in a sentence of its own). Each with what must not be
read."""

from __future__ import annotations

import pytest

from tests.note_fixtures import has_measure as _has
from tests.note_fixtures import measures
from tests.note_fixtures import measures_said as _found


@pytest.mark.parametrize("labelled", [True, False])
@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        (("Your Dizziness Handicap Inventory came to fifty-four.", "Hm."), "DHI", 54.0),
        (("His DHI today is thirty.", "Okay."), "DHI", 30.0),
        (("The DRSP total for the luteal week was eighty-eight.", "Wow."), "DRSP", 88.0),
        (("On the daily record of severity of problems you scored sixty.", "Okay."), "DRSP",
         60.0),
        (("The skin clinic wrote that your PASI is now four.", "Good."), "PASI", 4.0),
        (("Her Psoriasis Area and Severity Index was 12.5 in the letter.", "Right."), "PASI",
         12.5),
        (("Your docs, the obsessive-compulsive scale, came to forty-one.", "Okay."), "DOCS",
         41.0),
        (("The dimensional obsessive-compulsive scale was twenty-nine.", "Hm."), "DOCS", 29.0),
        (("The marijuana withdrawal checklist was eighteen this morning.", "Okay."), "MWC",
         18.0),
        (("Since you stopped the weed, the withdrawal checklist is nine.", "Okay."), "MWC", 9.0),
        (("You filled in the Frontal Behavioural Inventory: it came to forty.", "Yes."), "FBI",
         40.0),
        (("So that's five on the Brief Grief Questionnaire.", "Okay."), "BGQ", 5.0),
        (("The International Trauma Questionnaire, the PTSD part, was twelve.", "Hm."), "ITQ",
         12.0),
        (("You marked the Distress Thermometer at a seven today.", "Yes."),
         "Distress Thermometer", 7.0),
    ],
)  # fmt: skip
def test_instruments_newly_known(
    labelled: bool, turns: tuple[str, ...], name: str, score: float
) -> None:
    found = _found(labelled, *turns)
    assert _has(found, name, score), found


def test_a_withdrawal_checklist_of_cannabis_is_no_scale() -> None:
    found = measures("Off the cannabis a week, the withdrawal checklist today is nine.", "Ok.")
    assert not any(n.startswith("Cannabis Withdrawal Scale") for n, _ in found), found


@pytest.mark.parametrize(
    "turns",
    [
        ("The docs said it would take a week. Twelve days later it came.", "Typical."),
        ("The FBI was on the news, forty agents.", "Wow."),
        ("The thermometer read thirty-eight, so I stayed home.", "Sensible."),
        ("My sister Pasi is twelve.", "Nice."),
        ("He was in a grief group of nine people.", "Okay."),
    ],
)
def test_same_words_that_are_no_instrument(turns: tuple[str, ...]) -> None:
    found = measures(*turns)
    assert not any(n.split()[0] in {"DOCS", "FBI", "PASI", "BGQ", "Distress"} for n, _ in found), (
        found
    )


@pytest.mark.parametrize("labelled", [True, False])
@pytest.mark.parametrize(
    ("turns", "name", "scores"),
    [
        (("You did the DRSP again.", "Yes.", "It was ninety in March and seventy-four today.",
          "Oh good."), "DRSP", {90.0, 74.0}),
        (("You did the Dizziness Handicap Inventory again.", "I did.",
          "It's seventy the last time and fifty-two today, out of a hundred.", "Oh."), "DHI",
         {70.0, 52.0}),
        (("Your mum filled in the Strengths and Difficulties Questionnaire.", "She did.",
          "It was twenty-one in June and seventeen now.", "Good."), "SDQ", {21.0, 17.0}),
        (("You both did the Relationship Assessment Scale. Ann, yours was twenty in May and "
          "it's twenty-five today.", "Good.", "Tom, yours was eighteen and it's twenty-three.",
          "Fine."), "RAS", {20.0, 25.0, 18.0, 23.0}),
    ],
)  # fmt: skip
def test_today_said_after_an_earlier_score(
    labelled: bool, turns: tuple[str, ...], name: str, scores: set[float]
) -> None:
    found = _found(labelled, *turns)
    assert scores <= {s for n, s in found if n.startswith(name)}, found


@pytest.mark.parametrize(
    "turns",
    [
        ("You did the DRSP again.", "Yes.", "It was ninety in March and seventy-four today.",
         "The bus was number six and eleven now.", "Okay."),
        ("Your PHQ-9 was nine.", "Right.", "Tom, yours was eight and it's ten past four.", "Hm."),
    ],
)  # fmt: skip
def test_times_and_numbers_that_are_no_further_score(turns: tuple[str, ...]) -> None:
    found = measures(*turns)
    assert not {s for _, s in found} & {6.0, 11.0, 10.0}, found


@pytest.mark.parametrize(
    ("turns", "name", "not_name", "score"),
    [
        (("That comes to three on the PHQ-2, so let's do the full one.", "Okay."), "PHQ-2",
         "PHQ-9", 3.0),
        (("Her PHQ-2 today is five.", "Hm."), "PHQ-2", "PHQ-9", 5.0),
    ],
)  # fmt: skip
def test_a_short_screen_keeps_its_own_name(
    turns: tuple[str, ...], name: str, not_name: str, score: float
) -> None:
    found = measures(*turns)
    assert (name, score) in found, found
    assert (not_name, score) not in found, found


def test_a_name_misheard_by_a_letter_still_finds_its_measure() -> None:
    assert ("PHQ-9", 14.0) in measures("Your PHD-9 was fourteen.", "Okay.")
    assert ("GAD-2", 5.0) in measures("Your GAD-2 was five.", "Hm.")


@pytest.mark.parametrize("labelled", [True, False])
def test_the_voc_hoped_for_asked_after_todays(labelled: bool) -> None:
    found = _found(
        labelled,
        "How true does I can cope feel, one to seven, when you hold that picture?",
        "About a three.",
        "And where would you like it to be by the end?",
        "A seven. Well, a six.",
    )
    assert {3.0, 7.0} <= {s for n, s in found if n.startswith("VOC")}, found


def test_a_question_after_the_voc_that_is_no_hope_for_it() -> None:
    found = measures(
        "How true does I'm safe feel, one to seven?",
        "A two.",
        "And how many nights did you sleep this week?",
        "Five.",
    )
    assert not any(n.startswith("VOC") and s == 5.0 for n, s in found), found


def test_a_dose_asked_after_a_score_is_no_earlier_score() -> None:
    found = measures(
        "Your PHQ-9 was fourteen at the start and eleven today.",
        "Okay.",
        "The GP moved you from ten milligrams up to fifteen?",
        "Fifteen, three weeks ago.",
    )
    assert ("PHQ-9", 15.0) not in found, found
    assert {("PHQ-9", 14.0), ("PHQ-9", 11.0)} <= found, found


@pytest.mark.parametrize("labelled", [True, False])
@pytest.mark.parametrize(
    ("turns", "subject", "scores"),
    [
        (("From zero to ten, how restless have you been at night?", "When it was worst it was "
          "a nine, easily. Now a three."), "restless", {9.0, 3.0}),
        (("Some rashes last month.", "If you rate how self-conscious you feel in the gym, zero "
          "to ten?", "Seven. They all stare."), "self-conscious", {7.0}),
        (("If you rate your get-up-and-go, nought to ten, what is it now?", "Maybe a four."),
         "motivation", {4.0}),
        (("I shout at everyone.", "If you rate the anger, zero to ten, on the worst day?",
          "A nine."), "anger", {9.0}),
    ],
)  # fmt: skip
def test_a_self_rating_in_the_clinicians_word(
    labelled: bool, turns: tuple[str, ...], subject: str, scores: set[float]
) -> None:
    found = _found(labelled, *turns)
    assert scores <= {s for n, s in found if subject in n}, found
    assert not any(n.startswith(("rashes", "self rating", "worst")) for n, _ in found), found


@pytest.mark.parametrize(
    "turns",
    [
        ("How restless, zero to ten?", "When is the next appointment? Tuesday at four."),
        ("When it was bad it was an eight, easily.", "Okay, see you next week."),
        ("What's the worst day for you?", "Mondays. Nine meetings."),
    ],
)
def test_everyday_phrases_that_are_no_rating(turns: tuple[str, ...]) -> None:
    found = measures(*turns)
    assert not found, found


@pytest.mark.parametrize(
    ("turns", "name", "scores"),
    [
        (("Your DRSB total for the week before was 80.", "Hm."), "DRSP", {80.0}),
        (("The skin doctor says my passee is down to five.", "Great."), "PASI", {5.0}),
        (("Your docks, the obsessive compulsive scale, was thirty.", "Okay."), "DOCS", {30.0}),
        (("That's a 3 on the Ph.D. 2, so let's do the longer one.", "Okay."), "PHQ-2", {3.0}),
        (("You did the dizziness handicapped inventory again.", "Yes.",
          "It's 70 the last time in 52 today, out of 100.", "Good."), "DHI", {70.0, 52.0}),
    ],
)  # fmt: skip
def test_names_and_scores_as_speech_recognition_hears_them(
    turns: tuple[str, ...], name: str, scores: set[float]
) -> None:
    found = measures(*turns)
    assert scores <= {s for n, s in found if n.startswith(name)}, found


@pytest.mark.parametrize(
    "turns",
    [
        ("My PhD took 2 years to finish.", "Wow."),
        ("We walked by the docks, thirty boats in.", "Lovely."),
        ("I was born in 52, today I'm old.", "Ha."),
    ],
)
def test_heard_words_that_are_no_instrument(turns: tuple[str, ...]) -> None:
    found = measures(*turns)
    assert not any(n.split()[0] in {"PHQ-2", "DOCS", "DHI"} for n, _ in found), found


def test_the_voc_asked_with_its_scale_in_a_sentence_of_its_own() -> None:
    found = measures(
        "How true does I can cope feel?",
        "One to seven. When you think of it now.",
        "A three.",
        "And where would you like it to be? By the end?",
        "A six.",
    )
    assert {3.0, 6.0} <= {s for n, s in found if n.startswith("VOC")}, found
    assert not any(n.startswith("VOC") and s in (1.0, 7.0) for n, s in found), found


def test_a_rating_on_a_scale_heard_as_not_a_ten() -> None:
    found = measures(
        "On a scale of not a ten, how restless have you been at night?",
        "When it was worst it was a nine, easily, now a three, I can read a book.",
    )
    assert {9.0, 3.0} <= {s for n, s in found if "restless" in n}, found


@pytest.mark.parametrize(
    ("turns", "subject", "scores"),
    [
        (("If you iterate how calm you feel together, much to ten, where are you?",
          "Me, it was a 3 when we started. I'd say a 5 now."), "calm", {3.0, 5.0}),
        (("If you rate your stress this month, month to 10, and seven, it's a lot.",),
         "stress", {7.0}),
    ],
)  # fmt: skip
def test_a_scale_heard_otherwise_between_commas(
    turns: tuple[str, ...], subject: str, scores: set[float]
) -> None:
    found = measures(*turns)
    assert scores <= {s for n, s in found if subject in n}, found
    assert not any(s == 10.0 for _, s in found), found


def test_not_the_ten_in_an_answer_is_no_scale() -> None:
    found = measures("How tense, zero to ten?", "It's not the 10, it was a seven.")
    assert ("tension rating", 7.0) in found, found
