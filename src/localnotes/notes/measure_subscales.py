"""A form's parts said by the form's own names for them, for `measures`, right after the form is
named: the Yale-Brown's two halves, obsessions and compulsions (five items 0-4 each, 0-20), with
the total said after them as their sum ("We did the Y-BOCS. Obsessions thirteen, compulsions
fourteen, so twenty-seven in total."); and the Daily Record of Severity of Problems, charted each
day and scored as the mean rating (1-6) of the week before the period and of the week after
("The week before your period, your average across everything is four point two. The week
after, one point five.").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from localnotes.notes import measure_earlier
from localnotes.notes.measure_named import lexicon_named, named
from localnotes.notes.model import Measure
from localnotes.notes.numbers import NumberSpan, find_numbers
from localnotes.notes.sentences import Sentence

#: the forms said in two halves: each half's words, and its top
_HALVES = {
    "Y-BOCS": (("obsessions", r"obsessions?|obsessional"), ("compulsions", r"compulsions?"), 20),
    "CY-BOCS (Children's Yale-Brown Obsessive Compulsive Scale)": (
        ("obsessions", r"obsessions?|obsessional"),
        ("compulsions", r"compulsions?"),
        20,
    ),
}
_TOTALS = {"Y-BOCS": 40.0, "CY-BOCS (Children's Yale-Brown Obsessive Compulsive Scale)": 40.0}
#: between a half's word and its score: "Obsessions thirteen", "the compulsions score was 14"
_HALF_TO_SCORE = r"(?:\s+(?:score|subscale|side|part))?(?:\s+(?:was|is|were|came to|of|at))?,?\s+"
#: before the total said after the halves: "so twenty-seven in total", "making 27", "total 27"
_TOTAL_BEFORE = re.compile(
    r"(?:\b(?:so|making|that's|which is|which makes|for a total of|total(?: of)?|giving)"
    r"(?: you)?|=)\s+(?:an?\s+)?$",
    re.I,
)
#: how many sentences after the form's name its halves may be said
_NEAR = 2


def extract(sentences: Sequence[Sentence]) -> list[Measure]:
    """The halves (and their total) of each form said in halves, and the DRSP's two weeks."""
    out: list[Measure] = []
    for k, s in enumerate(sentences):
        for name, _, _ in lexicon_named(s.text):
            if name in _HALVES:
                out += _halves(sentences, k, name)
            elif name.startswith("DRSP"):
                out += _phases(sentences, k, name)
    return out


def _halves(sentences: Sequence[Sentence], k: int, name: str) -> list[Measure]:
    first, second, top = _HALVES[name]
    for j in range(k, min(len(sentences), k + 1 + _NEAR)):
        s = sentences[j]
        if j > k and any(n != name for n, _, _ in named(s.text, False)):
            break  # another form named: what follows is its own
        said = [_half(s.text, words, top) for _, words in (first, second)]
        if None in said:
            continue
        a, b = (x for x in said if x is not None)
        short = name.split(" (")[0]
        ev = (sentences[k].evidence(), s.evidence()) if j > k else (s.evidence(),)
        out = [
            Measure(f"{short} {first[0]} subscale", a.value, float(top), ev),
            Measure(f"{short} {second[0]} subscale", b.value, float(top), ev),
        ]
        total = next(
            (
                n
                for n in find_numbers(s.text)
                if n.start > max(a.end, b.end)
                and n.value == a.value + b.value
                and _TOTAL_BEFORE.search(s.text[: n.start])
            ),
            None,
        )
        if total is not None:
            most = _TOTALS[name]
            out.append(Measure(name, total.value, most, ev))
            out += measure_earlier.after(sentences, j, name, most, True, ev, "")
        return out
    return []


def _half(text: str, words: str, top: int) -> NumberSpan | None:
    """The score said right after a half's word, on the half's scale."""
    for m in re.finditer(rf"\b(?:{words})\b", text, re.I):
        n = next(iter(find_numbers(text[m.end() :])), None)
        if n is None or not 0 <= n.value <= top or n.value != int(n.value):
            continue
        if re.fullmatch(_HALF_TO_SCORE, text[m.end() : m.end() + n.start], re.I):
            return NumberSpan(m.end() + n.start, m.end() + n.end, n.value)
    return None


#: the DRSP's weeks, as said: the week before the period (premenstrual) and the week after
_PHASES = (
    (
        "premenstrual",
        r"\b(?:week|days?) before (?:your|her|the) period\b|\bpre-?menstrual\b|\bluteal\b",
    ),
    (
        "postmenstrual",
        r"\b(?:week|days?) after(?: (?:your|her|the|it) period)?\b|\bpost-?menstrual\b|"
        r"\bfollicular\b",
    ),
)
_AVERAGE = re.compile(r"\b(?:average|averaged|averages|mean)\b", re.I)
#: how many sentences after the DRSP is named its weeks' means may be said
_PHASES_NEAR = 10


def _phases(sentences: Sequence[Sentence], k: int, name: str) -> list[Measure]:
    """The mean rating (1-6) of each week said in the sentences after the DRSP is named: a
    week's words before it, the first said as an average."""
    out: list[Measure] = []
    for j in range(k + 1, min(len(sentences), k + 1 + _PHASES_NEAR)):
        s = sentences[j]
        if named(s.text, False):
            break
        for n in find_numbers(s.text):
            before = s.text[: n.start]
            phase = next(
                (p for p, words in _PHASES if re.search(words, before, re.I)),
                None,
            )
            if phase is None or not 1 <= n.value <= 6 or not (_AVERAGE.search(before) or out):
                continue
            if any(m.name.endswith(phase) for m in out):
                continue
            ev = (sentences[k].evidence(), s.evidence())
            out.append(Measure(f"{name} {phase}", n.value, 6.0, ev))
    return out
