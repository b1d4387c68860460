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
