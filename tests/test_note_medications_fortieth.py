"""Medication rules of issue 17's fortieth pass, from the av set's misses, on invented
sentences: a bare strength after what the drug is for, said with the speaker's own "me", "mi" or
"ma" for "my" ("the propranolol for me nerves, forty"); the hour a dose said with its unit is
taken ("three milligrams, at ten in the evening") is no dose of its own; and brands and drugs of
real, well-known products the lexicon lacked (Glycomet, Doliprane; mebeverine/Colofac,
tianeptine/Stablon)."""

from __future__ import annotations

import pytest

from tests.note_fixtures import medication_entries, medications


@pytest.mark.parametrize(
    ("text", "generic", "dose"),
    [
        ("And the propranolol for me nerves, forty, when I've a big day.", "propranolol", 40.0),
        ("Naproxen for mi back, five hundred, when it flares.", "naproxen", 500.0),
        ("The omeprazole for ma stomach, twenty, first thing.", "omeprazole", 20.0),
    ],
)
def test_a_bare_strength_after_what_it_is_for_said_with_me_for_my(
    text: str, generic: str, dose: float
) -> None:
    found = medications("What else are you taking?", text)
    assert found.get(generic, (None, None))[0] == dose, found


@pytest.mark.parametrize(
    "text",
    [
        "And the melatonin, three milligrams, at ten in the evening.",
        "Melatonin, three mg, at eight in the evening, before his bath.",
    ],
)
def test_the_hour_after_a_dose_with_its_unit_is_no_dose(text: str) -> None:
    found = medication_entries("And at night?", text)
    assert [dose for name, dose, _ in found if name == "melatonin"] == [3.0], found


@pytest.mark.parametrize(
    ("text", "generic", "dose"),
    [
        ("For the diabetes, Glycomet, a thousand, with dinner.", "metformin", 1000.0),
        ("Doliprane, five hundred milligrams, when the pain is bad.", "acetaminophen", 500.0),
        ("And the Colofac, one hundred and thirty-five, before meals.", "mebeverine", 135.0),
        ("The Stablon, twelve point five, three times a day.", "tianeptine", 12.5),
    ],
)  # fmt: skip
def test_brands_and_drugs_of_real_products_the_lexicon_lacked(
    text: str, generic: str, dose: float
) -> None:
    found = medications("Which tablets are you on now?", text)
    assert found.get(generic, (None, None))[0] == dose, found
