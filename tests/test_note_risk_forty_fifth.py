"""Risk rules of issue 17's forty-fifth pass, from the misses of the blind set ba01-ba22 (read
after it was measured blind in the forty-fourth pass), each in wordings of its own, with and
without speaker labels; and everyday sentences with the same words, which must not be read so."""

from __future__ import annotations

import pytest

from tests.note_fixtures import ROLES, endorsed, found

_HOW = "How have things been?"
_THOUGHTS = "Have you had thoughts of ending your life?"
_OTHERS = "Have you thought about hurting someone else?"


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # touching under one's clothes, told or summed up and agreed; sexual messages
        ((_HOW, "At the sleepover her stepdad touched me under my nightie."), "abuse_or_neglect"),
        ((_HOW, "The manager's hands slid up under my shirt in the stockroom."),
         "abuse_or_neglect"),
        (("So your uncle has been sending you sexual messages on your phone. Have I got that "
          "right?", "Yes, you have."), "abuse_or_neglect"),
        # a beating as a child, summed up by the clinician and confirmed
        ((_HOW, "My grandfather had a cane by the door and used it when we were late.",
          "You were a little girl being beaten.", "I was. Most weeks."), "abuse_or_neglect"),
        # a comparison with a past time that happened
        ((_HOW, "It's not like last spring when I was burning my arms with a lighter."),
         "self_harm"),
        # a hot thing held to one's own skin; a burn retold as made on purpose
        ((_HOW, "I heated the knife on the hob till it was red hot and I pressed it to my thigh."),
         "self_harm"),
        (("So those burns you made on purpose, after the arguments. How often?", "Most weeks."),
         "self_harm"),
    ],
)  # fmt: skip
def test_found(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    assert kind in endorsed(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # a first sentence about someone else, then the thing asked denied by name
        ((_THOUGHTS, "I was thinking about my brother. No. I haven't had thoughts of ending my "
          "life."), "suicidal_ideation"),
        # a joke that names something else as the one killed
        ((_THOUGHTS, "Only thing I'm killing is this packet of biscuits."), "suicidal_ideation"),
        # "not anyone", after naming some
        ((_OTHERS, "I don't fight. Not my brothers, not anyone."), "harm_to_others"),
    ],
)  # fmt: skip
def test_denied(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    assert (kind, "denied") in found(*turns, roles=roles)
    assert kind not in endorsed(*turns, roles=roles)


def test_a_yes_to_an_offer_answers_the_offer() -> None:
    # who speaks is unknown: the yes after "... if you agree." agrees to the call, it does not
    # answer the question about hurting someone asked two turns before
    turns = (_OTHERS, "I just want to pay the debt.",
             "I'll ring your brother with you, if you agree.", "Yes. Ring him.")  # fmt: skip
    assert "harm_to_others" not in endorsed(*turns, roles=False)


@ROLES
@pytest.mark.parametrize(
    "turns",
    [
        # hot things held to an ache, hands under clothes for warmth, messages between partners
        (_HOW, "The hot water bottle helps, I hold it on my stomach at night."),
        (_HOW, "It was freezing so I put my hands up under my jumper."),
        (_HOW, "My boyfriend sends me sexual messages, it's a bit of fun."),
        (_HOW, "The nurse touched my arm and told me it was going well."),
        # a comparison with a better time
        (_HOW, "It's not like when I was twenty and could dance all night."),
        # a summary with no one beaten
        (_HOW, "That's a child being silly, nothing more."),
        (_HOW, "The only thing I'm killing is time, waiting for the bus."),
    ],
)  # fmt: skip
def test_no_endorsement(turns: tuple[str, ...], roles: bool) -> None:
    assert not endorsed(*turns, roles=roles)
