"""Medication rules of issue 17's thirty-eighth pass, from the at-set's misses, on invented
sentences: a dose answered as the client remembers the tablet ("Half of a fifty, every
morning."), and a bare strength after the drug's name with what it is for ("the Bonamine for the
dizziness, the twenty-five", "the Crestor for cholesterol, ten"), "too", or the tablet told by its
look in more words ("the little green one", "the small ones") between."""

from __future__ import annotations

import pytest

from tests.note_fixtures import medications


def test_a_dose_answered_as_half_of_a_tablet() -> None:
    found = medications(
        "How are you getting on with the sertraline?", "Half of a hundred, every morning."
    )
    assert found.get("sertraline", (None, None))[0] == 50.0, found


@pytest.mark.parametrize(
    ("text", "generic", "dose"),
    [
        ("I take the Zoloft for the nerves, the fifty, in the morning.", "sertraline", 50.0),
        ("The Lipitor for cholesterol, twenty.", "atorvastatin", 20.0),
        ("And the Zyloric for the gout, a hundred.", "allopurinol", 100.0),
        ("The propranolol too, the little pink one, ten when I get shaky.", "propranolol", 10.0),
        ("The trazodone, the small ones, fifty, an hour before bed.", "trazodone", 50.0),
    ],
)  # fmt: skip
def test_a_bare_strength_after_what_the_drug_is_for_or_its_look(
    text: str, generic: str, dose: float
) -> None:
    found = medications(text)
    assert found.get(generic, (None, None))[0] == dose, found
