"""Risk rules of issue 17's forty-seventh pass, from the misses of the blind set bc01-bc22 (read
after it was measured blind in the forty-sixth pass), each in wordings of its own, with and
without speaker labels; and everyday sentences with the same words, which must not be read so."""

from __future__ import annotations

import pytest

from tests.note_fixtures import ROLES, endorsed

_HOW = "How have things been?"


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # a clinician's "That sounds like ..." summary, a few words added, then checked
        (("That sounds like you want to hurt him badly. Or worse. Did I hear you right?",
          "Yes."), "harm_to_others"),
        # an interpreter's turn that opens with a remark before "Now he says ..."
        (("Does he sleep?", "He says not much.", "Does he work?", "He says no, not here.",
          "Does he eat?", "He says a little, some bread.", "Does he have thoughts of dying?",
          "He is crying. Now he says he begs God every night to let him die in his sleep."),
         "suicidal_ideation"),
        # abuse told as what followed whenever the client did something, in the past
        ((_HOW, "If I asked for my pay, the foreman beat me with a stick."), "abuse_or_neglect"),
        # papers taken by an owner, a farmer, a foreman
        ((_HOW, "The farmer took my passport the day I arrived."), "abuse_or_neglect"),
        # a hand on someone's throat; a door battered till one's knuckles bleed
        ((_HOW, "I had my hand on his throat before my mate pulled me off."), "harm_to_others"),
        ((_HOW, "I bash the door till my knuckles bleed."), "self_harm"),
        # drinking to black out, on purpose or to stop feeling
        (("What happens at night?", "I drink the whole bottle of vodka so I black out. On "
          "purpose."), "self_harm"),
        ((_HOW, "I drink until I black out, to stop feeling anything."), "self_harm"),
        # neglect owned in a word
        ((_HOW, "I've been neglecting my dad, I know it."), "abuse_or_neglect"),
        (("What happened with your gran?", "I neglected her. That's the truth."),
         "abuse_or_neglect"),
        # abuse the clinician names, as what happened to the client
        (("He kept your passport and made you work for nothing. That is trafficking, and none "
          "of it was your fault.", "I know that now."), "abuse_or_neglect"),
        # control told as such
        ((_HOW, "My husband is controlling my wages and my phone."), "abuse_or_neglect"),
        ((_HOW, "She decides who I can see and when."), "abuse_or_neglect"),
        # an accident wished
        ((_HOW, "Crossing the road I think, if the lorry hits me, so be it."),
         "suicidal_ideation"),
        (("So you wish for a crash, on the motorway, most nights.", "Yes."),
         "suicidal_ideation"),
    ],
)  # fmt: skip
def test_found(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    assert kind in endorsed(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # a saying of the client's, quoted back by the clinician and called a way of talking
        (('You told the nurse, "I could hang myself with boredom on this ward." Did you mean '
          "anything by it?", "No. It's how people talk in here."), "suicidal_ideation"),
        # an accident wished on someone else's things; a bus wished, no one's abuse
        ((_HOW, "I wish an accident would happen to his car."), "suicidal_ideation"),
        ((_HOW, "Sometimes I wish a bus would hit me."), "abuse_or_neglect"),
    ],
)  # fmt: skip
def test_not_that_kind(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    assert kind not in endorsed(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "said",
    [
        "I thought the school would say I was neglecting her, but they were kind.",
        "I neglected my garden all summer.",
        "The physio is controlling my pain well.",
        "I wish the crash had never happened.",
        "The shop owner took my papers to copy them for the lease.",
        "I had my hand on her throat to check her pulse.",
        "If I asked for more chips, my dad laughed at me.",
        "That's grooming, the way the coach talks to the girls, I told the club.",
        "I hit the post so hard with the ball, the lads were laughing.",
    ],
)
def test_harmless(said: str, roles: bool) -> None:
    assert not endorsed(_HOW, said, roles=roles)
