"""Measures named by what they ask about (issue 17, thirteenth pass), on invented sentences (none
copied from a dialog): "the low mood questionnaire", "the two questions on mood", "the drinking
one"; the instrument the session names outright, else the family's usual screen, a count of
questions choosing within it; the name marked as inferred. And a score asked for by the client
("What did I get?") or an earlier one asked for ("And before?")."""

from __future__ import annotations

import pytest

from localnotes.notes.extract import extract, measure_text
from tests.note_fixtures import measures, segs


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("Your depression questionnaire added up to 13 today.", "PHQ-9"),
        ("The nine questions on your mood came to thirteen.", "PHQ-9"),
        ("The two questions about mood came to three.", "PHQ-2"),
        ("Your worry questionnaire came to thirteen.", "GAD-7"),
        ("The seven questions about worry were thirteen.", "GAD-7"),
        ("Your anxiety seven was thirteen.", "GAD-7"),
        ("The alcohol screen you did was thirteen.", "AUDIT"),
        ("The three drinking questions added up to five.", "AUDIT-C"),
        ("Your PTSD checklist came to forty-one.", "PCL-5"),
        ("The insomnia questionnaire came to seventeen.", "ISI"),
        ("Your gambling questionnaire was eleven.", "PGSI"),
        ("Your postpartum questionnaire came to fourteen.", "EPDS"),
    ],
)
def test_a_measure_named_by_what_it_asks_about(said: str, name: str) -> None:
    found = measures(said)
    assert any(n.startswith(f"{name} (said as “") for n, _ in found), found


def test_the_score_in_the_answer_to_a_description() -> None:
    found = measures("And the worry one you did in the waiting room?", "Eleven.")
    assert ("GAD-7 (said as “worry one”)", 11.0) in found


def test_the_instrument_the_session_names_stands_for_the_description() -> None:
    found = measures(
        "Last month your BDI-II was 31.",
        "Let's see where things are.",
        "The depression questionnaire today came to 24.",
    )
    assert ("BDI-II (said as “depression questionnaire”)", 24.0) in found, found


def test_the_name_is_said_to_be_inferred() -> None:
    got = extract(segs("The mood questionnaire you did came to 15.")).measures
    (m,) = [m for m in got if m.name.startswith("PHQ-9")]
    assert m.name == "PHQ-9 (said as “mood questionnaire”)" and m.said_as == "mood questionnaire"
    assert m.as_dict()["said_as"] == "mood questionnaire"
    assert "inferred" in measure_text(m)


@pytest.mark.parametrize(
    "said",
    [
        "Your mood score out of ten is a four.",  # a self-rating, said with its scale
        "I like how the mood questionnaire is laid out.",  # no score
        "The twenty-one mood questions came to 30.",  # a count no screen of the family has
        "That drinking one time at the wedding cost me 40 dollars.",
        "The sleep questionnaire came to 12.",  # sleep: no one instrument stands for it
        "The distress one came to 17.",
        "The worry list has 12 things on it.",  # a list, no questionnaire
    ],
)
def test_no_instrument_where_the_words_name_none(said: str) -> None:
    found = measures(said)
    assert not [n for n, _ in found if "said as" in n], found


def test_a_description_after_a_name_is_that_name() -> None:
    assert measures("The BAI, the anxiety one, was 22.") == {("BAI", 22.0)}


def test_a_description_takes_only_its_own_score() -> None:
    found = measures("The anxiety questionnaire came to twelve, and the grief one nine.")
    assert {s for n, s in found if n.startswith("GAD-7")} == {12.0}, found


def test_a_score_the_client_asks_for() -> None:
    found = measures(
        "You filled in the alcohol questionnaire too.", "What did I get?", "Seventeen."
    )
    assert ("AUDIT (said as “alcohol questionnaire”)", 17.0) in found, found


def test_an_earlier_score_asked_for() -> None:
    found = measures("Your PCL-5 came to 44.", "What was it before?", "Fifty-two, in the summer.")
    assert ("PCL-5", 44.0) in found and ("PCL-5", 52.0) in found
    got = extract(segs("Your PCL-5 came to 44.", "And what was it before?", "Fifty-two.")).measures
    assert [m.earlier for m in got if m.score == 52.0] == [True]
