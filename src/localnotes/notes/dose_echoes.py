"""A number said back, not a dose: the answer that repeats a dose just given to another drug
("I'd like to go up to fifty milligrams on the sertraline. We'll check your levels for the
Tegretol too." "Fifty.") is the listener saying the new dose back, not the Tegretol's dose."""

from __future__ import annotations

from collections.abc import Sequence

from localnotes.notes import doses as dr
from localnotes.notes.sentences import Sentence

#: how many sentences before the drug's own the dose said back may have been given
_BACK = 2


def echoed(sentences: Sequence[Sentence], k: int, generic: str, found: Sequence[dr.Dose]) -> bool:
    """Every dose found for the drug named in sentence k is a bare number whose value was said,
    with its unit, in sentence k or the two before it, in a sentence naming another drug."""
    if not found or any(d.unit for d in found):
        return False
    given = {
        d.number.value
        for s in sentences[max(0, k - _BACK) : k + 1]
        if any(m.generic != generic for m in dr.mentions(s))
        for d in dr.doses(s, dr.mentions(s))
        if d.unit
    }
    return all(d.number.value in given for d in found)
