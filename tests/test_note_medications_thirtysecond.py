"""Medication rules of issue 17's thirty-second pass, from the ak-set's misses, on invented
sentences: drugs the clinical lexicon did not know, with their documented doses (mianserin,
cytisine, bromazepam, ferrous gluconate, co-trimoxazole) and brands said alone (Modecate, the
fluphenazine depot; Lexotan; Septrin; Evorel, an estradiol patch in micrograms; "the Consta",
risperidone's long-acting injection)."""

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
