"""Risk rules of issue 17's forty-ninth pass, from the misses of the set be01-be22 (measured
blind in the forty-eighth pass and at the forty-ninth's start, then read) and of the probe p23
(read after two passes blind), each in wordings of its own, with and without speaker labels; and
everyday sentences with the same words, which must not be read so."""

from __future__ import annotations

import pytest

from tests.note_fixtures import ROLES, endorsed, found

_HOW = "How have things been?"


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # a summary with a time word first, and a check with no object ("Have I understood?")
        (("So last night you wanted to die. Have I understood?", "Yes."), "suicidal_ideation"),
        (("So today you've had thoughts of cutting yourself.", "Yeah."), "self_harm"),
        # a plain summary of a wish or a thought, let stand with a bare yes
        (("You've had a wish to be dead.", "Yes."), "suicidal_ideation"),
        (("You felt like strangling him.", "Yeah."), "harm_to_others"),
        # asked outright
        (("Have you been looking on your phone for ways to end it?", "Yes."), "suicidal_ideation"),
        (("Have you been speeding on purpose, hoping you'd crash and not wake up?", "Yeah."),
         "suicidal_ideation"),
        (("Do you pick at your skin till it bleeds when you're stressed?", "Yes."), "self_harm"),
        (("Have you got out of the van to go after the other driver?", "Yes."), "harm_to_others"),
        (("Have you kept texting him after he told you to leave him alone?", "Yes."),
         "harm_to_others"),
        (("Does your son keep your tablets from you?", "Yes."), "abuse_or_neglect"),
        # told
        ((_HOW, "I sit in my car across from her house to see who she's with."), "harm_to_others"),
        ((_HOW, "My daughter locks the kitchen and I'm not allowed food till I've said sorry."),
         "abuse_or_neglect"),
        ((_HOW, "Dad leaves me and my sister home alone for the weekend with no food."),
         "abuse_or_neglect"),
        ((_HOW, "I told the lads I'd stab him, they thought it was banter, but I meant it."),
         "harm_to_others"),
        ((_HOW, "It's two years since the overdose and I've been thinking about doing it again."),
         "suicidal_ideation"),
        ((_HOW, "I keep praying that if God wants me, let Him take me in my sleep."),
         "suicidal_ideation"),
        ((_HOW, "I pulled the other driver out of his cab at the lights."), "harm_to_others"),
        ((_HOW, "I said the scratches were the dog's, but it wasn't the dog, it was me."),
         "self_harm"),
        ((_HOW, "Dad found the sharpener in my bag, and it's mine, I use it on my thighs."),
         "self_harm"),
        ((_HOW, "I took all my tablets and when I woke up I wished I hadn't woken."),
         "suicidal_ideation"),
        ((_HOW, "I've been punching doors till my knuckles bled."), "self_harm"),
    ],
)  # fmt: skip
def test_found(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    assert kind in endorsed(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "turns",
    [
        # a summary of something else, or put right
        ("So tonight you've had a wish to see your mum.", "Yes."),
        ("You've had thoughts about moving.", "Yes."),
        ("So last night you wanted to die. Have I understood?", "No, I said I was tired."),
        # looking up ways to do ordinary things
        (_HOW, "I've been searching online for ways to get a cheaper mortgage."),
        # a crash feared, not hoped for
        (_HOW, "I drive slowly in the snow, I'm scared I'll crash."),
        # skin bleeding from an accident or another's doing
        (_HOW, "The cat scratched my arm and it bled all over the sofa."),
        (_HOW, "I was a bit myself until it bled, the graze I mean, from the fall."),
        # another who dragged someone out of a car
        (_HOW, "I saw my brother, he dragged him out of his car."),
        # getting out of a car to help
        (_HOW, "I got out of my car to help the other driver, he was shaken up."),
        # stopping calls when asked
        (_HOW, "She asked me to stop calling, so I did, and that was that."),
        # medicine kept back for a test, food kept in the fridge
        (_HOW, "They held back my tablets from me for the scan, the nurse said it was normal."),
        (_HOW, "I keep the food in the fridge locked because of the mice."),
        # a lift home, a day trip
        (_HOW, "My brother will come and take me home after, let him take me to the shops too."),
        (_HOW, "I'm hoping it takes me to the coast this summer, the new car."),
        # another's overdose remembered
        (_HOW, "My mum had an overdose last year and I think about it again and again."),
        # marks that were someone else's doing; blades to shave; a wish about a meal; the frost
        (_HOW, "The marks weren't from the dog, it was the cat."),
        (_HOW, "I bought new blades, it's mine, I use it on my legs to shave."),
        (_HOW, "When I woke up I wished I hadn't eaten so much."),
        (_HOW, "I hit doors at work all day, my knuckles were bleeding from the frost."),
        # a kill for a coffee
        (_HOW, "I'd kill for a coffee, but I meant it, it was a long night."),
    ],
)  # fmt: skip
def test_harmless(turns: tuple[str, ...], roles: bool) -> None:
    assert not endorsed(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "answer",
    ["Not any more, but I did.", "Not now, but I have, yeah.", "[She nods slowly.]",
     "[Client shrugs, then nods.] Sometimes."],
)  # fmt: skip
def test_yes_to_the_past_and_a_nod(answer: str, roles: bool) -> None:
    question = "Have you had any thoughts of ending your life?"
    assert "suicidal_ideation" in endorsed(question, answer, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "answer",
    ["I did not, no, I swear on my kids.", "I do not.", "[He shakes his head.]",
     "[Client looks away, shaking her head.]"],
)  # fmt: skip
def test_no_said_with_a_not_or_a_shake(answer: str, roles: bool) -> None:
    question = "Have you had any thoughts of ending your life?"
    assert ("suicidal_ideation", "denied") in found(question, answer, roles=roles)
    assert "suicidal_ideation" not in endorsed(question, answer, roles=roles)
