"""Medication rules of issue 17's thirty-seventh pass, from the as-set's misses, on invented
sentences: brands sold outside the US and UK (Biphentin, Wypax, Controloc, Bensedin, Fontex,
Íbúfen, Elontril) and two drugs the lexicon lacked (rebamipide, Mucosta; cyproterone, Androcur);
vitamin D by its INN spelling (colecalciferol); "the half milligram"; a hyphenated generic
written as one word ("cotrimoxazole"); the tablet told by its look between a
drug and its dose ("the big one, nine hundred and sixty"); international units ("eight hundred
IU"); "hundred" as Scots says it ("five hunner"); an hour a dose is taken at ("she takes it at
nine") no dose; and a dose weighed in a sentence that also names a measure still a dose. Then
the hour a named drug is taken at ("took my Suboxone at six") no dose; a dose after another drug
leads a sentence ("The Mirapex is the culprit. Bring it down to ...") not the drug before's; and a
count another gives ("he gives her two of the Seroquel") not making the client's dose another's."""

from __future__ import annotations

import pytest

from tests.note_fixtures import medication_entries, medications


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


def test_the_hour_a_named_drug_is_taken_at_is_no_dose() -> None:
    found = medication_entries("I took my Suboxone at seven like always, the eight milligrams.")
    assert any(n == "buprenorphine" and d == 8.0 for n, d, _ in found), found
    assert not any(dose == 7.0 for _, dose, _ in found), found


def test_a_dose_after_another_drug_named_by_the_dictionary_is_not_the_first_drugs() -> None:
    found = medication_entries(
        "The Sinemet too, I don't know the number on that one.",
        "The Mirapex is the likely culprit. I'd like to bring it down to two milligrams.",
    )
    assert not any(name == "levodopa" and dose is not None for name, dose, _ in found), found


def test_a_count_given_by_another_does_not_make_the_clients_dose_theirs() -> None:
    found = medication_entries(
        "Is there anything about her tablets?",
        "Yes. The Seroquel, the twenty-five. On Saturday he gives her two of the Seroquel.",
    )
    assert any(n == "quetiapine" and d == 25.0 for n, d, _ in found), found


def test_a_drug_named_in_passing_between_does_not_take_the_dose_away() -> None:
    found = medication_entries(
        "I would like to start a medicine for the depression, fluoxetine.",
        "It is safe with your dolutegravir. Twenty milligrams, one capsule every morning.",
    )
    assert any(n == "fluoxetine" and d == 20.0 for n, d, _ in found), found
