"""Dates as spoken and transcribed: every element except the year.

Matches "March the 9th", "the twenty first of October", "Saturday the sixteenth", "on the 5th",
"3/9", a month named on its own ("his stroke in August") and holidays that fix a day. The year
is left outside the span ("June 22nd, [DATE] 1990" keeps "1990"), and relative dates ("last
Tuesday", "two weeks ago") are kept: see docs/redaction.md for the policy.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from localnotes.redact import entity_kinds as k
from localnotes.redact.regex_span_recognizer import RegexSpanRecognizer
from localnotes.redact.spoken_forms import DAY, MONTHS, WEEKDAYS
from localnotes.types import Span

_M = rf"(?:{MONTHS})\.?"
_W = rf"(?:{WEEKDAYS})"
_ORD_DAY = DAY.replace(r"(?:st|nd|rd|th)?", r"(?:st|nd|rd|th)")  # "5th", not "5"

_PATTERNS = [
    # "the twenty first of October", "21st of October", "Saturday, the 5th of December"
    (rf"\b(?:{_W},?\s+)?(?:the\s+)?{DAY}\s+of\s+{_M}\b", 0.9, re.I),
    # "October 21st", "March the ninth", "June 22", "Saturday, May the 14th"
    (rf"\b(?:{_W},?\s+)?{_M}\s+(?:the\s+)?{DAY}\b(?!\s*(?:%|percent|milligrams|mg|years|"
     r"days|hours|minutes|people|times|pounds|dollars))", 0.9, re.I),
    # "Saturday the sixteenth", "Tuesday the 8th"
    (rf"\b{_W},?\s+the\s+{DAY}\b", 0.85, re.I),
    # "on the 5th", "since the sixteenth" (an ordinal day of the month)
    (rf"\b(?:on|since|until|till|by|before|after|from|through|around|of)\s+the\s+{_ORD_DAY}"
     r"\b(?!\s+(?:time|grade|floor|day|week|month|year|step|session|one|place|person|attempt))",
     0.7, re.I),
    # numeric: 3/9, 03-09, 3/9/90, 12.24.2019 (Presidio's DateRecognizer also covers some); with
    # dots only with a year: "7.5 out of 10", "6.5 hours", "1.5 milligrams" are numbers
    (r"(?<![\w\-/.])(?:0?[1-9]|1[0-2])[/\-](?:0?[1-9]|[12]\d|3[01])(?:[/\-](?:\d{4}|\d{2}))?\b(?![/\-.]\d)",
     0.6, 0),
    (r"(?<![\w\-/.])(?:0?[1-9]|1[0-2])\.(?:0?[1-9]|[12]\d|3[01])\.(?:\d{4}|\d{2})\b(?![/\-.]\d)",
     0.6, 0),
    # holidays that pin a day of the year
    (r"\b(?:Christmas(?:\s+Eve|\s+Day)?|New\s+Year'?s(?:\s+Eve|\s+Day)?|Valentine'?s(?:\s+Day)?"
     r"|Halloween|Independence\s+Day|Fourth\s+of\s+July|4th\s+of\s+July|Thanksgiving"
     r"|St\.?\s+Patrick'?s\s+Day|Saint\s+Patrick'?s\s+Day)\b", 0.6, 0),
    # a month on its own: capitalised; "May" and "March" only where a date is meant
    (r"\b(?:January|February|April|June|July|August|September|October|November|December"
     r"|Jan|Feb|Apr|Aug|Sept|Oct|Nov|Dec)\b", 0.6, 0),
    (r"(?i:\b(?:in|since|until|till|by|of|last|next|early|late|mid|before|after|this|that|"
     r"from|through|around|end\s+of|beginning\s+of)\s+)(?:May|March)\b(?!\s+(?:I|we|you|be)\b)",
     0.6, 0),
]  # fmt: skip
_COMPILED = [(re.compile(p, flags), score) for p, score, flags in _PATTERNS]
_LEAD = re.compile(
    r"^(?:on|since|until|till|by|before|after|from|through|around|of|in|last|next|early|late|"
    r"mid|this|that|end\s+of|beginning\s+of)\s+",
    re.I,
)


class SpokenDateRecognizer(RegexSpanRecognizer):
    """Day and month of a date, in the forms Whisper writes them."""

    ENTITIES = (k.DATE,)

    def find(self, text: str, nlp_artifacts: Any) -> Iterator[Span]:
        for rx, score in _COMPILED:
            for m in rx.finditer(text):
                start, end = m.start(), m.end()
                lead = _LEAD.match(m.group(0))
                if lead:  # the preposition is context, not part of the date
                    start += lead.end()
                yield Span(start, end, k.DATE, score)
