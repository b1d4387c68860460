"""Risk rules of issue 17's nineteenth pass (from the k-set's misses), each on invented sentences
reworded from what the dialogs said, with and without speaker labels: thoughts of taking "the
whole bottle"; a child "hit with a belt" told by a parent; "I'd be lying if I said I never thought
about ..." as the thought told; a short pick of one option before a comma ("More the wish, I
haven't ..."); the screening questions as clinicians ask them: forced "into anything sexual", a
couple asked "has either of you been hurt or threatened by the other?", "does anyone hurt either
of you?"; follow-ups that ask about what was said before them ("Any intention of doing that?",
"No plan, or anything you've got ready?", "And now?"), also after another follow-up; "any real
thought of hurting him" as a question with no question mark; "self-harm" heard "cell farm"; and
everyday sentences with the same words, which must not be read so."""

from __future__ import annotations

import pytest

from localnotes.notes.extract import extract
from localnotes.types import Segment
from tests.note_fixtures import ROLES, found


@ROLES
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("That winter I did think about taking the whole bottle.", "suicidal_ideation"),
        ("I thought about taking the whole box of the zopiclone.", "suicidal_ideation"),
        ("She came home and said her stepdad hit her with a belt.", "abuse_or_neglect"),
        ("Her dad used to beat my son with a slipper.", "abuse_or_neglect"),
        ("I'd be lying if I said I never thought about not being here.", "suicidal_ideation"),
        ("I can't say I haven't thought about killing myself.", "suicidal_ideation"),
        ("Last night I took the whole bottle.", "suicidal_ideation"),
        ("I cut myself again on Friday.", "self_harm"),
    ],
)
def test_told_as_risk(text: str, kind: str, roles: bool) -> None:
    assert (kind, "endorsed") in found("How have things been?", text, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "text",
    [
        "I thought about taking the whole bottle of wine to the party.",
        "I thought about taking the whole box back to the shop.",
        "He hit him with a stick in the playground, they were fighting over a ball.",
        "I'd be lying if I said I never lost my temper with the kids.",
        "We visited a cell farm on the school trip.",
        "I never thought about killing myself.",
        "I took the whole bottle of wine to the party.",
        "I cut myself off from social media for a month.",
    ],
)
def test_not_endorsed(text: str, roles: bool) -> None:
    said = found("How have things been?", text, roles=roles)
    assert not {k for k, s in said if s == "endorsed"}


@ROLES
@pytest.mark.parametrize(
    ("question", "answer", "kind"),
    [
        ("Has he ever forced you into anything sexual?", "No. Not that.", "abuse_or_neglect"),
        ("Has he ever forced you to do anything sexual you didn't want to?",
         "No. Nothing like that.", "abuse_or_neglect"),
        ("Has either of you ever felt afraid of the other, or been hurt or threatened by the "
         "other?", "No. We shout, but that's it.", "abuse_or_neglect"),
        ("Has either of you ever hurt the other?", "No, never.", "abuse_or_neglect"),
        ("Does anyone at home or in the family hurt either of you, or take things from you?",
         "No, nothing like that.", "abuse_or_neglect"),
        # speech recognition: no question mark, "has" heard "as", run into the sentence before
        ("I'll need to think about how we keep her safe, as either of you ever hurt the other.",
         "No, never.", "abuse_or_neglect"),
        ("That's a good step, any cell farm?", "No.", "self_harm"),
    ],
)  # fmt: skip
def test_screening_questions_denied(question: str, answer: str, kind: str, roles: bool) -> None:
    said = found(question, answer, roles=roles)
    assert (kind, "denied") in said
    assert (kind, "endorsed") not in said


@ROLES
def test_a_check_of_a_figure_of_speech_without_a_question_mark(roles: bool) -> None:
    said = found(
        "How have you been?",
        "I'd murder my flatmate some days, he chews so loudly.",
        "When you say murder him, any real thought of hurting him.",
        "No, God no, he's my best mate, it's just the irritability talking.",
        roles=roles,
    )
    assert ("harm_to_others", "denied") in said
    assert ("harm_to_others", "endorsed") not in said


@ROLES
def test_a_pick_before_a_comma(roles: bool) -> None:
    said = found(
        "Is that a wish not to be here, or thoughts of killing yourself?",
        "More the wish, I haven't thought about doing anything.",
        roles=roles,
    )
    assert ("suicidal_ideation", "endorsed") in said
    neither = found(
        "Is that a wish not to be here, or thoughts of killing yourself?",
        "Neither, I just feel tired.",
        roles=roles,
    )
    assert ("suicidal_ideation", "endorsed") not in neither


@ROLES
def test_follow_ups_ask_about_what_was_said_before_them(roles: bool) -> None:
    said = found(
        "When you think that, do you have thoughts of ending your life?",
        "Sometimes. I've thought about driving into the same tree. When I go past it.",
        "Thank you for telling me that. Do you have any intention of doing that?",
        "No. It would destroy my mum. I couldn't do that to her twice.",
        "Have you made any plan, or done anything towards it?",
        "No. It's just the thought, when I'm on that road.",
        roles=roles,
    )
    assert ("suicidal_ideation", "endorsed") in said
    assert ("suicidal_ideation", "denied") in said
    # the plan question alone, after the intent question: still about the thoughts
    later = found(
        "Do you ever think about ending your life?",
        "Sometimes. I've thought about the bridge. On the bad days. When it rains. A lot.",
        "Any intention of doing that?",
        "No. My mum. I couldn't. Not to her. Not ever.",
        "No plan, or anything you've got ready?",
        "No. Nothing saved up.",
        roles=roles,
    )
    assert ("suicidal_ideation", "denied") in later


@ROLES
def test_and_now_asks_the_question_before_of_now(roles: bool) -> None:
    said = found(
        "Have you ever hurt yourself on purpose?",
        "When I was seventeen, I used to burn myself with a lighter.",
        "Thank you for telling me. And now?",
        "No. Not since school.",
        roles=roles,
    )
    assert ("self_harm", "endorsed") in said
    assert ("self_harm", "denied") in said
    # with no risk said before it, "And now?" asks about nothing
    plain = found("How did you sleep as a student?", "Badly.", "And now?", "Sometimes well.",
                  roles=roles)  # fmt: skip
    assert not plain


@ROLES
def test_intention_of_something_else_is_no_follow_up(roles: bool) -> None:
    turns = (
        "Do you ever think about hurting yourself?",
        "No. I cut once, years ago. I want to do the pottery course now.",
        "Any intention of doing that course?",
        "Yes, in spring.",
    )
    who = ("clinician", "client")
    said = [
        Segment(i * 4.0, i * 4.0 + 3.5, t, who[i % 2] if roles else None)
        for i, t in enumerate(turns)
    ]
    now = {(r.kind, r.status) for r in extract(said).risk if r.time == "present"}
    assert ("self_harm", "endorsed") not in now


@ROLES
@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # the screens' own words (WAST, EASI, C-SSRS), answered yes and no
        ("Do arguments ever result in hitting, kicking or pushing?", "abuse_or_neglect"),
        ("Do you ever feel frightened by what your partner says or does?", "abuse_or_neglect"),
        ("Has anyone prevented you from getting food, clothes, medication, glasses or medical "
         "care?", "abuse_or_neglect"),
        ("Have you been upset because someone talked to you in a way that made you feel shamed "
         "or threatened?", "abuse_or_neglect"),
        ("Has anyone tried to force you to sign papers or to use your money against your will?",
         "abuse_or_neglect"),
        ("Does your partner ever stop you from seeing your friends or family?", "abuse_or_neglect"),
        ("Have you ever been in a relationship where you were hit or hurt?", "abuse_or_neglect"),
    ],
)  # fmt: skip
def test_screen_items_answered(question: str, kind: str, roles: bool) -> None:
    assert (kind, "endorsed") in found(question, "Yes.", roles=roles)
    said = found(question, "No.", roles=roles)
    assert (kind, "denied") in said
    assert (kind, "endorsed") not in said


@ROLES
@pytest.mark.parametrize(
    "follow_up",
    [
        "Have you been thinking about how you might do this?",
        "Have you had these thoughts and had some intention of acting on them?",
        "Do you intend to carry out this plan?",
    ],
)
def test_c_ssrs_follow_ups_ask_about_the_thoughts(follow_up: str, roles: bool) -> None:
    said = found(
        "Have you actually had any thoughts of killing yourself?", "Yes.", follow_up, "No.",
        roles=roles,
    )  # fmt: skip
    assert ("suicidal_ideation", "endorsed") in said
    assert ("suicidal_ideation", "denied") in said


@ROLES
@pytest.mark.parametrize(
    "text",
    [
        "The match ended in pushing and shoving between the fans.",
        "The film made me feel scared of the dark.",
        "My boss made me feel ashamed of my report.",
        "The strike stopped me from getting my medication on time.",
        "My mum stopped me from having sweets before dinner.",
        "I spent my money against my better judgement.",
        "The rows with my sister ended in tears.",
    ],
)
def test_screen_words_in_everyday_sentences(text: str, roles: bool) -> None:
    said = found("How have things been?", text, roles=roles)
    assert not {k for k, s in said if s == "endorsed"}


@ROLES
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # from a probe of 70 plain statements (none from a dialog): these were unread
        ("I'm tired of living.", "suicidal_ideation"),
        ("Sometimes I think about just not being here.", "suicidal_ideation"),
        ("I've been having dark thoughts, about not being alive.", "suicidal_ideation"),
        ("I don't care if I live or die.", "suicidal_ideation"),
        ("I've been giving my things away, so there's less to sort out after I'm gone.",
         "suicidal_ideation"),
        ("There's a gun at home and I've thought about using it on myself.", "suicidal_ideation"),
        ("I keep thinking about getting my gun and shooting him.", "harm_to_others"),
        ("I went round there and hit him.", "harm_to_others"),
        ("I got my gun and shot him.", "harm_to_others"),
        ("I was abused as a child.", "abuse_or_neglect"),
        ("I got hit by my dad.", "abuse_or_neglect"),
        ("I get hit at home.", "abuse_or_neglect"),
        ("My son takes my pension.", "abuse_or_neglect"),
        ("My carer leaves me in bed all day.", "abuse_or_neglect"),
        ("Nobody looks after us, mum's always out and we don't have food.", "abuse_or_neglect"),
    ],
)  # fmt: skip
def test_plain_statements(text: str, kind: str, roles: bool) -> None:
    assert (kind, "endorsed") in found("How have things been?", text, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "text",
    [
        "I'm sick of living with my parents.",
        "I'm tired of living in this town.",
        "I gave my old clothes away, they were too small.",
        "I used it on myself, the moisturiser, and it helped.",
        "My brother went round there and hit him.",
        "I shot him a look across the table.",
        "I was abusive to her once, in words, and I'm ashamed.",
        "I was hit by a car last year.",
        "She left me in bed to sleep it off.",
        "My daughter uses my bank card to do my shopping.",
        "My son takes my pension to the post office for me.",
        "Nobody looks after me like my nan did.",
    ],
)
def test_plain_words_not_endorsed_as_those(text: str, roles: bool) -> None:
    said = found("How have things been?", text, roles=roles)
    assert ("suicidal_ideation", "endorsed") not in said
    assert ("abuse_or_neglect", "endorsed") not in said
    if "brother" in text or "shot him a look" in text:
        assert ("harm_to_others", "endorsed") not in said


@ROLES
def test_a_wish_said_in_anger_checked_with_still(roles: bool) -> None:
    said = found(
        "When you first heard, how did you feel?",
        "I wanted to go round there and kill him.",
        "Is there any part of you that still wants to hurt him?",
        "No. I'm not going to do anything stupid.",
        roles=roles,
    )
    assert ("harm_to_others", "denied") in said
    assert ("harm_to_others", "endorsed") not in said
    # not checked: the wish stands
    told = found("How did you feel?", "I went round there and hit him.", roles=roles)
    assert ("harm_to_others", "endorsed") in told


@ROLES
@pytest.mark.parametrize(
    ("question", "answer", "kind"),
    [
        ("Have you had any thoughts of killing yourself?", "I've got too much to live for.",
         "suicidal_ideation"),
        ("Have you had any thoughts of killing yourself?", "It's never crossed my mind.",
         "suicidal_ideation"),
        ("Have you had any thoughts of killing yourself?", "Not in a million years.",
         "suicidal_ideation"),
        ("Does anyone hurt you at home?", "He's never laid a finger on me.", "abuse_or_neglect"),
    ],
)  # fmt: skip
def test_denials_in_other_words(question: str, answer: str, kind: str, roles: bool) -> None:
    said = found(question, answer, roles=roles)
    assert (kind, "denied") in said
    assert (kind, "endorsed") not in said
