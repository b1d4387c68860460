"""Measures of issue 17's twentieth pass (from the l-set's misses), on invented sentences: a
scale said "nought to ten", as British clinicians say it; an answer's further value said of when
or where ("When I walk the dog, a five.", a statement though it starts like a question) or after a
circumstance and a hedge ("At the weekend, maybe four."). Each with what must not be read."""

from __future__ import annotations

import pytest

from localnotes.notes.extract import extract
from localnotes.types import Segment
from tests.note_fixtures import measures


def _labelled(*turns: str) -> set[tuple[str, float]]:
    """(name, score) of the measures in turns said in turn by the clinician and the client."""
    who = ("clinician", "client")
    said = [Segment(i * 4.0, i * 4.0 + 3.5, t, who[i % 2]) for i, t in enumerate(turns)]
    return {(m.name, m.score) for m in extract(said).measures}


@pytest.mark.parametrize("labelled", [True, False])
@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (("From nought to ten, how calm do you feel at the moment?", "Roughly a six."), 6.0),
        (("On a scale of nought to ten, how confident are you about the move?", "A three."), 3.0),
    ],
)
def test_a_scale_said_nought_to_ten(
    labelled: bool, turns: tuple[str, ...], expected: float
) -> None:
    found = _labelled(*turns) if labelled else measures(*turns)
    assert any(score == expected for _, score in found)


def test_nought_that_is_no_scale_is_no_rating() -> None:
    found = measures("Our house number is nought to ten on the old map.", "We moved in May.")
    assert not any(name.endswith("rating") for name, _ in found)


@pytest.mark.parametrize("labelled", [True, False])
@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("Right now, a two. When I walk the dog in the rain, a five.", 5.0),
        ("Mostly a seven. When she's home late, an eight.", 8.0),
        ("Six. At the weekend with the kids, maybe four.", 4.0),
        ("A five most weeks. Before the accident, probably two.", 2.0),
    ],
)
def test_a_further_value_said_of_when(labelled: bool, answer: str, expected: float) -> None:
    turns = ("How tense do you feel, out of ten?", answer)
    found = _labelled(*turns) if labelled else measures(*turns)
    assert ("tension rating", expected) in found or any(
        n.endswith("rating") and s == expected for n, s in found
    )


@pytest.mark.parametrize(
    "answer",
    [
        # a question of its own, not a value: nothing after it is the rating's
        "A two. When did you last see the nurse, a week ago?",
        # a time, not a value
        "A two. At the weekend, maybe four hours of sleep a night.",
        "A two. When I was at school, in year ten, I was fine.",
    ],
)
def test_what_is_no_further_value(answer: str) -> None:
    found = _labelled("How tense do you feel, out of ten?", answer)
    assert {s for n, s in found if n.endswith("rating")} == {2.0}
