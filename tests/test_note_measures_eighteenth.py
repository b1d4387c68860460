"""Measures of issue 17's eighteenth pass (from the i-set's misses), on invented sentences:
instruments in wide use the lexicon lacked (4AT, 6CIT, Tinetti, OOWS, SOWS, MNWS, GASS and
GASS-C, Beck Youth Inventories, Dyspnoea-12, Stoma-QOL, Cochin, Raynaud's Condition Score, Short
Inventory of Problems, CALIS, TOP, the long Mood and Feelings Questionnaire beside the short one,
CRIES-8 and CRIES-13 apart from the IES-R); an eponym after a description ("the hopelessness
questionnaire, the Beck"); a capitalized title before "one" ("the Flight Anxiety Situations one");
a score said as "you rated yourself a four", "a mean of 4.2", each person's ("40 for Ana and 52 for
Ben") and a part's ("was nine and your quality of life eleven"). Ratings: breathing rated as
breathlessness; "how on guard" as hypervigilance; "how certain ..., as a percentage"; a rating told
back "from nine to six"; a prompt announced ("I'll ask you for your distress out of a hundred");
"Where are you now?" and "How was it?" during an exposure; the scale by its top ("on a scale of
ten") in the answer to a question with none. Not scores or ratings: "one" in "the ... one for
people with a stoma", "From" of "From zero to ten", a drug asked about after a rating, hours
"from nine to five"."""

from __future__ import annotations

import pytest

from localnotes.redact import Redactor, get_redactor
from localnotes.types import Segment
from tests.note_fixtures import measures


@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        (("On the ward this morning the 4AT was three.",), "4AT", 3.0),
        (("His 6CIT at the memory clinic came to 10.",), "6CIT", 10.0),
        (("Her Tinetti gait and balance score was nineteen.",), "Tinetti", 19.0),
        (("The objective opiate withdrawal scale came to four.",), "OOWS", 4.0),
        (
            ("The nurse did the withdrawal scale, the objective one.", "She said it was a three."),
            "OOWS",
            3.0,
        ),
        (("Your SOWS was 22 on the first morning.",), "SOWS", 22.0),
        (("The withdrawal scale, the Minnesota, came to eleven.",), "MNWS", 11.0),
        (("Her Minnesota nicotine withdrawal scale was 9.",), "MNWS", 9.0),
        (("The side effects questionnaire on clozapine, the Glasgow, was 21.",), "GASS-C", 21.0),
        (("Your GASS came to 30, mostly sleepiness.",), "GASS ", 30.0),
        (("The hopelessness scale you did, the Beck, came to eleven.",), "BHS", 11.0),
        (("The depression inventory, the Beck, was 24.",), "BDI-II", 24.0),
        (("The anger part of the Beck Youth Inventories gave a T-score of 61.",), "BYI", 61.0),
        (("Your Dyspnoea-12 was 15 this time.",), "Dyspnoea-12", 15.0),
        (("His Stoma-QOL came to 52.",), "Stoma-QOL", 52.0),
        (("The Cochin hand one came to 30.",), "CHFS", 30.0),
        (("Your Raynaud's Condition Score on the diary was seven.",), "RCS", 7.0),
        (("The Short Inventory of Problems came to twelve.",), "SIP", 12.0),
        (("The child anxiety life interference scale was 22.",), "CALIS", 22.0),
        (
            ("We did the Treatment Outcomes Profile.", "Your physical health was twelve."),
            "TOP",
            12.0,
        ),
        (("The Mood and Feelings Questionnaire, the long one, came to 41.",), "MFQ", 41.0),
        (("The short mood and feelings questionnaire came to 12.",), "SMFQ", 12.0),
        (("The Children's Revised Impact of Event Scale was 30.",), "CRIES-13", 30.0),
        (("The one his mother filled in, the CRIES-8, was 19.",), "CRIES-8", 19.0),
        (("Your hospital anxiety score was eleven.",), "HADS", 11.0),
    ],
)
def test_instruments_in_wide_use(turns: tuple[str, ...], name: str, score: float) -> None:
    got = measures(*turns, "Okay.")
    assert any(n.startswith(name) and s == score for n, s in got), got


@pytest.mark.parametrize(
    ("text", "not_name"),
    [
        ("The short mood and feelings questionnaire came to 12.", "MFQ"),
        ("The Children's Revised Impact of Event Scale was 30.", "IES-R"),
        ("The side effects questionnaire, the Glasgow, was 21.", "GASS-C"),
    ],
)
def test_a_near_instrument_is_not_taken_for_another(text: str, not_name: str) -> None:
    got = measures(text, "Okay.")
    assert not any(n.startswith(not_name) for n, _ in got), got


@pytest.mark.parametrize(
    "text",
    [
        "I woke at 4 at night and again at six.",  # "4 at" is no 4AT
        "My family is from Cochin, and we moved when I was 12.",
        "The hopelessness scale was 11, and the Beck one is next week.",
    ],
)
def test_ordinary_words_are_no_instrument_score(text: str) -> None:
    got = measures(text, "Okay.")
    assert not any(n.startswith(("4AT", "CHFS")) for n, _ in got), got
    assert not any(n.startswith("BHS") and s != 11.0 for n, s in got), got


def test_a_capitalized_title_before_one_is_its_name() -> None:
    got = measures("The Body Image Concern one came out at thirty-one.", "Okay.")
    assert ("Body Image Concern", 31.0) in got, got


def test_one_word_before_one_is_no_title() -> None:
    got = measures("The Friday one was twelve.", "Okay.")
    assert not any("Friday" in n for n, _ in got), got


def test_the_one_for_people_with_a_condition_is_no_score_of_one() -> None:
    got = measures(
        "Your Stoma-QOL, the quality of life one for people with a stoma, came out at 44 today.",
        "Okay.",
    )
    assert ("Stoma-QOL", 44.0) in got and ("Stoma-QOL", 1.0) not in got, got


@pytest.mark.parametrize(
    ("text", "score"),
    [
        ("On the Functional Level Scale you rated yourself a five.", 5.0),
        ("The Parenting Scale, your laxness came out at a mean of three point one.", 3.1),
        ("Your Social Comparison Scale averaged 2.4.", 2.4),
    ],
)
def test_a_score_said_as_a_self_rating_or_a_mean(text: str, score: float) -> None:
    got = measures(text, "Okay.")
    assert any(s == score for _, s in got), got


def test_each_persons_score_said_after_it() -> None:
    got = measures("The Couples Satisfaction Scale came to 40 for Ana and 52 for Ben.", "Okay.")
    assert {s for _, s in got} >= {40.0, 52.0}, got


def test_a_parts_score_listed_after_the_first() -> None:
    got = measures(
        "We did the Treatment Outcomes Profile.",
        "Your physical health was twelve and your quality of life fourteen, each out of twenty.",
    )
    assert {s for n, s in got if n.startswith("TOP")} == {12.0, 14.0}, got


def test_a_clause_after_a_score_is_no_part() -> None:
    got = measures(
        "We did the Treatment Outcomes Profile.", "It was nine and the kids are 5 and 7."
    )
    assert {s for n, s in got if n.startswith("TOP")} == {9.0}, got


@pytest.mark.parametrize(
    ("turns", "rating"),
    [
        (
            (
                "How's the breathing been this week?",
                "Worse. On the stairs, on a scale of ten, that's an eight now.",
            ),
            ("breathlessness rating", 8.0),
        ),
        (("I'd say my worry in the mornings is a seven.",), ("worry rating", 7.0)),
        (
            ("Zero to ten, how on guard are you in crowds?", "An eight."),
            ("hypervigilance rating", 8.0),
        ),
        (
            ("How certain are you that the door is locked, as a percentage?", "Sixty percent."),
            ("certainty (conviction) rating", 60.0),
        ),
        (
            (
                "Urge to check, zero to ten?",
                "A nine.",
                "Stay with it.",
                "It's dropping. A six.",
                "From nine to six without checking.",
            ),
            ("urge rating", 6.0),
        ),
        (
            (
                "Headset on. I'll ask you for your distress out of a hundred as we go.",
                "The lift doors are closing. Sixty, maybe.",
            ),
            ("SUDS (distress rating)", 60.0),
        ),
        (
            (
                "Distress out of a hundred?",
                "Seventy.",
                "Stay with it. Where are you now?",
                "It's easing off. I'm calmer. Thirty?",
            ),
            ("SUDS (distress rating)", 30.0),
        ),
        (
            (
                "Before you start, distress out of a hundred?",
                "Seventy.",
                "Okay, off you go.",
                "How was it?",
                "Two minutes. Then it eased. At the end I'd say forty.",
            ),
            ("SUDS (distress rating)", 40.0),
        ),
    ],
)
def test_ratings_said_as_people_say_them(turns: tuple[str, ...], rating: tuple[str, float]) -> None:
    assert rating in measures(*turns, "Okay."), measures(*turns, "Okay.")


@pytest.mark.parametrize(
    ("turns", "not_score"),
    [
        # a count of time in the answer to "How was it?"
        (
            (
                "Before you start, distress out of a hundred?",
                "Seventy.",
                "How was it?",
                "Two minutes. Then it eased.",
            ),
            2.0,
        ),
        # a drug asked about after a rating: its dose is no rating
        (
            (
                "How's the pain, zero to ten?",
                "A six.",
                "And the Oramorph before bed?",
                "Two point five, the liquid.",
            ),
            2.5,
        ),
        # hours from nine to five, with no rating of nine before
        (("Anxiety, zero to ten?", "A seven.", "I work from nine to five on weekdays."), 5.0),
        # "Where are you now?" with no rating before it asks where
        (("Where are you now?", "At my sister's, flat 12. Maybe a two minute walk."), 12.0),
        # a percentage of pay is no rating
        (("How many percent of your pay goes on rent?", "Forty percent."), 40.0),
    ],
)
def test_numbers_near_a_rating_that_are_no_rating(turns: tuple[str, ...], not_score: float) -> None:
    got = measures(*turns, "Okay.")
    assert not any(s == not_score for _, s in got), got


def test_the_scale_words_are_not_what_is_rated() -> None:
    got = measures("From zero to ten, how tense are you right now?", "A six.")
    assert ("tension rating", 6.0) in got, got
    assert not any(n.startswith(("from", "zero")) for n, _ in got), got


def test_breathing_exercises_are_not_breathlessness() -> None:
    got = measures("How did the breathing exercises go?", "Fine, on a scale of ten a six.")
    assert not any(n.startswith("breathlessness") for n, _ in got), got


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return get_redactor()


@pytest.mark.parametrize(
    "text",
    [
        "The Tinetti balance and walking test was fourteen.",
        "The Cochin hand function one was thirty.",
        "The withdrawal scale, the Minnesota, came to eleven.",
        "His Raynaud's Condition Score was seven.",
    ],
)
def test_new_instrument_names_survive_redaction(redactor: Redactor, text: str) -> None:
    assert redactor.redact([Segment(0.0, 5.0, text)]).segments[0].text == text


def test_a_parts_score_listed_after_a_comma() -> None:
    got = measures(
        "We did the Treatment Outcomes Profile on Monday.",
        "Your physical health was nine, and your quality of life eleven.",
    )
    assert {s for n, s in got if n.startswith("TOP")} == {9.0, 11.0}, got


def test_an_earlier_value_after_a_rating_prompt_is_the_ratings() -> None:
    got = measures(
        "This week's withdrawal questionnaire, the Minnesota, came to 14.",
        "From 0 to 10, how strong is the urge to smoke today?",
        "A6, last week it was a 9, so it's better.",
    )
    assert ("MNWS (Minnesota Nicotine Withdrawal Scale)", 14.0) in got, got
    assert not any(n.startswith("MNWS") and s == 9.0 for n, s in got), got


def test_the_scale_asked_about_does_not_stop_an_earlier_score() -> None:
    got = measures(
        "You filled in the Tinnitus Handicap Inventory again. It came to sixty-eight this time.",
        "Out of a hundred, right? It was fifty-four in August.",
    )
    assert {s for n, s in got if n.startswith("Tinnitus")} == {68.0, 54.0}, got
