"""A turn of the client's told by someone else for the client, said so at its start (issue 17's
fifty-first pass, from the probe p25): "(Daughter, speaking for her father, the client) Since
the stroke he bangs his own head on the wall on purpose ..."; "Through the interpreter: her
husband hits her when the dinner is late ...". The turn is read in the client's own person ("i
bang my own head ...", "my husband hits me ..."), as `risk_relay` reads a relayed session, and
the evidence quotes the sentence as it was said. A whole session relayed is `risk_relay`'s; an
answer given for the client ("(His mother, answering for him) Yes, he has.") is read by
`risk_answer_words`. Patterns run on lowercase text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from localnotes.notes.model import Evidence
from localnotes.notes.risk_relay import as_first_person, read_anew
from localnotes.notes.sentences import Sentence

#: the opening that says who speaks for the client: "(Daughter, speaking for her father, the
#: client)", "(Her son, answering for her)", "Through the interpreter:"
_FOR = re.compile(
    r"^\s*(?:\((?P<said>[^)]*\b(?:speaking|answering|talking|translating|interpreting) for\b"
    r"[^)]*)\)|through (?:the|an|her|his) interpreter\s*:|(?:the )?interpreter,? (?:for (?:him|"
    r"her)|translating)\s*:|"
    # a relative's answer given with a colon (the fifty-third pass, the probe p27): "His son
    # answers for him: he has.", "Her sister says: yes, she does." (not "He says: ..." alone,
    # a relayed session's, read by `risk_relay`)
    r"(?P<said2>(?:his|her|their|the client's) (?:wife|husband|mother|mum|mom|father|dad|son|"
    r"daughter|sister|brother|partner|carer|aunt|uncle|gran|grandmother|grandfather|parents?) "
    r"(?:answers|answering|says|said|replies|speaks|speaking|tells us|told us)(?: for (?:him|"
    r"her))?)\s*:)\s*",
    re.IGNORECASE,
)
_HE = re.compile(
    r"\bfor (?:him|(?:her|his|their|my) (?:father|dad|husband|son|brother|grandfather|grandad|"
    r"uncle|partner|boyfriend)|the (?:man|boy|gentleman))\b"
)
_SHE = re.compile(
    r"\bfor (?:her\b(?! (?:father|dad|husband|son|brother|grandfather|grandad|uncle|boyfriend)\b)"
    r"|(?:her|his|their|my) (?:mother|mum|mom|wife|daughter|sister|grandmother|gran|aunt|"
    r"girlfriend)|the (?:woman|girl|lady))\b"
)
_FIRST = re.compile(r"\b(?:(?P<he>he|him|his)|(?P<she>she|her))\b")


def _who(said: str, rest: str) -> str | None:
    """Whom the turn is told of: "he" or "she", from the opening, else from the first pronoun."""
    if _HE.search(said):
        return "he"
    if _SHE.search(said):
        return "she"
    first = _FIRST.search(rest)
    return None if first is None else "he" if first["he"] else "she"


def told_for(
    sentences: Sequence[Sentence],
) -> tuple[list[Sentence], dict[Evidence, Evidence]]:
    """The sentences of each turn told for the client read in the client's own person, and for
    each sentence read anew, its evidence as read -> its evidence as said."""
    out = list(sentences)
    back: dict[Evidence, Evidence] = {}
    for k, s in enumerate(sentences):
        if s.role == "clinician" or (k > 0 and sentences[k - 1].segment == s.segment):
            continue
        opening = _FOR.match(s.lower)
        if opening is None:
            continue
        said = opening["said"] or opening["said2"] or ""
        who = _who(said, s.lower[opening.end() :])
        if who is None:
            continue
        j = k
        while j < len(sentences) and sentences[j].segment == s.segment:
            low = sentences[j].lower
            if j == k:
                low = low[opening.end() :]
            if not sentences[j].is_question:
                out[j] = read_anew(sentences[j], as_first_person(low, who), back)
            j += 1
    return out, back
