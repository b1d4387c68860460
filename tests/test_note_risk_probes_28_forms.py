"""Risk rules of issue 17's fifty-fourth pass, from the misses of the probe p28 (measured blind
twice, then read), each in wordings of its own, with and without speaker labels; and everyday
sentences with the same words, which must not be read so."""

from __future__ import annotations

import pytest

from tests.note_fixtures import ROLES, endorsed, found

_HOW = "How have things been?"
_IDEATION = "Have you had thoughts of ending your life?"
_CUTTING = "Have you been cutting or burning yourself?"


@ROLES
@pytest.mark.parametrize(
    ("said", "kind"),
    [
        # ideation: a height looked up for oneself, a jump thought of, an amount asked, affairs
        # put in order, a relative's suicide one expects to follow
        (
            "I checked how tall the tower block is, to see if it would do the job for me.",
            "suicidal_ideation",
        ),
        ("I found out how high the bridge is. It would do the job on me.", "suicidal_ideation"),
        ("I've been thinking about jumping off the viaduct.", "suicidal_ideation"),
        ("I wonder how many of my tablets it would take to never wake up.", "suicidal_ideation"),
        ("I made my will last week and found the cat a new home.", "suicidal_ideation"),
        ("I did my will. Sunday's the date I've set for myself.", "suicidal_ideation"),
        (
            "My cousin took his own life at Christmas, and I'll go the same way one day.",
            "suicidal_ideation",
        ),
        # self-harm: marks hidden, a night's cutting timed, wounds owned after the blood, a blade
        # for relief
        ("I did my hips this time so no one sees the cuts.", "self_harm"),
        ("I couldn't stop cutting till four in the morning.", "self_harm"),
        (
            "She saw the bloody towels. I've been doing it on my legs since Easter.",
            "self_harm",
        ),
        ("When the stress builds I take a blade to my arm.", "self_harm"),
        # harm to others: a weapon one was lucky not to have, readied, planned
        ("She's lucky I didn't have the bat with me.", "harm_to_others"),
        (
            "I was sharpening my machete thinking about the man who robbed my dad.",
            "harm_to_others",
        ),
        ("I keep picturing holding a cushion over my stepdad's face.", "harm_to_others"),
        ("I'm planning to sort out the bloke who robbed my nan.", "harm_to_others"),
        # abuse: children locked in unfed, a worker's passport taken, a no not heeded over a
        # full stop
        ("I shut the kids in their bedroom all night without dinner.", "abuse_or_neglect"),
        ("Sir took away my phone and my passport.", "abuse_or_neglect"),
        ("I kept saying no. He carried on anyway.", "abuse_or_neglect"),
    ],
)
def test_found(said: str, kind: str, roles: bool) -> None:
    assert kind in endorsed(_HOW, said, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "said",
    [
        "I checked how tall the ladder is, to see if it would do the job for me.",
        "I checked how tall the shelf is before I ordered it.",
        "I'm thinking about jumping off the diving board at the pool.",
        "How many hours of sleep does it take to not wake up tired?",
        "I made a will and rehomed the dog before moving to Spain.",
        "Friday's the day I've picked for myself, a spa day.",
        "He killed himself laughing at my jokes.",
        "I wore shorts on my legs so nobody sees the stretch marks.",
        "I got a tattoo on my thigh so nobody sees it at work.",
        "The mower didn't stop cutting until the lawn was done.",
        "When the pressure builds up I take a walk to ease it.",
        "Lucky I didn't have my umbrella, it would have blown away.",
        "I was cleaning my rifle thinking about the deer season.",
        "I keep a knife in the car in case I need to cut rope.",
        "I put a pillow over my face to block the light.",
        "We're planning to do the guy who fixed the roof a favour.",
        "I lock the kids in the car for a minute while I pay for petrol.",
        "The hotel kept my passport overnight at reception.",
        "I cut myself a slice of cake.",
        "I cut myself some slack this week.",
        "I burned myself a CD of the old songs.",
        "I said no to the job. He did the hiring anyway.",
    ],
)
def test_not_read_as_risk(said: str, roles: bool) -> None:
    assert not endorsed(_HOW, said, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "said",
    ["I cut myself a bit last night.", "I cut myself a few times.", "I burned myself a lot."],
)
def test_self_harm_by_degree_still_read(said: str, roles: bool) -> None:
    assert "self_harm" in endorsed(_HOW, said, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("asked", "said", "kind"),
    [
        # a yes hedged with "I reckon", a concession
        (_CUTTING, "I reckon I have, sir.", "self_harm"),
        (_IDEATION, "You're right. I have.", "suicidal_ideation"),
        # a question put through an interpreter in a session not otherwise relayed
        ("Please ask him: has he thought about ending his life?", "Yes.", "suicidal_ideation"),
        # Jamaican "yuh" for "you", a question with no question mark
        ("yuh burn yuhself since last week", "Yes.", "self_harm"),
    ],
)
def test_yes_read(asked: str, said: str, kind: str, roles: bool) -> None:
    assert (kind, "endorsed") in found(asked, said, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("asked", "said", "kind"),
    [
        (_CUTTING, "Not one bit.", "self_harm"),
        (_CUTTING, "Not even a tiny bit.", "self_harm"),
        (_IDEATION, "I ain't never done nothing like that.", "suicidal_ideation"),
    ],
)
def test_no_read(asked: str, said: str, kind: str, roles: bool) -> None:
    got = found(asked, said, roles=roles)
    assert (kind, "denied") in got and (kind, "endorsed") not in got


@ROLES
def test_a_message_passed_on_asks_nothing(roles: bool) -> None:
    assert not found("Tell him I said hello, and did he sleep?", "Yes.", roles=roles)
