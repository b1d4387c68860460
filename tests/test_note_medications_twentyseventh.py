"""Medication rules of issue 17's twenty-seventh pass, from the misses of the af-set, each in
wordings of its own: seven drugs the lexicon did not know (pitolisant, deutetrabenazine, levodopa,
esketamine, tirzepatide, viloxazine, lumateperone), by generic and brand name, and a combination
tablet said "twenty-five over a hundred", whose named drug is the larger number."""

from __future__ import annotations

import pytest

from tests.note_fixtures import medication_entries as entries


@pytest.mark.parametrize(
    ("turns", "name", "dose"),
    [
        (("Are you still on the Wakix?", "Yes, eighteen milligrams every morning."),
         "pitolisant", 18.0),
        (("How's the pitolisant?", "Fine. I take thirty-six milligrams at breakfast."),
         "pitolisant", 36.0),
        (("The Austedo, six milligrams twice a day?", "That's right."), "deutetrabenazine", 6.0),
        (("And the deutetrabenazine dose now?", "Nine milligrams twice a day."),
         "deutetrabenazine", 9.0),
        (("The Spravato today was eighty-four milligrams.", "It made me floaty."),
         "esketamine", 84.0),
        (("Which dose of the Mounjaro are you on?", "Two point five milligrams a week."),
         "tirzepatide", 2.5),
        (("The Zepbound went up to ten milligrams weekly.", "Yes."), "tirzepatide", 10.0),
        (("He takes the Qelbree, two hundred milligrams each morning.", "Any tummy upset?"),
         "viloxazine", 200.0),
        (("You're on the Caplyta, forty-two milligrams at night?", "Yes."),
         "lumateperone", 42.0),
        (("And the co-careldopa, ten over a hundred, four times a day?", "Yes."),
         "levodopa", 100.0),
        (("The Madopar, fifty over two hundred at bedtime?", "Yes, the slow one."),
         "levodopa", 200.0),
    ],
)  # fmt: skip
def test_the_drugs_are_known(turns: tuple[str, ...], name: str, dose: float) -> None:
    assert (name, dose) in {(n, d) for n, d, _ in entries(*turns)}


def test_a_combination_tablet_gives_the_named_drug_its_dose() -> None:
    found = {(n, d) for n, d, _ in entries("And the Sinemet, twenty-five over a hundred, three "
                                            "times a day?", "Yes.")}  # fmt: skip
    assert ("levodopa", 100.0) in found and ("levodopa", 25.0) not in found, found


def test_a_blood_pressure_is_no_dose() -> None:
    found = entries("Your blood pressure was a hundred and thirty over eighty.", "On the ramipril?")
    assert not any(d in (130.0, 80.0) for _, d, _ in found), found
