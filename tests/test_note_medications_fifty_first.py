"""Medications of issue 17's fifty-first pass, on invented sentences: a count of tablets said
before their strength and unit ("two five milligram tablets") is no dose, and the strength none
where the total follows in the sentence ("two ten milligram tablets, twenty at night"); a drug's
kind named first and the drug after ("your insulin", then the Lantus with its units) is one
drug, the kind not listed again without a dose."""

from __future__ import annotations

import pytest

from tests.note_fixtures import medication_entries


@pytest.mark.parametrize(
    ("turns", "name", "dose"),
    [
        (("And the propranolol?", "Two ten milligram tablets, twenty in the morning."),
         "propranolol", 20.0),
        (("Which diazepam?", "Three 2 mg tablets, so 6 at night."), "diazepam", 6.0),
        (("The olanzapine, two 5 mg tablets, ten at bedtime.",), "olanzapine", 10.0),
    ],
)  # fmt: skip
def test_the_total_after_a_count_of_tablets_is_the_dose(
    turns: tuple[str, ...], name: str, dose: float
) -> None:
    got = medication_entries(*turns)
    assert [d for n, d, _ in got if n == name] == [dose], got


@pytest.mark.parametrize(
    ("turns", "name", "dose"),
    [
        # the strength stays where no total is said; the count is never a dose
        (("And the oxycodone?", "Two five milligram tablets when the pain is bad."),
         "oxycodone", 5.0),
        (("Which lorazepam?", "Two 1 mg tablets at night."), "lorazepam", 1.0),
        (("You take the diazepam, two 5 mg tablets at night.",), "diazepam", 5.0),
        (("Paracetamol, three five hundred milligram tablets a day.",), "acetaminophen", 500.0),
    ],
)  # fmt: skip
def test_a_count_of_tablets_is_no_dose(turns: tuple[str, ...], name: str, dose: float) -> None:
    got = medication_entries(*turns)
    assert [d for n, d, _ in got if n == name] == [dose], got


def test_a_kind_named_before_the_drug_is_not_listed_again() -> None:
    got = medication_entries(
        "How are you managing your insulin?", "The NovoRapid, eight units with each meal."
    )
    assert [(n, d) for n, d, _ in got] == [("insulin aspart", 8.0)], got


def test_a_kind_named_alone_is_still_listed() -> None:
    got = medication_entries("Are you still taking your insulin?", "I take my insulin, yes.")
    assert [n for n, _, _ in got] == ["insulin"], got
