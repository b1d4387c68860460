"""A dose said again in another unit, for `extract`: "So two tablets is one gram, a thousand
milligrams." One gram and a thousand milligrams of the same drug, said in the same sentence, are
one dose; the draft keeps it in the drug's own unit (the lexicon's first), the other left out."""

from __future__ import annotations

from collections.abc import Sequence

from localnotes.clinical_lexicon import load_lexicon
from localnotes.notes.model import Medication

#: each unit of weight in milligrams
_MG = {"g": 1000.0, "mg": 1.0, "mcg": 0.001}


def _weight(m: Medication) -> float | None:
    if m.dose is None or m.unit not in _MG:
        return None
    return m.dose * _MG[m.unit]


def restated_left_out(meds: Sequence[Medication]) -> list[Medication]:
    """`meds` less each dose that another entry of the same drug gives in another unit, said in
    one of the same sentences, where that other is in the drug's own unit."""
    out: list[Medication] = []
    for m in meds:
        w = _weight(m)
        drug = load_lexicon().medication(m.name)
        own = drug.units[0] if drug is not None else "mg"
        if w is not None and m.unit != own:
            said = set(m.evidence[1:] or m.evidence)
            if any(
                o is not m
                and o.name == m.name
                and o.unit == own
                and _weight(o) == w
                and said & set(o.evidence)
                for o in meds
            ):
                continue
        out.append(m)
    return out
