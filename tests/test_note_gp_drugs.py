"""Drugs of general practice the lexicon gained in issue 17's thirty-sixth pass (blood pressure,
anticoagulants, antihistamines, stomach, antibiotics, hormones, gout, acne): found by name with
their dose, and found only as spelled, never by sound, so everyday words near their names stay
words."""

from __future__ import annotations

import pytest

from tests.note_fixtures import medications


@pytest.mark.parametrize(
    ("said", "generic", "dose"),
    [
        ("And the Coversyl, still the five milligrams in the morning?", "perindopril", 5.0),
        ("I'm on ramipril, ten milligrams a day, for my pressure.", "ramipril", 10.0),
        ("I'd like to start Livifem, that's tibolone, two and a half milligrams.", "tibolone",
         2.5),
        ("Flomax, the point four, at night.", "tamsulosin", 0.4),
        ("The Eliquis, five milligrams twice a day.", "apixaban", 5.0),
        ("Still taking lansoprazole, thirty milligrams?", "lansoprazole", 30.0),
        ("Roaccutane, twenty milligrams, for the acne.", "isotretinoin", 20.0),
        ("The Depo-Provera, one hundred and fifty milligrams every three months.",
         "medroxyprogesterone", 150.0),
        ("The Stilnox, ten milligrams at night.", "zolpidem", 10.0),
        ("Oroxine, a hundred micrograms in the morning.", "levothyroxine", 100.0),
    ],
)  # fmt: skip
def test_a_gp_drug_is_found_with_its_dose(said: str, generic: str, dose: float) -> None:
    found = medications("Any changes to your tablets?", said)
    assert found.get(generic, (None, None))[0] == dose


@pytest.mark.parametrize(
    "said",
    [
        "My daughter fills my pill box every week.",
        "She said Clomid, fifty milligrams a day, once the cycle is done.",
        "I got my little one's contact on Saturdays now.",
        "The doctor had me start with the Suboxone at eight milligrams.",
    ],
)
def test_everyday_words_are_not_gp_drugs_by_sound(said: str) -> None:
    found = medications("How have things been?", said)
    gp = {"clopidogrel", "sitagliptin", "cetirizine", "furosemide"}
    assert not gp & set(found)
