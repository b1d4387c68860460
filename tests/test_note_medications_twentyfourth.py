"""Medication rules of issue 17's twenty-fourth pass, from the misses of the blind set ac01-ac22
(read after it was measured twice), each in wordings of its own: galantamine, tapentadol,
tetrabenazine, levetiracetam, promethazine and ondansetron are known drugs; "from a hundred and
fifty to two hundred and twenty-five" is a change; a dose said before the next drug's name ("thirty
of the duloxetine") is that drug's, also after a frequency ("seventy-five twice a day of the
Nucynta"); "no more than eight a day" counts tablets; "She wants me at twenty-five" is a change."""

from __future__ import annotations

import pytest

from tests.note_fixtures import medication_entries as entries


@pytest.mark.parametrize(
    ("turns", "name", "dose"),
    [
        (("What are you taking for the memory?", "Galantamine, sixteen milligrams a day."),
         "galantamine", 16.0),
        (("And the Reminyl?", "Eight milligrams, the slow-release one."), "galantamine", 8.0),
        (("What's the pain doctor got you on?", "Tapentadol, a hundred milligrams twice a day."),
         "tapentadol", 100.0),
        (("Still on the Nucynta?", "Yes, seventy-five in the morning."), "tapentadol", 75.0),
        (("And for the chorea?", "Tetrabenazine, twelve and a half milligrams three times a "
          "day."), "tetrabenazine", 12.5),
        (("Which seizure tablet is it?", "Keppra, five hundred milligrams twice a day."),
         "levetiracetam", 500.0),
        (("Anything for sleep?", "Promethazine, twenty-five milligrams at night."),
         "promethazine", 25.0),
        (("For the sickness?", "Ondansetron, four milligrams when I need it."), "ondansetron",
         4.0),
    ],
)  # fmt: skip
def test_drugs_added_to_the_lexicon(turns: tuple[str, ...], name: str, dose: float) -> None:
    assert (name, dose) in {(n, d) for n, d, _ in entries(*turns)}


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        # a change from "a hundred and fifty"
        (("The sertraline went from a hundred and fifty to two hundred a month ago.",),
         ("sertraline", 200.0, "increase from 150 to 200")),
        (("You mentioned the doctor raised the Effexor.", "From a hundred and fifty to two "
          "hundred and twenty-five, three weeks ago."),
         ("venlafaxine", 225.0, "increase from 150 to 225")),
        # "wants me at" a dose
        (("The psychiatrist started the mirtazapine at fifteen milligrams.", "Sleeping more. "
          "She wants me at thirty now."), ("mirtazapine", 15.0, "increase to 30 mg")),
    ],
)  # fmt: skip
def test_changes(turns: tuple[str, ...], expected: tuple[str, float, str]) -> None:
    assert expected in entries(*turns)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seventy-five of the Nucynta, thirty of the duloxetine.",
         {("tapentadol", 75.0), ("duloxetine", 30.0)}),
        ("Seventy-five twice a day of the Nucynta, thirty of the duloxetine, and that's all.",
         {("tapentadol", 75.0), ("duloxetine", 30.0)}),
        ("Fifty at night of the quetiapine, and twenty of the citalopram.",
         {("quetiapine", 50.0), ("citalopram", 20.0)}),
    ],
)  # fmt: skip
def test_a_dose_said_before_the_next_name_is_its_own(
    text: str, expected: set[tuple[str, float]]
) -> None:
    assert {(n, d) for n, d, _ in entries("What are you taking now?", text)} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Thirty of codeine and five hundred of paracetamol in each, no more than eight a day.",
        "Co-codamol, no more than eight a day.",
    ],
)
def test_no_more_than_a_count_a_day_is_no_dose(text: str) -> None:
    assert all(d != 8.0 for _, d, _ in entries("Which painkillers?", text))


@pytest.mark.parametrize(
    "turns",
    [
        ("The amitriptyline is ten milligrams at night.", "He wants me at work by nine."),
        ("How are the mornings?", "I went from a hundred and fifty pounds to two hundred."),
        ("Two twice a day of the lamotrigine.",),
    ],
)
def test_everyday_numbers_are_no_new_dose(turns: tuple[str, ...]) -> None:
    got = entries(*turns)
    assert all(d in (None, 10.0) for _, d, _ in got)
