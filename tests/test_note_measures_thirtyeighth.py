"""Measures of issue 17's thirty-eighth pass, from the at-set's misses, on invented sentences:
a score worked out aloud ("I make it twenty-six") by the client or the clinician, with the earlier
score read back after it; a count of questions said with a hyphenated word ("the fifteen
yes-or-no questions") no score; the GDS named with its length ("GDS-15") not scored fifteen; and
instruments in wide use the lexicon lacked (the Sleep Condition Indicator, the Abbreviated Mental
Test Score, the Lubben Social Network Scale-6, the Postpartum Bonding Questionnaire, the
Fear-Avoidance Beliefs Questionnaire)."""

from __future__ import annotations

import pytest

from tests.note_fixtures import has_measure, measures


def test_a_score_worked_out_aloud_by_the_client() -> None:
    found = measures(
        "The K10 came in the post.",
        "I added it up myself last night, I make it thirty-one.",
        "Thirty-one. In the spring it was twenty-four, so it's gone up.",
    )
    assert has_measure(found, "K10", 31.0), found
    assert has_measure(found, "K10", 24.0), found


def test_todays_score_worked_out_by_the_clinician_after_the_earlier_one() -> None:
    found = measures("Last time we did the HAM-D together it was twenty. Today I make it fifteen.")
    assert has_measure(found, "HAM-D", 15.0), found


def test_a_count_of_hyphenated_questions_is_no_score() -> None:
    found = measures("Then the fifteen yes-or-no questions about mood, the GDS. You scored eleven.")
    assert found == {("GDS", 11.0)}, found


def test_the_gds_named_with_its_length_is_not_scored_so() -> None:
    found = measures("On the GDS-15 you scored nine.")
    assert found == {("GDS", 9.0)}, found


@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        (("The other form, the sleep one, the SCI-8, came to eleven.",), "SCI-8", 11.0),
        (("That's the AMTS, and you got seven out of ten.",), "AMTS", 7.0),
        (("The questionnaire about friends, the Lubben, came to twelve.",), "LSNS-6", 12.0),
        (("The bonding questionnaire was twenty-two.",), "PBQ", 22.0),
        (("And the fear-avoidance one, the work part, was twenty-nine.",), "FABQ", 29.0),
    ],
)  # fmt: skip
def test_instruments_the_lexicon_lacked(turns: tuple[str, ...], name: str, score: float) -> None:
    found = measures(*turns)
    assert has_measure(found, name, score), found


# -- the second helper of the pass (meas38b) --


@pytest.mark.parametrize(
    ("text", "name", "score"),
    [
        ("And the resilience one, the twenty-five questions, came to 61.", "CD-RISC (", 61.0),
        ("And the resilience one, the ten questions, was twenty-three.", "CD-RISC-10", 23.0),
        ("Your mood one, the nine questions, was fourteen.", "PHQ-9", 14.0),
        ("Your CD-RISC-10 was twenty-two.", "CD-RISC-10", 22.0),
        ("The ten-item Connor-Davidson came to 31.", "CD-RISC-10", 31.0),
    ],
)  # fmt: skip
def test_the_count_of_questions_said_after_a_description_says_which_form(
    text: str, name: str, score: float
) -> None:
    found = measures(text)
    assert any(n.startswith(name) and s == score for n, s in found), found
