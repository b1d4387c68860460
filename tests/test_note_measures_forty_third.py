"""Measure rules of issue 17's forty-third pass, on invented sentences: a rated noun with when after
it ("rate your loneliness most evenings"), "out of" that is no scale ("up at five out of habit"),
an earlier score told by the visit it was taken at ("You were on fifteen when you saw Dr Patel"),
a sentence that only tells how the scale reads, the Oslo Social Support Scale and the Modified
Caregiver Strain Index, an examination's score given when it is done ("That gives a score of
two"), and a rating asked again for the time since ("And since?")."""

from __future__ import annotations

import pytest

from tests.note_fixtures import measures

OSSS = "OSSS-3 (Oslo Social Support Scale)"
MCSI = "MCSI (Modified Caregiver Strain Index)"


@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        (
            ("On a scale of nought to ten, how would you rate your forgetfulness most weeks?",
             "A six, probably."),
            "forgetfulness rating",
            6.0,
        ),
        (("Zero to ten, how would you rate your stiffness most mornings?", "Seven."),
         "stiffness rating", 7.0),
    ],
)  # fmt: skip
def test_a_rated_noun_with_when_after_it_is_what_is_rated(
    turns: tuple[str, ...], name: str, score: float
) -> None:
    assert measures(*turns) == {(name, score)}


@pytest.mark.parametrize(
    "turns",
    [
        ("I still get up at five out of habit.",),
        ("It came out of nowhere at three in the morning.",),
        ("We had two out of the three boys home for Christmas.",),
    ],
)
def test_out_of_with_no_scale_after_it_is_no_rating(turns: tuple[str, ...]) -> None:
    assert measures(*turns) == set()


def test_a_rating_out_of_ten_is_still_read() -> None:
    assert measures("Sleep was a six out of ten.") == {("sleep rating", 6.0)}


def test_an_earlier_score_told_by_the_visit_it_was_taken_at() -> None:
    found = measures(
        "The PHQ-9 came to twelve today.", "Right.", "You were on fifteen when you saw Dr Patel."
    )
    assert found == {("PHQ-9", 12.0), ("PHQ-9", 15.0)}, found


def test_a_count_when_a_visit_was_is_no_earlier_score() -> None:
    found = measures(
        "The PHQ-9 came to twelve today.", "You were on six tablets when you saw the GP."
    )
    assert found == {("PHQ-9", 12.0)}, found


def test_a_sentence_that_tells_how_the_scale_reads_keeps_the_measure_talked_about() -> None:
    found = measures(
        "Your K10 came to twenty-four.",
        "Is that high?",
        "I'd no idea what the questions meant, honestly.",
        "It's above where I'd want it. Lower is better on this one, and it's out of fifty. You "
        "were on twenty-eight when you last saw the nurse.",
    )
    assert found == {("K10", 24.0), ("K10", 28.0)}, found


@pytest.mark.parametrize(
    ("said", "name", "score"),
    [
        ("That comes to eleven on the Oslo Social Support Scale.", OSSS, 11.0),
        ("Your OSSS-3 was eight, so moderate support.", OSSS, 8.0),
        ("Your Modified Caregiver Strain Index came to twenty-two.", MCSI, 22.0),
        # Robinson's index, thirteen yes-or-no items, is still its own
        ("The Caregiver Strain Index was nine.", "Caregiver Strain Index", 9.0),
    ],
)
def test_social_support_and_caregiver_strain_are_known(said: str, name: str, score: float) -> None:
    assert measures(said) == {(name, score)}


def test_the_city_of_oslo_is_no_measure() -> None:
    assert measures("We went to Oslo in June, about four of us.") == set()


def test_an_examination_scored_when_it_is_done() -> None:
    found = measures(
        "Now the Barnes scale, for the restlessness. Can you stand up for me?",
        "Like this?",
        "That's it. Now sit. That gives a score of two, which is mild.",
    )
    assert found == {("BARS (Barnes Akathisia Rating Scale)", 2.0)}, found


def test_a_rating_asked_again_for_the_time_since() -> None:
    found = measures(
        "How strong was the craving on Friday, zero to ten?",
        "An eight.",
        "And since?",
        "Yesterday it was still a five. Today it's only a three.",
    )
    assert found == {("cravings rating", 8.0), ("cravings rating", 5.0), ("cravings rating", 3.0)}


def test_since_answered_with_no_number_adds_nothing() -> None:
    found = measures(
        "How strong was the craving on Friday, zero to ten?",
        "An eight.",
        "And since?",
        "Since then I've been at work.",
    )
    assert found == {("cravings rating", 8.0)}
