"""Medication rules of issue 17's forty-fifth pass, on invented sentences: drugs and brands added to
the lexicon (alimemazine as Theralen or Vallergan; Loxalate, Loxamine, Jzoloft, Depas, Aotal),
kept from redaction; and a brand said with its accents ("Liorésal") or without them ("Ibufen" for
Íbúfen)."""

from __future__ import annotations

import pytest

from localnotes.clinical_lexicon import load_lexicon
from localnotes.redact.clinical_allow_list import clinical_terms
from tests.note_fixtures import medication_entries


@pytest.mark.parametrize(
    ("name", "generic"),
    [
        ("Theralen", "alimemazine"), ("Vallergan", "alimemazine"), ("alimemazine", "alimemazine"),
        ("Loxalate", "escitalopram"), ("Loxamine", "paroxetine"), ("Jzoloft", "sertraline"),
        ("Depas", "etizolam"), ("Aotal", "acamprosate"),
    ],
)  # fmt: skip
def test_brands_added_are_known_and_kept_from_redaction(name: str, generic: str) -> None:
    med = load_lexicon().medication(name)
    assert med is not None and med.generic == generic
    assert name.lower() in clinical_terms()


@pytest.mark.parametrize(
    ("turns", "generic", "dose"),
    [
        (("And for the itching at night?", "Vallergan, ten milligrams before bed."),
         "alimemazine", 10.0),
        (("I'm on Loxalate, twenty in the morning.",), "escitalopram", 20.0),
        (("The Loxamine is thirty now.",), "paroxetine", 30.0),
        (("What does the clinic give you?", "Jzoloft, a hundred, after breakfast."),
         "sertraline", 100.0),
        (("Depas, one milligram, only when I can't settle.",), "etizolam", 1.0),
        (("The Aotal, three hundred thirty-three, two at each meal.",), "acamprosate", 333.0),
    ],
)  # fmt: skip
def test_a_drug_added_is_read_with_its_dose(
    turns: tuple[str, ...], generic: str, dose: float
) -> None:
    found = medication_entries(*turns)
    assert any(n == generic and d == dose for n, d, _ in found), found


@pytest.mark.parametrize(
    ("turns", "generic", "dose"),
    [
        # the lexicon's plain spelling said with accents, and its accented brand said without
        (("The Liorésal, twenty milligrams, three times a day.",), "baclofen", 20.0),
        (("For the knee I take Ibufen, four hundred, with food.",), "ibuprofen", 400.0),
        (("Séroquel, twenty-five at night.",), "quetiapine", 25.0),
    ],
)  # fmt: skip
def test_a_name_is_read_with_or_without_its_accents(
    turns: tuple[str, ...], generic: str, dose: float
) -> None:
    found = medication_entries(*turns)
    assert any(n == generic and d == dose for n, d, _ in found), found


def test_accents_find_no_drug_in_everyday_words() -> None:
    # a café and a résumé are no drug with the accents left off
    assert medication_entries("I wrote my résumé at the café, it took two hours.") == []
