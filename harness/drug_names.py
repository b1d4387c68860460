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
    label = re.fullmatch(r"(.+?)\s*\((.+)\)", generic.strip())
    names = [label[1], label[2]] if label else [generic]
    spellings = {n.lower() for n in names}
    for med in load_lexicon().medications:
        if med.generic.lower() in spellings:
            spellings |= {n.lower() for n in med.names}
    low = text.lower()
    return any(re.search(rf"\b{re.escape(n)}\b", low) for n in spellings)
