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
        # a plan to die asked after
        (("Is that why you've been giving things away, because you're planning to die?", "Yes."),
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


@ROLES
@pytest.mark.parametrize(
    ("said", "kind"),
    [
        # the eighteenth probe's forms, in wordings of their own
        ("I sold the car and paid off the loan because I don't plan on being around much longer.",
         "suicidal_ideation"),
        ("I've been walking the cliff path at dawn, when there'd be no one about to stop me.",
         "suicidal_ideation"),
        ("Some nights I think about taking the lot and making it all stop for good.",
         "suicidal_ideation"),
        ("Since my wife died I am thinking it would be better if I was not alive.",
         "suicidal_ideation"),
        ("My son found the hosepipe in the shed and I said it was for the garden, but it was "
         "meant for me.", "suicidal_ideation"),
        ("i went too far with the blade on my arm on sunday and needed stitches", "self_harm"),
        ("When I lose I take a belt to my own legs until they welt.", "self_harm"),
        ("I've got these marks, I did them with a cigarette after the funeral.", "self_harm"),
        ("I wear long sleeves even in summer because of the cuts.", "self_harm"),
        ("if he keeps the car ill go round there and kick the door in on him", "harm_to_others"),
        ("I keep imagining my hands round my brother-in-law's throat.", "harm_to_others"),
        ("At work I get urges to go for the foreman with a spanner.", "harm_to_others"),
        ("He came into my bed at night and said I must never tell.", "abuse_or_neglect"),
        ("A man online has my photos and says he'll post them unless I pay him.",
         "abuse_or_neglect"),
        ("On late shifts I leave the twins alone till midnight.", "abuse_or_neglect"),
        ("My boss says I'll be sacked if I complain, and my husband hits me when I cry.",
         "abuse_or_neglect"),
    ],
)  # fmt: skip
def test_found_as_the_eighteenth_probe_tells_it(said: str, kind: str, roles: bool) -> None:
    assert kind in endorsed(_HOW, said, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "said",
    [
        "I don't plan on being around for the school run tomorrow, can you swap?",
        "We're planning to die our hair green for the match.",
        "The shop's always busy on Saturdays, there'd be no one about to stop me buying it.",
        "The dentist will make the pain stop for good once the tooth is out.",
        "I went a bit far with the scissors on my fringe, it's very short.",
        "My grandson took a stick to my roses.",
        "I do them with the lighter, the candles on the cake.",
        "I wear long sleeves because of the midges.",
        "If the wind picks up it'll kick the door in on us, the latch is broken.",
        "I keep picturing my hands round the trophy.",
        "The kids were left with their nan for the weekend.",
        "I left the kids at their dad's till Sunday.",
        "She came into my room to say goodnight and keep a secret about my present.",
        "If it rains we'll stay in, and my husband cooks when I'm tired.",
    ],
)
def test_the_eighteenth_probes_words_harmless(said: str, roles: bool) -> None:
    assert not endorsed(_HOW, said, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("answer", "status"),
    [
        ("My doctor asked me the same, and I told him the truth: no.", "denied"),
        ("I had a feeling you'd ask, and no, I don't.", "denied"),
        ("My brother doesn't, he's grand, but me, yeah, I do.", "endorsed"),
        ("I wouldn't say it's often... but yes, it's there.", "endorsed"),
        ("My girlfriend says it's back, and she's right.", "endorsed"),
        ("My dad said he could tell, and he wasn't wrong.", "endorsed"),
    ],
)
def test_the_answers_last_say(answer: str, status: str, roles: bool) -> None:
    got = found(_THOUGHTS, answer, roles=roles)
    assert ("suicidal_ideation", status) in got
    if status == "denied":
        assert ("suicidal_ideation", "endorsed") not in got


@ROLES
@pytest.mark.parametrize(
    ("said", "kind"),
    [
        # the fifth battery's forms, in wordings of their own
        ("I've written out the cat's feeding times for my son, so it's all sorted for after.",
         "suicidal_ideation"),
        ("I left a note for each of my grandchildren, they're for when I'm gone, soon.",
         "suicidal_ideation"),
        ("Last winter I drove at a tree on the ring road, that's how I lost my licence.",
         "suicidal_ideation"),
        ("a man on the bus pulled me back when i was on the wrong side of the barrier",
         "suicidal_ideation"),
        ("I've been keeping my morphine tablets by so I can go when I choose.",
         "suicidal_ideation"),
        ("Every night ah pray ah dinnae wake, that's the truth.", "suicidal_ideation"),
        ("Mi beg God fi tek mi, every single night.", "suicidal_ideation"),
        ("When my cousin died I thought, lucky her.", "suicidal_ideation"),
        ("I keep wondering what happens to people who take their own life, for myself I mean.",
         "suicidal_ideation"),
        ("Some days I want to finish myself off and be done.", "suicidal_ideation"),
        ("My girlfriend found the blades in my drawer, and I used one last night.", "self_harm"),
        ("I skip meals because I don't deserve food.", "self_harm"),
        ("I held my hand over the flame on the hob until it blistered.", "self_harm"),
        ("I've been banging my head against the wall when the voices get loud.", "self_harm"),
        ("I haven't taken my insulin for a week, on purpose.", "self_harm"),
        ("I'd done them with a lighter, not the oven like I told her.", "self_harm"),
        ("I was standing over him with the knife while he slept.", "harm_to_others"),
        ("I went round to his flat with a hammer.", "harm_to_others"),
        ("It took three of them to pull me off him.", "harm_to_others"),
        ("Swear down, I'll run him over if I see him again.", "harm_to_others"),
        ("I gave the lad a few digs outside the club.", "harm_to_others"),
        ("I've thought about taking the shotgun into work.", "harm_to_others"),
        ("I looked up what would make her really sick and bought it.", "harm_to_others"),
        ("He keeps on at me till I give in.", "abuse_or_neglect"),
        ("He says he'll have me deported if I tell anyone.", "abuse_or_neglect"),
        ("She told me she'll take the kids if I go to a lawyer.", "abuse_or_neglect"),
        ("My stepdad reads all my messages every night.", "abuse_or_neglect"),
        ("There was a tracker tag hidden in the lining of my coat.", "abuse_or_neglect"),
        ("My ex has been sitting outside my house every day.", "abuse_or_neglect"),
        ("The man who does my shopping pinches my arms when I'm slow.", "abuse_or_neglect"),
        ("My landlord said I could pay him another way.", "abuse_or_neglect"),
        ("The nurse saw the split lip and I admitted my husband did it.", "abuse_or_neglect"),
        ("Ma da used tae belt us every night.", "abuse_or_neglect"),
        ("I leave my mum alone all day now, she can't manage the stairs.", "abuse_or_neglect"),
        ("I stopped giving my son his inhaler, I just can't face the fights.",
         "abuse_or_neglect"),
    ],
)  # fmt: skip
def test_found_as_the_fifth_battery_tells_it(said: str, kind: str, roles: bool) -> None:
    assert kind in endorsed(_HOW, said, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "said",
    [
        "We've got pudding sorted for after.",
        "I wanted him to stop existing in my vicinity, he's so loud.",
        "The tree surgeon drove at the stump with his digger.",
        "My physio says I'm on the wrong side of forty for rugby.",
        "I keep my vitamins by the kettle so I remember them.",
        "I don't want to wake up early on Saturday.",
        "When my grandad died at ninety-nine everyone said lucky him, he had a full life.",
        "I held my hand under the cold tap after I burnt it on the oven.",
        "The dog bangs his head against the door when he wants out.",
        "I went round to my sister's with a cake.",
        "He gave me a few digs in the ribs when I snored.",
        "My ex reads all my posts on Facebook, it's public anyway.",
        "My nan's carer pinches the last biscuit every time.",
        "I leave the radio on all day for the cat.",
    ],
)
def test_the_fifth_batterys_words_harmless(said: str, roles: bool) -> None:
    assert not endorsed(_HOW, said, roles=roles)


@pytest.mark.parametrize(
    "said",
    [
        # oneself as "you", with no speaker known: a "you" that opens the telling, or one owned
        "you get to the stage where you start looking up how many tablets it would take",
        "You learn not to cry at ours, you just wait till he's finished hitting you.",
        "You just want to burn yourself so it's all in one place, so I do, with a lighter.",
    ],
)
def test_oneself_as_you_without_speakers(said: str) -> None:
    assert endorsed(_HOW, said, roles=False)


@pytest.mark.parametrize(
    "said",
    [
        # a "you" that asks, or tells the other what they do
        "You just want to hurt yourself sometimes?",
        "You end up in the car park?",
        "You get to a point where you can see the sea from the top of the hill.",
    ],
)
def test_you_that_asks_or_tells_nothing(said: str) -> None:
    assert not endorsed(_HOW, said, roles=False)
