"""Measures of issue 17's twenty-seventh pass, second part, from the af-set's misses, on invented
sentences: short screens read aloud item by item and totalled aloud, known by their items in the
form's own words, named or not (the HITS's four questions, the Severity of Dependence Scale's
five, the Altman mania scale's five, the PHQ-2's two): the total, an earlier total said after it,
and each item where every one was scored aloud as a number. What must not be read: items whose
scores do not add up to the total said, the same questions asked with no total, items answered
only in the form's words (the total alone), a count of times said as an answer."""

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


_HITS = (
    "I'll ask four questions about your partner, one for never to five for frequently. How "
    "often does he physically hurt you?",
    "One. Never.",
    "How often does he insult you or talk down to you?",
    "Four. Fairly often.",
    "Threaten you with harm?",
    "Two, rarely.",
    "Scream or curse at you?",
    "Four.",
)
_SDS = (
    "These are the dependence questions. Did you think your drinking was out of control?",
    "Sometimes. One.",
    "Did the prospect of missing a drink make you anxious?",
    "Often. Two.",
    "Did you worry about your drinking?",
    "Always. Three.",
    "Did you wish you could stop?",
    "Sometimes, one.",
    "How difficult would you find it to stop or go without?",
    "Very difficult. Two.",
)
_ASRM = (
    "For each one, pick zero to four. Have you felt happier or more cheerful than usual?",
    "Two.",
    "More self-confident than usual?",
    "Zero.",
    "Needing less sleep than usual?",
    "Three. I'm up at four.",
    "Talking more than usual?",
    "One.",
    "More active than usual?",
    "Two.",
)


@pytest.mark.parametrize(
    ("turns", "total", "name", "short", "items"),
    [
        ((*_HITS, "That comes to eleven.", "Okay."), 11.0, "HITS", "HITS", (1, 4, 2, 4)),
        ((*_HITS, "That totals eleven.", "Okay."), 11.0, "HITS", "HITS", (1, 4, 2, 4)),
        ((*_SDS, "So that's nine.", "Right."), 9.0, "SDS", "SDS", (1, 2, 3, 1, 2)),
        ((*_ASRM, "That's a total of eight.", "Hm."), 8.0, "Altman Self-Rating Mania Scale",
         "ASRM", (2, 0, 3, 1, 2)),
    ],
)  # fmt: skip
def test_a_screen_read_item_by_item_is_charted(
    turns: tuple[str, ...], total: float, name: str, short: str, items: tuple[int, ...]
) -> None:
    found = _quoted(*turns)
    assert _has(found, name, total), found
    for i, score in enumerate(items, 1):
        assert (f"{short} item {i}", float(score)) in found, (i, found)


def test_an_earlier_total_said_after_it() -> None:
    found = _quoted(*_SDS, "So that's nine.", "Last time it was twelve.", "Better, then.")
    assert _has(found, "SDS", 9.0) and _has(found, "SDS", 12.0), found


def test_items_answered_in_the_forms_words_give_the_total_only() -> None:
    found = _quoted(
        "Two quick questions. Over the last two weeks, how often have you had little interest "
        "or pleasure in doing things?",
        "Nearly every day.",
        "And feeling down, depressed or hopeless?",
        "Several days. Mostly in the evenings.",
        "So that's four.",
        "Okay.",
    )
    assert ("PHQ-2", 4.0) in found, found
    assert not any(n.startswith("PHQ-2 item") for n, _ in found), found


@pytest.mark.parametrize(
    "end",
    [
        ("That comes to twelve.", "Okay."),  # the items add up to eleven
        ("Thank you. Do you feel safe at home?", "Mostly."),  # no total said
    ],
)
def test_items_that_do_not_add_up_or_are_not_totalled_are_not_charted(
    end: tuple[str, ...],
) -> None:
    with_total = measures(*_HITS, "That comes to eleven.", "Okay.")
    assert _has(with_total, "HITS", 11.0), with_total
    found = measures(*_HITS, *end)
    assert not any(n.startswith("HITS") for n, _ in found), found


def test_a_count_of_times_is_no_items_score() -> None:
    turns = list(_HITS)
    turns[1] = "Rarely. Two times last year."  # rarely: two on the form, not "two times"
    found = _quoted(*turns, "That comes to twelve.", "Okay.")
    assert _has(found, "HITS", 12.0), found
    assert not any(n.startswith("HITS item") for n, _ in found), found


def test_a_total_found_by_the_forms_name_and_by_its_items_is_said_once() -> None:
    turns = ("I'll read you the five questions from the mania scale.", *_ASRM)
    found = _quoted(*turns, "That's a total of eight.", "Hm.")
    assert ("ASRM item 3", 3.0) in found, found
    assert len([n for n, s in found if n.startswith("Altman") and s == 8.0]) == 1, found


@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        (("How strong is the urge to eat after midnight, zero to ten?", "A nine.",
          "And when you do eat at night, how much shame afterwards?", "An eight. Still an eight."),
         "shame", 8.0),
        (("How strong is the craving, zero to ten?", "A seven.",
          "And if you skip a meal, how much guilt afterwards?", "A six. Still a six."),
         "guilt", 6.0),
    ],
)  # fmt: skip
def test_a_feeling_asked_how_much_after_a_clause_is_rated(
    turns: tuple[str, ...], name: str, score: float
) -> None:
    found = _quoted(*turns)
    assert _has(found, name, score), found
    # what is asked how much of is no feeling: no rating
    other = ("And when you do eat at night, how much money do you spend?", "An eight.")
    assert not _quoted(*other), other


@pytest.mark.parametrize(
    ("question", "answer", "not_a_rating", "name", "score"),
    [
        ("How angry were you at that moment, zero to ten?",
         "Eight. Now, on a normal day, maybe five.",
         "Eight. Now, on a normal day, maybe five hours of sleep.", "anger", 5.0),
        ("How anxious were you on the train, zero to ten?",
         "Nine. Today, at home, probably three.",
         "Nine. Today, at home, probably three times.", "anxiety", 3.0),
    ],
)  # fmt: skip
def test_a_further_value_said_of_now_and_a_circumstance(
    question: str, answer: str, not_a_rating: str, name: str, score: float
) -> None:
    assert _has(_quoted(question, answer), name, score)
    # hours or times said so are no rating
    assert not _has(_quoted(question, not_a_rating), name, score)
