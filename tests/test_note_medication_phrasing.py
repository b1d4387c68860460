"""Medications of issue 17's fifth pass, each on invented sentences (none copied from a dialog):
a drug the clinical lexicon does not know, named in a sentence of its own with the dose in the
next; a dose answered two or three sentences on, or said with how often it is taken and no unit;
a tablet's strength with its release form ("the three hundred XL"); "go to" a dose, up or down
as the dose before says; a brand and generic named together take the dose said next; "was meant
to" is not history; common English words are never a drug by sound ("my brother has one").
Sixth pass: a change said as "from X to Y" is a change from X to Y, with or without a change
word, and X is never a dose of another drug. Seventh pass: the dose after a change told across
clauses or sentences ("up by five, so fifteen", "now it's a hundred", "Now I'm on five", "he went
to three hundred", "moved me to twenty"), the dose ahead of the name then the one before; a drug
stopped takes its dose in apposition, after "that was", or in the next sentence alone ("The
hundred."); a title
before a name ("So Doctor ...") is no drug misheard."""

from __future__ import annotations

import re

import pytest

from localnotes.notes import medication_list
from localnotes.notes import medications as meds_mod
from localnotes.notes.extract import extract
from localnotes.notes.sentences import split
from tests.note_fixtures import segs


def meds(*turns: str) -> set[tuple[str, float | None]]:
    return {(m.name, m.dose) for m in extract(segs(*turns)).medications}


def changes(*turns: str) -> dict[tuple[str, float | None], str | None]:
    return {(m.name, m.dose): m.change for m in extract(segs(*turns)).medications}


def named_only(*turns: str) -> dict[tuple[str, float | None], str | None]:
    """The drugs named without a dose and not said to be taken, which the list leaves out."""
    found = medication_list.only_earlier(meds_mod.extract(split(segs(*turns))))[0]
    return {(m.name, m.dose): m.change for m in medication_list.listed(found)[1]}


def test_a_drug_in_a_sentence_of_its_own_with_the_dose_next() -> None:
    assert ("naproxen", 500.0) in meds(
        "Anything else for the knee?", "Naproxen.", "500 milligrams."
    )
    # no dose beside it: a word that is only a drug's name elsewhere stays a word
    assert meds("We talked about the budget.", "Fifteen minutes.") == set()


def test_a_dose_answered_a_few_sentences_on() -> None:
    assert ("levothyroxine", 88.0) in meds(
        "And the levothyroxine.", "Which dose is it?", "Eighty-eight.", "Eighty-eight micrograms."
    )


def test_a_dose_said_with_how_often_and_no_unit() -> None:
    assert ("metformin", 850.0) in meds("How is the metformin going?", "Eight fifty, twice a day.")
    # no dose said: the drug is named without one, apart from the medication list
    assert meds("How is the metformin going?", "Fine, no problems at all.") == set()


def test_a_tablets_strength_with_its_release_form() -> None:
    assert ("bupropion", 300.0) in meds("The bupropion, yes.", "The three hundred XL.")


def test_go_to_a_dose_is_a_change_up_or_down() -> None:
    got = changes(
        "You take the quetiapine, fifty milligrams at night?",
        "Yes.",
        "The doctor wants you to go to a hundred milligrams.",
    )
    assert got[("quetiapine", 50.0)] == "increase to 100 mg"  # the listed dose's change
    got = changes(
        "You take the quetiapine, a hundred milligrams at night?",
        "Yes.",
        "Let's go to fifty milligrams for now.",
    )
    assert got[("quetiapine", 100.0)] == "decrease to 50 mg"
    assert meds("We'll go to bed early and talk at 9.") == set()


def test_a_brand_and_generic_together_take_the_next_dose() -> None:
    assert ("quetiapine", 25.0) in meds(
        "She started quetiapine, the Seroquel.", "Twenty-five milligrams at night."
    )


def test_was_meant_to_is_not_history() -> None:
    turns = segs("The lamotrigine was meant to help the lows.", "You're on a hundred milligrams?")
    found = {m.name: m for m in extract(turns).medications}
    assert found["lamotrigine"].dose == 100.0 and found["lamotrigine"].change != "earlier"


def test_common_words_are_never_a_drug_by_sound() -> None:
    assert meds("The four milligram patch is in my bag, and my brother has one.") == set()


def test_a_bare_dose_with_how_often_a_little_after_the_drug() -> None:
    assert ("amlodipine", 10.0) in meds("And amlodipine for the pressure, ten, once a day.")


def test_bump_it_to_a_bare_number() -> None:
    got = changes("You're on the prazosin, two milligrams?", "Yes.", "We could bump it to four.")
    assert got[("prazosin", 2.0)] == "increase to 4 mg"


def test_a_dose_said_before_the_drug_with_of() -> None:
    found = {
        m.name: m
        for m in extract(segs("I used to take fifty of sertraline in college.")).medications
    }
    assert found["sertraline"].dose == 50.0 and found["sertraline"].change == "earlier"
    # a count of tablets is no dose
    assert meds("Take two of the lamotrigine at night.") == {("lamotrigine", None)}
    assert ("lithium", 3.0) not in meds("The lithium, three of the 300s at bedtime.")


def test_the_bodys_own_receptors_are_not_a_drug_taken() -> None:
    assert meds("It works on melatonin receptors, so it's gentler.") == set()
    assert ("melatonin", 3.0) in meds("I take melatonin, three milligrams.")


def test_a_bare_number_then_how_often_in_the_next_sentence() -> None:
    assert ("metformin", 850.0) in meds("Any trouble with the metformin?", "850.", "Twice a day.")
    # a number alone with no frequency after it is no dose
    # (the drug, named without a dose, is kept apart from the medication list)
    assert meds("Any trouble with the metformin?", "Two.", "Two problems, I mean.") == set()


def test_short_replies_do_not_count_in_how_far_a_dose_reaches() -> None:
    found = meds(
        "You started the sertraline in May, right?",
        "Right.",
        "Yeah.",
        "Mm.",
        "The fifty XL.",
    )
    assert ("sertraline", 50.0) in found


def test_a_change_said_from_one_dose_to_another() -> None:
    found = changes("The lamotrigine, the doctor took it from two hundred to one fifty in May.")
    assert found == {("lamotrigine", 150.0): "decrease from 200 to 150"}
    found = changes("With the Zoloft, she moved me from fifty up to a hundred milligrams.")
    assert found == {("sertraline", 100.0): "increase from 50 to 100 mg"}
    # the dose before is not another drug's dose, and a range of days is no change
    found = changes("They put the Lexapro up from ten to twenty. Melatonin, three, at night.")
    assert ("escitalopram", 20.0) in found and ("melatonin", 10.0) not in found
    assert named_only("I took the ibuprofen from Monday to Friday.") == {("ibuprofen", None): None}


def _numbers(found: dict[tuple[str, float | None], str | None], name: str) -> set[float]:
    """The doses of a drug and the numbers of its changes."""
    out: set[float] = set()
    for (n, dose), change in found.items():
        if n == name:
            out |= {dose} if dose is not None else set()
            out |= {float(x) for x in re.findall(r"\d+(?:\.\d+)?", change or "")}
    return out


@pytest.mark.parametrize(
    ("turns", "name", "both"),
    [
        (("I take twenty milligrams of paroxetine, and she said go up by ten, so thirty.",),
         "paroxetine", {20.0, 30.0}),
        (("I had forty milligrams of the citalopram, now twenty.",), "citalopram", {40.0, 20.0}),
        (("The mirtazapine?", "They had me on fifteen milligrams, so now it's thirty."),
         "mirtazapine", {15.0, 30.0}),
        (("I took six milligrams of the Rozerem for a year.", "Now I'm on eight, since March."),
         "ramelteon", {6.0, 8.0}),
        (("I was on the Effexor XR, one fifty.", "She went to two twenty-five."),
         "venlafaxine", {150.0, 225.0}),
        (("I started at twenty milligrams of Celexa.", "Then she moved me to forty."),
         "citalopram", {20.0, 40.0}),
        (("I was on two milligrams of risperidone and he lowered it to one.",),
         "risperidone", {2.0, 1.0}),
    ],
)  # fmt: skip
def test_a_change_told_across_clauses_keeps_both_doses(
    turns: tuple[str, ...], name: str, both: set[float]
) -> None:
    assert both <= _numbers(changes(*turns), name)


@pytest.mark.parametrize(
    "turns",
    [
        ("I take twenty milligrams of paroxetine, and now I sleep better.",),
        ("I'm on forty milligrams of citalopram. My A1C is now 7.",),
        ("I take fifty milligrams of sertraline, now for a year, and it works.",),
    ],
)
def test_now_without_a_new_dose_changes_nothing(turns: tuple[str, ...]) -> None:
    assert {d for (_, d) in meds(*turns)} <= {20.0, 40.0, 50.0}


def test_a_drug_stopped_takes_its_dose_in_apposition_or_alone_next() -> None:
    assert ("trazodone", 50.0) in meds("I stopped the trazodone, the fifty milligrams.")
    assert ("paroxetine", 100.0) not in meds("I stopped the paroxetine.", "The hundred people.")
    assert ("paroxetine", 100.0) in meds("I stopped the paroxetine in June.", "The hundred.")
    assert ("paroxetine", 30.0) in meds("I came off the paroxetine last year.", "Thirty mg.")


def test_a_title_before_a_name_is_no_drug_misheard() -> None:
    assert not [n for n, _ in meds("So Doctor Amari put me on ten milligrams.") if n]


def test_a_number_alone_after_the_drug_is_its_dose_when_usual_for_it() -> None:
    assert ("sertraline", 100.0) in meds("And the Zoloft?", "Same.", "A hundred.")
    # no usual dose of it (sertraline is 25-200 mg a day): a count or an age, not a dose
    assert ("sertraline", 3000.0) not in meds("And the Zoloft?", "Same.", "Three thousand.")
    assert ("lorazepam", 40.0) not in meds("And the Ativan?", "Forty.")


def test_a_strength_in_apposition_after_the_name() -> None:
    assert ("aripiprazole", 400.0) in meds("You had the Abilify Maintena, the four hundred?")
    assert ("sertraline", 2.0) not in meds("I take the Zoloft, the two of them help.")


def test_a_drug_judged_fine_is_not_history() -> None:
    assert ("hydroxyzine", 25.0) in meds(
        "My doctor said the hydroxyzine was fine, so I take twenty-five milligrams at night."
    )
    # "was" still tells a dose taken before
    assert ("hydroxyzine", 50.0) in changes("The hydroxyzine was fifty milligrams back then.")


def test_put_on_a_dose_after_the_drug_is_named() -> None:
    found = changes("I was on one milligram of the clonazepam.", "He put me on two last week.")
    assert {1.0, 2.0} <= _numbers(found, "clonazepam")
    # "put me on" a drug with no number after it changes no dose
    assert _numbers(changes("She put me on the clonazepam last week."), "clonazepam") == set()


def test_a_bare_dose_answered_after_a_change_or_im_on() -> None:
    assert ("escitalopram", 20.0) in meds("How's the Lexapro?", "She made it twenty last week.")
    assert ("sertraline", 100.0) in meds("And the Zoloft?", "I'm on a hundred now.")
    # not a usual dose of the drug: a count
    assert ("sertraline", 3.0) not in meds("And the Zoloft?", "I'm on 3 now, with the others.")


def test_one_ten_written_as_a_hundred_and_ten_is_put_right_and_said_so() -> None:
    found = extract(segs("I'm on 110 milligrams of escitalopram.")).medications
    assert [(m.dose, m.heard_dose) for m in found] == [(10.0, 110.0)]
    assert found[0].check and "check" in found[0].check
    # inside the drug's usual range, left as heard
    assert ("propranolol", 120.0) in meds("The propranolol is 120 milligrams a day.")


def test_a_drug_stopped_keeps_its_dose_said_with_that_was() -> None:
    # eighth pass: "..., that was 900 milligrams", "..., which was ..."
    assert changes("They stopped my lithium, which was nine hundred milligrams.") == {
        ("lithium", 900.0): "stop"
    }
    assert changes("I stopped the lamotrigine, that was two weeks ago.") == {
        ("lamotrigine", None): "stop"
    }


@pytest.mark.parametrize(
    ("said", "change"),
    [
        (
            "Lamotrigine. He started me on twenty-five, and then last month he raised it to fifty.",
            "increase from 25 to 50",
        ),
        ("Quetiapine. It was a hundred, but now I'm at fifty.", "decrease from 100 to 50"),
    ],
)
def test_a_starting_dose_then_its_change_in_one_sentence(said: str, change: str) -> None:
    # eighth pass: the dose before the change, not only "from X to Y"
    assert change in (changes(said).get((said.split(".")[0].lower(), 50.0)) or "")


def test_a_start_and_a_count_are_no_dose_before() -> None:
    said = "Lamotrigine. I started on it in June, and then they put it up to fifty."
    assert "from" not in (changes(said).get(("lamotrigine", 50.0)) or "")


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        # a drug named at a sentence's end, its dose leading the next before another drug
        (("The doctor has you on citalopram.",
          "20 milligrams in the morning, and the lisinopril, 10, for the blood pressure."),
         {("citalopram", 20.0), ("lisinopril", 10.0)}),
        (("Let me check which ones, the amlodipine.",
          "Five milligrams in the morning, and the bone one, alendronate, seventy, once a week."),
         {("amlodipine", 5.0), ("alendronate", 70.0)}),
    ],
)  # fmt: skip
def test_a_dose_leading_the_next_sentence_before_another_drug_is_the_first(
    turns: tuple[str, ...], expected: set[tuple[str, float | None]]
) -> None:
    assert meds(*turns) == expected


def test_a_dose_said_of_the_next_drug_stays_its_own() -> None:
    # "50 milligrams of fluoxetine": the dose is the drug's after it, not sertraline's
    assert meds("You're on sertraline.", "50 milligrams of fluoxetine too.") == {
        ("sertraline", None),
        ("fluoxetine", 50.0),
    }


@pytest.mark.parametrize(
    ("turns", "drug", "change"),
    [
        # issue 17, fourteenth pass: the dose before, "of the" drug, then who changed it
        (("I was on forty of the fluoxetine, she put it up to sixty in May.",),
         ("fluoxetine", 60.0), "increase from 40 to 60"),
        # the dose before, said with a clause after it
        (("My doctor cut the quetiapine.", "It's fifty now.",
          "It was a hundred, but it made me so groggy."),
         ("quetiapine", 50.0), "decrease from 100 to 50"),
    ],
)  # fmt: skip
def test_the_dose_before_said_another_way(
    turns: tuple[str, ...], drug: tuple[str, float], change: str
) -> None:
    assert change in (changes(*turns).get(drug) or ""), changes(*turns)


def test_a_dose_said_before_another_thing_is_not_the_dose_before() -> None:
    said = "It was a hundred dollars, but the pharmacy had the sertraline at fifty."
    assert "from" not in (changes(said).get(("sertraline", 50.0)) or "")


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        # issue 17, fourteenth pass: a bare dose in the answer, told by how it is taken
        (("And the buspirone?", "Ten, as needed. Mostly on workdays."), {("buspirone", 10.0)}),
        (("And the buspirone?", "Fifteen when I need it, maybe twice a week."),
         {("buspirone", 15.0)}),
        (("Which one is it?", "Escitalopram. Five for two weeks, and ten since Friday."),
         {("escitalopram", 5.0), ("escitalopram", 10.0)}),
        (("What did she suggest?", "She wants me to start quetiapine. Twenty-five to start."),
         {("quetiapine", 25.0)}),
        (("And the doctor's escitalopram.", "Five at first, now ten."),
         {("escitalopram", 5.0), ("escitalopram", 10.0)}),
    ],
)  # fmt: skip
def test_a_bare_dose_told_by_how_it_is_taken(
    turns: tuple[str, ...], expected: set[tuple[str, float | None]]
) -> None:
    assert meds(*turns) == expected


def test_a_time_of_day_is_no_dose() -> None:
    said = "Five milligrams when I get back at eight in the morning."
    assert meds("And the melatonin?", said) == {("melatonin", 5.0)}
    # a count of tablets is not a dose of a drug whose doses are larger
    assert ("quetiapine", 2.0) not in meds("And the quetiapine?", "Two when I need them.")


def test_the_dose_before_since_a_redacted_date() -> None:
    said = ("The doctor raised the sertraline to a hundred.", "I was on fifty since [DATE].")
    assert changes(*said).get(("sertraline", 100.0)) == "increase from 50 to 100"


def test_a_change_implausible_for_the_drug_named_last_is_not_its() -> None:
    # "bumped it up to sixty" after "the folic acid" (0.4-5 mg): another drug's dose, unnamed
    said = ("And the folic acid?", "Five milligrams. And last month he bumped it up to sixty.")
    assert meds(*said) == {("folic acid", 5.0)}
