"""Risk rules of issue 17's forty-first pass, from the misses of the blind set aw01-aw22 (read after
it was measured blind in the fortieth pass), each in wordings of its own with and without speaker
labels, and everyday sentences with the same words, which must not be read so."""

from __future__ import annotations

import pytest

from tests.note_fixtures import ROLES, found

_HOW = "How have things been?"


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # the question asked back, then asked again bare: "Have you?"
        (("Have you had thoughts of killing yourself?", "Who wouldn't, in my shoes?",
          "Plenty of people would. Have you, though?", "Yes. I have."), "suicidal_ideation"),
        (("Any urges to hurt him?", "Not sure.", "And do you?", "Yeah, some nights."),
         "harm_to_others"),
        # a diary card's column read out, a week of ratings in the plural
        (("What's in the self-harm urge column this week?", "Twos, mostly. A five on Tuesday."),
         "self_harm"),
        # tablets counted out, "going to take the lot"
        ((_HOW, "I had them all counted out on the bed and I was going to take the lot."),
         "suicidal_ideation"),
        ((_HOW, "I'd been meaning to take every one of them with the whisky."),
         "suicidal_ideation"),
        # "Sì", and a prayer to be taken tonight
        (("Are you wishing you could die?", "Sì. It is enough now."), "suicidal_ideation"),
        ((_HOW, "Every night I pray to Our Lady, take me tonight, I've had enough."),
         "suicidal_ideation"),
        # hot oil or boiling water one wants to throw at someone
        ((_HOW, "When he screamed at me I wanted to throw the boiling water over him."),
         "harm_to_others"),
        # a parent drunk who would not wake; children without meals for days
        ((_HOW, "Dad got drunk on Friday and passed out and he wouldn't wake up till Sunday."),
         "abuse_or_neglect"),
        ((_HOW, "We didn't have any dinner all weekend, just crisps."), "abuse_or_neglect"),
        # money kept, and shouting when it is asked for
        ((_HOW, "If I ask for my pension back she screams at me."), "abuse_or_neglect"),
        (("So your nephew has kept your bank card and shouts when you ask for it. Is that "
          "right?", "That's right."), "abuse_or_neglect"),
        # the fifteenth probe's forms, in words of their own
        ((_HOW, "I've sorted out the will and I don't expect to be around much longer."),
         "suicidal_ideation"),
        ((_HOW, "Some days I think I'll just top myself and be done."), "suicidal_ideation"),
        ((_HOW, "I keep checking when the tide's highest at the bridge, because that's how I'd "
          "do it."), "suicidal_ideation"),
        ((_HOW, "Driving home I think how easy it would be to swerve into a truck."),
         "suicidal_ideation"),
        (("Have you had the blades out on your arms since we last met?", "Yes."), "self_harm"),
        ((_HOW, "I've been punching my hand into the wall on purpose when it gets bad."),
         "self_harm"),
        ((_HOW, "On Sunday I wanted to cut, and I did."), "self_harm"),
        ((_HOW, "I know where he drinks and I'm going round with a bat to sort him out."),
         "harm_to_others"),
        ((_HOW, "I warned that lad upstairs if he bangs on my door again I'll batter him, and I "
          "meant it."), "harm_to_others"),
        ((_HOW, "My sister's frightened I'll hurt her husband, and to be fair she's right."),
         "harm_to_others"),
        ((_HOW, "I get these flashes of wanting to strangle him, real urges."), "harm_to_others"),
        ((_HOW, "My cousin has been emptying my gran's savings account for a year."),
         "abuse_or_neglect"),
        ((_HOW, "The night carer handles Dad really roughly, he's covered in marks."),
         "abuse_or_neglect"),
        ((_HOW, "My coach kept me back after training and put his hands on me."),
         "abuse_or_neglect"),
        (("Is anybody forcing you to do sexual things?", "Yes."), "abuse_or_neglect"),
        (("Has someone threatened to post photos of you?", "Yes, a boy from school."),
         "abuse_or_neglect"),
        # answers said by another's word or named as the answer
        (("Any thoughts of ending it?", "My husband would say yes, and he'd be right."),
         "suicidal_ideation"),
        (("Any thoughts of hurting yourself?", "Ah sure look, I have, yeah."), "self_harm"),
        (("Any urges to hit him?", "Let me think... actually, yeah, I have."),
         "harm_to_others"),
        # a prayer as speech recognition heard it ("la" heard "lie"); a crash made to look like an
        # accident, and the payout for the family
        ((_HOW, "Every night I say to lie Madonna, take me tonight."), "suicidal_ideation"),
        ((_HOW, "In the lay-by, thinking if I drove into the pillar nobody'd know it wasn't an "
          "accident."), "suicidal_ideation"),
        ((_HOW, "I keep thinking the wife would get the life insurance and be better off."),
         "suicidal_ideation"),
    ],
)  # fmt: skip
def test_found(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    assert (kind, "endorsed") in found(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # "not really sure" is no no; asked again, the no decides
        (("Any thoughts of ending your life?", "Not really sure.", "And have you?", "No."),
         "suicidal_ideation"),
        (("What did the suicidal thoughts column say?", "Zeros. The whole week."),
         "suicidal_ideation"),
        # a check asked as why one asks
        (("I ask because some people do hurt themselves on purpose, and I'd want to know.",
          "No, never on purpose."), "self_harm"),
        (("Is anyone leaning on you for money?", "No, not any more."), "abuse_or_neglect"),
        # one option named and denied: a denial of it, no yes to the other
        (("Have you had any thoughts of hurting yourself, or of ending your life?",
          "Hurting myself, no."), "self_harm"),
        (("Any thoughts of ending it?", "My wife would tell you no, and she'd know."),
         "suicidal_ideation"),
        (("Have you hurt yourself?", "I've thought about it, and the honest answer is no."),
         "self_harm"),
        (("Any urges to hurt anyone?", "Hmm, let me think... no. No."), "harm_to_others"),
        # as speech recognition wrote aw's spoken turns: "God forbid" after the words said back,
        # "Nah, mate" heard "Not, mate"
        (("Have you had any thoughts of ending your life?", "Kill myself, God forbid, I have "
          "three children."), "suicidal_ideation"),
        (("Any thoughts of hurting him?", "Not, mate, just a figure of speech."),
         "harm_to_others"),
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
        ("Any thoughts of ending your life?", "Not really sure."),
        ("Have you had any thoughts of hurting yourself, or of ending your life?",
         "Hurting myself, no."),
        # what was said checked, and said not to be death, before the no
        ("Do you ever have thoughts of not wanting to be alive?", "Some days I'd be better off.",
         "Better off...?", "Better off in Spain! Not dead, God no.",
         "So no thoughts of ending your life?", "No."),
        # shaken to wake
        (_HOW, "I shook him and he wouldn't wake up, so I rang the ambulance."),
        # a bare question of another's habit
        ("My sister sleeps nine hours a night. Do you?", "Yes."),
        ("Any thoughts of ending your life?", "ya know what, can we do the breathing first"),
        (_HOW, "My mum thinks I'm trying to poison her with the new tablets, which I'm not."),
        (_HOW, "I'm not going to be around much longer at this firm, they're restructuring."),
        (_HOW, "The physio put her hands on me to steady me on the bars."),
        (_HOW, "I want to cut the hedge this weekend."),
        (_HOW, "I'm going round with the hammer to fix his fence, we get on great."),
        (_HOW, "My wife would say no to a holiday, and she'd be right."),
        # a threat checked by "I've got to ask" with no "?" heard, and taken back
        (_HOW, "If the council knocks me back again I'll flatten that clerk, I swear.",
         "I've got to ask any real thoughts of hurting him", "Nah, mate, figure of speech."),
    ],
)  # fmt: skip
def test_no_endorsement(turns: tuple[str, ...], roles: bool) -> None:
    assert not {s for s in found(*turns, roles=roles) if s[1] == "endorsed"}


@ROLES
@pytest.mark.parametrize(
    "said",
    [
        "I was going to take the lot back to the shop, it was all faulty.",
        "I was going to take them all to the park but it rained.",
        "I wanted to throw the ball at him but he ran off.",
        "I want to throw the pan out, it's ancient.",
        "I said to God, take me home to see my mother one more time.",
        "We didn't have any dinner on Sunday because we had a big lunch.",
        "Mum had been drinking at the wedding and wouldn't get up to dance.",
        "I shook her hand and she didn't respond, she's shy.",
        # everyday sentences with the words of the plain-telling battery's cues
        "I burned my hand again on the oven door, I never learn.",
        "I bit my tongue again at dinner, so clumsy.",
        "I hit my head on the cupboard door again this morning.",
        "I slammed my fingers in the car door by accident and it bled.",
        "I use it on my face every night, the cream the dermatologist gave me.",
        "I put my hand in the ice bucket on purpose to cool the burn.",
        "My cousin has been saving her tablets for when she goes on holiday.",
        "I wrote the note and hid it in his lunchbox, it was a love letter.",
        "I won't be needing them after this weekend, the boots, I'm getting new ones.",
        "I asked God to take me to the church in time for the wedding.",
        "I wanted to walk into the sea for a paddle.",
        "We're planning to end it Friday with a big party, the project I mean.",
        "The dog lies in his own mess if you don't walk him.",
        "My son punches my husband on the arm when they watch football, they're play fighting.",
        "I came back with a hammer and fixed the fence.",
        "I know where he lives and I went round with a cake for his birthday.",
        "Spent Saturday pruning the roses and the thorns scratched my arms to bits.",
        "I'm pulling my hair out over this case.",
    ],
)
def test_everyday_words_otherwise(said: str, roles: bool) -> None:
    assert not {s for s in found(_HOW, said, roles=roles) if s[1] == "endorsed"}
