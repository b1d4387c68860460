"""Measures of issue 17's twenty-seventh pass (from the af-set's misses), on invented sentences:
instruments the lexicon did not know (the CADSS, the ZAN-BPD, the Cornell Scale for Depression in
Dementia by its name or as "the Cornell depression scale"); the mania scale read aloud by its five
questions and totalled ("That's a total of"); a rating's value said "nought"; the inner critic
believed, rated as self-criticism; and what must not be read: "nought" said of a plan, "the
cornell" of a university, an adverb of how strongly made into a rated noun."""

from __future__ import annotations

import pytest

from tests.note_fixtures import has_measure as _has
from tests.note_fixtures import measures
from tests.note_fixtures import measures_said as _found


@pytest.mark.parametrize("labelled", [True, False])
@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        (("The CADSS after the spray came to fifteen.", "Felt floaty."), "CADSS", 15.0),
        (("Her ZAN-BPD is twenty today.", "Okay."), "ZAN-BPD", 20.0),
        (("On the Zanarini scale you scored eleven.", "Right."), "ZAN-BPD", 11.0),
        (("The Cornell scale for depression was nine for him.", "Yes."), "CSDD", 9.0),
        (("His CSDD today is fourteen.", "Mm."), "CSDD", 14.0),
    ],
)  # fmt: skip
def test_instruments_newly_known(
    labelled: bool, turns: tuple[str, ...], name: str, score: float
) -> None:
    found = _found(labelled, *turns)
    assert _has(found, name, score), found


def test_the_cornell_depression_scale_is_the_csdd() -> None:
    found = measures("Your mum's Cornell depression scale came to ten.", "Good.")
    assert _has(found, "CSDD", 10.0), found
    assert not any(n.lower().startswith("cornell") for n, _ in found), found


def test_the_mania_scale_read_aloud_is_totalled() -> None:
    found = measures(
        "I'm going to read you the five questions on the mania scale.",
        "Okay.",
        "First, have you felt more cheerful than usual?",
        "No. Zero.",
        "Next, more confident than usual?",
        "A bit. One.",
        "Sleeping less than usual?",
        "Zero.",
        "That's a total of one.",
        "Fine.",
    )
    assert _has(found, "Altman Self-Rating Mania Scale (ASRM)", 1.0), found


@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        (("And the urge to drink, nought to five?", "Two last night. Nought now."),
         "urge", 0.0),
        (("How strongly do you believe your inner critic, zero to a hundred?", "About seventy."),
         "self-criticism", 70.0),
        (("When the critic's voice is loud, how much do you believe it, out of a hundred?",
          "Sixty."), "self-criticism", 60.0),
    ],
)  # fmt: skip
def test_ratings(turns: tuple[str, ...], name: str, score: float) -> None:
    found = measures(*turns)
    assert _has(found, name, score), found


@pytest.mark.parametrize(
    "turns",
    [
        ("All that planning came to nought.", "Oh well."),
        ("She went to Cornell for nine years.", "Nice."),
        ("The film critic gave it eight.", "Ha."),
        ("How strongly did you feel about moving?", "Very. Seven years there."),
    ],
)
def test_everyday_words_are_no_measure(turns: tuple[str, ...]) -> None:
    found = measures(*turns)
    assert not found, found
