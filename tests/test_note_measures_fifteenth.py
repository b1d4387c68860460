"""Measures of issue 17's fifteenth pass (from the e-set's misses), on invented sentences: a score
said as "averaged", "a distress score of"; a description's count is no score ("the ten alcohol
questions, the AUDIT"); "the CSI-16" is a name, not a score of 16; the other partner's score in
the next sentence ("Sam, yours was 44."); an earlier score where it was taken ("at the pain
clinic"); a dose changed "from ten" is no earlier score; what a rating rates when the prompt
names it ("I rate my sleep on the mood chart"), and "how faint", "how sure", "how much do you
trust"; a description, then the eponym it goes by ("the daily living scale, the Lawton,
was five of the eight")."""

from __future__ import annotations

import pytest

from localnotes.notes.extract import extract
from localnotes.types import Segment


def measures(*turns: str) -> set[tuple[str, float]]:
    who = ("clinician", "client")
    segs = [Segment(i * 4.0, i * 4.0 + 3.5, t, who[i % 2]) for i, t in enumerate(turns)]
    return {(m.name, m.score) for m in extract(segs).measures}


@pytest.mark.parametrize(
    ("said", "name", "score"),
    [
        ("The life satisfaction scale, the SWLS, averaged five point two.", "SWLS", 5.2),
        ("Your sleep beliefs questionnaire, the DBAS-16, averaged 6.2.", "DBAS-16", 6.2),
        ("The screening test, the ASSIST, gave a cannabis score of 18.", "ASSIST", 18.0),
        ("The screener, the PQ-B, had a distress score of twenty-two.", "PQ-B", 22.0),
    ],
)
def test_score_said_as_an_average_or_a_score_of(said: str, name: str, score: float) -> None:
    got = measures(said, "Okay.")
    assert any(n.startswith(name) and s == score for n, s in got), got


def test_a_descriptions_count_is_no_score() -> None:
    got = measures("You did the ten alcohol questions again, the AUDIT. It came to 19.", "Yes.")
    assert ("AUDIT", 19.0) in got, got
    assert ("AUDIT", 10.0) not in got, got


def test_a_number_joined_to_a_known_name_is_its_name() -> None:
    got = measures(
        "On the relationship one, the CSI-16, Ana, yours was 38. Ben, yours was 52.", "Really?"
    )
    assert {("CSI", 38.0), ("CSI", 52.0)} <= got, got
    assert ("CSI", 16.0) not in got, got


def test_earlier_score_where_it_was_taken() -> None:
    got = measures("Your PHQ-9 came to 12.", "It was 19 at the pain clinic, so that's better.")
    assert ("PHQ-9", 19.0) in got, got


def test_a_dose_change_is_no_earlier_score() -> None:
    got = measures(
        "Your GAD-7 was 11.", "My doctor put the sertraline up from 50 to 100 milligrams."
    )
    assert got == {("GAD-7", 11.0)}, got


@pytest.mark.parametrize(
    ("prompt", "answer", "name", "score"),
    [
        ("How faint do you feel, zero to ten?", "A five.", "faintness rating", 5.0),
        (
            "How sure are you that it's true, zero to ten?",
            "Maybe a seven.",
            "sure (conviction)",
            7.0,
        ),
        ("How much do you trust her right now, zero to ten?", "A three.", "trust rating", 3.0),
    ],
)
def test_what_a_prompt_rates(prompt: str, answer: str, name: str, score: float) -> None:
    got = measures(prompt, answer)
    assert any(n.startswith(name) and s == score for n, s in got), got


def test_the_word_rated_before_the_chart_it_is_on() -> None:
    got = measures(
        "How's the week?", "I rate my sleep on the mood chart, and it's a six out of ten."
    )
    assert ("sleep rating", 6.0) in got, got
    assert ("mood rating", 6.0) not in got, got


@pytest.mark.parametrize(
    ("said", "name", "score"),
    [
        ("The daily activities scale, the Barthel, was eighty of the hundred.", "Barthel", 80.0),
        ("And the tinnitus questionnaire, the Newman one, you scored a forty.", "Newman", 40.0),
    ],
)
def test_a_description_then_its_eponym(said: str, name: str, score: float) -> None:
    got = measures(said, "Okay.")
    assert (name, score) in got, got


def test_an_eponym_needs_its_score_said_as_one() -> None:
    got = measures("The grief questionnaire, the Hogan, is long, so take it home.", "Fine.")
    assert not got, got


@pytest.mark.parametrize(
    ("said", "name", "score"),
    [
        ("Let's talk about the anxiety, your G.D.D. 7 was 12, and the PHQ-9 was 9.", "GAD-7", 12.0),
        ("The G'd A.D. 7 for anxiety was 14.", "GAD-7", 14.0),
        ("Your P.H.Q. 9 came to 11.", "PHQ-9", 11.0),
    ],
)
def test_a_short_name_spelled_out_in_letters(said: str, name: str, score: float) -> None:
    got = measures(said, "Okay.")
    assert (name, score) in got, got


def test_letters_with_dots_before_a_count_are_no_measure() -> None:
    assert not measures("I lived in the U.S. 7 years ago and it was 12 degrees.", "Right.")


def test_no_sentence_ends_at_a_title_or_inside_spelled_letters() -> None:
    from localnotes.notes.sentences import split

    def texts(t: str) -> list[str]:
        return [s.text for s in split([Segment(0.0, 3.0, t, None)])]

    assert texts("Dr. Moore said so. Are you taking it?") == [
        "Dr. Moore said so.",
        "Are you taking it?",
    ]
    assert texts("Your G.A.D. 7 was 12.") == ["Your G.A.D. 7 was 12."]
    assert texts("I lived in the U.S. Then I moved.") == ["I lived in the U.S.", "Then I moved."]
    assert texts("It overlaps with MS. How bad is it?") == [
        "It overlaps with MS.",
        "How bad is it?",
    ]


def test_an_eponym_before_a_lower_case_form_word_is_the_name() -> None:
    got = measures(
        "I scored the Hoarding scale with you. No, the Frost scale. It was fifty.", "Ok."
    )
    assert ("Frost", 50.0) in got, got
    # (the Lubben is known by name since the thirty-eighth pass; the Lawton is not)
    got = measures("The Lawton scale came to eight, which tells me you need help.", "Yes.")
    assert ("Lawton", 8.0) in got, got


def test_a_follow_up_asks_again_for_the_latest_rating() -> None:
    got = measures(
        "How worried are you about the photos, zero to ten?",
        "A nine.",
        "How safe do you feel with him, zero to ten?",
        "A three.",
        "And at home?",
        "An eight.",
    )
    assert ("safety rating", 8.0) in got, got
    assert ("worry rating", 8.0) not in got, got
