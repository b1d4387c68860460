"""Risk rules of issue 17's twelfth pass, each on invented sentences (none copied from a dialog):
what was no act ("I hurt myself falling, never on purpose", "I hit him by accident") is a
denial, not self-harm or harm to others; "over my dead body" is a figure of speech; a belief or a
dream of being hurt ("I thought they were choking me") is left to read, not told as abuse; what a
death would do to someone ("it'd kill my dad") is no harm to them; "as anyone hurt you" is the
clinician asking, as speech recognition hears "has anyone"."""

from __future__ import annotations

import pytest

from localnotes.notes.extract import extract
from localnotes.types import Segment


def read(*texts: str) -> tuple[set[tuple[str, str]], list[tuple[str, ...]]]:
    segs = [Segment(i * 4.0, i * 4.0 + 3.5, t) for i, t in enumerate(("Okay.", *texts))]
    ex = extract(segs)
    return {(r.kind, r.status) for r in ex.risk}, [p.kinds for p in ex.review]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I've cut myself in the kitchen, but never on purpose.", "self_harm"),
        ("I burned myself by accident on the oven door.", "self_harm"),
        ("I hit him by accident with the car door.", "harm_to_others"),
        ("I hurt myself when I fell off the ladder.", "self_harm"),
    ],
)
def test_what_was_no_act_is_no_risk_endorsed(text: str, kind: str) -> None:
    assert (kind, "endorsed") not in read(text)[0]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I hurt myself on purpose last night.", "self_harm"),
        ("I hit him, and I meant to.", "harm_to_others"),
        ("She'd be better off if I just slipped away in my sleep.", "suicidal_ideation"),
    ],
)
def test_an_act_meant_is_still_endorsed(text: str, kind: str) -> None:
    assert (kind, "endorsed") in read(text)[0]


def test_neglect_needs_no_purpose() -> None:
    text = "Leaving him alone all day, now he's falling, is neglect even if it's not on purpose."
    assert ("abuse_or_neglect", "denied") not in read(text)[0]


def test_over_my_dead_body_is_a_figure_of_speech() -> None:
    assert read("Over my dead body would anybody lay a hand on my girls.")[0] == set()


def test_a_belief_of_being_hurt_is_read_not_told() -> None:
    found, passages = read("In the ward I thought the nurses were choking me with the tube.")
    assert ("abuse_or_neglect", "endorsed") not in found
    assert ("abuse_or_neglect",) in passages
    assert ("abuse_or_neglect", "endorsed") in read("My stepfather was choking me.")[0]


def test_what_a_death_would_do_to_someone_is_no_harm_to_them() -> None:
    found, _ = read("I'd never do it, it'd kill my dad.")
    assert ("harm_to_others", "endorsed") not in found
    assert ("harm_to_others", "endorsed") in read("Some nights I want to kill my dad.")[0]


def test_as_anyone_hurt_you_is_a_question_heard_without_its_has() -> None:
    text = "These can go with old trauma, as anyone hurt or abused you as a child."
    assert ("abuse_or_neglect", "endorsed") not in read(text)[0]
