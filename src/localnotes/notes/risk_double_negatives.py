"""Risk owned through a double negative (issue 17's forty-ninth pass, from the tenth battery):
"It's not like I didn't go back to cutting", "I wouldn't say I haven't been hurting myself", "I
haven't not been doing it", "I can't say he doesn't hit me", "I'm not going to say I didn't mean
to hit him". The rules read the negation nearest the act and find it denied; each sentence that
holds such a double negative is read with it said plainly ("I did go back to cutting", "he does
hit me"), and the evidence found in it quotes the sentence as it was said (as `risk_relay` does
for an interpreter's turn). Patterns ignore case.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from localnotes.notes.model import Evidence
from localnotes.notes.risk_relay import rewritten
from localnotes.notes.sentences import Sentence

_NOT = {
    "haven't": "have", "hasn't": "has", "don't": "do", "doesn't": "does", "didn't": "did",
    "wasn't": "was", "isn't": "is", "aren't": "are", "weren't": "were", "won't": "will",
    "wouldn't": "would", "havent": "have", "hasnt": "has", "dont": "do", "doesnt": "does",
    "didnt": "did", "wasnt": "was", "isnt": "is", "wont": "will", "have not": "have",
    "has not": "has", "do not": "do", "does not": "does", "did not": "did", "was not": "was",
    "is not": "is", "will not": "will",
}  # fmt: skip
_NEGATED = "|".join(sorted((re.escape(k) for k in _NOT), key=len, reverse=True))
_WHO = r"(?:i|he|she|they|we|it|my \w+)"  # "it's not like it hasn't crossed my mind" (p25)
_DOUBLE = re.compile(
    # "It's not like I didn't ...", "it's not as if I haven't ..."
    rf"\b(?:it's|it is|its) not (?:like|as if|as though|that) (?P<a>{_WHO}) (?P<an>{_NEGATED})"
    r"(?=\s+[a-z])|"
    # "I wouldn't say I haven't ...", "I can't say he doesn't ...", "I'm not going to say I
    # didn't ...", "I won't pretend I don't ..."
    r"\bi(?:'m| am)? (?:wouldn't|would not|won't|will not|can't|cannot|couldn't|not going to|"
    rf"not gonna) (?:say|pretend|tell you|lie and say) (?:that )?(?P<b>{_WHO}) "
    rf"(?P<bn>{_NEGATED})(?=\s+[a-z])|"
    # "I haven't not been doing it"
    rf"\b(?P<c>{_WHO}) (?P<cn>{_NEGATED}) not\b|"
    # a whole answer that names no act (issue 17's fifty-third pass, the probe p27): "It's not as
    # if I never have, let's say.", "Not gonna pretend I didn't." -> "I have.", "I did." (not
    # "It's not like I've never been to Spain", which names what; nor "I'm not going to pretend I
    # haven't", which the answer readers read)
    r"^(?P<d>(?:(?:it's|it is|its) not (?:like|as if|as though|that) i(?:'ve| have)? (?:never"
    r"(?: have)?|haven't|have not|not)|not (?:going to|gonna) (?:pretend|lie and say|say) i "
    r"(?:haven't|have not|never have|never did|didn't|did not|don't|do not))(?:,? (?:no|put it "
    r"that way|let's (?:just )?(?:put it that way|say that|say)|if you know what i mean))?)"
    r"(?=\W*$)",
    re.IGNORECASE,
)
#: (an answer's "I wouldn't say I haven't, no." names no act: the answer readers read it)
#: what a double negative says of no act: "I can't say I don't know", "it's not that I don't
#: love him", "it's not like I don't want to get better" (left as said)
_NOT_AN_ACT = re.compile(
    r"\s*(?:know|remember|care|mind|like|love|want (?:help|to (?:get better|stop|live)))\b", re.I
)


def _plain(m: re.Match[str]) -> str:
    if m["d"]:
        said = m["d"].lower()
        return (
            "I did"
            if re.search(r"\bdid(?:n't| not)\b", said)
            else "I do"
            if re.search(r"\bdo(?:n't| not)\b", said)
            else "I have"
        )
    who = m["a"] or m["b"] or m["c"]
    said = (m["an"] or m["bn"] or m["cn"]).lower()
    if _NOT_AN_ACT.match(m.string, m.end()):
        return m[0]
    return f"{who} {_NOT[said]}"


def said_plainly(
    sentences: Sequence[Sentence],
) -> tuple[list[Sentence], dict[Evidence, Evidence]]:
    """The sentences with each double negative said plainly, and for each sentence read anew,
    its evidence as read -> its evidence as said."""
    return rewritten(sentences, _DOUBLE, lambda text: _DOUBLE.sub(_plain, text))
