"""An answer's prelude said as a sentence of its own, read as the pause it is (issue 17's
fifty-third pass, from the probe p27's yeses): "Och, you've caught me there. Aye.", "You all
know the answer to that already. Yes." The prelude concedes before the answer, which follows it;
read as said, it was taken for the answer and the yes after it was never read. Each such
sentence is read as "Um." (a hesitation, which the answer readers pass over), and Nigerian
Pidgin's "Na so e be" ("that's how it is", a yes) as "Na so", the form they know. The evidence
quotes the sentence as it was said. Patterns ignore case.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from localnotes.notes.model import Evidence
from localnotes.notes.risk_relay import rewritten
from localnotes.notes.sentences import Sentence

#: how one may be addressed after it: "..., doctor."
_ADDRESS = r"(?:,?\s*(?:doctor|doc|nurse|miss|sir|ma'am|madam|ma|oga|love|pet|hen))?"
#: a concession or "you know already", the whole sentence (not "You've got me there on the
#: rota", nor "You know the answer is no", which answers)
_PRELUDE = re.compile(
    r"^\W*(?:(?:och|ach|oh|well|ah|aw|ha|heh|right|okay|ok),?\s+)*"
    r"(?:(?:ye've|you've|youve|ya've|you have|y'all have|y'all've|you) (?:got|caught|had) me "
    r"(?:there|on that(?: one)?|bang to rights|fair and square)|(?:y'all|you|ye|yous|youse|you "
    rf"all|you guys) (?:already |probably |must |prob'ly )?know (?:the answer to that|the answer"
    rf"|what i'm gonna say|what i'm going to say)(?: already)?){_ADDRESS}[.!…]*\s*$",
    re.IGNORECASE,
)
#: Pidgin's yes said in full, the whole sentence: "Na so e be, doctor."
_NA_SO = re.compile(rf"^\W*na so (?:e|it|i) (?:be|dey)(?P<rest>{_ADDRESS}[.!…]*\s*)$", re.I)
_HOLDS = re.compile(f"{_PRELUDE.pattern}|{_NA_SO.pattern}", re.IGNORECASE)


def _as_read(text: str) -> str:
    if (m := _NA_SO.match(text)) is not None:
        return "Na so" + m["rest"]
    return "Um." if _PRELUDE.match(text) else text


def preludes_as_pauses(
    sentences: Sequence[Sentence],
) -> tuple[list[Sentence], dict[Evidence, Evidence]]:
    """The sentences with each answer's prelude read as a pause, and for each sentence read
    anew, its evidence as read -> its evidence as said."""
    return rewritten(sentences, _HOLDS, _as_read)
