"""Risk rules of issue 17's twenty-first pass, from the misses of the blind set o01-o22 (read after
it was measured), each in wordings of its own with and without speaker labels: a yes that goes
with "I feel safe" or "it's fine" answers the safety question, not the question of harm after it;
"Not now." after a yes told of a time before is a denial now as well; a question that asks of the
sentence before it ("... people have thoughts of not being around. Has that happened?"); an
option picked and then a yes ("Not being alive, yeah."); "Now, no." and "Goodness, no."; "I had a
few months of that" as a yes of the past; a remark after the question ("I ask everyone ...") with
speakers unknown; a yes that tells a thought ("Once or twice I've thought ...") is a thought, not an
act; "anyone hurting anyone" asks of both; harm told by a family member and owned at once ("I
did. I'm not proud of it."); statements (the sea walked into "and keep going", a death left to God,
"didn't much care if I woke up", arms pinched "really hard", a cheek bitten "till it bled",
someone put in hospital, "My ex used to kick me"); and everyday sentences with the same words,
which must not be read so."""

from __future__ import annotations

import pytest

from tests.note_fixtures import ROLES, found


@ROLES
@pytest.mark.parametrize(
    ("question", "answer", "kind"),
    [
        ("Are you safe where you live? Does anyone there hit you?",
         "Yes, I'm safe. Nobody hits me.", "abuse_or_neglect"),
        ("Is home a safe place for you? Anyone threatening you?", "Yeah, it's all fine.",
         "abuse_or_neglect"),
        ("Do you feel safe with your husband? Has he ever hurt you?", "Yes, I feel safe with him.",
         "abuse_or_neglect"),
    ],
)  # fmt: skip
def test_a_yes_with_safe_answers_the_safety_question(
    question: str, answer: str, kind: str, roles: bool
) -> None:
    got = found(question, answer, roles=roles)
    assert (kind, "endorsed") not in got and (kind, "denied") in got


@ROLES
def test_a_yes_to_harm_stays_a_yes_when_nothing_says_safe(roles: bool) -> None:
    got = found("Do you feel safe at home? Has anyone hurt you?", "Yes. My brother did.",
                roles=roles)  # fmt: skip
    assert ("abuse_or_neglect", "endorsed") in got


@ROLES
@pytest.mark.parametrize(
    ("question", "answer", "kind"),
    [
        ("Have you had thoughts of ending your life since the diagnosis?",
         "The first month, yes. I lay awake planning it. Not now.", "suicidal_ideation"),
        ("Has anyone at home ever hurt you?",
         "Years ago my stepfather slapped me around. Never since.", "abuse_or_neglect"),
        ("Do you ever hurt yourself?", "I used to burn myself with a lighter. Not any more.",
         "self_harm"),
    ],
)  # fmt: skip
def test_not_now_after_a_past_yes_is_a_denial_now_too(
    question: str, answer: str, kind: str, roles: bool
) -> None:
    got = found(question, answer, roles=roles)
    assert (kind, "endorsed") in got and (kind, "denied") in got


@ROLES
@pytest.mark.parametrize(
    ("turns", "status"),
    [
        (("After a loss, some people feel they'd like to die too. Is that something you've felt?",
          "Sort of. On the worst nights."), "endorsed"),
        (("When pain goes on this long, people can have thoughts of not being around. Has that "
          "been true for you?", "No, not really."), "denied"),
        (("Some people in your situation feel they don't want to go on. Has that been in your "
          "thoughts?", "No. I've got too much to do."), "denied"),
    ],
)  # fmt: skip
def test_a_question_that_asks_of_the_sentence_before(
    turns: tuple[str, str], status: str, roles: bool
) -> None:
    assert ("suicidal_ideation", status) in found(*turns, roles=roles)


@ROLES
def test_ones_own_statement_then_a_question_of_before_is_not_asked(roles: bool) -> None:
    got = found("How have you been?", "I wanted to die last week. Has that happened to others?",
                roles=roles)  # fmt: skip
    assert ("suicidal_ideation", "denied") not in got


@ROLES
@pytest.mark.parametrize(
    ("question", "answer", "kind", "status"),
    [
        ("Is it more a wish to be dead, or thoughts of killing yourself?",
         "A wish to be dead, yeah.", "suicidal_ideation", "endorsed"),
        ("Do you think about ending your life?", "Gosh, no.", "suicidal_ideation", "denied"),
        ("And are you having thoughts of suicide now?", "Today, no.", "suicidal_ideation",
         "denied"),
        ("Thoughts of killing yourself?", "Not lately. I had a couple of months of that at "
         "college.", "suicidal_ideation", "endorsed"),
        ("Has anyone been hurting you or taking your money? We ask everybody this.",
         "No, my son's very good to me.", "abuse_or_neglect", "denied"),
        ("Between the two of you, anyone hurting anyone?", "No, nothing like that.",
         "harm_to_others", "denied"),
        ("Between the two of you, anyone hurting anyone?", "No, nothing like that.",
         "abuse_or_neglect", "denied"),
    ],
)  # fmt: skip
def test_answers(question: str, answer: str, kind: str, status: str, roles: bool) -> None:
    assert (kind, status) in found(question, answer, roles=roles)


@ROLES
def test_a_yes_that_tells_a_thought_is_no_act(roles: bool) -> None:
    got = found("Can I ask about the question on harming yourself?",
                "Now and then I've thought they'd be better off with a different mum.",
                roles=roles)  # fmt: skip
    assert ("self_harm", "endorsed") not in got


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        (("How did the funeral go?", "Some nights I think about wading into the river and not "
          "coming back."), "suicidal_ideation"),
        (("How is your faith holding up?", "God can take me any time now, I'm tired."),
         "suicidal_ideation"),
        (("How was the winter?", "I didn't even care if I woke up most mornings."),
         "suicidal_ideation"),
        (("What did you do when it got bad?", "I'd pinch my thighs really hard under the desk."),
         "self_harm"),
        (("What happens when you're stressed?", "I chew my lip till it bleeds."), "self_harm"),
        (("Any trouble with the police?", "I put a bloke in hospital outside a pub once."),
         "harm_to_others"),
        (("What was your first marriage like?", "My husband used to punch me when he lost."),
         "abuse_or_neglect"),
        (("Tell me about the neighbour.", "He thumped Mr Price at the bus stop.",
          "I did. I'm not proud of it."), "harm_to_others"),
    ],
)  # fmt: skip
def test_statements(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    assert (kind, "endorsed") in found(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "turns",
    [
        ("How was the holiday?", "We walked into the sea and kept going till it was up to our "
         "knees, then came back for lunch."),
        ("How's the new job?", "I had to pinch myself, it's so good."),
        ("Anything else?", "I bit my tongue in the meeting, I was so cross."),
        ("How is your son?", "His team put a lot of effort in at the hospital fun run."),
        ("How was the match?", "He used to kick the ball so hard as a boy."),
        ("How was the neighbour?", "He shoved Mr Price's bins over. I did tell the council."),
        ("Is it about dying in surgery that frightens you?", "Yes, the anaesthetic."),
    ],
)  # fmt: skip
def test_everyday_sentences_are_not_risk(turns: tuple[str, ...], roles: bool) -> None:
    assert not [r for r in found(*turns, roles=roles) if r[1] == "endorsed"]


@pytest.mark.parametrize(
    ("turns", "kind", "status"),
    [
        # as speech recognition stores it, speakers unknown: sentences run across turns
        (("Is it more a wish to be dead, or thoughts of killing yourself? A wish to be dead. Yeah,"
          " most days.",), "suicidal_ideation", "endorsed"),
        (("Any thoughts of ending your life?", "Gosh. No, never."), "suicidal_ideation", "denied"),
        (("How's the loneliness?", "I wouldn't care if I never made it to another [DATE]."),
         "suicidal_ideation", "endorsed"),
        (("Tell me about the row.", "She slapped Mrs. [PERSON] in the car park, right across the "
          "face.", "I did, I'm not proud of it."), "harm_to_others", "endorsed"),
        (("What went through your head?", "That I'd drive off a cliff and save everyone the "
          "trouble."), "suicidal_ideation", "endorsed"),
        (("Have you hurt yourself?", "I bite my nails till they blood when I'm stressed."),
         "self_harm", "endorsed"),
    ],
)  # fmt: skip
def test_as_stored_with_speakers_unknown(turns: tuple[str, ...], kind: str, status: str) -> None:
    assert (kind, status) in found(*turns, roles=False)


@ROLES
def test_a_screen_item_read_aloud_is_no_statement(roles: bool) -> None:
    got = found("Last item: the thought of harming myself has occurred to me.",
                "Sleeping, hardly at all. The last one, no, never.", roles=roles)  # fmt: skip
    assert not [r for r in got if r[1] == "endorsed"]


def test_a_screen_item_read_aloud_with_its_answer_is_no_act() -> None:
    got = found("The thought of harming myself has occurred to me, sometimes.", roles=False)
    assert ("self_harm", "endorsed") not in got


@pytest.mark.parametrize(
    "turns",
    [
        ("How was the drive?", "We drove off the end of the pier road and onto the beach."),
        ("And your mum?", "I wouldn't mind if I didn't see another Christmas jumper."),
        ("How are the kids?", "I'll save everyone the bother and cook tonight."),
        ("Who broke the vase?", "He knocked Mr. [PERSON]'s vase over. I did tell him off."),
    ],
)  # fmt: skip
def test_everyday_sentences_stored_are_not_risk(turns: tuple[str, ...]) -> None:
    assert not [r for r in found(*turns, roles=False) if r[1] == "endorsed"]


# from the misses of p01-p22 (measured blind before and after the work on o, then read)
@ROLES
@pytest.mark.parametrize(
    ("turns", "kind", "status"),
    [
        (("Has anybody hit you or scared you?", "I feel perfectly safe."), "abuse_or_neglect",
         "denied"),
        (("Any thoughts of hurting someone? Sometimes when parents are this stretched they snap at "
          "the kids.", "I shout, but no, never that."), "harm_to_others", "denied"),
        (("Do you mean you'd rather be dead?", "I wouldn't act on it. Just, not be here."),
         "suicidal_ideation", "endorsed"),
        (("Has anyone been taking your money?", "Well. There was money gone from my purse after "
          "the carer left."), "abuse_or_neglect", "endorsed"),
        (("Do you ever wish you could just stop?", "I'd not mind if I went in my sleep, to be "
          "honest."), "suicidal_ideation", "endorsed"),
        (("Any thoughts like that before?", "At nineteen I didn't much care if my heart stopped."),
         "suicidal_ideation", "endorsed"),
        (("Any violence growing up?", "My uncle used to belt me for nothing."), "abuse_or_neglect",
         "endorsed"),
        (("Some people starve to punish themselves. Is that something you do?", "Sometimes, yes."),
         "self_harm", "endorsed"),
        (("Has he lashed out at anyone since?", "Once, at his brother."), "harm_to_others",
         "endorsed"),
        (("What happened on Friday?", "Friday, my forearm, with the razor from the sharpener."),
         "self_harm", "endorsed"),
        (("Are you saying you'd sooner be dead than go back in?", "Yeah. Most days."),
         "suicidal_ideation", "endorsed"),
        (("Is anyone at home hurting you?", "It's safe. We're all right."), "abuse_or_neglect",
         "denied"),
        (("How were the first weeks?", "I thought they'd all be better off if I'd died in "
          "theatre."), "suicidal_ideation", "endorsed"),
        (("Have you ever had thoughts of ending your life?", "Once, at university.",
          "Have you had those thoughts since?", "Not like that, no."), "suicidal_ideation",
         "denied"),
    ],
)  # fmt: skip
def test_from_the_p_set(turns: tuple[str, ...], kind: str, status: str, roles: bool) -> None:
    assert (kind, status) in found(*turns, roles=roles)


@ROLES
def test_a_yes_stands_when_another_act_is_asked_on_purpose(roles: bool) -> None:
    got = found("Are you thinking you'd rather die than keep going with the chemo?", "Yeah. Some "
                "weeks.", "Have you thought of doing anything, or stopping your tablets on "
                "purpose?", "No.", roles=roles)  # fmt: skip
    assert ("suicidal_ideation", "endorsed") in got


@ROLES
@pytest.mark.parametrize(
    "turns",
    [
        ("How's the family?", "Sometimes I think they'd be better off without me nagging them."),
        ("Plans for the weekend?", "I'd rather die than go to that wedding."),
        ("How was the sale?", "We lashed out on a new sofa."),
        ("How was the shop?", "Well. There was money gone from the till, but it was a mistake in "
         "the count."),
    ],
)  # fmt: skip
def test_everyday_sentences_of_the_p_set_are_not_risk(turns: tuple[str, ...], roles: bool) -> None:
    assert not [r for r in found(*turns, roles=roles) if r[1] == "endorsed"]


@ROLES
@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Do you ever feel you could hurt someone?", "Me? I wouldn't hurt a fly."),
        ("Is there anybody you feel like hitting when it's bad?", "No, I'm too worn out to swat a "
         "fly."),
    ],
)  # fmt: skip
def test_a_fly_not_hurt_denies_harm(question: str, answer: str, roles: bool) -> None:
    assert ("harm_to_others", "denied") in found(question, answer, roles=roles)


def test_a_check_heard_without_its_question_mark_still_takes_a_saying_back() -> None:
    got = found("How was Sunday?", "She took his side, I could have lobbed the teapot at him.",
                "I'd like to check that, as I ask everyone, was there any real thought of throwing "
                "something, or hurting [PERSON].", "No, never.", roles=False)  # fmt: skip
    assert ("harm_to_others", "endorsed") not in got
    assert ("harm_to_others", "denied") in got
