"""Risk rules of issue 17's fiftieth pass, from the misses of the set bf01-bf22 (measured blind
in the forty-ninth pass and at the fiftieth's start, then read) and of the probe p24 (read after
three passes blind), each in wordings of its own, with and without speaker labels; and everyday
sentences with the same words, which must not be read so."""

from __future__ import annotations

import pytest

from tests.note_fixtures import ROLES, endorsed, found

_HOW = "How have things been?"
_SI_Q = "Have you had any thoughts of ending your life?"


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # a summary opened "It sounds as if" ("as if" is no condition)
        (("It sounds as if you've picked a day to end your life.", "Yes. The tenth."),
         "suicidal_ideation"),
        (("It sounds as if you've been cutting your arms again.", "Yeah."), "self_harm"),
        # a dialect's yes after a part taken back
        ((_SI_Q, "Not every day. But yah, the thought is there."), "suicidal_ideation"),
        ((_SI_Q, "Yeh, I have."), "suicidal_ideation"),
        # the wish owned by its echo; "less" to a question of what goes on
        (("Did you want to die too?", "I wanted it too."), "suicidal_ideation"),
        (("Was it the drink, or did you want to die?", "The drink, but I wanted it also."),
         "suicidal_ideation"),
        (("Are you still wanting to end your life?", "Less. The nights are easier."),
         "suicidal_ideation"),
        # a deadline set oneself; jumping said bare
        ((_HOW, "If this back is still the same by Easter, I won't be here."),
         "suicidal_ideation"),
        ((_HOW, "If things are not better by the spring, then I won't be."), "suicidal_ideation"),
        (("What were you thinking on the bridge?", "I was thinking of jumping."),
         "suicidal_ideation"),
        # boiling water or oil thrown by someone at home; a child belted by the client
        ((_HOW, "He poured the boiling water. My husband. I told them I slipped."),
         "abuse_or_neglect"),
        ((_HOW, "My sister-in-law threw hot oil at me in the kitchen."), "abuse_or_neglect"),
        ((_HOW, "I belted my boy with my belt and he had marks for a week."), "abuse_or_neglect"),
        ((_HOW, "I strapped her with the cord when she lied."), "abuse_or_neglect"),
    ],
)  # fmt: skip
def test_found(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    assert kind in endorsed(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "turns",
    [
        # "only" what was done to the door or the walls
        ("Did they hurt you, or threaten your family?", "Only paint on the door and a letter."),
        ("Did anyone hurt you?", "Only some graffiti. Nobody touched me."),
        # the children fed, said with "never"
        ("Have the kids been looked after?", "They never went without dinner, not once."),
        ("Have the children been looked after?", "She didn't go without food, I made sure."),
        # a threat said, checked in two words, taken back
        ("Who do you see?", "The landlord, and I'd strangle him, I would.", "Would you?",
         "No. I wouldn't lay a finger on him. He's just useless."),
        ("How's work?", "I could throttle my boss.", "Really?", "No, no. Figure of speech."),
        # everyday: yah, jumping, a deadline, oil, belts
        (_HOW, "Yah, the new job is good, I'm settling in."),
        (_HOW, "I was thinking of jumping at the offer, to be honest."),
        (_HOW, "If the rain is still here by Saturday, I won't be going to the match."),
        (_HOW, "She threw the hot oil away and we started again with the chips."),
        (_HOW, "I whipped the cream with a fork because the mixer broke."),
        (_HOW, "It sounds as if the kids are settling in, doesn't it."),
        ("Are you still drinking every night?", "Less."),
    ],
)  # fmt: skip
def test_harmless(turns: tuple[str, ...], roles: bool) -> None:
    assert not endorsed(*turns, roles=roles)


@ROLES
def test_the_threat_checked_and_taken_back_is_charted_denied(roles: bool) -> None:
    turns = ("Who do you see?", "My neighbour, and I'd shoot him, so I would.", "Would you?",
             "Och, no. I wouldn't harm a soul.")  # fmt: skip
    assert found(*turns, roles=roles) == {("harm_to_others", "denied")}


@ROLES
def test_the_threat_not_taken_back_stands(roles: bool) -> None:
    turns = ("Who do you see?", "My neighbour, and I'd shoot him, so I would.", "Would you?",
             "Yes. I've thought about how.")  # fmt: skip
    assert ("harm_to_others", "endorsed") in found(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # p24's forms, in wordings of their own
        ((_HOW, "Last week I took the whole packet to end it, and my brother found me."),
         "suicidal_ideation"),
        ((_HOW, "If she leaves me, next time I won't mess it up, I'll end my life."),
         "suicidal_ideation"),
        ((_HOW, "I'm going to finish myself, I've had enough."), "suicidal_ideation"),
        ((_HOW, "Five more minutes and I'd have been gone, the paramedic said."),
         "suicidal_ideation"),
        ((_HOW, "I went up the multi-storey car park thinking about going over the edge."),
         "suicidal_ideation"),
        ((_HOW, "I relapsed with sh again on Friday."), "self_harm"),
        ((_HOW, "Whenever he shouts at me I go upstairs and scratch my arms with a blade."),
         "self_harm"),
        ((_HOW, "I gave my brother a split lip over the car."), "harm_to_others"),
        ((_HOW, "I'm fixing to go round with my shotgun and settle it with him."),
         "harm_to_others"),
        ((_HOW, "I keep thinking of doing him in, honest."), "harm_to_others"),
        ((_HOW, "I was waiting for them at the gate with a bat."), "harm_to_others"),
        ((_HOW, "My dad grabbed me by the hair and dragged me upstairs."), "abuse_or_neglect"),
        ((_HOW, "There were marks on her legs. Her father did them with a cane."),
         "abuse_or_neglect"),
        ((_HOW, "Him box mi when him drunk."), "abuse_or_neglect"),
        (("Have you kicked a dog on purpose when you were angry?", "Yes."), "harm_to_others"),
        (("Are any of the children being hit at home?", "Yes."), "abuse_or_neglect"),
        # dialect words: Scots, "me" for "my", Cockney, "sure have", "bruh"
        ((_HOW, "I've been thinking aboot going ower the side of the bridge."),
         "suicidal_ideation"),
        ((_HOW, "I cut me wrist again on Sunday."), "self_harm"),
        ((_HOW, "I keep finkin' about doing him in."), "harm_to_others"),
        ((_SI_Q, "Sure have."), "suicidal_ideation"),
        ((_SI_Q, "bruh yeah"), "suicidal_ideation"),
    ],
)  # fmt: skip
def test_found_in_passing(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    assert kind in endorsed(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "turns",
    [
        (_HOW, "I took the whole packet of biscuits to the office to end the diet."),
        (_HOW, "Another ten minutes and I'd have been gone home, the bus was late."),
        (_HOW, "The lads were jumping off the side of the pier all afternoon."),
        (_HOW, "My arms are covered in scratches, the new kitten is a menace."),
        (_HOW, "My sister's husband, he hits her, and she won't leave him."),
        (_HOW, "Whenever it rains I go to the cinema."),
        (_HOW, "I gave him a hiding at darts on Friday."),
        (_HOW, "I gave her a lift to the station."),
        (_HOW, "I'm waiting for them to fix the boiler with a new part."),
        (_HOW, "The plumber did them with a new pipe."),
        (_HOW, "Me arm is sore from the tennis."),
        (_HOW, "Give me a hand with the shopping, she said."),
        (_HOW, "The drink had me by the throat for ten years."),
        (_HOW, "My sister makes me hand over the remote every night, it's a joke."),
        (_SI_Q, "Le, no, never."),
        (_SI_Q, "Bro, no."),
    ],
)  # fmt: skip
def test_harmless_in_passing(turns: tuple[str, ...], roles: bool) -> None:
    assert not endorsed(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize("answer", ["Le, no, never.", "Bro, no.", "Nah, bruh."])
def test_no_after_a_word_of_address(answer: str, roles: bool) -> None:
    assert ("suicidal_ideation", "denied") in found(_SI_Q, answer, roles=roles)
