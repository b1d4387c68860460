"""Medication rules of issue 17's thirty-second pass, from the ak-set's misses, on invented
sentences: drugs the clinical lexicon did not know, with their documented doses (mianserin,
cytisine, bromazepam, ferrous gluconate, co-trimoxazole) and brands said alone (Modecate, the
fluphenazine depot; Lexotan; Septrin; Evorel, an estradiol patch in micrograms; "the Consta",
risperidone's long-acting injection); gliclazide and midazolam with their usual doses, so a bare
answer is read; a parent greeted or asked by title ("Kia ora, Mum.", "How's the week been,
Mum?") speaks for the child; the dose before said with how often it was given ("You were on
fifty every three weeks before."); micrograms are no dose of a drug given in milligrams; and what
a drug lowers ("lower your appetite") is no change of its dose."""

from __future__ import annotations

import pytest

from tests.note_fixtures import medication_entries as entries


@pytest.mark.parametrize(
    ("turns", "name", "dose"),
    [
        (("Sleep any better?", "I take the mianserin, sixty at bedtime."), "mianserin", 60.0),
        (("Did the quit clinic start you on something?",
          "The cytisine, one and a half milligrams, six a day this week."), "cytisine", 1.5),
        (("Are you still on the Lexotan?", "Yes, six milligrams at night."), "bromazepam", 6.0),
        (("The ferrous gluconate, three hundred milligrams twice a day, for the iron.",),
         "ferrous gluconate", 300.0),
        (("And the Septrin, nine-sixty once a day, you still take it?", "Yes."),
         "co-trimoxazole", 960.0),
        (("The Modecate injection is fifty milligrams every two weeks.", "Okay."),
         "fluphenazine", 50.0),
        (("Your Evorel patch is seventy-five micrograms, twice a week.", "Yes."), "estradiol",
         75.0),
        (("We bring the Consta down to twenty-five milligrams every two weeks.", "Okay."),
         "risperidone", 25.0),
    ],
)  # fmt: skip
def test_a_drug_or_brand_the_lexicon_now_knows(
    turns: tuple[str, ...], name: str, dose: float
) -> None:
    assert (name, dose) in {(n, d) for n, d, _ in entries(*turns)}, entries(*turns)


@pytest.mark.parametrize(
    "turns",
    [
        # a count of tablets, days, a room and years are no doses
        ("I have four Lexotan left in the packet.", "Right."),
        ("The Septrin made me sick for three days.", "Right."),
        ("The Modecate clinic is on floor two, room fifteen.", "Right."),
        ("My aunt took mianserin for thirty years.", "Right."),
    ],
)
def test_near_misses_read_no_dose(turns: tuple[str, ...]) -> None:
    doses = {d for _, d, _ in entries(*turns)}
    assert doses <= {None}, entries(*turns)


@pytest.mark.parametrize(
    ("turns", "name", "dose"),
    [
        # drugs the dataset package knew without a usual dose: a bare answer is now read
        (("Have you been taking the Dormicum?", "Yes.", "A friend gave me. Fifteen.",
          "Right."), "midazolam", 15.0),
    ],
)  # fmt: skip
def test_a_bare_dose_of_a_drug_with_a_usual_dose(
    turns: tuple[str, ...], name: str, dose: float
) -> None:
    assert (name, dose) in {(n, d) for n, d, _ in entries(*turns)}, entries(*turns)


@pytest.mark.parametrize(
    "greeting",
    ["Kia ora, Aroha. Kia ora, Mum.", "Good to see you both. How's the week been, Mum?"],
)
def test_a_parent_greeted_or_asked_by_title_speaks_for_the_child(greeting: str) -> None:
    found = entries(greeting, "Fine. She's on the Concerta, the thirty-six, every morning.")
    assert ("methylphenidate", 36.0) in {(n, d) for n, d, _ in found}, found


def test_the_dose_before_said_with_how_often() -> None:
    found = entries(
        "You stopped the Modecate injection in the spring, didn't you?",
        "I did.",
        "You were on fifty every three weeks before. I'd like to go to seventy-five, still "
        "three-weekly.",
        "Okay.",
    )
    assert ("fluphenazine", 75.0, "increase from 50 to 75") in found, found


def test_micrograms_are_not_a_drug_given_in_milligrams() -> None:
    found = entries(
        "You're on the estradiol patch, the fifty?",
        "Yes, and the Utrogestan, at night.",
        "Seventy-five micrograms, from Monday.",
        "Okay.",
    )
    assert ("progesterone", 75.0) not in {(n, d) for n, d, _ in found}, found


def test_what_a_drug_lowers_is_no_dose_change() -> None:
    found = entries(
        "It can lower your appetite, so we'll watch the sertraline. You're on fifty?",
        "Fifty in the morning, with breakfast.",
    )
    assert ("sertraline", 50.0, None) in found, found


def test_how_often_said_beside_a_dose_is_no_drug_name() -> None:
    from localnotes.term_repair import repair_segments
    from tests.note_fixtures import segs

    _, repairs = repair_segments(segs("Every night. Six milligrams. Dad sees me take it."))
    assert [(r.original, r.replacement) for r in repairs] == []
