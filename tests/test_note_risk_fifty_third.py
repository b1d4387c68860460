"""Risk rules of issue 17's fifty-third pass, from the misses and wrong endorsements of the set
bi01-bi22 (measured blind in the fifty-second pass and at the fifty-third's start, then read) and
from everyday sentences older rules read as risk, each in wordings of its own, with and without
speaker labels."""

from __future__ import annotations

import pytest

from tests.note_fixtures import ROLES, endorsed, found

_HOW = "How have things been?"
_DID = "Did you do anything to hurt yourself this week?"


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # something done on oneself, said to a question about harm to oneself
        ((_DID, "I did a bit of carving on myself, yeah."), "self_harm"),
        ((_DID, "Ha. Well. I did something to meself, didn't I."), "self_harm"),
        # two interjections before the yes
        ((_DID, "Heh. Well. I did."), "self_harm"),
        # a check agreed with "It is"
        (("That sounds like thinking about ending your life. Am I right?", "It is, yeah."),
         "suicidal_ideation"),
        (("Are the thoughts of dying still there?", "They are."), "suicidal_ideation"),
        # at the wheel
        ((_HOW, "Some nights on the motorway I think about letting go of the wheel."),
         "suicidal_ideation"),
        ((_HOW, "Part of me wants to take my hands off the wheel on that bridge."),
         "suicidal_ideation"),
        ((_HOW, "I've thought about steering into the path of a lorry."), "suicidal_ideation"),
        ((_HOW, "I keep picturing the van going through the barrier with me in it."),
         "suicidal_ideation"),
        ((_HOW, "I think about not braking at the bend by the reservoir."), "suicidal_ideation"),
        # put out and sleeping rough
        ((_HOW, "My stepmum threw me out and I slept in the bus shelter."), "abuse_or_neglect"),
    ],
)  # fmt: skip
def test_found(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    assert kind in endorsed(*turns, roles=roles)


def test_god_asked_by_another_name_to_take_one() -> None:
    # (with speakers known: without them the name is read as someone addressed, open)
    assert "suicidal_ideation" in endorsed(
        _HOW, "Every night I ask Bhagwan to take me.", roles=True
    )
    assert endorsed(_HOW, "I ask Waheguru to take the pain away.", roles=True) == set()


@ROLES
@pytest.mark.parametrize(
    "turns",
    [
        # nothing done
        ("Did you hurt yourself?", "I did nothing."),
        ("Did you hurt yourself?", "I didn't do anything like that."),
        ("Did you hurt yourself?", "I did nothing of the sort."),
        ("Did you do anything to hurt yourself?", "I did nothing to myself."),
        # something done on oneself that is no harm, or asked about another
        ("Did you do anything to hurt yourself?", "I did my hair myself, that's all."),
        ("Have you thought about hurting someone else?", "I did something to myself once."),
        # safe, said with a yes of another English
        ("And is anyone hurting you at home, or are things safe there?", "Ja, safe."),
        ("Is anyone hurting you, or are you safe at home?", "Aye, safe enough."),
        # driving with no wish in it
        (_HOW, "I let go of the wheel to eat a sandwich, not clever."),
        (_HOW, "I could steer into the skid like they taught us."),
        (_HOW, "I had to swerve into the ditch to miss a deer."),
        # everyday tellings with a cue's words
        (_HOW, "I nearly stepped in front of a bus, I wasn't looking."),
        (_HOW, "I scratched my arms on the brambles walking the dog."),
        (_HOW, "I burn my fingers when I'm baking, every single time."),
        (_HOW, "I'll run them over to your place after lunch."),
        (_HOW, "Been cutting again at the gym, carbs are way down."),
        (_HOW, "The kids dared each other jumping off the shed roof."),
        (_HOW, "Not so bad that I'd want to kill myself."),
        # a closed door with no key taken, a game left
        (_HOW, "Dad locks the door at eleven, so I make sure I'm home."),
        (_HOW, "They kicked me out of the game and I sat on the bench."),
    ],
)  # fmt: skip
def test_harmless(turns: tuple[str, ...], roles: bool) -> None:
    assert endorsed(*turns, roles=roles) == set()


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        (("Did you hurt yourself?", "I did nothing."), "self_harm"),
        (("Did you hurt yourself?", "I didn't do anything."), "self_harm"),
        (("Is anyone hurting you at home, or are things safe there?", "Ja, safe."),
         "abuse_or_neglect"),
        ((_HOW, "Not so bad that I'd want to kill myself."), "suicidal_ideation"),
    ],
)  # fmt: skip
def test_denied(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    assert (kind, "denied") in found(*turns, roles=roles)
