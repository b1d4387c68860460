"""Medication rules of issue 17's thirty-seventh pass, from the as-set's misses, on invented
sentences: brands sold outside the US and UK (Biphentin, Wypax, Controloc, Bensedin, Fontex,
Íbúfen, Elontril) and two drugs the lexicon lacked (rebamipide, Mucosta; cyproterone, Androcur);
vitamin D by its INN spelling (colecalciferol); "the half milligram"; a hyphenated generic
written as one word ("cotrimoxazole"); the tablet told by its look between a
drug and its dose ("the big one, nine hundred and sixty"); international units ("eight hundred
IU"); "hundred" as Scots says it ("five hunner"); an hour a dose is taken at ("she takes it at
nine") no dose; and a dose weighed in a sentence that also names a measure still a dose."""

from __future__ import annotations

import pytest

from tests.note_fixtures import medications


@pytest.mark.parametrize(
    ("text", "generic", "dose"),
    [
        ("How is the Biphentin? Forty milligrams in the morning.", "methylphenidate", 40.0),
        ("I use the Wypax, one milligram, when I panic.", "lorazepam", 1.0),
        ("Controloc, twenty milligrams, every morning.", "pantoprazole", 20.0),
        ("A friend gave me Bensedin, ten milligrams.", "diazepam", 10.0),
        ("And the Fontex, still twenty milligrams in the morning?", "fluoxetine", 20.0),
        ("And sometimes Íbúfen, four hundred milligrams, for the headache.", "ibuprofen", 400.0),
        ("The Elontril stays at three hundred milligrams.", "bupropion", 300.0),
        ("I still take the Mucosta, one hundred milligrams, three times a day.", "rebamipide",
         100.0),
        ("She stopped the Androcur, the fifty milligrams, last month.", "cyproterone", 50.0),
    ],
)  # fmt: skip
def test_brands_and_drugs_the_lexicon_lacked(text: str, generic: str, dose: float) -> None:
    found = medications(text)
    assert found.get(generic, (None, None))[0] == dose, found


def test_a_hyphenated_generic_written_as_one_word_with_its_tablet_told_by_look() -> None:
    found = medications("And the cotrimoxazole, the big one, four hundred and eighty.")
    assert found.get("co-trimoxazole", (None, None))[0] == 480.0, found


def test_international_units() -> None:
    found = medications("And the vitamin D, the GP said to keep, a thousand IU.")
    assert found.get("cholecalciferol", (None, None))[0] == 1000.0, found


def test_vitamin_d_by_its_inn_spelling() -> None:
    found = medications("Colecalciferol, four hundred units a day.")
    assert found.get("cholecalciferol", (None, None))[0] == 400.0, found


def test_the_half_milligram_tablet() -> None:
    found = medications("How often did you use the Ativan, the half milligram?")
    assert found.get("lorazepam", (None, None))[0] == 0.5, found


def test_hundred_as_scots_says_it() -> None:
    found = medications("And the naproxen, two hunner and fifty, twice a day on the rig.")
    assert found.get("naproxen", (None, None))[0] == 250.0, found


def test_the_hour_a_dose_is_taken_at_is_no_dose() -> None:
    found = medications("The melatonin, she takes it at eight.")
    assert found.get("melatonin", (None, None))[0] != 8.0, found


def test_a_dose_weighed_beside_a_measure_named() -> None:
    found = medications(
        "I'd like to go up on the sertraline to help with that. You're on fifty milligrams now?",
        "Fifty. The white one.",
        "We'll make it a hundred milligrams in the morning, and I'll see you in a month, with the"
        " PHQ-9 again and the GAD-7.",
    )
    assert "100" in str(found.get("sertraline", (None, ""))[1]), found
