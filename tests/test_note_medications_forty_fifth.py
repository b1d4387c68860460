"""Medication rules of issue 17's forty-fifth pass, on invented sentences: drugs and brands added to
the lexicon (alimemazine as Theralen or Vallergan; Loxalate, Loxamine, Jzoloft, Depas, Aotal),
kept from redaction; a brand said with its accents ("Liorésal") or without them ("Ibufen" for
Íbúfen); a tablet's strength split in the next sentence of the turn ("Oxazepam, the ten. But I
break it in half, so five.") or counted with its word ("three capsules of twenty every morning,
so sixty") is no dose of its own; a change said as the dose "made" another ("It was twenty-five,
now the doctor made it fifty"); and the dose before told as what it "went up from" in a sentence
of its own ("Last month it went up from ninety-six.").

And forms of the spoken path, as speech recognition writes them: a decimal with digits after
"point" ("point 5", "2 point 5"; not "at that point 5 of us"); a change said before the dose it
came from ("up to 100mg from 50mg") and the dose before a change in the drug's own sentence ("it
was 25, now 50"), each the change's, not an entry of its own; a name split in three with its
middle syllable written as a letter ("Lex a pro 10mg") or a dictionary name split in two before
its dose ("Circa din 2mg")."""

from __future__ import annotations

import pytest

from localnotes.clinical_lexicon import load_lexicon
from localnotes.redact.clinical_allow_list import clinical_terms
from tests.note_fixtures import medication_entries


@pytest.mark.parametrize(
    ("name", "generic"),
    [
        ("Theralen", "alimemazine"), ("Vallergan", "alimemazine"), ("alimemazine", "alimemazine"),
        ("Loxalate", "escitalopram"), ("Loxamine", "paroxetine"), ("Jzoloft", "sertraline"),
        ("Depas", "etizolam"), ("Aotal", "acamprosate"),
    ],
)  # fmt: skip
def test_brands_added_are_known_and_kept_from_redaction(name: str, generic: str) -> None:
    med = load_lexicon().medication(name)
    assert med is not None and med.generic == generic
    assert name.lower() in clinical_terms()


@pytest.mark.parametrize(
    ("turns", "generic", "dose"),
    [
        (("And for the itching at night?", "Vallergan, ten milligrams before bed."),
         "alimemazine", 10.0),
        (("I'm on Loxalate, twenty in the morning.",), "escitalopram", 20.0),
        (("The Loxamine is thirty now.",), "paroxetine", 30.0),
        (("What does the clinic give you?", "Jzoloft, a hundred, after breakfast."),
         "sertraline", 100.0),
        (("Depas, one milligram, only when I can't settle.",), "etizolam", 1.0),
        (("The Aotal, three hundred thirty-three, two at each meal.",), "acamprosate", 333.0),
    ],
)  # fmt: skip
def test_a_drug_added_is_read_with_its_dose(
    turns: tuple[str, ...], generic: str, dose: float
) -> None:
    found = medication_entries(*turns)
    assert any(n == generic and d == dose for n, d, _ in found), found


@pytest.mark.parametrize(
    ("turns", "generic", "dose"),
    [
        # the lexicon's plain spelling said with accents, and its accented brand said without
        (("The Liorésal, twenty milligrams, three times a day.",), "baclofen", 20.0),
        (("For the knee I take Ibufen, four hundred, with food.",), "ibuprofen", 400.0),
        (("Séroquel, twenty-five at night.",), "quetiapine", 25.0),
    ],
)  # fmt: skip
def test_a_name_is_read_with_or_without_its_accents(
    turns: tuple[str, ...], generic: str, dose: float
) -> None:
    found = medication_entries(*turns)
    assert any(n == generic and d == dose for n, d, _ in found), found


def test_accents_find_no_drug_in_everyday_words() -> None:
    # a café and a résumé are no drug with the accents left off
    assert medication_entries("I wrote my résumé at the café, it took two hours.") == []


@pytest.mark.parametrize(
    ("turns", "generic", "dose", "strength"),
    [
        # the split told in the next sentence of the same turn
        (("Your GP gave you the diazepam?", "Diazepam, the ten. But I cut it in half, so five."),
         "diazepam", 5.0, 10.0),
        (("And the quetiapine?",
          "The quetiapine, the hundred. I break it in quarters, so twenty-five, at night."),
         "quetiapine", 25.0, 100.0),
        # the tablets counted with their word before the strength, the total after "so"
        (("Did you start the sertraline?",
          "Yes. Two tablets of fifty every morning, so a hundred."), "sertraline", 100.0, 50.0),
        (("And the lithium?", "Three capsules of three hundred at night, so nine hundred."),
         "lithium", 900.0, 300.0),
    ],
)  # fmt: skip
def test_a_strength_worked_out_in_the_turn_is_no_dose_of_its_own(
    turns: tuple[str, ...], generic: str, dose: float, strength: float
) -> None:
    found = medication_entries(*turns)
    doses = [d for n, d, _ in found if n == generic]
    assert dose in doses and strength not in doses, found


@pytest.mark.parametrize(
    "turns",
    [
        # the next sentence splits nothing worked out from the strength: both stand
        ("The diazepam, the ten. But I take it at night, so I sleep.",),
        # the next sentence is another speaker's
        ("Diazepam, the ten.", "You could break it in half, so five, if it's too strong."),
    ],
)
def test_a_strength_not_split_in_the_turn_stays(turns: tuple[str, ...]) -> None:
    found = medication_entries(*turns)
    assert any(n == "diazepam" and d == 10.0 for n, d, _ in found), found


@pytest.mark.parametrize(
    ("turns", "generic", "before", "now"),
    [
        # the new dose "made" so by the prescriber, after the dose it was
        (("And the mirtazapine?", "It was fifteen, and the doctor made it thirty last month."),
         "mirtazapine", 15, 30),
        (("What are you on?", "Citalopram. It was ten, now she's made it twenty."),
         "citalopram", 10, 20),
        # the dose before told as what it went up or down from, in a sentence of its own
        (("The venlafaxine, two twenty-five now.", "Two weeks ago it went up from one fifty."),
         "venlafaxine", 150, 225),
        (("Quetiapine, fifty at night now.",
          "Last month the doctor brought it down from a hundred."), "quetiapine", 100, 50),
    ],
)  # fmt: skip
def test_the_dose_a_change_started_from(
    turns: tuple[str, ...], generic: str, before: int, now: int
) -> None:
    found = medication_entries(*turns)
    changes = [c for n, d, c in found if n == generic and d == now]
    assert changes and f"from {before} to {now}" in str(changes[0]), found


@pytest.mark.parametrize(
    "turns",
    [
        # "made it" of something else than the dose
        ("The sertraline is fifty. It was hard, but I made it to the shop.",),
        # a price, not a dose, went up
        ("The sertraline is fifty milligrams. The bus fare went up from two pounds.",),
    ],
)
def test_no_change_is_read_from_everyday_words(turns: tuple[str, ...]) -> None:
    found = medication_entries(*turns)
    assert [(n, d, c) for n, d, c in found if n == "sertraline"] == [("sertraline", 50.0, None)], (
        found
    )


# Speech recognition's ways of writing a dose and a name (the spoken path), read as said.


@pytest.mark.parametrize(
    ("turns", "generic", "dose"),
    [
        # "point five" written with its digit, alone or after a whole number's
        (("Clonazepam, point 5 when I can't breathe.",), "clonazepam", 0.5),
        (("And the lorazepam?", "Point 5, only when I need it."), "lorazepam", 0.5),
        (("The haloperidol, 0 point 5 milligrams at night.",), "haloperidol", 0.5),
        (("Risperidone 1 point 5 mg.",), "risperidone", 1.5),
        (("Olanzapine 7 point five milligrams at night.",), "olanzapine", 7.5),
        (("Clonazepam point 25 milligrams twice a day.",), "clonazepam", 0.25),
    ],
)  # fmt: skip
def test_a_decimal_written_with_digits_after_point(
    turns: tuple[str, ...], generic: str, dose: float
) -> None:
    found = medication_entries(*turns)
    assert any(n == generic and d == dose for n, d, _ in found), found


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # "point" as a noun before a count, not a decimal point
        ("At that point 5 of us left the sertraline group.", [5.0]),
        ("The point 3 people made was fair.", [3.0]),
        ("It's a 3 point plan.", [3.0]),
    ],
)
def test_point_as_a_noun_makes_no_decimal(text: str, values: list[float]) -> None:
    from localnotes.notes.numbers import find_numbers

    assert [n.value for n in find_numbers(text)] == values


@pytest.mark.parametrize(
    ("turns", "generic", "before", "now"),
    [
        # the change said before the dose it came from, with units as speech recognition writes
        (("The sertraline went up to 100mg from 50mg last month.",), "sertraline", 50, 100),
        (("She brought the quetiapine down to 25 milligrams from 50.",), "quetiapine", 50, 25),
        (("They put the mirtazapine up to thirty from fifteen.",), "mirtazapine", 15, 30),
    ],
)  # fmt: skip
def test_a_change_to_a_dose_from_the_one_before(
    turns: tuple[str, ...], generic: str, before: int, now: int
) -> None:
    found = medication_entries(*turns)
    assert [(d, c) for n, d, c in found if n == generic] == [
        (float(now), next(c for n, d, c in found if n == generic and d == now))
    ], found
    assert f"from {before} to {now}" in str(found), found


@pytest.mark.parametrize(
    "turns",
    [
        # "from" of a place or a day after the dose: no dose before it
        ("I take sertraline 100mg, from the pharmacy on Main Street.",),
        ("We moved the sertraline to 100mg from Monday.",),
    ],
)
def test_from_a_place_or_a_day_is_no_dose_before(turns: tuple[str, ...]) -> None:
    found = medication_entries(*turns)
    assert [d for n, d, _ in found if n == "sertraline"] == [100.0], found
    assert "from 1" not in str(found) and "from 3" not in str(found), found


@pytest.mark.parametrize(
    ("turns", "generic", "dose"),
    [
        # a name split in three, its middle syllable written as a letter
        (("I take Lex a pro 10mg in the morning.",), "escitalopram", 10.0),
        (("Cipra lex?", "No, Lox a late, 20 milligrams."), "escitalopram", 20.0),
        (("And for sleep I'm on Zopi clone 7.5.",), "zopiclone", 7.5),
        # a name of the dataset package's split in two, right before its dose
        (("The Circa din 2mg, an hour before bed.",), "melatonin", 2.0),
    ],
)  # fmt: skip
def test_a_name_split_by_speech_recognition(
    turns: tuple[str, ...], generic: str, dose: float
) -> None:
    found = medication_entries(*turns)
    assert any(n == generic and d == dose for n, d, _ in found), found


@pytest.mark.parametrize(
    "turns",
    [
        ("I take a lot a day, 2 or 3 cups.",),
        ("I ran a mile a day for 10 weeks.",),
        ("We sat a while at the bar, 5 of us.",),
    ],
)
def test_words_around_a_letter_are_no_split_name(turns: tuple[str, ...]) -> None:
    assert medication_entries(*turns) == []


@pytest.mark.parametrize(
    ("turns", "generic", "before", "now"),
    [
        # the dose before and the new one in the drug's own sentence, written in digits
        (("Zoloft, it was 25 and now it's 50.",), "sertraline", 25, 50),
        (("The mirtazapine, it was 15, now the doctor made it 30.",), "mirtazapine", 15, 30),
    ],
)  # fmt: skip
def test_the_dose_a_change_started_from_is_no_entry_of_its_own(
    turns: tuple[str, ...], generic: str, before: int, now: int
) -> None:
    found = medication_entries(*turns)
    entries = [(d, c) for n, d, c in found if n == generic]
    assert len(entries) == 1 and f"from {before} to {now}" in str(entries[0][1]), found


def test_a_brand_added_misheard_by_a_letter_in_talk_of_medication() -> None:
    found = medication_entries("I take Theralin 10mg for sleep.")
    assert ("alimemazine", 10.0, None) in found, found
