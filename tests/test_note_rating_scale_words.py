"""What a self-rating rates, from issue 17's thirteenth pass, on invented sentences (none copied
from a dialog): the thing named with the scale ("zero to ten for guilt", "If ten is full of
energy and zero is none"), asked about as "How's the X", with an -ing adjective ("how
frightening"), as a noun with words after it ("Tightness in the chest after climbing, zero to
ten?"), "Where's the X at now?", a scale "out of a hundred"; irritability and sleepiness named as
themselves, not as anger and sleep."""

from __future__ import annotations

import pytest

from tests.note_fixtures import measures


@pytest.mark.parametrize(
    ("prompt", "answer", "name"),
    [
        ("What's it like on the ward this week, zero to ten for guilt?", "Six.", "guilt rating"),
        ("If ten is full of energy and zero is none, where are you?", "A three.", "energy rating"),
        ("How's the tingling, zero to ten?", "A five, mostly at night.", "tingling rating"),
        ("Zero to ten, how frightening was the drive?", "Seven, easily.", "fear rating"),
        ("Tightness in the chest after climbing, zero to ten?", "A four.", "tightness rating"),
        ("Where's the anger at now, after the call?", "A two.", "anger rating"),
        (
            "Before the exposure, what's your disgust, out of a hundred?",
            "Seventy.",
            "disgust rating",
        ),
        ("How much irritability this week, zero to ten?", "About a six.", "irritability rating"),
        ("How sleepy are you by lunch, zero to ten?", "A nine.", "sleepiness rating"),
    ],
)
def test_what_is_rated(prompt: str, answer: str, name: str) -> None:
    found = measures(prompt, answer)
    assert any(n == name for n, _ in found), found


def test_a_question_ended_with_a_full_stop() -> None:
    """Speech recognition often writes a question's "?" as "."."""
    found = measures("You used the word numb on the call, how numb, zero to 10.", "8.")
    assert ("numbness rating", 8.0) in found, found
    found = measures("On the phone, how numb, zero to 10.", "8.")
    assert ("numbness rating", 8.0) in found, found  # the phone is where, not what is rated


def test_a_thing_named_first_wins_over_the_scale_end() -> None:
    found = measures(
        "How strong is the numbness today, if ten is the most numb you've been?", "Five."
    )
    assert ("numbness rating", 5.0) in found, found


@pytest.mark.parametrize(
    "prompt",
    [
        "How's your week been, zero to ten?",  # a week is not rated
        "How are the kids doing, zero to ten?",
    ],
)
def test_no_thing_from_small_talk(prompt: str) -> None:
    found = measures(prompt, "A six.")
    assert not [n for n, _ in found if n.startswith(("week", "kids"))], found
