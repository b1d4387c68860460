"""Medication rules of issue 17's forty-third pass, on invented sentences: the dose a change started
from said with its subject left out ("Was the seventy-five, the XL, now it's the one-fifty", "Was
on the five, now I'm on the ten"), as given first ("First week he gave me two, then ... up to
five"), after "last time" ("Last time twenty-five, now fifty") or as tablets named by their
strength ("From the thirty to the fifty"); "the one for the low mood" is which drug, not a dose of
one; a parent who says who speaks ("Mum here.") speaks of the client's drugs as "her Ritalin";
drugs and brands added to the lexicon; a dose a hundred times outside the drug's range said next
is another drug's; a tablet's strength with the part taken after it ("so half is two and a half
milligrams") and a liquid's volume worked out as its weight ("Five mils of that is ten milligrams")
are no doses of their own; the dose before said with what it did ("It was ten and my ankles
swelled up"); and a dose taken split in two ("a three hundred in the morning and a three hundred at
night")."""

from __future__ import annotations

import pytest

from tests.note_fixtures import medication_entries, medications


@pytest.mark.parametrize(
    ("turns", "generic", "before", "now"),
    [
        (("And the Effexor?", "Was the seventy-five, the XL, now it's the one-fifty."),
         "venlafaxine", 75, 150),
        (("She put the Lexapro up. Was on the five, now I'm on the ten.",), "escitalopram", 5, 10),
        (("And the Abilify?", "First week he gave me two, then after ten days went up to five."),
         "aripiprazole", 2, 5),
        (("He increase the Seroquel. Last time twenty-five, now fifty.",), "quetiapine", 25, 50),
        (("The doctor put the Elvanse up.", "From the thirty to the fifty, last month."),
         "lisdexamfetamine", 30, 50),
    ],
)  # fmt: skip
def test_the_dose_a_change_started_from_is_read(
    turns: tuple[str, ...], generic: str, before: int, now: int
) -> None:
    found = medication_entries(*turns)
    changes = [c for n, d, c in found if n == generic and d == now]
    assert changes and f"from {before} to {now}" in str(changes[0]), found


def test_days_from_one_to_another_are_no_dose() -> None:
    found = medication_entries(
        "From the fifth to the tenth of May we were away, and I kept taking the sertraline."
    )
    assert not [d for _, d, _ in found if d is not None], found


def test_the_one_for_a_complaint_is_which_drug_not_a_dose() -> None:
    found = medication_entries(
        "And the Zoloft?", "The Zoloft is the one for the low mood. He gave me the fifty at night."
    )
    assert found == [("sertraline", 50.0, None)], found


def test_the_one_said_as_a_strength_is_still_a_dose() -> None:
    found = medication_entries("And the lorazepam?", "The lorazepam, the one, at night.")
    assert found == [("lorazepam", 1.0, None)], found


def test_a_parent_who_says_who_speaks_tells_the_clients_drugs() -> None:
    found = medications("Mum here. Yes, the doctor put her Ritalin up to twenty milligrams.")
    assert found.get("methylphenidate", (None, None))[0] == 20.0, found


def test_his_drug_told_by_the_client_is_still_another_persons() -> None:
    found = medications("My brother is staying with us. His Ritalin is twenty milligrams.")
    assert "methylphenidate" not in found, found


@pytest.mark.parametrize(
    ("said", "generic", "dose"),
    [
        # a nitrate spray, emergency contraception, a thyroid and a pain brand from India, a
        # vitamin, a mealtime insulin and a Polish brand of quetiapine, added from ay's misses
        ("The GTN spray, four hundred micrograms a puff.", "glyceryl trinitrate", 400.0),
        ("I took the Levonelle, one point five milligrams.", "levonorgestrel", 1.5),
        ("The Thyronorm, fifty micrograms, before breakfast.", "levothyroxine", 50.0),
        ("Dolo six fifty when the fever comes.", "acetaminophen", 650.0),
        ("And the B12, a thousand micrograms a day.", "cyanocobalamin", 1000.0),
        ("The NovoRapid, eight units with meals.", "insulin aspart", 8.0),
        ("Ketrel twenty-five at night, from Poland.", "quetiapine", 25.0),
    ],
)
def test_drugs_added_to_the_lexicon(said: str, generic: str, dose: float) -> None:
    assert medication_entries(said) == [(generic, dose, None)]


def test_a_b12_level_is_no_dose() -> None:
    found = medication_entries("Your B12 level was two hundred, so a bit low.")
    assert [d for _, d, _ in found] in ([], [None]), found


def test_a_dose_far_outside_the_drugs_range_said_next_is_another_drugs() -> None:
    found = medication_entries(
        "The sertraline went up to fifty milligrams. And the Cerazette, the pill.",
        "How is the fifty milligrams?",
    )
    assert ("desogestrel", 50.0, None) not in found, found
    assert [d for n, d, _ in found if n == "sertraline"] == [50.0], found


def test_a_low_dose_is_still_read() -> None:
    found = medication_entries("And the naltrexone?", "One and a half milligrams, the low dose.")
    assert found == [("naltrexone", 1.5, None)], found


def test_a_tablets_strength_with_the_part_taken_after_it_is_no_dose() -> None:
    found = medication_entries(
        "The diazepam?",
        "The yellow ones are the five milligram tablets, so half is two and a half milligrams.",
    )
    assert found == [("diazepam", 2.5, None)], found


def test_a_tablets_strength_taken_whole_is_the_dose() -> None:
    found = medication_entries("The diazepam, the five milligram tablets, at night.")
    assert found == [("diazepam", 5.0, None)], found


def test_a_liquids_volume_worked_out_as_its_weight_is_one_dose() -> None:
    found = medication_entries(
        "How much of the Oramorph do you take?",
        "Five mils when it's bad.",
        "Five mils of that is ten milligrams of morphine.",
    )
    assert found == [("morphine", 10.0, None)], found


def test_a_liquids_volume_alone_is_still_its_dose() -> None:
    assert medication_entries("The Oramorph, five mils when it's bad.") == [("morphine", 5.0, None)]


def test_the_dose_before_said_with_what_it_did() -> None:
    found = medication_entries(
        "And the amlodipine?",
        "It was ten and my ankles swelled up. The doctor brought it down to five.",
    )
    assert found == [("amlodipine", 5.0, "decrease from 10 to 5")], found


def test_another_drugs_dose_before_is_not_the_next_drugs_start() -> None:
    found = medication_entries(
        "And the amitriptyline?",
        "Gone. I was on ten at night and it made me groggy, so they stopped it. I still take "
        "paracetamol, a gram when it's bad.",
    )
    assert ("acetaminophen", 1.0, None) in found, found


def test_a_dose_taken_split_in_two_is_read_as_taken() -> None:
    found = medication_entries(
        "And the gabapentin?",
        "The GP gave me the six hundred at night. I've split it myself. I take a three hundred in "
        "the morning and a three hundred at night.",
    )
    assert found == [("gabapentin", 600.0, None), ("gabapentin", 300.0, None)], found


def test_another_amount_twice_a_day_is_no_split() -> None:
    found = medication_entries(
        "And the gabapentin?",
        "The GP gave me the six hundred at night. I take a hundred in the morning and a hundred at "
        "night.",
    )
    assert found == [("gabapentin", 600.0, None)], found
