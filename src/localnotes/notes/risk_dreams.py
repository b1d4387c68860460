"""A dream of risk that the client, asked about it awake, denies (issue 17's forty-eighth pass,
from the set bd): "I dreamed I pushed him off a balcony." ... "But awake, have you had any
thoughts of hurting him?" "In the dream, yes. Awake, never." A dream told is charted as told
("I dreamt about burning the garage down with him inside it."), unless a denial of the same
kind follows it in the session: then the denial stands alone. Patterns run on lowercase text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from localnotes.notes.model import Risk

#: a sentence telling a dream: "I dreamed I ...", "In my dream I ...", "I had a nightmare that"
_DREAM = re.compile(
    r"\b(?:i (?:dreamed|dreamt|dream|had a dream|have dreams|keep dreaming|had a nightmare|have "
    r"nightmares)|in (?:the|my) (?:dream|nightmare))\b"
)


def dreams_denied(risks: Sequence[Risk]) -> list[Risk]:
    """The risks without each endorsed one told only as a dream and denied later, of its kind."""
    out = []
    for r in risks:
        dreamt = r.status == "endorsed" and all(_DREAM.search(e.quote.lower()) for e in r.evidence)
        denied_after = any(
            d.kind == r.kind and d.status == "denied" and d.evidence[0].start > r.evidence[0].start
            for d in risks
        )
        if not (dreamt and denied_after):
            out.append(r)
    return out
