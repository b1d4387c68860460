"""A Jamaican Patwa answer's no, read as said commonly (issue 17's fifty-third pass, from the
probe p27's noes): "Mi nuh do dat, at all at all.", "Me neva tink so." The answer readers know
"I don't do that" and "I never thought so", not the Patwa; each answer opening so is read in
common English ("I don't do that, at all at all."), and the evidence quotes it as said. Only an
opening of the sentence, so that a story told in Patwa is left to the cues, which read "mi" as
"I". Patterns ignore case.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from localnotes.notes.model import Evidence
from localnotes.notes.risk_relay import rewritten
from localnotes.notes.sentences import Sentence

#: "mi nuh do dat", "me nah go do it", "a neva tink so" (not "mi nuh know", which is no answer)
_NO = re.compile(
    r"^(?P<lead>\W*)(?:mi|me) (?P<not>nuh|nah|no|neva|nevah|nuh eva) (?:go )?(?P<verb>do|did|"
    r"tink|think|feel|want|waan|try|hurt|cut|touch)(?P<what> (?:dat|that|it|dem|so|nutten|"
    r"nothing))\b",
    re.IGNORECASE,
)
_COMMON = {"tink": "think", "waan": "want", "dat": "that", "dem": "them", "nutten": "anything"}


def _common(m: re.Match[str]) -> str:
    verb = _COMMON.get(m["verb"].lower(), m["verb"].lower())
    what = _COMMON.get(m["what"].strip().lower(), m["what"].strip().lower())
    never = m["not"].lower().startswith("neva") or m["not"].lower().startswith("nevah")
    said = (
        f"I never {verb} {what}"
        if never or m["not"].lower() == "nuh eva"
        else (f"I don't {verb} {what}")
    )
    return m["lead"] + said


def said_in_common_english(
    sentences: Sequence[Sentence],
) -> tuple[list[Sentence], dict[Evidence, Evidence]]:
    """The sentences with each Patwa no at their opening said in common English, and for each
    sentence read anew, its evidence as read -> its evidence as said."""
    return rewritten(sentences, _NO, lambda text: _NO.sub(_common, text, count=1))
