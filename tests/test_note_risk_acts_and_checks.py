"""Risk rules of issue 17's eleventh pass, each on invented sentences (none copied from a dialog):
an answer that says when in other ways ("In the recovery ward, the first night.", "At
nineteen."); a wish to stop existing; a death welcomed as "alright by me"; harm to others by a
shove, a slap or a choke; a bite into one's own arm, a scratch with something until it bled, a
burn held on; "I'd cut my arm off before ..." as a figure of speech; a sentence that speaks words
of risk, checked at once ("Is that something you actually mean?", "Have you ever acted on that
thought?") and answered; a whole box of pills taken, and being let go asked for, as passages; a
fear of doing harm ("scared I'd shove him") is no intent; urges to hurt people are not self-harm."""

from __future__ import annotations

import pytest

from localnotes.notes.extract import extract
from localnotes.types import Segment


def read(*turns: str) -> tuple[set[tuple[str, str]], list[tuple[str, ...]]]:
    who = ("clinician", "client")
    segs = [Segment(i * 4.0, i * 4.0 + 3.5, t, who[i % 2]) for i, t in enumerate(turns)]
    ex = extract(segs)
    return {(r.kind, r.status) for r in ex.risk}, [p.kinds for p in ex.review]


def said(text: str) -> set[tuple[str, str]]:
    return read("How have things been?", text)[0]


WISHED = "Were there times after the accident when you wished you'd died?"


@pytest.mark.parametrize(
    "answer",
    ["In the recovery ward, the first night.", "At nineteen, after the crash.", "The first week."],
)
def test_an_answer_that_says_when_or_where_says_yes(answer: str) -> None:
    assert ("suicidal_ideation", "endorsed") in read(WISHED, answer)[0]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("On the roof I just wanted to stop existing.", "suicidal_ideation"),
        ("Some nights I think, if I didn't wake up, that'd be alright by me.", "suicidal_ideation"),
        ("I shoved him into the wall.", "harm_to_others"),
        ("I slapped her across the face.", "harm_to_others"),
        ("I choked him until he passed out.", "harm_to_others"),
        ("When I'm furious I bite my forearm, hard enough to leave marks.", "self_harm"),
        ("I used to scratch my forearms with a pen cap until they bled.", "self_harm"),
        ("I held my palm over the candle until I couldn't stand it.", "self_harm"),
        ("She pressed her hand... no, I pressed my hand on the hot iron.", "self_harm"),
    ],
)
def test_acts_and_wishes_in_new_words_are_endorsed(text: str, kind: str) -> None:
    assert (kind, "endorsed") in said(text)


@pytest.mark.parametrize(
    "text",
    [
        "If I didn't wake up on time, that'd be alright by me, it's my day off.",
        "I kicked him out of the flat.",
        "I put my hand on the stove by accident.",
        "I held my hands under the hot water to warm them up.",
        "I'd cut my arm off before I touched them.",
        "I'd rather chew my own leg off than sit through that meeting.",
        "I cut my hand off before I let him see my diary.",  # "I'd" lost by speech recognition
    ],
)
def test_their_everyday_neighbours_are_not(text: str) -> None:
    assert not any(status == "endorsed" for _, status in said(text))


def test_words_of_risk_checked_at_once_are_decided_by_the_answer() -> None:
    before = ("What went through your mind?", "That I'd rather be dead than keep going.")
    meant = read(*before, "Is that something you actually mean?", "In the moment, yes.")[0]
    assert ("suicidal_ideation", "endorsed") in meant
    a_saying = read(*before, "Is that something you actually mean?", "No, it's just a saying.")
    assert a_saying[0] == {("suicidal_ideation", "denied")}
    acted = read(*before, "Have you ever acted on that thought?", "Once, at sixteen.")[0]
    assert ("suicidal_ideation", "endorsed") in acted


@pytest.mark.parametrize(
    ("text", "passage"),
    [
        ("I took my dad's tramadol, the whole box.", True),
        ("I asked the nurse to just let me go.", True),
        ("I asked my boss to let me go early on Friday.", False),
    ],
)
def test_a_box_taken_and_being_let_go_asked_for_are_passages(text: str, passage: bool) -> None:
    assert (("suicidal_ideation",) in read("How was the week?", text)[1]) is passage


def test_a_fear_of_doing_harm_is_not_harm_endorsed_but_is_read() -> None:
    found, passages = read("How are things with him?", "I've been scared I'd shove him back.")
    assert ("harm_to_others", "endorsed") not in found
    assert ("harm_to_others",) in passages
    assert ("harm_to_others", "endorsed") in said("Last night I shoved him back.")


def test_urges_to_hurt_people_are_not_self_harm() -> None:
    found, _ = read("Are you having urges to hurt people now?", "Some days, yes.")
    assert found == {("harm_to_others", "endorsed")}
    assert read("Any urges to hurt yourself?", "Sometimes.")[0] == {("self_harm", "endorsed")}


@pytest.mark.parametrize(
    "text",
    [
        "If the ringing never stops, I'm not sure I want to be around.",
        "Honestly it would be a relief not to wake up some mornings.",
    ],
)
def test_passive_ideation_in_other_words(text: str) -> None:
    assert ("suicidal_ideation", "endorsed") in said(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm not sure I want to be around when they open the results.",
        "It would be nice not to wake up at five for the early shift.",
    ],
)
def test_being_somewhere_or_waking_early_is_not_ideation(text: str) -> None:
    assert ("suicidal_ideation", "endorsed") not in said(text)


def test_wished_you_died_as_speech_recognition_hears_it_and_not_since_coming_home() -> None:
    q = "Were there any times since the surgery when you wished you died?"
    assert ("suicidal_ideation", "endorsed") in read(q, "Yes, in the first week.")[0]
    found = read("Any thoughts of death now?", "No, not since I came home.")[0]
    assert found == {("suicidal_ideation", "denied"), ("suicidal_ideation", "endorsed")}


def test_are_you_safe_at_home_is_asked_like_do_you_feel_safe() -> None:
    q = "Are you safe at home?"
    assert read(q, "Yes, it's just me and the dog.")[0] == {("abuse_or_neglect", "denied")}
    assert read(q, "Not really, no.")[0] == {("abuse_or_neglect", "endorsed")}
