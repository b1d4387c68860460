"""Medication rules of issue 17's forty-seventh pass, on invented sentences: drugs and brands added
to the lexicon and kept from redaction (levomepromazine as Tisercin or Nozinan, medazepam as Rudotel
or Nobrium; Mirzaten, Ladose, Seronil, Deprex, Lergigan, Stedon, Endep, Asertin, Temaze, Anxiar,
Gabica, Nexum and Claritine as brands of drugs the lexicon knew)."""

from __future__ import annotations

import pytest

from localnotes.clinical_lexicon import load_lexicon
from localnotes.redact.clinical_allow_list import clinical_terms
from localnotes.term_repair import repair_segments
from localnotes.types import Segment
from tests.note_fixtures import measures, medication_entries


@pytest.mark.parametrize(
    ("name", "generic"),
    [
        ("Tisercin", "levomepromazine"), ("Nozinan", "levomepromazine"),
        ("levomepromazine", "levomepromazine"), ("Rudotel", "medazepam"), ("Nobrium", "medazepam"),
        ("medazepam", "medazepam"), ("Mirzaten", "mirtazapine"), ("Ladose", "fluoxetine"),
        ("Seronil", "fluoxetine"), ("Deprex", "fluoxetine"), ("Lergigan", "promethazine"),
        ("Stedon", "diazepam"), ("Endep", "amitriptyline"), ("Asertin", "sertraline"),
        ("Temaze", "temazepam"), ("Anxiar", "lorazepam"), ("Gabica", "pregabalin"),
        ("Nexum", "esomeprazole"), ("Claritine", "loratadine"),
    ],
)  # fmt: skip
def test_brands_added_are_known_and_kept_from_redaction(name: str, generic: str) -> None:
    med = load_lexicon().medication(name)
    assert med is not None and med.generic == generic
    assert name.lower() in clinical_terms()


@pytest.mark.parametrize(
    ("turns", "generic", "dose"),
    [
        (("For the agitation he takes Nozinan, twenty-five at night.",), "levomepromazine", 25.0),
        (("And the Tisercin?", "Fifty, in the evening."), "levomepromazine", 50.0),
        (("Rudotel, ten milligrams, when the panic comes.",), "medazepam", 10.0),
        (("I'm on Mirzaten, thirty milligrams at bedtime.",), "mirtazapine", 30.0),
        (("The Deprex is twenty in the morning.",), "fluoxetine", 20.0),
        (("And the Lergigan?", "Twenty-five at night, still."), "promethazine", 25.0),
        (("The GP gave me Asertin, fifty milligrams.",), "sertraline", 50.0),
        (("Anxiar, one milligram, when my hands shake.",), "lorazepam", 1.0),
        (("Gabica seventy-five, morning and night.",), "pregabalin", 75.0),
        (("And the Nexum, forty, for the stomach.",), "esomeprazole", 40.0),
        (("Only Claritine, ten, for the hay fever.",), "loratadine", 10.0),
        (("Stedon, five milligrams, only if I need it.",), "diazepam", 5.0),
        (("The Endep, ten at night.",), "amitriptyline", 10.0),
    ],
)  # fmt: skip
def test_a_drug_added_is_read_with_its_dose(
    turns: tuple[str, ...], generic: str, dose: float
) -> None:
    found = medication_entries(*turns)
    assert any(n == generic and d == dose for n, d, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "We'll end up at the beach by ten, I reckon.",
        "The next one, I mean the next day, was twenty degrees.",
        "She was depressed for two years after the move.",
        "He loaded the van with fifty boxes.",
        "It was an amazing show, three hours long.",
    ],
)
def test_everyday_words_near_the_brands_are_no_drug(text: str) -> None:
    assert medication_entries(text) == [], medication_entries(text)


@pytest.mark.parametrize(
    "text",
    [
        "She's the anxious one, one milligram of anything knocks her out.",
        "Steady on, five milligrams is plenty for a start.",
        "One of the lads takes twenty milligrams of something for his nerves.",
    ],
)
def test_everyday_speech_before_a_dose_is_not_repaired_to_a_crowded_brand(text: str) -> None:
    segs, repairs = repair_segments([Segment(10.0, 14.0, text)])
    assert segs[0].text == text and not repairs, repairs


@pytest.mark.parametrize(
    ("turns", "generic", "dose"),
    [
        # one tablet of a strength said as a plural, after the name
        (("And the zopiclone, one of the sevens, when I can't sleep.",), "zopiclone", 7.0),
        (("The Valium, one of the fives at night.",), "diazepam", 5.0),
        # the plural of a number ending in -ty ("twenties", "thirties", "twenty-fives")
        (("The Prozac, two of the twenties.",), "fluoxetine", 40.0),
        (("I'm on the Seroquel, three of the twenty-fives.",), "quetiapine", 75.0),
        (("She has the citalopram, one of the thirties.",), "citalopram", 30.0),
    ],
)  # fmt: skip
def test_tablets_counted_of_a_strength_said_as_a_plural(
    turns: tuple[str, ...], generic: str, dose: float
) -> None:
    found = medication_entries(*turns)
    assert any(n == generic and d == dose for n, d, _ in found), found


@pytest.mark.parametrize(
    "turns",
    [
        ("I saw Prozac on the list. One of the twenties fell out of my purse.",),
        ("My sertraline, and one of the fifties I gave to my sister.",),
    ],
)
def test_one_of_a_plural_that_is_no_dose_taken(turns: tuple[str, ...]) -> None:
    assert all(d is None for _, d, _ in medication_entries(*turns)), medication_entries(*turns)


@pytest.mark.parametrize(
    ("turns", "generic", "dose", "before"),
    [
        # a change to a count of tablets of a strength
        (("Did they put the Prozac up?", "Yes, from twenty milligrams to two of the twenties."),
         "fluoxetine", 40.0, 20.0),
        (("The Seroquel went from fifty to three of the twenty-fives.",), "quetiapine", 75.0, 50.0),
        # the new dose answered before the one it replaced
        (("And the Lexapro?", "Fifteen now instead of ten."), "escitalopram", 15.0, 10.0),
        # as the prescriber wanted it
        (("Did the doctor talk about the sertraline?",
          "Yes, she wanted a hundred now instead of fifty."), "sertraline", 100.0, 50.0),
        (("The Zoloft?", "He wanted me on a hundred instead of fifty."), "sertraline", 100.0, 50.0),
    ],
)  # fmt: skip
def test_a_change_read_with_the_dose_before(
    turns: tuple[str, ...], generic: str, dose: float, before: float
) -> None:
    found = medication_entries(*turns)
    assert any(
        n == generic and d == dose and c is not None and f"from {before:g}" in c
        for n, d, c in found
    ), found


@pytest.mark.parametrize(
    "turns",
    [
        ("The Zoloft?", "She wanted me on a hundred, but I said no."),
        ("And the Prozac?", "He wants forty, I'm not sure."),
    ],
)
def test_a_dose_only_wished_for_is_no_dose_taken(turns: tuple[str, ...]) -> None:
    assert all(d is None for _, d, _ in medication_entries(*turns)), medication_entries(*turns)


@pytest.mark.parametrize(
    ("turns", "generic", "dose", "score"),
    [
        (("So: sertraline a hundred, and the PHQ-9 down to nine.",), "sertraline", 100.0, 9.0),
        (("Naproxen five hundred with food, the AUDIT down to twelve.",), "naproxen", 500.0, 12.0),
        (("Lithium eight hundred, and your GAD-7 up to fifteen.",), "lithium", 800.0, 15.0),
    ],
)  # fmt: skip
def test_a_change_said_of_a_measure_after_the_drug_is_the_measures(
    turns: tuple[str, ...], generic: str, dose: float, score: float
) -> None:
    found = medication_entries(*turns)
    assert [(n, d) for n, d, _ in found] == [(generic, dose)], found
    assert all(c is None for _, _, c in found), found
    assert any(s == score for _, s in measures(*turns)), measures(*turns)


def test_a_change_of_the_drug_before_a_measure_is_still_its_own() -> None:
    found = medication_entries("Sertraline up to a hundred, and the PHQ-9 down to nine.")
    assert found == [("sertraline", 100.0, "increase to 100")], found


@pytest.mark.parametrize(
    "turns",
    [
        ("The endocrinologist sent your results. Your levels look good: estradiol is about two "
         "hundred and fifty.",),
        ("The GP had your bloods back.", "Testosterone was around four hundred, so no change."),
        ("Your blood tests came back. The lithium came back at 0.8.",),
    ],
)  # fmt: skip
def test_a_level_in_the_blood_told_with_the_results_is_no_dose(turns: tuple[str, ...]) -> None:
    assert all(d is None for _, d, _ in medication_entries(*turns)), medication_entries(*turns)


@pytest.mark.parametrize(
    ("turns", "generic", "dose"),
    [
        (("We'll check your bloods next week.", "The sertraline is a hundred now."),
         "sertraline", 100.0),
        (("Your bloods were fine. You're on estradiol, about two milligrams?",), "estradiol", 2.0),
    ],
)  # fmt: skip
def test_a_dose_beside_blood_tests_is_still_a_dose(
    turns: tuple[str, ...], generic: str, dose: float
) -> None:
    found = medication_entries(*turns)
    assert any(n == generic and d == dose for n, d, _ in found), found


_INTERPRETED = (
    "Thank you for coming. I'd like to start with his medicines. The doctor gave him Prozac, "
    "twenty milligrams in the morning. Is he taking it?",
    "He says yes, one capsule in the morning. He says it helps a little.",
    "And the diazepam for the nights?",
    "He says the doctor told him five milligrams. He says he takes it only when he cannot sleep.",
    "How is he sleeping?",
    "He says badly. He says the dreams come back.",
)


def test_an_interpreter_speaks_for_the_client_whose_drugs_are_his() -> None:
    found = {(n, d) for n, d, _ in medication_entries(*_INTERPRETED)}
    assert {("fluoxetine", 20.0), ("diazepam", 5.0)} <= found, found


def test_a_client_who_tells_what_another_said_takes_not_his_drugs() -> None:
    turns = (
        "How is your brother?",
        "He says he's fine. The doctor gave him Prozac, twenty milligrams in the morning.",
        "And you?",
        "I'm tired. I'm on sertraline, fifty milligrams.",
    )
    found = {n for n, _, _ in medication_entries(*turns)}
    assert "fluoxetine" not in found and "sertraline" in found, found
