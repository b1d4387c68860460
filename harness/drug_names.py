"""Whether a transcript names a labelled drug correctly, as the note benchmark counts it
(`benchmarks/note_scoring.py`): here so that a test can check the rule without importing a
benchmark."""

from __future__ import annotations

import re


def named_in(generic: str, text: str) -> bool:
    """The transcript names the drug correctly: one of its generic or brand names from the shared
    clinical lexicon (not a misrecognised spelling), as a word."""
    from localnotes.clinical_lexicon import load_lexicon

    # a label may name the brand said beside the generic: "zuclopenthixol (Clopixol)"
    spellings = {n.lower() for n in _label_names(generic)}
    for med in load_lexicon().medications:
        if med.generic.lower() in spellings:
            spellings |= {n.lower() for n in med.names}
    low = text.lower()
    return any(re.search(rf"\b{re.escape(n)}\b", low) for n in spellings)


def _label_names(label: str) -> list[str]:
    """The names a label gives: "zuclopenthixol (Clopixol)" names the generic and the brand."""
    parts = re.fullmatch(r"(.+?)\s*\((.+)\)", label.strip())
    return [parts[1], parts[2]] if parts else [label]


def same_drug(label: str, drafted: str) -> bool:
    """The draft's name for a drug is the labelled drug by the clinical lexicon: a name of the label
    (a generic or a brand, "Depakote" of "divalproex (Depakote ER)") is a name of the drug the
    draft names. A label written with another generic name ("paracetamol" where the lexicon's is
    "acetaminophen") or a brand names the same drug the draft does by its generic."""
    from localnotes.clinical_lexicon import load_lexicon

    lex = load_lexicon()
    drug = lex.medication(drafted)
    if drug is None:
        return False
    return any(
        found.medication.generic == drug.generic
        for name in _label_names(label)
        for found in lex.find_medications(name)
    )
