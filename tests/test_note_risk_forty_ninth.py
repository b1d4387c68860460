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


@ROLES
@pytest.mark.parametrize(
    ("said", "kind"),
    [
        # a double negative that owns the act (the tenth battery)
        ("It's not as if I didn't go back to cutting, I just hide it better.", "self_harm"),
        ("I wouldn't say I haven't been burning myself.", "self_harm"),
        ("I can't say she doesn't hit me. She does, sometimes.", "abuse_or_neglect"),
        # arranged or done
        ("There are cards for the boys in the drawer for after I'm gone.", "suicidal_ideation"),
        ("I've been reading about the most painless ways to die.", "suicidal_ideation"),
        ("The beam in the garage would hold me, I've looked.", "suicidal_ideation"),
        ("I keep thinking about using the rifle on myself.", "suicidal_ideation"),
        ("I scalded myself with the kettle on purpose.", "self_harm"),
        ("I ran the blade along my thigh in the bathroom.", "self_harm"),
        ("I've been banging my head on the wall when I can't sleep.", "self_harm"),
        ("I set my dog on the lad from next door.", "harm_to_others"),
        ("I drove straight at him in the car park.", "harm_to_others"),
        ("I'll post those pictures of her online if she leaves.", "harm_to_others"),
        ("I put some bleach in his tea.", "harm_to_others"),
        ("I took my belt to him when he lied.", "harm_to_others"),
        ("I've been leaving my dad in his bed all day with nothing to eat.", "abuse_or_neglect"),
        ("I've been holding back my mum's heart tablets.", "abuse_or_neglect"),
        ("My uncle keeps coming into my room at night.", "abuse_or_neglect"),
        ("He's taken over my bank app, I get nothing.", "abuse_or_neglect"),
        ("She says she'll tell immigration if I go.", "abuse_or_neglect"),
    ],
)  # fmt: skip
def test_found_when_told(said: str, kind: str, roles: bool) -> None:
    assert kind in endorsed(_HOW, said, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "said",
    [
        "I can't say I don't know what you mean.",
        "It's not like I didn't try to stop the car in time.",
        "I wrote letters to my pen pal for after the holidays.",
        "We chose the songs for my gran's funeral, so nobody has to do it later.",
        "I've been reading up on the easiest ways to cook rice.",
        "The beam will hold the new shelf, the builder said.",
        "I let the dog off the lead at the park, she loves it.",
        "I put some sugar in his tea by mistake.",
        "I poured bleach in the toilet and left it overnight.",
        "I took the bins out and then my dog to the vet.",
        "I leave my mum at the day centre all day on Tuesdays, she loves it.",
        "He took over the lease when I moved, which was a relief.",
    ],
)
def test_everyday_when_told(said: str, roles: bool) -> None:
    assert not endorsed(_HOW, said, roles=roles)
