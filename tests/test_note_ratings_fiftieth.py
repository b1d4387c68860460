"""Self-ratings of issue 17's fiftieth pass, on invented sentences: a feeling asked for as a
percentage by its noun first ("And your worry right now, as a percentage?"), put ("How would you
put your bond with her, as a percentage?"), as the client's own number ("your own number for
performance anxiety") or with the percentage as a condition ("if you give me a percentage?"); an
answer led by two words of what is rated ("Performance anxiety, eighty-five percent."); regret,
bonding and performance anxiety named as rated; a rated feeling said plainly in percent ("Today
the urge is like ninety percent."); and an earlier value after a comparison with its time
("Better than last week, it was seven."). Everyday percentages and counts are never ratings."""

from __future__ import annotations

import pytest

from tests.note_fixtures import has_measure as _has
from tests.note_fixtures import measures


@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        (("And your worry right now, before the interview, as a percentage?",
          "Worry, sixty percent."), "worry rating", 60.0),
        (("And the anger this week, as a percentage?", "Anger, thirty percent."),
         "anger rating", 30.0),
        (("How scared are you at night, if you give me a percentage?", "Fear, fifty percent."),
         "scared (fear) rating", 50.0),
        (("How would you put your bond with her, as a percentage?", "Bonding, seventy percent."),
         "bonding rating", 70.0),
        (("And your own number for performance anxiety, as a percentage?",
          "Performance anxiety, sixty-five percent."), "performance anxiety rating", 65.0),
        (("What's your number for the guilt today?", "Guilt, a seven."), "guilt rating", 7.0),
        (("How much do you regret it, zero to ten?", "Regret, eight."), "regret rating", 8.0),
        (("And the bonding with the baby, zero to ten?", "A six."), "bonding rating", 6.0),
    ],
)  # fmt: skip
def test_a_feeling_asked_for_by_its_noun_or_as_ones_own_number(
    turns: tuple[str, ...], name: str, score: float
) -> None:
    found = measures(*turns)
    assert _has(found, name, score), found


@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        (("Is the medication helping?", "A bit. Today the urge is like eighty percent."),
         "urge rating", 80.0),
        (("How are things?", "My worry's about forty percent today."), "worry rating", 40.0),
    ],
)  # fmt: skip
def test_a_rated_feeling_said_plainly_in_percent(
    turns: tuple[str, ...], name: str, score: float
) -> None:
    found = measures(*turns)
    assert _has(found, name, score), found


@pytest.mark.parametrize(
    ("turns", "want"),
    [
        (("How is the knee today?", "Pain, four out of ten. Better than last week, it was six."),
         {4.0, 6.0}),
        (("How's the pain, zero to ten?", "Five. Worse than yesterday, it was three."),
         {5.0, 3.0}),
        # a comparison with no number after it: only today's
        (("How's the pain, zero to ten?", "Five. Better than last week, it was awful."), {5.0}),
    ],
)  # fmt: skip
def test_an_earlier_value_after_a_comparison_with_its_time(
    turns: tuple[str, ...], want: set[float]
) -> None:
    assert {s for _, s in measures(*turns)} == want


@pytest.mark.parametrize(
    "turns",
    [
        # a share of a thing, a phone's battery, a change, a phrase asked for: no rating
        ("And your rent, as a percentage?", "Rent, forty percent of my pay."),
        ("How's the phone?", "The battery is like ninety percent."),
        ("How's the back?", "The pain is eighty percent better since the physio."),
        ("How would you put it?", "Forty percent of the time I just don't care."),
        ("Can I have your number for the pharmacy?", "Oh seven seven, two one."),
        ("Did you get the loan?", "The interest is about twelve percent, so no."),
        ("How would you put the house, as a percentage of what you earn?", "About a third."),
    ],
)
def test_everyday_percentages_are_no_rating(turns: tuple[str, ...]) -> None:
    assert measures(*turns) == set()
