"""The scores of a measure's parts said after its total: "The PHQ-4 was nine. Five on the anxiety
half and four on the mood half."; "And on the pain part of it you scored 1.2"; "the sleep domain
was 4". Each is reported as its own measure, "PHQ-4 anxiety subscale", on the total's scale at
most, when said within two sentences of the total and before another measure is named."""

from __future__ import annotations

import re
from collections.abc import Sequence

from localnotes.notes import lexicon
from localnotes.notes.measure_ranges import DECIMAL
from localnotes.notes.model import Measure
from localnotes.notes.numbers import find_numbers
from localnotes.notes.sentences import Sentence

_PART = r"(?:half|part|subscale|sub-scale|domain|section|side)"
#: the part named after its score: "five on the anxiety half", "4 on the mood part"
_PART_AFTER = re.compile(rf"^\s+(?:points? )?on the ([a-z]{{3,}}) {_PART}\b", re.I)
#: the part named before its score: "on the pain part of it you scored 1.2", "the sleep domain
#: was 4"
_PART_BEFORE = re.compile(
    rf"\b(?:on|in|for) the ([a-z]{{3,}}) {_PART}(?: of it)?,?\s+(?:(?:you|he|she|they|i|it) )?"
    r"(?:scored|was|were|got|came (?:to|out at))\s+(?:an?\s+)?$|"
    rf"\bthe ([a-z]{{3,}}) {_PART}(?: score)? (?:was|is|came to|came out at)\s+(?:an?\s+)?$",
    re.I,
)
#: the total itself or a count, not a part: "the whole", "the other"
_NOT_PARTS = frozenset({"whole", "other", "same", "first", "second", "last", "top", "bottom"})


def extract(sentences: Sequence[Sentence], totals: Sequence[Measure]) -> list[Measure]:
    """The parts' scores said after each total of `totals` (a measure named by its name), up to
    the next total; a number already a total's score is none of its parts ("came out at 88 on
    the negative side" is the total)."""
    measures = lexicon.load().measures
    where = {e: i for i, s in enumerate(sentences) for e in (s.evidence(),)}
    at = [where.get(m.evidence[-1]) for m in totals]
    scored = {(e.quote, m.score) for m in totals for e in m.evidence}
    out: list[Measure] = []
    for p, (m, k) in enumerate(zip(totals, at, strict=True)):
        if k is None or m.earlier or m.said_as or m.out_of is None:
            continue
        short = m.name.split(" (")[0]
        for i in range(k, min(len(sentences), k + 3)):
            s = sentences[i]
            later = (x for q, x in enumerate(at) if x is not None and totals[q].name != m.name
                     and (k < x <= i or (x == k and q > p)))  # fmt: skip
            if next(later, None) is not None or (
                i > k and any(pattern.search(s.text) for _, pattern in measures)
            ):
                break  # another measure named: what follows is its own
            for n in find_numbers(s.text):
                if (s.text.strip(), n.value) in scored or not 0 <= n.value <= m.out_of:
                    continue
                if n.value != int(n.value) and m.name not in DECIMAL:
                    continue
                after = _PART_AFTER.match(s.text[n.end :])
                before = _PART_BEFORE.search(s.text[: n.start])
                word = (after.group(1) if after else None) or (
                    (before.group(1) or before.group(2)) if before else None
                )
                if word and word.lower() not in _NOT_PARTS:
                    name = f"{short} {word.lower()} subscale"
                    ev = (*m.evidence[:1], s.evidence()) if i > k else m.evidence
                    out.append(Measure(name, n.value, m.out_of, ev))
    return out
