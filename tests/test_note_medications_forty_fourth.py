"""Medication rules of issue 17's forty-fourth pass, on invented sentences: drugs and brands added
to the lexicon (reboxetine, phenytoin, etoricoxib, doxylamine, betahistine; Fludac, Clonotril,
Serenata, Orfidal, Euthyrox), kept from redaction; a drug's British "sulph" spelling ("ferrous
sulphate") read as the lexicon's "sulf"; and a tablet's strength said before
the dose worked out from it after "so" ("the eighty, but he said only half, so forty"; "two of the
two fifty, so five hundred") is no dose of its own, where the total is that part or count of it."""

from __future__ import annotations

import pytest

from localnotes.clinical_lexicon import load_lexicon
from localnotes.redact.clinical_allow_list import clinical_terms
from tests.note_fixtures import medication_entries


@pytest.mark.parametrize(
    ("name", "generic"),
    [
        ("Edronax", "reboxetine"), ("Epanutin", "phenytoin"), ("Dilantin", "phenytoin"),
        ("Arcoxia", "etoricoxib"), ("Dormidina", "doxylamine"), ("Serc", "betahistine"),
        ("Fludac", "fluoxetine"), ("Clonotril", "clonazepam"), ("Serenata", "sertraline"),
        ("Orfidal", "lorazepam"), ("Euthyrox", "levothyroxine"),
    ],
)  # fmt: skip
def test_brands_added_are_known_and_kept_from_redaction(name: str, generic: str) -> None:
    med = load_lexicon().medication(name)
    assert med is not None and med.generic == generic
    assert name.lower() in clinical_terms()


@pytest.mark.parametrize(
    ("turns", "generic", "dose"),
    [
        (("And the new one?", "Edronax. Two milligrams twice a day."), "reboxetine", 2.0),
        (("Are you still on the Epanutin?", "Yes, two hundred at night."), "phenytoin", 200.0),
        (("For the knee she gave me Arcoxia, sixty, one a day.",), "etoricoxib", 60.0),
        (("The Serc, eight milligrams three times a day, for the dizziness.",), "betahistine",
         8.0),
        (("I buy Dormidina at the chemist, twelve and a half milligrams.",), "doxylamine", 12.5),
        (("I'm on the Fludac, twenty milligrams in the morning.",), "fluoxetine", 20.0),
        (("And the iron?", "Ferrous sulphate, three hundred milligrams, twice a day with juice."),
         "ferrous sulfate", 300.0),
    ],
)  # fmt: skip
def test_a_drug_added_is_read_with_its_dose(
    turns: tuple[str, ...], generic: str, dose: float
) -> None:
    found = medication_entries(*turns)
    assert any(n == generic and d == dose for n, d, _ in found), found


@pytest.mark.parametrize(
    ("turns", "generic", "dose", "strength"),
    [
        (("The Seroquel, the fifty, but the doctor said take only half, so twenty-five.",),
         "quetiapine", 25.0, 50.0),
        (("The Ativan is the two milligram, but I cut it in half, so one.",), "lorazepam", 1.0,
         2.0),
        (("The lithium, I take two of the four hundred at night, so eight hundred.",),
         "lithium", 800.0, 400.0),
        (("Metformin, three a the five hundred with dinner, so fifteen hundred.",),
         "metformin", 1500.0, 500.0),
    ],
)  # fmt: skip
def test_a_strength_worked_out_after_so_is_no_dose_of_its_own(
    turns: tuple[str, ...], generic: str, dose: float, strength: float
) -> None:
    found = medication_entries(*turns)
    doses = [d for n, d, _ in found if n == generic]
    assert dose in doses and strength not in doses, found


@pytest.mark.parametrize(
    "turns",
    [
        # the total after "so" is not the strength split or counted: both doses stand
        ("The Seroquel, the fifty, but she said take one at night, so fifty.",),
        ("The sertraline, the hundred, and the other one too, so fifty as well.",),
        # an everyday "so" after a dose
        ("The venlafaxine is seventy-five, so I'm used to it.",),
    ],
)
def test_a_strength_without_a_total_worked_from_it_stays(turns: tuple[str, ...]) -> None:
    found = medication_entries(*turns)
    assert any(d in (50.0, 75.0, 100.0) for _, d, _ in found), found


def test_sulph_is_read_only_in_a_drug_name() -> None:
    # "sulphur" in a sentence about a hot spring names no drug
    assert medication_entries("The sulphur smell at the hot springs made me sick for days.") == []


@pytest.mark.parametrize(
    ("turns", "generic", "dose"),
    [
        # "yes" and "the" as English is said around the world: Scots "aye", Shetland "da"
        (("You're still on the sertraline?", "Aye, da hundred, one in da morning."),
         "sertraline", 100.0),
        (("And the quetiapine?", "Okay, the twenty-five, at night."), "quetiapine", 25.0),
        # what it is for and the tablet's look between the name and the dose
        (("And the omeprazole for my stomach with it, the wee melty one, twenty.",),
         "omeprazole", 20.0),
        (("The mirtazapine for sleep, the little white one, fifteen.",), "mirtazapine", 15.0),
    ],
)  # fmt: skip
def test_a_dose_said_in_the_words_of_a_variety_of_english(
    turns: tuple[str, ...], generic: str, dose: float
) -> None:
    found = medication_entries(*turns)
    assert any(n == generic and d == dose for n, d, _ in found), found


@pytest.mark.parametrize(
    ("turns", "generic", "dose"),
    [
        (("Are you still taking the folic acid?", "Yes, five milligrams, one in the morning."),
         "folic acid", 5.0),
        (("And the melatonin?", "Two milligrams, two at night."), "melatonin", 2.0),
    ],
)  # fmt: skip
def test_a_count_after_a_dose_with_its_unit_is_tablets(
    turns: tuple[str, ...], generic: str, dose: float
) -> None:
    found = medication_entries(*turns)
    assert [d for n, d, _ in found if n == generic] == [dose], found


def test_the_tablets_counted_after_a_leading_dose_are_no_combination() -> None:
    found = medication_entries("You're on the sertraline?", "Yeah, the fifty, one pill at night.")
    assert found == [("sertraline", 50.0, None)], found
    # (a combination tablet's two strengths are still no one dose)
    found = medication_entries("And the Sinemet?", "The twenty-five, one hundred tablets.")
    assert not [d for _, d, _ in found if d is not None], found


@pytest.mark.parametrize(
    ("turns", "generic", "before", "now"),
    [
        # the dose before told next, worked out from a part of what it comes in
        (("The testosterone, I do half a mil of the two hundred. So a hundred milligrams.",
          "Before it was a quarter of a mil, so fifty."), "testosterone", 50, 100),
        # the dose before told as one tablet and its strength
        (("Dr Ali put the Prozac up?",
          "Yes. Before it was one capsule, twenty. Now two capsules, so forty."),
         "fluoxetine", 20, 40),
    ],
)  # fmt: skip
def test_the_dose_before_told_in_a_sentence_of_its_own(
    turns: tuple[str, ...], generic: str, before: int, now: int
) -> None:
    found = medication_entries(*turns)
    changes = [c for n, d, c in found if n == generic and d == now]
    assert changes and f"from {before} to {now}" in str(changes[0]), found
