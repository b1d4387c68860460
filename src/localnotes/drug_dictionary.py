"""Drug names beyond the clinical lexicon, from a maintained dataset package.

The clinical lexicon (`localnotes.clinical_lexicon`) knows about a hundred drugs well: their
brands, units and usual doses. A session names others ("acamprosate", "Lunesta", "Aricept"), and a
hand list can never keep up. `drug-named-entity-recognition` (PyPI, MIT licence, Fast Data Science;
its dictionary is built from MeSH, MedlinePlus, DrugBank and Wikipedia and is updated with each
release) holds about 20,000 drugs and 107,000 spellings. This module reads that package's bundled
dictionary (no network, nothing downloaded at run time) and keeps the single-word spellings of the
drugs that MedlinePlus or the NHS medicines guide describe for patients (about 7,300 spellings;
the NHS adds drugs used in the UK: betahistine, hydroxocobalamin): six letters or more, none of
them a common English word (`localnotes/data/common_words.txt`), so "patient" or "better" is never
taken for a drug. Names the clinical lexicon knows keep the lexicon's generic name.

The dictionary is a pickle; it is read with an unpickler that refuses every class, so it can only
ever yield plain dicts, lists and strings.
"""

from __future__ import annotations

import bz2
import importlib.util
import pickle
import re
from functools import cache
from pathlib import Path
from typing import Any

from localnotes.word_lists import common_words

PACKAGE = "drug_named_entity_recognition"
_DICTIONARY = "drug_ner_dictionary.pkl.bz2"
_WORD = re.compile(r"[a-z]{6,}")


class _PlainData(pickle.Unpickler):
    """Loads only what pickle builds without naming a class: dicts, lists, strings, numbers."""

    def find_class(self, module: str, name: str) -> Any:
        raise pickle.UnpicklingError(f"{module}.{name} is not plain data")


def _dictionary() -> dict[str, Any]:
    spec = importlib.util.find_spec(PACKAGE)  # finds the package without importing it
    if spec is None or not spec.submodule_search_locations:
        return {}
    path = Path(next(iter(spec.submodule_search_locations))) / _DICTIONARY
    try:
        with bz2.open(path, "rb") as f:
            data = _PlainData(f).load()
    except (OSError, EOFError, pickle.UnpicklingError):
        return {}
    return data if isinstance(data, dict) else {}


@cache
def more_names() -> dict[str, str]:
    """Single-word spellings (lowercase) -> the drug's name, for drugs MedlinePlus or the NHS
    describe for patients."""
    data = _dictionary()
    variants = data.get("drug_variant_to_canonical") or {}
    described = data.get("drug_canonical_to_data") or {}
    common = common_words()
    out: dict[str, str] = {}
    for spelling, canonical in variants.items():
        if not isinstance(spelling, str) or not _WORD.fullmatch(spelling) or spelling in common:
            continue
        name = canonical[0] if isinstance(canonical, list) and canonical else None
        about = described.get(name) or {} if isinstance(name, str) else {}
        if isinstance(name, str) and ("medline_plus_id" in about or "nhs_url" in about):
            out[spelling] = name
    return out


def drug_named(word: str) -> str | None:
    """The drug a single word names, by the dataset package's dictionary, or None."""
    return more_names().get(word.lower())
