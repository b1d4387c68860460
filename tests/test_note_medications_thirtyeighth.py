"""Medication rules of issue 17's thirty-eighth pass, from the at-set's misses, on invented
sentences: a dose answered as the client remembers the tablet ("Half of a fifty, every
morning."), and a bare strength after the drug's name with what it is for ("the Bonamine for the
dizziness, the twenty-five", "the Crestor for cholesterol, ten"), "too", or the tablet told by its
look in more words ("the little green one", "the small ones") between; and brands and drugs of
real, well-known products the lexicon lacked (Palexia, Asentra; imipramine, oxazepam, etizolam,
aspirin, telmisartan, fluticasone furoate, calcium carbonate, fabomotizole)."""

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


@pytest.mark.parametrize(
    ("text", "generic", "dose"),
    [
        ("The Palexia, fifty, morning and evening.", "tapentadol", 50.0),
        ("I'd like to start sertraline, here it's called Asentra, fifty milligrams.", "sertraline",
         50.0),
        ("The imipramine stays at seventy-five milligrams at night.", "imipramine", 75.0),
        ("The Sobril I take perhaps once a week. Ten milligrams.", "oxazepam", 10.0),
        ("And the small one, Etilaam, point five, at night for sleep.", "etizolam", 0.5),
        ("And Albyl-E, seventy-five, for the heart.", "aspirin", 75.0),
        ("And the Micardis, forty milligrams, for the blood pressure.", "telmisartan", 40.0),
        ("The Avamys box says twenty-seven point five micrograms, one spray each side.",
         "fluticasone furoate", 27.5),
        ("Caltrate, six hundred milligrams, one a day, for the bones.", "calcium carbonate", 600.0),
        ("Afobazol, from home, ten milligrams, three times a day.", "fabomotizole", 10.0),
    ],
)  # fmt: skip
def test_brands_and_drugs_the_lexicon_lacked(text: str, generic: str, dose: float) -> None:
    found = medications(text)
    assert found.get(generic, (None, None))[0] == dose, found


def test_a_pill_box_is_no_drug_by_its_sound() -> None:
    found = medications("Who fills your pill box?", "My daughter fills my pill box every week.")
    assert found == {}, found
