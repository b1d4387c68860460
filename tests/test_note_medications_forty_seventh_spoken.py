"""Medication readings of issue 17's forty-seventh pass for the spoken path, on invented
sentences: forms speech recognition writes that the written turns do not (a brand spelled a letter
off before a bare dose, "Gabbica, 75"; a strength's plural in digits, "two of the 20s", "the 25's";
"a hundred" written "a 100"; a word of time after a dose leading the answer with the comma left
out, "25 still, in the evening")."""

from __future__ import annotations

import pytest

from tests.note_fixtures import medication_entries


@pytest.mark.parametrize(
    ("text", "generic", "dose"),
    [
        # a brand as speech recognition spells it, a letter off, before a bare dose
        ("Gabbica, 75, morning and night.", "pregabalin", 75.0),
        ("Lergigann, 25, at night.", "promethazine", 25.0),
        ("Fontax, 20, in the morning.", "fluoxetine", 20.0),
        ("Assertin, a hundred.", "sertraline", 100.0),
    ],
)
def test_a_brand_a_letter_off_before_a_bare_dose(text: str, generic: str, dose: float) -> None:
    found = medication_entries(text)
    assert any(n == generic and d == dose for n, d, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Connor, 15, is my son.",
        "Nicolette, 20, my niece.",
        "Assertin, 900.",  # no usual dose of sertraline
        "gabbica, 75, morning and night.",  # not capitalized as a name
    ],
)
def test_a_name_or_an_unusual_number_is_no_misspelled_brand(text: str) -> None:
    assert medication_entries(text) == [], medication_entries(text)


@pytest.mark.parametrize(
    ("turns", "generic", "dose", "change"),
    [
        # for the spoken path: a strength's plural in digits, as speech recognition writes it
        (("The Prozac, two of the 20s.",), "fluoxetine", 40.0, None),
        (("And the temazepam, one of the 10s, if I can't sleep.",), "temazepam", 10.0, None),
        (("And the quetiapine?", "Yeah, the 25's, one at night."), "quetiapine", 25.0, None),
        (("Did they put the Prozac up?", "From 20 milligrams to two of the 20s."),
         "fluoxetine", 40.0, "increase from 20 to 40"),
        # "a hundred" written "a 100", "a hundred and fifty" written "a 150"
        (("The psychiatrist put the sertraline up to a 100 from 50.",),
         "sertraline", 100.0, "increase from 50 to 100"),
        (("They put my venlafaxine up to a 150.",), "venlafaxine", 150.0, "increase to 150"),
    ],
)  # fmt: skip
def test_doses_as_speech_recognition_writes_them(
    turns: tuple[str, ...], generic: str, dose: float, change: str | None
) -> None:
    found = medication_entries(*turns)
    assert (generic, dose, change) in found, found


@pytest.mark.parametrize(
    ("turns", "generic", "dose"),
    [
        # a word of time after the dose leading the answer, the comma left out before it
        (("And the promethazine?", "25 still, in the evening."), "promethazine", 25.0),
        (("And the Prozac?", "Forty now."), "fluoxetine", 40.0),
        (("And the Lexapro?", "Ten only, when I remember."), "escitalopram", 10.0),
    ],
)  # fmt: skip
def test_a_dose_leading_the_answer_with_a_word_of_time_after(
    turns: tuple[str, ...], generic: str, dose: float
) -> None:
    found = medication_entries(*turns)
    assert any(n == generic and d == dose for n, d, _ in found), found


def test_tablets_counted_leading_the_answer_are_still_no_dose() -> None:
    found = medication_entries("And the Prozac?", "Two now, morning and night.")
    assert all(d is None for _, d, _ in found), found
