"""A clinician's question whose words of risk are said to the client ("Meaning you wouldn't mind
dying in your sleep?"), read as the client would say them; and a check of what a client meant
that offers death as what was meant ("When you say being around, do you mean alive?", "Is it
leaving, or is it not being alive?"), the way passive wishes are clarified aloud (issue 17's
thirty-fourth pass, from am's written turns). Patterns run on lowercase text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from localnotes.notes import risk_cues as rc
from localnotes.notes.risk_cue_scan import cues as cues_in

_OWN = {"you're": "i'm", "you'd": "i'd", "you've": "i've", "you'll": "i'll",
        "yourself": "myself", "yourselves": "myself", "your": "my", "are you": "am i",
        "you are": "i am", "you were": "i was", "were you": "was i"}  # fmt: skip
#: "you" as the object: at the end, or before what follows an object
_YOU_OBJECT = re.compile(
    r"you(?=\s*(?:[.,;:!?]|$)|\s+(?:and|or|to|for|with|at|in|on|again|too|any ?more|like|that "
    r"way|when|if|because|so|up|off|down|around|about)\b)"
)
#: the words of `_OWN`, the longest first
_SAID_TO = re.compile(r"\b(?:" + "|".join(sorted(_OWN, key=len, reverse=True)) + r")\b")

#: what a check offers as the meaning: death, or not being alive ("do you mean alive?", "as in
#: not being here?", "or is it not being alive?")
_DEATH = (
    r"(?:not )?(?:being |be )?(?:alive|a life|dead)|dying(?! (?:it|them|my|your|his|her|the)\b)|"
    r"death|(?:to )?die|not (?:being |be )?(?:here|around)(?: any ?more)?|not (?:wanting|want) to "
    r"(?:live|be here|be around|exist)"
)
DEATH_CHECK = re.compile(
    r"\b(?:do you mean|did you mean|you mean|meaning|as in|in the sense of)\b,? "
    rf"(?:[^.?!]{{0,25}}? )?(?:{_DEATH})\b(?=[^.?!]*\?)|"
    rf"\bor (?:is it |was it |is that |are you |do you mean |more )?(?:{_DEATH})\b(?=\s*\?)"
)
#: an answer that says the death the check offered: "Not alive, I guess.", "Like, not be around."
DEATH_SAID = re.compile(
    # ("Like, not beat around, not alive.": "be" misheard, then said again)
    r"^(?:like,? |um,? |well,? |i guess,? |yeah,? )*(?:not [a-z]+ [a-z]+, )?(?:not (?:being |be )?"
    r"(?:alive|here|around)|"
    r"being dead|dead|dying|the (?:second|last) one|the not (?:being |be )?(?:alive|here))\b"
    r"(?![^.?!]{0,20}\b(?:no|never)\b)"
)

_CHECK_CUE = rc.Cue("suicidal_ideation", DEATH_CHECK, False)


def own_words(low: str) -> str:
    """The question with "you" made "I": "meaning i wouldn't mind dying in my sleep?"."""
    low = _SAID_TO.sub(lambda m: _OWN[m.group(0)], low)
    low = _YOU_OBJECT.sub("me", low)
    return re.sub(r"\byou\b", "i", low)


@lru_cache(maxsize=4096)
def asked_back(low: str) -> tuple[rc.Cue, ...]:
    """The cues of a clinician's question that has none of its own: those of its words said by
    the client, or a check that offers death as what was meant."""
    if DEATH_CHECK.search(low):
        return (_CHECK_CUE,)
    if "you" not in low:
        return ()
    return tuple(c for c, _, _ in cues_in(own_words(low)))


def repeats_what_was_said(question: str, before: Sequence[str]) -> bool:
    """ "I missed a bit. Since the summer before last?": the client's own words just said, asked
    back to hear them again, not a question of risk (the "since" would otherwise ask of the risk
    told before it)."""
    q = question.strip(" ?\"'.")
    return len(q.split()) >= 3 and any(q in b for b in before)
