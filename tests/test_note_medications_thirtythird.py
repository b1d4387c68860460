"""Medication rules of issue 17's thirty-third pass, from the al-set's misses, on invented
sentences: drugs the clinical lexicon did not know, with their documented doses (temazepam,
hydrochlorothiazide, meloxicam, asenapine) and brands said alone (Faverin, Nexito, Lustral,
Lorien, Zispin, Lithicarb, Rivotril); a bare dose set beside the drug's name by a comma
and "the" ("And the temazepam, the ten.", "the lithium in March, the eight hundred", "the
Seroquel, the hundred at night"), where it is a usual dose of the drug; a raise said after a drug
stopped is the drug's named before it; a change said as "from ten to fifteen" after two names of
one drug ("the Lexapro, the escitalopram") keeps where it started; a new dose with the day it
starts and what is done next ("Eighty-five from Monday, and we hold there"); a part of the dose
before said as the new one ("Half of that, point two five, at night"); and vitamin D's
weekly units ("sixty thousand units weekly"); and, in term repair, a drug's name misheard as an
English word set right by the tablet's release form and strength after it ("the concert XL, the
36" is Concerta), not where no strength follows ("the concert XL tickets")."""

from __future__ import annotations

import pytest

from localnotes.term_repair import repair_segments
from localnotes.types import Segment
from tests.note_fixtures import medication_entries as entries


@pytest.mark.parametrize(
    ("turns", "name", "dose"),
    [
        (("And the temazepam, the twenty, most nights?", "Yes."), "temazepam", 20.0),
        (("Taking the water tablet, the hydrochlorothiazide?", "Yes. The twelve point five."),
         "hydrochlorothiazide", 12.5),
        (("We stopped the meloxicam in June, the fifteen.", "Right."), "meloxicam", 15.0),
        (("And the asenapine, the ten, under the tongue?", "Yes."), "asenapine", 10.0),
        (("And the Faverin, how's it going?", "Fine. The fifty, at night."), "fluvoxamine",
         50.0),
        (("She put me on Nexito, ten milligrams.", "Okay."), "escitalopram", 10.0),
        (("The Lustral's stopped now, the hundred and fifty.", "Good."), "sertraline", 150.0),
        (("I'm on the Lorien, twenty milligrams.", "Okay."), "fluoxetine", 20.0),
        (("How's the Zispin?", "Fine. Thirty at night."), "mirtazapine", 30.0),
        (("Your Lithicarb is four hundred and fifty milligrams twice a day.", "Yes."), "lithium",
         450.0),
        (("We stopped the Rivotril last spring, the point five.", "Yes."), "clonazepam", 0.5),
    ],
)  # fmt: skip
def test_a_drug_or_brand_the_lexicon_now_knows(
    turns: tuple[str, ...], name: str, dose: float
) -> None:
    assert (name, dose) in {(n, d) for n, d, _ in entries(*turns)}, entries(*turns)


@pytest.mark.parametrize(
    "turns",
    [
        # a count of tablets, days and years are no doses
        ("I have six temazepam left in the box.", "Right."),
        ("The Zofran made me sleepy for two days.", "Right."),
        ("My dad took hydrochlorothiazide for twenty years.", "Right."),
    ],
)
def test_near_misses_read_no_dose(turns: tuple[str, ...]) -> None:
    doses = {d for _, d, _ in entries(*turns)}
    assert doses <= {None}, entries(*turns)


@pytest.mark.parametrize(
    ("turns", "name", "dose"),
    [
        (("And the temazepam, the twenty. I'd like us to stop that now.", "Okay."), "temazepam",
         20.0),
        (("Since we stopped the lithium in June, the six hundred, how has it been?", "Fine."),
         "lithium", 600.0),
        (("The sertraline's gone now, the hundred and fifty, I came off it slowly.", "Good."),
         "sertraline", 150.0),
        (("And the Seroquel, the quetiapine, the hundred at night. Any weight gain?", "Some."),
         "quetiapine", 100.0),
        (("We took the olanzapine down in May, the ten, remember?", "Yes."), "olanzapine",
         10.0),
    ],
)  # fmt: skip
def test_a_dose_set_beside_the_name(turns: tuple[str, ...], name: str, dose: float) -> None:
    assert (name, dose) in {(n, d) for n, d, _ in entries(*turns)}, entries(*turns)


@pytest.mark.parametrize(
    "turns",
    [
        # "the two of us", a date, a count of weeks and a number no usual dose of the drug
        ("We stopped the lithium, the two of us decided.", "Okay."),
        ("We stopped the sertraline in May, the twelfth.", "Okay."),
        ("The temazepam, the two weeks were awful.", "Okay."),
        ("We stopped the lithium in March, the twenty, was it?", "Right."),
    ],
)
def test_near_misses_set_beside_read_no_dose(turns: tuple[str, ...]) -> None:
    doses = {d for _, d, _ in entries(*turns)}
    assert doses <= {None}, entries(*turns)


def test_a_raise_after_a_drug_stopped_is_the_one_named_before() -> None:
    got = entries(
        "You're on quetiapine one fifty at night. Since we stopped the lithium, the eight"
        " hundred, how's your mood been?",
        "Up and down, not sleeping.",
        "Then I'd like to go up to two hundred at night.",
        "Okay.",
    )
    assert any(n == "quetiapine" and "200" in f"{d} {c}" for n, d, c in got), got
    assert not any(n == "lithium" and "200" in f"{d} {c}" for n, d, c in got), got


def test_a_change_from_a_dose_after_two_names_of_one_drug() -> None:
    got = entries(
        "Dr Lee raised the Prozac, the fluoxetine, last month, from twenty to forty milligrams,"
        " is that right?",
        "Forty, yes.",
    )
    assert got == [("fluoxetine", 40.0, "increase from 20 to 40 mg")], got


def test_a_new_dose_with_its_day_and_what_is_done_next() -> None:
    got = entries(
        "You're on the sixty of methadone?",
        "Sixty, every morning.",
        "What about taking it down by five? Fifty-five from Monday, and we hold there a month.",
        "Okay.",
    )
    assert any(n == "methadone" and "55" in str(c) for n, _, c in got), got


@pytest.mark.parametrize(
    ("turns", "dose"),
    [
        (("She gave vitamin D3, fifty thousand units weekly.", "Okay."), 50000.0),
        (("The vitamin D, twenty thousand units every week, for two months.", "Okay."), 20000.0),
    ],
)
def test_vitamin_d_in_units_weekly(turns: tuple[str, ...], dose: float) -> None:
    assert ("cholecalciferol", dose) in {(n, d) for n, d, _ in entries(*turns)}, entries(*turns)


def test_units_a_week_of_drink_are_no_dose() -> None:
    got = entries("I'm on vitamin D now. I drink about twenty units a week.", "Okay.")
    assert all(d is None for _, d, _ in got), got


def test_lets_start_with_is_no_start_of_a_drug() -> None:
    got = entries("Let's start with the script, so you're on the 90 mil of methadone still?",
                  "90, yeah, every morning.")  # fmt: skip
    assert got == [("methadone", 90.0, None)], got


def _repaired(text: str) -> str:
    return repair_segments([Segment(0.0, 3.0, text)])[0][0].text


def test_a_release_form_and_strength_after_the_name() -> None:
    got = _repaired("How's it been on the concert XL, the 36?")
    assert "Concerta XL" in got, got


@pytest.mark.parametrize(
    "text",
    [
        "We were taking on concert days.",
        "The concert XL tickets, the 20 of them.",
        "She went to the concert on Saturday, 36 of us.",
    ],
)
def test_no_release_form_no_repair(text: str) -> None:
    assert _repaired(text) == text


@pytest.mark.parametrize(
    ("turns", "dose"),
    [
        (("You're still on the Xanax, the point five?", "Yes, at night.",
          "I'd like to bring the Xanax down. Half of that, point two five, at night.", "Okay."),
         0.25),
        (("You're on the clonazepam, the one milligram?", "Yes.",
          "Let's bring it down. Half of that, point five, for two weeks.", "Okay."), 0.5),
    ],
)  # fmt: skip
def test_a_part_of_the_dose_before_said_as_the_new_one(turns: tuple[str, ...], dose: float) -> None:
    assert dose in {d for _, d, _ in entries(*turns)}, entries(*turns)


def test_half_of_that_which_is_no_part_of_the_dose_is_none() -> None:
    got = entries("You're still on the Xanax, the point five?", "Yes.",
                  "The walk, half of that, twenty minutes, every day.", "Okay.")  # fmt: skip
    assert {d for _, d, _ in got} == {0.5}, got


def test_temazepam_misheard_after_its_dose_is_repaired() -> None:
    got = _repaired("We'll stay on 10 milligrams of Timmy spam for two weeks.")
    assert "temazepam" in got.lower(), got
