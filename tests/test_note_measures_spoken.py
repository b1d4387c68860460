"""Measures as speech recognition writes them, and scales said after the question (issue 17).

The forms come from the spoken note benchmark (benchmarks/note_eval.py): tiny.en writes PHQ-9 as
"pH Q9" or "pH do nine", GAD-7 as "GVAD7", Y-BOCS as "Y-Box", SUDS as "studs", and a clinician
often says the scale as a sentence of its own after the question ("How has your mood been?"
"Zero to ten." "I'd give it a six.").
"""

from __future__ import annotations

import pytest

from localnotes.notes.extract import extract
from localnotes.redact import get_redactor
from tests.note_fixtures import measures, segs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Good to see you again, your pH Q9 this morning was 17.", ("PHQ-9", 17.0)),
        ("Your pH do nine came back at 18 today.", ("PHQ-9", 18.0)),
        ("Your P H Q nine came in at twelve.", ("PHQ-9", 12.0)),
        ("She scored fourteen on the GAD seven.", ("GAD-7", 14.0)),
        ("Your GVAD7 today is 12.", ("GAD-7", 12.0)),
        ("Your Y-Box was 24 this week, a little lower than before.", ("Y-BOCS", 24.0)),
        ("Okay, my studs is already at 70 just thinking about it.", ("SUDS", 70.0)),
        ("Your jury-abric depression scale today was nine.", ("GDS", 9.0)),
    ],
)
def test_spoken_and_misheard_measure_names(text: str, expected: tuple[str, float]) -> None:
    assert measures(text) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "The pH of 9 is what the pool test said.",
        "I'm glad seven people came to the party.",
        "The studs on the jacket cost 40 dollars.",
    ],
)
def test_look_alikes_are_not_measures(text: str) -> None:
    assert measures(text) == set()


def test_a_scale_said_after_the_question() -> None:
    assert measures(
        "How has your mood been?", "Zero to ten.", "Pretty steady, I'd give it a six."
    ) == {("mood rating", 6.0)}
    assert measures("How bad is the pain today?", "Zero to 10.", "Today it's an eight.") == {
        ("pain rating", 8.0)
    }


def test_distress_on_a_hundred_is_suds_and_on_ten_a_distress_rating() -> None:
    assert measures(
        "When you bring up the image now, how distressing is it?", "0 to 100.", "About 60."
    ) == {("SUDS (distress rating)", 60.0)}  # a label "SUDS" or "distress rating" finds it
    assert measures("How upsetting are they from zero to ten?", "Maybe a five.") == {
        ("distress rating", 5.0)
    }


def test_a_scale_sentence_with_no_question_before_it_rates_nothing() -> None:
    assert measures("We talked about the kids.", "Zero to ten.", "I counted six.") == set()


def test_measures_survive_redaction_into_the_draft() -> None:
    # the draft is built from the redacted transcript: the measure must not be redacted away
    red = get_redactor().redact(
        segs(
            "Your Y-Box was 24 this week, a little lower than before.",
            "How anxious do you get, on a scale from Zero to Ten?",
            "Nine.",
        )
    )
    assert {(m.name, m.score) for m in extract(list(red.segments)).measures} == {
        ("Y-BOCS", 24.0),
        ("anxiety rating", 9.0),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the depression one" as Whisper writes it: the pronoun, never a score of 1
        ("The anxiety questionnaire, the GAD 7 was 16, and the depression 1, the PHQ 9, was 18.",
         {("GAD-7", 16.0), ("PHQ-9", 18.0)}),
        ("And the PHQ-9, the Depression-1 was 14.", {("PHQ-9", 14.0)}),
        ("Your QIDS was 15 today, and the Altman, the Mania 1, was 4.",
         {("QIDS", 15.0), ("Altman Self-Rating Mania Scale (ASRM)", 4.0)}),
        # a score of one is still one
        ("Your PHQ-9 was 1 this week.", {("PHQ-9", 1.0)}),
        ("The PHQ-9 came to 1, which is minimal.", {("PHQ-9", 1.0)}),
    ],
)  # fmt: skip
def test_one_written_as_a_digit_after_the_word_it_stands_for_is_no_score(
    text: str, expected: set[tuple[str, float]]
) -> None:
    assert measures(text) == expected
