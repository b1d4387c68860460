"""Medications of issue 17's fifty-second pass, on invented sentences: "mil" said for milligrams
of a tablet ("Twenty mil."), methadone measured in millilitres, two brands (Biogesic, paracetamol
sold in the Philippines; "pregabs", pregabalin as British prisons and clinics call it), and a step
between two doses said after them ("down from sixty" ... "Five mil.") that is no dose of its own.
"mil" is no unit inside a word, nor after a sum of money said as "a mil"."""

from __future__ import annotations

import pytest

from tests.note_fixtures import medication_entries


@pytest.mark.parametrize(
    ("turns", "name", "dose"),
    [
        # asked, then told
        (("You're on sertraline. What dose?", "Fifty mil. In the morning."), "sertraline", 50.0),
        (("And for sleep?", "They give me a zopiclone at night. Seven point five mil."),
         "zopiclone", 7.5),
        # told unasked
        (("I take my citalopram, twenty mil, with breakfast.",), "citalopram", 20.0),
        (("The quetiapine's a hundred mil at night.",), "quetiapine", 100.0),
    ],
)  # fmt: skip
def test_mil_said_for_milligrams_is_a_unit(turns: tuple[str, ...], name: str, dose: float) -> None:
    got = medication_entries(*turns)
    assert dose in [d for n, d, _ in got if n == name], got


@pytest.mark.parametrize(
    "turns",
    [
        ("My brother won a mil on the lottery, or says he did.",),
        ("The house went for two mil in the end.",),
        ("I keep a milk bottle by the bed.",),
    ],
)
def test_mil_said_of_money_or_inside_a_word_is_no_dose(turns: tuple[str, ...]) -> None:
    assert [d for _, d, _ in medication_entries(*turns) if d is not None] == []


@pytest.mark.parametrize(
    ("turns", "name", "dose"),
    [
        (("Your script, that's the methadone?", "Yeah, it's sixty mils every morning."),
         "methadone", 60.0),
        (("So the methadone's at forty-five millilitres a day now?", "That's right."),
         "methadone", 45.0),
        (("I take Biogesic for headache, five hundred, sometimes twice a day.",),
         "acetaminophen", 500.0),
        (("Anything stopped when you came in?", "Me pregabs. I was on three hundred, twice a day."),
         "pregabalin", 300.0),
    ],
)  # fmt: skip
def test_brands_and_units_of_the_fifty_second_pass(
    turns: tuple[str, ...], name: str, dose: float
) -> None:
    got = medication_entries(*turns)
    assert dose in [d for n, d, _ in got if n == name], got


@pytest.mark.parametrize(
    ("turns", "name", "kept", "step"),
    [
        (("The methadone, sixty mils every morning.",
          "So fifty-five mils a day now, down from sixty.", "That's it. Five mils."),
         "methadone", [60.0, 55.0], 5.0),
        (("I was on forty milligrams of citalopram.", "Now I'm on thirty milligrams of citalopram.",
          "Ten milligrams less, yeah."), "citalopram", [40.0], 10.0),
    ],
)  # fmt: skip
def test_a_step_between_two_doses_is_no_dose(
    turns: tuple[str, ...], name: str, kept: list[float], step: float
) -> None:
    got = [d for n, d, _ in medication_entries(*turns) if n == name]
    assert all(k in got for k in kept) and step not in got, got


def test_a_dose_said_before_the_others_is_kept() -> None:
    # the smaller dose said first is a dose taken, not a step between the two said after it
    got = medication_entries(
        "The sertraline, I started on fifty milligrams.",
        "Then a hundred, and now a hundred and fifty milligrams.",
    )
    assert 50.0 in [d for n, d, _ in got if n == "sertraline"], got


@pytest.mark.parametrize(
    ("turns", "name", "dose", "not_dose"),
    [
        # a count said after a dose with "every day" is tablets, not a dose of one
        (("The calcitriol, point two five microgram, one every day.",), "calcitriol", 0.25, 1.0),
        (("And the vitamin D?", "Twenty-five micrograms, one every day."), "cholecalciferol",
         25.0, 1.0),
        # one dose said again in another unit is one entry, in the drug's own unit
        (("Paracetamol, two tablets.", "So two tablets is one gram, a thousand milligrams."),
         "acetaminophen", 1000.0, 1.0),
        # "the point four one": the 0.4 tablet, "one" for it
        (("The Flomax, the point four one.",), "tamsulosin", 0.4, 0.41),
    ],
)  # fmt: skip
def test_counts_restatements_and_the_tablet_said_as_one(
    turns: tuple[str, ...], name: str, dose: float, not_dose: float
) -> None:
    got = [d for n, d, _ in medication_entries(*turns) if n == name]
    assert dose in got and not_dose not in got, got


def test_a_gram_said_alone_is_kept() -> None:
    got = medication_entries("Paracetamol, one gram four times a day.")
    assert [d for n, d, _ in got if n == "acetaminophen"] == [1.0], got


def test_mil_of_a_liquid_is_millilitres_weighed_by_its_strength() -> None:
    got = medication_entries(
        "How much of the Oramorph do you take?",
        "Two and a half mil on the little spoon.",
        "Two and a half mils of that one is five milligrams of morphine.",
    )
    assert [d for n, d, _ in got if n == "morphine"] == [5.0], got
