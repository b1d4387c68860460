"""Medication rules of issue 17's thirty-sixth pass, from the ar-set's misses, on invented
sentences: a change's dose said on the drug named after it ("go up to fifty milligrams on the
sertraline"); and the listener saying that dose back ("Fifty.") after another drug is named,
which is no dose of that other drug."""

from __future__ import annotations

from tests.note_fixtures import medications


def test_a_changes_dose_said_on_the_drug_named_after_it() -> None:
    found = medications(
        "You started sertraline a month ago, twenty-five milligrams.",
        "Yes.",
        "I'd like to go up to fifty milligrams on the sertraline.",
    )
    assert found.get("sertraline") == (25.0, "increase to 50 mg"), found


def test_a_dose_said_back_is_not_the_next_drugs() -> None:
    found = medications(
        "You started sertraline a month ago, twenty-five milligrams.",
        "Every morning, with the Tegretol.",
        "The Tegretol, is that still two hundred milligrams twice a day?",
        "Yes.",
        "Good. I'd like to go up to fifty milligrams on the sertraline. We'll check your"
        " blood levels for the Tegretol too.",
        "Okay. Fifty.",
    )
    assert found.get("sertraline") == (25.0, "increase to 50 mg"), found
    assert found.get("carbamazepine", (None, None))[0] == 200.0, found


def test_a_bare_dose_answering_the_drug_asked_about_is_kept() -> None:
    found = medications("And the Tegretol, what dose?", "Two hundred, twice a day.")
    assert found.get("carbamazepine", (None, None))[0] == 200.0, found
