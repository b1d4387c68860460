"""Medications of issue 17's fifteenth pass (from the e-set's misses), on invented sentences: a
decimal said "point two five" is 0.25 (not 0.2 and 5); drugs the NHS medicines guide describes
(betahistine, hydroxocobalamin) are drugs; a stopped drug's bare strength in apposition ("we
stopped the lithium, the six hundred"); the total said next after tablets ("The five hundreds,
two at night." "So a thousand milligrams.")."""

from __future__ import annotations

import pytest

from localnotes.notes.extract import extract
from localnotes.notes.numbers import find_numbers
from localnotes.types import Segment


def meds(*turns: str) -> set[tuple[str, float | None]]:
    who = ("clinician", "client")
    segs = [Segment(i * 4.0, i * 4.0 + 3.5, t, who[i % 2]) for i, t in enumerate(turns)]
    return {(m.name, m.dose) for m in extract(segs).medications}


@pytest.mark.parametrize(
    ("said", "values"),
    [
        ("point two five milligrams", [0.25]),
        ("point one five", [0.15]),
        ("then point five milligrams", [0.5]),
        ("point five two times a day", [0.5, 2.0]),
    ],
)
def test_decimals_without_a_leading_zero(said: str, values: list[float]) -> None:
    assert [n.value for n in find_numbers(said)] == values


def test_a_weekly_start_in_quarter_milligrams() -> None:
    got = meds(
        "The plan is semaglutide, point two five milligrams weekly, then point five milligrams.",
        "Okay.",
    )
    assert {("semaglutide", 0.25), ("semaglutide", 0.5)} <= got, got
    assert ("semaglutide", 5.0) not in got, got


@pytest.mark.parametrize(
    ("said", "drug", "dose"),
    [
        ("Betahistine, eight milligrams twice a day.", "betahistine", 8.0),
        ("Hydroxocobalamin, one milligram every three months.", "hydroxocobalamin", 1.0),
    ],
)
def test_drugs_the_nhs_describes(said: str, drug: str, dose: float) -> None:
    assert (drug, dose) in meds("What are you taking?", said)


def test_a_stopped_drugs_bare_strength() -> None:
    got = meds("And we stopped the quetiapine, the three hundred, in May.", "Yes.")
    assert ("quetiapine", 300.0) in got, got


def test_the_total_said_after_the_tablets() -> None:
    got = meds(
        "You're on Depakote. What do you take?",
        "The two fifties, three at night. So seven fifty milligrams.",
    )
    assert ("valproate", 750.0) in got, got
    assert ("valproate", 250.0) not in got, got


@pytest.mark.parametrize(
    ("question", "answer", "drug", "dose"),
    [
        # a drug only the dictionary knows, asked about, its dose said bare with how often
        ("And the rifaximin?", "Five fifty twice a day.", "rifaximin", 550.0),
        # millilitres said "mils"
        ("The lactulose?", "Thirty mils twice a day.", "lactulose", 30.0),
        # a drug taken before, asked about, its strength the answer
        (
            "And the bupropion you were on before?",
            "The one fifty. She stopped it.",
            "bupropion",
            150.0,
        ),
        ("And I see clonazepam was tried.", "The point five. It made me fall.", "clonazepam", 0.5),
    ],
)
def test_a_dose_said_in_answer(question: str, answer: str, drug: str, dose: float) -> None:
    got = meds(question, answer)
    assert (drug, dose) in got, got


def test_thirty_mil_is_money_not_a_dose() -> None:
    got = meds("What are you taking?", "Lactulose. We owe thirty mil on the house, it feels like.")
    assert ("lactulose", 30.0) not in got, got
