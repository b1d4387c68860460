"""Medication rules of issue 17's forty-eighth pass, on invented sentences: drugs and brands added
to the clinical lexicon from bd's written misses (biperiden and mebicar, and brands of propranolol,
mirtazapine, alprazolam, amitriptyline, citalopram and trazodone sold in Denmark, Turkey, Mexico,
Spain and Brazil)."""

from __future__ import annotations

import pytest

from localnotes.clinical_lexicon import load_lexicon
from localnotes.redact.clinical_allow_list import clinical_terms
from tests.note_fixtures import medications


@pytest.mark.parametrize(
    ("said", "name", "dose"),
    [
        ("I take Akineton, four milligrams, for the tremor from the injection.", "biperiden", 4.0),
        ("Adaptol, three hundred milligrams in the morning.", "mebicar", 300.0),
        ("The Propal, twenty, before I give a talk.", "propranolol", 20.0),
        ("Dideral eighty milligrams a day, for migraine.", "propranolol", 80.0),
        ("The Comenter, thirty milligrams at bedtime.", "mirtazapine", 30.0),
        ("Tafil, a quarter of a milligram, when I panic.", "alprazolam", 0.25),
        ("Tryptizol, ten milligrams at night for my back.", "amitriptyline", 10.0),
        ("Cipram forty milligrams every morning.", "citalopram", 40.0),
        ("The Donaren, a hundred milligrams, at bedtime.", "trazodone", 100.0),
    ],
)
def test_drugs_added_to_the_lexicon_are_read_by_brand(said: str, name: str, dose: float) -> None:
    got = medications("What are you taking now?", said)
    assert got[name][0] == dose


@pytest.mark.parametrize(
    "name", ["Akineton", "Adaptol", "Propal", "Dideral", "Comenter", "Tafil", "Tryptizol", "Cipram",
             "Donaren"]
)  # fmt: skip
def test_brands_added_are_known_and_kept_by_the_redactor(name: str) -> None:
    assert load_lexicon().medication(name) is not None
    assert name.lower() in clinical_terms()


@pytest.mark.parametrize(
    "said",
    [
        # everyday words near the new brands are no drug
        "The reflexes in her knees were fine.",
        "We propel the boat with a paddle, fifty strokes a minute.",
        "My cousin Tafila came over with two kids.",
        "He's a commenter on the news site, posts ten times a day.",
    ],
)
def test_everyday_words_near_the_new_brands_are_no_drug(said: str) -> None:
    assert medications("What else happened this week?", said) == {}


@pytest.mark.parametrize(
    ("turns", "name", "dose"),
    [
        # the strength bare after when in the day it is taken
        (("And the kids' medicines?", "The Concerta XL in the morning, thirty-six, the tablet."),
         "methylphenidate", 36.0),
        (("What do you take?", "The sertraline every morning, fifty, with my tea."),
         "sertraline", 50.0),
        (("What do you take?", "The quetiapine at night, a hundred, it knocks me out."),
         "quetiapine", 100.0),
        # the strength leading the next sentence, one tablet and when after it
        (("What did the pharmacist say?",
          "She keeps the Imovane behind the counter now. Three point seven five, one a night."),
         "zopiclone", 3.75),
        (("And the sertraline?", "I still have the sertraline. A hundred, one in the morning."),
         "sertraline", 100.0),
    ],
)  # fmt: skip
def test_a_bare_strength_after_when_or_leading_the_next_sentence(
    turns: tuple[str, ...], name: str, dose: float
) -> None:
    assert medications(*turns)[name][0] == dose


@pytest.mark.parametrize(
    "turns",
    [
        # a clock time or a count, not the strength
        ("What do you take?", "The Ritalin in the morning, seven o'clock, before school."),
        ("What do you take?", "I take the lithium at night, two, with water."),
        ("What do you take?", "I got the sertraline. Two, one a day."),
    ],
)
def test_a_time_or_a_count_after_the_drug_is_no_strength(turns: tuple[str, ...]) -> None:
    assert all(dose is None for dose, _ in medications(*turns).values())


@pytest.mark.parametrize(
    ("turns", "change"),
    [
        (("Any change?", "The Abilify's fifteen now. She put it up from ten in October."),
         "increase from 10 to 15"),
        (("Any change?", "The Lexapro is twenty now. The doctor put it up from ten last month."),
         "increase from 10 to 20"),
        (("Any change?", "The quetiapine's fifty now. It went down from a hundred last week."),
         "decrease from 100 to 50"),
    ],
)  # fmt: skip
def test_the_dose_before_told_with_when_it_changed(turns: tuple[str, ...], change: str) -> None:
    (got,) = medications(*turns).values()
    assert (got[1] or "").startswith(change)


@pytest.mark.parametrize(
    ("turns", "name", "dose"),
    [
        (("Any change?", "She added Zispin for sleep. I take half of the thirty, fifteen, most "
          "nights."), "mirtazapine", 15.0),
        (("Any change?", "He started the quetiapine. I take a quarter of the hundred, twenty-five, "
          "if I can't settle."), "quetiapine", 25.0),
    ],
)  # fmt: skip
def test_a_part_of_a_tablet_then_the_total_it_makes(
    turns: tuple[str, ...], name: str, dose: float
) -> None:
    assert medications(*turns)[name][0] == dose


def test_a_number_after_a_part_that_is_not_its_total_is_no_dose() -> None:
    got = medications("Any change?", "She added Zispin. I take half of the thirty, two nights.")
    assert got.get("mirtazapine", (None, None))[0] != 2.0


@pytest.mark.parametrize(
    "said",
    [
        "She hit me with the naloxone, two shots, and I came round.",
        "The paramedics gave him the Narcan, three sprays.",
    ],
)
def test_shots_or_sprays_counted_are_no_dose(said: str) -> None:
    got = medications("What happened on Saturday?", said)
    assert all(dose is None for dose, _ in got.values())
