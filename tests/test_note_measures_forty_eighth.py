"""Measures of issue 17's forty-eighth pass, on invented sentences: a feeling given a percentage in
more ways ("If you gave your tiredness a percentage?", "Give me a percentage for your confidence.",
"As a percentage, how tired are you?", "how calm you feel, as a percentage?", "How much fear do
the dogs give you, as a percentage?"); the scale said before the thing alone ("From zero to ten,
the stiffness today?"); what is rated kept when whom it is felt toward follows ("rate the
bitterness toward your brother") and read after "If you rated"; an earlier value told as "it was"
with its time ("On Monday it was nine.", "Was a ten on Friday."); the scale and when asked right
after an order to rate ("Rate your sleep. Out of ten, tonight?"); "N out of ten" named by the
question before it, not by a word said earlier; and the Woman Abuse Screening Tool and the
Self-Harm Inventory."""

from __future__ import annotations

import pytest

from tests.note_fixtures import has_measure as _has
from tests.note_fixtures import measures


@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        (("If you gave your tiredness a percentage?", "Seventy percent. I nod off at my desk."),
         "tiredness rating", 70.0),
        (("Put your worry about her as a percentage, this week?", "Sixty percent."),
         "worry rating", 60.0),
        (("Give me a percentage for your confidence.", "Fifty percent, on a good day."),
         "confidence rating", 50.0),
        (("As a percentage, how tired are you today?", "Eighty percent."),
         "tiredness", 80.0),
        (("If you had to say how calm you feel, as a percentage?", "Twenty percent. Not much."),
         "calm", 20.0),
        (("How much fear do the dogs give you, as a percentage?", "Ninety percent."),
         "fear rating", 90.0),
    ],
)  # fmt: skip
def test_a_feeling_given_a_percentage(turns: tuple[str, ...], name: str, score: float) -> None:
    found = measures(*turns)
    assert _has(found, name, score), found


@pytest.mark.parametrize(
    "turns",
    [
        # a share of something, not a feeling rated
        ("If you gave the kids a percentage of the shop, how much?", "Ten percent each."),
        ("Give me a percentage of your income that goes on rent.", "Forty percent."),
        ("As a percentage, how much of your pay goes on rent?", "Forty percent."),
        ("How much money do you put aside, as a percentage?", "Ten percent."),
        ("How much did the rent go up, as a percentage?", "Eight percent."),
    ],
)
def test_a_share_given_as_a_percentage_is_no_rating(turns: tuple[str, ...]) -> None:
    assert measures(*turns) == set()


@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        (("From zero to ten, the stiffness today?", "Six."), "stiffness rating", 6.0),
        (("Zero to ten, your dizziness right now?", "Three."), "dizziness rating", 3.0),
        (("If you rate the bitterness toward your brother, zero to ten?", "Seven."),
         "bitterness rating", 7.0),
        (("Rate your jealousy towards him, zero to ten?", "Eight."), "jealousy rating", 8.0),
        # "rated", as a condition: what follows is what is rated, not a word said before
        (("The stress scale was high.", "If you rated the loneliness out of ten this week?",
          "Seven."), "loneliness rating", 7.0),
    ],
)  # fmt: skip
def test_what_is_rated_with_the_scale_before_or_whom_after(
    turns: tuple[str, ...], name: str, score: float
) -> None:
    found = measures(*turns)
    assert _has(found, name, score), found
    assert all(n.startswith(name.split()[0]) for n, _ in found), found


@pytest.mark.parametrize(
    ("turns", "earlier"),
    [
        (("How strong is the craving, zero to ten?", "Six. On Monday it was nine, I nearly went."),
         9.0),
        (("How strong is the craving, zero to ten?", "Six. Yesterday it was a nine."), 9.0),
        (("How bad is the pain, zero to ten?", "Four. Was a seven on Friday."), 7.0),
        (("How angry are you, as a percentage?", "Forty percent. It was ninety last week."), 90.0),
    ],
)  # fmt: skip
def test_an_earlier_value_told_with_its_time(turns: tuple[str, ...], earlier: float) -> None:
    assert earlier in {s for _, s in measures(*turns)}


@pytest.mark.parametrize(
    "turns",
    [
        # an age, a count or a time, not the value the rating was
        ("How strong is the craving, zero to ten?", "Six. When I was seven I had a dog."),
        ("How strong is the craving, zero to ten?", "Six. Was it nine on Friday?"),
        ("How bad is the pain, zero to ten?", "Three. On Monday I was at work, it was busy."),
        ("How bad is the pain, zero to ten?", "Three. Yesterday it was two hours at the gym."),
        # "before" alone says no time: left unread
        ("How bad is the pain, zero to ten?", "Three. Before it was eight, I couldn't walk."),
    ],
)
def test_other_numbers_after_a_rating_are_no_earlier_value(turns: tuple[str, ...]) -> None:
    assert {s for _, s in measures(*turns)} == {6.0 if "craving" in turns[0] else 3.0}


@pytest.mark.parametrize(
    ("text", "name", "score"),
    [
        ("She did the Woman Abuse Screening Tool at the clinic and scored eleven.",
         "WAST (Woman Abuse Screening Tool)", 11.0),
        ("Your WAST score was twelve.", "WAST (Woman Abuse Screening Tool)", 12.0),
        ("On the Self-Harm Inventory you scored nine.", "SHI (Self-Harm Inventory)", 9.0),
        ("The SHI came to four.", "SHI (Self-Harm Inventory)", 4.0),
    ],
)  # fmt: skip
def test_abuse_screen_and_self_harm_inventory(text: str, name: str, score: float) -> None:
    assert (name, score) in measures(text, "Okay.")


@pytest.mark.parametrize(
    "text",
    ["Thou wast a fool, said the old play, scene three.", "Shi is my cousin, she is nine."],
)
def test_the_old_wast_and_a_name_are_no_measure(text: str) -> None:
    assert measures(text, "Okay.") == set()


@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        (("The stress scale was high last week. You said you'd rate your jealousy. Zero to ten, "
          "this week?", "Eight."), "jealousy rating", 8.0),
        (("The stress scale was high last week. Rate your sleep. Out of ten, tonight?", "Four."),
         "sleep rating", 4.0),
    ],
)  # fmt: skip
def test_the_scale_and_when_asked_after_an_order_to_rate(
    turns: tuple[str, ...], name: str, score: float
) -> None:
    assert measures(*turns) == {(name, score)}


def test_n_out_of_ten_is_named_by_the_question_before_it() -> None:
    found = measures(
        "The grief has got stuck, it's a lot. How strong is the longing for him, zero to ten?",
        "Ten out of ten. Every day.",
    )
    assert found == {("longing rating", 10.0)}
