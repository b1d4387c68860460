"""Risk rules of issue 17's seventh pass, each on invented sentences (none copied from a dialog):
"Yeah." corrected at once to "No, ..." is a no; a screening item named with "the last one" in
between; the clinician's question taking an act as done ("When you cut yourself, did you ...?")
retells it, endorsed, and asks only the rest; what the client told the team is retold; an answer
saying when ("Back in the winter.") says yes; "thoughts like that lately, of dying?"; hoping not
to wake up; not caring whether one wakes up or is here; an accident welcomed ("if a car hit me,
I'd be okay"); "it'd be easier to be dead", said of no one, is the speaker's own; leaving
oneself and a sibling, or a dependent in one's care, alone for hours or days is neglect, the
client's own too; "I threw a mug at him" is harm to others, "my dad threw a plate at my mom" is
not the client's. Denials: "made a plan to do it?" and "Nothing this year?" ask about the risk
said just before; "better off not here" asked.
Eighth pass: a saying checked by the clinician at once and taken back in the answer ("No, it's the
pain talking") is denied; the limits of confidentiality agreed to ("if someone is hurting you.
Okay?" "Yeah.") are not a yes; a fear of causing harm ("afraid of hurting someone") is not harm
to others; a death asked for or let come (God asked to take one, slipping away in one's sleep,
letting the illness take one, skipping the rest of one's life, "I wish it had been me instead",
not coming round welcomed); nails dug into the skin; "I'll break your jaw"; beaten with a strap,
siblings with nothing to eat, left in a soiled bed, hair yanked.
Ninth pass: a fear that a thing of the speaker's causes harm ("worried my driving could hurt
someone") is not harm to others, the speaker's temper is; "I want to check that any thought of
..." with its question mark lost asks; going to sleep and not having to wake up or come back;
ending it before an illness does; "If ..., I'll kill myself" (the condition first, the intent the
main clause) is ideation, "if you ever feel you will" is not; an act on one's own body said to be
on purpose is self-harm; an answer saying how often ("Most evenings ...", "On the bad days ...")
or what the speaker did and then "yes" ("I've counted them out, yes.") says yes; "No. Not since
October." denies now and tells of a time before; hurting the people in one's charge at work (a
patient, a pupil, passengers) or another child is harm to others, a driver picturing hitting a kid
is not; "Any plan?" and "thought of how?" after ideation said ask about it.
"""

from __future__ import annotations

import pytest

from tests.test_note_risk_phrasing import endorsed, risks


def test_yeah_then_no_is_a_no() -> None:
    said = risks("Any thoughts of ending your life this week?", "Yeah.", "No, not at all.")
    assert said == {("suicidal_ideation", "denied")}


@pytest.mark.parametrize("then", ["Sometimes, at night.", "No one knows that, though."])
def test_yeah_not_corrected_stays_a_yes(then: str) -> None:
    assert endorsed("Any thoughts of ending your life this week?", "Yeah.", then) == {
        "suicidal_ideation"
    }


def test_a_screening_item_named_with_which_one_it_is() -> None:
    said = risks(
        "There's a question, the third one, about thoughts of harming yourself.",
        "No.",
    )
    assert said == {("suicidal_ideation", "denied")}


def test_a_question_that_takes_the_act_as_done_retells_it() -> None:
    said = risks(
        "When you cut yourself last month, did you want to die?",
        "No, I wanted to feel something else.",
    )
    assert ("self_harm", "endorsed") in said
    assert ("self_harm", "denied") not in said
    assert ("suicidal_ideation", "denied") in said
    tried = risks("When you tried to kill yourself, who found you?", "My roommate.")
    assert ("suicidal_ideation", "endorsed") in tried


@pytest.mark.parametrize(
    "turns",
    [
        ("When you feel like hurting yourself, what do you do?", "I call my friend."),
        ("Have you cut yourself since we last met?", "No."),
    ],
)
def test_no_act_taken_as_done(turns: tuple[str, str]) -> None:
    assert "self_harm" not in endorsed(*turns)


def test_what_the_client_told_the_team_is_retold() -> None:
    assert endorsed("You told the nurses about the cutting in middle school.") == {"self_harm"}
    assert endorsed("You told the team your brother was cutting.", "Yes.") == set()


@pytest.mark.parametrize(
    "answer", ["Back in the winter, after the layoff.", "In March. It passed."]
)
def test_an_answer_saying_when_says_yes(answer: str) -> None:
    assert endorsed("Have you ever thought about ending your life?", answer) == {
        "suicidal_ideation"
    }


def test_an_answer_saying_when_with_a_negation_says_nothing() -> None:
    said = risks("Have you ever thought about ending your life?", "Back in the winter, never.")
    assert ("suicidal_ideation", "endorsed") not in said


def test_thoughts_like_that_lately_of_dying() -> None:
    said = risks("Any thoughts like that recently, of dying?", "A little.")
    assert said == {("suicidal_ideation", "endorsed")}


@pytest.mark.parametrize(
    "text",
    [
        "Most nights I hope not to wake up.",
        "Some mornings I don't care if I wake up.",
        "I just don't care if I'm here or not.",
        "If a car hit me, I'd be okay with that.",
        "Some days it would be easier to be dead.",
        "It'd be easier not to be around, honestly.",
        "I lie awake and think it would be easier to be dead.",
    ],
)
def test_passive_ideation_in_other_words(text: str) -> None:
    assert endorsed(text) == {"suicidal_ideation"}


@pytest.mark.parametrize(
    "text",
    [
        "I hope not to wake up late for the exam.",
        "I'd rather not wake up the baby.",
        "I don't care if I'm late.",
        "I don't care if he's here or not.",
        "I don't care if I live in a studio, as long as it's mine.",
        "If a car hit me, my kids would have no one.",
        "My sister says it would be easier to be dead.",
        "It's easier not to be around him when he drinks.",
        "This commute is killing me, honestly.",
    ],
)
def test_no_passive_ideation(text: str) -> None:
    assert endorsed(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "My dad would leave me and my brother alone for days when he drank.",
        "Last week I left her alone in the apartment for six hours while I worked.",
    ],
)
def test_leaving_someone_alone_for_long_is_neglect(text: str) -> None:
    assert endorsed(text) == {"abuse_or_neglect"}


@pytest.mark.parametrize(
    "text",
    [
        "I left him alone for a minute to grab the mail.",
        "I left the party alone at midnight.",
        "My mom leaves me alone about my grades now.",
    ],
)
def test_leaving_alone_briefly_is_not_neglect(text: str) -> None:
    assert endorsed(text) == set()


def test_throwing_something_at_someone() -> None:
    assert endorsed("I threw a mug at my roommate when I was drunk.") == {"harm_to_others"}
    assert endorsed("He threw a chair at me.") == {"abuse_or_neglect"}
    assert endorsed("My dad threw a plate at my mom once.") == set()


def test_throwing_at_someone_asked_and_denied() -> None:
    said = risks("Have you ever thrown anything at him?", "No, I could strangle him, but no.")
    assert ("harm_to_others", "endorsed") not in said


def test_a_plan_asks_about_the_risk_said_before() -> None:
    said = risks(
        "Do you have thoughts of ending your life?",
        "Sometimes, late at night.",
        "Have you made a plan to do it?",
        "No, nothing like that.",
    )
    assert ("suicidal_ideation", "denied") in said


def test_nothing_since_asks_about_the_risk_said_before() -> None:
    said = risks(
        "Did you ever cut yourself?",
        "Back in tenth grade.",
        "On my legs.",
        "Nothing this year?",
        "No.",
    )
    assert ("self_harm", "denied") in said


def test_better_off_not_here_asked_and_denied() -> None:
    said = risks("Any feeling that you'd be better off not here?", "No, not at all.")
    assert said == {("suicidal_ideation", "denied")}


def test_better_off_not_here_said() -> None:
    assert endorsed("Honestly, some days I think I'd be better off not here.") == {
        "suicidal_ideation"
    }


def test_an_act_taken_as_done_as_speech_recognition_writes_it() -> None:
    # "-ed" dropped and no question mark: the question about it follows the act
    said = risks("When you cut yourself, did you want to die,", "No, I just wanted it to stop.")
    assert ("self_harm", "endorsed") in said
    assert ("self_harm", "denied") not in said


def test_neglect_of_two_as_speech_recognition_writes_it() -> None:
    # "and my brother" heard as "in my brother"
    assert endorsed("She'd leave me in my brother alone for days with no food.") == {
        "abuse_or_neglect"
    }


def test_the_last_one_about_harming_yourself_is_a_screening_item() -> None:
    said = risks(
        "On the questionnaire there's a question.",
        "The last one about thoughts of harming yourself.",
        "You marked never.",
        "No.",
    )
    assert ("suicidal_ideation", "denied") in said
    assert ("self_harm", "endorsed") not in said


def test_the_client_giving_a_partner_space_is_not_neglect() -> None:
    assert endorsed("After the fight I left him alone for the weekend, like he asked.") == set()


def test_a_story_that_starts_with_a_time_is_no_yes() -> None:
    said = risks("Have you ever thought about ending your life?", "In March I started a new job.")
    assert ("suicidal_ideation", "endorsed") not in said


def test_the_act_told_with_what_it_was_done_with() -> None:
    assert endorsed("In eighth grade I'd cut my thigh with a razor, not anymore.") == {"self_harm"}
    assert endorsed("I cut my leg with the razor while shaving.") == set()
    assert endorsed("She'd scratch her arm with a pin.") == set()


def test_hurt_yourself_on_purpose_as_speech_recognition_hears_it() -> None:
    said = risks("Have you ever heard yourself on purpose, like cutting?", "No, never.")
    assert said == {("self_harm", "denied")}


# Eighth pass.


@pytest.mark.parametrize(
    "answer",
    [
        ("No. It's the exhaustion talking.",),
        ("Nope.", "I didn't mean it literally, I mean I want the shifts to end."),
    ],
)
def test_a_saying_checked_at_once_and_taken_back_is_denied(answer: tuple[str, ...]) -> None:
    said = risks(
        "After a double shift I just want to die.",
        "Can I check that? Are you having thoughts of ending your life?",
        *answer,
    )
    assert said == {("suicidal_ideation", "denied")}


@pytest.mark.parametrize("answer", ["No, not right now.", "Sometimes, yes."])
def test_a_wish_to_die_checked_and_not_taken_back_stays_endorsed(answer: str) -> None:
    assert "suicidal_ideation" in endorsed(
        "Some mornings I want to die.", "Are you having thoughts of ending your life?", answer
    )


@pytest.mark.parametrize(
    "text",
    [
        "This stays between us, unless you're in danger or somebody is harming you. Okay?",
        "I'd have to tell the school if someone was hurting you. Does that sound fair?",
    ],
)
def test_the_limits_of_confidentiality_agreed_to_are_not_a_yes(text: str) -> None:
    assert endorsed(text, "Yeah, okay.") == set()


def test_tell_me_if_still_asks() -> None:
    assert "abuse_or_neglect" in endorsed("Tell me if anyone at home is hurting you.", "Yes.")


@pytest.mark.parametrize(
    "turns",
    [
        ("Is part of the dread about driving being scared of hurting someone?", "Yes, I see it."),
        ("I'm terrified of hurting someone with the forklift again.",),
    ],
)
def test_a_fear_of_causing_harm_is_not_harm_to_others(turns: tuple[str, ...]) -> None:
    assert "harm_to_others" not in endorsed(*turns)


def test_thoughts_of_hurting_someone_asked_still_endorsed() -> None:
    assert "harm_to_others" in endorsed("Any thoughts of hurting someone?", "Yes, my landlord.")


@pytest.mark.parametrize(
    "text",
    [
        "Some evenings I pray the Lord will take me.",
        "I keep hoping I'll just slip away in my sleep.",
        "At this point I would let the disease take me.",
        "I wish I could sleep and skip the rest of my life.",
        "Some days I wish it had been me in that car instead.",
        "If I didn't come round after the surgery, I'd be at peace.",
    ],
)
def test_a_death_asked_for_or_let_come_is_ideation(text: str) -> None:
    assert endorsed(text) == {"suicidal_ideation"}


@pytest.mark.parametrize(
    "text",
    [
        "My grandfather died in his sleep last spring.",
        "I talk in my sleep, my wife says.",
        "I asked God to take me through this week.",
        "I wish it had been me who got the promotion.",
        "If I didn't come round for dinner, my mum would be upset.",
        "I'd let it take me to the next level.",
    ],
)
def test_sleep_god_and_wishes_that_welcome_no_death(text: str) -> None:
    assert endorsed(text) == set()


def test_nails_dug_into_the_skin_are_self_harm() -> None:
    assert endorsed("When it gets bad I dig my nails into my palms.") == {"self_harm"}
    assert endorsed("My cat digs her claws into my legs.") == set()


def test_a_threat_to_break_someones_bones_is_harm_to_others() -> None:
    said = "I said to my neighbour, I'll break your jaw if you park there again."
    assert endorsed(said) == {"harm_to_others"}
    assert "harm_to_others" not in endorsed("I'll break my neck on those stairs one day.")


@pytest.mark.parametrize(
    "text",
    [
        "My stepdad took a strap to me when I was small.",
        "Me and my sisters often had nothing to eat on weekends.",
        "The carers left him in a soiled bed all night.",
        "She yanked my hair on the way to the car.",
    ],
)
def test_abuse_and_neglect_told_as_what_was_done(text: str) -> None:
    assert endorsed(text) == {"abuse_or_neglect"}


@pytest.mark.parametrize(
    "text",
    [
        "She took the belt to the tailor.",
        "Me and my brother had no food allergies as kids.",
        "I yanked my arm back from the stove.",
        "I twisted my wrist skiing.",
    ],
)
def test_belts_food_and_arms_that_are_not_abuse(text: str) -> None:
    assert endorsed(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "I'm scared my driving could hurt somebody on the school run.",
        "I am worried that my night shifts might end up hurting someone.",
        "I'm terrified my medication will hurt someone if it knocks me out at the wheel.",
    ],
)
def test_a_fear_that_a_thing_causes_harm_is_not_harm_to_others(text: str) -> None:
    assert "harm_to_others" not in endorsed(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm scared my temper will hurt someone one of these days.",
        "I'm scared my driving is bad, and I want to hurt someone when they cut me off.",
    ],
)
def test_the_speakers_temper_feared_is_still_harm_to_others(text: str) -> None:
    assert "harm_to_others" in endorsed(text)


@pytest.mark.parametrize(
    "question",
    [
        "I want to check that any thought of hurting someone.",
        "I'd like to check on urges to hit anybody.",
    ],
)
def test_a_check_with_its_question_mark_lost_asks(question: str) -> None:
    assert risks(question, "No, never.") == {("harm_to_others", "denied")}
    assert risks(question, "Yes, sometimes.") == {("harm_to_others", "endorsed")}


def test_a_client_checking_something_is_not_asked() -> None:
    said = risks(
        "How was the week?",
        "I want to check the locks twice. I want to hurt my neighbour.",
        speakers=True,
    )
    assert said == {("harm_to_others", "endorsed")}


@pytest.mark.parametrize(
    "text",
    [
        "Most nights I'd like to fall asleep and not need to wake again.",
        "Honestly I want to go to sleep and never come round.",
    ],
)
def test_sleep_and_not_coming_back_is_ideation(text: str) -> None:
    assert endorsed(text) == {"suicidal_ideation"}


def test_sleeping_in_is_not_ideation() -> None:
    assert endorsed("On Sundays I go to sleep and not have to wake up before ten.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "If the tumour grows back, I'll kill myself.",
        "If my memory goes, then I'm going to end it before the disease takes me.",
        "I'd rather end it before the cancer gets me.",
    ],
)
def test_an_intent_after_a_condition_is_ideation(text: str) -> None:
    assert endorsed(text) == {"suicidal_ideation"}


@pytest.mark.parametrize(
    "text",
    [
        "If you ever feel you will kill yourself, ring the crisis line.",
        "If he cheats again, I'll end it with him.",
        "I'd rather end it before it gets messy with her.",
    ],
)
def test_a_condition_asked_or_a_breakup_is_not_ideation(text: str) -> None:
    assert endorsed(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "When it gets bad I bite my cheeks on purpose.",
        "I picked my scabs open deliberately, over and over.",
        "Last week I slapped my own face intentionally, hard.",
    ],
)
def test_an_act_on_ones_own_body_on_purpose_is_self_harm(text: str) -> None:
    assert endorsed(text) == {"self_harm"}


@pytest.mark.parametrize(
    "text",
    [
        "I hit my knee on the table, not on purpose.",
        "I scratched my arm on a nail at work.",
        "I hit my cousin on purpose when we were kids.",
    ],
)
def test_an_accident_or_someone_else_is_not_self_harm(text: str) -> None:
    assert "self_harm" not in endorsed(text)


@pytest.mark.parametrize(
    "answer",
    [
        "Most evenings I sit in the car and wonder about it.",
        "On the bad days I go over it in my head.",
        "I've counted the tablets out on the table, yes.",
    ],
)
def test_an_answer_saying_how_often_or_ending_in_yes_says_yes(answer: str) -> None:
    said = risks("Have you had thoughts of ending your life?", answer, speakers=True)
    assert said == {("suicidal_ideation", "endorsed")}


@pytest.mark.parametrize("answer", ["Some days are better than others.", "Well, my sister, yes."])
def test_some_days_are_better_and_an_interjection_are_not_a_yes(answer: str) -> None:
    # ("Oh my god, yes." was here from the ninth pass, after v01's yes to a question about
    # intrusive images of the baby; to "thoughts of ending your life?" it is an emphatic yes, and
    # v01's intrusive images are read as such by the question, since the thirty-seventh pass)
    said = risks("Have you had thoughts of ending your life?", answer, speakers=True)
    assert ("suicidal_ideation", "endorsed") not in said


@pytest.mark.parametrize(
    "answer", ["No. Not since October.", "No, not since I was sixteen.", "Not since two years ago."]
)
def test_not_since_a_time_is_a_denial_now_and_a_history(answer: str) -> None:
    said = risks("Have you burned yourself this term?", answer)
    assert said == {("self_harm", "denied"), ("self_harm", "endorsed")}


@pytest.mark.parametrize("answer", ["No, not since then either.", "No. Not since we spoke."])
def test_not_since_then_is_only_a_denial(answer: str) -> None:
    assert risks("Have you burned yourself this term?", answer) == {("self_harm", "denied")}


@pytest.mark.parametrize(
    "question",
    [
        "Do you get so angry you could hurt a customer?",
        "Have you felt like harming your pupils this term?",
        "Have you ever worried your daughter might hurt another kid at nursery?",
    ],
)
def test_hurting_those_in_ones_charge_is_asked_as_harm_to_others(question: str) -> None:
    assert risks(question, "No.") == {("harm_to_others", "denied")}


def test_hurting_a_patient_said_is_harm_to_others() -> None:
    assert endorsed("Some shifts I want to hurt a patient who spits at me.") == {"harm_to_others"}


@pytest.mark.parametrize(
    "text",
    ["I keep picturing the van hitting a child.", "The new drug might harm the patients' livers."],
)
def test_an_accident_pictured_or_a_drug_is_not_harm_to_others(text: str) -> None:
    assert "harm_to_others" not in endorsed(text)


@pytest.mark.parametrize(
    "follow_up", ["Any plan?", "And have you thought of how?", "Any plans, or a date?"]
)
def test_any_plan_or_how_asks_about_the_ideation_just_said(follow_up: str) -> None:
    said = risks("Do you think about dying?", "Sometimes.", follow_up, "No, none.", speakers=True)
    assert said == {("suicidal_ideation", "endorsed"), ("suicidal_ideation", "denied")}


def test_plans_for_the_weekend_ask_nothing() -> None:
    assert risks("Any plans for the weekend?", "No.", speakers=True) == set()
