"""Words of a dialect read in the words the risk rules know (issue 17's fiftieth pass, from the
set bf and the probe p24): a yes ("Not ready ready. But yah, the thought is there.", Singapore
English; "Yeh, I have."), Scots ("thinking aboot just going ower the side", "I cannae"), Cockney
("finkin'"), "more'n" for "more than" ("me" for "my" before the body is read by the cue scan
itself, `risk_speaker_forms`). Each sentence that holds one is read with the common word in its
place, and the evidence found in it quotes the sentence as it was said (as `risk_fillers` does).
Patterns ignore case.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from localnotes.notes.model import Evidence
from localnotes.notes.risk_relay import rewritten
from localnotes.notes.sentences import Sentence

#: the dialect's word -> the common one; each a word of its own (not "yeah", "Yahweh", "year",
#: "tower", "doona")
_COMMON = {
    "yah": "yeah",
    "yeh": "yeah",
    "yea": "yeah",
    "aboot": "about",
    "ower": "over",
    "masel": "myself",
    "mysel": "myself",
    "doon": "down",
    "cannae": "cannot",
    "didnae": "didn't",
    "wouldnae": "wouldn't",
    "dinnae": "don't",
    "more'n": "more than",
    # Cockney: "I keep finkin' about doing him in"
    "finkin'": "thinking",
    "finking": "thinking",
    "fink": "think",
}
_WORD = re.compile(
    r"(?<![\w'])(?:" + "|".join(re.escape(w) for w in _COMMON) + r")(?![\w'])", re.IGNORECASE
)


def _common(m: re.Match[str]) -> str:
    said = m[0]
    word = _COMMON[said.lower()]
    return word[0].upper() + word[1:] if said[0].isupper() else word


def said_commonly(
    sentences: Sequence[Sentence],
) -> tuple[list[Sentence], dict[Evidence, Evidence]]:
    """The sentences with a dialect's words read as the common ones, and for each sentence read
    anew, its evidence as read -> its evidence as said."""
    return rewritten(sentences, _WORD, lambda text: _WORD.sub(_common, text))
