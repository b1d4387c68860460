"""Medication rules of issue 17's twenty-seventh pass, second part, from the af-set's misses, each
in wordings of its own: the dose before told as the time something else happened ("When we were
on the seventeen point eight I was flagging"), the new dose said with the one it replaced ("the
eighteen now instead of the twelve"), a child greeted and then the parent by title, so "he's been
on" is the client's drug, and a new dose said bare with the day it starts ("So a hundred and
fifty from Monday."). What must not be read: a number said as no dose after "when I was on the",
a clock time "instead of" another, a third person's drug where no parent is greeted, a number
"from Monday's" something."""

from __future__ import annotations

import pytest

from tests.note_fixtures import medication_entries as entries
from tests.note_fixtures import medications


def _numbers(found: list[tuple[str, float | None, str | None]], name: str) -> set[float]:
    """Every dose of `name`, as its dose or a number of its change."""
    out: set[float] = set()
    for n, dose, change in found:
        if n == name:
            out |= {dose} if dose is not None else set()
            out |= {float(x) for x in (change or "").replace(" mg", "").split() if x[0].isdigit()}
    return out


@pytest.mark.parametrize(
    ("turns", "name", "was", "now"),
    [
        (("How's the higher dose of the Wakix going?",
          "Better. When we were on the seventeen point eight I was flagging by lunch.",
          "And now you're on the thirty-five point six every morning?", "Yes."),
         "pitolisant", 17.8, 35.6),
        (("How is the higher dose of the sertraline going?",
          "Better. When I was on the twenty-five I cried every day.",
          "And now you're on the fifty every morning?", "Yes."), "sertraline", 25.0, 50.0),
    ],
)  # fmt: skip
def test_the_dose_before_told_as_a_time(
    turns: tuple[str, ...], name: str, was: float, now: float
) -> None:
    found = entries(*turns)
    assert {was, now} <= _numbers(found, name), found
    # the dose said as a time is the one before, not a dose taken now of its own
    assert not any(n == name and d == was for n, d, _ in found), found


def test_a_number_after_when_i_was_on_the_phone_is_no_dose_before() -> None:
    found = entries(
        "How is the higher dose of the sertraline going?",
        "Better. When we were on the twenty-five I was tired all day.",
        "And now you're on the fifty every morning?",
        "Yes. When I was on the phone for twenty minutes I felt calm.",
    )
    assert 25.0 in _numbers(found, "sertraline"), found
    assert 20.0 not in _numbers(found, "sertraline"), found


@pytest.mark.parametrize(
    ("turns", "name", "change"),
    [
        (("How have things been since we put the Austedo up?",
          "Calmer. I'm on the eighteen twice a day now instead of the twelve."),
         "deutetrabenazine", "increase from 12 to 18"),
        (("How is the quetiapine since the change?",
          "Fine. I take the twenty-five at night now instead of the fifty."),
         "quetiapine", "decrease from 50 to 25"),
    ],
)  # fmt: skip
def test_the_dose_said_instead_of_the_one_before(
    turns: tuple[str, ...], name: str, change: str
) -> None:
    found = entries(*turns)
    assert any(n == name and (c or "").startswith(change) for n, _, c in found), found


def test_a_clock_time_instead_of_another_is_no_change() -> None:
    found = entries(
        "How have things been since we put the Austedo up?",
        "Calmer. I'm on the eighteen twice a day now instead of the twelve.",
        "And the sertraline, a hundred milligrams?",
        "Yes, at eight instead of the twelve.",
    )
    assert ("deutetrabenazine", 18.0, "increase from 12 to 18") in found, found
    assert not any(n == "sertraline" and "12" in (c or "") for n, _, c in found), found


@pytest.mark.parametrize(
    "greeting",
    ["Hey Jaden. Hi, Mr. Brooks. How's fourth grade?", "Hi Mia, hello Mrs. Patel. How's school?"],
)
def test_a_child_and_a_parent_greeted_the_third_person_drug_is_the_clients(greeting: str) -> None:
    turns = (
        greeting,
        "Okay.",
        "He's been on the Qelbree two hundred milligrams for six weeks. How's that been?",
        "Good. No stomach aches.",
    )
    assert ("viloxazine", 200.0) in {(n, d) for n, d, _ in entries(*turns)}
    # greeted alone, the child speaks of another: "he" is someone else
    alone = ("Hi Jaden. How's fourth grade?", *turns[1:])
    assert "viloxazine" not in medications(*alone)


@pytest.mark.parametrize(
    ("turns", "name", "dose"),
    [
        (("You're on the Zoloft, a hundred milligrams. Dr Chen suggested one fifty.",
          "If it's safe, I want to try it.", "So a hundred and fifty from Monday.", "Okay."),
         "sertraline", 150.0),
        (("The venlafaxine, seventy-five milligrams, still?", "Yes, every morning.",
          "Then one fifty from tomorrow.", "Fine."), "venlafaxine", 150.0),
    ],
)  # fmt: skip
def test_a_new_dose_said_with_the_day_it_starts(
    turns: tuple[str, ...], name: str, dose: float
) -> None:
    found = entries(*turns)
    assert dose in _numbers(found, name), found
    # another number "from Monday's" something is no dose
    other = (*turns[:2], "So fifty from Monday's group came along.", "Okay.")
    assert 50.0 not in _numbers(entries(*other), name)
