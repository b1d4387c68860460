"""Risk rules of issue 17's seventeenth pass (from the h-set's misses), each on invented sentences
(none copied from a dialog): a shove out of a moving car; one's hands struck with something as a
child; a head held under water; a partner's medicine hidden; things thrown at a partner; a person
bitten; a threat "he'll break my legs" with a condition; a weapon pictured used on someone;
something put in someone's drink; ideation said as "better off in the ground", a quiet death
together "in our sleep" thought tidy, a waking one would not mind missing said as a condition;
what a method would take looked up; an engine run in a closed garage; pills saved "all at once";
self-harm answered with a blow to one's own head or a wall, and "I wanted it to hurt"; a yes said
after a time ("One night, yes."); "Both." to "about hurting yourself, or something else?". And
what must not be read so."""

from __future__ import annotations

import pytest

from tests.note_fixtures import found, told


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # abuse of the client
        ("Last month he pushed me out of the van on the ring road.", "abuse_or_neglect"),
        ("She used to hit my fingers with a wooden spoon until I stopped.", "abuse_or_neglect"),
        ("My stepdad would rap my knuckles with the cane.", "abuse_or_neglect"),
        ("When I was small she held my face under the water in the sink.", "abuse_or_neglect"),
        ("My husband hid my insulin when I argued with him.", "abuse_or_neglect"),
        ("He'd take my inhaler and keep it till I said sorry.", "abuse_or_neglect"),
        ("He says if I tell anyone he'll break my arm.", "abuse_or_neglect"),
        ("She'd lock me out of the flat all night in winter.", "abuse_or_neglect"),
        # harm to others by the client
        ("I threw the remote at her and it caught her eye.", "harm_to_others"),
        ("In the fight I bit him on the hand.", "harm_to_others"),
        ("I bit a carer when they tried to wash me.", "harm_to_others"),
        ("I've pictured taking a bat to his head when he walks past.", "harm_to_others"),
        ("I've thought about slipping something into his tea to make him ill.", "harm_to_others"),
        # suicidal ideation
        ("Honestly I'd be better off in the ground with my wife.", "suicidal_ideation"),
        ("Some days I'd be better off six feet under.", "suicidal_ideation"),
        ("I thought if we both went in our sleep it would be a mercy.", "suicidal_ideation"),
        ("If I didn't wake up tomorrow, I wouldn't mind.", "suicidal_ideation"),
        ("If I never woke up again I would not be sorry.", "suicidal_ideation"),
        ("I searched how many of my sleeping tablets it would take.", "suicidal_ideation"),
        ("I looked up how much paracetamol would be enough.", "suicidal_ideation"),
        ("I sat in the garage with the engine running, thinking.", "suicidal_ideation"),
        ("I thought about running the engine with the garage shut.", "suicidal_ideation"),
        ("I'd saved up my tablets. I thought about taking them all at once.", "suicidal_ideation"),
        # self-harm
        ("I smashed my head against the door until it bled.", "self_harm"),
    ],
)
def test_told_as_risk(text: str, kind: str) -> None:
    assert (kind, "endorsed") in told(text)


@pytest.mark.parametrize(
    "text",
    [
        "He pushed me out of the way to get to the bus.",
        "She pushed me out of my comfort zone, which was good.",
        "The ball hit my fingers and it swelled.",
        "My mum held my hand under the tap to cool the burn.",
        "My husband hid my birthday present in the garage.",
        "He took my inhaler to the pharmacy to get it refilled.",
        "He'll break my heart if he goes.",
        "I threw a party for her and she cried.",
        "I threw up at her wedding.",
        "I threw a glance at him across the room.",
        "I bit my lip so I wouldn't say anything.",
        "I bit the bullet and rang her.",
        "I've thought about taking a hammer to the old shed.",
        "I put sugar in his tea every morning.",
        "We'd be better off in the ground floor flat.",
        "I hope I go in my sleep at ninety like my gran.",
        "If I didn't wake up early I'd miss the bus.",
        "I looked up how many calories are in a pint.",
        "I looked up how long the train would take.",
        "I sat in the garage fixing the engine all afternoon.",
        "I took them all at once, the exams, in June.",
        "I banged my head on the cupboard door, I'm so clumsy.",
    ],
)
def test_not_risk(text: str) -> None:
    assert not {k for k, s in told(text) if s == "endorsed"}


def test_a_yes_said_after_a_time() -> None:
    assert ("suicidal_ideation", "endorsed") in found(
        "Did you think about ending your life back then?",
        "Twice, yes. Both in the first week.",
    )
    assert ("self_harm", "endorsed") in found(
        "Have you hurt yourself on purpose since?",
        "A few times, yes.",
    )
    assert ("suicidal_ideation", "endorsed") not in found(
        "Did you think about ending your life back then?",
        "Not really, yes, I'd say not.",
    )


def test_an_act_against_oneself_answers_a_self_harm_question() -> None:
    assert ("self_harm", "endorsed") in found(
        "Have you hurt yourself in any way lately?",
        "I punched the wall in the hall and my knuckles split.",
    )
    assert ("self_harm", "endorsed") in found(
        "Have you done anything to hurt yourself?",
        "I headbutted the wardrobe on Sunday.",
    )
    assert ("self_harm", "endorsed") in found(
        "What made you punch the door?",
        "I wanted it to hurt. I wanted my hand to hurt.",
    )
    assert ("self_harm", "endorsed") not in found(
        "Have you hurt yourself in any way lately?",
        "No. I kicked a ball at the wall with my son and my foot was sore, that's all.",
    )


def test_both_picks_the_harm_of_an_either_or_question() -> None:
    assert ("self_harm", "endorsed") in found(
        "When you cut your hand, was that about hurting yourself, or an accident?",
        "Both, I think.",
    )
    assert ("self_harm", "endorsed") not in found(
        "Was that about hurting yourself, or an accident?",
        "An accident. Neither, really, I slipped.",
    )


@pytest.mark.parametrize(
    ("text", "endorsed"),
    [
        ("Most nights I don't want to be here anymore.", True),
        ("That spring I didn't want to be here without her.", True),
        ("I used to think it'd be a mercy if I just didn't wake up.", True),
        ("I snatched it off him and threw it at him.", True),
        ("I don't want to be here for this meeting, honestly.", False),
        ("I didn't want to be here without my glasses.", False),
        ("I went out and threw up at her place.", False),
    ],
)
def test_not_wanting_to_be_here_and_throwing(text: str, endorsed: bool) -> None:
    assert bool({k for k, s in told(text) if s == "endorsed"}) is endorsed


def test_a_yes_after_a_score_or_an_exclamation_is_not_a_time() -> None:
    assert ("suicidal_ideation", "endorsed") not in found(
        "On the last question, about being better off dead, you put a zero?",
        "A zero, yes.",
    )


def test_what_others_feel_said_for_the_client_to_answer() -> None:
    assert ("suicidal_ideation", "endorsed") in found(
        "What do you mean? Sometimes people mean they wish they weren't around at all.",
        "Yeah. Most weeks I think that.",
    )
    assert ("suicidal_ideation", "denied") in found(
        "Some parents in your place have thoughts of ending their life. Has that been you?",
        "No, never.",
    )
    # what others feel, with no risk in it, asks nothing
    assert not found("Some people find the evenings hardest.", "Yes, evenings.")


@pytest.mark.parametrize(
    ("text", "endorsed"),
    [
        ("In April I wrote goodbye letters to my sisters.", True),
        ("I had my notes written. I'd chosen the day.", True),
        ("We'd picked a date for the wedding.", False),
        ("I'd picked a date for the move, then it fell through.", False),
        ("I wrote thank-you letters to my teachers.", False),
    ],
)
def test_letters_and_a_date(text: str, endorsed: bool) -> None:
    assert bool({k for k, s in told(text) if s == "endorsed"}) is endorsed


def test_run_on_answers_as_speech_recognition_writes_them() -> None:
    # the either-or answered "Both" in one long sentence; the normalizing statement joined to the
    # question by a comma; when and the means; a last time said after the act
    assert ("self_harm", "endorsed") in found(
        "Was that about hurting yourself or about something else?",
        "Both, if I'm honest, I was so angry with myself I wanted the pain.",
    )
    assert ("suicidal_ideation", "endorsed") in found(
        "Better off how, sometimes people mean they wish they weren't around at all.",
        "Yeah, a lot of nights I think that.",
    )
    assert ("self_harm", "endorsed") in found(
        "Have you ever hurt yourself on purpose?",
        "In the spring, with a blade, on my leg, twice, I think not since Easter.",
    )
    assert ("self_harm", "endorsed") in found(
        "Have you ever hurt yourself on purpose?",
        "When I was twelve, I cut my arms, when my mum got ill, not since, I promise.",
    )
    assert ("self_harm", "endorsed") not in found(
        "Have you ever hurt yourself on purpose?",
        "No, never, I'd never cut myself.",
    )


def test_an_idiom_mutes_only_its_own_clause() -> None:
    assert ("self_harm", "endorsed") in found(
        "Have you ever hurt yourself on purpose?",
        "At fourteen I cut my arm, not since, I'd die for my kids, honestly.",
    )
    # the idiom's own clause stays an idiom; so does a sentence that is only idioms
    assert not found("How was the week?", "Work is killing me, my boss is killing me.")
    assert not found("How was the week?", "I could kill him, honestly.")


@pytest.mark.parametrize(
    ("text", "told_as"),
    [
        ("I was livid, but I wouldn't touch him.", {("harm_to_others", "denied")}),
        ("I've never laid a finger on her, ever.", {("harm_to_others", "denied")}),
        ("I touched her arm to calm her down.", set()),
        ("I'd touch him on the shoulder to wake him.", set()),
    ],
)
def test_not_touching_someone_is_only_a_denial(text: str, told_as: set[tuple[str, str]]) -> None:
    assert told(text) == told_as


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the plain words clinicians hear most (risk_cues_plain), invented
        ("Honestly I don't see the point in living.", "suicidal_ideation"),
        ("I wouldn't care if I got hit by a bus tomorrow.", "suicidal_ideation"),
        ("I've been stockpiling my sleeping pills.", "suicidal_ideation"),
        ("Last night I researched ways to die.", "suicidal_ideation"),
        ("I've got a plan to take all my tablets on Sunday.", "suicidal_ideation"),
        ("I stood on the bridge thinking about jumping.", "suicidal_ideation"),
        ("I gave my bike away because I won't need it.", "suicidal_ideation"),
        ("I carved the word into my forearm.", "self_harm"),
        ("My boyfriend forced me to have sex.", "abuse_or_neglect"),
        ("My ex threatened to kill me.", "abuse_or_neglect"),
        ("She throws plates at me when she's drunk.", "abuse_or_neglect"),
        ("My husband controls all the money.", "abuse_or_neglect"),
        ("My partner won't let me see my friends.", "abuse_or_neglect"),
        ("My carer takes my pension.", "abuse_or_neglect"),
        ("Nobody fed us for days when mum was using.", "abuse_or_neglect"),
    ],
)
def test_plain_words_of_risk(text: str, kind: str) -> None:
    assert (kind, "endorsed") in told(text)


@pytest.mark.parametrize(
    "text",
    [
        "I don't see the point in that meeting.",
        "I wouldn't care if I got a parking ticket.",
        "I've been collecting my pills from the pharmacy on Fridays.",
        "I researched ways to save money.",
        "I've got a plan to take the kids to the coast.",
        "I'm thinking about jumping ship to another firm.",
        "I gave my old bike away, the kids won't need it.",
        "I cut the sandwich in half.",
        "My mum made me tidy my room.",
        "She threw a party for me.",
        "My husband takes my car to work.",
        "My mum won't let me see my friends on school nights.",
        "My carer takes my pension to the post office for me.",
        "I beat my brother at chess.",
    ],
)
def test_plain_words_that_are_not_risk(text: str) -> None:
    assert not {k for k, s in told(text) if s == "endorsed"}


@pytest.mark.parametrize(
    ("text", "endorsed"),
    [
        ("He threatens to kill me if I leave him.", True),
        ("Last year he said he'd kill me if I ever left.", True),
        ("My dad would kill me if he saw my grades.", False),
        ("She said she'll kill me if I'm late again, ha.", False),
    ],
)
def test_a_threat_told_with_its_condition_is_no_saying(text: str, endorsed: bool) -> None:
    assert (("abuse_or_neglect", "endorsed") in told(text)) is endorsed


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Some nights I think about taking all my tablets.", "suicidal_ideation"),
        ("Twice I've thought about crashing the car on purpose.", "suicidal_ideation"),
        ("I just want to go to sleep forever.", "suicidal_ideation"),
        ("I looked at the pills in the drawer and thought about it.", "suicidal_ideation"),
        ("Honestly I don't want to wake up in the morning.", "suicidal_ideation"),
        ("I want to hurt the men who did this to her.", "harm_to_others"),
        ("I threatened the lad next door with a knife.", "harm_to_others"),
        ("I pushed my brother down the stairs.", "harm_to_others"),
        ("I smacked my daughter too hard.", "harm_to_others"),
        ("My ex has been stalking me for months.", "abuse_or_neglect"),
    ],
)
def test_more_plain_words_of_risk(text: str, kind: str) -> None:
    assert (kind, "endorsed") in told(text)


@pytest.mark.parametrize(
    "text",
    [
        "I nearly killed myself laughing.",
        "I thought about taking all my holiday in August.",
        "I looked at the knives in the shop and thought about it, they were expensive.",
        "I don't want to wake up early on Saturday.",
        "I want to thank the people who helped.",
        "I pushed my luck at work.",
    ],
)
def test_more_plain_words_that_are_not_risk(text: str) -> None:
    assert not {k for k, s in told(text) if s == "endorsed"}
