"""Medication rules of issue 17's fiftieth pass, on invented sentences: drugs and brands added to
the clinical lexicon from bf's written misses (chlorprothixene and ethyl loflazepate, and brands of
oxazepam, fluvoxamine, lormetazepam, paracetamol, clonazepam, levothyroxine and escitalopram sold
in Finland, Spain, France, Bangladesh and Pakistan, and temazepam's Tenox and testosterone's
Depo-Testosterone, which term repair took for Tenex and plain testosterone), asked and told; a
distance or a sum of money after a number never a dose, so a brand that is also a place ("Napa")
is no drug there; a drug disowned right after it is named ("That's his, not mine."); and a
liquid's volume worked out as its weight in the next sentence of the turn, one dose."""

from __future__ import annotations

import pytest

from localnotes.clinical_lexicon import load_lexicon
from localnotes.redact.clinical_allow_list import clinical_terms
from tests.note_fixtures import medication_entries, medications


@pytest.mark.parametrize(
    ("turns", "name", "dose"),
    [
        (("What do you take for sleep?", "Opamox, ten milligrams, when I wake in the night."),
         "oxazepam", 10.0),
        (("And the Adumbran, how much?", "Fifteen milligrams, only some nights."),
         "oxazepam", 15.0),
        (("What are you on now?", "The Dumyrox, fifty milligrams at night."), "fluvoxamine", 50.0),
        (("What are you on now?", "Fevarin, a hundred milligrams, at bedtime."),
         "fluvoxamine", 100.0),
        (("Anything for sleep?", "Noctamide, half a milligram, some nights."), "lormetazepam", 0.5),
        (("Anything for the pain?", "I take Napa, five hundred milligrams, when it's bad."),
         "acetaminophen", 500.0),
        (("Is the Epitra still at night?", "Yes, the Epitra, one milligram at night."),
         "clonazepam", 1.0),
        (("And your thyroid tablet?", "Letrox, seventy-five micrograms, before breakfast."),
         "levothyroxine", 75.0),
        (("And your thyroid tablet?", "Levaxin, a hundred micrograms every morning."),
         "levothyroxine", 100.0),
        (("What did the psychiatrist give you?", "Citanew, five milligrams, for now."),
         "escitalopram", 5.0),
        (("What do you take at night?", "Truxal, twenty-five milligrams, to calm down."),
         "chlorprothixene", 25.0),
        (("What do you take at night?", "The chlorprothixene, fifteen milligrams."),
         "chlorprothixene", 15.0),
        (("Anything for the nerves?", "Victan, one milligram, in the morning."),
         "ethyl loflazepate", 1.0),
        (("And for sleep?", "Tenox, ten milligrams at bedtime."), "temazepam", 10.0),
        (("And your injection?", "Depo-Testosterone, a hundred milligrams every two weeks."),
         "testosterone", 100.0),
    ],
)  # fmt: skip
def test_drugs_added_to_the_lexicon_are_read_by_brand_and_generic(
    turns: tuple[str, ...], name: str, dose: float
) -> None:
    got = medications(*turns)
    assert got[name][0] == dose, got


@pytest.mark.parametrize(
    "name",
    [
        "Opamox",
        "Dumyrox",
        "Noctamide",
        "Napa",
        "Epitra",
        "Letrox",
        "Citanew",
        "Truxal",
        "Victan",
        "Tenox",
        "Depo-Testosterone",
    ],
)
def test_brands_added_are_known_and_kept_by_the_redactor(name: str) -> None:
    assert load_lexicon().medication(name) is not None
    assert name.lower() in clinical_terms()


@pytest.mark.parametrize(
    "said",
    [
        # a brand that is also a place, with a distance or a sum after it: no dose
        "We went to Napa, five hundred miles, and I took my tablets with me.",
        "The hotel in Napa was two hundred dollars a night, my pills were in the car.",
        "I drove to Napa, three hundred kilometres, I forgot my medication.",
        "We walked around Napa, ten thousand steps, I was fine on the tablets.",
    ],
)
def test_a_distance_or_a_sum_after_a_number_is_no_dose(said: str) -> None:
    assert medications("What are you taking at the moment?", said) == {}


@pytest.mark.parametrize(
    "said",
    [
        # a drug named, then disowned in the same turn as another person's
        "Ten milligrams of morphine over the day. That's his, not mine.",
        "The nurse gives her forty of the quetiapine at night. That's for her, not for me.",
        "Two milligrams of the risperidone, morning and night. Those are my son's, not mine.",
        "Five milligrams of the donepezil, and it's hers, not mine.",
    ],
)
def test_a_drug_disowned_right_after_it_is_named_is_not_the_clients(said: str) -> None:
    assert medications("Did the visit make sense to you?", said) == {}


@pytest.mark.parametrize(
    ("turns", "name", "dose"),
    [
        # the speaker's own drug, said as theirs: kept
        (("What are you on?", "Sertraline, fifty milligrams. That's mine, not his."),
         "sertraline", 50.0),
        (("What do you take?", "My husband's is the quetiapine. I'm on the sertraline, a hundred."),
         "sertraline", 100.0),
    ],
)  # fmt: skip
def test_a_drug_owned_is_kept(turns: tuple[str, ...], name: str, dose: float) -> None:
    assert medications(*turns)[name][0] == dose


@pytest.mark.parametrize(
    ("turns", "dose"),
    [
        # a liquid's volume worked out as its weight in the next sentence of the turn: one dose
        (("And the Oramorph, how much?",
          "Two and a half mils at night. The chemist says that's five milligrams."), 5.0),
        (("How much of the Oramorph do you take?", "Five mils at bedtime. That's ten milligrams."),
         10.0),
    ],
)  # fmt: skip
def test_a_volume_worked_out_as_a_weight_next_is_one_dose(
    turns: tuple[str, ...], dose: float
) -> None:
    assert medication_entries(*turns) == [("morphine", dose, None)]
