"""A no, then a yes to the same question in the same breath: "Not really. But sometimes, yeah.",
"No, but sometimes.", "No. I do not feel like it. I think about it." (issue 17's fortieth pass,
from av's written turns: a literal answer to "Do you feel like killing yourself?" that denies the
feeling and owns the thought). Speech recognition writes the no and the turn either as one
sentence or as two, so both are read alike. Patterns run on lowercase text.
"""

from __future__ import annotations

import re

from localnotes.notes.risk_answer_words import THOUGHT_STILL_COMES

#: the yes words a turned-round no ends in: "But sometimes, yeah.", "Well, now and then."
SHORT_YES = re.compile(
    r"^(?:yes|yeah|yep|aye|sometimes|occasionally|now and (?:then|again)|a (?:little|bit)|kind "
    r"of|sort of|maybe|once or twice|a few times|on and off|off and on|from time to time|every "
    r"so often|here and there|i (?:do|have|did))\b(?:,? (?:yeah|yes|i (?:do|have|guess|suppose)|"
    r"once|twice|the once|a few times|a couple of times))?"
    r"\W*$"
)
#: the thought owned, with nothing after it: "I think about it.", "I still think about it, though."
_THINKS = re.compile(
    r"^i (?:do |still |sometimes |often |just )?(?:think|thought) about it(?:,? (?:sometimes|a "
    r"lot|often|though|still|at night|every day|a bit))?\W*$"
)
#: a question about thoughts, wishes or feelings, which "I think about it" answers (not one
#: about an act: "Have you hurt yourself?" "No. I think about it." owns no act)
_OF_THOUGHTS = re.compile(r"\b(?:feel like|thoughts?|think\w*|wish\w*|wants?|wanted|urges?)\b")
#: the no and its turn heard as one sentence: "No, but sometimes."
_NO_BUT = re.compile(r"^(?:no|nah|nope|not really|not as such)[,.]? but,? (?P<rest>[^,.?!]+\W*)$")
#: a question about plans, which a thought does not answer yes
PLAN_ASKED = re.compile(r"\b(?:plans?|intent|intention|act on)\b")


def short_yes(low: str, question: str) -> bool:
    """The sentence says yes in few words, or owns the thought asked about."""
    return bool(
        SHORT_YES.match(low)
        or THOUGHT_STILL_COMES.match(low)
        or (_THINKS.match(low) and _OF_THOUGHTS.search(question))
    )


def no_but_yes(low: str, question: str) -> bool:
    """A no heard as one sentence with the yes that turns it: "No, but sometimes." (not to a
    question of plans: "No, but the thoughts are there" has no plan)."""
    m = _NO_BUT.match(low)
    return m is not None and not PLAN_ASKED.search(question) and short_yes(m["rest"], question)
