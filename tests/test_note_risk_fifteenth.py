"""Risk rules of issue 17's fifteenth pass (from the e-set's misses), each on invented sentences
(none copied from a dialog): the PHQ-9's risk item described and answered in the form's own words
("several days"); a questionnaire answer told back ("You ticked that you'd be better off dead");
"how easy it would be to ..." at an edge; "There's one thing." and "For a second, yes." as yes
answers; a yes that goes on to tell it; a wish said after a condition of one's own ("if it comes
back, I'd rather not be here"); "I wouldn't object if I died in my sleep"; punching one's own body;
"belted me", "held me down"; a carer's "end it for both of us"; a figure of speech checked at once
and taken back later in the answer's turn. And what must not be read so."""

from __future__ import annotations

import pytest

from tests.note_fixtures import found, told


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("On the bridge I thought how easy it would be to take one step.", "suicidal_ideation"),
        ("On the motorway I think how easy it'd be to just not steer.", "suicidal_ideation"),
        ("Some nights I wouldn't object if I died in my sleep.", "suicidal_ideation"),
        ("I wouldn't care if I never woke up, honestly.", "suicidal_ideation"),
        ("When I lose I punch my legs until they bruise.", "self_harm"),
        ("My stepfather belted me when I was small.", "abuse_or_neglect"),
        ("At a party when I was sixteen, a man held me down.", "abuse_or_neglect"),
        ("He was asleep and I thought, I could end it for both of us.", "harm_to_others"),
        ("He was asleep and I thought, I could end it for both of us.", "suicidal_ideation"),
        (
            "Lying awake I thought, if the scan is bad, I'd rather not be here at all.",
            "suicidal_ideation",
        ),
        ("On the floor I thought, next time, don't bother reviving me.", "suicidal_ideation"),
        ("I've thought, if this is all there is, I'd as soon not have it.", "suicidal_ideation"),
        ("I sat in the garage and looked up how many of them it would take.", "suicidal_ideation"),
        # the f-set's misses (the pass's second half)
        ("They'd manage better without me. If I just wasn't here.", "suicidal_ideation"),
        ("Last night I thought I could lie down with the gas on.", "suicidal_ideation"),
        ("When it builds up I hit my legs with my fists.", "self_harm"),
        ("I thought about setting the flat on fire with him inside.", "harm_to_others"),
        ("I thought about turning off at the quarry and driving in.", "suicidal_ideation"),
        ("Most nights I ask the Lord to call me home early.", "suicidal_ideation"),
        ("Honestly? Just take me in my sleep.", "suicidal_ideation"),
        ("Crossing the bridge I think, what if I just didn't turn the wheel.", "suicidal_ideation"),
    ],
)
def test_told(text: str, kind: str) -> None:
    assert (kind, "endorsed") in told(text), told(text)


@pytest.mark.parametrize(
    "text",
    [
        "How easy it would be to just stay in bed all day.",
        "I wouldn't mind if I went to the party, actually.",
        "I punched my card at six and went home.",
        "He held me back from the fight, thank God.",
        "We could end it for both of us by selling the house.",
        "I'd never want to not turn up for my kids.",
        "Someone jumping off a building. That's the video I can't unsee.",
        "I looked up how many calories it would take to gain a pound.",
        "The ants are back. I kill them with spray every morning.",
        "I'm killing myself on these night shifts, honestly.",
        "Some days I just want to stop existing for a while, like a pause button.",
        "If I just wasn't here on Mondays, the office would fall apart.",
    ],
)
def test_not_endorsed(text: str) -> None:
    endorsed = [(k, s) for k, s in told(text) if s == "endorsed"]
    assert not endorsed, endorsed


def test_phq_item_described_and_answered_in_words() -> None:
    for roles in (True, False):
        r = found(
            "The depression form asks about thoughts that you'd be better off dead. "
            "What did you choose?",
            "More than half the days.",
            roles=roles,
        )
        assert ("suicidal_ideation", "endorsed") in r, r
        r = found(
            "One question is about thoughts you'd be better off dead or of hurting yourself. "
            "How did you answer?",
            "Not at all.",
            roles=roles,
        )
        assert ("suicidal_ideation", "endorsed") not in r, r
        assert ("suicidal_ideation", "denied") in r, r


def test_a_questionnaire_answer_told_back_is_endorsed() -> None:
    r = found("On the form you ticked that you'd be better off dead.", "Yes. Some days.")
    assert ("suicidal_ideation", "endorsed") in r, r
    r = found("You marked that you've had no thoughts of killing yourself.", "That's right.")
    assert ("suicidal_ideation", "endorsed") not in r, r


@pytest.mark.parametrize(
    "answer",
    [
        "There's one thing. After the break-up I held a lighter to my wrist.",
        "For a second, yes.",
        "Once, in the spring, when it all fell apart.",
    ],
)
def test_yes_answers(answer: str) -> None:
    r = found("Have you ever hurt yourself on purpose?", answer)
    assert ("self_harm", "endorsed") in r, r


def test_a_yes_that_tells_it_decides_only_the_kinds_it_does_not_name() -> None:
    r = found(
        "Any thoughts of hurting yourself or anyone else?",
        "Yes, I'd never hurt anyone else, but I think about cutting myself.",
    )
    assert ("self_harm", "endorsed") in r, r
    assert ("harm_to_others", "endorsed") not in r, r


def test_thought_about_doing_it_asks_of_what_was_said() -> None:
    r = found(
        "Are those thoughts of ending your life?",
        "Yeah, they are.",
        "Have you thought about actually doing it?",
        "No. I'd never do it to my kids.",
    )
    assert ("suicidal_ideation", "denied") in r, r
    assert ("suicidal_ideation", "endorsed") in r, r


@pytest.mark.parametrize(
    ("said", "check", "why"),
    [
        (
            "I want to die every time I see the bill.",
            "When you say you want to die, any thoughts of ending your life?",
            "No. No. It's a figure of speech.",
        ),
        (
            "I want to strangle him, honestly.",
            "Do you have any plan or intent to hurt him?",
            "No. I'd lose my job. It's anger talking.",
        ),
    ],
)
def test_taken_back_later_in_the_answer_turn(said: str, check: str, why: str) -> None:
    r = found("How have you been?", said, check, why)
    assert not [s for _, s in r if s == "endorsed"], r


def test_not_taken_back_without_saying_it_was_not_meant() -> None:
    r = found(
        "How have you been?",
        "I want to die every time I wake up.",
        "When you say you want to die, any thoughts of ending your life?",
        "No. No. But I mean it, I want it to be over.",
    )
    assert ("suicidal_ideation", "endorsed") in r, r


def test_the_cue_said_back_then_no_is_a_denial() -> None:
    r = found("Any thoughts of ending your life?", "Kill myself, no. Never.")
    assert ("suicidal_ideation", "endorsed") not in r, r


def test_an_answer_that_picks_one_risky_option() -> None:
    r = found("Is that a wish to die, or a thought of ending your life?", "A wish.")
    assert ("suicidal_ideation", "endorsed") in r, r
    r = found("Is that a thought of ending your life, or just frustration?", "Frustration.")
    assert ("suicidal_ideation", "endorsed") not in r, r


def test_intrusive_thoughts_about_a_baby_are_no_endorsement() -> None:
    r = found(
        "Have you had any thoughts of hurting yourself?",
        "No.",
        "Some parents get frightening thoughts about the baby. Has anything like that come up?",
        "Once, I pictured dropping her. It horrified me.",
    )
    assert not [k for k, s in r if s == "endorsed"], r


def test_cutting_retold_answered_with_where() -> None:
    r = found("And you mentioned cutting, back then?", "My arms. Until I was twenty.")
    assert ("self_harm", "endorsed") in r, r
