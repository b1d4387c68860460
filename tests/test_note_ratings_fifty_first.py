"""Self-ratings of issue 17's fifty-first pass, on invented sentences: the feeling a question
asks the strength of, named only at its end ("how strong is that feeling, the paranoia?"); the
value a rating moved from, said after it ("Three out of ten, from seven.", "a four, down from
eight last week"); and a value only supposed ("If it was a ten I'd be in hospital.") never a
rating."""

from __future__ import annotations

import pytest

from tests.note_fixtures import has_measure as _has
from tests.note_fixtures import measures


@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        (("Out of ten, how strong is that feeling that people are watching you, the paranoia?",
          "Six, most days."), "paranoia rating", 6.0),
        (("Zero to ten, how bad has it been since the funeral, the loneliness?", "An eight."),
         "loneliness rating", 8.0),
        (("How intense does it get at night, the agitation, out of ten?", "A five."),
         "agitation rating", 5.0),
    ],
)  # fmt: skip
def test_a_feeling_named_at_the_end_of_the_question_is_what_is_rated(
    turns: tuple[str, ...], name: str, score: float
) -> None:
    found = measures(*turns)
    assert _has(found, name, score), found


@pytest.mark.parametrize(
    ("turns", "name", "values"),
    [
        (("How's the back pain?", "Easier.", "Three out of ten, from seven. That's a big drop."),
         "pain rating", (3.0, 7.0)),
        (("Out of ten, how anxious are you now?", "A four, down from eight last week."),
         "anxiety rating", (4.0, 8.0)),
        (("Out of ten, how's the craving today?", "Five, from nine on Monday."),
         "craving", (5.0, 9.0)),
    ],
)  # fmt: skip
def test_the_value_a_rating_moved_from_is_read(
    turns: tuple[str, ...], name: str, values: tuple[float, ...]
) -> None:
    found = measures(*turns)
    assert all(_has(found, name, v) for v in values), found


@pytest.mark.parametrize(
    ("turns", "not_values"),
    [
        (("Out of ten, how low is the mood?", "A six, from what I can tell."), ()),
        (("Out of ten, how tired are you?", "A seven, from nine to five at the desk."), (9.0, 5.0)),
        (("Out of ten, how stressed are you?", "Eight. If it was a ten I'd be in bed."), (10.0,)),
        (("Out of ten, how is the pain?", "If it were a nine I'd call you. It's a six."), (9.0,)),
    ],
)  # fmt: skip
def test_numbers_beside_a_rating_that_are_no_value_of_it(
    turns: tuple[str, ...], not_values: tuple[float, ...]
) -> None:
    found = measures(*turns)
    assert found, found
    assert not any(score in not_values for _, score in found), found
    assert len(found) == 1, found
