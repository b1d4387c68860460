"""Measures of issue 17's thirty-second pass, from the ak-set's misses, on invented sentences:
instruments by their documented names and ranges (the Green Paranoid Thoughts Scale, the
Simpson-Angus, the Bristol Activities of Daily Living Scale, the Barratt, the CCAPS, the
Agoraphobic Cognitions Questionnaire and the Mobility Inventory (means of items), the Zung
depression scale, the Loss of Control over Eating Scale (a mean), the revised Fibromyalgia Impact
Questionnaire); an instrument called by its eponym or its subject and "one" ("the Tampa one",
"the Weiss one", "the Glasgow one", "the fibro one", "the menopause one", "the loss of control
one"), or by its name and then who filled it in ("the Conners, the teacher one, ..."); "the
Hamilton with you" as the Hamilton done."""

from __future__ import annotations

import pytest

from tests.note_fixtures import has_measure as _has
from tests.note_fixtures import measures


@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        (("The Green Paranoid Thoughts Scale came to seventy.", "Okay."), "GPTS (Green", 70.0),
        (("She did the GPTS this morning, ninety-one.", "Right."), "GPTS (Green", 91.0),
        (("The nurse did the Simpson-Angus, six.", "He's stiff."), "SAS (Simpson-Angus", 6.0),
        (("And the activities of daily living one, the Bristol, at twenty.", "Okay."),
         "BADLS (Bristol", 20.0),
        (("The Barratt came out at seventy-one.", "Okay."), "BIS-11 (Barratt", 71.0),
        (("Your CCAPS is at one point nine.", "Okay."), "CCAPS-34", 1.9),
        (("The ACQ, the agoraphobic thoughts one, one point eight.", "Okay."),
         "ACQ (Agoraphobic", 1.8),
        (("And the Mobility Inventory, when you're with someone, two point two.", "Right."),
         "MI (Mobility Inventory", 2.2),
        (("The Zung, the depression one, forty-six.", "Okay."), "SDS (Zung", 46.0),
        (("The loss of control one averaged three point one.", "Okay."), "LOCES (Loss", 3.1),
        (("The fibro one you filled in came out at fifty-five.", "Okay."), "FIQR (Revised", 55.0),
        (("The Tampa one, about fear of moving, thirty-nine.", "Okay."), "TSK (Tampa", 39.0),
        (("The Weiss one, about school and home, averaged one point two.", "Okay."),
         "WFIRS-S (Weiss", 1.2),
        (("You did the side-effect form, the Glasgow one, and it came to thirty.", "Okay."),
         "GASS (Glasgow", 30.0),
        (("The menopause one you filled in came out at eighteen.", "Okay."), "Menopause Rating",
         18.0),
        (("Dad, the Conners, the teacher one, came out at seventy-one.", "Okay."), "Conners 3",
         71.0),
        (("When I did the Hamilton with you earlier, it came to nineteen.", "Okay."), "HAM-D",
         19.0),
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
        # a score out of the documented range is none: the Barratt runs 30-120, the CCAPS 0-4,
        # the Simpson-Angus 0-40, the Zung 20-80 (its index 25-100)
        (("The Barratt came out at a hundred and forty.", "Okay."), "BIS-11"),
        (("Your CCAPS is at seven.", "Okay."), "CCAPS-34"),
        (("The nurse did the Simpson-Angus, fifty-six.", "Right."), "SAS (Simpson"),
        (("The Zung, the depression one, a hundred and ten.", "Okay."), "SDS (Zung"),
        # the Bristol stool chart, the Glasgow coma scale and a Tampa holiday are none of them
        (("The Bristol stool chart, type six.", "Okay."), "BADLS"),
        (("The Glasgow coma scale was fifteen.", "Okay."), "GASS"),
        (("The Tampa one was our best trip, nine days.", "Okay."), "TSK"),
        # the asthma control questionnaire is no agoraphobic one
        (("Your asthma ACQ was one point five.", "Okay."), "ACQ (Agoraphobic"),
    ],
)  # fmt: skip
def test_near_misses_are_not_charted(turns: tuple[str, ...], name: str) -> None:
    found = measures(*turns)
    assert not any(n.startswith(name) for n, _ in found), found


@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        (("She did the GPTS. Part B, the persecution bit, fifty.", "Right."), "GPTS part B", 50.0),
        (("You filled in the Green Paranoid Thoughts Scale. Ideas of reference, thirty-three.",),
         "GPTS part A", 33.0),
        (("You did the OCI-R. The checking bit, nine.", "Yes."), "OCI-R checking", 9.0),
    ],
)  # fmt: skip
def test_a_part_said_by_its_name(turns: tuple[str, ...], name: str, score: float) -> None:
    found = measures(*turns)
    assert _has(found, name, score), found


def test_a_part_above_its_range_is_none() -> None:
    found = measures("She did the GPTS. Part B, the persecution bit, ninety.", "Right.")
    assert not any(n.startswith("GPTS part") for n, _ in found), found
