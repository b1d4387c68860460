"""Risk rules of issue 17's thirty-ninth pass, from the misses of the blind set au01-au22 (read
after it was measured blind in the thirty-eighth pass), each in wordings of its own with and
without speaker labels, and everyday sentences with the same words, which must not be read so."""

from __future__ import annotations

import pytest

from tests.note_fixtures import ROLES, found

_HOW = "How have things been?"


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # a burn or a scratch of one's own skin, told or summed up
        ((_HOW, "When it gets too loud I burn my forearm with a cigarette."), "self_harm"),
        ((_HOW, "I've been scratching my thighs at night, under the covers."), "self_harm"),
        (("So you're using a match to burn your wrist when you can't sleep. Have I got that?",
          "Yeah. That's it."), "self_harm"),
        # the head hit again and again, on purpose or not said
        ((_HOW, "Last night I banged my head on the wardrobe door four times."), "self_harm"),
        # a tool on the skin, the place a sentence of its own
        ((_HOW, "I've been using a razor. On my thighs, where nobody looks."), "self_harm"),
        # what it was, and where, a sentence apart
        (("You don't have to say more than you want.",
          "It was cutting. Same as last time, on my leg."), "self_harm"),
        # "not since": the act's bare verb with its time
        ((_HOW, "I haven't cut since the summer, I threw the blades out."), "self_harm"),
        # a clinician's summary the client lets stand, answered or followed by another question
        (("So there's an urge to smash his face in when he mocks you. Have you ever done it?",
          "No. I walk off."), "harm_to_others"),
        (("So you've been cutting your arms again.", "Yeah."), "self_harm"),
        (("Okay, so the carer has been leaving your mum soiled and without lunch.",
          "That's what the neighbour saw, yes."), "abuse_or_neglect"),
        # a carer's seclusion, told plainly
        ((_HOW, "The night staff locked me in the side room on my own till morning."),
         "abuse_or_neglect"),
        # the belt, said as it is said in some homes
        ((_HOW, "When Dad's angry he does the belt. On my back."), "abuse_or_neglect"),
        # an overdose told by where one woke
        ((_HOW, "I took a handful of my nan's sleeping tablets. Woke up in the ward."),
         "suicidal_ideation"),
        # what another would learn is done: the act inside "if he knew"
        ((_HOW, "If my dad knew I hit my brother, he'd go mad."), "harm_to_others"),
        # a weapon one would use on someone
        ((_HOW, "If he comes near my sister again I'd use the bat on him."), "harm_to_others"),
        # the summary and the next question heard as one sentence, as speech recognition runs
        # a turn on
        (("So there's an urge to shove him, and you've kept your distance, have you ever done "
          "it?", "No, never."), "harm_to_others"),
        # a first cue in a condition, then "but" and the telling, in one run-on sentence
        (("Anything else?",
          "You asked if I hurt myself, I said no, but on Friday I banged my head on the wall "
          "five times, it stops the buzzing."), "self_harm"),
        # the overdose with the apostrophe lost
        (("What happened?", "I took a load of my mums pills, woke up in the hospital."),
         "suicidal_ideation"),
        # the thirteenth probe's forms, in words of their own
        ((_HOW, "most nights i lie there praying i dont wake up"), "suicidal_ideation"),
        ((_HOW, "We got into it outside the pub and I broke his jaw."), "harm_to_others"),
        ((_HOW, "The night carer pinches me when I'm slow and calls me useless every time."),
         "abuse_or_neglect"),
        ((_HOW, "My nephew keeps my pension card and says I'll go in a home if I tell anyone."),
         "abuse_or_neglect"),
        ((_HOW, "I slapped my son too hard last week and it left marks on his arm."),
         "abuse_or_neglect"),
        (("Have you had thoughts of ending it?", "Two or three times this week."),
         "suicidal_ideation"),
        (("Has he hurt you?", "Is true, doctor."), "abuse_or_neglect"),
        (("Has he hurt you?", "[nods, looking at her hands]"), "abuse_or_neglect"),
        ((_HOW, "I've worked out how many it would take to never wake up."),
         "suicidal_ideation"),
        ((_HOW, "There's a noose in the garage and I go out there to look at it."),
         "suicidal_ideation"),
        ((_HOW, "Mum found the new cuts on my thighs from the blade."), "self_harm"),
        ((_HOW, "I wear a hoodie in class so nobody sees what I've done to my wrists."),
         "self_harm"),
        ((_HOW, "The lad gave me lip so I went for him in the car park."), "harm_to_others"),
        ((_HOW, "I messaged her that if she turns up again I'll break her jaw."),
         "harm_to_others"),
        ((_HOW, "I swear, if he calls her that again I will batter him."), "harm_to_others"),
        ((_HOW, "He cut in front of me so I followed him home, pulled him off his bike and "
                "punched him."), "harm_to_others"),
        (("Has the agency kept your passport?", "Yes."), "abuse_or_neglect"),
        ((_HOW, "My uncle touches me when we're alone and says it's our little secret."),
         "abuse_or_neglect"),
        ((_HOW, "I was so drunk I left Dad in his bed all day without his tablets."),
         "abuse_or_neglect"),
        # a retold wish checked for its meaning, and meant in part
        (("When you posted that you wanted to disappear forever, did you mean it?",
          "I sort of meant it."), "suicidal_ideation"),
    ],
)  # fmt: skip
def test_found(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    assert (kind, "endorsed") in found(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # a wish to harm said and called only words, as speech recognition runs it on
        (("Do you want to hurt him?",
          "Sometimes I want to strangle him, is only words, I would never touch him."),
         "harm_to_others"),
        # a note's line read back, agreed to
        (('From last week: "Denies any thoughts of harming others."', "Yep, that's right."),
         "harm_to_others"),
        # a thing struck instead, then people denied a sentence later
        (("Any thoughts of hurting anyone?",
          "I've thought about kicking the bins over. My wife says that's fine. Anyone, no."),
         "harm_to_others"),
        # a question one was asked, told with its no
        (("What did the nurse ask?", "He asked was I suicidal and I said of course not."),
         "suicidal_ideation"),
        # a summary of denials agreed to
        (("So, this week, no burning and no thoughts of killing yourself.", "Yep."),
         "suicidal_ideation"),
        # a no shown, not said, or said as the probe said it
        (("Any thoughts of ending your life?", "[shakes her head slowly]"), "suicidal_ideation"),
        (("Any thoughts of ending your life?", "Mm-mm."), "suicidal_ideation"),
        (("Have you hurt yourself?", "I'd tell you if I did, and I didn't."), "self_harm"),
        # an animal's name as an insult does not hide the denial
        (("Any thoughts of hurting him?", "I called him a rat, but I wouldn't touch him."),
         "harm_to_others"),
        # thoughts of others' deaths, then not one's own
        (("Any thoughts of ending your life?",
          "I think about how people end their lives, because of the documentary. Not about "
          "ending mine."), "suicidal_ideation"),
        # the same run into one sentence
        (("Any thoughts of ending your life?",
          "I have thoughts about how people end their lives because of the documentary, not "
          "about ending mine."), "suicidal_ideation"),
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
        # what people in general feel, taught, and agreed to
        ("So there's usually an urge to hurt yourself when the shame builds, then relief.",
         "Right."),
        ("So there's a part of the brain that wants to fight, like an urge to hit someone.",
         "Okay."),
        # a summary put right at once
        ("So there's an urge to hit him.", "No, that's not what I said. I'm just annoyed."),
        # a summary of another's self-harm
        ("So your brother has been cutting his arms again.", "Yeah."),
        # the question asked back by one who did not hear it, then an accident
        ("How's the new hearing aid?", "Pardon? Oh, have I hurt myself? I tripped on the kerb "
         "and cut my knee."),
        # a thing struck instead of the person, after another's words for it
        ("What did she say about the row?", "She said I was going to kill him, the way I went "
         "at him. I punched the wall, not him."),
        # the summary checked with "is that right?" in the same breath, and put right
        ("So you've been cutting again, is that right?", "No."),
        # a burn done by another, by the stove
        (_HOW, "He shoved me into the cooker and I burned my arm on it."),
    ],
)  # fmt: skip
def test_no_endorsement_of_ones_own(turns: tuple[str, ...], roles: bool) -> None:
    got = found(*turns, roles=roles)
    assert ("harm_to_others", "endorsed") not in got
    assert ("self_harm", "endorsed") not in got


@ROLES
def test_a_dream_of_being_hurt_is_no_abuse(roles: bool) -> None:
    got = found("How have you been sleeping?", "I keep dreaming he's choking me, then I wake up.",
                roles=roles)  # fmt: skip
    assert ("abuse_or_neglect", "endorsed") not in got


@ROLES
def test_a_yes_to_a_tag_question_with_never_is_still_a_yes(roles: bool) -> None:
    got = found("You've never burned yourself, have you?", "Yes.", roles=roles)
    assert ("self_harm", "endorsed") in got


@ROLES
@pytest.mark.parametrize(
    "said",
    [
        "I burned my arm on the oven tray getting the roast out.",
        "I scratch my legs all night, it's the eczema again.",
        "I got burnt my shoulders in the sun at the beach.",
        "I hit my head on the cupboard door this morning.",
        "I used a razor on my legs before the wedding, shaving.",
        "I used a craft knife on my model plane.",
        "I'll go get the hose from the shed.",
        "He took his belt off and hung it up.",
        "I'm killing myself to make weight for the fight.",
        "We locked the dog in the laundry room during the storm.",
        "I haven't cut my hair since the summer.",
        "I was hoping I don't wake the baby when I come in late.",
        "I broke his heart when I left, I know that.",
        "My sister pinches me to wake me up for the bus.",
        "Three or four times a week we go swimming.",
        "I went for a run and then went for a coffee with him.",
        "The rat in the barn has had the feed again, I'll kill him when I catch him.",
        "On the second tour I had to shoot a man who was about to shoot our medic.",
        "My brother says a guy who was going to stab him ran off.",
        "If I have to mark one more essay tonight I'll shoot myself.",
        "That song's chorus is about jumping off a bridge and it's stuck in my head.",
        "I've been drafting the school's policy on self-harm all week.",
        "Mum always worried I'd hurt myself, but I never did and I don't now.",
        "Nobody sees what I do at work, it's all behind the scenes.",
        "The builder took my passport photo for the ID card.",
        "My brother followed him home, dragged him off his bike and punched him.",
    ],
)
def test_everyday_words_otherwise(said: str, roles: bool) -> None:
    assert not {s for s in found(_HOW, said, roles=roles) if s[1] == "endorsed"}
