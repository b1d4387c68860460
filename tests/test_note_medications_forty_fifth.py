"""Medication rules of issue 17's forty-fifth pass, on invented sentences: drugs and brands added to
the lexicon (alimemazine as Theralen or Vallergan; Loxalate, Loxamine, Jzoloft, Depas, Aotal),
kept from redaction; a brand said with its accents ("Liorésal") or without them ("Ibufen" for
Íbúfen); a tablet's strength split in the next sentence of the turn ("Oxazepam, the ten. But I
break it in half, so five.") or counted with its word ("three capsules of twenty every morning,
so sixty") is no dose of its own; a change said as the dose "made" another ("It was twenty-five,
now the doctor made it fifty"); and the dose before told as what it "went up from" in a sentence
of its own ("Last month it went up from ninety-six.")."""

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


@pytest.mark.parametrize(
    ("turns", "generic", "dose", "strength"),
    [
        # the split told in the next sentence of the same turn
        (("Your GP gave you the diazepam?", "Diazepam, the ten. But I cut it in half, so five."),
         "diazepam", 5.0, 10.0),
        (("And the quetiapine?",
          "The quetiapine, the hundred. I break it in quarters, so twenty-five, at night."),
         "quetiapine", 25.0, 100.0),
        # the tablets counted with their word before the strength, the total after "so"
        (("Did you start the sertraline?",
          "Yes. Two tablets of fifty every morning, so a hundred."), "sertraline", 100.0, 50.0),
        (("And the lithium?", "Three capsules of three hundred at night, so nine hundred."),
         "lithium", 900.0, 300.0),
    ],
)  # fmt: skip
def test_a_strength_worked_out_in_the_turn_is_no_dose_of_its_own(
    turns: tuple[str, ...], generic: str, dose: float, strength: float
) -> None:
    found = medication_entries(*turns)
    doses = [d for n, d, _ in found if n == generic]
    assert dose in doses and strength not in doses, found


@pytest.mark.parametrize(
    "turns",
    [
        # the next sentence splits nothing worked out from the strength: both stand
        ("The diazepam, the ten. But I take it at night, so I sleep.",),
        # the next sentence is another speaker's
        ("Diazepam, the ten.", "You could break it in half, so five, if it's too strong."),
    ],
)
def test_a_strength_not_split_in_the_turn_stays(turns: tuple[str, ...]) -> None:
    found = medication_entries(*turns)
    assert any(n == "diazepam" and d == 10.0 for n, d, _ in found), found


@pytest.mark.parametrize(
    ("turns", "generic", "before", "now"),
    [
        # the new dose "made" so by the prescriber, after the dose it was
        (("And the mirtazapine?", "It was fifteen, and the doctor made it thirty last month."),
         "mirtazapine", 15, 30),
        (("What are you on?", "Citalopram. It was ten, now she's made it twenty."),
         "citalopram", 10, 20),
        # the dose before told as what it went up or down from, in a sentence of its own
        (("The venlafaxine, two twenty-five now.", "Two weeks ago it went up from one fifty."),
         "venlafaxine", 150, 225),
        (("Quetiapine, fifty at night now.",
          "Last month the doctor brought it down from a hundred."), "quetiapine", 100, 50),
    ],
)  # fmt: skip
def test_the_dose_a_change_started_from(
    turns: tuple[str, ...], generic: str, before: int, now: int
) -> None:
    found = medication_entries(*turns)
    changes = [c for n, d, c in found if n == generic and d == now]
    assert changes and f"from {before} to {now}" in str(changes[0]), found


@pytest.mark.parametrize(
    "turns",
    [
        # "made it" of something else than the dose
        ("The sertraline is fifty. It was hard, but I made it to the shop.",),
        # a price, not a dose, went up
        ("The sertraline is fifty milligrams. The bus fare went up from two pounds.",),
    ],
)
def test_no_change_is_read_from_everyday_words(turns: tuple[str, ...]) -> None:
    found = medication_entries(*turns)
    assert [(n, d, c) for n, d, c in found if n == "sertraline"] == [("sertraline", 50.0, None)], (
        found
    )
