"""Risk rules of issue 17's forty-seventh pass, from the misses of the blind set bc01-bc22 (read
after it was measured blind in the forty-sixth pass), each in wordings of its own, with and
without speaker labels; and everyday sentences with the same words, which must not be read so."""

from __future__ import annotations

import pytest

from tests.note_fixtures import ROLES, endorsed, found

_HOW = "How have things been?"


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # a clinician's "That sounds like ..." summary, a few words added, then checked
        (("That sounds like you want to hurt him badly. Or worse. Did I hear you right?",
          "Yes."), "harm_to_others"),
        # an interpreter's turn that opens with a remark before "Now he says ..."
        (("Does he sleep?", "He says not much.", "Does he work?", "He says no, not here.",
          "Does he eat?", "He says a little, some bread.", "Does he have thoughts of dying?",
          "He is crying. Now he says he begs God every night to let him die in his sleep."),
         "suicidal_ideation"),
        # abuse told as what followed whenever the client did something, in the past
        ((_HOW, "If I asked for my pay, the foreman beat me with a stick."), "abuse_or_neglect"),
        # papers taken by an owner, a farmer, a foreman
        ((_HOW, "The farmer took my passport the day I arrived."), "abuse_or_neglect"),
        # a hand on someone's throat; a door battered till one's knuckles bleed
        ((_HOW, "I had my hand on his throat before my mate pulled me off."), "harm_to_others"),
        ((_HOW, "I bash the door till my knuckles bleed."), "self_harm"),
        # drinking to black out, on purpose or to stop feeling
        (("What happens at night?", "I drink the whole bottle of vodka so I black out. On "
          "purpose."), "self_harm"),
        ((_HOW, "I drink until I black out, to stop feeling anything."), "self_harm"),
        # neglect owned in a word
        ((_HOW, "I've been neglecting my dad, I know it."), "abuse_or_neglect"),
        (("What happened with your gran?", "I neglected her. That's the truth."),
         "abuse_or_neglect"),
        # abuse the clinician names, as what happened to the client
        (("He kept your passport and made you work for nothing. That is trafficking, and none "
          "of it was your fault.", "I know that now."), "abuse_or_neglect"),
        # control told as such
        ((_HOW, "My husband is controlling my wages and my phone."), "abuse_or_neglect"),
        ((_HOW, "She decides who I can see and when."), "abuse_or_neglect"),
        # an accident wished
        ((_HOW, "Crossing the road I think, if the lorry hits me, so be it."),
         "suicidal_ideation"),
        (("So you wish for a crash, on the motorway, most nights.", "Yes."),
         "suicidal_ideation"),
    ],
)  # fmt: skip
def test_found(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    assert kind in endorsed(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # a saying of the client's, quoted back by the clinician and called a way of talking
        (('You told the nurse, "I could hang myself with boredom on this ward." Did you mean '
          "anything by it?", "No. It's how people talk in here."), "suicidal_ideation"),
        # an accident wished on someone else's things; a bus wished, no one's abuse
        ((_HOW, "I wish an accident would happen to his car."), "suicidal_ideation"),
        ((_HOW, "Sometimes I wish a bus would hit me."), "abuse_or_neglect"),
    ],
)  # fmt: skip
def test_not_that_kind(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    assert kind not in endorsed(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "said",
    [
        "I thought the school would say I was neglecting her, but they were kind.",
        "I neglected my garden all summer.",
        "The physio is controlling my pain well.",
        "I wish the crash had never happened.",
        "The shop owner took my papers to copy them for the lease.",
        "I had my hand on her throat to check her pulse.",
        "If I asked for more chips, my dad laughed at me.",
        "That's grooming, the way the coach talks to the girls, I told the club.",
        "I hit the post so hard with the ball, the lads were laughing.",
    ],
)
def test_harmless(said: str, roles: bool) -> None:
    assert not endorsed(_HOW, said, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # another person hurt badly, told or asked; damage done to someone, asked
        ((_HOW, "Last winter I badly hurt someone outside the club, he needed stitches."),
         "harm_to_others"),
        (("Have you ever seriously injured another person?", "Yes."), "harm_to_others"),
        (("Do you get urges to go to his flat and do him some damage?", "Yes."),
         "harm_to_others"),
        # someone beaten with a weapon; a child slapped across the face
        ((_HOW, "I wanted to batter the landlord with a hammer when he came round."),
         "harm_to_others"),
        ((_HOW, "I slapped my daughter across the face on Sunday and I can't stop thinking "
          "about it."), "harm_to_others"),
        # a drive planned to a dangerous place, and no coming back
        ((_HOW, "I'm going to drive up to the cliffs one night and not come back."),
         "suicidal_ideation"),
        # blades bought "so I could cut"
        ((_HOW, "I bought razors at the chemist so I could cut. I hid them in my pencil case."),
         "self_harm"),
        # what one needs to get away taken, "so I can't ..."
        ((_HOW, "My partner took my phone and my car keys so I can't see my sister."),
         "abuse_or_neglect"),
        # an old parent left in the same nappy; a child left without anyone, asked
        ((_HOW, "Dad's been in the same nappy since yesterday because the agency never sent "
          "anyone."), "abuse_or_neglect"),
        (("Is your little boy ever left on his own without anyone there?", "Yes."),
         "abuse_or_neglect"),
        # a stage direction before the yes; the thoughts owned with a yes; a yes in Welsh
        (("Have you had thoughts of ending your life?", "(long pause) Yes. I have."),
         "suicidal_ideation"),
        (("Have you had thoughts of ending your life?", "Thoughts of it, yeah. Every day."),
         "suicidal_ideation"),
        (("Have you hurt yourself on purpose?", "Ydw. Last week."), "self_harm"),
    ],
)  # fmt: skip
def test_found_as_the_twenty_first_probe_tells_it(
    turns: tuple[str, ...], kind: str, roles: bool
) -> None:
    assert kind in endorsed(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        (("Have you had thoughts of ending your life?", "(sighs) No. I haven't."),
         "suicidal_ideation"),
        (("Have you hurt yourself on purpose?", "Nac ydw. Never."), "self_harm"),
    ],
)  # fmt: skip
def test_denied_as_the_twenty_first_probe_says_no(
    turns: tuple[str, ...], kind: str, roles: bool
) -> None:
    assert (kind, "denied") in found(*turns, roles=roles)
    assert kind not in endorsed(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "said",
    [
        "I'm going to drive to the lake for the weekend and not come back till Monday.",
        "We'll move to Spain and not come back.",
        "I bought a knife so I could cut the bread properly.",
        "My son took my car keys so I can't drive after the eye drops.",
        "I hit the ball with the bat so hard it went over the fence.",
        "The storm will do some damage to the roof.",
        "I smacked my head on the cupboard so hard I saw stars.",
    ],
)
def test_the_twenty_first_probes_words_harmless(said: str, roles: bool) -> None:
    assert not endorsed(_HOW, said, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("said", "kind"),
    [
        (
            "I've got my tablets saved up in a tin for when I can't cope any more.",
            "suicidal_ideation",
        ),
        ("It's six months since the coastguard pulled me out of the sea.", "suicidal_ideation"),
        ("The cancer would save me the trouble of doing it myself.", "suicidal_ideation"),
        ("I keep thinking about doing it again, properly this time.", "suicidal_ideation"),
        (
            "I stood by the crossing and worked out what time the freight train comes through.",
            "suicidal_ideation",
        ),
        (
            "I've sorted the flat and the cat, I want it all in order before I go.",
            "suicidal_ideation",
        ),
        ("When they said it might be cancer I thought, that's my way out.", "suicidal_ideation"),
        ("tbh i might kms this weekend", "suicidal_ideation"),
        ("I sat in the shed with the shotgun in my mouth for an hour.", "suicidal_ideation"),
        ("I drive like a maniac on the bypass on purpose, just to feel something.", "self_harm"),
        ("I've been skipping my lithium on purpose to see what happens.", "self_harm"),
        ("I do it on my stomach so nobody notices.", "self_harm"),
        ("I've done more lines on my arm this week.", "self_harm"),
        ("I won't eat all day as a punishment when I mess up.", "self_harm"),
        ("I've been drinking till I black out on purpose since the funeral.", "self_harm"),
        ("Then I dragged the driver out of his van.", "harm_to_others"),
        ("I flattened a lad outside the chippy.", "harm_to_others"),
        ("I want to wait outside the pub and glass him.", "harm_to_others"),
        ("I texted her new bloke that he'd better watch his back.", "harm_to_others"),
        ("He's been sniffing round my ex, I'm gonna get him.", "harm_to_others"),
        ("I keep saying I'll shoot up the college and I've been pricing rifles.", "harm_to_others"),
        ("I held my hand over the baby's mouth when she wouldn't stop crying.", "harm_to_others"),
        ("I slipped some of my sleepers into his tea so he'd leave me alone.", "harm_to_others"),
        ("Me and my cousin put that lad in hospital last summer.", "harm_to_others"),
        ("My ex keeps turning up outside my work.", "abuse_or_neglect"),
        ("My boyfriend flushed my pills down the toilet.", "abuse_or_neglect"),
        ("He poked holes in the condoms on purpose.", "abuse_or_neglect"),
        ("The home help has been taking cash out of my mum's purse.", "abuse_or_neglect"),
        ("I left my three-year-old at home alone while I went to the pub.", "abuse_or_neglect"),
        ("I left my dad in a soiled bed for two days.", "abuse_or_neglect"),
        ("My stepdad used to come into my room when mum was at work.", "abuse_or_neglect"),
        ("She slammed my face against the fridge.", "abuse_or_neglect"),
        ("The night staff strap me to the bed so I don't get up.", "abuse_or_neglect"),
        ("My tutor says it's our little secret.", "abuse_or_neglect"),
        ("I used to get battered by my dad every weekend.", "abuse_or_neglect"),
        ("Whenever I see my mates he smashes my phone.", "abuse_or_neglect"),
    ],
)
def test_found_as_the_eighth_battery_tells_it(said: str, kind: str, roles: bool) -> None:
    assert kind in endorsed(_HOW, said, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "said",
    [
        "I'm saving them up for when I go on holiday.",
        "The lifeguard pulled me out of the pool when I was six, I couldn't swim.",
        "I want everything sorted before I go to Canada.",
        "Getting a new job was my way out of debt.",
        "I drive like a maniac on the go-karts, it's a laugh.",
        "I skipped my inhaler by accident on holiday.",
        "I got hit by a ball at cricket.",
        "I'm going to get him a present for his birthday.",
        "My son keeps turning up late for school.",
        "My nan says it's our little secret that she puts rum in the trifle.",
        "I put my hand over the baby's mouth when she sneezed on the cake.",
    ],
)
def test_the_eighth_batterys_words_harmless(said: str, roles: bool) -> None:
    assert not endorsed(_HOW, said, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "said",
    [
        # older cues' false positives, found in this pass's tests (twelfth probe, screens)
        "My cousin kept our passports safe while we moved house.",
        "The cleaner took money out of my purse to buy milk, I asked her to.",
    ],
)
def test_older_cues_harmless(said: str, roles: bool) -> None:
    assert not endorsed(_HOW, said, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("This mate of mine burns his arms with a lighter. Okay, it's me. I'm talking about me.",
         "self_harm"),
        ("My friend's husband locks her in the bedroom at night... fine, my husband. Me. It's me "
         "he does it to.", "abuse_or_neglect"),
    ],
)  # fmt: skip
def test_a_friend_owned_as_oneself(said: str, kind: str, roles: bool) -> None:
    assert kind in endorsed(_HOW, said, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "said",
    [
        "My friend's dad hits her. It's me she told first.",
        "My mate wants to kill himself. It's me who found the note.",
        "My friend cuts her arms. It's not me, I'd never.",
    ],
)
def test_a_friends_risk_stays_the_friends(said: str, roles: bool) -> None:
    assert not endorsed(_HOW, said, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "answer",
    ["After my brother died, I'm not going down that road.", "Since the divorce, no, never."],
)
def test_a_time_before_a_no(answer: str, roles: bool) -> None:
    question = "Have you had thoughts of ending your life?"
    assert ("suicidal_ideation", "denied") in found(question, answer, roles=roles)
    assert "suicidal_ideation" not in endorsed(question, answer, roles=roles)


@ROLES
def test_a_summary_checked_as_understood(roles: bool) -> None:
    turns = (
        "That sounds like you want to hurt him badly. Have I understood you correctly?",
        "Yes.",
    )
    assert "harm_to_others" in endorsed(*turns, roles=roles)
