"""Risk rules of issue 17's twenty-fifth pass, from the misses of the blind set ad01-ad22 (read
after it was measured twice), each in wordings of its own with and without speaker labels, and
everyday sentences with the same words, which must not be read so."""

from __future__ import annotations

import pytest

from tests.note_fixtures import ROLES, found


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind", "status"),
    [
        # a check answered with words of its own that name no one: the speaker's own
        (("Do you mean thoughts of killing yourself?", "Thinking about not being here. Thinking "
          "everyone would cope."), "suicidal_ideation", "endorsed"),
        # skin scratched or scrubbed "till it broke the skin", "until they're raw"; a blade
        # "used on" one's leg
        (("Have you ever hurt yourself?", "At fifteen I'd scratch my legs with a comb till it "
          "broke the skin."), "self_harm", "endorsed"),
        (("What happens when it gets too much?", "I rub my arms with a scourer until they're "
          "raw."), "self_harm", "endorsed"),
        (("Tell me what happened.", "I used the blade out of a razor on my forearm."),
         "self_harm", "endorsed"),
        (("Tell me what happened.", "I took a kitchen knife to my thigh."), "self_harm",
         "endorsed"),
        # a hesitation said on its own, then the answer
        (("Have you ever hurt yourself on purpose?", "Erm. Two summers ago. Only a couple of "
          "times."), "self_harm", "endorsed"),
        (("Have you ever cut yourself?", "Hmm. In year ten."), "self_harm", "endorsed"),
        # a school year says when
        (("Have you ever hurt yourself deliberately?", "In second year, at uni."), "self_harm",
         "endorsed"),
        (("Have you ever burned yourself on purpose?", "At school, a few times."), "self_harm",
         "endorsed"),
        # not existing, wished as a machine's switch; "Not exist." on its own
        (("How bad did it get?", "I wanted to be unplugged for good."), "suicidal_ideation",
         "endorsed"),
        (("What was that like?", "Like a light. I wished I could be turned off permanently."),
         "suicidal_ideation", "endorsed"),
        (("What did you want, back then?", "To stop. Not exist."), "suicidal_ideation",
         "endorsed"),
        # a wish for death that is coming, picked from a check
        (("Is that a wish for death to come, or thoughts of ending your life yourself?",
          "A wish. I'd not do anything."), "suicidal_ideation", "endorsed"),
        # a head put through a wall
        (("What happened with your cousin?", "I lost it and slammed his head against the "
          "door."), "harm_to_others", "endorsed"),
        (("Tell me about the fight.", "I shoved her face into the counter."), "harm_to_others",
         "endorsed"),
        # asked again "since" a time, or whether one came close: the same kind
        (("Have you ever cut yourself?", "Yes, at school.", "And since you moved out?", "No. "
          "Not once."), "self_harm", "denied"),
        (("Did you think about ending your life back then?", "Yes. On the bridge I'd think one "
          "jump and it's done.", "Did you ever come close to jumping?", "Once, yeah.",
          "The guard moved me on.", "The sergeant rang my mum.", "And these days?", "No. "
          "Not since I got help."), "suicidal_ideation", "denied"),
    ],
)  # fmt: skip
def test_found(turns: tuple[str, ...], kind: str, status: str, roles: bool) -> None:
    assert (kind, status) in found(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "turns",
    [
        # scrubbed hands and shaved legs; a machine switched off; a knife on food
        ("How's the washing?", "I scrub my hands until they're raw, it's the OCD."),
        ("Any routine in the morning?", "I used a razor on my legs and got ready."),
        ("What did you cook?", "I used the knife on the chicken, then the onions."),
        ("How are weekends?", "I want to switch off at the weekend, no emails."),
        ("What happened to the telly?", "It wanted to be switched off at the wall, it kept "
         "buzzing."),
        # a picked option taken back at once: "but not to hurt myself"
        ("Do you pick the scabs to hurt yourself, or hurt yourself some other way?", "I pick "
         "when they itch. But not to hurt myself."),
        ("Do you pick the scabs to hurt yourself, or hurt yourself some other way?", "I pick "
         "when they itch. I can't help it, but not to hurt myself."),
        # a push in a game
        ("Does anyone hurt you at school?", "No. Tom pushed me at football but it was a tackle."),
        # a wish for a thing to come
        ("Is that a wish for the holiday to come, or are you dreading it?", "A wish."),
        # a fragment that names no one, said by the clinician after a question
        ("Any thoughts of not being here? Thoughts of dying are common after a loss.",),
        # "since" asked of something else
        ("Have you ever cut yourself?", "No.", "And since you moved out, how's the flat?",
         "No complaints."),
    ],
)  # fmt: skip
def test_everyday_sentences_are_not_endorsed(turns: tuple[str, ...], roles: bool) -> None:
    assert not {k for k, st in found(*turns, roles=roles) if st == "endorsed"}


def test_an_unnamed_answer_with_speakers_known() -> None:
    # who speaks unknown, "Thoughts of dying, ..." may be the asker going on ("Or suicide?")
    told = found("When you say checking out, is that about suicide?", "Thoughts of dying, "
                 "mostly at night.")  # fmt: skip
    assert ("suicidal_ideation", "endorsed") in told


def test_a_push_by_an_adult_is_still_abuse() -> None:
    assert ("abuse_or_neglect", "endorsed") in found("Does anyone hurt you?", "He hit me at "
                                                     "training.")  # fmt: skip
    assert ("abuse_or_neglect", "endorsed") in found("Does anyone hurt you?", "My stepdad "
                                                     "pushed me in the kitchen.")  # fmt: skip


#: a wife who came with him, greeted with him at the start
_GREETED = ("Hello Mr. Dunne, hello Bernadette. How have things been?", "Not bad.")


def test_a_wife_tells_what_he_did_to_her_harm_and_abuse() -> None:
    told = found(*_GREETED, "Bernadette, you mentioned the night with the car keys?",
                 "He grabbed my arm and twisted it. I had a bruise for days.")  # fmt: skip
    assert {("harm_to_others", "endorsed"), ("abuse_or_neglect", "endorsed")} <= told


def test_a_mistaken_intruder_is_harm_to_others_only() -> None:
    told = found(*_GREETED, "Bernadette, what happened in the night?",
                 "He pushed me out of the bed. He thought I was a burglar.")  # fmt: skip
    assert ("harm_to_others", "endorsed") in told
    assert ("abuse_or_neglect", "endorsed") not in told


def test_a_named_other_asked_about_stays_abuse() -> None:
    # the question names someone else: the "he" of the answer is that someone
    told = found(*_GREETED, "Has Kevin ever hurt you? Hit you, or pushed you?",
                 "He pushed me in the hall.")  # fmt: skip
    assert ("abuse_or_neglect", "endorsed") in told
    assert ("harm_to_others", "endorsed") not in told


def test_a_client_greeted_with_a_parent_tells_of_someone_else() -> None:
    # two greeted, but the teller was not addressed by name: the "she" is whoever was asked about
    told = found("Hi Poppy. Hi Mrs. Lane.", "Hi.", "You said Jade is the worst part. What "
                 "happens with her?", "She slapped me across the face on Sunday.")  # fmt: skip
    assert ("abuse_or_neglect", "endorsed") in told
    assert ("harm_to_others", "endorsed") not in told


def test_a_wife_greeted_in_two_sentences() -> None:
    # speech recognition hears the greeting as two sentences
    told = found("Hello, Mr. Dunne. Hello, Bernadette.", "Morning.", "Bernadette, what are you "
                 "seeing at home?", "He shoved me into the door frame last week.")  # fmt: skip
    assert {("harm_to_others", "endorsed"), ("abuse_or_neglect", "endorsed")} <= told


@pytest.mark.parametrize("item", ["9th", "[DATE]"])
def test_the_phq9_risk_item_spoken_and_answered_in_its_words(item: str) -> None:
    # "the 9th question" as speech recognition writes it, or as redaction leaves it; answered
    # "You put several days." (the form's own words) before "That's a one."
    told = found(f"On the {item} question, thoughts that you'd be better "
                 "off dead or hurting yourself. You put several days. That's a one. Can you tell "
                 "me about that?", "It was the week after the hospital.")  # fmt: skip
    assert ("suicidal_ideation", "endorsed") in told


def test_a_date_question_of_something_else_is_no_risk_item() -> None:
    told = found("On the [DATE] question, about sleep, you put several days.", "Mm.")
    assert ("suicidal_ideation", "endorsed") not in told
