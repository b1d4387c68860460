"""Another's written words read aloud by the clinician, in which "he" or "she" is the client and
"me" the writer (issue 17's forty-second pass, from ax03): 'Bev wrote: "In June, when I hid the
credit card, he pushed me hard into the hallway dresser." Graham?' "I did." Owned at once by the
client (a yes, "I did", "it's true"), it is the client's harm to others; owned or not, the abuse
the writer's own words tell is not abuse of the client, and is not charted as such. Patterns run
on lowercase text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from localnotes.notes import risk_framing as rf
from localnotes.notes import risk_turns as rt
from localnotes.notes.model import Risk
from localnotes.notes.risk_cue_scan import cues as cues_in
from localnotes.notes.sentences import Sentence

#: the writer and the words read: 'Bev wrote: "', 'your wife has written here: "'
_READ = re.compile(
    r"\b(?:\[person\]|[a-z]+|she|he|your (?:wife|husband|partner|mum|mom|mother|dad|father|son|"
    r"daughter|carer|sister|brother)) (?:wrote|writes|has written|had written|put)(?: here| "
    r"down| on the (?:back|form)(?: of (?:her|his|the) form)?)?(?: that)?[,:]?\s*[\"“]"
)
#: the client, in the writer's words: "he pushed me"
_HE_THEN_ME = re.compile(r"\b(?:he|she)\b[^\"”]*?\b(?:me|my)\b")
#: owned: "I did.", "Yes.", "It's true.", "That's right."
_OWNED = re.compile(
    r"^(?:(?:yes|yeah|yep|aye)\b|i did\b|i have\b|it's true|it is true|that's true|that's right|"
    r"it happened|i'm not proud)"
)


def _read_aloud(s: Sentence) -> int | None:
    """Where the words another wrote begin in sentence s, read aloud by the clinician."""
    if s.role == "client":
        return None
    m = _READ.search(s.lower)
    return m.end() if m else None


def _not_owned(then: Sentence) -> bool:
    """With no speakers known, the reader goes on until a sentence owns what was read (the rest
    of the words read, a name asked: "Graham?")."""
    return not _OWNED.match(then.lower.strip(" \"'"))


def read_aloud(sentences: Sequence[Sentence]) -> list[Risk]:
    """Harm to the writer by the client, read from the writer's words and owned at once."""
    found: list[Risk] = []
    for k, s in enumerate(sentences):
        at = _read_aloud(s)
        if at is None:
            continue
        told = [
            c
            for c, a, _ in cues_in(s.text)
            if a >= at and c.kind in ("abuse_or_neglect", "harm_to_others")
        ]
        if not told or not _HE_THEN_ME.search(s.lower[at:]):
            continue
        j = k + 1
        while j < len(sentences) and j <= k + 3 and rt.asker_goes_on(s, sentences[j], _not_owned):
            j += 1  # '"He has never done anything like that." Graham?'
        if j < len(sentences) and (s.role is None or sentences[j].role != s.role):
            reply = sentences[j]
            if _OWNED.match(reply.lower.strip(" \"'")):
                ev = (s.evidence(), reply.evidence())
                found.append(Risk("harm_to_others", "endorsed", rf.time_of(s.lower), ev))
    return found


def writers_own(risks: Sequence[Risk], sentences: Sequence[Sentence]) -> list[Risk]:
    """The risks less abuse cited only from the words another wrote, read aloud."""
    read = {s.text.strip() for s in sentences if _read_aloud(s) is not None}
    return [
        r
        for r in risks
        if not (
            r.kind == "abuse_or_neglect" and r.evidence and all(e.quote in read for e in r.evidence)
        )
    ]
