"""Medication rules of issue 17's forty-sixth pass, on invented sentences: drugs and brands added to
the lexicon and kept from redaction (lormetazepam as Loramet, phenazepam, rotigotine as Neupro,
cyamemazine as Tercian, tofisopam as Grandaxin; Cipralex and Sipralexa, Prometax, Helex, Depakine,
Telma, Deroxat, Velaxin, Ravotril); and a dose answered after the time since when it is taken
("And the Lexapro?" "Since last week, ten.")."""

from __future__ import annotations

import pytest

from localnotes.clinical_lexicon import load_lexicon
from localnotes.redact.clinical_allow_list import clinical_terms
from tests.note_fixtures import medication_entries


@pytest.mark.parametrize(
    ("name", "generic"),
    [
        ("Loramet", "lormetazepam"), ("lormetazepam", "lormetazepam"), ("Noctamid", "lormetazepam"),
        ("phenazepam", "phenazepam"), ("Neupro", "rotigotine"), ("rotigotine", "rotigotine"),
        ("Tercian", "cyamemazine"), ("cyamemazine", "cyamemazine"), ("Grandaxin", "tofisopam"),
        ("tofisopam", "tofisopam"), ("Cipralex", "escitalopram"), ("Sipralexa", "escitalopram"),
        ("Prometax", "rivastigmine"), ("Helex", "alprazolam"), ("Depakine", "valproate"),
        ("Telma", "telmisartan"), ("Deroxat", "paroxetine"), ("Velaxin", "venlafaxine"),
        ("Ravotril", "clonazepam"),
    ],
)  # fmt: skip
def test_brands_added_are_known_and_kept_from_redaction(name: str, generic: str) -> None:
    med = load_lexicon().medication(name)
    assert med is not None and med.generic == generic
    assert name.lower() in clinical_terms()


@pytest.mark.parametrize(
    ("turns", "generic", "dose"),
    [
        (("For sleep they give me Loramet, two milligrams.",), "lormetazepam", 2.0),
        (("What do you take when it's bad?", "Phenazepam, half a milligram."), "phenazepam", 0.5),
        (("The Neupro patch is six milligrams now.",), "rotigotine", 6.0),
        (("And the Tercian?", "Fifty, at bedtime."), "cyamemazine", 50.0),
        (("Grandaxin a hundred, twice a day.",), "tofisopam", 100.0),
        (("I'm on Cipralex, fifteen in the morning.",), "escitalopram", 15.0),
        (("The Helex, point five, when I panic.",), "alprazolam", 0.5),
        (("Depakine, seven fifty at night.",), "valproate", 750.0),
        (("Telma eighty, one in the morning.",), "telmisartan", 80.0),
        (("The doctor gave me Deroxat, thirty milligrams.",), "paroxetine", 30.0),
        (("And the Ravotril?", "Point two five, only when I need it."), "clonazepam", 0.25),
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
        "Thelma from next door took me to the shops at ten.",
        "It's like a helix, the staircase, twelve floors of it.",
        "He studied Persian for two years at university.",
    ],
)
def test_everyday_words_near_the_brands_are_no_drug(text: str) -> None:
    assert medication_entries(text) == [], medication_entries(text)


@pytest.mark.parametrize(
    ("turns", "generic", "dose"),
    [
        (("And the Lexapro?", "Since last week, ten."), "escitalopram", 10.0),
        (("How about the sertraline?", "From Monday, a hundred, and I feel it."),
         "sertraline", 100.0),
        (("The quetiapine?", "Since yesterday fifty, at night."), "quetiapine", 50.0),
    ],
)  # fmt: skip
def test_a_dose_answered_after_since_when(
    turns: tuple[str, ...], generic: str, dose: float
) -> None:
    found = medication_entries(*turns)
    assert any(n == generic and d == dose for n, d, _ in found), found


@pytest.mark.parametrize(
    "turns",
    [
        ("And the sertraline?", "Since last week two days off work."),
        ("And the sertraline?", "Since Monday, five days without it."),
        ("And the Lexapro?", "Since last week, three nights of no sleep."),
    ],
)
def test_a_count_after_since_when_is_no_dose(turns: tuple[str, ...]) -> None:
    found = medication_entries(*turns)
    assert not [d for _, d, _ in found if d is not None], found
