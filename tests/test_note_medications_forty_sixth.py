"""Medication rules of issue 17's forty-sixth pass, on invented sentences: drugs and brands added to
the lexicon and kept from redaction (lormetazepam as Loramet, phenazepam, rotigotine as Neupro,
cyamemazine as Tercian, tofisopam as Grandaxin; Cipralex and Sipralexa, Prometax, Helex, Depakine,
Telma, Deroxat, Velaxin, Ravotril); a dose answered after the time since when it is taken
("And the Lexapro?" "Since last week, ten."), after who speaks says so ("Mum here.") or after one
tablet counted ("One tablet, five hundred."); everyday compounds that sound like no drug ("in
every mil", "SIM card"); a count of tablets of a strength said as a plural ("two of the tens"); a
further dose listed with its own meal ("six units with breakfast, eight with supper"); and a
liquid's volume taken weighed by the strength said beside it ("one milligram in every mil, and
she has three mils": three milligrams, the strength's own weight and volume no doses); a dose
asked back and answered with another ("You're on Effexor seventy-five?" "Since last week a hundred
and fifty."); doses told of a tablet or patch before its name is read off the label ("... now
nine point five. Exelon, it says."); and, for the spoken path, names split in two or a letter off
before a dose, and halves written as "1/2", "½" or "0,5"."""

from __future__ import annotations

import pytest

from localnotes.clinical_lexicon import load_lexicon
from localnotes.redact.clinical_allow_list import clinical_terms
from tests.note_fixtures import medication_entries


@pytest.mark.parametrize(
    ("name", "generic"),
    [
        ("Loramet", "lormetazepam"), ("lormetazepam", "lormetazepam"), ("Noctamid", "lormetazepam"),
        ("phenazepam", "phenazepam"), ("Neupro", "rotigotine"), ("rotigotine", "rotigotine"),
        ("Tercian", "cyamemazine"), ("cyamemazine", "cyamemazine"), ("Grandaxin", "tofisopam"),
        ("tofisopam", "tofisopam"), ("Cipralex", "escitalopram"), ("Sipralexa", "escitalopram"),
        ("Prometax", "rivastigmine"), ("Helex", "alprazolam"), ("Depakine", "valproate"),
        ("Telma", "telmisartan"), ("Deroxat", "paroxetine"), ("Velaxin", "venlafaxine"),
        ("Ravotril", "clonazepam"),
    ],
)  # fmt: skip
def test_brands_added_are_known_and_kept_from_redaction(name: str, generic: str) -> None:
    med = load_lexicon().medication(name)
    assert med is not None and med.generic == generic
    assert name.lower() in clinical_terms()


@pytest.mark.parametrize(
    ("turns", "generic", "dose"),
    [
        (("For sleep they give me Loramet, two milligrams.",), "lormetazepam", 2.0),
        (("What do you take when it's bad?", "Phenazepam, half a milligram."), "phenazepam", 0.5),
        (("The Neupro patch is six milligrams now.",), "rotigotine", 6.0),
        (("And the Tercian?", "Fifty, at bedtime."), "cyamemazine", 50.0),
        (("Grandaxin a hundred, twice a day.",), "tofisopam", 100.0),
        (("I'm on Cipralex, fifteen in the morning.",), "escitalopram", 15.0),
        (("The Helex, point five, when I panic.",), "alprazolam", 0.5),
        (("Depakine, seven fifty at night.",), "valproate", 750.0),
        (("Telma eighty, one in the morning.",), "telmisartan", 80.0),
        (("The doctor gave me Deroxat, thirty milligrams.",), "paroxetine", 30.0),
        (("And the Ravotril?", "Point two five, only when I need it."), "clonazepam", 0.25),
    ],
)  # fmt: skip
def test_a_drug_added_is_read_with_its_dose(
    turns: tuple[str, ...], generic: str, dose: float
) -> None:
    found = medication_entries(*turns)
    assert any(n == generic and d == dose for n, d, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Thelma from next door took me to the shops at ten.",
        "It's like a helix, the staircase, twelve floors of it.",
        "He studied Persian for two years at university.",
    ],
)
def test_everyday_words_near_the_brands_are_no_drug(text: str) -> None:
    assert medication_entries(text) == [], medication_entries(text)


@pytest.mark.parametrize(
    ("turns", "generic", "dose"),
    [
        (("And the Lexapro?", "Since last week, ten."), "escitalopram", 10.0),
        (("How about the sertraline?", "From Monday, a hundred, and I feel it."),
         "sertraline", 100.0),
        (("The quetiapine?", "Since yesterday fifty, at night."), "quetiapine", 50.0),
    ],
)  # fmt: skip
def test_a_dose_answered_after_since_when(
    turns: tuple[str, ...], generic: str, dose: float
) -> None:
    found = medication_entries(*turns)
    assert any(n == generic and d == dose for n, d, _ in found), found


@pytest.mark.parametrize(
    "turns",
    [
        ("And the sertraline?", "Since last week two days off work."),
        ("And the sertraline?", "Since Monday, five days without it."),
        ("And the Lexapro?", "Since last week, three nights of no sleep."),
    ],
)
def test_a_count_after_since_when_is_no_dose(turns: tuple[str, ...]) -> None:
    found = medication_entries(*turns)
    assert not [d for _, d, _ in found if d is not None], found


@pytest.mark.parametrize(
    "turns",
    [
        # sound-alikes of everyday words: a liquid's strength "in every mil" (Evorel), a phone's
        # "SIM card" (Symbicort)
        ("The cough syrup is two milligrams in every mil, and the box says so.",),
        ("He took my SIM card and put it in his own phone.",),
    ],
)
def test_everyday_compounds_sound_like_no_drug(turns: tuple[str, ...]) -> None:
    found = medication_entries(*turns)
    assert not [n for n, _, _ in found if n in {"estradiol", "budesonide"}], found


@pytest.mark.parametrize(
    ("turns", "generic", "dose"),
    [
        (("The pharmacist changed the amitriptyline to two of the tens.",), "amitriptyline", 20.0),
        (("Velaxin. Two of the seventy-fives in the morning.",), "venlafaxine", 150.0),
        (("My quetiapine, three of the twenty-fives at night.",), "quetiapine", 75.0),
    ],
)  # fmt: skip
def test_a_count_of_tablets_of_a_plural_strength(
    turns: tuple[str, ...], generic: str, dose: float
) -> None:
    found = medication_entries(*turns)
    assert any(n == generic and d == dose for n, d, _ in found), found


@pytest.mark.parametrize(
    "turns",
    [
        ("Sertraline. Two of the twenties were left in the box.",),
        ("Two of the kids were off school, so I forgot the sertraline.",),
    ],
)
def test_a_count_of_other_things_is_no_dose(turns: tuple[str, ...]) -> None:
    found = medication_entries(*turns)
    assert not [d for _, d, _ in found if d is not None], found


@pytest.mark.parametrize(
    ("turns", "generic", "doses"),
    [
        (("The NovoRapid with meals, four units with breakfast and lunch, ten with dinner.",),
         "insulin aspart", {4.0, 10.0}),
        (("The NovoRapid, six units with breakfast, eight at bedtime.",), "insulin aspart",
         {6.0, 8.0}),
    ],
)  # fmt: skip
def test_a_further_dose_listed_with_its_own_meal(
    turns: tuple[str, ...], generic: str, doses: set[float]
) -> None:
    found = medication_entries(*turns)
    assert doses <= {d for n, d, _ in found if n == generic}, found


def test_a_number_with_a_meal_after_no_dose_listed_is_no_dose() -> None:
    found = medication_entries("Sertraline fifty milligrams with breakfast, two with the cat.")
    assert found == [("sertraline", 50.0, None)], found


@pytest.mark.parametrize(
    ("turns", "generic", "dose"),
    [
        # the volume taken weighed by the liquid's strength: three mils of one in every mil
        (("And the melatonin?", "The liquid, one milligram in every mil, and she has four mils."),
         "melatonin", 4.0),
        (("The methadone is one milligram per mil, and she drinks sixty mils at the chemist.",),
         "methadone", 60.0),
        (("Oramorph, ten milligrams in five mils, two and a half mils when the pain is bad.",),
         "morphine", 5.0),
    ],
)  # fmt: skip
def test_a_liquid_volume_is_weighed_by_its_strength(
    turns: tuple[str, ...], generic: str, dose: float
) -> None:
    found = medication_entries(*turns)
    assert [(n, d) for n, d, _ in found] == [(generic, dose)], found


def test_a_volume_with_no_strength_stays_as_said() -> None:
    found = medication_entries("The lactulose, fifteen mils twice a day.")
    assert [(n, d) for n, d, _ in found] == [("lactulose", 15.0)], found


@pytest.mark.parametrize(
    ("turns", "generic", "dose"),
    [
        (("How much Panadol?", "Mum here. One tablet, five hundred. Not every day."),
         "acetaminophen", 500.0),
        (("How much ibuprofen?", "Dad here. One tablet, four hundred, with food."),
         "ibuprofen", 400.0),
        (("And the sertraline?", "One tablet, fifty, in the morning."), "sertraline", 50.0),
    ],
)  # fmt: skip
def test_a_dose_answered_after_who_speaks_and_one_tablet(
    turns: tuple[str, ...], generic: str, dose: float
) -> None:
    found = medication_entries(*turns)
    assert any(n == generic and d == dose for n, d, _ in found), found


def test_one_tablet_then_no_dose_is_none() -> None:
    found = medication_entries("How many paracetamol?", "One tablet, two times a day.")
    assert not [d for _, d, _ in found if d is not None], found


# The spoken path: names and doses as speech recognition writes them.


@pytest.mark.parametrize(
    ("said", "generic", "dose"),
    [
        # a name of a drug never found by sound, split in two and joined exactly
        ("Lora met, 1 milligram at night.", "lormetazepam", 1.0),
        ("Grand axin 50 milligrams in the morning.", "tofisopam", 50.0),
        ("Neu pro 4 milligrams, a new patch every day.", "rotigotine", 4.0),
    ],
)
def test_a_name_split_in_two_joined_exactly(said: str, generic: str, dose: float) -> None:
    found = medication_entries(said)
    assert any(n == generic and d == dose for n, d, _ in found), found


@pytest.mark.parametrize(
    "said",
    ["Some times 2 mg is enough.", "Any way 50 milligrams is what she said.", "Tel ma 40 mg."],
)
def test_two_words_that_spell_no_name_are_no_drug(said: str) -> None:
    assert medication_entries(said) == [], medication_entries(said)


@pytest.mark.parametrize(
    ("said", "generic", "dose"),
    [
        # a decimal comma after a nought, a half or a quarter written as a fraction
        ("Lorazepam 0,5 mg when it's bad.", "lorazepam", 0.5),
        ("Risperidone 0,25 mg at night.", "risperidone", 0.25),
        ("Lorazepam 1/2 mg at night.", "lorazepam", 0.5),
        ("Clonazepam ½ mg before bed.", "clonazepam", 0.5),
        ("Alprazolam ¼ mg if I panic.", "alprazolam", 0.25),
    ],
)
def test_a_dose_written_as_a_decimal_comma_or_a_fraction(
    said: str, generic: str, dose: float
) -> None:
    found = medication_entries(said)
    assert [(n, d) for n, d, _ in found] == [(generic, dose)], found


@pytest.mark.parametrize(
    ("said", "dose"),
    [
        ("On 1/2/24 I started sertraline 50 mg.", 50.0),  # a date, no fraction
        ("It cost 10,000 pounds, and I take sertraline 50 mg.", 50.0),
    ],
)
def test_dates_and_thousands_are_no_fraction(said: str, dose: float) -> None:
    found = medication_entries(said)
    assert [(n, d) for n, d, _ in found] == [("sertraline", dose)], found


@pytest.mark.parametrize(
    ("said", "generic", "dose"),
    [
        # a name a letter off right before a dose with its unit, also a drug never found by sound
        ("Grandaxine 50 milligrams, morning and evening.", "tofisopam", 50.0),
        ("Tersian 25mg at night.", "cyamemazine", 25.0),
        ("Depakin 500 mg twice a day.", "valproate", 500.0),
        ("Rotigotin 4 mg, the patch.", "rotigotine", 4.0),
    ],
)
def test_a_name_a_letter_off_before_a_dose(said: str, generic: str, dose: float) -> None:
    found = medication_entries(said)
    assert any(n == generic and d == dose for n, d, _ in found), found


@pytest.mark.parametrize(
    "said",
    ["Persian 25mg at night, she said.", "Seconds 20 mg apart.", "Helix 0.25 mg of it."],
)
def test_everyday_words_before_a_dose_are_no_misspelled_drug(said: str) -> None:
    assert medication_entries(said) == [], medication_entries(said)


@pytest.mark.parametrize(
    ("turns", "generic", "before", "now"),
    [
        # a dose asked back, answered with another: the answer's is the dose now
        (("You're on Effexor seventy-five?", "Since last week a hundred and fifty."),
         "venlafaxine", 75.0, 150.0),
        (("Still the sertraline fifty?", "Twenty-five, at night, for the sleep."),
         "sertraline", 50.0, 25.0),
    ],
)  # fmt: skip
def test_a_dose_asked_back_and_answered_with_another(
    turns: tuple[str, ...], generic: str, before: float, now: float
) -> None:
    found = medication_entries(*turns)
    assert (generic, before, None) in found, found
    changes = [c for n, d, c in found if n == generic and d == now]
    assert changes and f"from {before:g} to {now:g}" in str(changes[0]), found


@pytest.mark.parametrize(
    "turns",
    [
        ("You're on sertraline fifty?", "Fifty, yes."),
        ("You're on lithium 400?", "Four, five years now."),
        ("You're on sertraline fifty?", "A hundred and fifty pounds it costs."),
    ],
)
def test_an_answer_with_no_other_dose_keeps_the_one_asked(turns: tuple[str, ...]) -> None:
    found = medication_entries(*turns)
    assert len(found) == 1, found


@pytest.mark.parametrize(
    ("turns", "generic", "doses"),
    [
        # the doses told of a patch or tablet, then its name read off the label
        (("The patch. It was the small one, four point six, now the doctor made it nine point "
          "five. For the memory. Exelon, it says.",), "rivastigmine", {4.6, 9.5}),
        (("Every night one of them, twenty-five. It's called Seroquel.",), "quetiapine", {25.0}),
    ],
)  # fmt: skip
def test_doses_told_before_the_name_read_off_the_label(
    turns: tuple[str, ...], generic: str, doses: set[float]
) -> None:
    found = medication_entries(*turns)
    read = {d for n, d, _ in found if n == generic}
    read |= {
        float(x) for n, _, c in found if n == generic for x in str(c).split() if x[0].isdigit()
    }
    assert doses <= read, found


@pytest.mark.parametrize(
    "turns",
    [
        ("I walk fifty minutes a day. Sertraline, it says, is good for that.",),
        ("Fifty at night, the white one. Sertraline, it says on the box.",),
        ("How many hours do you sleep?", "Twenty-five. Seroquel, it says here."),
    ],
)
def test_no_dose_is_read_before_a_name_in_talk(turns: tuple[str, ...]) -> None:
    found = medication_entries(*turns)
    assert not [d for _, d, _ in found if d is not None], found


@pytest.mark.parametrize(
    ("text", "repaired"),
    [
        # a dose opening the next sentence after "is" is no dose of the words before
        ("Left arm it is. A hundred milligrams. A little sting.", []),
        ("The sertroline is 50 milligrams.", [("sertroline", "sertraline")]),
        ("Sertroline. 50 milligrams.", [("Sertroline", "Sertraline")]),
    ],
)
def test_term_repair_reads_no_dose_across_a_sentence_after_is(
    text: str, repaired: list[tuple[str, str]]
) -> None:
    from localnotes.term_repair import repair_segments
    from tests.note_fixtures import segs

    _, repairs = repair_segments(segs(text))
    assert [(r.original, r.replacement) for r in repairs] == repaired
