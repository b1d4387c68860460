"""What a statement of risk says is not so, though its words say risk (issue 17's thirty-fourth
pass, from am's written turns): a saying told and disowned at once ("I said I wanted to die but I
didn't mean like die die. I just meant I was mortified."); abuse that the voices a client hears
do to them ("And what do they say now?" "They abuse me."), which is the content of a symptom,
not a person's act. Patterns run on lowercase text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from localnotes.notes import risk_framing as rf
from localnotes.notes.sentences import Sentence

#: the saying disowned after it, in its own sentence: "but I didn't mean it", "but I don't mean
#: like die die", "not literally"
_NOT_MEANT_AFTER = re.compile(
    r"\b(?:but|though|although)\b[^.?!]{0,20}?\b(?:i )?(?:didn't|did not|don't|do not|never) "
    r"(?:really )?mean(?:t)? (?:it|that|like|literally|it like that|it that way)\b|"
    r"\bbut not (?:literally|for real|seriously)\b"
)
#: the next sentence says what was meant instead: "I just meant I was mortified.", "I didn't
#: mean it."
_MEANT_INSTEAD = re.compile(
    r"^(?:i (?:just |only )?meant (?:i was|i'm|i am|it as|that i was)\b|i (?:didn't|did not|"
    r"never) (?:really )?mean (?:it|that|like)\b|(?:it was|that was|it's) (?:just )?(?:a "
    r"saying|an expression|a figure of speech)\b)"
)
#: what the speaker says they said: "I said", "I told mam", "I was like"
_SAID = re.compile(r"\bi (?:said|told|texted|wrote|posted|shouted|screamed|yelled|was like|went)\b")
#: the voices a client hears, named in the eight sentences before
_VOICES = re.compile(r"\b(?:voices?|hearing things|the things i hear|what i hear)\b")
#: "they" or "it" as the doer, at the start of the clause: "They abuse me."
_THEY = re.compile(r"^(?:and |but |so |well,? )?(?:they|it|the voices?)(?: \w+ly| also| still)? $")


def disowned(sentences: Sequence[Sentence], k: int, kind: str, start: int, end: int) -> bool:
    """Whether sentence k's cue (at start, end) is told and then disowned, or is abuse done by the
    voices the client hears."""
    low = sentences[k].lower
    if kind == "abuse_or_neglect":
        if not _THEY.match(rf.clause_before(low, start)):
            return False
        # "the voices, they are still there." ... "And what do they say now?" "They abuse me."
        return any(_VOICES.search(s.lower) for s in sentences[max(0, k - 8) : k + 1])
    if not _SAID.search(rf.clause_before(low, start)):
        return False
    if _NOT_MEANT_AFTER.search(low, end):
        return True
    nxt = sentences[k + 1] if k + 1 < len(sentences) else None
    return (
        nxt is not None
        and nxt.role == sentences[k].role
        and bool(_MEANT_INSTEAD.match(nxt.lower.strip(" \"'")))
    )
