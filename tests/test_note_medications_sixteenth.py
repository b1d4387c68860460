"""Medications of issue 17's sixteenth pass (from the g-set's misses), on invented sentences:
drugs the lexicon did not know (senna, mifepristone, alendronic acid, 5-HTP, co-codamol,
paracetamol, mefloquine, amoxicillin, lofexidine); "mics" for micrograms; a dose taken once a
week; a drug's form (ointment, cream, patch) as medication talk; "a gram"; a combination tablet
told by its strengths ("the fifteen five hundreds"); a topical strength in percent; the dose
answered after a sentence whose last drug alone had none; "take it to", "wants me on"."""

from __future__ import annotations

from localnotes.notes.extract import extract
from localnotes.types import Segment


def segs_of(*turns: str) -> list[Segment]:
    who = ("clinician", "client")
    return [Segment(i * 4.0, i * 4.0 + 3.5, t, who[i % 2]) for i, t in enumerate(turns)]


def meds(*turns: str) -> set[tuple[str, float | None]]:
    return {(m.name, m.dose) for m in extract(segs_of(*turns)).medications}


def units(*turns: str) -> set[tuple[str, float | None, str | None]]:
    return {(m.name, m.dose, m.unit) for m in extract(segs_of(*turns)).medications}


def test_drugs_the_lexicon_now_knows() -> None:
    got = meds(
        "What else are you on?",
        "Senna, fifteen at night. And the mifepristone was two hundred milligrams. "
        "My GP added Fosamax, seventy.",
    )
    assert {("senna", 15.0), ("mifepristone", 200.0), ("alendronate", 70.0)} <= got, got


def test_a_supplement_with_a_number_in_its_name() -> None:
    got = meds("I also take five HTP, fifty milligrams twice a day.", "Okay.")
    assert ("5-HTP", 50.0) in got, got
    assert not any(d == 5.0 for _, d in got), got  # the "five" of its name is no dose


def test_vitamin_d_three_is_a_name_not_a_dose() -> None:
    got = meds("He takes vitamin D three, two thousand units a day.", "Right.")
    assert ("cholecalciferol", 2000.0) in got and ("cholecalciferol", 3.0) not in got, got


def test_mics_are_micrograms() -> None:
    got = units("And the thyroid?", "Levothyroxine. Seventy-five mics every morning.")
    assert ("levothyroxine", 75.0, "mcg") in got, got


def test_a_dose_taken_once_a_week() -> None:
    got = meds(
        "The travel clinic gave me the mefloquine.",
        "I take two fifty once a week, on a Monday.",
    )
    assert ("mefloquine", 250.0) in got, got


def test_a_drug_named_by_its_form_is_medication_talk() -> None:
    got = units("She gave me a clobetasol cream, the point zero five percent one, twice a day.")
    assert ("clobetasol", 0.05, "%") in got, got


def test_a_percent_said_without_a_topical_form_is_no_dose() -> None:
    got = meds("The sertraline helped maybe ten percent, if I'm honest.", "Okay.")
    assert ("sertraline", 10.0) not in got, got


def test_a_gram() -> None:
    got = units("For the knee I take paracetamol, a gram, up to four times a day.", "Right.")
    assert ("acetaminophen", 1.0, "g") in got, got


def test_half_a_gram_is_not_a_gram() -> None:
    got = units("She takes metformin, half a milligram of nothing, no, a quarter of a milligram.")
    assert not any(d == 1.0 for _, d, _ in got), got


def test_a_combination_tablet_by_its_strengths() -> None:
    got = meds("After the dentist I had co-codamol, the fifteen five hundreds, for a week.", "Ok.")
    assert ("codeine", 15.0) in got, got
    assert not any(d in (15500.0, 1500.0, 500.0) for _, d in got), got


def test_thirty_five_hundred_alone_is_no_combination() -> None:
    got = meds("My rent went up to thirty five hundred a month.", "That's a lot.")
    assert not got, got


def test_the_last_drug_of_a_sentence_takes_the_answer_after() -> None:
    got = units(
        "First the ondansetron, eight milligrams, and then later the misoprostol.",
        "Two hundred micrograms, four times.",
    )
    assert {("ondansetron", 8.0, "mg"), ("misoprostol", 200.0, "mcg")} <= got, got


def test_two_drugs_without_doses_leave_the_answer_alone() -> None:
    got = meds("She takes lorazepam and the misoprostol.", "Two hundred micrograms.")
    assert ("misoprostol", 200.0) not in got and ("lorazepam", 200.0) not in got, got


def test_take_it_to_and_wants_me_on_are_changes() -> None:
    got = meds(
        "How is the prazosin going?",
        "Two milligrams at night. He'll take it to four milligrams if my pressure holds.",
    )
    assert ("prazosin", 2.0) in got, got
    changes = {
        (m.name, m.change)
        for m in extract(
            segs_of(
                "How is the prazosin going?",
                "Two milligrams at night. He'll take it to four milligrams if my pressure holds.",
            )
        ).medications
    }
    assert ("prazosin", "increase to 4 mg") in changes, changes
    got = meds(
        "You're on the citalopram?", "Ten milligrams, and she wants me on twenty next month."
    )
    assert ("citalopram", 20.0) in got, got


def test_take_me_to_is_no_dose() -> None:
    got = meds(
        "I'm on sertraline, fifty milligrams.", "Then Dad can take me to the five o'clock bus."
    )
    assert got == {("sertraline", 50.0)}, got


def test_a_total_in_tablets_is_not_replaced_by_the_dose_before() -> None:
    got = {
        (m.name, m.dose, m.change)
        for m in extract(
            segs_of(
                "Anything for the constipation?",
                "Senna. Three of the seven and a halfs, so twenty-two and a half. "
                "It used to be one, so seven and a half.",
            )
        ).medications
    }
    assert ("senna", 22.5, "increase from 7.5 to 22.5") in got, got


def test_so_a_quarter_after_a_split_tablet() -> None:
    got = meds(
        "I took the clonazepam last night.",
        "Half of one of my point fives. So a quarter.",
    )
    assert ("clonazepam", 0.25) in got, got


def test_so_half_that_is_no_dose() -> None:
    got = meds("I take the clonazepam, point five milligrams.", "So half the time I forget it.")
    assert got == {("clonazepam", 0.5)}, got


def test_a_total_said_after_the_tablets_are_counted() -> None:
    got = meds(
        "The clonidine.",
        "It's the small point one tablets.",
        "I take two of them at night.",
        "So two of the point ones.",
        "Yes, that's point two milligrams each night.",
    )
    assert ("clonidine", 0.2) in got, got


def test_his_drug_is_someone_elses() -> None:
    got = meds("He still keeps his lorazepam by the bed, the one milligram.", "And you?")
    assert ("lorazepam", 1.0) not in got, got
    got = meds("I've been taking his lorazepam, one milligram at night.", "Okay.")
    assert ("lorazepam", 1.0) in got, got


def test_the_answer_before_a_drug_stopped_is_the_asked_drugs() -> None:
    got = meds(
        "Has she started you on the venlafaxine?",
        "75 milligrams, and she wants me on 150 next week, and I stopped the melatonin.",
    )
    assert {("venlafaxine", 75.0), ("venlafaxine", 150.0)} <= got, got


def test_a_dose_said_after_the_stopped_drug_is_not_the_asked_drugs() -> None:
    got = meds(
        "Has she started you on the venlafaxine?",
        "Yes, and I stopped the trazodone, that was fifty milligrams.",
    )
    assert ("venlafaxine", 50.0) not in got, got


def test_a_change_said_in_the_answer_before_another_drug() -> None:
    got = meds(
        "Has she started you on the venlafaxine?",
        "75 milligrams, and she wants me on 150 next week, and the melatonin, 3 milligrams.",
    )
    assert {("venlafaxine", 75.0), ("venlafaxine", 150.0), ("melatonin", 3.0)} <= got, got
