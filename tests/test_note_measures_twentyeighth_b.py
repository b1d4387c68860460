"""Measures of issue 17's twenty-eighth pass, second part, from the ag-set's misses, on invented
sentences: short screens read aloud item by item (the Mini-SPIN's three items, the AUDIT-C's
three questions, the PC-PTSD-5's five yes-or-no questions, the PSS-4's four), totalled by the
form's own name ("So your Mini-SPIN is nine."), each item charted where every one was scored
aloud as a number, or, on a yes-or-no screen, answered yes or no. What must not be read: the
scale's anchors said when the form is introduced ("nought for not at all up to four for
extremely"), the count of its questions ("the three Mini-SPIN questions"), the examples in the
question's own turn ("Seven to nine is a three."), items that do not add up to the total."""

from __future__ import annotations

import pytest

from localnotes.notes.extract import extract
from tests.note_fixtures import has_measure as _has
from tests.note_fixtures import measures, segs


def _quoted(*turns: str) -> set[tuple[str, float]]:
    """The measures found, each of whose evidence quotes is in the turns."""
    found = extract(segs(*turns)).measures
    for m in found:
        assert all(any(e.quote in t for t in turns) for e in m.evidence), m
    return {(m.name, m.score) for m in found}


_SPIN = (
    "Here are the three Mini-SPIN questions, nought for not at all up to four for extremely. "
    "Fear of embarrassment causes me to avoid doing things or speaking to people.",
    "Two.",
    "I avoid activities in which I am the center of attention.",
    "Four, definitely.",
    "Being embarrassed or looking stupid are among my worst fears.",
    "Three.",
)
_AUDIT_C = (
    "Three drink questions. How often do you have a drink containing alcohol? Two to three "
    "times a week is a three.",
    "A three, yes.",
    "How many drinks on a typical day when you are drinking? Five or six is a two.",
    "Two, I'd say.",
    "How often do you have six or more drinks on one occasion?",
    "Monthly. One.",
)
_PC_PTSD = (
    "In the past month, have you had nightmares about it or thought about it when you did not "
    "want to?",
    "Yes.",
    "Tried hard not to think about it or gone out of your way to avoid situations that remind "
    "you of it?",
    "No.",
    "Been constantly on guard, watchful, or easily startled?",
    "Yes, all the time.",
    "Felt numb or detached from people or activities?",
    "No.",
    "Felt guilty or unable to stop blaming yourself or others for the event?",
    "Yes.",
)
_PSS = (
    "Four questions about the last month. How often have you felt unable to control the "
    "important things in your life?",
    "Often. A three.",
    "Felt confident about your ability to handle your personal problems?",
    "Fairly often, so that's a one.",
    "Felt that things were going your way?",
    "Sometimes. Two.",
    "Felt difficulties were piling up so high you could not overcome them?",
    "Four.",
)


@pytest.mark.parametrize(
    ("turns", "total", "name", "short", "items"),
    [
        ((*_SPIN, "So your Mini-SPIN is nine.", "Okay."), 9.0, "Mini-SPIN", "Mini-SPIN",
         (2, 4, 3)),
        ((*_AUDIT_C, "So the AUDIT-C is six today.", "Right."), 6.0, "AUDIT-C", "AUDIT-C",
         (3, 2, 1)),
        ((*_PC_PTSD, "So the PC-PTSD-5 is three out of five.", "Okay."), 3.0, "PC-PTSD-5",
         "PC-PTSD-5", (1, 0, 1, 0, 1)),
        ((*_PSS, "That's a PSS-4 of ten.", "Hm."), 10.0, "PSS-4", "PSS-4", (3, 1, 2, 4)),
    ],
)  # fmt: skip
def test_a_screen_read_item_by_item_is_charted(
    turns: tuple[str, ...], total: float, name: str, short: str, items: tuple[int, ...]
) -> None:
    found = _quoted(*turns)
    assert _has(found, name, total), found
    for i, score in enumerate(items, 1):
        assert (f"{short} item {i}", float(score)) in found, (i, found)


def test_the_scales_anchors_and_its_count_of_questions_are_no_scores() -> None:
    found = _quoted(*_SPIN, "So your Mini-SPIN is nine.", "Okay.")
    assert {s for n, s in found if not n.startswith("Mini-SPIN item")} == {9.0}, found


@pytest.mark.parametrize(
    ("turns", "short"),
    [
        ((*_SPIN, "So your Mini-SPIN is ten.", "Okay."), "Mini-SPIN"),  # the items add up to 9
        ((*_PC_PTSD, "Thanks. Now the nightmares.", "Fewer."), "PC-PTSD-5"),  # no total said
        ((*_PSS, "Thank you. How is work?", "Busy."), "PSS-4"),  # no total said
    ],
)
def test_items_that_do_not_add_up_or_are_not_totalled_are_not_charted(
    turns: tuple[str, ...], short: str
) -> None:
    found = measures(*turns)
    assert not any(n.startswith(f"{short} item") for n, _ in found), found


def test_a_stress_item_is_no_rating_of_importance() -> None:
    found = _quoted(*_PSS, "That's a PSS-4 of ten.", "Hm.")
    assert not any("rating" in n for n, _ in found), found
