"""Risk rules of issue 17's fourteenth pass (from the d-set's misses), each on invented sentences
(none copied from a dialog): a denial said after its cue ("Hurting myself is not in me"); a joke
answer taken back at once; a comparison inside a denial ("I'd sooner hurt myself than him"); an
answer that sets only a plan aside ("Not a plan."); "it's there" as a yes; violence in British
words ("battered", "beat him up"); an overdose told as the medicine cabinet emptied; a burn to
"the inside of my arm"; a cut ankle; a death asked of God, let the sea take; a rail one thought of
going over. And what must not be read so."""

from __future__ import annotations

import pytest

from tests.note_fixtures import found, told


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I gave him a right kicking. I battered him outside the pub.", "harm_to_others"),
        ("Last summer I beat him up in the car park.", "harm_to_others"),
        ("In March I swallowed everything in the bathroom cabinet.", "suicidal_ideation"),
        ("I'd burn the back of my hand with a lighter when it got bad.", "self_harm"),
        ("At college I cut my ankles so nobody would see.", "self_harm"),
        ("Most nights I ask the Lord to take me while I sleep.", "suicidal_ideation"),
        (
            "Out on the boat I think the water could take me, and that'd be fine.",
            "suicidal_ideation",
        ),
        ("I stood on the bridge and thought about jumping off.", "suicidal_ideation"),
        ("When he drank he got violent with my mum.", "abuse_or_neglect"),
        ("My brother gets rough with the kids when he's high.", "abuse_or_neglect"),
        ("I got violent with my wife once, years ago.", "harm_to_others"),
    ],
)
def test_told(text: str, kind: str) -> None:
    assert (kind, "endorsed") in told(text), told(text)


@pytest.mark.parametrize(
    "text",
    [
        "Harming myself is not in me, it never has been.",
        "Killing myself isn't something I would do.",
        "I'd rather hurt myself than lay a finger on her.",
        "The news hit me like a ton of bricks.",
        "It hit me like a truck when they told me.",
        "I took all my tablets this week, every one, like you said.",
        "I cut my hair short and I feel better.",
    ],
)
def test_not_endorsed(text: str) -> None:
    assert not [k for k, s in told(text) if s == "endorsed"], told(text)


def test_violence_denied_is_denied() -> None:
    assert told("I never got violent with anyone.") == {("harm_to_others", "denied")}


def test_a_denial_after_the_cue_is_a_denial() -> None:
    assert ("self_harm", "denied") in told("Hurting myself just isn't in me.")


def test_a_joke_taken_back_is_a_no() -> None:
    r = found(
        "Do you ever think about killing yourself?",
        "Only when the printer jams. No, sorry, seriously, no.",
    )
    assert r == {("suicidal_ideation", "denied")}, r


def test_a_yes_that_goes_on_with_no_is_still_a_yes() -> None:
    r = found(
        "Do you ever think about killing yourself?",
        "Sometimes, late at night. No, I haven't told my wife.",
    )
    assert ("suicidal_ideation", "endorsed") in r, r


def test_not_a_plan_answers_thoughts_yes_and_a_plan_no() -> None:
    r = found(
        "Have you been thinking about ending your life?", "Not a plan. More a wish to vanish."
    )
    assert ("suicidal_ideation", "endorsed") in r, r
    r = found("Do you have a plan to end your life?", "Not a plan, no.")
    assert ("suicidal_ideation", "endorsed") not in r, r


def test_thoughts_there_is_a_yes() -> None:
    r = found("Are thoughts of suicide there lately?", "They're there, in the background.")
    assert ("suicidal_ideation", "endorsed") in r, r


def test_asking_god_is_not_the_clinician_asking() -> None:
    r = found("How are the nights?", "Some nights I ask God to take me in my sleep.")
    assert ("suicidal_ideation", "endorsed") in r, r
