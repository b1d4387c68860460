"""Risk rules of issue 17's forty-fourth pass, from the misses of the blind set az01-az22 (read
after it was measured blind in the forty-third pass), each in wordings of its own, with and
without speaker labels; and everyday sentences with the same words, which must not be read so."""

from __future__ import annotations

import pytest

from tests.note_fixtures import ROLES, endorsed, found

_HOW = "How have things been?"
_THOUGHTS = "Have you had thoughts of ending your life?"


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # a wish for an earlier death, summed up and agreed, or told
        (("So you've been wanting an earlier death, and you asked your GP about it. Is that "
          "right?", "That's right."), "suicidal_ideation"),
        ((_HOW, "I just want my end to come quickly, before the pain gets any worse."),
         "suicidal_ideation"),
        ((_HOW, "I've been praying for a quick death, every night."), "suicidal_ideation"),
        (("Last week you wanted an injection to finish it. Is that still how you feel?", "Yes."),
         "suicidal_ideation"),
        ((_HOW, "I looked up the clinic in Switzerland on my tablet last night."),
         "suicidal_ideation"),
        # the clinician's check of what was meant, with no question mark
        ((_HOW, "I want to go and be with my wife.", "You mean die.", "Yes, that's what I mean."),
         "suicidal_ideation"),
        # a yes in another tongue, said first
        ((_THOUGHTS, "Iva, sometimes."), "suicidal_ideation"),
        ((_THOUGHTS, "Ho. Most nights."), "suicidal_ideation"),
        ((_THOUGHTS, "Opo."), "suicidal_ideation"),
        (("Has he hit you before?", "Plenty time, doctor."), "abuse_or_neglect"),
        # Caribbean English: "lick" for a blow with what it was done with, "he hand" for "his hand"
        ((_HOW, "She lick me wid di belt when mi come home late."), "abuse_or_neglect"),
        ((_HOW, "Mi lick him wid a stick, mi not proud of it."), "harm_to_others"),
        ((_HOW, "Last month he put he hand round mi throat."), "abuse_or_neglect"),
    ],
)  # fmt: skip
def test_found(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    assert kind in endorsed(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # a question put after what others feel, told with a clause between
        (("Sometimes when people go through a loss like this, they think about ending their "
          "life. Have you had thoughts like that?", "No, never."), "suicidal_ideation"),
        # Tagalog's "po" of respect, and noes in other tongues
        (("Is anyone hurting you at home? Is it safe there?", "Safe po."), "abuse_or_neglect"),
        (("Have you hurt yourself on purpose?", "Hindi po."), "self_harm"),
        (("Does anyone at home hurt you?", "Le, le. They are good to me."), "abuse_or_neglect"),
    ],
)  # fmt: skip
def test_denied(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    assert (kind, "denied") in found(*turns, roles=roles)
    assert kind not in endorsed(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "turns",
    [
        # biscuits offered: the habitual push urges
        ("Will you have a biscuit?", "I'm always pushing them."),
        (_HOW, "My mother is forever pushing them on the grandkids."),
        # a rest wished for a time
        (_HOW, "I just want to sleep and not wake up for a whole week."),
        # an order named, with no one said to be protected
        (_HOW, "There's a domestic violence order application in, the hearing's on Monday."),
        # a dog's tongue, and a saying
        (_HOW, "The dog licked me with that big tongue of his."),
        (_HOW, "You mean the world to me, you know that."),
        (_HOW, "We were all hoping for a quick end to the strike."),
        (_HOW, "I rang the clinic in town about my knee."),
        (_HOW, "Ho ho, the grandkids dressed me up as Santa."),
    ],
)  # fmt: skip
def test_no_endorsement(turns: tuple[str, ...], roles: bool) -> None:
    assert not endorsed(*turns, roles=roles)
