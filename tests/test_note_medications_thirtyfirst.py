"""Medication rules of issue 17's thirty-first pass, from the aj-set's misses, on invented
sentences: alfacalcidol and potassium chloride are known drugs and Lovan a brand of fluoxetine;
a dose leading the answer about one drug after the tablet's look ("The small one, point two
five"), after its release's letters ("The XL three hundred"), as one tablet of a strength said as
a plural ("One of the fives, at night"), and a dose said before how often ("Ten, three times a
day") is no two-part tablet."""

from __future__ import annotations

import pytest

from tests.note_fixtures import medication_entries as entries


@pytest.mark.parametrize(
    ("turns", "name", "dose"),
    [
        (("Any vitamin D?", "Alfacalcidol, point five micrograms, one a day."), "alfacalcidol",
         0.5),
        (("And your potassium?", "The potassium chloride, six hundred, three times a day."),
         "potassium chloride", 600.0),
        (("How's the Lovan going?", "Twenty, every morning with breakfast."), "fluoxetine", 20.0),
        (("And the lorazepam?", "The little one, point five, when it gets bad."), "lorazepam",
         0.5),
        (("The Effexor's still the same?", "The XL seventy-five, yes, each morning."),
         "venlafaxine", 75.0),
        (("And the diazepam for the flights?", "One of the fives, an hour before."), "diazepam",
         5.0),
        (("You were started on the Librium on what?", "Twenty-five, three times a day."),
         "chlordiazepoxide", 25.0),
    ],
)  # fmt: skip
def test_a_dose_said_as_answered(turns: tuple[str, ...], name: str, dose: float) -> None:
    assert (name, dose) in {(n, d) for n, d, _ in entries(*turns)}, entries(*turns)


@pytest.mark.parametrize(
    "turns",
    [
        # a count of tablets by their look is no dose
        ("And the lorazepam?", "The little one, I take two."),
        # a two-part tablet's strengths stay unread
        ("And the Sinemet?", "The twenty-five, one hundred tablets."),
    ],
)
def test_near_misses_read_no_dose(turns: tuple[str, ...]) -> None:
    doses = {d for _, d, _ in entries(*turns)}
    assert doses <= {None}, entries(*turns)


def test_a_rating_asked_after_a_drug_stopped_is_no_dose() -> None:
    found = entries(
        "The amitriptyline ten. It makes you groggy?",
        "Very groggy.",
        "Then we stop the amitriptyline. And your sleep, out of ten this week?",
        "Three. I wake at four.",
    )
    assert ("amitriptyline", 3.0) not in {(n, d) for n, d, _ in found}, found
