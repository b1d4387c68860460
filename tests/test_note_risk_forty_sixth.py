"""Risk rules of issue 17's forty-sixth pass, from the misses of the blind set bb01-bb22 (read
after it was measured blind in the forty-fifth pass), each in wordings of its own, with and
without speaker labels; and everyday sentences with the same words, which must not be read so."""

from __future__ import annotations

import pytest

from tests.note_fixtures import ROLES, endorsed, found

_HOW = "How have things been?"
_THOUGHTS = "Have you had thoughts of ending your life?"
_OTHERS = "Have you thought about hurting someone else?"
_SELF = "Have you hurt yourself on purpose?"


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # a purpose asked and said without a subject
        (("Why were you keeping the pills in your drawer?", "You know why. To go to sleep for "
          "good."), "suicidal_ideation"),
        (("What was the rope in the shed for?", "To hang myself, if it came to it."),
         "suicidal_ideation"),
        # a summary agreed with in other words, or in another tongue
        (("Let me check I have it. You've been thinking about killing yourself since the "
          "divorce.", "All true. Every word."), "suicidal_ideation"),
        (("So you've had thoughts of ending your life on the night shifts. Is that right?",
          "Genau. Most nights."), "suicidal_ideation"),
        (("So the twins are alone all night while you're at work. Is that right?",
          "That is what happened, yes."), "abuse_or_neglect"),
        (("So your son is on his own overnight when you go out?", "Yes."), "abuse_or_neglect"),
        # being gone said in the present, either or asked
        (("Better if you moved away, or better if you're not alive?", "Not alive. Yes."),
         "suicidal_ideation"),
        ((_HOW, "Honestly it's better if I'm not alive, that's what I think at night."),
         "suicidal_ideation"),
        ((_HOW, "My kids would be safer without me."), "suicidal_ideation"),
        # a load one thinks of bringing down on oneself
        ((_HOW, "On the crane I keep thinking of letting the beam swing so it lands on top of "
          "me."), "suicidal_ideation"),
        ((_HOW, "The kids are by themselves every night while I work the bar."),
         "abuse_or_neglect"),
    ],
)  # fmt: skip
def test_found(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    assert kind in endorsed(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # "Sometimes ..." and then "but no, not like that"
        ((_THOUGHTS, "Sometimes I wonder what the point of it all is... but no, not like that. "
          "I have my girls."), "suicidal_ideation"),
        # the question's words said back, asking, then no
        ((_THOUGHTS, "I ask myself why this happened to me. But kill myself? No. Never."),
         "suicidal_ideation"),
        # an injury at work, not someone's act
        ((_SELF, "No, never. The accident hurt me enough."), "self_harm"),
        # a summary that says nobody hurts, agreed with
        (("So nobody hurts you, but the night carer is a bit brisk.", "That's it."),
         "abuse_or_neglect"),
    ],
)  # fmt: skip
def test_denied(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    assert kind not in endorsed(*turns, roles=roles)
    if kind != "self_harm":
        assert (kind, "denied") in found(*turns, roles=roles)


@ROLES
def test_an_intrusive_picture_disowned_at_once_is_no_intent(roles: bool) -> None:
    # the picture told with a colon and disowned in the next sentence; intent denied later
    turns = ("Why do you avoid the stairs with him?",
             "When I carry him down the image comes: I drop him over the banister. I hate it. "
             "It just arrives.", "Do you have any wish or intention to hurt your son?",
             "No. Never. I love him more than anything.")  # fmt: skip
    assert "harm_to_others" not in endorsed(*turns, roles=roles)
    assert ("harm_to_others", "denied") in found(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "turns",
    [
        # a purpose that is harmless
        ("What was the knife in your bag for?", "To cut the cake at my sister's party."),
        # children alone in their rooms at night, asleep; things stacked safely
        (_HOW, "The kids are alone at night in their rooms now, they sleep through."),
        (_HOW, "I stacked the crates so they won't fall on me when I reach up."),
        # the roads safer without one's driving; a machine's injury
        (_HOW, "The roads would be safer without me driving, my eyes are going."),
        (_HOW, "The machine hurt my hand last year, the guard was off."),
        (_HOW, "It's better if I'm not here when the plumber comes."),
    ],
)  # fmt: skip
def test_no_endorsement(turns: tuple[str, ...], roles: bool) -> None:
    assert not endorsed(*turns, roles=roles)
