"""Measure rules of issue 17's thirty-ninth pass, from the au-set's misses and the leftovers of
the passes before, on invented sentences: forms scored in parts, each part on its documented
scale (Raine's Reactive-Proactive Aggression Questionnaire, which is no Buss-Perry; the Mini-MAC;
the CBCL's broad scales; the YGTSS's impairment, motor and phonic parts), a part's score said
after a clause telling what the part asks ("the impairment part, how much they get in the way,
was twenty")."""

from __future__ import annotations

import pytest

from tests.note_fixtures import has_measure, measures


@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        (("You filled in the RPQ. The proactive score came to nine.",), "RPQ proactive", 9.0),
        (("On the reactive-proactive aggression questionnaire, reactive was eighteen.",),
         "RPQ reactive", 18.0),
        (("On the Mini-MAC your fighting spirit part was thirteen.",),
         "Mini-MAC fighting spirit", 13.0),
        (("The mental adjustment to cancer scale came back.",
          "Helplessness and hopelessness, nineteen."),
         "Mini-MAC helpless-hopeless", 19.0),
        (("Her teacher did the CBCL. The internalizing score was seventy-one.",),
         "CBCL internalizing", 71.0),
        (("We went through the YGTSS together.", "Motor tics fourteen, vocal tics nine."),
         "YGTSS motor tic", 14.0),
        (("We went through the YGTSS together.", "Motor tics fourteen, vocal tics nine."),
         "YGTSS phonic tic", 9.0),
        (("I scored the YGTSS with you.",
          "The impairment part, how much the tics get in the way, was thirty."),
         "YGTSS impairment", 30.0),
    ],
)  # fmt: skip
def test_forms_scored_in_parts(turns: tuple[str, ...], name: str, score: float) -> None:
    found = measures(*turns)
    assert has_measure(found, name, score), found


def test_the_reactive_proactive_questionnaire_is_no_buss_perry() -> None:
    found = measures("The reactive-proactive aggression questionnaire, reactive was twelve.")
    assert not any(n.startswith("BPAQ") for n, _ in found), found
    # the Buss-Perry is still known by its own words
    assert has_measure(measures("Your aggression questionnaire came to eighty."), "BPAQ", 80.0)


def test_a_part_out_of_its_range_is_no_score() -> None:
    found = measures("On the Mini-MAC the fatalism part was forty.")
    assert not any("fatalism" in n for n, _ in found), found
