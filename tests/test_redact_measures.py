"""Standardized measures, rating scales and their spoken forms are never redacted (issue 17).

The note draft reads measure names and scores from the redacted transcript: "Y-[PERSON] was 24"
or "a scale from [LOCATION] to ten" lose the measure. Names next to them are still redacted.
"""

from __future__ import annotations

import pytest

from localnotes.redact import Redactor, get_redactor
from localnotes.types import Segment

KEPT = [
    "On a scale from Zero to Ten, where are you?",
    "Zero to ten, how bad is it?",
    "Your Y-Box was 24 this week, a little lower than before.",
    "Your Y-BOCS was 24.",
    "The Yale-Brown came in at 27.",
    "Your PHQ-9 was 14.",
    "Your P H Q nine came in at twelve.",
    "Your pH Q9 went up to 14.",
    "Your GAD-7 is eleven.",
    "Your G A D seven is eleven.",
    "Your PCL5 came in at 41.",
    "Your AUDIT score was 18.",
    "The C-SSRS screen was negative.",
    "The GDS today was nine.",
    "Your SUDS was 60.",
    "Your K10 was 20.",
    "Your Tampa Scale of Kinesiophobia was forty-four.",
    "The Edinburgh Postnatal Depression Scale came to twelve.",
    "Your Beck Depression Inventory was 21.",
    "On the Columbia Suicide Severity Rating Scale she said no.",
    "The Spence Children's Anxiety Scale was 38.",
    "Your EHP-5 came to fourteen.",
    "Your Edinburgh score today was fourteen.",
    "On the Columbia screen you answered no to all six.",
    "Before we start, I scored the Edinburgh. You marked sometimes on item ten.",
    "Your Edinburgh, the one from the waiting room, came to seventeen.",
]


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return get_redactor()


@pytest.mark.parametrize("text", KEPT)
def test_measure_names_and_scales_are_kept(redactor: Redactor, text: str) -> None:
    out = redactor.redact([Segment(0.0, 5.0, text)])
    assert out.segments[0].text == text


def test_a_name_beside_a_measure_is_still_redacted(redactor: Redactor) -> None:
    text = "Good to see you again, Marcus, your pH Q9 this morning was 17."
    got = redactor.redact([Segment(0.0, 5.0, text)]).segments[0].text
    assert "Marcus" not in got
    assert "your pH Q9 this morning was 17." in got


def test_a_surname_that_is_part_of_a_measure_is_still_redacted_alone(
    redactor: Redactor,
) -> None:
    got = redactor.redact([Segment(0.0, 5.0, "Mr. Box came by yesterday.")]).segments[0].text
    assert "Box" not in got


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I grew up in Edinburgh before we moved.", "Edinburgh"),
        ("My sister lives in Edinburgh.", "Edinburgh"),
        ("My therapist before was Dr. Aaron Beck.", "Beck"),
        ("She studied at Columbia for two years.", "Columbia"),
        ("We moved to Tampa in June.", "Tampa"),
    ],
)
def test_a_place_or_name_in_a_measures_name_is_redacted_alone(
    redactor: Redactor, text: str, name: str
) -> None:
    # "Edinburgh" is clinical only inside "Edinburgh Postnatal Depression Scale": alone it says
    # where someone grew up
    got = redactor.redact([Segment(0.0, 5.0, text)]).segments[0].text
    assert name not in got


@pytest.mark.parametrize(
    "text",
    [
        # issue 17, fourteenth pass: an instrument the lexicon does not list, its name in Title
        # Case up to its word, is kept whole (the draft reads it from the redacted transcript)
        "On the Copenhagen Burnout Inventory you scored 70.",
        "Your Leeds Dependence Questionnaire was 19.",
        "The Whiteley Index came to 11.",
        "The Tinnitus Handicap Inventory was 68 today.",
    ],
)
def test_an_instruments_title_is_kept(redactor: Redactor, text: str) -> None:
    assert redactor.redact([Segment(0.0, 5.0, text)]).segments[0].text == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("John Smith Questionnaire results are on the desk.", "Smith"),
        ("Maria Scale came by the clinic.", "Maria"),
        ("I saw Dr. Okafor at Leeds General Infirmary.", "Leeds"),
        # a business is no instrument, and a form named but not scored keeps no name
        ("I work at Harbor Freight Tools in Tacoma.", "Harbor"),
        ("I got the job at Acme Inventory Solutions.", "Acme"),
        ("We filled in the Riverside Wellbeing Scale at school.", "Riverside"),
    ],
)
def test_a_name_before_an_instruments_word_is_still_redacted(
    redactor: Redactor, text: str, name: str
) -> None:
    # every word a person's name ("John Smith"), or one word with no "the" before it
    assert name not in redactor.redact([Segment(0.0, 5.0, text)]).segments[0].text
