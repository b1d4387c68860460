"""An option of a risk question picked by its place: "Is that a wish to be dead, or thoughts of
ending your life?" "The first one." (issue 17's thirty-second pass). `risk_turns.picked` matches
an answer to an option by its words; an answer that says only "the first", "the second", "the
latter" names none of them.
"""

from __future__ import annotations

import re

from localnotes.notes.risk_cue_scan import cues as cues_in
from localnotes.notes.risk_turns import DEAD, options_of

_ORDINAL = re.compile(
    r"^(?:(?:more|just|mostly|probably|definitely|only|mainly|i'd say|i guess),? )*(?:the )?"
    r"(?P<n>first|second|former|latter|last)(?: one| bit| thing)?(?:,? (?:i (?:guess|think|"
    r"suppose)|really|mostly|yeah|yes))?\W*$"
)
_PLACE = {"first": 0, "former": 0, "second": 1, "latter": -1, "last": -1}


def ordinal(question: str, answer: str) -> str | None:
    """ "yes" when the answer picks by its place an option with risk in it, "no" when it picks
    the one option without, None when the answer picks nothing by its place."""
    m = _ORDINAL.match(answer.strip(" \"'"))
    if m is None or not question.rstrip().endswith("?"):
        return None
    choices = options_of(question.rstrip(" ?"))
    if len(choices) < 2:
        return None
    risky = [bool(cues_in(o) or DEAD.search(o)) for o in choices]
    if not any(risky):
        return None
    return "yes" if risky[_PLACE[m["n"]]] else "no"
