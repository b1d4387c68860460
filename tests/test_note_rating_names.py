"""What a self-rating rates, as a prompt names it (issue 17, tenth pass), on invented sentences:
a feeling asked about by its adjective ("How safe do you feel?" is safety, "how breathless" is
breathlessness), before a word that only looks like a rated one ("brave about the sleepover"
is bravery, not sleep); a symptom the worry is about ("worried about the panic attacks"); the
noun of "how heavy the sorrow feels"; a noun rated with no determiner ("Rate restlessness") or
asked for as "What's your irritation". A question with no scale and no rating answer is none."""

from __future__ import annotations

import pytest

from tests.note_fixtures import measures


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (("How safe do you feel at home these days, zero to ten?", "A five."), ("safety", 5)),
        (
            ("How brave do you feel about the sleepover, zero to ten?", "Maybe a three."),
            ("bravery", 3),
        ),
        (("How breathless are you after the walk, zero to ten?", "Six."), ("breathlessness", 6)),
        # named so before this pass too, kept so: a rated word, and a worry about no symptom
        (("How scared were you on the bridge, zero to ten?", "A nine."), ("scared (fear)", 9)),
        (("How worried are you about money, zero to ten?", "An eight."), ("worry", 8)),
        # new in this pass
        (
            ("How worried are you about the panic attacks, zero to ten?", "A seven."),
            ("panic attacks worry", 7),
        ),
        (("Rate restlessness for me, zero to ten.", "A four."), ("restlessness", 4)),
        (("What's your irritation right now, zero to ten?", "Five."), ("irritation", 5)),
        (("If you rate how heavy the sorrow feels, zero to ten?", "A six."), ("sorrow", 6)),
    ],
)
def test_the_rated_thing_as_the_prompt_names_it(
    turns: tuple[str, ...], expected: tuple[str, float]
) -> None:
    name, score = expected
    assert (f"{name} rating", score) in measures(*turns)


@pytest.mark.parametrize(
    "turns",
    [
        ("How bad do you feel about missing it?", "Pretty bad. I slept six hours."),
        ("How safe is the neighbourhood?", "Not very. Two break-ins this year."),
        ("How brave of you to go.", "Thanks, it took three tries."),
    ],
)
def test_no_rating_without_a_scale_or_a_rating_answer(turns: tuple[str, ...]) -> None:
    assert measures(*turns) == set()
