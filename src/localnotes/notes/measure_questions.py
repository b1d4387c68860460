"""Questions about a measure's score asked across turns: the client asking for the score of a
measure just named ("What did I get?"), and anyone asking for an earlier one ("What was it
before?"); the answer that follows is that score (`measures`)."""

from __future__ import annotations

import re

#: the client asks for the score of a measure just named: "What did I get?", "What's my score?"
ASKS_SCORE = re.compile(
    r"^(?!.*\b(?:before|last time|used to|previous)).*(?:\bwhat did (?:i|we|it|that) (?:get|score|"
    r"come (?:to|out at))|\bwhat(?:'s| is| was) (?:my|the|it|that)(?: score| total| number)?\W*$|"
    r"\bhow did i (?:do|score)|\bwhat number)",
    re.I,
)
#: a question about an earlier score: "What was it before?", "And last time?"
ASKS_EARLIER = re.compile(
    r"\b(?:before|last time|previously|at the start|at intake|the time before|used to be)\W*$", re.I
)
