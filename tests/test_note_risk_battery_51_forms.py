"""Risk rules of issue 17's fifty-second pass, from the misses of the twelfth battery
(tests/data/risk_battery_51, measured blind twice, then read), each in wordings of its own, with
and without speaker labels; and everyday sentences with the same words, which must not be read
so."""

from __future__ import annotations

import pytest

from tests.note_fixtures import ROLES, endorsed, found

_HOW = "How have things been?"


@ROLES
@pytest.mark.parametrize(
    ("said", "kind"),
    [
        # means readied "for when", a letter hidden, a note meant
        ("I keep the old sleeping pills in a shoebox for when I've had enough.",
         "suicidal_ideation"),
        ("Got the rifle in the wardrobe for when I work up the nerve.", "suicidal_ideation"),
        ("I wrote my wife a letter saying goodbye and hid it in the glovebox.",
         "suicidal_ideation"),
        ("The note I left on the table was real, I was going to do it that night.",
         "suicidal_ideation"),
        ("My kids would be happier when I am no more.", "suicidal_ideation"),
        # an edge reached, a railing, a roof, a platform
        ("I drove up to the quarry last night to end it and sat there for hours.",
         "suicidal_ideation"),
        ("I swung my leg over the railing on the bridge before someone grabbed me.",
         "suicidal_ideation"),
        ("Up on the car park roof I climbed over the barrier.", "suicidal_ideation"),
        ("I sit on the roof of the flats thinking about jumping.", "suicidal_ideation"),
        ("Stood at the station meaning to step off in front of the express.", "suicidal_ideation"),
        ("Took the pistol out to the woods and not come home, that was the plan.",
         "suicidal_ideation"),
        ("I had the rope tied up in the garage before my brother found me.", "suicidal_ideation"),
        ("I got weedkiller from the shop and it's hidden under my bed waiting.",
         "suicidal_ideation"),
        ("I've made up my mind I won't be here by summer.", "suicidal_ideation"),
        ("i took maybe thirty of my sleeping pills on friday", "suicidal_ideation"),
        ("I keep thinking if I walk in front of the train it all stops.", "suicidal_ideation"),
        # the dialects' own words
        ("Mi waan fi dead, nurse.", "suicidal_ideation"),
        ("aye i've been wantin tae be deid", "suicidal_ideation"),
        ("I been fixin' to end it since spring.", "suicidal_ideation"),
        # self-harm told as one's own marks and habits
        ("I scratch my arms raw with a pin when I get upset.", "self_harm"),
        ("I do them with a safety pin when I can't cope.", "self_harm"),
        ("i smash the wall until my knuckles split", "self_harm"),
        ("I've been banging my head on the bedroom wall until it hurts.", "self_harm"),
        ("I've been a bit silly with a razor on my legs again.", "self_harm"),
        ("I whip myself with a cord when I fail an exam.", "self_harm"),
        ("I cut up my legs with a razor on Sunday.", "self_harm"),
        ("i've been cutting again since june", "self_harm"),
        ("I did it myself with a razor after the fight.", "self_harm"),
        # harm to others: threats, plans, a car and a weapon
        ("I'll run him down with the truck, I swear.", "harm_to_others"),
        ("I've sharpened the machete and I'm seeing him tomorrow.", "harm_to_others"),
        ("I'm heading round to his with a bat.", "harm_to_others"),
        ("I want to poison her coffee at work.", "harm_to_others"),
        ("I've paid some lads to sort him out.", "harm_to_others"),
        ("I told her I will throw acid.", "harm_to_others"),
        ("I drove at him on purpose in the car park.", "harm_to_others"),
        ("I put my fist through his face at the bar.", "harm_to_others"),
        ("I texted him that I'd find him and stab him.", "harm_to_others"),
        ("I'd have used it on him if he'd come any closer.", "harm_to_others"),
        ("I know where she parks and what time she finishes.", "harm_to_others"),
        ("I told him if he comes near the kids again I'll break his legs.", "harm_to_others"),
        # abuse and neglect: control, money, keys, no food, an elder unchanged
        ("He keeps my bank card and only gives me ten pounds a week.", "abuse_or_neglect"),
        ("My husband tracks my phone everywhere I go.", "abuse_or_neglect"),
        ("My boyfriend says I can't see my friends anymore.", "abuse_or_neglect"),
        ("He took my phone so I couldn't ring anyone.", "abuse_or_neglect"),
        ("He split my lip again on Friday.", "abuse_or_neglect"),
        ("She gives me and my sister a black eye every time she drinks.", "abuse_or_neglect"),
        ("My stepdad locks me out in the cold at night.", "abuse_or_neglect"),
        ("The boss lashes us with a cane when we are slow.", "abuse_or_neglect"),
        ("Dad hasn't been home in four days and there's nothing to eat.", "abuse_or_neglect"),
        ("The bruises on my back are from my stepdad.", "abuse_or_neglect"),
        ("The burns on my leg, my dad did them with a lighter.", "abuse_or_neglect"),
        ("My father's been lying in his own wet all weekend, I can't face it.",
         "abuse_or_neglect"),
        ("If I'm late home he hits me.", "abuse_or_neglect"),
        # a "no" that denies nothing
        ("Not gonna lie, I cut myself last night.", "self_harm"),
        ("the marks are not from the cat i do them with a blade when i get upset", "self_harm"),
    ],
)  # fmt: skip
def test_found(said: str, kind: str, roles: bool) -> None:
    assert kind in endorsed(_HOW, said, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "said",
    [
        "I keep spare batteries in the drawer for when I get home late.",
        "I've saved the tablets for when I go on holiday.",
        "I wrote a goodbye card for my colleague's leaving do.",
        "I wrote my gran a letter saying goodbye before I moved to Perth.",
        "We drove to his flat to end it with him, and I did.",
        "I swung my leg over the bike and rode off.",
        "The kids were jumping in the pool all afternoon.",
        "I was meaning to jump on a call with the bank.",
        "I took the boat out and not come back in till dark.",
        "The rope for the boat is tied up in the shed.",
        "I bought insecticide for the cockroaches in the kitchen.",
        "I won't be here by noon, I'm flying to Leeds.",
        "I took all my tablets this morning like the doctor said.",
        "I hit the wall at mile twenty of the marathon.",
        "I've been banging my head against a brick wall with this paperwork.",
        "I've been a bit naughty with the chocolate this week.",
        "I beat myself up about it for weeks.",
        "I cut up my old jeans for the quilt.",
        "I'm cutting again for the show, carbs down to nothing.",
        "I did it myself with a knife, the box was taped shut.",
        "I cleaned the rifle and I'm taking the dog out tomorrow.",
        "We're going back there with a picnic on Sunday.",
        "The coffee will poison my liver, my doctor says.",
        "I paid some guys to sort the garden out.",
        "The film had a man who threw acid at a car.",
        "I swerved to avoid a cyclist this morning.",
        "I know where she works and she gives me a lift home.",
        "My son takes my card to the shop for me on Fridays.",
        "My mum tracks my phone on school trips.",
        "He took my keys so I couldn't drive home drunk, good on him.",
        "I split my lip at football on Saturday.",
        "My mum's away for work and Dad's cooking this week.",
        "The bruises on my legs are from my brother, we were wrestling.",
        "She's wallowing in her own mess of a life, honestly.",
        "I used to worry the lodger was going to hurt me, but it turned out he was just lonely.",
        "My brother jokes he'll kill me if I eat his chips, it's just banter.",
        "Not bad, thanks, the new job is going well.",
    ],
)
def test_harmless(said: str, roles: bool) -> None:
    assert endorsed(_HOW, said, roles=roles) == set()


@ROLES
def test_kids_named_in_a_safety_question_is_no_joke(roles: bool) -> None:
    # "the kids safe": "kids" before a cue is no joke told (aj20's question, still answered no)
    turns = ("At home, are you and your partner and the kids safe with each other?", "Yeah.")
    assert ("abuse_or_neglect", "denied") in found(*turns, roles=roles)
