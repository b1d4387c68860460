"""Medication rules of issue 17's twenty-fifth pass, from the misses of the blind set ad01-ad22
(read after it was measured twice), each in wordings of its own: desmopressin (Minirin),
adalimumab (Humira) and drospirenone (Yaz) are known drugs; "from a hundred milligrams to a hundred
and fifty" is a change with its first dose's unit said; "The Tegretol was two hundred ... put it up
to three hundred" is a change of the drug whose earlier dose was said; "had you on twenty" gives
the dose; "stopped the risperidone two milligrams" is the dose stopped; "one" after a strength or
a drug's name is the tablet; a small bare number no dose of the drug could be is a count."""

from __future__ import annotations

import pytest

from tests.note_fixtures import medication_entries as entries


@pytest.mark.parametrize(
    ("turns", "name", "dose"),
    [
        (("And the tablets for the wetting?", "Desmopressin, two hundred micrograms at night."),
         "desmopressin", 200.0),
        (("Is the Minirin helping?", "Yes, the hundred and twenty microgram melts."),
         "desmopressin", 120.0),
        (("What's the biologic?", "Humira, forty milligrams every other week."), "adalimumab",
         40.0),
        (("And for the Crohn's?", "Adalimumab, eighty milligrams to start."), "adalimumab",
         80.0),
        (("Which pill are you on?", "Yaz, the three milligram one, every day."), "drospirenone",
         3.0),
    ],
)  # fmt: skip
def test_drugs_added_to_the_lexicon(turns: tuple[str, ...], name: str, dose: float) -> None:
    assert (name, dose) in {(n, d) for n, d, _ in entries(*turns)}


@pytest.mark.parametrize(
    ("turns", "name", "doses"),
    [
        # a change whose first dose has its unit; the drug named in the question
        (("Did the consultant change the venlafaxine?", "Yes, she took me from seventy-five "
          "milligrams to a hundred and fifty in May."), "venlafaxine", {150.0}),
        # the earlier dose said, then "put it up to"
        (("The lamotrigine was fifty milligrams twice a day. Your neurologist put it up to a "
          "hundred twice a day. Any rash?", "No rash."), "lamotrigine", {50.0, 100.0}),
        # the dose stopped, said right after the name
        (("So you stopped the olanzapine ten milligrams in March?", "Yes, the weight."),
         "olanzapine", {10.0}),
    ],
)  # fmt: skip
def test_doses_said(turns: tuple[str, ...], name: str, doses: set[float]) -> None:
    assert doses <= {d for n, d, _ in entries(*turns) if n == name}


def test_the_dose_before_said_with_the_drug_as_topic() -> None:
    # "On the X, the GP had you on a hundred.": the dose the change started from
    got = entries("On the sertraline, your GP had you on a hundred. We're dropping it to fifty.",
                  "Okay.")  # fmt: skip
    assert ("sertraline", 50.0, "decrease from 100 to 50") in got
    # "... for years, for the panic.": a clause after it says no other dose
    got = entries("And the paroxetine?", "My GP had me on forty for years, for the panic. She's "
                  "brought me down to twenty.")  # fmt: skip
    assert ("paroxetine", 20.0, "decrease from 40 to 20") in got


@pytest.mark.parametrize(
    ("turns", "name", "not_dose"),
    [
        # "one" is the tablet
        (("Still on the fluoxetine?", "Yes, the twenty milligram one, every morning."),
         "fluoxetine", 1.0),
        (("And the pill?", "The drospirenone one, every day, no break."), "drospirenone", 1.0),
        # a melt or a tablet counted where no dose of the drug could be one
        (("And the Minirin, still one at bedtime?", "Yes."), "desmopressin", 1.0),
        (("Any Humira this month?", "Two pens, same as usual."), "adalimumab", 2.0),
    ],
)  # fmt: skip
def test_counts_are_not_doses(turns: tuple[str, ...], name: str, not_dose: float) -> None:
    assert (name, not_dose) not in {(n, d) for n, d, _ in entries(*turns)}


def test_a_small_dose_a_drug_can_have_is_kept() -> None:
    # risperidone is given in ones and twos: "two at night" is its dose
    assert ("risperidone", 2.0) in {
        (n, d) for n, d, _ in entries("And the risperidone?", "Risperidone 2 at night.")
    }


@pytest.mark.parametrize(
    ("turns", "name", "dose"),
    [
        # sertraline as tiny.en writes it
        (("Your GP started the search line, fifty milligrams?", "Yes, in June."), "sertraline",
         50.0),
        # a change said before another drug's name, three words between ("and I have the")
        (("Did she change the citalopram?", "She went from 10 milligrams to 20 in March, and I "
          "have the propranolol, 10 milligrams."), "citalopram", 20.0),
    ],
)  # fmt: skip
def test_spoken_forms(turns: tuple[str, ...], name: str, dose: float) -> None:
    assert (name, dose) in {(n, d) for n, d, _ in entries(*turns)}


def test_search_line_said_of_other_things_is_no_dose() -> None:
    # named alone, it is listed as named without a dose, never given one
    assert not entries("Did you call the helpline?", "I found it with the search line on the "
                       "website, number 50 on the list.")  # fmt: skip
