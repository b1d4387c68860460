"""Pure functions over found spans: merge overlaps, join neighbours, name the merged kind.

Recognizers overlap ("Dr. Abernathy" is found by the title rule and by spaCy; a phone number
split by Whisper into "508-55-7712" is found in pieces). The redactor merges them so each
identifier becomes one placeholder.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from localnotes.redact.entity_kinds import PRIORITY
from localnotes.types import Span

# what may sit between two spans of the same kind for them to become one
_JOINABLE_GAP = re.compile(r"^[\s,\-./()]*$")


def _better(a: Span, b: Span) -> str:
    pa, pb = PRIORITY.get(a.kind, 99), PRIORITY.get(b.kind, 99)
    if pa != pb:
        return a.kind if pa < pb else b.kind
    return a.kind if a.score >= b.score else b.kind


def merge_spans(text: str, spans: Iterable[Span]) -> list[Span]:
    """Overlapping spans unioned; same-kind spans separated only by punctuation joined."""
    out: list[Span] = []
    for s in sorted(spans, key=lambda s: (s.start, -s.end)):
        if s.end <= s.start:
            continue
        if out:
            last = out[-1]
            gap = text[last.end : s.start] if s.start >= last.end else ""
            if s.start < last.end or (
                s.kind == last.kind and _JOINABLE_GAP.match(gap) and gap.strip(" ") != ""
            ):
                out[-1] = Span(
                    last.start, max(last.end, s.end), _better(last, s), max(last.score, s.score)
                )
                continue
        out.append(s)
    return out
