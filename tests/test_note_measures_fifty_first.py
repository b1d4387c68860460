"""Measures of issue 17's fifty-first pass, on invented sentences: the McMaster Family Assessment
Device (its general functioning mean, "FAD" only in capitals, "a fad" being everyday) and the Brief
Job Stress Questionnaire; a score asked for after the name ("What did it show?", "What did you
get?"); a total said of the answers ("Your answers add up to nine."), or of a part set off after
"score" ("Your score, the anxiety part, was twelve."); where the client stood on it ("You were on
thirty-one."); a score told as one's own before the measure is named in a question ("I scored
fourteen." "That's the GAD-7?"); and a cut-off told with what is over it ("ten and above") never
a score."""

from __future__ import annotations

import pytest

from tests.note_fixtures import has_measure as _has
from tests.note_fixtures import measures


@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        (("Your Family Assessment Device came to two point one.",), "FAD", 2.1),
        (("The FAD general functioning was two point eight last time.",), "FAD", 2.8),
        (("You both did the McMaster Family Assessment Device. It came to 1.9.",), "FAD", 1.9),
        (("Your Brief Job Stress Questionnaire came to ninety-one.",), "BJSQ", 91.0),
        (("The BJSQ from work was eighty.",), "BJSQ", 80.0),
    ],
)  # fmt: skip
def test_measures_added_are_read_with_their_scores(
    turns: tuple[str, ...], name: str, score: float
) -> None:
    found = measures(*turns)
    assert _has(found, name, score), found


@pytest.mark.parametrize(
    "said",
    [
        "That diet was just a fad, and it came to nothing after two weeks.",
        "Cold showers are the latest fad at work, four of us do it.",
    ],
)
def test_a_fad_is_no_measure(said: str) -> None:
    assert not any(name.startswith("FAD") for name, _ in measures(said))


@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        (("You did a GAD-7 at the GP in May. What did it show?", "Fourteen."), "GAD-7", 14.0),
        (("The school nurse gave you the PHQ-9. What did you get?", "Nineteen, I think."),
         "PHQ-9", 19.0),
        (("You filled in the AUDIT online. What did it say?", "Twenty-two."), "AUDIT", 22.0),
    ],
)  # fmt: skip
def test_a_score_asked_for_after_the_name_is_read(
    turns: tuple[str, ...], name: str, score: float
) -> None:
    found = measures(*turns)
    assert _has(found, name, score), found


@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        (("Let's go through the GAD-7 together.", "Alright.", "Your answers add up to nine."),
         "GAD-7", 9.0),
        (("I'll ask you the PHQ-9 questions now.", "Okay.", "Those add up to sixteen."),
         "PHQ-9", 16.0),
        (("You did the DASS-21 last week.",
          "Your score, the anxiety part, was twelve."), "DASS-21", 12.0),
        (("We did the AUDIT in March.", "You were on thirty-one."), "AUDIT", 31.0),
        (("We did the PCL-5 on admission.", "Yeah.", "You're on forty-four now."), "PCL-5", 44.0),
    ],
)  # fmt: skip
def test_a_score_said_a_sentence_or_two_after_the_name_is_read(
    turns: tuple[str, ...], name: str, score: float
) -> None:
    found = measures(*turns)
    assert _has(found, name, score), found


@pytest.mark.parametrize(
    "turns",
    [
        # a count, a dose or a cut-off said after the name, never its score
        ("We did the AUDIT in March.", "You were on two bottles a day back then."),
        ("We did the PHQ-9 last week.", "You were on twenty milligrams of citalopram then."),
        ("You did the GAD-7 at intake.", "Ten and above is where we start to worry."),
        ("The PHQ-9 is nine questions.", "Your answers add up to a picture of the fortnight."),
    ],
)
def test_numbers_after_the_name_that_are_no_score(turns: tuple[str, ...]) -> None:
    found = measures(*turns)
    assert not any(n.startswith(("AUDIT", "PHQ-9", "GAD-7")) for n, _ in found), found


def test_a_cut_off_with_what_is_over_it_is_no_score() -> None:
    found = measures("Your GAD-7 came to twelve. Ten or more is moderate.")
    assert _has(found, "GAD-7", 12.0), found
    assert not _has(found, "GAD-7", 10.0), found
    found = measures("The BJSQ line is seventy-seven and above. Yours was eighty-two.")
    assert not _has(found, "BJSQ", 77.0), found


@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        (("The GP gave me a form. I scored fourteen.", "That's the GAD-7?"), "GAD-7", 14.0),
        (("My total was nineteen.", "On the PHQ-9?"), "PHQ-9", 19.0),
        (("The results came from work. My score, um, ninety.", "That's the BJSQ?"), "BJSQ", 90.0),
    ],
)  # fmt: skip
def test_a_score_told_before_the_measure_is_named_in_a_question(
    turns: tuple[str, ...], name: str, score: float
) -> None:
    found = measures(*turns)
    assert _has(found, name, score), found


@pytest.mark.parametrize(
    "turns",
    [
        ("My score was three hundred at bowling.", "Did you do the PHQ-9 this week?"),
        ("I got two hours of sleep.", "Did you fill in the PHQ-9?"),
        ("My score was nine.", "Is that the PHQ-9 or the GAD-7?"),  # which, not said
        ("My score was nine.", "Right.", "Okay.", "Did you do the PHQ-9?"),  # too far before
    ],
)
def test_a_number_before_a_question_naming_a_measure_that_is_no_score_of_it(
    turns: tuple[str, ...],
) -> None:
    assert not measures(*turns), measures(*turns)
