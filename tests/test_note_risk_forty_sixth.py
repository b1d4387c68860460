"""Risk rules of issue 17's forty-sixth pass, from the misses of the blind set bb01-bb22 (read
after it was measured blind in the forty-fifth pass), each in wordings of its own, with and
without speaker labels; and everyday sentences with the same words, which must not be read so."""

from __future__ import annotations

import pytest

from tests.note_fixtures import ROLES, endorsed, found

_HOW = "How have things been?"
_THOUGHTS = "Have you had thoughts of ending your life?"
_OTHERS = "Have you thought about hurting someone else?"
_SELF = "Have you hurt yourself on purpose?"


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # a purpose asked and said without a subject
        (("Why were you keeping the pills in your drawer?", "You know why. To go to sleep for "
          "good."), "suicidal_ideation"),
        (("What was the rope in the shed for?", "To hang myself, if it came to it."),
         "suicidal_ideation"),
        # a summary agreed with in other words, or in another tongue
        (("Let me check I have it. You've been thinking about killing yourself since the "
          "divorce.", "All true. Every word."), "suicidal_ideation"),
        (("So you've had thoughts of ending your life on the night shifts. Is that right?",
          "Genau. Most nights."), "suicidal_ideation"),
        (("So the twins are alone all night while you're at work. Is that right?",
          "That is what happened, yes."), "abuse_or_neglect"),
        (("So your son is on his own overnight when you go out?", "Yes."), "abuse_or_neglect"),
        # being gone said in the present, either or asked
        (("Better if you moved away, or better if you're not alive?", "Not alive. Yes."),
         "suicidal_ideation"),
        ((_HOW, "Honestly it's better if I'm not alive, that's what I think at night."),
         "suicidal_ideation"),
        ((_HOW, "My kids would be safer without me."), "suicidal_ideation"),
        # a load one thinks of bringing down on oneself
        ((_HOW, "On the crane I keep thinking of letting the beam swing so it lands on top of "
          "me."), "suicidal_ideation"),
        ((_HOW, "The kids are by themselves every night while I work the bar."),
         "abuse_or_neglect"),
    ],
)  # fmt: skip
def test_found(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    assert kind in endorsed(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # "Sometimes ..." and then "but no, not like that"
        ((_THOUGHTS, "Sometimes I wonder what the point of it all is... but no, not like that. "
          "I have my girls."), "suicidal_ideation"),
        # the question's words said back, asking, then no
        ((_THOUGHTS, "I ask myself why this happened to me. But kill myself? No. Never."),
         "suicidal_ideation"),
        # an injury at work, not someone's act
        ((_SELF, "No, never. The accident hurt me enough."), "self_harm"),
        # a summary that says nobody hurts, agreed with
        (("So nobody hurts you, but the night carer is a bit brisk.", "That's it."),
         "abuse_or_neglect"),
    ],
)  # fmt: skip
def test_denied(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    assert kind not in endorsed(*turns, roles=roles)
    if kind != "self_harm":
        assert (kind, "denied") in found(*turns, roles=roles)


@ROLES
def test_an_intrusive_picture_disowned_at_once_is_no_intent(roles: bool) -> None:
    # the picture told with a colon and disowned in the next sentence; intent denied later
    turns = ("Why do you avoid the stairs with him?",
             "When I carry him down the image comes: I drop him over the banister. I hate it. "
             "It just arrives.", "Do you have any wish or intention to hurt your son?",
             "No. Never. I love him more than anything.")  # fmt: skip
    assert "harm_to_others" not in endorsed(*turns, roles=roles)
    assert ("harm_to_others", "denied") in found(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "turns",
    [
        # a purpose that is harmless
        ("What was the knife in your bag for?", "To cut the cake at my sister's party."),
        # children alone in their rooms at night, asleep; things stacked safely
        (_HOW, "The kids are alone at night in their rooms now, they sleep through."),
        (_HOW, "I stacked the crates so they won't fall on me when I reach up."),
        # the roads safer without one's driving; a machine's injury
        (_HOW, "The roads would be safer without me driving, my eyes are going."),
        (_HOW, "The machine hurt my hand last year, the guard was off."),
        (_HOW, "It's better if I'm not here when the plumber comes."),
    ],
)  # fmt: skip
def test_no_endorsement(turns: tuple[str, ...], roles: bool) -> None:
    assert not endorsed(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("said", "kind"),
    [
        # told as the probe p20 tells it, in wordings of its own
        ("Living the dream, me. Only the dream is all about not waking up.", "suicidal_ideation"),
        ("I took every pill I could find back in March and woke up in resus.",
         "suicidal_ideation"),
        ("I've been looking up how to end it on my laptop most nights.", "suicidal_ideation"),
        ("My girlfriend spotted the cuts on my thighs and cried.", "self_harm"),
        ("I keep thinking about kicking that landlord's head in.", "harm_to_others"),
        ("There's a bat in my boot and I know when he leaves the pub.", "harm_to_others"),
        ("I followed my ex home with a blade last Friday.", "harm_to_others"),
        ("My nephew has been keeping all of my benefits since the summer.", "abuse_or_neglect"),
        ("Mum told me if I tell anyone it'll get worse for me.", "abuse_or_neglect"),
        ("I was lying in the same soiled sheets for three days.", "abuse_or_neglect"),
    ],
)  # fmt: skip
def test_found_as_the_twentieth_probe_tells_it(said: str, kind: str, roles: bool) -> None:
    assert kind in endorsed(_HOW, said, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Is there someone in particular you've thought about harming?", "harm_to_others"),
        ("Is there a knife in the house you've thought about using on him?", "harm_to_others"),
        ("Is your daughter left home without a grown-up after school?", "abuse_or_neglect"),
    ],
)  # fmt: skip
def test_asked_as_the_twentieth_probe_asks(question: str, kind: str, roles: bool) -> None:
    assert kind in endorsed(question, "Yes.", roles=roles)
    assert (kind, "denied") in found(question, "No.", roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("answer", "says"),
    [
        ("Nah yeah, I have.", "yes"),
        ("I wouldn't say I haven't, no.", "yes"),
        ("Can't say it's never crossed my mind.", "yes"),
        ("More often than I'd care to admit.", "yes"),
        ("I'm not gonna pretend I haven't.", "yes"),
        ("Since I was about twelve, off and on.", "yes"),
        ("Not the first one, but the second one, yes.", "yes"),
        ("Not on your life, love.", "no"),
        ("Uh-uh.", "no"),
        ("I can't say I ever did.", "no"),
        ("My nan's shaking her head, so that's a no.", "no"),
    ],
)  # fmt: skip
def test_answered_as_the_twentieth_probe_answers(answer: str, says: str, roles: bool) -> None:
    status = "endorsed" if says == "yes" else "denied"
    assert ("suicidal_ideation", status) in found(_THOUGHTS, answer, roles=roles)
    assert "suicidal_ideation" not in endorsed(_THOUGHTS, answer, roles=roles) or says == "yes"


@ROLES
@pytest.mark.parametrize(
    "said",
    [
        # the same words in harmless use
        "I'm dreaming about not waking up early for once, the holidays are close.",
        "Every tablet in the packet is a different colour, it's confusing.",
        "The nurse saw the burns on my arm from the oven and put cream on them.",
        "I kicked the ball so hard it smashed the ref's face, total accident, he was fine.",
        "I followed my sister home with a knife set she had left at mine.",
        "I wrote a poem where the narrator drowns in the sea, for English.",
        "I told my brother I'd throttle him if he finished the last of the milk.",
        "Me mam's knee has been bad all week.",
    ],
)  # fmt: skip
def test_the_twentieth_probes_words_harmless(said: str, roles: bool) -> None:
    assert not endorsed(_HOW, said, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("said", "kind"),
    [
        # told as the seventh battery tells it, in wordings of its own
        ("Most nights I lie there hoping I won't wake up, honestly.", "suicidal_ideation"),
        ("On the ring road I wish a truck would hit me, just quick.", "suicidal_ideation"),
        ("When they found the lump I was almost glad, so I'd have a way out.",
         "suicidal_ideation"),
        ("The letters are in the drawer, for when I'm gone, and that won't be long.",
         "suicidal_ideation"),
        ("The engine's ticking over in the garage with the doors shut, I tried it last night.",
         "suicidal_ideation"),
        ("I've got sleeping tablets saved up and I'm going to take the lot on his birthday.",
         "suicidal_ideation"),
        ("I think about walking off the end of the jetty in my coat.", "suicidal_ideation"),
        ("I wrote a note in my diary saying goodbye to everyone.", "suicidal_ideation"),
        ("I sent him a picture of the noose last night.", "suicidal_ideation"),
        ("I've been stubbing cigarettes out on my wrist when nobody's home.", "self_harm"),
        ("I hit the garage wall until my knuckles bled.", "self_harm"),
        ("I poured boiling water over my hand on Sunday.", "self_harm"),
        ("Some nights I drink until I black out, on purpose really.", "self_harm"),
        ("I told the doctor I slipped on a bottle, but I didn't slip.", "self_harm"),
        ("There's a knife in my jacket and I'm using it if he starts again.", "harm_to_others"),
        ("I smacked my boy too hard on Friday.", "harm_to_others"),
        ("I've been thinking about using it on my neighbour.", "harm_to_others"),
        ("I'll split his skull open with the spanner.", "harm_to_others"),
        ("He keeps on at me until I give in, most nights.", "abuse_or_neglect"),
        ("He tells me I'm lucky he feeds me.", "abuse_or_neglect"),
        ("A man online keeps asking for pics of me.", "abuse_or_neglect"),
        ("The manager kept our passports and we slept in a shed.", "abuse_or_neglect"),
        ("The priest said God would punish me if I told anyone.", "abuse_or_neglect"),
        ("Me and my sister are alone all weekend with no food in.", "abuse_or_neglect"),
        ("I left the baby on her own in the flat while I went to the shop.", "abuse_or_neglect"),
        ("I told the nurse I fell down the stairs, but it was him.", "abuse_or_neglect"),
        ("I haven't been feeding my dad properly since I started nights.", "abuse_or_neglect"),
    ],
)  # fmt: skip
def test_found_as_the_seventh_battery_tells_it(said: str, kind: str, roles: bool) -> None:
    assert kind in endorsed(_HOW, said, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "said",
    [
        "I'm hoping I don't wake up late for the interview tomorrow.",
        "I wish a bus would come, I've been waiting for forty minutes.",
        "The car runs fine now, the garage fixed the exhaust.",
        "I stepped off the end of the ladder and twisted my ankle.",
        "The bank kept my card after I typed the wrong PIN twice.",
        "We're going to get him a cake for his birthday, I'll bring it.",
        "He keeps asking for pictures of the dog, he misses her.",
        "I told them I fell off my bike, and I did, it was the ice.",
        "The photo of the rope bridge in Peru is my screensaver.",
    ],
)  # fmt: skip
def test_the_seventh_batterys_words_harmless(said: str, roles: bool) -> None:
    assert not endorsed(_HOW, said, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind", "status"),
    [
        # a no taken back at once, in the same sentence or the next
        ((_HOW, "no not really well ok yeah i burned my arm on friday"), "self_harm", "endorsed"),
        ((_SELF, "No. Well, actually yes, once."), "self_harm", "endorsed"),
        ((_SELF, "Not really. Okay, fine, I have."), "self_harm", "endorsed"),
        ((_OTHERS, "No. Yes, twice."), "harm_to_others", "endorsed"),
        # a no kept
        ((_SELF, "No. Fine."), "self_harm", "denied"),
        ((_SELF, "No, well, I never have."), "self_harm", "denied"),
    ],
)  # fmt: skip
def test_a_no_taken_back(turns: tuple[str, ...], kind: str, status: str, roles: bool) -> None:
    assert (kind, status) in found(*turns, roles=roles)
    if status == "denied":
        assert kind not in endorsed(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "said",
    [
        # abuse told as what someone does whenever the client does something, in the present
        "If I'm late home from work he hits me.",
        "If I say no he keeps on until I give in.",
        "Whenever we go out without asking, my stepdad locks us out all night.",
        "If I burn the dinner she slaps me.",
    ],
)  # fmt: skip
def test_abuse_told_as_what_follows_whenever(said: str, roles: bool) -> None:
    assert "abuse_or_neglect" in endorsed(_HOW, said, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "said",
    [
        "If I'm late he locks the car and waits, it's a joke between us.",
        "When I cry she hugs me and puts the kettle on.",
        "If he hits me again I'll leave, but he never has.",
    ],
)  # fmt: skip
def test_what_follows_whenever_harmless(said: str, roles: bool) -> None:
    assert "abuse_or_neglect" not in endorsed(_HOW, said, roles=roles)
