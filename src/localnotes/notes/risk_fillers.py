"""Risk told through the words said while finding the next ones (issue 17's forty-eighth pass,
from the ninth battery): "I sort of, you know, swallowed the lot", "I've been, um, like, cutting
again", "he kinda forces me". The fillers, and the commas around them, part the subject from
its verb, so that the rules read no one's act; each sentence that holds one is read without
them, and the evidence found in it quotes the sentence as it was said (as `risk_relay` does for
an interpreter's turn). Patterns ignore case.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from localnotes.notes.model import Evidence
from localnotes.notes.risk_relay import rewritten
from localnotes.notes.sentences import Sentence

#: a filler after a word, and the commas around it: "sort of, you know,", ", um,", ", like,"
#: (not "like" bare, which is also a verb: "I'd like to die"; nor "kind of" before a noun: "what
#: kind of pills"; nor "do you know"; nor one that opens the sentence: "Um, no." is answered so)
_ONE = (
    r"(?:(?:,\s*|\s+)(?:(?<!do )(?<!did )(?<!don't )(?<!if )(?<!as )(?<!what )you know(?! (?:what|"
    r"who|how|that|where|when|why|if|him|her|them|it|me)\b)|sort of|kind of|kinda|sorta|um+|uh+|"
    r"erm+|er|i mean(?=,))\b(?![-'])(?! (?:a|an|the|thing|things|stuff|person|people|pills?|"
    r"tablets?|man|woman|guy|way|like|what|who|how|that|this)\b)|,\s*like(?=,))"
)
_FILLER = re.compile(rf"(?<=[a-z0-9']){_ONE}+(?:,\s*|\s+|(?=[.?!;]))", re.IGNORECASE)


#: a word that opens a clause of its own after a filler: "I've had me moments, like, but no."
_CLAUSE_NEXT = re.compile(r"\s*(?:but|and|so|or|because|cos|though|although|then)\b", re.I)


#: a word that wants the words after the filler in its own clause: "I've been, um, cutting"
_WANTS_MORE = re.compile(
    r"\b(?:i|he|she|they|we|you|it|been|was|were|am|is|are|to|have|has|had|i've|i'd|i'm|i'll|"
    r"he's|she's|will|would|could|just|and|but|the|a|my|his|her|their|nobody|no one|somebody|"
    r"someone|anybody|anyone|everybody|everyone|people|never|not|really|actually|also|still)$",
    re.I,
)
#: what opens an answer, before a filler that is left as said ("Em, I mean, yes"): answers are
#: read with their fillers
_OPENING = re.compile(
    r"^\W*(?:(?:em|um|uh|er|erm|oh|ah|well|so|yeah|yes|no|nah|okay|ok|right|hmm|mm|god)\W*)*$",
    re.I,
)


def _space(m: re.Match[str]) -> str:
    """What a filler leaves: a space, or its comma where a clause of its own comes next; the
    filler as said where only an answer's opening words come before it."""
    if _OPENING.match(m.string, 0, m.start()):
        return m[0]
    if m[0].startswith(",") and (
        _CLAUSE_NEXT.match(m.string, m.end())
        or (m[0].rstrip().endswith(",") and not _WANTS_MORE.search(m.string, 0, m.start()))
    ):  # "off the road, like, end it": a clause after it; "I've been, um, cutting": one clause
        return ", "
    return " "


def _without(text: str) -> str:
    """The sentence without its fillers, the words either side one space apart."""
    out = _FILLER.sub(_space, text)
    out = re.sub(r"\s{2,}", " ", out).strip()
    return re.sub(r"\s+([.,;:!?])", r"\1", out)


def fillers_out(
    sentences: Sequence[Sentence],
) -> tuple[list[Sentence], dict[Evidence, Evidence]]:
    """The sentences read without their fillers, and for each sentence read anew, its evidence
    as read -> its evidence as said."""
    return rewritten(sentences, _FILLER, _without)
