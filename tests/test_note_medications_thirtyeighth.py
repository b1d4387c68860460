"""Medication rules of issue 17's thirty-eighth pass, from the at-set's misses, on invented
sentences: a dose answered as the client remembers the tablet ("Half of a fifty, every
morning."), and a bare strength after the drug's name with what it is for ("the Bonamine for the
dizziness, the twenty-five", "the Crestor for cholesterol, ten"), "too", or the tablet told by its
look in more words ("the little green one", "the small ones") between; and brands and drugs of
real, well-known products the lexicon lacked (Palexia, Asentra; imipramine, oxazepam, etizolam,
aspirin, telmisartan, fluticasone furoate, calcium carbonate, fabomotizole)."""

from __future__ import annotations

import pytest

from tests.note_fixtures import medications


def test_a_dose_answered_as_half_of_a_tablet() -> None:
    found = medications(
        "How are you getting on with the sertraline?", "Half of a hundred, every morning."
    )
    assert found.get("sertraline", (None, None))[0] == 50.0, found


@pytest.mark.parametrize(
    ("text", "generic", "dose"),
    [
        ("I take the Zoloft for the nerves, the fifty, in the morning.", "sertraline", 50.0),
        ("The Lipitor for cholesterol, twenty.", "atorvastatin", 20.0),
        ("And the Zyloric for the gout, a hundred.", "allopurinol", 100.0),
        ("The propranolol too, the little pink one, ten when I get shaky.", "propranolol", 10.0),
        ("The trazodone, the small ones, fifty, an hour before bed.", "trazodone", 50.0),
    ],
)  # fmt: skip
def test_a_bare_strength_after_what_the_drug_is_for_or_its_look(
    text: str, generic: str, dose: float
) -> None:
    found = medications(text)
    assert found.get(generic, (None, None))[0] == dose, found


@pytest.mark.parametrize(
    ("text", "generic", "dose"),
    [
        ("The Palexia, fifty, morning and evening.", "tapentadol", 50.0),
        ("I'd like to start sertraline, here it's called Asentra, fifty milligrams.", "sertraline",
         50.0),
        ("The imipramine stays at seventy-five milligrams at night.", "imipramine", 75.0),
        ("The Sobril I take perhaps once a week. Ten milligrams.", "oxazepam", 10.0),
        ("And the small one, Etilaam, point five, at night for sleep.", "etizolam", 0.5),
        ("And Albyl-E, seventy-five, for the heart.", "aspirin", 75.0),
        ("And the Micardis, forty milligrams, for the blood pressure.", "telmisartan", 40.0),
        ("The Avamys box says twenty-seven point five micrograms, one spray each side.",
         "fluticasone furoate", 27.5),
        ("Caltrate, six hundred milligrams, one a day, for the bones.", "calcium carbonate", 600.0),
        ("Afobazol, from home, ten milligrams, three times a day.", "fabomotizole", 10.0),
    ],
)  # fmt: skip
def test_brands_and_drugs_the_lexicon_lacked(text: str, generic: str, dose: float) -> None:
    found = medications(text)
    assert found.get(generic, (None, None))[0] == dose, found


def test_a_pill_box_is_no_drug_by_its_sound() -> None:
    found = medications("Who fills your pill box?", "My daughter fills my pill box every week.")
    assert found == {}, found


# -- the second helper of the pass (meas38b) --


@pytest.mark.parametrize(
    ("turns", "generic", "dose"),
    [
        (("Still on the Ventolin?", "Yes, two puffs of the hundred microgram when I'm wheezy."),
         "albuterol", 100.0),
        (("The Ventolin is the hundred microgram one, two puffs when he runs.",), "albuterol",
         100.0),
    ],
)  # fmt: skip
def test_a_strength_said_with_the_unit_as_an_adjective(
    turns: tuple[str, ...], generic: str, dose: float
) -> None:
    found = medications(*turns)
    assert found.get(generic, (None, None))[0] == dose, found


@pytest.mark.parametrize(
    ("text", "generic", "dose"),
    [
        ("The heart one, metoprolol, she takes the wee half of the fifty.", "metoprolol", 25.0),
        ("And the clonazepam, half of the one, when I cannot settle.", "clonazepam", 0.5),
        ("The temazepam, the half of the twenty, we'll stop from tonight.", "temazepam", 10.0),
    ],
)  # fmt: skip
def test_a_tablet_split_said_of_the_drug_a_few_words_on(
    text: str, generic: str, dose: float
) -> None:
    found = medications(text)
    assert found.get(generic, (None, None))[0] == dose, found


def test_half_of_a_count_is_no_dose() -> None:
    assert medications("The sertraline, half of the three of them.") == {}


@pytest.mark.parametrize("speakers", [True, False])
def test_a_strength_told_by_the_tablets_look_then_named_by_the_other_speaker(
    speakers: bool,
) -> None:
    found = medications(
        "Are you taking anything?",
        "They help. The little white ones, fifty, I take in the morning.",
        "The sertraline. Any side effects?",
        speakers=speakers,
    )
    assert found.get("sertraline", (None, None))[0] == 50.0, found


@pytest.mark.parametrize(
    "turns",
    [
        # more than the name: talk about the drug, not the name of what was described
        ("Are you taking anything?", "The white ones, fifty, in the morning.",
         "The sertraline is for the nerves, isn't it?"),
        # a count of tablets, not a strength
        ("Are you taking anything?", "The white ones, two, in the morning.", "The sertraline."),
    ],
)  # fmt: skip
def test_a_number_before_the_name_is_not_always_its_dose(turns: tuple[str, ...]) -> None:
    assert medications(*turns).get("sertraline", (None, None))[0] is None


def test_docusate_by_its_brand_and_never_by_sound() -> None:
    from localnotes.term_repair import repair_segments
    from localnotes.types import Segment

    assert medications("And the softener is the Colace?", "Yes, Colace, one hundred.") == {
        "docusate": (100.0, None)
    }
    heard = "He gets the decanoate, fifty milligrams, every four weeks."  # a depot's ester
    assert repair_segments([Segment(0.0, 4.0, heard)])[0][0].text == heard


def test_a_strength_said_in_the_plural_after_point() -> None:
    from localnotes.notes.numbers import find_numbers

    text = "And the zopiclone, half of the seven point fives, when I can't sleep."
    assert [n.value for n in find_numbers(text)] == [7.5]
    assert medications("What else?", text).get("zopiclone", (None, None))[0] == 3.75
