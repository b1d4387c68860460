"""A battery of 40 statements of risk told unasked in plain everyday words and 34 questions asked
in them, written for issue 17's thirty-eighth pass (not from any dialog or probe): each statement
read as endorsed of its kind, and each question answered "Yes." read so, with and without speaker
labels; and everyday sentences with the same words, which must not be read as risk endorsed (the
statements read 21/40 and the questions 28/34 before the pass's cues for them)."""

from __future__ import annotations

import pytest

from tests.note_fixtures import ROLES, found

_HOW = "How have things been?"

_TOLD = [
    (
        "suicidal_ideation",
        "Last week I wrote a letter to each of my kids and put them in the drawer with "
        "the insurance papers.",
    ),
    (
        "suicidal_ideation",
        "I've been looking up how many of my tablets it would take.",
    ),
    (
        "suicidal_ideation",
        "I keep picturing my funeral and thinking they'd be relieved.",
    ),
    (
        "suicidal_ideation",
        "Some mornings I'm angry that I woke up at all.",
    ),
    (
        "suicidal_ideation",
        "I've been saving up my sleeping pills in a jar in case I decide to go.",
    ),
    (
        "suicidal_ideation",
        "There's no point carrying on, I'm just a burden to everyone.",
    ),
    (
        "suicidal_ideation",
        "I told my sister to look after the dog if anything happens to me, and I meant it.",
    ),
    (
        "suicidal_ideation",
        "I don't see myself being here by Christmas.",
    ),
    (
        "suicidal_ideation",
        "I sat in the car in the garage with the engine running for a bit on Sunday.",
    ),
    (
        "suicidal_ideation",
        "I've made my peace with it, I know how I'd do it.",
    ),
    (
        "self_harm",
        "I've been burning myself with the lighter again, on my thigh where nobody looks.",
    ),
    (
        "self_harm",
        "I punched the bathroom mirror on purpose last night, my knuckles are still cut.",
    ),
    (
        "self_harm",
        "I hit my head against the wall until I saw stars, it's the only thing that calms me.",
    ),
    (
        "suicidal_ideation",
        "I took a whole strip of paracetamol on Friday, I didn't tell anyone.",
    ),
    (
        "self_harm",
        "I carve into my arm with a compass when the exams get too much.",
    ),
    (
        "self_harm",
        "I stopped taking my insulin on purpose for a few days.",
    ),
    (
        "self_harm",
        "Sometimes I starve myself as a punishment.",
    ),
    (
        "self_harm",
        "I scratched my wrists with my keys in the toilets at work.",
    ),
    (
        "self_harm",
        "I cut again on Saturday, just the once.",
    ),
    (
        "self_harm",
        "I bit my arm until it bled during the argument.",
    ),
    (
        "harm_to_others",
        "I've been sleeping with a bat next to the bed in case he turns up, and I'll use it.",
    ),
    (
        "harm_to_others",
        "If my ex comes near the kids again I'll kill him, I mean that.",
    ),
    (
        "harm_to_others",
        "I keep imagining running the supervisor over in the car park, and part of me wants to.",
    ),
    (
        "harm_to_others",
        "I slapped my girlfriend during the row on Friday.",
    ),
    (
        "harm_to_others",
        "I broke a guy's nose at the match on Saturday.",
    ),
    (
        "harm_to_others",
        "I want to make him suffer the way he made me suffer.",
    ),
    (
        "harm_to_others",
        "I've got a knife in my bag for the lad who jumped my brother.",
    ),
    (
        "harm_to_others",
        "I grabbed my son by the throat when he swore at me.",
    ),
    (
        "harm_to_others",
        "I nearly ran my neighbour down, I swerved at him on purpose.",
    ),
    (
        "harm_to_others",
        "I've been following him home from work to see where he lives, and I'm going to sort it.",
    ),
    (
        "abuse_or_neglect",
        "My husband takes my wages and gives me twenty quid a week for food.",
    ),
    (
        "abuse_or_neglect",
        "My dad used to lock me in the cupboard under the stairs when I wet the bed.",
    ),
    (
        "abuse_or_neglect",
        "My boyfriend checks my phone every night and I'm not allowed to see my friends.",
    ),
    (
        "abuse_or_neglect",
        "The carer at mum's home leaves her in wet sheets all night.",
    ),
    (
        "abuse_or_neglect",
        "My stepmum hits my little brother with a wooden spoon.",
    ),
    (
        "abuse_or_neglect",
        "My coach used to make me sit on his lap after practice and touch me.",
    ),
    (
        "abuse_or_neglect",
        "My wife throws things at me when she's drunk, last week it was a plate.",
    ),
    (
        "abuse_or_neglect",
        "My son's taken over my bank card and I don't know where the pension goes.",
    ),
    (
        "abuse_or_neglect",
        "When I was little my mother burned me with cigarettes.",
    ),
    (
        "abuse_or_neglect",
        "My partner said if I leave he'll make sure I never see the baby again, and he's "
        "pushed me down the stairs before.",
    ),
]
_ASKED = [
    (
        "suicidal_ideation",
        "Has it ever got so bad that you thought everyone would be better off without you?",
    ),
    (
        "suicidal_ideation",
        "Have you been thinking about dying, or about not being here?",
    ),
    (
        "suicidal_ideation",
        "In the past month, have you wished you could go to sleep and not wake up?",
    ),
    (
        "suicidal_ideation",
        "Have you ever thought about how you would do it, if you were to end things?",
    ),
    (
        "suicidal_ideation",
        "Any thoughts of taking your own life since we last met?",
    ),
    (
        "suicidal_ideation",
        "Have you found yourself planning how you might end things?",
    ),
    (
        "suicidal_ideation",
        "Is part of you wanting to be gone?",
    ),
    (
        "suicidal_ideation",
        "Would you say you've been having suicidal thoughts this week?",
    ),
    (
        "suicidal_ideation",
        "Have you done anything to get ready, like writing a note or giving things away?",
    ),
    (
        "suicidal_ideation",
        "Do you ever feel that life isn't worth living?",
    ),
    (
        "self_harm",
        "Have you been hurting yourself when things get too much?",
    ),
    (
        "self_harm",
        "Are you still cutting?",
    ),
    (
        "self_harm",
        "Has there been any burning or scratching of your skin on purpose?",
    ),
    (
        "self_harm",
        "Have you taken more of your tablets than you should, to hurt yourself?",
    ),
    (
        "self_harm",
        "Do you ever hit yourself or bang your head when you're upset?",
    ),
    (
        "self_harm",
        "Any self-harm since the last session?",
    ),
    (
        "self_harm",
        "Have you been doing anything to punish yourself physically?",
    ),
    (
        "self_harm",
        "Is the cutting happening more often at the moment?",
    ),
    (
        "harm_to_others",
        "Have you had thoughts of hurting someone else?",
    ),
    (
        "harm_to_others",
        "Any chance you'd act on the urge to hurt him?",
    ),
    (
        "harm_to_others",
        "Have you been in any fights lately?",
    ),
    (
        "harm_to_others",
        "Have you ever hit your partner?",
    ),
    (
        "harm_to_others",
        "Do you have thoughts of killing anyone?",
    ),
    (
        "harm_to_others",
        "Have you threatened anyone recently?",
    ),
    (
        "harm_to_others",
        "Have you felt like you might lash out at someone?",
    ),
    (
        "harm_to_others",
        "Are you worried you might do something violent to him?",
    ),
    (
        "abuse_or_neglect",
        "Is anyone at home hurting you or making you afraid?",
    ),
    (
        "abuse_or_neglect",
        "Has anyone ever touched you in a way you didn't want?",
    ),
    (
        "abuse_or_neglect",
        "Does your partner ever stop you from having money of your own?",
    ),
    (
        "abuse_or_neglect",
        "Are the children ever left on their own at night?",
    ),
    (
        "abuse_or_neglect",
        "Has anyone been taking money from your mum without her say-so?",
    ),
    (
        "abuse_or_neglect",
        "Is anyone forcing you to do things you don't want to do?",
    ),
    (
        "abuse_or_neglect",
        "Do you feel frightened of anyone you live with?",
    ),
    (
        "abuse_or_neglect",
        "Has your carer ever been rough with you?",
    ),
]
#: asked in roundabout ways, and as tag questions ("..., have you?" "Yes." is a yes); 24/31
#: before the pass
_ASKED_ROUNDABOUT = [
    (
        "suicidal_ideation",
        "You haven't been thinking of ending it, have you?",
    ),
    (
        "suicidal_ideation",
        "Has it got so bad that you've thought about not going on?",
    ),
    (
        "suicidal_ideation",
        "Have there been times you wished you could just disappear for good?",
    ),
    (
        "suicidal_ideation",
        "Any chance you'd act on those thoughts of dying?",
    ),
    (
        "suicidal_ideation",
        "Do you sometimes feel your family would be better off if you weren't around?",
    ),
    (
        "suicidal_ideation",
        "Have you thought about killing yourself since your husband left?",
    ),
    (
        "suicidal_ideation",
        "Is there a part of you that wants to die?",
    ),
    (
        "self_harm",
        "You haven't been hurting yourself again, have you?",
    ),
    (
        "self_harm",
        "Has it got so bad that you've harmed yourself?",
    ),
    (
        "self_harm",
        "Any new marks you've made on yourself this week?",
    ),
    (
        "self_harm",
        "Have you been using the blade again?",
    ),
    (
        "self_harm",
        "Do you ever burn yourself when the feelings get too big?",
    ),
    (
        "self_harm",
        "Has anyone noticed cuts on your arms?",
    ),
    (
        "self_harm",
        "Are you hurting your body to cope?",
    ),
    (
        "suicidal_ideation",
        "Have you taken an overdose at any point?",
    ),
    (
        "harm_to_others",
        "You haven't laid hands on him again, have you?",
    ),
    (
        "harm_to_others",
        "Has it got so bad that you've hit someone?",
    ),
    (
        "harm_to_others",
        "Any chance you'd act on the urge to hurt your neighbour?",
    ),
    (
        "harm_to_others",
        "Have you been carrying anything to hurt someone with?",
    ),
    (
        "harm_to_others",
        "Have you felt like killing the man who did this?",
    ),
    (
        "harm_to_others",
        "Has your temper ever made you hurt one of the kids?",
    ),
    (
        "harm_to_others",
        "Do you think about getting back at him physically?",
    ),
    (
        "harm_to_others",
        "Have you threatened your ex since the court date?",
    ),
    (
        "abuse_or_neglect",
        "Is anyone making you do things you don't want to do?",
    ),
    (
        "abuse_or_neglect",
        "Has someone at home been hurting you?",
    ),
    (
        "abuse_or_neglect",
        "Is your partner controlling who you see or what you spend?",
    ),
    (
        "abuse_or_neglect",
        "Has your mum been left on her own without her meals?",
    ),
    (
        "abuse_or_neglect",
        "Did anyone hurt you when you were little?",
    ),
    (
        "abuse_or_neglect",
        "Is someone taking your money without asking?",
    ),
    (
        "abuse_or_neglect",
        "Has anyone touched you in a way that made you uncomfortable?",
    ),
    (
        "abuse_or_neglect",
        "Are you afraid of your husband?",
    ),
]
_EVERYDAY = [
    "I want to end things with him, he's not right.",
    "We need to end things on a high note.",
    "I had to get ready for the wedding, write a note for the caterers.",
    "My sister cut her hand on a broken glass washing up.",
    "The news about the stabbing in town really shook me.",
    "My dog bit the postman, we had to pay for it.",
    "I could murder a curry right now.",
    "My job's killing me but I love it.",
    "I'm dying to see the new Bond film.",
    "I wrote my will when we bought the house, the solicitor said to.",
    "My friend took an overdose last year, she's doing well now.",
    "I shot three birds on the hunt on Saturday.",
    "We put our old dog down last month, it was the kind thing.",
    "The boxing class is brutal, I got punched in the face twice.",
    "My gran burned the toast and set off the alarm.",
    "I cut the kids' hair myself to save money.",
    "I told the kids to kill the lights.",
    "The baby hit his head on the table, he's fine, the GP checked.",
    "I was beaten in the final, six two.",
    "He threatened to quit the team but he didn't.",
    "I wrote a letter to each of my kids for their eighteenth birthdays.",
    "I'm angry that I woke up late and missed the bus.",
    "There's no point carrying on with the diet, it doesn't work.",
    "I don't see myself being here by Christmas, we're moving to Leeds.",
    "I know how I'd do it differently if I had the wedding again.",
    "I stopped taking my insulin pens to work because the fridge broke.",
    "I cut again on Saturday, the lawn this time.",
    "I keep a bat next to the bed in case burglars come, but I've never needed it.",
    "I broke a guy's nose at boxing once, by accident, he was fine.",
    "I want to make him pay for the window he broke, that's all.",
    "My son's taken over my bank card to do my shopping for me since the fall.",
    "My mother burned me a CD of her favourite songs.",
    "We followed him home after the party to make sure he got in safe.",
    "The carer makes me sit on her knee to do my shoes, she's lovely.",
    "I'm a burden to nobody, I pay my own way.",
    "I keep picturing my funeral playlist as a joke with my mates.",
]


@ROLES
@pytest.mark.parametrize(("kind", "said"), _TOLD)
def test_told_unasked(kind: str, said: str, roles: bool) -> None:
    assert (kind, "endorsed") in found(_HOW, said, roles=roles)


@ROLES
@pytest.mark.parametrize("said", _EVERYDAY)
def test_everyday_words_otherwise(said: str, roles: bool) -> None:
    assert not {s for s in found(_HOW, said, roles=roles) if s[1] == "endorsed"}


@ROLES
@pytest.mark.parametrize(("kind", "asked"), [*_ASKED, *_ASKED_ROUNDABOUT])
def test_asked_and_said_yes(kind: str, asked: str, roles: bool) -> None:
    assert (kind, "endorsed") in found(asked, "Yes.", roles=roles)


@ROLES
@pytest.mark.parametrize(("answer", "status"), [("Yes.", "endorsed"), ("No.", "denied")])
def test_a_tag_question_is_answered_as_it_is_asked(answer: str, status: str, roles: bool) -> None:
    asked = "You haven't been hurting yourself again, have you?"
    assert ("self_harm", status) in found(asked, answer, roles=roles)
    # while a check of a no agreed with is a no: "So you've never ...?" "Yeah."
    assert ("self_harm", "denied") in found("So you've never hurt yourself?", "Yeah.", roles=roles)
