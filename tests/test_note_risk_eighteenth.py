"""Risk rules of issue 17's eighteenth pass (from the i-set's misses and a probe of common
screening wordings), each on invented sentences reworded from what the dialogs said, with and
without speaker labels: passive ideation as "part of me wished ...", "I wasn't bothered if I came
back", "I wouldn't fight it if it came"; a rope thought of or bought, a lake's depth looked up, the
top of a car park; skin scratched until it stings, a wrist scalded, a wound dug at with a needle, a
fist put through a window; a knife picked up to threaten, a child grabbed by the arm; someone
held over a railing or pinned by the throat, made to kneel, dragged by the collar, a threat to
smash one's things, a carer who leaves one without water, a magnifier hidden "when I ask too many
questions"; screen questions in the passive ("have you been hit ...?"), "Partly." and "They come
at night." as a yes; and what must not be read so: "Only the gate. Nobody ...", "In case they
come back. I'd whack them.", a "Do you feel safe?" answered after a second question, a told act
whose purpose the client denies, and everyday sentences with the same words."""

from __future__ import annotations

import pytest

from tests.note_fixtures import ROLES, found


@ROLES
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I was gone for a minute. Part of me wishes they'd let me go.", "suicidal_ideation"),
        ("Half of me was hoping that was the one, if I'm honest.", "suicidal_ideation"),
        ("I wasn't bothered if I woke up or not after the pills.", "suicidal_ideation"),
        ("I wouldn't fight it if death came for me this winter.", "suicidal_ideation"),
        ("I kept thinking about a rope in the shed.", "suicidal_ideation"),
        ("At sixteen I got as far as buying the pills.", "suicidal_ideation"),
        ("Last week I looked up how deep the reservoir is.", "suicidal_ideation"),
        ("I thought, if I just stepped off, it would all be over.", "suicidal_ideation"),
        ("I used to go up to the top of the car park at night.", "suicidal_ideation"),
        ("I thought a train would sort it.", "suicidal_ideation"),
        ("I scratch my arm with my nails until it bleeds when I'm panicking.", "self_harm"),
        ("As a teenager I'd hold the iron on my arm until it blistered.", "self_harm"),
        ("I picked at the scab with a safety pin on purpose.", "self_harm"),
        ("After the call I put my fist through the bathroom mirror.", "self_harm"),
        ("I grabbed the hammer and told him to leave or else.", "harm_to_others"),
        ("I grabbed her by the hair and pulled her out of the car.", "harm_to_others"),
        ("My aunt used to hold me over the stair rail to scare me.", "abuse_or_neglect"),
        ("He would pin me down on the bed when he was angry.", "abuse_or_neglect"),
        ("The head teacher made us kneel in the corridor for hours.", "abuse_or_neglect"),
        ("He dragged me up the stairs by my hair.", "abuse_or_neglect"),
        ("She says she'll burn my clothes if I go out.", "abuse_or_neglect"),
        ("My lodger makes me pay for his takeaways every week.", "abuse_or_neglect"),
        ("The night carer leaves me with no water within reach.", "abuse_or_neglect"),
        ("She hides my glasses when I ask too many questions.", "abuse_or_neglect"),
        ("Her boyfriend locked her in the bathroom with no light for hours.", "abuse_or_neglect"),
        ("I've been beaten by my ex more than once.", "abuse_or_neglect"),
        ("My brother pushes me around when mum's out.", "abuse_or_neglect"),
        ("My dad would lock us out of the house all night.", "abuse_or_neglect"),
        ("My girlfriend reads my messages and won't let me go out.", "abuse_or_neglect"),
    ],
)
def test_told_as_risk(text: str, kind: str, roles: bool) -> None:
    assert (kind, "endorsed") in found("How have things been?", text, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "text",
    [
        "I looked up how deep the new pool is for the kids.",
        "We stood at the top of the bridge and took photos.",
        "My dad dragged me out to the football every Saturday.",
        "I wanted the meeting to be over.",
        "I'd let things end with him gently, if I could.",
        "Part of me wanted to go to the party.",
        "I thought about a rope swing for the garden.",
        "The cat scratched me until I bled.",
        "I grabbed the knife and cut the bread.",
        "He pins me down at wrestling club, it's fair.",
    ],
)
def test_not_risk(text: str, roles: bool) -> None:
    said = found("How have things been?", text, roles=roles)
    assert not {k for k, s in said if s == "endorsed"}


@ROLES
@pytest.mark.parametrize(
    ("question", "answer", "kind"),
    [
        ("Have you been hit, slapped or kicked by anyone this year?", "Yes, by my ex.",
         "abuse_or_neglect"),
        ("Has anyone ever forced you to have sexual activities?", "Yes, when I was younger.",
         "abuse_or_neglect"),
        ("Are you afraid of your partner?", "Sometimes, when he drinks.", "abuse_or_neglect"),
        ("Do you feel safe in your current relationship?", "Not really.", "abuse_or_neglect"),
        ("Is staying in bed a way of letting things end?", "Partly, if I'm honest.",
         "suicidal_ideation"),
        ("Do you have thoughts of ending your life now?", "They come at night. But I won't act.",
         "suicidal_ideation"),
        ("So part of you didn't mind if you died.", "That night, yeah.", "suicidal_ideation"),
    ],
)  # fmt: skip
def test_answers_that_say_yes(question: str, answer: str, kind: str, roles: bool) -> None:
    assert (kind, "endorsed") in found(question, answer, roles=roles)


@ROLES
def test_a_safety_question_answered_after_a_second_question(roles: bool) -> None:
    said = found(
        "Do you feel safe at home? Does your wife ever hurt or threaten you?",
        "No. She checks my bank app because I asked her to.",
        roles=roles,
    )
    assert ("abuse_or_neglect", "denied") in said
    assert ("abuse_or_neglect", "endorsed") not in said
    # asked alone, a "No" to feeling safe still says it
    alone = found("Do you feel safe at home?", "No.", roles=roles)
    assert ("abuse_or_neglect", "endorsed") in alone


@ROLES
def test_only_a_thing_then_nobody_is_a_no(roles: bool) -> None:
    said = found("Has anyone hurt or threatened you?", "Only the fence. Nobody's come near us.",
                 roles=roles)  # fmt: skip
    assert ("abuse_or_neglect", "endorsed") not in said
    yes = found("Has anyone hurt or threatened you?", "Only my brother. Twice.", roles=roles)
    assert ("abuse_or_neglect", "endorsed") in yes


@ROLES
def test_a_would_after_a_bare_condition_is_no_intent(roles: bool) -> None:
    turns = ["Your mum says you keep a cricket bat under the bed.", "In case they come back."]
    said = (
        found(*turns, "I'd whack them.", roles=False)
        if not roles
        else found(
            "Your mum says you keep a cricket bat under the bed.",
            "In case they come back. I'd whack them.",
        )
    )
    assert ("harm_to_others", "endorsed") not in said
    # said as a statement, it is one
    assert ("harm_to_others", "endorsed") in found(
        "What happened?", "I'd had enough. I whacked him with the bat.", roles=roles
    )


@ROLES
def test_a_told_act_whose_purpose_is_denied(roles: bool) -> None:
    said = found(
        "You mentioned pinching your arm on the bus. Do you do that on purpose, to hurt yourself?",
        "No. It keeps me in the room, that's all.",
        roles=roles,
    )
    assert ("self_harm", "endorsed") not in said
    # a retelling followed by a question about now keeps the history
    kept = found(
        "You told me you cut your arms last spring. Have you cut since?",
        "No.",
        roles=roles,
    )
    assert ("self_harm", "endorsed") in kept


@ROLES
def test_abuse_told_as_what_he_would_do_whenever(roles: bool) -> None:
    said = found(
        "Was anyone hard on you at school?",
        "If I was late he'd drag me out of the line by my collar.",
        roles=roles,
    )
    assert ("abuse_or_neglect", "endorsed") in said
    # a plain hypothetical about someone else is not
    assert ("abuse_or_neglect", "endorsed") not in found(
        "How's the new job?", "If I was late, I think they'd let it go.", roles=roles
    )


@ROLES
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Honestly, life isn't worth living any more.", "suicidal_ideation"),
        ("Most nights I think I'd rather be dead.", "suicidal_ideation"),
        ("I took a handful of my pills on purpose at Christmas.", "self_harm"),
        ("He yells at me and calls me worthless in front of the kids.", "abuse_or_neglect"),
        ("As kids we were left alone for days at a time.", "abuse_or_neglect"),
        ("She threatened to take the children if I go to the police.", "abuse_or_neglect"),
        ("He won't let me have any money of my own.", "abuse_or_neglect"),
    ],
)
def test_common_wordings(text: str, kind: str, roles: bool) -> None:
    assert (kind, "endorsed") in found("How have things been?", text, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("question", "answer", "said"),
    [
        ("Has anyone been hurting you at home?", "My stepdad, when he's been drinking.",
         ("abuse_or_neglect", "endorsed")),
        ("Has anyone ever touched you in a way that made you uncomfortable?",
         "My cousin did, when I was nine.", ("abuse_or_neglect", "endorsed")),
        ("Any thoughts of ending your life?", "Not at the moment.",
         ("suicidal_ideation", "denied")),
    ],
)  # fmt: skip
def test_common_answers(question: str, answer: str, said: tuple[str, str], roles: bool) -> None:
    assert said in found(question, answer, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "text",
    [
        "I'd rather be dead than wear that to the wedding.",
        "I took too many of my tablets by mistake, the boxes look alike.",
        "My mum calls me every day at six.",
        "The kids are driving me to an early grave.",
        "I'm sick of living in this flat.",
        "I just want the pain in my back to end.",
        "It isn't worth it, the old car.",
    ],
)
def test_common_wordings_not_risk(text: str, roles: bool) -> None:
    said = found("How have things been?", text, roles=roles)
    assert not {k for k, s in said if s == "endorsed"}


@ROLES
def test_a_person_named_in_praise_is_no_yes(roles: bool) -> None:
    said = found(
        "And at home, is anyone hurting you, or not helping with what you need?",
        "My husband does everything. No one's hurting me.",
        roles=roles,
    )
    assert ("abuse_or_neglect", "endorsed") not in said


@ROLES
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("If the scan is bad I'm not doing chemo again. I'd rather end it.", "suicidal_ideation"),
        ("At first I thought it would've been easier if he'd shot me.", "suicidal_ideation"),
        ("Some nights I'd like it all to stop.", "suicidal_ideation"),
        ("Outside the chip shop I hit a lad who'd nicked my phone.", "harm_to_others"),
        ("I wanted to pull him out of the car and thump him.", "harm_to_others"),
        ("When she lied I took my belt off and hit her with it.", "harm_to_others"),
        ("I left my mum in bed till lunchtime because I couldn't face it.", "abuse_or_neglect"),
    ],
)
def test_j_set_wordings(text: str, kind: str, roles: bool) -> None:
    assert (kind, "endorsed") in found("How have things been?", text, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "text",
    [
        "I'd rather end it with him now than drag it out.",
        "I punched the kitchen door last night, never anyone.",
        "I left her in bed because she asked for a lie-in, she loves it.",
    ],
)
def test_j_set_wordings_not_risk(text: str, roles: bool) -> None:
    said = found("How have things been?", text, roles=roles)
    assert not {k for k, s in said if s == "endorsed"}


@ROLES
@pytest.mark.parametrize(
    ("threat", "check"),
    [
        ("I told my mates I'd like to strangle him.", "Any thoughts of actually hurting him?"),
        ("If I see him again I'll kill him. Did you hear he got bail?",
         "That's hard. Do you mean you'd really want to hurt him?"),
        ("The lad said something about my wife and I wanted to throttle him.",
         "Did you have any real thoughts of hurting him?"),
    ],
)  # fmt: skip
def test_a_threat_checked_and_denied_is_a_denial(threat: str, check: str, roles: bool) -> None:
    said = found("How do you feel about him?", threat, check, "No. It's just how I talk.",
                 roles=roles)  # fmt: skip
    assert ("harm_to_others", "endorsed") not in said
    assert ("harm_to_others", "denied") in said


@ROLES
def test_a_yes_checked_about_now_keeps_the_yes(roles: bool) -> None:
    said = found(
        "Some people in your place think about death or dying. Has that been happening for you?",
        "Kind of.",
        "Have you had thoughts about actually ending your life, or how you'd do it?",
        "No.",
        roles=roles,
    )
    assert ("suicidal_ideation", "endorsed") in said
    kept = found(
        "You told the team about cutting when you were younger.",
        "Yeah, at fifteen.",
        "Anything like that recently, hurting yourself on purpose?",
        "No. Not in years.",
        roles=roles,
    )
    assert ("self_harm", "endorsed") in kept
