"""Measures of issue 17's twenty-sixth pass (from the ae-set's misses), on invented sentences:
instruments the lexicon did not know (the Apathy Evaluation Scale, the NPI-Q, the School Refusal
Assessment Scale by its own name or as "the school refusal questionnaire", the SBQ-R and the ARI,
the last two also read aloud by their first item and totalled); a total said by its word after
items each scored "That's a four"; "Your total today is"; self-ratings in the clinician's own
word (how useful, how interested, how real, a diary card's urges on nought to five, "and
suicidal urges?", the urge that is the craving just named, "and tiredness is worse, a six", a
value one "would have said" another day); and what must not be read: a count of hours asked
"how many", a "sleeping tablet" asked about, the value said after a measure's score."""

from __future__ import annotations

import pytest

from tests.note_fixtures import has_measure as _has
from tests.note_fixtures import measures
from tests.note_fixtures import measures_said as _found


@pytest.mark.parametrize("labelled", [True, False])
@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        (("Your wife's Apathy Evaluation Scale for you came to fifty-one.", "Hm."), "AES", 51.0),
        (("His AES today is thirty-eight.", "Okay."), "AES", 38.0),
        (("The NPI-Q your daughter filled in is fourteen.", "Right."), "NPI-Q", 14.0),
        (("On the neuropsychiatric inventory questionnaire he scored six.", "Okay."), "NPI-Q",
         6.0),
        (("The SRAS-R, the attention part, averaged three point five.", "Hm."), "SRAS-R", 3.5),
        (("Your school refusal scale, the escape part, came to 2.8.", "Okay."), "SRAS-R", 2.8),
        (("Your SBQ-R today is nine.", "Okay."), "SBQ-R", 9.0),
        (("The suicidal behaviors questionnaire came to eleven.", "Right."), "SBQ-R", 11.0),
        (("Mum's ARI for him was seven this time.", "Yes."), "ARI", 7.0),
        (("The Affective Reactivity Index you did is four.", "Okay."), "ARI", 4.0),
    ],
)  # fmt: skip
def test_instruments_newly_known(
    labelled: bool, turns: tuple[str, ...], name: str, score: float
) -> None:
    found = _found(labelled, *turns)
    assert _has(found, name, score), found


def test_the_school_refusal_questionnaire_is_the_sras_r() -> None:
    found = measures("And the school refusal questionnaire, the tangible part, was 3.1.", "Ok.")
    assert _has(found, "SRAS-R", 3.1), found
    assert not any(n.startswith("school refusal") for n, _ in found), found


@pytest.mark.parametrize(
    "turns",
    [
        ("The aes of the old house were rotten, eight of them.", "Oh."),
        ("Ari is nine and loves football.", "Nice."),
        ("Her school refusal started at eleven.", "I see."),
        ("The AES key was twelve characters.", "Okay."),
    ],
)
def test_same_words_that_are_no_instrument(turns: tuple[str, ...]) -> None:
    found = measures(*turns)
    assert not any(n.split()[0] in {"AES", "ARI", "SRAS-R"} for n, _ in found), found


@pytest.mark.parametrize("labelled", [True, False])
def test_the_sbq_r_read_aloud_by_its_items(labelled: bool) -> None:
    found = _found(
        labelled,
        "Let me read you four questions. Have you ever thought about or attempted to kill "
        "yourself?",
        "I thought about it once, years ago, but I never tried.",
        "That scores two. How often have you thought about killing yourself in the past year?",
        "Rarely.",
        "That's two again. Have you ever told someone you might do it?",
        "No.",
        "That's a one. How likely is it you will try someday?",
        "Very unlikely.",
        "That's a two. So the total is seven.",
        "Okay.",
    )
    assert _has(found, "SBQ-R", 7.0), found
    assert ("SBQ-R (Suicidal Behaviors Questionnaire-Revised)", 2.0) not in found, found
    # each item as the clinician scored it aloud
    items = {(n, s) for n, s in found if n.startswith("SBQ-R item")}
    assert items == {("SBQ-R item 1", 2.0), ("SBQ-R item 2", 2.0), ("SBQ-R item 3", 1.0),
                     ("SBQ-R item 4", 2.0)}, found  # fmt: skip


@pytest.mark.parametrize("labelled", [True, False])
def test_the_ari_read_aloud_to_a_parent(labelled: bool) -> None:
    found = _found(
        labelled,
        "I'll read six short ones, not true, somewhat true or certainly true. "
        "Is easily annoyed by others.",
        "Somewhat true.",
        "Often loses her temper.",
        "Certainly true.",
        "Stays angry for a long time.",
        "Not true.",
        "That comes to five. In March it was nine.",
        "She's calmer.",
    )
    assert _has(found, "ARI", 5.0), found
    assert _has(found, "ARI", 9.0), found


@pytest.mark.parametrize("labelled", [True, False])
def test_another_persons_score_told_with_how_it_was_done(labelled: bool) -> None:
    found = _found(
        labelled,
        "Your mum's ARI for you came to nine. Last month it was eleven. Noah, you filled in yours "
        "at school, and yours was four.",
        "Okay.",
    )
    assert {9.0, 11.0, 4.0} <= {s for n, s in found if n.startswith("ARI")}, found


@pytest.mark.parametrize("labelled", [True, False])
def test_a_total_said_with_today_after_a_form_read_by_name(labelled: bool) -> None:
    found = _found(
        labelled,
        "Let's do the GAD-7 out loud. Over the last two weeks, feeling nervous, anxious or on "
        "edge?",
        "Several days.",
        "Not being able to stop worrying?",
        "More than half the days, so that's a two.",
        "Your total today is nine.",
        "Better than I thought.",
    )
    assert ("GAD-7", 9.0) in found, found


@pytest.mark.parametrize("labelled", [True, False])
@pytest.mark.parametrize(
    ("turns", "name", "scores"),
    [
        (("How useful do you feel at work, nought to ten?", "Two, honestly.", "Okay."),
         "usefulness rating", {2.0}),
        (("How interested are you in your music now, zero to ten?", "Maybe a three.", "Mm."),
         "interest rating", {3.0}),
        (("How real do you feel in the shop, nought to ten, ten being totally real?", "A five.",
          "Okay."), "realness rating", {5.0}),
        (("Let's do the card. Urge to use, zero to five, worst day?", "A three on Friday.",
          "Okay."), "urge rating", {3.0}),
        (("Self-harm urges, zero to five, highest this week?", "A five on Monday.",
          "And suicidal urges?", "A two, mostly.", "Thank you."), "suicidal urge rating",
         {2.0}),
        (("Cravings are what we track. Zero to ten, how strong is the urge today?", "Six.",
          "Okay."), "cravings rating", {6.0}),
        (("Joint pain, nought to ten, this morning?", "Four. And tiredness is worse, an eight.",
          "I see."), "tiredness (fatigue) rating", {8.0}),
        (("How hopeful do you feel, nought to ten?", "A six. Last week I'd have said two.",
          "Okay."), "hope rating", {6.0, 2.0}),
    ],
)  # fmt: skip
def test_ratings_in_the_clinicians_word(
    labelled: bool, turns: tuple[str, ...], name: str, scores: set[float]
) -> None:
    found = _found(labelled, *turns)
    assert scores <= {s for n, s in found if n == name}, found


def test_a_diary_cards_urge_keeps_its_scale_of_five() -> None:
    found = measures("Self-harm urge, zero to five, this week?", "A four on Tuesday.", "Ok.")
    assert ("self-harm urge rating", 4.0) in found, found


@pytest.mark.parametrize(
    ("turns", "not_found"),
    [
        (("How many hours did you sleep on Sunday?", "Four, maybe.", "Okay."),
         ("sleep rating", 4.0)),
        (("How long were you awake?", "Three, I think.", "Hm."), ("self rating", 3.0)),
        (("And the sleeping tablets?", "The zopiclone, seven point five.", "Right."),
         ("sleep rating", 7.5)),
        (("Urges, zero to ten?", "Seven.", "And the sleeping pills?", "Still two.", "Okay."),
         ("sleep rating", 2.0)),
        (("You did the Tampa Scale. It came to forty out of a hundred.",
          "Last year I'd have said none.", "Okay."), ("self rating", 0.0)),
        (("I cut down from zero to five drinks a day.", "Well done.", "A four, I'd say."),
         ("self rating", 4.0)),
        (("How awful was the drive, nought to ten?", "An eight."), ("awfulness rating", 8.0)),
    ],
)  # fmt: skip
def test_counts_and_tablets_that_are_no_rating(
    turns: tuple[str, ...], not_found: tuple[str, float]
) -> None:
    found = measures(*turns)
    assert not_found not in found, found


@pytest.mark.parametrize("labelled", [True, False])
@pytest.mark.parametrize(
    ("turns", "name", "scores"),
    [
        (("Your mood form, the PHQ-9, was it nineteen last time?",
          "Nineteen in March, and fourteen today.", "Oh good."), "PHQ-9", {19.0, 14.0}),
        (("Sam, your RAS is twenty-eight. Lee, yours is twenty-four; at the first session it "
          "was eighteen.", "Good."), "RAS",
         {28.0, 24.0, 18.0}),
    ],
)  # fmt: skip
def test_today_and_earlier_said_in_one_sentence(
    labelled: bool, turns: tuple[str, ...], name: str, scores: set[float]
) -> None:
    found = _found(labelled, *turns)
    assert scores <= {s for n, s in found if n.startswith(name)}, found


def test_a_count_after_a_score_said_back_is_no_score() -> None:
    found = measures(
        "Your PHQ-9, was it twelve last time?", "Twelve in May, and two kids off sick.", "Oh."
    )
    assert ("PHQ-9", 2.0) not in found, found
