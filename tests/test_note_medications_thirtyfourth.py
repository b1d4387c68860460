"""Medication rules of issue 17's thirty-fourth pass, from the am-set's misses, on invented
sentences: a dose asked after the name ("And the Imovane, you're taking seven point five?",
"still on the Nexium, the twenty?"); a dose answered after how often ("Sometimes, the
twenty-five, if ..."); a dose below one said alone where it is a usual dose of the drug ("The
point five?"); a dose before told by how long or by the tablet's size, then "now the" new one;
a new dose suggested ("I'll write to your GP suggesting a hundred"); and a rescue drug held in
case ("your naloxone kit", "still got your Narcan?") is none of the client's regimen; and, in
term repair, a brand the lexicon now knows heard by sound ("air packs" is Aropax) but never a run
of little words ("and all on 50 milligrams" is no Allegron)."""

from __future__ import annotations

import pytest

from localnotes.term_repair import repair_segments
from localnotes.types import Segment
from tests.note_fixtures import medications


@pytest.mark.parametrize(
    ("turns", "name", "dose"),
    [
        (("And the Zimovane, you're taking three point seven five?", "Yes, most nights."),
         "zopiclone", 3.75),
        (("Are you still on the lansoprazole, the thirty?", "I am, with breakfast."),
         "lansoprazole", 30.0),
        (("And the Vistaril, do you still use that?", "Occasionally, the fifty, before a flight."),
         "hydroxyzine", 50.0),
        (("And the Xanax. Are you still taking it?", "The point two five? Now and then."),
         "alprazolam", 0.25),
    ],
)  # fmt: skip
def test_a_dose_said_apart_from_the_name(turns: tuple[str, ...], name: str, dose: float) -> None:
    found = medications(*turns)
    assert found.get(name, (None, None))[0] == dose, found


def test_a_dose_before_told_by_the_tablets_size_then_now_the_new_one() -> None:
    found = medications("Yes, the Chantix. One week the small one, point five, and now the one"
                        " milligram, twice a day.", "How is it?")  # fmt: skip
    assert found.get("varenicline") == (1.0, "increase from 0.5 to 1 mg"), found


def test_a_new_dose_suggested() -> None:
    found = medications("You're on the Desyrel, fifty at night?", "Yes.",
                        "I'll write to your GP recommending a hundred.")  # fmt: skip
    assert found.get("trazodone") == (50.0, "increase to 100"), found


@pytest.mark.parametrize(
    "turns",
    [
        ("Have you still got your naloxone kit?", "Yes, in my bag."),
        ("Still got your Narcan?", "Always."),
        ("How are you keeping your Narcan?", "In the car."),
    ],
)
def test_a_rescue_drug_held_in_case_is_no_regimen(turns: tuple[str, ...]) -> None:
    assert "naloxone" not in medications(*turns)


@pytest.mark.parametrize(
    ("turns", "name"),
    [
        # a walk suggested, a time of day after how often, a count of tablets, "the one"
        (("Take the sertraline every day.", "Okay.", "I suggest a walk, twenty minutes."),
         "sertraline"),
        (("And the hydroxyzine, do you still use that?", "Sometimes, at eleven, if I wake."),
         "hydroxyzine"),
        # below one, no usual dose of the drug
        (("And the Zoloft. Are you still taking it?", "The point five? No idea."), "sertraline"),
    ],
)  # fmt: skip
def test_near_misses_give_no_dose(turns: tuple[str, ...], name: str) -> None:
    found = medications(*turns)
    assert found.get(name, (None, None))[0] is None, found


def test_the_naloxone_taken_with_a_dose_stays() -> None:
    found = medications("You're on the Suboxone, eight milligrams, and your naloxone kit.", "Yes.")
    assert "buprenorphine" in found, found


@pytest.mark.parametrize(
    ("turns", "name", "dose"),
    [
        # brands the lexicon now knows, so a name heard by sound finds them ("air packs")
        (("You're on the air packs, twenty milligrams in the morning.", "Yes."), "paroxetine",
         20.0),
        (("The Buvidal, ninety-six milligrams, monthly.", "Okay."), "buprenorphine", 96.0),
    ],
)  # fmt: skip
def test_a_brand_the_lexicon_now_knows(turns: tuple[str, ...], name: str, dose: float) -> None:
    found = medications(*turns)
    assert found.get(name, (None, None))[0] == dose, found


def test_a_name_heard_by_sound_whose_dose_fits_no_such_drug_is_none() -> None:
    # "air packs" sounds like Aropax and Aurorix; two thousand milligrams is a dose of neither
    found = medications("You're on the air packs, two thousand milligrams in the morning.", "Yes.")
    assert not found, found


def _repaired(text: str) -> str:
    return repair_segments([Segment(0.0, 3.0, text)])[0][0].text


def test_term_repair_finds_a_brand_the_lexicon_now_knows() -> None:
    assert "Aropax" in _repaired("You're on the air packs, 20 milligrams in the morning.")


@pytest.mark.parametrize(
    "said",
    [
        "And we start the new one, and all on 50 milligrams at night.",
        "I'm on 20 milligrams in the morning.",  # "I'm on" is no Imovane
    ],
)
def test_term_repair_makes_no_drug_of_little_words(said: str) -> None:
    assert _repaired(said) == said
