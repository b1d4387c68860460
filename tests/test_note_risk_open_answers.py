"""A risk question whose answer the rules read neither as yes nor as no is shown as a passage to
read, with the question and its answer ("I don't know" is not a denial); a welcome absence said
with other comparatives is ideation, and being away for a while ("easier if I wasn't here on
weekends") is not; how often ("All the time.") answers yes; the warning signs of risk screens said
in passing (a car running in a garage, goodbye letters, things given away, pills stockpiled, walls
punched, food locked away, money kept from one) are passages to read, and the everyday sentences
that share their words are not. All sentences are invented for these tests."""

from __future__ import annotations

import pytest

from localnotes.notes import draft, risk_review, templates
from localnotes.notes.extract import extract
from localnotes.types import Segment

QUESTION = "Are you having any thoughts of ending your life?"


def segs(*turns: str) -> list[Segment]:
    who = ("clinician", "client")
    return [Segment(i * 4.0, i * 4.0 + 3.5, t, who[i % 2]) for i, t in enumerate(turns)]


def read(*turns: str) -> tuple[set[tuple[str, str]], list[tuple[tuple[str, ...], list[str]]]]:
    ex = extract(segs(*turns))
    passages = [(p.kinds, [e.quote for e in p.evidence]) for p in ex.review]
    return {(r.kind, r.status) for r in ex.risk}, passages


@pytest.mark.parametrize(
    "answer",
    [
        "I don't know.",
        "I'm not sure.",
        "Honestly, I'd rather not say.",
        "My brother keeps asking me the same thing.",
        "It would be neater for the insurance if the boat went down with me.",
    ],
)
def test_an_answer_no_rule_reads_is_a_passage_with_its_question(answer: str) -> None:
    found, passages = read(QUESTION, answer)
    assert not found  # neither endorsed nor denied
    assert (("suicidal_ideation",), [QUESTION, answer]) in passages


@pytest.mark.parametrize("answer", ["I don't.", "I'm not.", "I don't think so.", "No, never."])
def test_a_plain_denial_is_denied_and_not_a_passage(answer: str) -> None:
    found, passages = read(QUESTION, answer)
    assert found == {("suicidal_ideation", "denied")}
    assert passages == []


def test_a_yes_is_endorsed_and_not_a_passage() -> None:
    assert read(QUESTION, "Sometimes, at night.") == ({("suicidal_ideation", "endorsed")}, [])


def test_an_answer_about_another_kind_leaves_the_kind_asked_to_read() -> None:
    q = "Have you hurt yourself on purpose since we last met?"
    a = "My husband shoved me into the dresser on Sunday."
    found, passages = read(q, a)
    assert ("abuse_or_neglect", "endorsed") in found
    assert (("self_harm",), [q, a]) in passages


def test_the_draft_shows_the_question_and_the_answer() -> None:
    doc = draft.build(
        segs("How is the new job?", "Busy.", QUESTION, "I don't know."),
        templates.load("soap"),
        "s1",
        "redacted",
    )
    lines = [i["text"] for s in doc["sections"] for i in s["items"]]
    assert f"Not classified, read for suicidal ideation: “{QUESTION}” “I don't know.”" in lines
    assert doc["risk_review"][0]["kinds"] == ["suicidal_ideation"]
    assert [e["quote"] for e in doc["risk_review"][0]["evidence"]] == [QUESTION, "I don't know."]


@pytest.mark.parametrize(
    "text",
    [
        "Things would be simpler for my kids if I were gone.",
        "It'd be kinder to everyone if I wasn't around anymore.",
        "Honestly it would be cheaper for the family if I was dead.",
    ],
)
def test_an_absence_for_good_welcomed_is_ideation(text: str) -> None:
    found, _ = read("How have the evenings been?", text)
    assert ("suicidal_ideation", "endorsed") in found


@pytest.mark.parametrize(
    "text",
    [
        "It would be easier if I was here during the week.",
        "Everyone would be better off if I was here more.",
        "It would be cheaper if I weren't around on weekends.",
        "The kids are calmer if I'm not here when they do homework.",
    ],
)
def test_being_away_for_a_while_is_not_ideation(text: str) -> None:
    found, _ = read("How have the evenings been?", text)
    assert ("suicidal_ideation", "endorsed") not in found


@pytest.mark.parametrize("answer", ["All the time.", "Constantly, honestly.", "Quite a bit."])
def test_how_often_answers_yes(answer: str) -> None:
    found, _ = read("Do you think about dying, or about not being alive?", answer)
    assert ("suicidal_ideation", "endorsed") in found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I sat in the garage with the engine running for an hour.", "suicidal_ideation"),
        ("On Sunday I wrote letters to each of my kids.", "suicidal_ideation"),
        ("I gave away most of my records this month.", "suicidal_ideation"),
        ("I gave Sam the tools, I won't be needing them.", "suicidal_ideation"),
        ("I've been stockpiling the oxycodone in a sock.", "suicidal_ideation"),
        ("Everyone would shrug if I just vanished.", "suicidal_ideation"),
        ("I'm so tired of being alive.", "suicidal_ideation"),
        ("That night I swallowed everything in the medicine cabinet.", "suicidal_ideation"),
        ("I pray He takes me to my sleep.", "suicidal_ideation"),
        ("I punched the wall till my knuckles split.", "self_harm"),
        ("I skip dinner to punish myself.", "self_harm"),
        ("Her father takes his belt off when the grades come.", "abuse_or_neglect"),
        ("Grandma locks the pantry at night.", "abuse_or_neglect"),
        ("He doesn't let me have my own money.", "abuse_or_neglect"),
        ("She goes through my phone every night.", "abuse_or_neglect"),
        ("He makes us sleep in the shed when he's angry.", "abuse_or_neglect"),
    ],
)
def test_a_warning_sign_said_in_passing_is_a_passage(text: str, kind: str) -> None:
    assert kind in risk_review.kinds_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "I left the car running outside the bakery.",
        "We moved the car into the garage because of the hail.",
        "I wrote a note to my landlord about the heating.",
        "I gave it my all at the audition.",
        "My mom won't let me go to the concert.",
        "I forgot my seat belt once and got a ticket.",
        "He got his black belt in the spring.",
        "I'm tired of the commute.",
        "I took everything out of the cabinet to paint it.",
        "The baby goes to sleep in my arms.",
    ],
)
def test_everyday_sentences_with_those_words_are_not_passages(text: str) -> None:
    assert risk_review.kinds_in(text) == ()


@pytest.mark.parametrize(
    ("text", "endorsed"),
    [
        ("I don't want to live anymore.", True),
        ("Some days I don't want to live like this.", True),
        ("I don't want to wake up tomorrow.", True),
        ("I don't want to live in this city anymore.", False),
        ("I don't want to live with my parents after graduation.", False),
        ("I don't want to wake up at six for that shift.", False),
        ("Not wanting to live alone is why she moved in.", False),
    ],
)
def test_not_wanting_to_live_there_is_not_ideation(text: str, endorsed: bool) -> None:
    found, _ = read("How have things been?", text)
    assert (("suicidal_ideation", "endorsed") in found) is endorsed


@pytest.mark.parametrize(
    "text",
    [
        "I hit my brother's truck reversing out of the garage.",
        "My uncle beats me at chess every Sunday.",
        "She beat us in the quiz final.",
        "I've been cutting carbs since New Year.",
        "I was cutting onions when she called.",
        "My father neglected his health for years.",
    ],
)
def test_things_done_to_things_or_in_games_are_not_risk(text: str) -> None:
    found, _ = read("How was the week?", text)
    assert not any(status == "endorsed" for _, status in found)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I hit my brother so hard he needed stitches.", "harm_to_others"),
        ("He beat me with his fists in front of the kids.", "abuse_or_neglect"),
        ("I've been cutting again, on my thighs.", "self_harm"),
        ("My parents neglected us, we fed ourselves.", "abuse_or_neglect"),
    ],
)
def test_the_same_words_done_to_someone_still_are(text: str, kind: str) -> None:
    found, _ = read("How was the week?", text)
    assert (kind, "endorsed") in found


SUICIDE_Q = "Any thoughts of suicide?"


@pytest.mark.parametrize(
    "answer",
    [
        "I have my grandkids, so no.",
        "Absolutely none.",
        "Not even close.",
        "Zero.",
        "That's not something I would do.",
    ],
)
def test_a_no_in_other_words_is_denied(answer: str) -> None:
    assert read(SUICIDE_Q, answer)[0] == {("suicidal_ideation", "denied")}


@pytest.mark.parametrize(
    "answer",
    [
        "They come and go.",
        "Here and there, mostly at night.",
        "It's crossed my mind.",
        "Passing ones.",
        "Just once, after the funeral.",
        "I'm not going to lie, it's been on my mind.",
        "I have, yes.",
    ],
)
def test_a_yes_in_other_words_is_endorsed(answer: str) -> None:
    assert read(SUICIDE_Q, answer)[0] == {("suicidal_ideation", "endorsed")}


def test_so_no_wonder_is_not_a_no() -> None:
    found, _ = read(SUICIDE_Q, "I lost the house, so no wonder it's crossed my mind.")
    assert ("suicidal_ideation", "denied") not in found
