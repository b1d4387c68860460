"""Risk rules of issue 17's fortieth pass, from the misses of the blind set av01-av22 (read after
it was measured blind in the thirty-ninth pass), each in wordings of its own with and without
speaker labels, and everyday sentences with the same words, which must not be read so."""

from __future__ import annotations

import pytest

from tests.note_fixtures import ROLES, found

_HOW = "How have things been?"


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # death welcomed, in a clinician's summary the client lets stand, or told
        (("So at times you'd welcome dying, as long as you didn't have to do anything. Is that "
          "fair?", "That's fair. Most nights."), "suicidal_ideation"),
        ((_HOW, "Honestly, I'd welcome death at this point."), "suicidal_ideation"),
        # a death escaped, asked after or wished for
        ((_HOW, "Some nights I ask God why the fire did not take me too."), "suicidal_ideation"),
        ((_HOW, "It would have been easier if the crash had taken me."), "suicidal_ideation"),
        # sleep with no waking, and others fine without one
        ((_HOW, "Sometimes I think if I go to sleep and I don't wake up, the kids will be fine "
          "with their dad."), "suicidal_ideation"),
        ((_HOW, "It would be more efficient if I wasn't alive."), "suicidal_ideation"),
        # a literal no to the feeling, then the thought owned; a no and its turn as one sentence
        (("Do you want to kill yourself?", "No. I don't want to. I think about it."),
         "suicidal_ideation"),
        (("Any thoughts of suicide?", "No, but sometimes."), "suicidal_ideation"),
        # a gun held ready, told of oneself or of a mate and then owned
        ((_HOW, "I sat in the garage with my dad's shotgun in my lap till it got light."),
         "suicidal_ideation"),
        ((_HOW, "A mate of mine from the regiment sat in his car with his rifle across his lap "
          "most of one night.", "Is that mate someone you know well?", "The mate was me."),
         "suicidal_ideation"),
        # a weapon taken after someone, summed up and agreed; a wish to chop him
        (("The report says you went after your landlord with a bat.", "Yes. That's what "
          "happened."), "harm_to_others"),
        ((_HOW, "When he laughed at my mother I wanted to chop him, I swear."), "harm_to_others"),
        # the fourteenth probe's forms, in words of their own
        ((_HOW, "I looked up when the river's high enough to wade in and not come out."),
         "suicidal_ideation"),
        ((_HOW, "I hid the razors in my sock drawer and I've been using them on myself again."),
         "self_harm"),
        (("Those scars on your arm, are they something you did to yourself?", "Yes."),
         "self_harm"),
        ((_HOW, "Last week I very nearly glassed a bloke at the bar."), "harm_to_others"),
        ((_HOW, "I sat outside his flat with a crowbar in the boot, waiting for him."),
         "harm_to_others"),
        (("Have you been carrying a blade in case he shows up?", "Yes."), "harm_to_others"),
        ((_HOW, "I said I'd kill him if he touched her again, and I meant it."), "harm_to_others"),
        ((_HOW, "My nephew has been cashing Gran's pension and she's left with nothing for food."),
         "abuse_or_neglect"),
        ((_HOW, "She took my bank card and my phone and I have to ask her for money for milk."),
         "abuse_or_neglect"),
        ((_HOW, "Some bloke online says he'll post my photos unless I pay him."),
         "abuse_or_neglect"),
        ((_HOW, "The home help is rough with Dad when she washes him."), "abuse_or_neglect"),
        ((_HOW, "My uncle whipped me with a cable when I was small."), "abuse_or_neglect"),
        (("Have you had thoughts of ending your life?",
          "My husband asked me that and I told him yes."), "suicidal_ideation"),
        (("Have you thought about taking an overdose?", "I've thought about taking a handful."),
         "suicidal_ideation"),
        # the thirteenth probe's leftovers, in words of their own: an overdose not meant to kill
        # is self-harm; a yes said by why one came, or by the answer the asker knows
        ((_HOW, "I took a load of my nan's painkillers last night, not to die, just to sleep."),
         "self_harm"),
        (("Have you had thoughts of ending your life?", "That's partly why I came in today."),
         "suicidal_ideation"),
        (("Do you get urges to hurt him?", "I think you know the answer to that."),
         "harm_to_others"),
        # quieter words, from a battery written for the pass (not from any dialog or probe)
        ((_HOW, "Lying in the bath I think how easy it would be to just slip under."),
         "suicidal_ideation"),
        ((_HOW, "Last night I was looking up how many of the sleeping pills it takes."),
         "suicidal_ideation"),
        ((_HOW, "No point in me being here any more, the family would cope fine."),
         "suicidal_ideation"),
        ((_HOW, "I press on the cuts on my arm till they bleed, then I can sleep."), "self_harm"),
        ((_HOW, "I bashed my head against the door at home till it went quiet."), "self_harm"),
        # answers from a battery written for the pass: "not every day" says some days; a yes
        # one would be lying to deny; someone protected; "the usual"; a threat to show photos
        (("Any thoughts of suicide lately?", "Not every night. Most nights, though."),
         "suicidal_ideation"),
        (("Any thoughts of ending it?", "I'd be lying if I said they hadn't come back."),
         "suicidal_ideation"),
        (("Is someone at home hurting you?", "I don't want to get her in trouble."),
         "abuse_or_neglect"),
        (("Have you done anything to hurt yourself?", "Just the usual. The legs."), "self_harm"),
        ((_HOW, "She says if I don't, she'll send my dad the pictures."), "abuse_or_neglect"),
        # plain telling, from a third battery written for the pass
        (("Anything else before we stop?", "On Saturday I sat on the edge of the car park roof "
          "for ages. I didn't jump."), "suicidal_ideation"),
        (("How was the week?", "I found myself in the bathroom with the blades again."),
         "self_harm"),
        (("What happened then?", "I followed him out and knocked him out cold."),
         "harm_to_others"),
        (("How are you sleeping?", "Badly. I lie awake planning how I'd end it."),
         "suicidal_ideation"),
        (("What happened?", "I took all of my pills with half a bottle of gin."),
         "suicidal_ideation"),
        (("How's the anger?", "I'm gonna deck the next bloke who looks at me funny."),
         "harm_to_others"),
        (("How are the children?", "I haven't been feeding the kids properly, I can't face it."),
         "abuse_or_neglect"),
        (("How's your dad?", "My sister's been shoving him around when she's had a drink."),
         "abuse_or_neglect"),
        (("Anything you want to tell me?", "My uncle makes me do stuff to him. He says no one "
          "would believe me."), "abuse_or_neglect"),
        (("Have you had thoughts of ending your life?", "A bit worse this week, to be honest."),
         "suicidal_ideation"),
        # a fourth battery: means gathered or looked up, a death hoped for at speed, a blade held
        ((_HOW, "I stopped my antidepressants and I've been stockpiling them in a tin."),
         "suicidal_ideation"),
        ((_HOW, "I looked up the highest bridges near here on my phone."), "suicidal_ideation"),
        ((_HOW, "I drive too fast on the bypass at night hoping I crash."), "suicidal_ideation"),
        ((_HOW, "I pressed the razor against my arm till I heard the kids."), "self_harm"),
        # the act taken as done by a question about it, whatever the answer
        (("Did you want to die when you burned yourself?", "No."), "self_harm"),
        (("Were you trying to end things when you cut your wrists?", "No, it wasn't that."),
         "self_harm"),
        (("Why did you cut yourself?", "To feel something."), "self_harm"),
        (("How come you hit him?", "He called my sister a slag."), "harm_to_others"),
    ],
)  # fmt: skip
def test_found(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    assert (kind, "endorsed") in found(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # a question misheard and said back, then answered
        (("Have you hurt yourself?", "Oh, hurt myself. No, never."), "self_harm"),
        # a yes with an accident, then the question asked again "on purpose"
        (("Have you hurt yourself?", "Yes. I cut my finger on the bread slicer.",
          "I mean on purpose. Have you ever hurt yourself on purpose?", "Then no. Never on "
          "purpose."), "self_harm"),
    ],
)  # fmt: skip
def test_denied_and_not_endorsed(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    got = found(*turns, roles=roles)
    assert (kind, "denied") in got
    assert (kind, "endorsed") not in got


@ROLES
@pytest.mark.parametrize(
    "turns",
    [
        # an accident told after a bare yes
        ("Have you hurt yourself?", "Yes. I burned my thumb on the kettle yesterday."),
        # death accepted when it comes, not wished
        ("Do you wish you could die sooner?", "I am ready to go when the Lord calls, but I won't "
         "hurry it."),
        # a sport that hurts, not a person
        ("Have you been hurt by anyone?", "No. Only the football hurts me."),
        # an interpreter calling the words to come a saying
        ("Any thoughts of hurting the landlord?", "That is a saying, doctor, like in English, "
         "I will break his legs."),
        ("Any thoughts of hurting the landlord?", "I will break his legs, that's a saying."),
        # a rescue dose
        (_HOW, "My neighbour went blue on the stairs and I hit him with the Narcan."),
        # help sought when the urge comes, asked about: its yes says who would be called
        ("Would you call someone when you feel like you might hurt yourself?", "Yes."),
        ("Could you ring the crisis team if you wanted to end your life?", "Yes, I've got it."),
    ],
)  # fmt: skip
def test_no_endorsement(turns: tuple[str, ...], roles: bool) -> None:
    assert not {s for s in found(*turns, roles=roles) if s[1] == "endorsed"}


@ROLES
@pytest.mark.parametrize(
    "said",
    [
        "Why didn't the bus take me to the station this morning?",
        "I chased the kids round the garden with a water gun.",
        "I sat with the baby in my lap all evening.",
        "I want to chop the firewood before the rain comes.",
        "If I go to sleep and don't wake up till noon, that's fine on a Sunday.",
        "It would be more efficient if I wasn't in the office on Mondays.",
        "The club would welcome the end of the season, we're all shattered.",
        "I cut my finger on the bread knife, it's fine now.",
        "He held a gun to my head in the robbery, I still see it.",
        "I nearly hit a cyclist on the roundabout this morning.",
        "I've been using it on myself, the cream the GP gave me for the rash.",
        "I scrub my hands till they're raw at work, it's theatre rules.",
        "I mean to finish him at chess tonight.",
        "I took a hammer to the old shed roof on Saturday.",
        "We went down to the harbour to swim and didn't come back till dark.",
        "I looked up how many it takes to fill the paddling pool.",
        "There's no point in me being here if the manager doesn't turn up.",
        "It would be easy to just let go of the rope swing, but I held on.",
        "I stood on the bridge watching the boats come in.",
        "We're planning how to do the loft conversion.",
        "I took all my tablets this morning with a glass of water.",
        "The bus knocked the wing mirror clean off.",
        "My mum makes me do the dishes for her every night.",
        "I've been saving up for a new car, I drive too fast anyway.",
        "I hope something happens at the party this weekend, it's been so dull.",
        "I held the kitchen knife to the chopping board and sliced the onions.",
    ],
)
def test_everyday_words_otherwise(said: str, roles: bool) -> None:
    got = found(_HOW, said, roles=roles)
    assert ("suicidal_ideation", "endorsed") not in got
    assert ("harm_to_others", "endorsed") not in got
    assert ("self_harm", "endorsed") not in got


@ROLES
@pytest.mark.parametrize(
    "said",
    [
        "The bar staff were rough with him when they threw him out.",
        "She keeps my phone and my keys in her bag when we go out.",
        "I draw Mam's pension for her every Thursday since her stroke.",
        "We leave the little ones with their nan when we go to the match.",
        "The band says they'll post the photos from the gig unless the venue objects.",
    ],
)
def test_everyday_words_are_no_abuse(said: str, roles: bool) -> None:
    assert ("abuse_or_neglect", "endorsed") not in found(_HOW, said, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "turns",
    [
        # batteries written for the pass (not from any dialog or probe): what sounds like risk
        # and is no one's own
        (_HOW, "My wife says I'm killing her with the new diet, but she's lost half a stone."),
        (_HOW, "Nan's deaf as a post, she thought I said I wanted to die when I said a pie."),
        (_HOW, "I jabbed my thumb with a pin knitting the baby's cardigan."),
        (_HOW, "I've been starving myself of sleep with these early shifts."),
        ("Has anyone hurt you?", "Only the physio, and I pay her for it."),
        ("Any thoughts of suicide?", "I volunteer on the suicide helpline, so I hear about it all "
         "week for other people."),
        ("Do you get urges to hurt anyone?", "I thought about killing the printer this morning."),
        ("Have you had thoughts of not wanting to be here?", "Here in this job? Every day. But "
         "alive, yes, I want to live."),
        ("Have you hurt yourself lately?", "Eh? Hurt my knee? Yes, I slipped on the wet step."),
        ("Is anyone at home hitting you?", "My wife hits the roof when I'm late, but she's never "
         "touched me."),
        ("Any thoughts of ending it?", "Ending it with her? Yes, we're splitting up."),
        ("Have you thought about taking an overdose?", "I've thought about taking a long "
         "weekend, does that count?"),
        ("Any thoughts of violence?", "Only at the telly when the news is on, and that's just "
         "shouting."),
        ("Any thoughts of suicide?", "I don't want to get him in trouble, he's only the lodger."),
    ],
)  # fmt: skip
def test_batteries_no_endorsement(turns: tuple[str, ...], roles: bool) -> None:
    assert not {s for s in found(*turns, roles=roles) if s[1] == "endorsed"}


def test_a_diary_card_urge_acted_on_is_self_harm() -> None:
    # speakers known: the card read out by the client (without labels the rating reads as the
    # clinician's and is left)
    got = found("What does the card say for Tuesday?", "Urge to self-harm four, acted on it, yes.")
    assert ("self_harm", "endorsed") in got
