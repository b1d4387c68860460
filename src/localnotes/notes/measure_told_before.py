"""A measure's score told before the measure is named, for `measures`: the client gives a number
as their score without naming the form ("My score, eighty-four.", "I scored fourteen."), and the
clinician names it in a question right after ("The stress check, that's the BJSQ?", "That's the
PHQ-9?"). The number is the named measure's score where the question names one measure of the
lexicon and no number of its own, and the sentences that told it name none."""

from __future__ import annotations

import re
from collections.abc import Sequence

from localnotes.notes import measure_named, score_wording
from localnotes.notes.measure_ranges import DECIMAL, RANGES
from localnotes.notes.measure_score_numbers import scores
from localnotes.notes.model import Measure
from localnotes.notes.sentences import Sentence

#: a number told as one's score, a filler word allowed between: "My score, ano, eighty-four.",
#: "My total was twelve.", "I scored fourteen." (not "the score" of a game, nor "I got two")
_TOLD_AS_MINE = re.compile(
    r"\bmy (?:score|total|result)(?:\s+(?:was|is|came to|came out at))?,?\s+(?:\w+,\s+)?$|"
    r"\bi scored\s+(?:an?\s+)?$",
    re.I,
)
#: how many sentences before the question the score may be told
_TOLD_WITHIN = 2


def extract(sentences: Sequence[Sentence]) -> list[Measure]:
    out: list[Measure] = []
    for k, s in enumerate(sentences):
        if not s.is_question or (k and sentences[k - 1].is_question):
            continue
        named = measure_named.named(s.text)
        name = named[0][0] if len({n for n, _, _ in named}) == 1 else None
        if name is None or name not in RANGES:
            continue
        most, whole = float(RANGES[name]), name not in DECIMAL
        if any(
            not any(a <= n.start < b for _, a, b in named)
            for n in scores(s, 0, len(s.text), most, whole)
        ):
            continue  # named with a number of its own (not its name's: "the GAD-7")
        for t in reversed(sentences[max(0, k - _TOLD_WITHIN) : k]):
            if measure_named.named(t.text):
                break
            told = [
                n
                for n in scores(t, 0, len(t.text), most, whole)
                if _TOLD_AS_MINE.search(t.text[: n.start])
                and score_wording.ENDS_CLAUSE.match(t.text[n.end :])
            ]
            if told:
                out.append(Measure(name, told[0].value, most, (t.evidence(), s.evidence())))
                break
    return out
