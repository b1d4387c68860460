"""Measures of issue 17's fourteenth pass, on invented sentences: the PHQ-9's item 9 said with its
answer, the risk item a clinician reads out on its own, reported as the measure "PHQ-9 item 9"
beside the total, with its evidence (another questionnaire's last question is not it); and a
follow-up that names another feeling ("And the tiredness?", "And the fatigue, same scale?")."""

from __future__ import annotations

from localnotes.notes.extract import extract
from tests.note_fixtures import segs


def measures(*turns: str) -> set[tuple[str, float]]:
    return {(m.name, m.score) for m in extract(segs(*turns)).measures}


def test_the_item_with_what_it_asks() -> None:
    got = measures(
        "On the last question, about thoughts you'd be better off dead, you put a zero.",
        "That's right, none of that.",
    )
    assert ("PHQ-9 item 9", 0.0) in got, got


def test_the_item_after_the_phq_is_named() -> None:
    got = measures(
        "Your PHQ-9 came to eleven today.",
        "Okay.",
        "And you marked a two on the last question.",
    )
    assert {("PHQ-9", 11.0), ("PHQ-9 item 9", 2.0)} <= got, got


def test_the_item_asked_and_answered() -> None:
    got = measures(
        "On the mood questionnaire, what did you put for item nine?",
        "A one. Some days.",
    )
    assert ("PHQ-9 item 9", 1.0) in got, got


def test_another_questionnaires_last_question_is_not_it() -> None:
    got = measures(
        "Your GAD-7 was nine, and on the last question, about dread, you marked a two.",
    )
    assert not [m for m in got if m[0] == "PHQ-9 item 9"], got


def test_no_answer_no_item() -> None:
    got = measures("The last question, about being better off dead, we'll go through together.")
    assert not [m for m in got if m[0] == "PHQ-9 item 9"], got


def test_a_follow_up_naming_another_feeling_rates_it() -> None:
    # fourteenth pass: "same scale" sets up the scale before; a word the rated words do not know
    # names another rating, not the one before again; an occasion or a person does not
    got = measures("The pain, zero to ten?", "Four.", "And the fatigue, same scale?", "Eight.")
    assert ("fatigue rating", 8.0) in got, got
    got = measures("How bad is the pain, zero to ten?", "Four.", "And the tiredness?", "Seven.")
    assert ("tiredness rating", 7.0) in got and ("pain rating", 7.0) not in got, got
    got = measures("How bad is the pain, zero to ten?", "Four.", "And at night?", "Seven.")
    assert ("pain rating", 7.0) in got, got
    got = measures("How tense are you, zero to ten? Ana first.", "A five.", "And Bruno?", "Six.")
    assert ("tense rating", 6.0) in got or ("tension rating", 6.0) in got, got


def test_an_earlier_score_after_from_and_when() -> None:
    got = measures("The PCL-5 is thirty now, from forty-one when you started.")
    assert {("PCL-5", 30.0), ("PCL-5", 41.0)} <= got, got


def test_two_people_on_one_questionnaire() -> None:
    got = measures("On the Couples Satisfaction Scale, Dana scored twenty-two and Lee nineteen.")
    assert {22.0, 19.0} <= {v for _, v in got}, got


def test_a_scales_range_is_no_score() -> None:
    assert measures("The GAD-7 goes from zero to twenty-one, and yours was nine.") == {
        ("GAD-7", 9.0)
    }


def test_item_nine_is_also_a_risk_statement() -> None:
    from localnotes.notes.extract import extract

    def risk(*turns: str) -> set[tuple[str, str]]:
        return {(r.kind, r.status) for r in extract(segs(*turns)).risk}

    said = "Your PHQ-9 was fourteen, and on the last question you marked a {}."
    assert ("suicidal_ideation", "endorsed") in risk(said.format("one"), "Yes.")
    assert ("suicidal_ideation", "denied") in risk(said.format("zero"), "Right.")


def test_an_earlier_score_in_a_redacted_month() -> None:
    # the draft reads the redacted transcript: "In [DATE] it was 16" is an earlier score too
    got = measures("Her PHQ-9 today was 12.", "Back in [DATE] it was 16, so it came down.")
    assert {("PHQ-9", 12.0), ("PHQ-9", 16.0)} <= got, got
