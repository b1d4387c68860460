"""Self-ratings said without a prompt (issue 17, tenth pass), on invented sentences: one said
right after its scale in a sentence that asks nothing ("Worry, zero to ten, I'd say a five."),
one said plainly of a rated feeling with its earlier value ("The urge is maybe a four today, used
to be an eight."); exhaustion named as said, not as fatigue. A denial, a duration, a count and a
scale described are no ratings."""

from __future__ import annotations

import pytest

from tests.note_fixtures import measures


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (("If you want a number for the boredom, zero to ten, it's a seven.",), {("boredom", 7)}),
        (("Worry, zero to ten, I'd say a five.",), {("worry", 5)}),
        (("The urge is maybe a four today, used to be an eight.",), {("urge", 4), ("urge", 8)}),
        (("My anxiety's about a three this week.",), {("anxiety", 3)}),
        (("How would you rate your exhaustion, zero to ten?", "A nine."), {("exhaustion", 9)}),
    ],
)
def test_a_rating_said_unprompted(turns: tuple[str, ...], expected: set[tuple[str, float]]) -> None:
    assert {(f"{name} rating", score) for name, score in expected} <= measures(*turns)


@pytest.mark.parametrize(
    "text",
    [
        "The pain's not a six anymore, it's gone.",
        "My anxiety is a 10-minute thing, then it passes.",
        "The craving's a killer, I had 3 drinks.",
        "Zero to ten scales for anxiety have 5 anchors.",
        "My son's a ten-year-old.",
    ],
)
def test_no_unprompted_rating(text: str) -> None:
    assert measures(text) == set()


def test_a_second_value_after_a_time_and_a_hedge() -> None:
    found = measures(
        "How frightened do you feel at night, zero to ten?", "Eight. In the day, maybe three."
    )
    assert {("frightened (fear) rating", 8.0), ("frightened (fear) rating", 3.0)} <= found
    assert ("frightened (fear) rating", 5.0) not in measures(
        "How frightened do you feel at night, zero to ten?", "Eight. In the day, maybe five hours."
    )


def test_a_follow_up_a_few_sentences_after_the_rating() -> None:
    found = measures(
        "How tense are you right now, zero to ten?",
        "A seven.",
        "Okay.",
        "Breathe slowly.",
        "Keep going.",
        "And now, after a minute?",
        "A four.",
    )
    assert ("tension rating", 4.0) in found
