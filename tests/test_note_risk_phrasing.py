"""Risk rules of issue 17's fifth pass, each on invented sentences (none copied from a dialog):
an overdose is a cue only when meant or thought of; "not be" is ideation only where the clause
ends; a screening item about harming oneself is a screen for ideation; one question that names
several kinds asks about all of them; a question said as a phrase, also as speech recognition
hears "any"; with no speaker labels the asker's own follow-up is not the answer; "No, not now.
Last year, yes." is a denial now and a history then; "the cutting" and hitting one's head on a
wall are self-harm, "like banging my head against a wall" and a fall are not; "before he hurts
me" is not abuse told; someone hurting a child, or leaving a dependent alone all day, is.
Sixth pass: a death welcomed in a condition; the means thought of (a fall, a car, how many pills
it would take); "I think about not being here"; "would be better without me"; the clinician
retelling what the client said or what was done to the client; an answer saying when it happened.
Denials: "Has that happened since?" about the nearest risk said in the six sentences before; an
idiom asked about ("Is that something you'd act on?"); "thoughts of getting back at him"; "I'm not
going to do anything to him" (a denial only); "nobody hurts her"; "anyone hurting him" is not the
client harming him; leaving children without care; money taken from the client.
"""

from __future__ import annotations

import pytest

from localnotes.notes.extract import extract
from localnotes.types import Segment


def segs(*turns: str, speakers: bool = False) -> list[Segment]:
    who = ("clinician", "client")
    return [
        Segment(i * 4.0, i * 4.0 + 3.5, t, who[i % 2] if speakers else None)
        for i, t in enumerate(turns)
    ]


def risks(*turns: str, speakers: bool = False) -> set[tuple[str, str]]:
    return {(r.kind, r.status) for r in extract(segs(*turns, speakers=speakers)).risk}


def endorsed(*turns: str) -> set[str]:
    return {k for k, st in risks(*turns) if st == "endorsed"}


@pytest.mark.parametrize(
    "text",
    [
        "The overdose last spring was the fentanyl, I didn't know it was in there.",
        "My cousin overdosed in March and I found him.",
        "We talked about overdose risk and the naloxone kit.",
        "The ER said it was an accidental overdose.",
    ],
)
def test_an_overdose_without_intent_is_not_ideation(text: str) -> None:
    assert endorsed(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Two winters ago I took an overdose of my sleeping pills.",
        "I was thinking about overdosing on the pills in the cabinet.",
        "I swallowed a whole bottle of Tylenol that night.",
        "I tried to overdose when I was nineteen.",
    ],
)
def test_an_overdose_meant_is_ideation(text: str) -> None:
    assert "suicidal_ideation" in endorsed(text)


@pytest.mark.parametrize(
    "text",
    [
        "I want to not be nervous at the wedding.",
        "I'd rather not be the one who calls him.",
        "Honestly I wish I could not be so tired all the time.",
    ],
)
def test_not_be_followed_by_more_is_not_ideation(text: str) -> None:
    assert endorsed(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Some nights I'd rather not be here.",
        "Some days I think it would be easier not to exist, honestly.",
        "I just want to not be, some days.",
    ],
)
def test_not_be_at_the_end_of_the_clause_is_ideation(text: str) -> None:
    assert "suicidal_ideation" in endorsed(text)


def test_a_screening_item_about_harming_oneself_is_a_screen_for_ideation() -> None:
    found = risks(
        "On the PHQ you checked 'several days' for the item about hurting yourself.", "Yeah."
    )
    assert found == {("suicidal_ideation", "endorsed")}
    # asked plainly, it is still self-harm
    assert risks("Have you hurt yourself this week?", "Yes.") == {("self_harm", "endorsed")}


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        (
            "Any urges to cut, or wishing you weren't alive?",
            {"self_harm", "suicidal_ideation"},
        ),
        (
            "And thoughts of harming yourself, or not wanting to be around anymore?",
            {"self_harm", "suicidal_ideation"},
        ),
        ("Do you get thoughts that life's not worth living?", {"suicidal_ideation"}),
        ("Was part of you trying to die that night?", {"suicidal_ideation"}),
    ],
)
def test_one_question_asks_about_every_kind_it_names(question: str, kinds: set[str]) -> None:
    assert risks(question, "No.") == {(k, "denied") for k in kinds}


@pytest.mark.parametrize(
    "question",
    [
        "And thoughts of hurting your brother.",  # a phrase asked, no question mark
        "And he thoughts of hurting your brother.",  # "any" as tiny.en hears it
        "And then he thought lately of hurting anyone.",
        "Do you have any desire to hurt [PERSON]?",  # a redacted name
        "To ask it plainly, and he thoughts of hurting anyone.",  # after a comma
        "Thanks for saying so, and he thought lately of hurting anyone.",
    ],
)
def test_a_question_said_as_a_phrase(question: str) -> None:
    assert risks(question, "No.") == {("harm_to_others", "denied")}


def test_with_no_speaker_labels_the_askers_follow_up_is_not_the_answer() -> None:
    assert risks("Does anyone at home hurt you?", "Yell at you, or take your money?", "No.") == {
        ("abuse_or_neglect", "denied")
    }
    assert risks("Does anyone at home hurt you?", "Push you around when you're alone.", "No.") == {
        ("abuse_or_neglect", "denied")
    }
    # an answer of the client's own ("It's ...") is not skipped: it decides nothing
    assert risks("Any thoughts of suicide?", "It's hard to say.", "Okay, no rush.") == set()
    # ("It's there a lot." says yes since the fourteenth pass: tests/test_note_risk_fourteenth.py)
    # after a follow-up, only a plain yes or no answers: a filler before it is someone else
    assert risks("Any thoughts of suicide?", "Or of dying?", "Okay, no judgment here.") == set()


@pytest.mark.parametrize(
    "answer",
    [
        "No, not these days. Last spring, yes, for a while.",
        "No. Back then, yes.",
        "Not now. Yeah, last year, when I lost the job.",
    ],
)
def test_a_denial_now_with_a_yes_for_before(answer: str) -> None:
    found = risks("Any thoughts of killing yourself?", answer)
    assert ("suicidal_ideation", "denied") in found
    assert ("suicidal_ideation", "endorsed") in found


def test_a_denial_with_another_past_event_is_not_a_history() -> None:
    found = risks("Any thoughts of killing yourself?", "No. I did see a counselor last year.")
    assert found == {("suicidal_ideation", "denied")}


def test_the_cutting_asked_about_again() -> None:
    assert "self_harm" in endorsed("You mentioned the cutting in the fall.")
    assert risks("Is the cutting still happening?", "Twice this month.") >= {
        ("self_harm", "endorsed")
    }
    for text in (
        "I bought a new cutting board.",
        "We're cutting back on hours at work.",
        "That's cutting edge stuff.",
    ):
        assert endorsed(text) == set(), text


@pytest.mark.parametrize(
    "text",
    [
        "When it gets too loud I bang my head against the wall.",
        "Last night I hit my head on the door, hard, on purpose.",
    ],
)
def test_hitting_ones_head_on_a_wall_is_self_harm(text: str) -> None:
    assert "self_harm" in endorsed(text)


@pytest.mark.parametrize(
    "text",
    [
        "Talking to the insurance people is like banging my head against a wall.",
        "I slipped on the ice and hit my head on the floor.",
        "I stood up too fast and nearly hit my head on the table.",
    ],
)
def test_an_idiom_or_a_fall_is_not_self_harm(text: str) -> None:
    assert endorsed(text) == set()


def test_harm_feared_before_it_happens_is_not_abuse_told() -> None:
    assert "abuse_or_neglect" not in endorsed("The voice says get them before they hurt you.")
    assert "abuse_or_neglect" in endorsed("She hurts me when she drinks.")


@pytest.mark.parametrize(
    "text",
    [
        "Is anybody hurting her at the daycare?",
        "Has anyone been touching him in a way that's not okay?",
        "Is someone leaving the kids alone overnight?",
    ],
)
def test_asked_whether_someone_harms_a_child(text: str) -> None:
    assert ("abuse_or_neglect", "denied") in risks(text, "No.")


def test_a_dependent_left_alone_all_day_is_neglect() -> None:
    assert "abuse_or_neglect" in endorsed("We've been leaving my dad alone all day since May.")
    assert endorsed("Just leave her alone, I told him.") == set()


def test_a_no_answers_what_the_answer_does_not_speak_of_itself() -> None:
    found = risks("Any thoughts of hurting yourself or anyone else?", "No, I'd never hurt anyone.")
    assert found == {("self_harm", "denied"), ("harm_to_others", "denied")}
    # what the answer speaks of, its own words decide
    found = risks("Any thoughts of suicide?", "No, but some nights I think about killing myself.")
    assert ("suicidal_ideation", "endorsed") in found
    assert ("suicidal_ideation", "denied") not in found


# --- sixth pass: endorsed statements -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Some mornings I think, if I never woke up it would honestly be fine.",
        "I'd be at peace if the Lord took me tonight.",
        "If the cancer comes for me, so be it.",
        "It would be a relief if I just died in my sleep.",
    ],
)
def test_a_death_welcomed_in_a_condition_is_ideation(text: str) -> None:
    assert "suicidal_ideation" in endorsed(text)


@pytest.mark.parametrize(
    "text",
    [
        "If you ever wish you didn't wake up, call the line on the card.",
        "If I didn't wake up on time, my manager would be fine with it.",
        "It would be fine if my sister took me to the appointment.",
        "It was fine, it took me an hour to get there.",
        "I wouldn't be relieved if I died, I have too much to do.",
    ],
)
def test_a_condition_that_welcomes_no_death_is_not_ideation(text: str) -> None:
    assert "suicidal_ideation" not in endorsed(text)


@pytest.mark.parametrize(
    "text",
    [
        "Last spring I thought about jumping from our balcony.",
        "On the highway I thought about steering into the overpass.",
        "Everyone would be better off if I just drove over the cliff road edge.",
        "I googled how many sleeping pills it would take.",
        "Just jerking the wheel, that's what I kept picturing.",
        "I think about not being here, most nights.",
        "My kids would be better without me.",
    ],
)
def test_a_means_or_a_wish_thought_of_is_ideation(text: str) -> None:
    assert "suicidal_ideation" in endorsed(text)


@pytest.mark.parametrize(
    "text",
    [
        "We jumped off the dock into the lake all summer.",
        "I drove into the city for the concert.",
        "He kept turning the wheel.",
        "I looked up how many miles it would take to get there.",
        "The team would be better with me on it.",
        "I don't think about death much, honestly.",
        "This commute is killing me, I nearly drove into a ditch laughing.",
        "My phone died, and if I never get it back, fine.",
        "This job is killing me, it would be easier if I just quit.",
    ],
)
def test_no_means_no_wish(text: str) -> None:
    assert "suicidal_ideation" not in endorsed(text)


def test_the_clinician_retelling_the_clients_own_self_harm() -> None:
    assert "self_harm" in endorsed("You mentioned you used to burn yourself at college.")
    assert "self_harm" in endorsed("You told me you used to cut when things were bad.")
    assert ("self_harm", "denied") in risks("You said you would never hurt yourself.")
    assert "self_harm" not in endorsed("You told me your brother used to cut.")
    assert "self_harm" not in endorsed("I used to cut hair for a living.")


def test_the_clinician_telling_back_what_was_done_to_the_client() -> None:
    assert "abuse_or_neglect" in endorsed("She slapped you.", "It happened twice.")
    assert "abuse_or_neglect" not in endorsed("Does he hit you?", "No, never.")
    assert "abuse_or_neglect" not in endorsed("If he shoves you again, leave.")


def test_hurting_ones_body_on_purpose_asked_and_answered_with_when() -> None:
    found = risks(
        "Have you injured your body on purpose lately?", "Two weeks ago I burned my palm."
    )
    assert ("self_harm", "endorsed") in found
    found = risks("Any urges to cut?", "Last month was hard, but no, nothing.")
    assert ("self_harm", "endorsed") not in found
    assert "self_harm" not in endorsed("I hurt my body at the gym.")


# --- sixth pass: denials -------------------------------------------------------------------


def test_a_back_reference_reaches_past_the_clients_story() -> None:
    found = risks(
        "You told me you used to cut yourself.",
        "At boarding school.",
        "On my ankles.",
        "Nobody noticed.",
        "I see.",
        "Has that happened since?",
        "No.",
    )
    assert ("self_harm", "denied") in found and ("self_harm", "endorsed") in found
    # idioms and other people's stories are not what "that" is
    assert risks("My uncle died by suicide.", "I see.", "What about now?", "Yes.") == set()
    assert risks("This job is killing me.", "Has that happened again?", "Yes.") == set()


def test_an_idiom_asked_about_is_decided_by_the_answer() -> None:
    found = risks("You said, 'I could strangle my boss'.", "Would you ever act on that?", "No.")
    assert found == {("harm_to_others", "denied")}
    assert endorsed("I could strangle my boss.") == set()


@pytest.mark.parametrize(
    "turns",
    [
        ("Any thoughts of getting even with your landlord?", "No, not at all."),
        ("Any urge to go after him?", "No."),
        ("You were furious at your manager.", "I'm not going to do anything to her, though."),
    ],
)
def test_harm_to_others_denied_in_other_words(turns: tuple[str, str]) -> None:
    assert ("harm_to_others", "denied") in risks(*turns)


def test_doing_something_to_someone_said_plainly_says_nothing() -> None:
    assert risks("I want to do something to him for her birthday.") == set()
    assert risks("Are you going to do anything to him?", "Yes, write him a letter.") == set()


def test_someone_else_harming_a_child_is_not_the_client_harming() -> None:
    found = risks("Is anybody hitting her at home?", "No.")
    assert found == {("abuse_or_neglect", "denied")}
    assert ("abuse_or_neglect", "denied") in risks("She says nobody hurts her at her dad's.")
    assert ("harm_to_others", "endorsed") in risks("Sometimes I want to hit him.")


def test_neglect_and_money_asked_about() -> None:
    found = risks("Have you ever left the kids without supervision overnight?", "Never.")
    assert ("abuse_or_neglect", "denied") in found
    found = risks("Has your son taken money from you, or pressured you to sign?", "No.")
    assert found == {("abuse_or_neglect", "denied")}
    assert "abuse_or_neglect" in endorsed("My grandson keeps pressuring me to sign the deed over.")


def test_has_it_happened_heard_without_has_or_a_question_mark() -> None:
    found = risks(
        "You mentioned you used to hit yourself.",
        "In the army, after bad days.",
        "Okay, as that happened lately.",
        "No, not in years.",
    )
    assert ("self_harm", "denied") in found
    assert risks("I cut myself shaving.", "As it happened again, I laughed.") == set()
