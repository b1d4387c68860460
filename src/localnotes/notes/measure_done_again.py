"""A measure done again, its new score told in the next sentence, for `measures`: "When you first
saw the team you scored thirty-three on the AUDIT." ... "And you did it again for me this
morning." "It was three." The sentence that says the form was done again ("did it again",
"filled it in again", "redid it") names no measure; the next one tells a number as "it" ("It was
three.", "It came to twelve.", "It's down to nine."). The measure is the one named last, within
a few sentences, where no other measure is named between. Also today's form told as "the one
you filled in today" beside an earlier score of the measure named before."""

from __future__ import annotations

import re
from collections.abc import Sequence

from localnotes.notes import measure_named, score_wording
from localnotes.notes.measure_ranges import DECIMAL, RANGES
from localnotes.notes.measure_score_numbers import scores
from localnotes.notes.model import Measure
from localnotes.notes.sentences import Sentence

#: the form done again, said of "it": "you did it again", "you filled it in again this morning"
_DONE_AGAIN = re.compile(
    r"\b(?:did|done|do|filled|completed|redid|redone|repeated|took|taken)\s+(?:it|that|them)"
    r"(?:\s+(?:in|out))?(?:\s+\w+){0,4}?\s+again\b",
    re.I,
)
#: the new score told as "it", opening its sentence: "It was three.", "It came to twelve."
_IT_WAS = re.compile(
    r"^\W*(?:and\s+|so\s+)?(?:it|this time it|today it)\s*(?:was|is|'s|came to|came out at|"
    r"came out|scored|'s down to|was down to|is down to|went down to|came down to)\s+(?:an?\s+)?$",
    re.I,
)
#: today's form, told beside the one named before: "The one you filled in with me today is
#: seventeen." (after "the midwife did the EPDS with you at two weeks. It was eleven then.")
_THE_ONE_DONE = re.compile(
    r"^\W*(?:and\s+|but\s+)?the one (?:you|she|he|they|we) (?:did|filled in|filled out|completed|"
    r"done)\b[^.?!\d]{0,30}?\s(?:is|was|came to|came out at|scored)\s+(?:an?\s+)?$",
    re.I,
)
#: how many sentences back the measure may be named
_NAMED_WITHIN = 6


def extract(sentences: Sequence[Sentence]) -> list[Measure]:
    out: list[Measure] = []
    for k, s in enumerate(sentences):
        opens = re.match(r"\W*(?:and\s+|but\s+)?the one (?:you|she|he|they|we)\b", s.text, re.I)
        name = _named_last(sentences, k) if opens else None
        if name is None or name not in RANGES or measure_named.named(s.text):
            continue
        most, whole = float(RANGES[name]), name not in DECIMAL
        told = [
            n
            for n in scores(s, 0, len(s.text), most, whole)
            if _THE_ONE_DONE.match(s.text[: n.start])
            and score_wording.ENDS_CLAUSE.match(s.text[n.end :])
        ]
        if told:
            out.append(Measure(name, told[0].value, most, (s.evidence(),)))
    for k in range(1, len(sentences)):
        again, s = sentences[k - 1], sentences[k]
        if not _DONE_AGAIN.search(again.text) or measure_named.named(again.text):
            continue
        if measure_named.named(s.text):
            continue
        name = _named_last(sentences, k - 1)
        if name is None or name not in RANGES:
            continue
        most, whole = float(RANGES[name]), name not in DECIMAL
        told = [
            n
            for n in scores(s, 0, len(s.text), most, whole)
            if _IT_WAS.match(s.text[: n.start]) and score_wording.ENDS_CLAUSE.match(s.text[n.end :])
        ]
        if told:
            out.append(Measure(name, told[0].value, most, (again.evidence(), s.evidence())))
    return out


def _named_last(sentences: Sequence[Sentence], k: int) -> str | None:
    """The one measure the sentences before `k` name last, within `_NAMED_WITHIN`."""
    for t in reversed(sentences[max(0, k - _NAMED_WITHIN) : k]):
        names = {n for n, _, _ in measure_named.named(t.text)}
        if names:
            return names.pop() if len(names) == 1 else None
    return None
