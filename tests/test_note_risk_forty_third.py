"""Risk rules of issue 17's forty-third pass, from the misses of the blind set ay01-ay22 (read
after it was measured blind in the forty-second pass), each in wordings of its own, with and
without speaker labels; and everyday sentences with the same words, which must not be read so."""

from __future__ import annotations

import pytest

from tests.note_fixtures import ROLES, endorsed, found

_HOW = "How have things been?"


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # a death hastened by a medicine left off, summed up and agreed
        (("So you've been skipping the heart pills hoping you'd go a bit sooner. Have I got that "
          "right?", "That's about the size of it."), "suicidal_ideation"),
        ((_HOW, "I stopped the warfarin so the old ticker would give out."), "suicidal_ideation"),
        # another's life ended with one's own
        (("You've thought of ending your daughter's life with yours. Is that right?", "Yes."),
         "harm_to_others"),
        ((_HOW, "Some nights I think I'll give her all her tablets and then take mine."),
         "harm_to_others"),
        # an old person kept short of food or money, summed up or told
        (("So you're left all day without enough to eat. Is that right?", "Yes."),
         "abuse_or_neglect"),
        ((_HOW, "The food is kept locked from me until they come home."), "abuse_or_neglect"),
        ((_HOW, "My daughter-in-law counts the chapatis every night."), "abuse_or_neglect"),
        ((_HOW, "My pension goes to my son and I don't get a penny of it."), "abuse_or_neglect"),
        # threats by text and a weapon to scare, summed up and agreed
        (("So you threatened Kayden over Snapchat. Is that right?", "Yeah."), "harm_to_others"),
        ((_HOW, "I took a hammer in my rucksack to scare him."), "harm_to_others"),
        # a condition with a weapon ready
        ((_HOW, "If he turns up again he's getting the bat."), "harm_to_others"),
        ((_HOW, "There's a crowbar behind the door if she comes round again."), "harm_to_others"),
        # relayed through an interpreter, a told past beginning "When the ..."
        (("Does he sleep?", "He says not well.", "Does he eat?", "He says a little.",
          "What happened on the way?",
          "He says they were held in a camp. When the money ran out, they beat him with sticks."),
         "abuse_or_neglect"),
    ],
)  # fmt: skip
def test_found(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    assert kind in endorsed(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "turns",
    [
        # a saying retold and called "how we say it" at once
        (_HOW, "I'd rather die than tell my mother.",
         "You said you'd rather die than tell her. I want to check what you meant.",
         "No, no. It's just how we say it."),
        # hard work, not an attempt
        (_HOW, "I about killed myself hauling the feed bags up the hill."),
        (_HOW, "I nearly killed myself carrying the shopping home."),
        # the same words, harmless
        (_HOW, "I'd die sooner than apologise to him."),
        (_HOW, "If my son comes round again he's getting a lift home."),
        (_HOW, "When the kids come round there's a bat by the door for cricket."),
        (_HOW, "I put a knife in my bag to cut the sandwiches."),
        (_HOW, "I give him all his tablets in the morning with his porridge."),
        (_HOW, "My pension goes to my son's account and he does my shopping with it."),
        (_HOW, "I threatened him with a lawyer over the fence."),
        (_HOW, "When the family came over we had a barbecue."),
    ],
)  # fmt: skip
def test_no_endorsement(turns: tuple[str, ...], roles: bool) -> None:
    assert not endorsed(*turns, roles=roles)


def test_a_told_past_beginning_when_the_is_no_question() -> None:
    from localnotes.notes.sentences import split
    from localnotes.types import Segment

    told, asked = split(
        [
            Segment(
                0,
                1,
                "When the family could not pay, they beat him. When the pain comes, what helps?",
            )
        ]
    )
    assert not told.is_question and asked.is_question


# the seventeenth probe's forms, in words of their own
_ASKED = "Have you had any thoughts of ending your life?"


@ROLES
@pytest.mark.parametrize(
    ("answer", "status"),
    [
        ("Yeah -- sorry, I mean no, I heard you wrong.", "denied"),
        ("I thought it over in the car and the honest answer is no.", "denied"),
        ("My mum asked me that and I said no, and it's still no.", "denied"),
        ("I told the nurse no, but the truth is yes.", "endorsed"),
        ("I don't know how to put it... okay, yes.", "endorsed"),
        ("Not easy to say, but it's happened again.", "endorsed"),
        ("Same as before, yes, maybe a little more.", "endorsed"),
        ("It's worse than last week, to be honest.", "endorsed"),
        ("No -- well, once, at the weekend.", "endorsed"),
    ],
)  # fmt: skip
def test_the_answers_last_word(answer: str, status: str, roles: bool) -> None:
    assert ("suicidal_ideation", status) in found(_ASKED, answer, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        (("When you went up to the quarry, were you planning to jump?", "Yes."),
         "suicidal_ideation"),
        (("Were you looking up the bus times so you could walk in front of one?", "Yes."),
         "suicidal_ideation"),
        ((_HOW, "I've sorted the paperwork because I won't be alive by Easter."),
         "suicidal_ideation"),
        (("Is the bat you said you'd use on him still in the boot?", "Yes."), "harm_to_others"),
        (("Did you start the fight in the chip shop?", "Yes."), "harm_to_others"),
        ((_HOW, "I'm going to wait for her after work with a brick."), "harm_to_others"),
        ((_HOW, "That neighbour, I'll mash up his face one of these days."), "harm_to_others"),
        (("Has your daughter been taking money out of your account without asking?", "Yes."),
         "abuse_or_neglect"),
        ((_HOW, "The boss is still holding on to my passport."), "abuse_or_neglect"),
        (("Are the carers rough with your mum?", "Yes."), "abuse_or_neglect"),
        ((_HOW, "He had my wrist twisted up behind my back when I asked for money."),
         "abuse_or_neglect"),
        ((_HOW, "They say I cannot leave until my debt is paid."), "abuse_or_neglect"),
        ((_HOW, "With the night shifts the kids have been on their own overnight, they're five."),
         "abuse_or_neglect"),
        ((_HOW, "Last night I took the nail scissors to the inside of my arm."), "self_harm"),
        ((_HOW, "i did my legs again with a razor"), "self_harm"),
    ],
)  # fmt: skip
def test_found_as_the_probe_says_it(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    assert kind in endorsed(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "turns",
    [
        (_HOW, "I'm planning to jump in the sea at the charity swim."),
        (_HOW, "I took the scissors to my fringe last night, disaster."),
        (_HOW, "We started a fight club at uni, it's just a film night."),
        (_HOW, "My passport's at the embassy for the visa."),
    ],
)  # fmt: skip
def test_the_probes_words_harmless(turns: tuple[str, ...], roles: bool) -> None:
    assert not endorsed(*turns, roles=roles)


# the fourth battery's forms (tests/data/risk_battery_43), in words of their own
@ROLES
@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("Honestly if I went to sleep and didn't wake up it'd be a relief.", "suicidal_ideation"),
        ("If a bus came at me on the crossing I wouldn't step back.", "suicidal_ideation"),
        ("I've sorted all my things so nobody has to clear up after.", "suicidal_ideation"),
        ("They said it could be a tumour and I was almost relieved.", "suicidal_ideation"),
        ("There's a rope in the garage and I keep checking the beam.", "suicidal_ideation"),
        ("The pills are upstairs, I keep thinking that's the way out.", "suicidal_ideation"),
        ("If the house sale falls through I'm going to the bridge and that'll be that.",
         "suicidal_ideation"),
        ("I got paracetamol from different chemists so nobody noticed.", "suicidal_ideation"),
        ("I keep thinking about stepping off the platform.", "suicidal_ideation"),
        ("I've left my passwords for my brother in the drawer.", "suicidal_ideation"),
        ("The letter's written, I just haven't picked the date.", "suicidal_ideation"),
        ("Out on the moor no one would find me.", "suicidal_ideation"),
        ("My son saw the goodbye messages I'd sent.", "suicidal_ideation"),
        ("If they take the flat off me, I've got my tablets saved up.", "suicidal_ideation"),
        ("If things aren't sorted by the spring I'm done.", "suicidal_ideation"),
        ("I keep bandages under the bed so my dad doesn't see the cuts.", "self_harm"),
        ("I snapped the blades out of a shaver last week.", "self_harm"),
        ("When it gets bad I pour hot water over my arm.", "self_harm"),
        ("I used the edge on my wrist, the broken mug.", "self_harm"),
        ("I stub cigarettes out on my hand.", "self_harm"),
        ("After I cut I just sit there.", "self_harm"),
        ("I cut deeper than I wanted to on Tuesday.", "self_harm"),
        ("The lines on my arm, that's me with the blade.", "self_harm"),
        ("I pick at them till they're bleeding.", "self_harm"),
        ("I dragged her by her hair across the kitchen.", "harm_to_others"),
        ("I've thought about slipping bleach in his coffee.", "harm_to_others"),
        ("I choked her out during the row.", "harm_to_others"),
        ("I bought a knuckle duster for when I see that lad.", "harm_to_others"),
        ("I twisted my brother's arm behind his back till it cracked.", "harm_to_others"),
        ("I pinned him against the wall by his throat.", "harm_to_others"),
        ("I know where he works and I've got a knife.", "harm_to_others"),
        ("I rammed her car outside the school.", "harm_to_others"),
        ("If he comes near my sister again, he won't walk again.", "harm_to_others"),
        ("She only gives me my insulin if I hand over my card.", "abuse_or_neglect"),
        ("He locks the door when he leaves so I'm locked in all day.", "abuse_or_neglect"),
        ("My husband decides when I get my tablets.", "abuse_or_neglect"),
        ("He won't let me go to the doctor on my own.", "abuse_or_neglect"),
        ("I haven't been round to see my mum in three weeks and she can't cook.",
         "abuse_or_neglect"),
        ("I've left my nan all day in the same pad.", "abuse_or_neglect"),
        ("I keep forgetting the baby's bottles.", "abuse_or_neglect"),
        ("My kids have been going to school hungry.", "abuse_or_neglect"),
        ("I locked the kids in their bedroom when I went out.", "abuse_or_neglect"),
    ],
)  # fmt: skip
def test_found_as_the_fourth_battery_tells_it(said: str, kind: str, roles: bool) -> None:
    assert kind in endorsed(_HOW, said, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "said",
    [
        "The kids were hitting each other with pillows all evening.",
        "I stood on the bridge for ages watching the boats.",
        "You just want it all to stop when the baby's crying at three in the morning.",
        "I think that's the way to the station.",
        "I got my tablets from different chemists because of the shortage, so annoying.",
        "After I cut the grass I had a beer.",
        "I pour hot water over the teabags and leave them.",
        "My nan's pills are saved in a dosette box by the pharmacist.",
        "If it rains I'm done with this garden.",
        "My husband decides when we go on holiday.",
    ],
)  # fmt: skip
def test_the_fourth_batterys_words_harmless(said: str, roles: bool) -> None:
    assert not endorsed(_HOW, said, roles=roles)
