"""Scores and medications as a clinician's speech puts them (issue 17, generalising the draft).

Each rule comes with the cases it must not catch: a number that is not a score, a drug word that
is not the client's medication. The shapes come from the spoken note benchmark
(benchmarks/note_eval.py): a rating asked for as an order ("Give me a number for the pain") or
with no scale ("What number did you give yesterday?"), a score said a sentence after the measure
is named, scores heard as other words ("Maybe a for", "A7, ..."), a rated word misheard by a
letter, the scale's own "of ten" heard as the answer, a planned dose change listed as a second
drug, and a drug only compared with ("better than the Adderall was") listed as one taken now.
"""

from __future__ import annotations

import pytest

from localnotes.notes.extract import extract
from tests.note_fixtures import measures, segs


def meds(*turns: str) -> set[tuple[str, float | None, str | None]]:
    return {(m.name, m.dose, m.change) for m in extract(segs(*turns)).medications}


# -- a measure's score in the sentence after the one that names it ---------------------------


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (
            ("On the Columbia screen, you answered no to all six questions.", "So that's a zero."),
            ("C-SSRS", 0.0),
        ),
        (("We went through the PHQ-9 together.", "You scored twelve."), ("PHQ-9", 12.0)),
        (("Let's look at your GAD-7 from this morning.", "It was 9, right?"), ("GAD-7", 9.0)),
    ],
)
def test_a_score_said_the_sentence_after_the_measure(
    turns: tuple[str, ...], expected: tuple[str, float]
) -> None:
    assert measures(*turns) == {expected}


@pytest.mark.parametrize(
    "turns",
    [
        ("I'll send you the PHQ-9 tonight.", "My daughter turned 7 last week."),
        ("We'll do the PHQ-9 today.", "It has nine questions and takes 5 minutes."),
        ("Fill in the GAD-7 at home.", "I have 3 kids, when would I do that?"),
    ],
)
def test_a_number_in_the_next_sentence_that_is_not_a_score(turns: tuple[str, ...]) -> None:
    assert measures(*turns) == set()


# -- a rating asked for as an order, or without a scale ---------------------------------------


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (("Give me a number for the pain.", "Zero to ten, around a six."), ("pain rating", 6)),
        (("Give me a number for the pain today.", "Zero to ten.", "Around a six."),
         ("pain rating", 6)),
        (("Let's start with the mood chart.", "What number did you give yesterday?",
          "I put a three."), ("mood rating", 3)),
        (("Where would you put your anxiety this week?", "Maybe a seven."), ("anxiety rating", 7)),
        (("Rate your energy for me.", "Honestly, a two."), ("energy rating", 2)),
        (("I'd rate my sleep a four this week.",), ("sleep rating", 4)),
    ],
)  # fmt: skip
def test_a_rating_prompt_as_an_order_or_without_a_scale(
    turns: tuple[str, ...], expected: tuple[str, float]
) -> None:
    assert measures(*turns) == {expected}


@pytest.mark.parametrize(
    "turns",
    [
        ("Give me a number for the pain today.", "It's been bad for 3 days."),
        ("What number should I call if it gets worse?", "The crisis line, 988."),
        ("How would you put it in your own words?", "I guess 2 things bother me."),
        ("Rate your mood from zero to ten, where ten is the best.", "We moved house."),
    ],
)
def test_a_number_after_a_prompt_that_is_not_a_score(turns: tuple[str, ...]) -> None:
    assert measures(*turns) == set()


# -- scores as speech recognition writes them -------------------------------------------------


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (("How is the pain, zero to ten?", "Maybe a for."), ("pain rating", 4)),
        (("How strong are the urges, zero to ten?", "Probably ate, I think."), ("urge rating", 8)),
        (("Where's the pain today?", "Zero to ten.", "A7, worse at night?"), ("pain rating", 7)),
        (("How bad is the worry, zero to ten?", "About a six? It's worse at night."),
         ("worry rating", 6)),
    ],
)  # fmt: skip
def test_a_score_heard_as_another_word_or_with_a_question_mark(
    turns: tuple[str, ...], expected: tuple[str, float]
) -> None:
    assert measures(*turns) == {expected}


@pytest.mark.parametrize(
    "turns",
    [
        ("How is your mood, zero to ten?", "I went for a walk."),
        ("How would you rate your mood?", "I'd like to talk about that first."),
        ("How is the anxiety, zero to ten?", "Me too."),
        ("How is your mood, zero to ten?", "Can we talk about the 3 kids first?"),
        ("How stressed would you say you are, out of ten?", "Hard to say, out of ten."),
    ],
)
def test_words_and_scale_numbers_that_are_not_a_score(turns: tuple[str, ...]) -> None:
    assert measures(*turns) == set()


def test_a_rated_word_misheard_by_a_letter() -> None:
    assert measures("How are the cradings this week, zero to ten?", "Around a three.") == {
        ("cravings rating", 3)
    }
    assert measures("How's the anxity been, zero to ten?", "A five.") == {("anxiety rating", 5)}
    # two letters off is another word: rated, but not as cravings
    assert measures("How is the carving class, zero to ten?", "A nine.") == {("self rating", 9)}


def test_a_rated_plural_keeps_the_word_that_says_which() -> None:
    # eighth pass: "the night sweats" is not "sweats"; "the current cravings" is cravings
    assert measures("Can you rate the night sweats, zero to ten?", "A six.") == {
        ("night sweats rating", 6)
    }
    assert measures("Can you rate your current cravings, zero to ten?", "A four.") == {
        ("cravings rating", 4)
    }
    assert measures("How would you rate your week, zero to ten?", "A five.") == {("self rating", 5)}


def test_how_mad_rates_anger() -> None:
    assert measures("How mad were you, zero to ten?", "Easily a seven.") == {("anger rating", 7)}


# -- medications ------------------------------------------------------------------------------


def test_a_planned_change_is_the_change_of_the_listed_dose() -> None:
    assert meds(
        "And the fluvoxamine, still a hundred milligrams at night?",
        "A hundred, yes. The psychiatrist wants to go up to one fifty next month.",
    ) == {("fluvoxamine", 100.0, "increase to 150 mg")}
    assert meds(
        "You're on sertraline, 100 milligrams.", "Let's increase the sertraline to 150 milligrams."
    ) == {("sertraline", 100.0, "increase to 150 mg")}


def test_two_doses_of_one_drug_taken_together_stay_two_entries() -> None:
    assert meds("I take quetiapine 25 milligrams in the morning and 100 milligrams at night.") == {
        ("quetiapine", 25.0, None),
        ("quetiapine", 100.0, None),
    }


def test_a_drug_only_compared_with_is_history_not_medication() -> None:
    ex = extract(segs("How's the Vyvanse working?", "Better than the Adderall was. I'm on 30 mg."))
    assert {(m.name, m.dose) for m in ex.medications} == {("lisdexamfetamine", 30.0)}
    (before,) = [i for i in ex.items if i.text.startswith("Taken before:")]
    assert "amphetamine" in before.text and before.evidence[0].quote.startswith("Better than")


def test_a_drug_stopped_is_still_a_medication_change() -> None:
    assert meds("I stopped the Zoloft last week because of the nausea.") == {
        ("sertraline", None, "stop")
    }


def test_a_change_said_before_another_drug_is_named_belongs_to_the_drug_before() -> None:
    assert meds(
        "Is the doctor still lowering the tramadol?",
        "Yes, I'm down to fifty milligrams twice a day, and ibuprofen four hundred when it flares.",
    ) == {("tramadol", 50.0, "decrease to 50 mg"), ("ibuprofen", 400.0, None)}
    # a dose said right before a drug, in the same clause, is that drug's
    assert meds(
        "Is the doctor still lowering the tramadol?", "I'm down to 20 milligrams of oxycodone."
    ) == {("oxycodone", 20.0, "decrease to 20 mg")}


def test_a_rating_from_zero_to_a_hundred() -> None:
    assert measures("How distressing is it now, zero to a hundred?", "About sixty.") == {
        ("SUDS (distress rating)", 60)
    }


def test_an_earlier_score_said_beside_todays_is_marked_earlier() -> None:
    ex = extract(segs("Your PCL-5 came in at 41, down from 55 in the spring."))
    assert {(m.name, m.score, m.earlier) for m in ex.measures} == {
        ("PCL-5", 41.0, False),
        ("PCL-5", 55.0, True),
    }
    assert any("55 of 80 (an earlier score)" in i.text for i in ex.items)
    # a number after "down from" that is no score stays out
    assert measures("Your PHQ-9 was 12, down from 3 weeks ago.") == {("PHQ-9", 12.0)}


# -- issue 17's seventh pass: ratings told in more ways (invented sentences) -----------------


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        # "N today, out of ten"; what is rated named by the question three sentences before
        (("How are the migraines?", "Still there.", "Worse in the morning.",
          "I'd give it a seven today, out of ten."), ("headache rating", 7.0)),
        (("How's your mood been lately?", "Not great.", "Flat, really.",
          "Maybe a four out of ten."), ("mood rating", 4.0)),
        # a second value said as a rating in the next sentence
        (("My energy is a five out of ten.", "On a bad day a two."), ("energy rating", 2.0)),
        # the scale and what is rated said after the question
        (("How is Monday morning for you?", "Zero to ten, the dread.", "An eight."),
         ("dread rating", 8.0)),
        # the next thing asked right after a rating
        (("How tired are you, zero to ten?", "A six.", "And pain?", "Better lately.",
          "Maybe a three."), ("pain rating", 3.0)),
        # a second answerer whose number leads, and a half step more
        (("How satisfied are you both, zero to ten?", "A seven.", "Five. Maybe five."),
         ("satisfaction rating", 5.0)),
        (("How's the sleep been, zero to ten?", "A four.", "Maybe four and a half."),
         ("sleep rating", 4.5)),
        # another thing rated in the same breath
        (("How bad is the stress, zero to ten?", "A seven.", "And the pain, maybe a four."),
         ("pain rating", 4.0)),
    ],
)  # fmt: skip
def test_ratings_told_in_more_ways(turns: tuple[str, ...], expected: tuple[str, float]) -> None:
    assert expected in measures(*turns)


@pytest.mark.parametrize(
    ("turns", "not_expected"),
    [
        (("How tired are you, zero to ten?", "A six.", "By two in the afternoon I'm done."),
         2.0),
        (("What's your distress, zero to a hundred?", "Seventy.",
          "Maybe seventy-five, but call it seventy."), 75.0),
        (("How's the anxiety, zero to ten?", "A five.", "Three kids and a dog at home."), 3.0),
    ],
)  # fmt: skip
def test_no_further_rating_where_none_is_said(turns: tuple[str, ...], not_expected: float) -> None:
    assert not [x for x in measures(*turns) if x[1] == not_expected]


def test_a_ratings_change_told_back() -> None:
    found = measures(
        "What's your distress right now, zero to a hundred?",
        "Seventy.",
        "Stay with it.",
        "Ninety, then sixty, now maybe thirty.",
        "Seventy down to thirty, without leaving.",
    )
    assert ("SUDS (distress rating)", 30.0) in found
    # a count told back is no rating
    assert ("anxiety rating", 2.0) not in measures(
        "How's the anxiety, zero to ten?", "A six.", "Five down to two days a week."
    )
