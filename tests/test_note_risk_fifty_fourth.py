"""Risk rules of issue 17's fifty-fourth pass, from the misses and wrong endorsements of the set
bj01-bj22 (measured blind in the fifty-third pass and at the fifty-fourth's start, then read),
each in wordings of its own, with and without speaker labels."""

from __future__ import annotations

import pytest

from tests.note_fixtures import ROLES, endorsed, found

_HOW = "How have things been?"


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # the water, an illness or a crash wished to have taken one
        ((_HOW, "Some nights on the pier I think, just let the river take me."),
         "suicidal_ideation"),
        ((_HOW, "Honestly the stroke should have finished me off."), "suicidal_ideation"),
        ((_HOW, "I keep thinking the crash should've finished the job."), "suicidal_ideation"),
        # going the way of one who died by suicide
        ((_HOW, "I sat in the car thinking I would go the same way as my uncle."),
         "suicidal_ideation"),
        # chart words of one's own, and a dose worked out for oneself
        ((_HOW, "After the surgery I had passive SI for a fortnight."), "suicidal_ideation"),
        ((_HOW, "I worked out the dose for my body weight from the formulary."),
         "suicidal_ideation"),
        # what one would have done to another
        (("What would you have done if he'd been there?", "I reckon I would've gone at him."),
         "harm_to_others"),
        ((_HOW, "I kept the crowbar in the van. I think I'd have used it on him."),
         "harm_to_others"),
        # "chop" with a blade, Caribbean English
        ((_HOW, "Mi chop him with a machete when he come in the yard."), "harm_to_others"),
    ],
)  # fmt: skip
def test_found(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    assert kind in endorsed(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "turns",
    [
        (_HOW, "We let the tide take the dinghy out and swam after it."),
        (_HOW, "By rights that fall should have killed me, the doctor said I'm lucky."),
        (_HOW, "The builder should've finished the job before Christmas."),
        (_HOW, "My beard is going the same way as my dad's."),
        (_HOW, "I did the maths for the dog's dose with the vet."),
        (_HOW, "I chop the onions with my mum's old cutlass."),
        # a state, not a wish to die
        (_HOW, "After the night shift I could die of exhaustion."),
        # a thing that wears one out, and exasperation said to one's face
        (_HOW, "These hills are killing my knees, never mind my dad."),
        (_HOW, "The traffic is killing him, two hours each way."),
        (_HOW, "He never rinses the sink, I've told him I'll strangle him one of these days."),
        # a condition told after a no, the one asked about said never to have hurt anyone
        ("Has he been aggressive with anyone when he's unwell?",
         "No. When he's manic he just paints the fence. He's never hurt anybody."),
        # a blow to an adult partner is harm to others, not abuse of a dependent
        (_HOW, "My husband. We were rowing about money and I slapped him."),
    ],
)  # fmt: skip
def test_not_endorsed_or_not_abuse(turns: tuple[str, ...], roles: bool) -> None:
    assert endorsed(*turns, roles=roles) <= {"harm_to_others"}
    if "slapped" not in turns[1]:
        assert endorsed(*turns, roles=roles) == set()


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # a person, as whom one would never hurt
        (("Any thoughts of hurting anyone?",
          "Ha, I shoot rabbits for a living, I'd never hurt a person."), "harm_to_others"),
        # Singapore and Malaysian English: "not even that is possible"
        (("Do you ever think of ending your life?", "Die also cannot. Who will feed the cat?"),
         "suicidal_ideation"),
        # Trinidad's "doh" (don't)
        ((_HOW, "I doh want to dead, Miss, I want to sleep."), "suicidal_ideation"),
        # a thought of harming another owned, then its act firmly disowned in the same turn
        (("Any thoughts of hurting him back?",
          "I've thought about smacking him one. Would I? No. I'd never hurt him."),
         "harm_to_others"),
        (("Have you thought of hurting her?",
          "I've thought about it, giving her a slap. But I wouldn't. I'd never do that to anyone."),
         "harm_to_others"),
    ],
)  # fmt: skip
def test_denied(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    assert (kind, "denied") in found(*turns, roles=roles)
    assert kind not in endorsed(*turns, roles=roles)


@ROLES
def test_a_thought_owned_again_after_the_never_stays_endorsed(roles: bool) -> None:
    turns = (
        "Any thoughts of hurting him?",
        "I've thought about belting him. I'd never do it. But the thought comes every night.",
    )
    assert "harm_to_others" in endorsed(*turns, roles=roles)


@ROLES
def test_a_blow_to_a_parent_is_abuse_too(roles: bool) -> None:
    assert endorsed(_HOW, "My mum. We argued and I pushed her.", roles=roles) == {
        "harm_to_others",
        "abuse_or_neglect",
    }
