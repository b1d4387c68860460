"""Ages over 89, which Safe Harbor treats as identifying ("she was 93", "turned ninety one").

A number from 90 to 129, in digits or words, counts as an age when an age word is next to it
("years old", "turned", "aged", "she was") and no unit follows ("93 milligrams", "90 minutes").
"In her nineties" is redacted too; younger ages are kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from localnotes.redact import entity_kinds as k
from localnotes.redact.regex_span_recognizer import RegexSpanRecognizer
from localnotes.types import Span

_UNIT = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_OLD = (
    rf"(?:(?:9\d|1[0-2]\d)|ninety(?:[\s-]{_UNIT})?|(?:a|one)\s+hundred(?:\s+and)?(?:\s+{_UNIT}"
    r"|\s+(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
    r"|\s+twenty(?:[\s-]\w+)?)?)"
)
_NOT_AGE = (  # no unit, and no more of the number ("a hundred and fifty": a dose, 150)
    r"(?!\s*(?:and\s+)?(?:thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)\b)"
    r"(?!\s*(?:%|percent|milligrams?|mg|minutes?|mins?|seconds?|days?|hours?|pounds?|lbs|"
    r"dollars?|miles?|degrees|times|people|pills|kilos?|calories|steps|out\s+of|feet|ml|units)\b)"
)
_PATTERNS = [
    re.compile(
        rf"\b(?P<age>{_OLD})(?=[\s-]*(?:years?|yrs?)[\s-]*old\b|[\s-]*year[\s-]old\b)", re.I
    ),
    re.compile(
        r"(?i:\b(?:turned|turns|turning|turn|aged|age(?:\s+of)?|ages|is|was|am|be|being|reached|"
        r"reach|he's|she's|i'm|they're|who's|now|almost|nearly|just)\s+(?:about\s+)?)"
        rf"(?P<age>{_OLD})\b{_NOT_AGE}",
        re.I,
    ),
    re.compile(
        r"(?i:\b(?:in\s+(?:his|her|their|my|your|the)\s+(?:late\s+|early\s+|mid\s+)?))"
        r"(?P<age>nineties|90s|hundreds)\b"
    ),
]


class SpokenAgeRecognizer(RegexSpanRecognizer):
    """Ages of 90 and over, with the age words around them."""

    ENTITIES = (k.AGE,)

    def find(self, text: str, nlp_artifacts: Any) -> Iterator[Span]:
        for rx in _PATTERNS:
            for m in rx.finditer(text):
                yield Span(m.start("age"), m.end("age"), k.AGE, 0.8)
