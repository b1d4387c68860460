"""Medication rules of issue 17's forty-ninth pass, on invented sentences: drugs and brands added
to the clinical lexicon from be's written misses (prothipendyl, and brands of oxazepam,
venlafaxine, sertraline and mirtazapine sold in the Netherlands, Germany, Georgia and Australia),
with the everyday words near them kept from being read as the new names."""

from __future__ import annotations

import pytest

from localnotes.clinical_lexicon import load_lexicon
from localnotes.redact.clinical_allow_list import clinical_terms
from localnotes.term_repair import repair_segments
from localnotes.types import Segment
from tests.note_fixtures import medications


@pytest.mark.parametrize(
    ("said", "name", "dose"),
    [
        ("Seresta, fifteen milligrams, when the panic comes.", "oxazepam", 15.0),
        ("I'm on Trevilor, seventy-five milligrams with breakfast.", "venlafaxine", 75.0),
        ("The Dominal, eighty, at bedtime to sleep.", "prothipendyl", 80.0),
        ("Stimuloton, a hundred milligrams every morning.", "sertraline", 100.0),
        ("The Avanza, thirty milligrams at night.", "mirtazapine", 30.0),
    ],
)
def test_drugs_added_to_the_lexicon_are_read_by_brand(said: str, name: str, dose: float) -> None:
    got = medications("What are you taking now?", said)
    assert got[name][0] == dose


@pytest.mark.parametrize("name", ["Seresta", "Trevilor", "Dominal", "Stimuloton", "Avanza"])
def test_brands_added_are_known_and_kept_by_the_redactor(name: str) -> None:
    assert load_lexicon().medication(name) is not None
    assert name.lower() in clinical_terms()


@pytest.mark.parametrize(
    "said",
    [
        # everyday words near the new brands are no drug, in talk of medication
        "The nerve stimulation helped more than the tablets, ten sessions in all.",
        "The stimulator was set to fifty, the tablets stayed the same.",
        "It was a nominal fee for the tablets, ten euros.",
        "We travelled north, I took my tablets with me, ten days' worth.",
    ],
)
def test_everyday_words_near_the_new_brands_are_no_drug(said: str) -> None:
    assert medications("What else happened this week?", said) == {}


def test_term_repair_never_writes_a_stimulation_as_the_brand() -> None:
    text = "The stimulation, fifty milligrams of it, was the plan."
    assert repair_segments([Segment(0.0, 5.0, text)])[0][0].text == text


@pytest.mark.parametrize(
    ("turns", "name", "dose"),
    [
        # a count of tablets of a strength said in the singular: the dose is the total
        (("I take the lamotrigine, two of the fifty milligram tablets, every morning.",),
         "lamotrigine", 100.0),
        (("The quetiapine, three of the twenty-five milligram tablets at night.",),
         "quetiapine", 75.0),
    ],
)  # fmt: skip
def test_a_count_of_tablets_of_a_strength_is_their_total(
    turns: tuple[str, ...], name: str, dose: float
) -> None:
    assert medications(*turns) == {name: (dose, None)}


def test_the_strength_counted_after_a_change_is_no_dose_of_its_own() -> None:
    got = medications(
        "We'll bring the sertraline down to a hundred milligrams.",
        "So the smaller tablets, two of the fifty?",
        "Yes, two of the fifty milligram tablets.",
    )
    assert got == {"sertraline": (100.0, "decrease to 100 mg")}


def test_tablets_of_a_strength_told_of_are_no_count() -> None:
    got = medications(
        "Sertraline, fifty milligrams.", "Two of the fifty milligram tablets fell out."
    )
    assert got == {"sertraline": (50.0, None)}
