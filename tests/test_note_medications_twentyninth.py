"""Medication rules of issue 17's twenty-ninth pass, from the misses of the ah-set, each in
wordings of its own: a dose said as "the N milligram dose of" a drug; a dose raised with its unit
a dozen sentences after the one drug the session named; a dose in another unit of the drug's
weighed in its first ("seventy-five micrograms" of estradiol, a patch); a drug called by its form
in a change ("go up on the patch to ..."); the progesterone brands; rivastigmine (Exelon), also
misheard by a letter; a strength read digit by digit with hyphens ("the one-two-five"); and a
change to a strength said with "the" ("go up to the nine point five patch")."""

from __future__ import annotations

import pytest

from localnotes.notes.extract import extract
from tests.note_fixtures import medications, segs


def _quoted(*turns: str) -> dict[str, tuple[float | None, str | None]]:
    """name -> (dose, change) of the medications found, each of whose evidence quotes is in the
    turns."""
    found = extract(segs(*turns)).medications
    for m in found:
        assert all(any(e.quote in t for t in turns) for e in m.evidence), m
    return {m.name: (m.dose, m.change) for m in found}


def _changed_to(found: dict[str, tuple[float | None, str | None]], name: str, dose: float) -> bool:
    was, change = found.get(name, (None, None))
    return was == dose or f" {dose:g}" in (change or "")


@pytest.mark.parametrize(
    ("turns", "name", "dose"),
    [
        (("You're on the twenty-eight milligram dose of Spravato, twice a week.", "Yes."),
         "esketamine", 28.0),
        (("So the two hundred milligram dose of lamotrigine at night?", "That's it."),
         "lamotrigine", 200.0),
        (("And the Utrogestan capsule at bedtime, the two hundred milligram.", "Aye."),
         "progesterone", 200.0),
        (("The Sinemet, that's the two-five-oh, twice a day?", "Yes."), "levodopa", 250.0),
        (("You're on the Exelon, the three milligram capsules twice a day.", "Yes."),
         "rivastigmine", 3.0),
        (("And the Rivestigmine patch, you've been on the 4.6 for a month.", "Yes."),
         "rivastigmine", 4.6),
    ],
)  # fmt: skip
def test_a_dose_said_so(turns: tuple[str, ...], name: str, dose: float) -> None:
    assert _quoted(*turns).get(name, (None,))[0] == dose


_BETWEEN = (
    "This is your fourth session.",
    "Right. Two devices.",
    "The Hamilton this morning came in at nineteen.",
    "Before we started it was twenty-six.",
    "Seven points. I feel it a bit.",
    "On a scale of one to ten, where's your mood today?",
    "A four. Most days lately it's a five after a treatment.",
    "So a five on good days, four today.",
    "The dissociation scale was twelve at forty minutes.",
    "Is that a lot?",
    "It's moderate. Your blood pressure is settling now.",
    "Good. I felt my heart going.",
)


def test_a_dose_raised_a_dozen_sentences_after_the_one_drug_named() -> None:
    found = _quoted(
        "You're on the fifty-six milligram dose of Spravato, twice a week.",
        *_BETWEEN,
        "I'd like to go up to eighty-four milligrams from next time.",
        "Okay.",
    )
    assert _changed_to(found, "esketamine", 84.0), found


def test_a_dose_raised_so_far_after_two_drugs_named_is_no_ones() -> None:
    found = _quoted(
        "You're on the fifty-six milligram dose of Spravato, twice a week.",
        "And sertraline, fifty milligrams.",
        *_BETWEEN,
        "I'd like to go up to eighty-four milligrams from next time.",
        "Okay.",
    )
    assert not _changed_to(found, "esketamine", 84.0), found
    assert not _changed_to(found, "sertraline", 84.0), found


def test_a_patch_raised_in_micrograms_called_by_its_form() -> None:
    found = _quoted(
        "The estradiol patch, that's fifty micrograms, changed twice a week?",
        "Yes. And the Utrogestan at night, the hundred milligram.",
        "I think we can go up on the patch to seventy-five micrograms.",
        "Fine.",
    )
    assert _changed_to(found, "estradiol", 75.0), found
    assert found.get("progesterone", (None,))[0] == 100.0, found


def test_a_dose_beyond_the_drugs_doses_in_its_first_unit_is_none_of_its() -> None:
    found = medications("The estradiol patch is fifty micrograms.", "Yes.",
                        "We'll go up to ninety milligrams.")  # fmt: skip
    assert not _changed_to(found, "estradiol", 90.0), found


def test_a_change_to_a_strength_said_with_the() -> None:
    found = _quoted("And the rivastigmine patch, you're on the four point six.", "No rash.",
                    "Good. I'd like to go up to the nine point five patch, one a day.")  # fmt: skip
    assert _changed_to(found, "rivastigmine", 9.5), found


def test_digits_joined_in_a_longer_run_are_no_strength() -> None:
    found = medications("The Sinemet number is five-five-one-two-five.", "Okay.")
    assert found.get("levodopa", (None,))[0] not in (125.0, 512.0, 551.0), found
