"""Risk rules of issue 17's sixteenth pass (from the g-set's misses), each on invented sentences
(none copied from a dialog): a past overdose told as "a handful of" someone's pills; "where?"
answered with the head; the reason alone after the act ("To punish myself."); another's bank card
held; a death let come by one's own illness; "so that you'll die sooner"; a threat to the
client's body; something hot pressed on the skin; rough handling or being left without help; a
yes taken back by a plain no to a check of what it meant; a plan asked after ideation; "hurt
<name>, or anyone"; a rhetorical "Are you kidding?" before the answer; the people asked about
praised as a no. And what must not be read so."""

from __future__ import annotations

import pytest

from tests.note_fixtures import found, told


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("At twenty I swallowed a handful of my dad's tablets.", "suicidal_ideation"),
        ("After the breakup I took a whole load of pills and woke up in A&E.", "suicidal_ideation"),
        ("I'd make myself stand in the cold for hours. To punish myself.", "self_harm"),
        ("My nephew's had my bank card since spring.", "abuse_or_neglect"),
        ("I've thought about letting the cancer take me.", "suicidal_ideation"),
        ("He told me he'd stab me in my sleep if I left.", "abuse_or_neglect"),
        ("Twice I held the lighter to my wrist.", "self_harm"),
        ("Last week I pressed it against my arm until it blistered.", "self_harm"),
        # the b-set's, still missed after earlier passes
        ("Last night I thought, I can't face it, I'll just end it.", "suicidal_ideation"),
        (
            "I thought about the canal. How easy it would be to keep walking and not stop.",
            "suicidal_ideation",
        ),
        ("Some weeks I think, let the cancer win and be done with it.", "suicidal_ideation"),
        ("I wanted to end up in intensive care and never wake up.", "suicidal_ideation"),
        ("I hit doors for years. Until my knuckles split.", "self_harm"),
        ("When I'm furious I scratch my legs with a pin.", "self_harm"),
        ("After the match I punched my knees, hard, on purpose.", "self_harm"),
        # as speech recognition writes them: no sentence break, a dropped "'d"
        ("I'd make myself swim in the cold lake to punish myself, and it worked.", "self_harm"),
        ("She said she burn my arm with the iron if I told.", "abuse_or_neglect"),
    ],
)
def test_told_as_risk(text: str, kind: str) -> None:
    assert (kind, "endorsed") in told(text)


@pytest.mark.parametrize(
    "text",
    [
        "I take a handful of pills every morning for my heart.",
        "I have my bank card with me.",
        "I held the ice pack against my arm to cool it.",
        "I put the cream on my arm twice a day.",
        "He said he'd kill for a coffee.",
        "I'm dying for a biscuit, but they'd shoot me.",
        "My mum would kill me if she saw my room.",
        "I'll just end it with him tonight, the relationship.",
        "How easy it'd be to walk there and back, I thought.",
        "I won't let the cancer win, I tell my kids.",
        "The nurse scratched my arm with the needle by accident.",
    ],
)
def test_not_risk(text: str) -> None:
    assert not {k for k, s in told(text) if s == "endorsed"}


def test_where_answered_with_the_head() -> None:
    got = found("Your dad said you sometimes hit yourself?", "On my head. When it gets loud.")
    assert ("self_harm", "endorsed") in got


def test_where_answered_with_the_head_and_how() -> None:
    got = found("Your dad said you sometimes hit yourself.", "On my head, with my fists, at night.")
    assert ("self_harm", "endorsed") in got


def test_punishing_oneself_denied() -> None:
    assert ("self_harm", "endorsed") not in told("I don't skip meals to punish myself.")


def test_not_waking_up_said_alone_after_a_wish() -> None:
    got = found(
        "What goes through your mind at night?",
        "I lie there and think it would be nice to just drift. Not wake up.",
    )
    assert ("suicidal_ideation", "endorsed") in got


def test_how_easy_told_without_labels_is_no_question() -> None:
    got = found(
        "What did you think about on the path?",
        "How easy it'd be to swim out and not come back.",
        "No.",
        roles=False,
    )
    assert ("suicidal_ideation", "endorsed") in got


def test_dying_sooner_asked_and_answered() -> None:
    got = found("Are you skipping meals so that you'll die sooner?", "I think I am, yes.")
    assert ("suicidal_ideation", "endorsed") in got


def test_a_yes_taken_back_by_a_check_of_what_it_meant() -> None:
    got = found(
        "Do you ever think about not being here?",
        "Sometimes I think if I vanished they'd cope.",
        "When you say vanished, do you mean you want to die?",
        "No. Moving away. Starting over.",
    )
    assert ("suicidal_ideation", "endorsed") not in got
    assert ("suicidal_ideation", "denied") in got


def test_a_yes_stands_when_the_check_is_answered_yes() -> None:
    got = found(
        "Do you ever think about not being here?",
        "Sometimes I think if I vanished they'd cope.",
        "When you say vanished, do you mean you want to die?",
        "Yes. That's what I mean.",
    )
    assert ("suicidal_ideation", "endorsed") in got


def test_a_plan_asked_after_ideation() -> None:
    got = found(
        "Any thoughts of ending your life?",
        "Yes, some nights.",
        "Have you made any plan, or gathered anything?",
        "No.",
    )
    assert ("suicidal_ideation", "endorsed") in got
    assert ("suicidal_ideation", "denied") in got


def test_a_plan_for_the_weekend_is_no_risk_question() -> None:
    got = found(
        "Any thoughts of ending your life?",
        "No.",
        "Have you made any plans for the weekend?",
        "Yes, my sister's coming.",
    )
    assert ("suicidal_ideation", "endorsed") not in got


def test_a_name_or_anyone() -> None:
    assert ("harm_to_others", "denied") in found("Have you wanted to hurt Sam, or anyone?", "No.")


def test_a_rhetorical_question_then_the_answer() -> None:
    got = found("Any thoughts of suicide lately?", "Are you joking? I've never felt more alive.")
    assert got == {("suicidal_ideation", "denied")}


def test_others_then_oneself_denied() -> None:
    got = told("I'm angry with them, but I would never harm anybody, or myself.")
    assert ("self_harm", "denied") in got and ("harm_to_others", "denied") in got
    assert not {k for k, s in got if s == "endorsed"}


def test_an_intrusive_image_is_no_intent() -> None:
    got = told("Chopping onions, I get these images of stabbing [PERSON] with the knife.")
    assert ("harm_to_others", "endorsed") not in got
    assert ("harm_to_others", "endorsed") in told("Last week I had thoughts of stabbing [PERSON].")


def test_the_people_asked_about_praised() -> None:
    got = found("Does anyone here treat you roughly?", "They're lovely. Every one of them.")
    assert ("abuse_or_neglect", "denied") in got


def test_a_denial_of_ideation_with_self_harm_of_the_past_told_after() -> None:
    got = found(
        "Have you ever done anything to end your life?",
        "Never to end it. At school I used to cut my arms.",
    )
    assert ("suicidal_ideation", "endorsed") not in got
    assert ("self_harm", "endorsed") in got
