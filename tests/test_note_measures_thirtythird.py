"""Measures of issue 17's thirty-third pass, from the al-set's misses, on invented sentences:
instruments by their documented names and ranges (the Perinatal Obsessive-Compulsive Scale, the
Clinical Frailty Scale, the Level of Service Inventory-Revised, the Hypomania Checklist, the
Barkley Adult ADHD Rating Scale, "the Barkley", the Edmonton Symptom Assessment System, "the
Cornell"); "the TOP" and "the CIA" with who gave the score or the score after them; a name
described after it in the words of its own title ("the Cornell ..., the depression scale for
memory problems") is one measure, not a second; a form's parts said by the names it gives them
("On the TOP, you gave your psychological health eleven", "the ESAS, you rated pain a five and
tiredness a nine") are its parts, not totals."""

from __future__ import annotations

import pytest

from tests.note_fixtures import has_measure as _has
from tests.note_fixtures import measures


@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        (("The perinatal obsessive one, the POCS, came to nineteen.", "Okay."), "POCS (Perinatal",
         19.0),
        (("Your Perinatal Obsessive-Compulsive Scale was twenty-four.", "Okay."), "POCS", 24.0),
        (("I'd put her at six on the Clinical Frailty Scale.", "Okay."), "CFS (Clinical Frailty",
         6.0),
        (("The Level of Service Inventory was twenty-one.", "Right."), "LSI-R", 21.0),
        (("The HCL-32 was fourteen.", "Okay."), "HCL-32", 14.0),
        (("The hypomania checklist came to twenty-two.", "Okay."), "HCL-32", 22.0),
        (("You did the Barkley again, thirty-eight.", "Okay."), "BAARS-IV", 38.0),
        (("The Barkley adult ADHD scale came out at sixty.", "Okay."), "BAARS-IV", 60.0),
        (("The Edmonton symptom assessment total was forty-one.", "Okay."), "ESAS", 41.0),
        (("The Cornell came to eleven.", "Okay."), "CSDD (Cornell", 11.0),
        (("On the TOP, you gave your quality of life twelve.", "Okay."), "TOP quality of life",
         12.0),
        (("The eating one, the CIA, twenty-seven.", "Okay."), "CIA (Clinical Impairment", 27.0),
        (("We went through the Cornell with her carer, the depression scale for memory problems."
          " It came to sixteen.", "Okay."), "CSDD (Cornell", 16.0),
    ],
)  # fmt: skip
def test_an_instrument_by_its_documented_name_and_range(
    turns: tuple[str, ...], name: str, score: float
) -> None:
    found = measures(*turns)
    assert _has(found, name, score), found


@pytest.mark.parametrize(
    ("turns", "name"),
    [
        # a score out of the documented range is none: the POCS's severity runs 0-40, the
        # frailty scale 1-9, the LSI-R 0-54, the HCL-32 0-32
        (("The POCS came to fifty-five.", "Okay."), "POCS"),
        (("The Clinical Frailty Scale, twelve.", "Okay."), "CFS"),
        (("The LSI-R came out at sixty.", "Okay."), "LSI-R"),
        (("The HCL-32 was forty.", "Okay."), "HCL-32"),
        # Cornell the university, Barkley's other scales, the agency and the top of a list
        (("She went to the Cornell campus for fourteen months.", "Okay."), "CSDD"),
        (("The Barkley deficits scale was ninety.", "Okay."), "BAARS-IV"),
        (("My brother joined the CIA, twenty years ago.", "Okay."), "CIA"),
        (("It was at the TOP of my list, eight things.", "Okay."), "TOP"),
    ],
)  # fmt: skip
def test_near_misses_are_not_charted(turns: tuple[str, ...], name: str) -> None:
    found = measures(*turns)
    assert not any(n.startswith(name) for n, _ in found), found


def test_a_description_in_words_of_another_title_stays_its_own() -> None:
    found = measures("You did the PHQ-9 in the waiting room, the anxiety questionnaire too.",
                     "The anxiety questionnaire came to twelve.")  # fmt: skip
    assert not any(n.startswith("PHQ-9") and s == 12.0 for n, s in found), found


@pytest.mark.parametrize(
    ("turns", "parts"),
    [
        (("And on the TOP, you gave your psychological health ten out of twenty, and your"
          " physical health seven.", "Okay."),
         {("TOP psychological health subscale", 10.0), ("TOP physical health subscale", 7.0)}),
        (("On the symptom form, the ESAS, you rated pain a six and tiredness an eight.", "Yes."),
         {("ESAS pain subscale", 6.0), ("ESAS tiredness subscale", 8.0)}),
        (("The ESAS total was thirty-one. Your nausea was four.", "Okay."),
         {("ESAS (Edmonton Symptom Assessment System)", 31.0), ("ESAS nausea subscale", 4.0)}),
    ],
)  # fmt: skip
def test_a_forms_parts_by_their_names(
    turns: tuple[str, ...], parts: set[tuple[str, float]]
) -> None:
    found = measures(*turns)
    assert found == parts, found


@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        # spelled out letter by letter, as speech recognition writes an acronym, and misheard by
        # a letter: the OCI-R
        (("The L-C-I-R was 36.", "Okay."), "OCI-R", 36.0),
        # the W-DEQ and the SMAST-G, by their names and as speech recognition hears them
        (("The birth fair questionnaire, the WU deck, came to 88.", "Okay."), "W-DEQ", 88.0),
        (("And the drinking one, the smash G came to six.", "Okay."), "SMAST-G", 6.0),
        (("The Short Michigan Alcoholism Screening Test was four.", "Okay."), "SMAST-G", 4.0),
        # "the pass" with who scored it
        (("On the anxiety form, the pass, you scored 41.", "Okay."), "PASS (Perinatal", 41.0),
    ],
)  # fmt: skip
def test_a_name_as_speech_recognition_writes_it(
    turns: tuple[str, ...], name: str, score: float
) -> None:
    found = measures(*turns)
    assert _has(found, name, score), found


@pytest.mark.parametrize(
    ("turns", "name"),
    [
        # letters spelled out that are no known measure misheard, and one with a letter of its
        # own before the hyphen: the G-SAS is no K-SAS
        (("The A-D-H-D was bad, twenty years of it.", "Okay."), "A-D-H-D"),
        (("The G-SAS came to thirty-three.", "Okay."), "K-SAS"),
        # a bus pass and a smash
        (("I lost the pass, so I walked the six miles.", "Okay."), "PASS"),
        (("It was a smash, twenty people came.", "Okay."), "SMAST-G"),
    ],
)  # fmt: skip
def test_near_misses_as_heard_are_not_charted(turns: tuple[str, ...], name: str) -> None:
    found = measures(*turns)
    assert not any(n.startswith(name) for n, _ in found), found


def test_a_rating_taken_back_after_but_no() -> None:
    found = measures("If you put the anxiety itself out of ten this week?",
                     "Seven on a good day it's like a five but, no, seven.")  # fmt: skip
    assert found == {("anxiety rating", 7.0)}, found


@pytest.mark.parametrize(
    ("turns", "score"),
    [
        (("Out of ten, how much sadness these days?", "Seven. At night it's more."), 7.0),
        (("And the sadness, zero to ten?", "About a four."), 4.0),
    ],
)
def test_sadness_rated_as_the_clinician_names_it(turns: tuple[str, ...], score: float) -> None:
    found = measures(*turns)
    assert ("sadness rating", score) in found, found


def test_a_carers_strain_named_before_the_prompt() -> None:
    found = measures("And Mary, the strain on you. How much is all this taking out of you, out"
                     " of ten?", "Seven. I'm working as well.")  # fmt: skip
    assert found == {("strain rating", 7.0)}, found


def test_a_scale_told_by_its_top_as_the_best_of_the_thing() -> None:
    found = measures("And the sleep, if ten is great sleep?", "Four. I wake at three.")
    assert found == {("sleep rating", 4.0)}, found


@pytest.mark.parametrize(
    "turns",
    [
        # asked about with a tag after "last time", the earlier score answered alone
        ("Now, the worry form you did, the GAD-7. Eleven today.",
         "Eleven? It was more last time, no?", "Fourteen. So it's come down some."),
        # said after short replies ("A bit." "It is." not counted), "when we first met"
        ("The GAD-7 came to eleven.", "Is that better? It feels better. A bit.",
         "It is. It was fourteen when we first met."),
    ],
)  # fmt: skip
def test_an_earlier_score(turns: tuple[str, ...]) -> None:
    found = measures(*turns)
    assert {("GAD-7", 11.0), ("GAD-7", 14.0)} <= found, found


def test_a_dose_changed_after_a_drug_named_is_no_earlier_score() -> None:
    found = measures("You did the K-MPAI. It came to a hundred and forty-two.", "Right.",
                     "And the medication?", "Propranolol. The GP put it up from twenty to forty"
                     " on concert days.")  # fmt: skip
    assert not any(s in (20.0, 40.0) for _, s in found), found


def test_a_second_persons_score_with_its_verb_left_out() -> None:
    found = measures(
        "The relationship questionnaire you both did, the Dyadic Adjustment Scale.",
        "Marc, yours came to ninety-one, Julie, yours to eighty-four.",
    )
    das = "DAS (Dyadic Adjustment Scale)"
    assert {(das, 91.0), (das, 84.0)} <= found, found


def test_the_crafft_read_aloud_item_by_item() -> None:
    found = measures(
        "I'd like to go through the CRAFFT out loud today. Just yes or no.", "Okay.",
        "Have you ever ridden in a car driven by someone who was high or had been using?", "No.",
        "Do you ever use to relax, to feel better about yourself, or to fit in?", "Yeah.",
        "Do you ever use while you're by yourself, alone?", "No.",
        "Do you ever forget things you did while using?", "Yes. Sometimes.",
        "Do your family or friends ever tell you to cut down?", "Obviously.",
        "Have you gotten into trouble while using?", "No.",
        "So that's three out of six, the CRAFFT is three.", "Okay.",
    )  # fmt: skip
    items = {(n, s) for n, s in found if n.startswith("CRAFFT item")}
    scores = {n: s for n, s in items}
    assert scores == {f"CRAFFT item {i}": float(v) for i, v in enumerate((0, 1, 0, 1, 1, 0), 1)}, (
        found
    )
    assert ("CRAFFT", 3.0) in found, found


def test_the_three_item_loneliness_scale_read_aloud() -> None:
    found = measures(
        "Three short questions. Hardly ever is one, some of the time is two, often is three."
        " How often do you feel you lack companionship?", "Some of the time.",
        "How often do you feel left out?", "Hardly ever.",
        "How often do you feel isolated from others?", "Often, since she died.",
        "That's six out of nine on the UCLA Loneliness Scale.", "Okay.",
    )  # fmt: skip
    items = {(n, s) for n, s in found if n.startswith("UCLA item")}
    assert items == {("UCLA item 1", 2.0), ("UCLA item 2", 1.0), ("UCLA item 3", 3.0)}, found


def test_items_that_do_not_add_up_to_the_total_are_not_charted() -> None:
    found = measures(
        "How often do you feel you lack companionship?", "Often.",
        "How often do you feel left out?", "Often.",
        "How often do you feel isolated from others?", "Often.",
        "That's five on the UCLA Loneliness Scale.", "Okay.",
    )  # fmt: skip
    assert not any(n.startswith("UCLA item") for n, _ in found), found


@pytest.mark.parametrize(
    ("turns", "score"),
    [
        (("The worry questionnaire, the Geriatric Anxiety Inventory, was twelve.", "Okay."),
         12.0),
        (("Your GAI came to nine today.", "Okay."), 9.0),
    ],
)  # fmt: skip
def test_the_geriatric_anxiety_inventory(turns: tuple[str, ...], score: float) -> None:
    found = measures(*turns)
    assert _has(found, "GAI (Geriatric Anxiety Inventory)", score), found


def test_the_geriatric_anxiety_inventory_runs_to_twenty() -> None:
    # "fourteen" heard as "40": off its 20 items, no score of it
    found = measures("The worry questionnaire you did, the geriatric anxiety inventory, the guy"
                     " was 40.", "Okay.")  # fmt: skip
    assert not any(s == 40.0 for _, s in found), found
