"""Risk rules of issue 17's forty-fifth pass, from the misses of the blind set ba01-ba22 (read
after it was measured blind in the forty-fourth pass), each in wordings of its own, with and
without speaker labels; and everyday sentences with the same words, which must not be read so."""

from __future__ import annotations

import pytest

from tests.note_fixtures import ROLES, endorsed, found

_HOW = "How have things been?"
_THOUGHTS = "Have you had thoughts of ending your life?"
_OTHERS = "Have you thought about hurting someone else?"


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # touching under one's clothes, told or summed up and agreed; sexual messages
        ((_HOW, "At the sleepover her stepdad touched me under my nightie."), "abuse_or_neglect"),
        ((_HOW, "The manager's hands slid up under my shirt in the stockroom."),
         "abuse_or_neglect"),
        (("So your uncle has been sending you sexual messages on your phone. Have I got that "
          "right?", "Yes, you have."), "abuse_or_neglect"),
        # a beating as a child, summed up by the clinician and confirmed
        ((_HOW, "My grandfather had a cane by the door and used it when we were late.",
          "You were a little girl being beaten.", "I was. Most weeks."), "abuse_or_neglect"),
        # a comparison with a past time that happened
        ((_HOW, "It's not like last spring when I was burning my arms with a lighter."),
         "self_harm"),
        # a hot thing held to one's own skin; a burn retold as made on purpose
        ((_HOW, "I heated the knife on the hob till it was red hot and I pressed it to my thigh."),
         "self_harm"),
        (("So those burns you made on purpose, after the arguments. How often?", "Most weeks."),
         "self_harm"),
    ],
)  # fmt: skip
def test_found(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    assert kind in endorsed(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # a first sentence about someone else, then the thing asked denied by name
        ((_THOUGHTS, "I was thinking about my brother. No. I haven't had thoughts of ending my "
          "life."), "suicidal_ideation"),
        # a joke that names something else as the one killed
        ((_THOUGHTS, "Only thing I'm killing is this packet of biscuits."), "suicidal_ideation"),
        # "not anyone", after naming some
        ((_OTHERS, "I don't fight. Not my brothers, not anyone."), "harm_to_others"),
    ],
)  # fmt: skip
def test_denied(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    assert (kind, "denied") in found(*turns, roles=roles)
    assert kind not in endorsed(*turns, roles=roles)


def test_a_yes_to_an_offer_answers_the_offer() -> None:
    # who speaks is unknown: the yes after "... if you agree." agrees to the call, it does not
    # answer the question about hurting someone asked two turns before
    turns = (_OTHERS, "I just want to pay the debt.",
             "I'll ring your brother with you, if you agree.", "Yes. Ring him.")  # fmt: skip
    assert "harm_to_others" not in endorsed(*turns, roles=False)


@ROLES
@pytest.mark.parametrize(
    "turns",
    [
        # hot things held to an ache, hands under clothes for warmth, messages between partners
        (_HOW, "The hot water bottle helps, I hold it on my stomach at night."),
        (_HOW, "It was freezing so I put my hands up under my jumper."),
        (_HOW, "My boyfriend sends me sexual messages, it's a bit of fun."),
        (_HOW, "The nurse touched my arm and told me it was going well."),
        # a comparison with a better time
        (_HOW, "It's not like when I was twenty and could dance all night."),
        # a summary with no one beaten
        (_HOW, "That's a child being silly, nothing more."),
        (_HOW, "The only thing I'm killing is time, waiting for the bus."),
    ],
)  # fmt: skip
def test_no_endorsement(turns: tuple[str, ...], roles: bool) -> None:
    assert not endorsed(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("said", "kind"),
    [
        # the pills it takes looked up, owned; a whole box taken; waking up not meant
        ("I was searching how many sleeping tablets it would take, every night last week.",
         "suicidal_ideation"),
        ("you know when you keep looking up how many paracetamol it takes, thats been me",
         "suicidal_ideation"),
        ("On Friday I took the whole packet of co-codamol.", "suicidal_ideation"),
        ("I wasn't meant to come round, that was the idea.", "suicidal_ideation"),
        ("I've said all my goodbyes in my head already.", "suicidal_ideation"),
        # a blade kept hidden; an injury passed off and owned; a fragment with no subject
        ("I keep a razor blade taped inside my pencil case.", "self_harm"),
        ("I told the doctor I fell on the step, but I did it myself.", "self_harm"),
        ("Still cutting, mostly on my arms.", "self_harm"),
        # one turn labelled as the interpreter's is enough to read the session as relayed
        ("Interpreter: She says she hid the blades in her shoe. She says she used them Sunday.",
         "self_harm"),
        ("been cutting again so dad doesnt see", "self_harm"),
        # a threat with the weapon at hand; an ex's hours found out; a shop to be burned
        ("if he parks there again im going to stab him, ive got a knife in the van",
         "harm_to_others"),
        ("I've been finding out where my ex lives now and what time he gets home.",
         "harm_to_others"),
        ("If they don't pay me back I will burn their shop.", "harm_to_others"),
        # the belt as the house rule; a carer who leaves one wet in the chair
        ("At my house you keep quiet at dinner or you get the strap.", "abuse_or_neglect"),
        ("My home help leaves me in the bed all day and nobody brings me a drink.",
         "abuse_or_neglect"),
    ],
)  # fmt: skip
def test_found_as_the_nineteenth_probe_tells_it(said: str, kind: str, roles: bool) -> None:
    assert kind in endorsed(_HOW, said, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("answer", "status"),
    [
        ("Interpreter: She says no, never.", "denied"),
        ("My husband says no, he hasn't, doctor.", "denied"),
        ("He's shaking his head. He says no.", "denied"),
        ("not last year not ever no", "denied"),
        ("Not this week, no, but yes, I have.", "endorsed"),
        ("Nah, I can't lie to you, I have.", "endorsed"),
        ("not only the once", "endorsed"),
        ("ive done that yeah", "endorsed"),
        ("My son says yes, he has. He told me.", "endorsed"),
    ],
)  # fmt: skip
def test_answers_given_for_the_client_or_owned_at_last(
    answer: str, status: str, roles: bool
) -> None:
    assert ("self_harm", status) in found("Have you hurt yourself on purpose?", answer, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "said",
    [
        "I'll kill him if he finishes my biscuits again, honestly.",
        "My daughter keeps beating me at chess now, she's too quick.",
        "I keep the spare razor blades in the bathroom cabinet for my husband.",
        "The carer leaves me in the chair by the window, I like watching the birds.",
        "I told the nurse I fell on the ice, and that's what happened.",
        "I searched how many calories are in a pint, it's frightening.",
        "Is there a tool you're planning to use on the fence?",
    ],
)  # fmt: skip
def test_the_nineteenth_probes_words_harmless(said: str, roles: bool) -> None:
    assert not endorsed(_HOW, said, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # marks asked about as one's own, a weapon meant for someone, papers kept
        ("Are those scratches on your legs ones you've made yourself?", "self_harm"),
        ("Is there a knife at home you're meaning to use on him?", "harm_to_others"),
        ("Does your husband keep your passport so you can't leave?", "abuse_or_neglect"),
    ],
)  # fmt: skip
def test_asked_as_the_nineteenth_probe_asks(question: str, kind: str, roles: bool) -> None:
    assert kind in endorsed(question, "Yes.", roles=roles)
    assert kind not in endorsed(question, "No.", roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("I phoned the insurers to ask if the policy pays out on suicide.", "suicidal_ideation"),
        ("I don't plan on being here by the spring, to be honest.", "suicidal_ideation"),
        ("I waded into the river meaning not to come out.", "suicidal_ideation"),
        ("some nights i think about driving under a tanker on the motorway", "suicidal_ideation"),
        ("I just want to go to sleep for good.", "suicidal_ideation"),
        ("Since Jim died I keep thinking it's time I went to join him.", "suicidal_ideation"),
        ("i'm planning on checking out before christmas tbh", "suicidal_ideation"),
        ("Daily I am thinking of jumping from the parapet of the flyover.", "suicidal_ideation"),
        ("I've swallowed a few drawing pins this week, on purpose.", "self_harm"),
        ("I've been sipping drain cleaner, just a little, so it burns.", "self_harm"),
        ("I skip my injections on purpose so I feel awful.", "self_harm"),
        ("I stopped my epilepsy tablets and didn't tell anyone.", "self_harm"),
        ("I pressed my palm on the hot hob door on purpose.", "self_harm"),
        ("I pick at the wound until it comes open again.", "self_harm"),
        ("I banged my head against the kitchen wall till it bled.", "self_harm"),
        ("I ride without a helmet on purpose, getting hurt is what I deserve.", "self_harm"),
        ("I kicked the neighbour's cat off the wall, more than once.", "harm_to_others"),
        ("Last week I slashed his tyres outside the pub.", "harm_to_others"),
        ("I tried to run her off the road on the way home.", "harm_to_others"),
        ("I've been putting laxatives in his coffee to make him ill.", "harm_to_others"),
        ("I told him if the rent's not paid by Monday I'm breaking his legs, I've decided.",
         "harm_to_others"),
        ("My cousin comes into my room at night and touches me.", "abuse_or_neglect"),
        ("My stepdad makes me eat my dinner off the floor.", "abuse_or_neglect"),
        ("My son made me sign my house over and won't let me see my own statements.",
         "abuse_or_neglect"),
        ("I left the kids home alone while I was at the casino.", "abuse_or_neglect"),
        ("Some nights the kids go without tea because I've spent it.", "abuse_or_neglect"),
        ("I haven't taken my daughter to the doctor about her chest.", "abuse_or_neglect"),
    ],
)  # fmt: skip
def test_found_as_the_sixth_battery_tells_it(said: str, kind: str, roles: bool) -> None:
    assert kind in endorsed(_HOW, said, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "said",
    [
        "We drove over the bridge into the city for the match.",
        "The kids beat each other at ping pong all afternoon.",
        "I'm going to join her in Portugal for a week in May.",
        "We're checking out the new café on the high street.",
        "I need to ring the insurance about the car, they won't pay out on the scratch.",
        "I don't see myself being here in this job much longer, I want a change.",
        "I swallowed my tablets with a glass of water like the nurse said.",
        "The dog goes without his walk when it's raining.",
        "I stopped my heart tablets because the cardiologist said I could.",
        "The baby swallowed a button battery once and we rushed her in.",
        "He's breaking his back on that allotment every weekend.",
    ],
)  # fmt: skip
def test_the_sixth_batterys_words_harmless(said: str, roles: bool) -> None:
    assert not endorsed(_HOW, said, roles=roles)
