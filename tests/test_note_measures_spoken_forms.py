"""Measures and ratings as speech recognition writes them (issue 17, tenth pass), on invented
sentences: the PHQ-9 heard as "pH cue" or "ph-2-9", the Yale tic scale as "tick", the MoCA as "the
Montreal test"; "the possible 50" (its "of a" lost) is a maximum, "Roman two" the name's numeral
and "your GP did one" a pronoun, none a score; "yes to six out of ten" counts items; a rating
prompt split into the question and "Zero to ten." is named by the question."""

from __future__ import annotations

import pytest

from tests.note_fixtures import measures


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (("Your pH cue came out at 11 today.",), ("PHQ-9", 11.0)),
        (("Your ph-2-9 came out at 14.",), ("PHQ-9", 14.0)),
        (("And your HQ 9 this week was 13.",), ("PHQ-9", 13.0)),  # the "P" lost (thirteenth pass)
        # fourteenth pass: "pH Q" with its nine lost, the GAD-7 heard "GED-87", a form's score
        # told as what it said
        (("The pH Q form you did today was 12.",), ("PHQ-9", 12.0)),
        (("Your GED-87 this week was 11.",), ("GAD-7", 11.0)),
        (("I did the perceived stress scale online.", "It said 19."), ("PSS", 19.0)),
        (("The Yale tick scale today is 20, the possible 50.",), ("YGTSS", 20.0)),
        (("We'll do the Montreal test again.", "You scored 25 out of 30."), ("MoCA", 25.0)),
        (
            ("How safe do you feel at work right now?", "Zero to ten.", "A four."),
            ("safety rating", 4.0),
        ),
    ],
)
def test_spoken_forms(turns: tuple[str, ...], expected: tuple[str, float]) -> None:
    assert expected in measures(*turns)


@pytest.mark.parametrize(
    ("turns", "not_expected"),
    [
        (("The PHQ-9 today is 16. Your GP did one in the summer.",), ("PHQ-9", 1.0)),
        (("The Yale tick scale today is 20, the possible 50.",), ("YGTSS", 50.0)),
        (("You filled in the BDI, Roman two.", "It came to 19."), ("BDI-II", 2.0)),
        (("The HQ 25 you filled in came to 58.",), ("PHQ-9", 58.0)),  # the Hikikomori one
        (
            ("How strong are the cravings?", "You answered yes to 6 out of 10."),
            ("cravings rating", 6.0),
        ),
    ],
)
def test_spoken_forms_that_are_no_score(
    turns: tuple[str, ...], not_expected: tuple[str, float]
) -> None:
    assert not_expected not in measures(*turns)
