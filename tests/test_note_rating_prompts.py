"""How a self-rating is asked for (issue 17, tenth pass), on invented sentences: the scale told
by one end as a condition ("If ten is the worst it's been, how loud ..."); the level asked for
after a scale was said ("You rated your cravings zero to ten." "What were you at back then?"),
also with the rated word misheard by a letter, past the answerer's "Back in June?"; a how-question
after the client's name answered "Five today."; "And pain today, in your knee?" after a rating.
Questions of place and time, and answers that count, are no ratings."""

from __future__ import annotations

import pytest

from tests.note_fixtures import measures


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (
            ("If ten is the worst it's been, how loud is the ringing today?", "A five."),
            ("ringing rating", 5),
        ),
        (
            (
                "Last month you rated your cravings on a zero to ten scale.",
                "What were you at back then?",
                "Back in June? A seven.",
            ),
            ("cravings rating", 7),
        ),
        (
            (
                "You rated your cradings on a zero to ten scale.",
                "Where are you at today?",
                "A three.",
            ),
            ("cravings rating", 3),
        ),
        (("Sam, how's the back pain this week?", "Five today."), ("pain rating", 5)),
        (
            ("How's the mood, zero to ten?", "A six.", "And pain today, in your knee?", "A four."),
            ("pain rating", 4),
        ),
    ],
)
def test_a_rating_asked_for(turns: tuple[str, ...], expected: tuple[str, float]) -> None:
    assert expected in measures(*turns)


@pytest.mark.parametrize(
    "turns",
    [
        ("Where were you at when it happened?", "At home, around 9."),
        ("Sam, how's the back pain this week?", "Bad. I fell twice."),
        (
            "How's the mood, zero to ten?",
            "A six.",
            "And pain today, in your knee?",
            "Gone, I walked 3 miles yesterday.",
        ),
        ("If ten is too many, how many drinks did you have?", "Five."),
    ],
)
def test_no_rating_where_none_is_asked(turns: tuple[str, ...]) -> None:
    assert not {m for m in measures(*turns) if m[1] != 6}


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (("Sleep tonight, zero to 10.", "Like a three, I woke twice."), ("sleep rating", 3.0)),
        (("Trust in the team, zero to 10.", "Maybe a six."), ("trust rating", 6.0)),
        (
            ("[PERSON], how's the back pain this week?", "4 today, it was a 7 on Monday."),
            ("pain rating", 4.0),
        ),
    ],
)
def test_a_phrase_prompt_with_a_time_or_what_it_is_in(
    turns: tuple[str, ...], expected: tuple[str, float]
) -> None:
    assert expected in measures(*turns)
