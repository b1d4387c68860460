"""The note's medication list (issue 17, tenth pass), on invented sentences (none copied from a
dialog): a drug named with no dose is listed only where the client is said to take it now or to
have stopped it; another person's drug, one given once, one only talked about or planned without
a dose are kept apart, as a drug named without a dose, which the note still shows."""

from __future__ import annotations

import pytest

from localnotes.notes.extract import extract
from tests.note_fixtures import segs


def listed(*turns: str) -> set[tuple[str, float | None]]:
    return {(m.name, m.dose) for m in extract(segs(*turns)).medications}


def named_without_dose(*turns: str) -> list[str]:
    return [
        i.text for i in extract(segs(*turns)).items if i.text.startswith("Named without a dose")
    ]


@pytest.mark.parametrize(
    "said",
    [
        "I'm still on lamotrigine, the doctor didn't change it.",
        "You're taking the fluvoxamine every night?",
        "I've been taking my atenolol, yes.",
        "I take the mirtazapine at bedtime.",
        "I stopped the quetiapine, it made me too groggy.",
    ],
)
def test_a_drug_the_client_takes_is_listed_without_a_dose(said: str) -> None:
    assert len({dose for _, dose in listed(said)}) == 1 and listed(said) <= {
        ("lamotrigine", None),
        ("fluvoxamine", None),
        ("atenolol", None),
        ("mirtazapine", None),
        ("quetiapine", None),
    }


@pytest.mark.parametrize(
    "turns",
    [
        ("My brother is on lithium, and he's doing better.",),  # another person's
        ("Her mother takes donepezil now.",),
        ("The paramedic gave me the naloxone in the ambulance.",),  # given once
        ("She said we could add buspirone later, no dose yet.",),  # planned, no dose
        ("I took a handful of my father's oxycodone that night.",),  # someone else's, taken once
        ("Does your husband still keep the diazepam in the kitchen?",),
        ("We talked about whether sertraline would be safe in pregnancy.",),  # only talked about
    ],
)
def test_a_drug_named_without_a_dose_and_not_taken_is_kept_apart(turns: tuple[str, ...]) -> None:
    assert listed(*turns) == set()
    assert len(named_without_dose(*turns)) == 1


def test_a_drug_with_its_dose_is_listed_whoever_names_it() -> None:
    assert listed("The doctor has you on sertraline, fifty milligrams.") == {("sertraline", 50.0)}
    assert named_without_dose("The doctor has you on sertraline, fifty milligrams.") == []


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        # a total restated after a count of tablets: "so a hundred"
        (
            ("How's the lamotrigine?", "Two of the fifties, so a hundred."),
            {("lamotrigine", 100.0)},
        ),
        (("The lorazepam, half of the one milligram, so half a milligram.",), {("lorazepam", 0.5)}),
        (
            ("Gabapentin?", "Three of the three hundreds, so nine hundred."),
            {("gabapentin", 900.0)},
        ),
        # ... after tablets of a strength named the sentence before
        (
            ("And the ibuprofen?", "The two hundreds.", "Two at a time, so four hundred."),
            {("ibuprofen", 400.0)},
        ),
        # the steps of a titration said bare
        (
            ("She started me on escitalopram.", "The five for a week, and then the ten."),
            {("escitalopram", 5.0), ("escitalopram", 10.0)},
        ),
        (("The topiramate, I'm on the whole fifty now.",), {("topiramate", 50.0)}),
        # a strength said as hundreds
        (("Ibuprofen, the four hundreds, when my back flares.",), {("ibuprofen", 400.0)}),
    ],
)
def test_a_dose_told_by_tablets_or_steps(
    turns: tuple[str, ...], expected: set[tuple[str, float | None]]
) -> None:
    assert listed(*turns) == expected


@pytest.mark.parametrize(
    ("turns", "allowed"),
    [
        # "so" after something else counted is no dose
        (("How's the sertraline?", "Fine. I slept half the night, so six hours."), set()),
        # a count of tablets is no step of a titration
        (("The naproxen.", "Two for a week, then three."), {("naproxen", None)}),
        # the strength of tablets counted is not a dose of its own
        (("The lithium, nine hundred.", "Three of the three hundreds."), {("lithium", 900.0)}),
    ],
)
def test_counts_and_strengths_counted_are_no_doses(
    turns: tuple[str, ...], allowed: set[tuple[str, float | None]]
) -> None:
    assert listed(*turns) <= allowed
