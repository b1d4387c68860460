"""A young child left alone, told without a place or without the word "neglect" (issue 17's
thirtieth pass, ai20): "I left him on his own for about two hours. He woke up and he was
screaming ... He's four." Leaving "him" alone for hours is neglect only where the child is there
to be heard: an age, a baby, a son or daughter in the same speaker's turn. Left an adult for an
evening ("I left him alone for a few hours, he needed space") it is not; `risk_cues_abuse` holds
the forms that say a place or a child outright.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from localnotes.notes import risk_framing as rf
from localnotes.notes.model import Risk
from localnotes.notes.sentences import Sentence

_YOUNG = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[1-9]|1[0-2])"
#: someone left with no one, by the speaker or another: "I left him on his own"
_LEFT = re.compile(
    r"\b(?:i|we|he|she|they|\[person\]|and)(?: just| had| 'd)? (?:left|leave|leaves|leaving) "
    r"(?P<who>him|her|them|\[person\]|the (?:kids?|children|baby|little ones?)|my (?:kids?|"
    r"children|baby|son|daughter|boy|girl|little one)|our (?:kids?|children|baby|son|daughter|"
    r"boy|girl))(?: (?:all|completely|totally|just))? (?:alone|on (?:his|her|their) own|by "
    r"(?:him|her|them)sel(?:f|ves)|home alone|unattended|with nobody|with no ?one)\b"
)
#: for long: hours, days, the night
_LONG = re.compile(
    r"^[^.?!]{0,30}?\b(?:for (?:about |around |nearly |over |almost |a good |like |maybe |at "
    r"least )?(?:a couple of |a few |an? |\w+ |several |many )?(?:hours?|days?|nights?|the "
    r"(?:night|day|evening|afternoon|weekend))|all (?:day|night|evening|afternoon)|overnight|"
    r"till (?:morning|the morning))\b"
)
#: the child, heard in the speaker's turn: "He's four.", "my four-year-old", "the baby"
_CHILD = re.compile(
    rf"\b{_YOUNG}[- ]years?[- ]old\b|\b(?:he|she|they)(?:'s| is| was|'re| are| were) (?:only |"
    rf"just |barely )?{_YOUNG}\b(?!\s*(?:o'clock|pm|am|minutes?|hours?|days?|weeks?|months?|"
    r"times|feet|foot|stone|kilos?|pounds?|%|percent)\b)|\b(?:baby|toddler|infant|kids?|children|"
    r"my (?:son|daughter|boy|girl|little one))\b"
)


def child_left_alone(sentences: Sequence[Sentence]) -> list[Risk]:
    """A child left alone for hours, told by the one who left them or of another, endorsed where
    the child's age or a child word is said in the same speaker's turn (three sentences around)."""
    out: list[Risk] = []
    for k, s in enumerate(sentences):
        low = s.lower
        left = _LEFT.search(low)
        if s.role == "clinician" or s.is_question or not left or not _LONG.match(low[left.end() :]):
            continue
        if rf.NEGATION.search(rf.clause_before(low, left.start())):
            continue  # "I've never left him on his own for hours"
        near = [x for x in sentences[max(0, k - 3) : k + 4] if x.role == s.role]
        if left["who"] in ("him", "her", "them", "[person]") and not any(
            _CHILD.search(x.lower) for x in near
        ):
            continue
        out.append(Risk("abuse_or_neglect", "endorsed", rf.time_of(low), (s.evidence(),)))
    return out
