"""Standardized measures with their scores, and self-ratings with what was rated.

A measure's score is a number in the measure's range said in the sentence that names it ("your
PHQ-9 came in at twelve", "twelve on the PHQ-9") or in the answer right after ("What was the
GAD-7? -- Fourteen."). Numbers followed by a time word ("in two weeks") are not scores. A
self-rating is "N out of ten", "N on a scale of ...", or a number answering a question that set up
a scale; what is rated is the feeling or symptom the question or the sentence names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from localnotes.notes import lexicon
from localnotes.notes.model import Evidence, Measure
from localnotes.notes.numbers import NumberSpan, find_numbers
from localnotes.notes.sentences import Sentence

RANGES = {
    "PHQ-9": 27, "PHQ-A": 27, "GAD-7": 21, "PCL-5": 80, "AUDIT": 40, "AUDIT-C": 12,
    "C-SSRS": 6, "EPDS": 30, "BDI-II": 63, "BAI": 63, "Y-BOCS": 40, "DAST-10": 10, "ISI": 28,
    "K10": 50, "ORS": 40, "SUDS": 100, "GDS": 30,
}  # fmt: skip
_NOT_SCORE_AFTER = re.compile(
    r"^\s*(?:-\s*)?(?:weeks?|days?|months?|years?|hours?|minutes?|times?|o'clock|sessions?|"
    r"questions?|items?|drinks?|mg|milligrams?|am\b|pm\b|a\.m|p\.m|nights?|percent|%)",
    re.I,
)
_NOT_SCORE_BEFORE = re.compile(
    r"\b(?:question|item|number|session|week|day|page)\s+$|\bout of\s+$|\bdown from\s+$|"
    r"\bup from\s+$|\bfrom\s+$|\bthan\s+$|\blast (?:time|month|week)\s+(?:it was\s+)?$",
    re.I,
)
_OUT_OF = re.compile(r"^\s*(?:out of|/|on a scale (?:of|from) \w+ to)\s*", re.I)
_SCALE_QUESTION = re.compile(
    r"scale (?:of|from) (?:zero|one|0|1) to (?:ten|10|a hundred|100)|out of (?:ten|10|100)|"
    r"(?:zero|0|one|1) (?:to|through) (?:ten|10|100)\b|how would you rate|rate (?:your|it|that|"
    r"the)",
    re.I,
)
#: a sentence that is only the scale, said after the question ("Zero to ten.", "0 to 100?")
_ONLY_SCALE = re.compile(
    r"^\W*(?:on a scale (?:of|from) )?(?:zero|0|one|1) (?:to|through) "
    r"(?:ten|10|a hundred|one hundred|100)\W*$",
    re.I,
)
RATED = (
    ("mood", r"\bmood\b|how (?:are|have) you (?:been )?feeling|\bfeeling overall\b"),
    ("anxiety", r"\banxi\w+|\bnervous"),
    ("depression", r"\bdepress\w*|\bsadness\b|\blow\b"),
    ("sleep", r"\bsleep\w*"),
    ("pain", r"\bpain\b"),
    ("stress", r"\bstress\w*"),
    ("craving", r"\bcravings?\b|\bcrav\w+"),
    ("urge", r"\burges?\b"),
    ("SUDS", r"\bsuds\b"),
    ("distress", r"\bdistress\w*|\bupset\w*"),
    ("focus", r"\bfocus\w*|\bconcentrat\w+|\battention\b"),
    ("satisfaction", r"\bsatisf\w+"),
    ("craving", r"\bwant(?:ing)? (?:a|to) (?:drink|use|smoke)\b"),
    ("energy", r"\benergy\b"),
    ("panic", r"\bpanic\b"),
    ("anger", r"\banger\b|\bangry\b|\birritab\w+"),
    ("motivation", r"\bmotivat\w+"),
    ("hopelessness", r"\bhopeless\w*"),
    ("confidence", r"\bconfiden\w+"),
    ("importance", r"\bimportan\w+"),
    ("worry", r"\bworr\w+"),
)


def _rated(text: str) -> str | None:
    for name, pattern in RATED:
        if re.search(pattern, text, re.I):
            return name
    return None


def _scores(s: Sentence, lo: int, hi: int, most: float) -> list[NumberSpan]:
    out = []
    for n in find_numbers(s.text):
        if not lo <= n.start < hi or not 0 <= n.value <= most:
            continue
        if _NOT_SCORE_AFTER.match(s.text[n.end :]) or _NOT_SCORE_BEFORE.search(s.text[: n.start]):
            continue
        out.append(n)
    return out


def _standardized(sentences: Sequence[Sentence]) -> list[Measure]:
    out: list[Measure] = []
    lex = lexicon.load()
    for k, s in enumerate(sentences):
        found: list[tuple[str, int, int]] = []
        for name, pattern in lex.measures:
            for m in pattern.finditer(s.text):
                if not any(a <= m.start() < b for _, a, b in found):
                    found.append((name, m.start(), m.end()))
        found.sort(key=lambda x: x[1])
        for i, (name, a, b) in enumerate(found):
            hi = found[i + 1][1] if i + 1 < len(found) else len(s.text)
            lo = found[i - 1][2] if i else 0
            most = RANGES.get(name, 100)
            nums = _scores(s, b, hi, most) or _scores(s, lo, a, most)
            ev: tuple[Evidence, ...] = (s.evidence(),)
            if not nums and len(found) == 1 and s.is_question and k + 1 < len(sentences):
                answer = sentences[k + 1]
                nums = _scores(answer, 0, len(answer.text), most)[:1]
                ev = (s.evidence(), answer.evidence())
            for n in nums:
                out.append(Measure(name, n.value, float(most), ev))
    return out


def _self_ratings(sentences: Sequence[Sentence]) -> list[Measure]:
    out: list[Measure] = []
    for k, s in enumerate(sentences):
        context = [sentences[j] for j in range(max(0, k - 2), k)]
        # "a four out of ten", "6/10"
        for n in find_numbers(s.text):
            m = _OUT_OF.match(s.text[n.end :])
            if not m:
                continue
            rest = find_numbers(s.text[n.end + m.end() :][:20])
            top = rest[0].value if rest else 10.0
            if n.value > top or top not in (5.0, 10.0, 100.0):
                continue
            what = _rated(s.text) or next(
                (r for c in reversed(context) if (r := _rated(c.text))), None
            )
            asked = [c.evidence() for c in context[-1:] if what and not _rated(s.text)]
            ev = (*asked, s.evidence())
            out.append(Measure(_rating_name(what, top), n.value, top, ev))
        # "On a scale of one to ten, how is your mood?" -- "Pretty steady. I'd give it a six."
        # "How has your mood been?" -- "Zero to ten." -- "I'd give it a six."
        scale_after_question = k > 0 and sentences[k - 1].is_question and _ONLY_SCALE.match(s.text)
        if _SCALE_QUESTION.search(s.text) and (
            s.is_question or re.search(r"\brate\b", s.lower) or scale_after_question
        ):
            rating = _answered_rating(sentences, k)
            if rating is not None:
                out.append(rating)
    return out


def _answered_rating(sentences: Sequence[Sentence], k: int) -> Measure | None:
    q = sentences[k]
    top = 100.0 if re.search(r"100|hundred", q.text) else 10.0
    for j in range(k + 1, min(len(sentences), k + 4)):
        s = sentences[j]
        if s.is_question or _OUT_OF.search(s.text) or (q.role and s.role == q.role):
            if s.is_question or _OUT_OF.search(s.text):
                return None  # a new question, or a rating said in full (found on its own)
            continue
        nums = [n for n in find_numbers(s.text) if 0 <= n.value <= top]
        nums = [n for n in nums if not _NOT_SCORE_AFTER.match(s.text[n.end :])]
        if nums:
            what = _rated(q.text) or _rated(s.text)
            ev = (q.evidence(), *(x.evidence() for x in sentences[k + 1 : j + 1]))
            before = sentences[k - 1] if k else None
            if not what and before is not None and before.is_question and _rated(before.text):
                # "How would you rate your focus at work?" "0 to 10?" "Maybe a 5."
                what, ev = _rated(before.text), (before.evidence(), *ev)
            return Measure(_rating_name(what, top), nums[0].value, top, ev[:3])
    return None


def _rating_name(what: str | None, top: float = 10.0) -> str:
    if what == "SUDS" or (what == "distress" and top == 100.0):
        return "SUDS"  # subjective units of distress, 0 to 100
    return f"{what or 'self'} rating"


def extract(sentences: Sequence[Sentence]) -> list[Measure]:
    """Standardized measures and self-ratings, each (name, score) once, in transcript order."""
    seen: set[tuple[str, float]] = set()
    out = []
    for m in sorted(
        _standardized(sentences) + _self_ratings(sentences), key=lambda m: m.evidence[0].start
    ):
        if (m.name, m.score) not in seen:
            seen.add((m.name, m.score))
            out.append(m)
    return out
