"""Risk rules of issue 17's thirty-eighth pass, from the misses of the blind set at01-at22 (read
after it was measured blind in the thirty-seventh pass), each in wordings of its own with and
without speaker labels, and everyday sentences with the same words, which must not be read so."""

from __future__ import annotations

import pytest

from tests.note_fixtures import ROLES, found

_HOW = "How have things been?"


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # "the urge" asked of again, after a summary that named it
        (("So you had a strong urge to hit him, and you left the room. Is the urge still there?",
          "Most days, yes. Not a plan though."), "harm_to_others"),
        # a poison taken in hand, then "What stopped you?"
        (("What happened on Friday?",
          "I went to the garage. The weedkiller is there. I took the bottle down and opened it. "
          "I sat with it a long time.", "What stopped you?", "My grandson rang the doorbell."),
         "suicidal_ideation"),
        # told of the client by a companion, checked and agreed to
        (("Tell me what happened.",
          "After the break-up Mia was burning her arms with a lighter, most nights.",
          "Mia, is that right?", "Yeah. It's true."), "self_harm"),
        # the same, names redacted as a stored transcript has them
        (("Tell me what happened.", "[PERSON] was burning her arms with a lighter, most nights.",
          "[PERSON], is that right?", "Yeah, that's right."), "self_harm"),
        # a death reckoned as what it would pay
        ((_HOW, "I keep thinking the kids would be better off with the life insurance."),
         "suicidal_ideation"),
        ((_HOW, "I've worked out my policy would pay off the debts and the house."),
         "suicidal_ideation"),
        ((_HOW, "I thought about the lorries on the bypass, the big ones."), "suicidal_ideation"),
        # a qualified no, then the thought still coming
        (("Any thoughts of ending your life these days?",
          "Not like that now. But it comes into my head when the bills come. Maybe once a week, "
          "the thought."), "suicidal_ideation"),
        # the act said bare, where on the body and what it did said after it
        (("Can you tell me about the marks?",
          "It's nothing. I scratch. At night. With my nails. On my arms. Till it bleeds."),
         "self_harm"),
        # a burn meant, though said while cooking
        ((_HOW, "I was cooking. I pressed my palm on the hot pan. I held it there. I wanted the "
                "pain in my hand instead of the pain in my head."), "self_harm"),
        # a story told as another's, its "till it bleed" a sentence of its own, owned as "Is me."
        (("How have things been?",
          "There's a girl at my school. She scratch her arm under the sleeve so nobody see. "
          "Till it bleed.", "Is the girl you?", "Yes. Is me."), "self_harm"),
        # a neglect summed up by the clinician and agreed to
        (("So to be clear: your dad has been too drunk to look after you, and some nights you "
          "are alone. Is that right?", "Yes."), "abuse_or_neglect"),
        # the twelfth probe's forms, in words of their own
        ((_HOW, "not good tbh i keep thinking about just ending it all you know"),
         "suicidal_ideation"),
        ((_HOW, "I stood on the edge of the car park roof and I was really going to jump."),
         "suicidal_ideation"),
        ((_HOW, "Some nights I think better I just die, no more bills."), "suicidal_ideation"),
        ((_HOW, "I've slipped back to the old habit with the razor, weekends mostly."),
         "self_harm"),
        ((_HOW, "If he touches my wife again I'll put him over the railing, swear down."),
         "harm_to_others"),
        ((_HOW, "I keep thinking about waiting for the foreman after work with a hammer."),
         "harm_to_others"),
        ((_HOW, "My stepdad comes into my room at night and does stuff to me."),
         "abuse_or_neglect"),
        ((_HOW, "Some days I don't feed the kids till teatime, I just can't get up."),
         "abuse_or_neglect"),
        (("Does your partner keep control of all the money?", "Yes."), "abuse_or_neglect"),
        (("Do you sometimes go as far as smacking the kids?", "Yes."), "abuse_or_neglect"),
        # the speaker's own condition after a clause of its own, and a threat's act that starts
        # after its "I'll"
        ((_HOW, "He keeps coming round, and if he does it again I'll put him in hospital."),
         "harm_to_others"),
        ((_HOW, "I'm fine, but if the scan is bad I'll end it."), "suicidal_ideation"),
        ((_HOW, "Told my cousin if the landlord turns up again I'll put him in hospital."),
         "harm_to_others"),
        # the people one names, no generalisation: "the people who wronged me"
        ((_HOW, "I keep a list of the people who wronged me and what I'd do to each of them."),
         "harm_to_others"),
    ],
)  # fmt: skip
def test_found(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    assert (kind, "endorsed") in found(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # a yes to a question whose risk is negated in it
        (("It means it's very hard, not that you want to die?", "Yes, yes. Just tired."),
         "suicidal_ideation"),
        # a threat said, taken back in the same breath or the next
        (("Any thoughts of harming him?", "I said I will beat him, but it's only talk."),
         "harm_to_others"),
        (("Any thoughts of hurting anyone?",
          "I told my brother I could batter him. But I wouldn't, I'm not like that."),
         "harm_to_others"),
        # "Ei!" on its own before the no
        (("Have you had thoughts of ending your life?", "Ei! No, doctor. God forbid."),
         "suicidal_ideation"),
        # only a lesser hurt
        (("Do you have thoughts of hurting her?", "I want to hurt her feelings only. Never hit."),
         "harm_to_others"),
        # "doesnae" as speech recognition hears it
        (("Is anyone at home hurting you?", "My brother's a pain, but he does need hurt me."),
         "abuse_or_neglect"),
        # a threat checked for its meaning
        ((_HOW, "I told him I'd kill him.", "When you said that, did you mean any harm to him?",
          "No! God, no. I'd never hurt him."), "harm_to_others"),
        # a yes by "sometimes" that tells what is done and why, the act denied after it
        (("Any thoughts of ending your life?",
          "Sometimes at night I go out to the harbour and look at the water. Only to think of "
          "home. I will not jump. Never."), "suicidal_ideation"),
        # "Safe?" said back, then the yes: safety answered
        (("Is anyone hurting you at the house? Do you feel safe there?",
          "Safe? Yes, the family is very kind."), "abuse_or_neglect"),
        (("Have you thought about ending your life?", "It's a no from me."), "suicidal_ideation"),
        # a faith's no
        (("Any thoughts of ending your life?", "No, really no, suicide is sin, and I have my "
          "grandson."), "suicidal_ideation"),
        # as speech recognition runs them into one sentence
        (("Any thoughts of hurting anyone?",
          "I said to my mate I could batter him, but I wouldn't."), "harm_to_others"),
        (("Any thoughts of ending your life?",
          "Sometimes at night I go down to the pier and look at the water, only to think of home, "
          "I will not jump, never."), "suicidal_ideation"),
        (("Any thoughts of harming him?",
          "I said I will kill him with my eyes, it is a Polish saying, only a look."),
         "harm_to_others"),
        # "only talk", with no yes or no
        (("You said you'd finish him. Do you have thoughts of harming him?",
          "That is only talk. We talk like that at home."), "harm_to_others"),
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
        # a saying named as one
        ("Any thoughts of hurting anyone?",
         "I said I will kill him with my eyes. It is a Polish saying. Only a look."),
        # "since" told of another act than the one denied: no ideation before
        ("Is that right?", "Yeah, that's right, I wasn't trying to die, it was to let the "
         "pressure out, I haven't done it since the spring."),
        # "I missed a bit": the client's words asked back, after a denial of wanting to die
        ("Is that right?", "Yes. I wasn't trying to die. I haven't done it since the spring "
         "before last.", "Sorry, I missed a bit. Since the spring before last?", "Yes."),
    ],
)  # fmt: skip
def test_nothing_endorsed_but_what_was_said(turns: tuple[str, ...], roles: bool) -> None:
    got = found(*turns, roles=roles)
    assert ("harm_to_others", "endorsed") not in got
    assert ("suicidal_ideation", "endorsed") not in got


@ROLES
@pytest.mark.parametrize(
    "said",
    [
        "I want to hurt her feelings the way she hurt mine.",
        "I thought about the trains being late all week.",
        "The policy would pay off the car loan if it's written off.",
        "She was cutting her hair in the bathroom, the fringe.",
        "I burned my hand on the iron by accident, it hurt all day.",
        "Sometimes I go to the harbour and look at the boats.",
        # the twelfth probe's forms, in everyday use
        "I'm thinking about ending it with him, he's not right for me.",
        "I waited for him in the car park with a bag of shopping.",
        "The night nurse comes into our room and does the checks at two.",
        "I used to worry I'd hurt the puppy when I trained him, but that's long gone.",
        "Everyone at the home was worried about neglect after the inspection.",
        "Honestly not great, work is slow.",
    ],
)
def test_everyday_words_otherwise(said: str, roles: bool) -> None:
    assert not {s for s in found(_HOW, said, roles=roles) if s[1] == "endorsed"}


@ROLES
def test_a_push_by_a_husband_with_dementia_is_his_harm_not_abuse(roles: bool) -> None:
    got = found(
        "Good morning, Mr Reid. Good morning, Mrs Reid. Thank you for coming as well.",
        "Morning, nurse.",
        "Mrs Reid, has anything like this happened before?",
        "Once in the summer he pushed me from the door, not hard. He didn't know me.",
        "It happens with the illness, and it's nobody's fault.",
        "I know.",
        roles=roles,
    )
    assert ("abuse_or_neglect", "endorsed") not in got


@ROLES
def test_a_thought_told_with_but_i_wouldnt_stays_endorsed(roles: bool) -> None:
    got = found(_HOW, "I thought about hitting him, but I wouldn't.", roles=roles)
    assert ("harm_to_others", "endorsed") in got


@ROLES
@pytest.mark.parametrize(("illness", "abuse"), [(True, False), (False, True)])
def test_a_push_put_down_to_the_illness_is_no_abuse_of_the_teller(
    illness: bool, abuse: bool, roles: bool
) -> None:
    said = "It happens with the illness, and it's nobody's fault." if illness else "Thank you."
    got = found(
        "Has anything like this happened before?",
        "Once in August he pushed me from the door, not hard.",
        said,
        "I know.",
        roles=roles,
    )
    assert (("abuse_or_neglect", "endorsed") in got) is abuse


@ROLES
@pytest.mark.parametrize(
    ("told", "asked", "abuse"),
    [
        ("She screams for hours and I walk her round the kitchen with the bottle.",
         "Did you shake her, or handle her roughly, at any time?", True),
        ("The kids were fighting all evening.", "Did you ever hit the kids when it got like that?",
         True),
        ("He came at me outside the pub.", "Did you hit him?", False),
    ],
)  # fmt: skip
def test_a_no_to_harming_a_child_of_the_house_denies_abuse_too(
    told: str, asked: str, abuse: bool, roles: bool
) -> None:
    got = found("Tell me about the nights.", told, asked, "No. Never.", roles=roles)
    assert ("harm_to_others", "denied") in got
    assert (("abuse_or_neglect", "denied") in got) is abuse


#: a battery of 30 sentences that sound like risk and endorse none of the speaker's own, written
#: for the pass (not from any dialog or probe): a form's answer read back, a friend's overdose, a
#: podcast, a ward's night, a past act denied since, games, sport, a lyric, work, a dream (27/30
#: before the pass's rules for them)
_NOT_MINE = [
    "Last time you read me my answers from the form, where I'd ticked zero for "
    "hurting myself, and that's still right.",
    "My best mate took an overdose at uni and I found him, I still think about that night.",
    "I've been bingeing a true crime podcast about a man who poisoned his wife.",
    "On the ward last night a patient punched one of the healthcare assistants, it was chaos.",
    "Years ago I punched a wall when I was a teenager, but that was a one-off, I've "
    "not done anything like it since.",
    "I spent all night killing zombies on the Xbox with my nephew.",
    "We got absolutely slaughtered in the match on Saturday, six nil.",
    "This exam is going to be the death of me.",
    "There's a line in that song, I want to die in your arms, it's been stuck in my head all week.",
    "The kids were playing at shooting each other with water pistols in the garden.",
    "My neighbour's dog attacked a cat in the street and the police came.",
    "My sister used to self-harm, she's a nurse now and doing brilliantly.",
    "I teach the safeguarding module at work, so I spend all day talking about abuse.",
    "I work in A and E, we had three overdoses in on Friday night.",
    "I read a book about a girl who was neglected by her parents, it really got to me.",
    "The boss said he'd kill me if I was late again, he was laughing.",
    "My granddad shot rabbits on the farm when I was small.",
    "My daughter hit her brother with a toy and I sent her to her room.",
    "I dreamt I was falling off a cliff and woke up sweating.",
    "I bashed my shin on the coffee table, look at the bruise.",
    "I could strangle the council, they still haven't fixed the boiler.",
    "We watched a film about a soldier who kills himself, it was heavy going.",
    "I've been hammering the gym, my legs are destroyed.",
    "The carer said another resident was left in bed all day, but my mum's looked after well.",
    "My husband cut himself shaving and bled all over the sink.",
    "I used to worry the kids would get hurt on the trampoline, so we got rid of it.",
    "My friend's ex used to hit her, she's safe now and lives with us.",
    "I'm dead on my feet after the night shift.",
    "I'm going to murder this karaoke song on Friday.",
    "Mum's carer takes her shopping and does her banking for her, she's a godsend.",
]


@ROLES
@pytest.mark.parametrize("said", _NOT_MINE)
def test_not_mine(said: str, roles: bool) -> None:
    assert not {s for s in found(_HOW, said, roles=roles) if s[1] == "endorsed"}


@ROLES
@pytest.mark.parametrize(
    ("told", "asked"),
    [
        # checked with no name: the teller may be asked
        ("My sister Sarah was cutting her arms last year.", "Is that right?"),
        # another named than the one asked
        ("Sarah was cutting her arms last year.", "Annie, is that right?"),
    ],
)
def test_self_harm_told_of_another_is_not_the_clients(told: str, asked: str, roles: bool) -> None:
    got = found(_HOW, told, asked, "Yes.", roles=roles)
    assert ("self_harm", "endorsed") not in got
