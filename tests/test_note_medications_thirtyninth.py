"""Medication rules of issue 17's thirty-ninth pass, from the au-set's misses, on invented
sentences: a bare dose with both times of day ("Five hundred, morning and evening."); tablets
counted at a time of day after the strength, no combination tablet ("Six sixty-five, two in the
morning"); the dose leading the sentence after the name said alone in the same turn; a strength
leading the answer with the name set after it ("Yes, fifty, the Trittico"); the hour after a dose
with its unit ("three milligrams, at nine") no dose; a change said "before fifty, now
seventy-five", also with "hundred" and no article; and real brands and forms the lexicon lacked
(Depromel, Serlift, Trittico; inhaled fluticasone propionate; the buprenorphine patch)."""

from __future__ import annotations

import pytest

from localnotes.notes.extract import extract
from localnotes.types import Segment
from tests.note_fixtures import medication_entries, medications


def test_a_bare_dose_with_both_times_of_day() -> None:
    found = medications("And the metoprolol?", "Same. Fifty, morning and night.")
    assert found.get("metoprolol", (None, None))[0] == 50.0, found


def test_tablets_counted_at_a_time_of_day_are_no_combination_tablet() -> None:
    found = medications(
        "How about the paracetamol?", "Five hundred, two in the morning and two at night."
    )
    assert found.get("acetaminophen", (None, None))[0] == 500.0, found


def test_the_dose_after_the_name_said_alone_in_the_same_turn() -> None:
    # one turn, two sentences: the name answered, then its dose
    turns = [
        "Do you still take the gabapentin?",
        "The gabapentin, yes. Three hundred, for the nerve pain.",
    ]
    segs = [Segment(i * 4.0, i * 4.0 + 3.5, t) for i, t in enumerate(turns)]
    found = {m.name: m.dose for m in extract(segs).medications}
    assert found.get("gabapentin") == 300.0, found


def test_a_strength_leading_the_answer_with_the_name_after_it() -> None:
    found = medications(
        "Are you taking the mirtazapine?", "Yes, fifteen, the mirtazapine, at night."
    )
    assert found.get("mirtazapine", (None, None))[0] == 15.0, found
    # a count leading the answer is no strength
    counted = medications("Are you taking the mirtazapine?", "Yes, two, the mirtazapine.")
    assert counted.get("mirtazapine", (None, None))[0] is None, counted


def test_the_hour_after_a_dose_with_its_unit_is_no_dose() -> None:
    found = medication_entries("I take zopiclone, seven point five milligrams, at ten.")
    assert [(n, d) for n, d, _ in found] == [("zopiclone", 7.5)], found


@pytest.mark.parametrize(
    ("turns", "generic", "change"),
    [
        (("The escitalopram, before ten, now fifteen.",), "escitalopram", "increase from 10 to 15"),
        (("And the pregabalin?", "Yes. Before seventy-five at night, now a hundred and fifty."),
         "pregabalin", "increase from 75 to 150"),
        (("The quetiapine, before I take a hundred, now fifty.",), "quetiapine",
         "decrease from 100 to 50"),
    ],
)  # fmt: skip
def test_a_change_said_before_then_now(turns: tuple[str, ...], generic: str, change: str) -> None:
    entries = medication_entries(*turns)
    assert any(n == generic and (c or "").startswith(change) for n, _, c in entries), entries


def test_hundred_with_no_article_after_before_and_now() -> None:
    entries = medication_entries("The venlafaxine, before seventy-five, now hundred.")
    assert ("venlafaxine", 100.0) in [(n, d) for n, d, _ in entries], entries


@pytest.mark.parametrize(
    ("text", "generic", "dose"),
    [
        ("The Depromel, fifty milligrams, at night.", "fluvoxamine", 50.0),
        ("Serlift, a hundred milligrams, in the morning.", "sertraline", 100.0),
        ("Fifty, the Trittico, before bed.", "trazodone", 50.0),
        ("The Flixotide inhaler, two hundred and fifty micrograms, twice a day.",
         "fluticasone propionate", 250.0),
        ("She has the Butrans patch, ten micrograms, changed every Sunday.",
         "buprenorphine transdermal", 10.0),
    ],
)  # fmt: skip
def test_brands_and_forms_the_lexicon_lacked(text: str, generic: str, dose: float) -> None:
    found = medications(text)
    assert found.get(generic, (None, None))[0] == dose, found
