"""The clinical lexicon: one data file, typed lookups, and every name kept by redaction."""

from __future__ import annotations

import pytest

from localnotes.clinical_lexicon import fold, load_lexicon
from localnotes.redact.clinical_allow_list import clinical_terms
from localnotes.term_repair import repair_segments
from localnotes.types import Segment


def test_brand_and_generic_names_find_the_same_medication() -> None:
    lex = load_lexicon()
    zoloft = lex.medication("ZOLOFT")
    assert zoloft is not None
    assert zoloft is lex.medication("sertraline")
    assert zoloft.generic == "sertraline"
    assert "Zoloft" in zoloft.brands
    assert zoloft.units == ("mg",)
    assert zoloft.plausible_dose(50)
    assert not zoloft.plausible_dose(5000)
    assert not zoloft.plausible_dose(50, "mcg")
    assert lex.medication("sunshine") is None


def test_medications_are_found_as_whole_words_in_order() -> None:
    text = "She takes Lexapro, 10 mg, and lithium; not lithiumlike or lexaprofen."
    found = load_lexicon().find_medications(text)
    assert [(m.surface, m.medication.generic) for m in found] == [
        ("Lexapro", "escitalopram"),
        ("lithium", "lithium"),
    ]
    assert text[found[0].start : found[0].end] == "Lexapro"


def test_scales_and_therapies_are_found_by_any_of_their_names() -> None:
    lex = load_lexicon()
    phq = lex.term("PHQ 9")
    assert phq is not None and phq.kind == "scale" and phq.name == "PHQ-9"
    cbt = lex.term("cbt")
    assert cbt is not None and cbt.kind == "therapy"
    assert lex.term("triggers") is not None
    assert lex.term("breakfast") is None
    assert fold("  Post-Traumatic   Stress ") == "post traumatic stress"


def test_names_are_unique_across_medications() -> None:
    seen: dict[str, str] = {}
    for med in load_lexicon().medications:
        for name in med.names:
            assert fold(name) not in seen, (name, seen.get(fold(name)))
            seen[fold(name)] = med.generic


@pytest.mark.parametrize("med", load_lexicon().medications, ids=lambda m: m.generic)
def test_every_medication_name_survives_redaction(med: object) -> None:
    from localnotes.clinical_lexicon import Medication

    assert isinstance(med, Medication)
    kept = clinical_terms()
    assert [n for n in med.names if n.lower() not in kept] == []


def test_british_sulphate_and_an_australian_brand_are_known() -> None:
    # found by the term-repair invariant over every written turn (correct text gets no repair):
    # "ferrous sulphate" was respelled and "Axepta" (atomoxetine in Australia) made "Aricept"
    lex = load_lexicon()
    assert lex.is_known("ferrous sulphate")
    med = lex.medication("Axepta")
    assert med is not None and med.generic == "atomoxetine"
    _, repairs = repair_segments([Segment(0.0, 3.0, "Ferrous sulphate 200 mg and Axepta 40 mg.")])
    assert repairs == ()
