"""Risk rules of issue 17's fifty-third pass, from the misses of the probe p27 (measured blind
twice, then read), each in wordings of its own, with and without speaker labels; and everyday
sentences with the same words, which must not be read so."""

from __future__ import annotations

import pytest

from tests.note_fixtures import ROLES, endorsed, found

_HOW = "How have things been?"
_IDEATION = "Have you had thoughts of ending your life?"
_CUTTING = "Have you been cutting or burning yourself?"


@ROLES
@pytest.mark.parametrize(
    ("said", "kind"),
    [
        # an end weighed: Scots, a lethal amount asked, "over for good" and the how, a hose kept
        ("They'd aw be better aff if I jist wisnae here.", "suicidal_ideation"),
        ("Ma weans would be better aff no bein aroon.", "suicidal_ideation"),
        ("I keep asking myself how many paracetamol would do it.", "suicidal_ideation"),
        ("I want it all to end, for good, and I've worked out how.", "suicidal_ideation"),
        (
            "There's a hosepipe in my car now and I know a lane where nobody goes.",
            "suicidal_ideation",
        ),
        ("I walked up to the flyover last night thinking about jumping.", "suicidal_ideation"),
        # self-harm by the tool, the wound owned, the hiding
        ("I snapped a sharpener to get the blade out.", "self_harm"),
        ("The scratches on my legs, it was me that did them.", "self_harm"),
        ("Ten cuts last night, on my hip where nobody can see.", "self_harm"),
        ("When I panic I dig my nails into my hands until they bleed.", "self_harm"),
        # harm to others: armed, waiting, planned, pictured
        ("I carry a blade now so I can use it on the guys who robbed me.", "harm_to_others"),
        ("Last night I was parked outside her flat with the gun on the seat.", "harm_to_others"),
        ("I am planning to wound that man who cheated my family.", "harm_to_others"),
        ("Next time I see her at the market I'll deck her.", "harm_to_others"),
        ("I keep imagining shoving my boss down the stairs.", "harm_to_others"),
        # abuse: food kept, papers held, blows listed, a child beaten, a no not heeded
        ("My son locks the kitchen and only lets me eat at night.", "abuse_or_neglect"),
        ("The family does not give me food when they are vexed.", "abuse_or_neglect"),
        ("My employer has been holding my passport since I arrived.", "abuse_or_neglect"),
        ("Him indoors, a punch here, a kick there, every weekend.", "abuse_or_neglect"),
        ("I beat my son with a cane when he talks back.", "abuse_or_neglect"),
        ("I kept saying no but he carried on anyway.", "abuse_or_neglect"),
    ],
)
def test_found(said: str, kind: str, roles: bool) -> None:
    assert kind in endorsed(_HOW, said, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "said",
    [
        "We'd be better aff wi the bus, to be honest.",
        "How many tablets would it take to shift this headache?",
        "How many ibuprofen can I take in a day?",
        "Can't wait for the building work to be over for good.",
        "There's a hose in the boot for washing the car.",
        "The kids walked over the footbridge, thinking about jumping in the river.",
        "The sharpener's broken, can I borrow yours?",
        "The burns on my arm from the oven, that's me being clumsy.",
        "I got a tattoo on my hip so my mum doesn't see it.",
        "I poked my finger on a rose until it bled.",
        "Cut up your food into small pieces first.",
        "I was sat outside his house with the engine running to pick him up.",
        "Her words wound him deeply.",
        "Next time I see him at squash I'm gonna smash him.",
        "I love pushing my son on the swing.",
        "I lock the fridge so the kids don't graze at night.",
        "The doctor only lets me eat soup after the operation.",
        "The bank is holding my passport copy.",
        "A tweak here, a nudge there, and the recipe is perfect.",
        "He beat him at chess with a clever move.",
        "I beat the rug with a stick.",
        "I said no to the job and he went ahead anyway.",
    ],
)
def test_harmless(said: str, roles: bool) -> None:
    assert endorsed(_HOW, said, roles=roles) == set()


@ROLES
@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Have you stood on the viaduct thinking of throwing yourself off?", "suicidal_ideation"),
        ("Dae ye think they'd aw be better aff no bein aroon?", "suicidal_ideation"),
        ("Are you still cutting up yourself when things get bad?", "self_harm"),
        ("Do you keep a bat in the car to use it on him?", "harm_to_others"),
        ("Have you had thoughts of pushing your neighbour off the balcony?", "harm_to_others"),
        ("Did your boss take away your passport?", "abuse_or_neglect"),
    ],
)
def test_asked_and_answered_yes(question: str, kind: str, roles: bool) -> None:
    assert (kind, "endorsed") in found(question, "Yes.", roles=roles)


@ROLES
@pytest.mark.parametrize(
    "answer",
    [
        # a double negative naming no act, said plainly
        "It's not as if I never have, let's say.",
        "Not gonna pretend I didn't.",
        "It's not that I haven't, no.",
        # a relative answering after a colon
        "Her sister says: yes, she has, since Easter.",
        "His son answers for him: he has, most weekends.",
        # a conceding prelude, then the yes
        "Oh, you've caught me there. Yes.",
        "You all know the answer to that already. Yeah.",
        "Na so e be, madam.",
    ],
)
def test_yes_said_around_the_yes(answer: str, roles: bool) -> None:
    assert ("self_harm", "endorsed") in found(_CUTTING, answer, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "answer",
    [
        "It's not like I've never been to Spain, no.",
        "Her sister says: no, she hasn't, not that we know of.",
        "You've got me there. No, I haven't.",
        "You know the answer to that. No.",
        "Mi nuh do dat.",
        "Me neva tink so, doctor.",
    ],
)
def test_no_said_around_the_no(answer: str, roles: bool) -> None:
    said = found(_CUTTING, answer, roles=roles)
    assert ("self_harm", "endorsed") not in said


@ROLES
def test_patwa_no_is_denied(roles: bool) -> None:
    assert ("suicidal_ideation", "denied") in found(
        _IDEATION, "Mi nuh do dat, at all.", roles=roles
    )


@ROLES
def test_prelude_alone_is_no_answer(roles: bool) -> None:
    assert found(_CUTTING, "Och, you've got me there.", roles=roles) == set()
