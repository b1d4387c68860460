"""A second battery of 36 statements of risk told unasked by its signs, written for issue 17's
thirty-eighth pass (not from any dialog or probe; see risk_cues_told_signs): the preparations of
suicide, self-harm explained away, harm planned or put in a message, abuse by control. Each is
read as endorsed of its kind with and without speaker labels, and everyday sentences with the
same words are not read as risk endorsed. The battery read 7/36 before the pass's cues for it."""

from __future__ import annotations

import pytest

from tests.note_fixtures import ROLES, found

_HOW = "How have things been?"

_TOLD = [
    (
        "suicidal_ideation",
        "i gave the dog to my brother last week just in case you know",
    ),
    (
        "suicidal_ideation",
        "I've looked up the tide times for the causeway, I know when it comes in fastest.",
    ),
    (
        "suicidal_ideation",
        "I cancelled everything for next month, there didn't seem any point booking things.",
    ),
    (
        "suicidal_ideation",
        "I've checked the train times at the level crossing near the farm more than once.",
    ),
    (
        "suicidal_ideation",
        "I rewrote the will on Monday and left the car to my nephew, I won't need it.",
    ),
    (
        "suicidal_ideation",
        "I've been counting the tablets I've saved, there's about sixty now.",
    ),
    (
        "suicidal_ideation",
        "Been driving to the quarry at night and just sitting at the edge.",
    ),
    (
        "suicidal_ideation",
        "I keep thinking the kids would do better with their aunt raising them.",
    ),
    (
        "suicidal_ideation",
        "ya know i keep thinkin whats the point of me even bein here",
    ),
    (
        "suicidal_ideation",
        "Since the funeral I just want to go and be with her.",
    ),
    (
        "self_harm",
        "My sister saw the marks on my thighs and I told her it was the cat, it wasn't.",
    ),
    (
        "self_harm",
        "There's burns on my wrist from the hob, I did it when I got the letter.",
    ),
    (
        "self_harm",
        "i been doing the thing with the lighter again on my hip where no one sees",
    ),
    (
        "self_harm",
        "I've got bruises up my arm from where I hit myself with the hairbrush.",
    ),
    (
        "self_harm",
        "I slammed my hand in the car door on purpose after the call.",
    ),
    (
        "self_harm",
        "I keep a blade in my phone case for when it gets bad.",
    ),
    (
        "self_harm",
        "The nurse at school saw the scratches and I said I fell, I didn't.",
    ),
    (
        "self_harm",
        "I've been picking at my skin till it bleeds, it's worse since he left.",
    ),
    (
        "harm_to_others",
        "Told my cousin if the landlord turns up again I'll put him in hospital.",
    ),
    (
        "harm_to_others",
        "I've been sitting outside his flat at night with a bat in the boot.",
    ),
    (
        "harm_to_others",
        "I messaged him saying he's dead when I see him, and I meant every word.",
    ),
    (
        "harm_to_others",
        "I get this urge to push people onto the tracks when the train comes in, and it's"
        " getting stronger.",
    ),
    (
        "harm_to_others",
        "I lost it with the lad at work and put his head through the partition.",
    ),
    (
        "harm_to_others",
        "I keep a list of the people who wronged me and what I'd do to each of them.",
    ),
    (
        "harm_to_others",
        "My wife says I had my hands round her neck in the argument, and she's right.",
    ),
    (
        "harm_to_others",
        "Next time the foreman shouts at me I'm going to deck him.",
    ),
    (
        "abuse_or_neglect",
        "My daughter-in-law keeps my pension card and gives me a fiver on Saturdays.",
    ),
    (
        "abuse_or_neglect",
        "He reads all my messages and changed the password on my phone so I can't get in.",
    ),
    (
        "abuse_or_neglect",
        "Dad's carer shouts at him and leaves him sitting in the wet all morning.",
    ),
    (
        "abuse_or_neglect",
        "My stepfather used to hit us with his belt when he'd been drinking.",
    ),
    (
        "abuse_or_neglect",
        "The pastor said if I told anyone what he did God would punish my mother.",
    ),
    (
        "abuse_or_neglect",
        "My boss has my passport in his safe and says I owe him for the flight.",
    ),
    (
        "abuse_or_neglect",
        "She leaves the baby in the cot all day while she's on her phone, I've seen it.",
    ),
    (
        "abuse_or_neglect",
        "When I was a kid my uncle made me do things I didn't understand.",
    ),
    (
        "abuse_or_neglect",
        "My boyfriend sends my pictures to his mates when he's angry with me.",
    ),
    (
        "abuse_or_neglect",
        "The coach made us train with injuries and slapped anyone who cried.",
    ),
]
_EVERYDAY = [
    "I gave the dog to my brother because he has a garden now.",
    "I looked up the tide times to go fishing on Saturday.",
    "I cancelled everything next month because we're going to Spain.",
    "I rewrote my will when the grandkids were born.",
    "I've been counting the days till the holiday.",
    "There's a burn on my wrist from the oven tray, clumsy me.",
    "I keep a blade in my toolbox for cutting carpet.",
    "He's dead when his mum finds out he dented the car, ha.",
    "I'm going to deck the halls this weekend.",
    "The coach made us run laps in the rain.",
    "I put my head through the gap in the fence to get the ball.",
    "Since the funeral I just want to be with my family more.",
    "My sister saw the marks on the wall where the kids drew.",
    "I keep a list of the people I need to thank at the wedding.",
    "We sat at the edge of the quarry and had our sandwiches.",
]


@ROLES
@pytest.mark.parametrize(("kind", "said"), _TOLD)
def test_told_by_its_signs(kind: str, said: str, roles: bool) -> None:
    assert (kind, "endorsed") in found(_HOW, said, roles=roles)


@ROLES
@pytest.mark.parametrize("said", _EVERYDAY)
def test_everyday_words_otherwise(said: str, roles: bool) -> None:
    assert not {s for s in found(_HOW, said, roles=roles) if s[1] == "endorsed"}
