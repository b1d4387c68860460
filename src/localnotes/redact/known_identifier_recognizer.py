"""The patient's known identifiers, matched with tolerance for Whisper's misspellings.

A known name matches a stretch of the transcript of the same number of words (or one more,
since Whisper splits "Brightwater" into "bright water") when the letters are close (Jaro-Winkler,
Damerau-Levenshtein) or the words sound alike (Metaphone / NYSIIS). Each word of a known
person's name also matches on its own ("Robert" for "Robert Haines").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

import jellyfish

from localnotes.redact import entity_kinds as k
from localnotes.redact.known_identifier import KnownIdentifier
from localnotes.redact.regex_span_recognizer import RegexSpanRecognizer
from localnotes.types import Span

_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'\u2019\-]*")
_COMMON = {
    "the", "and", "of", "for", "at", "in", "on", "saint", "st", "doctor", "dr", "mr", "mrs", "ms",
    "library", "church", "school", "high", "middle", "elementary", "college", "university",
    "hospital", "clinic", "center", "centre", "home", "nursing", "senior", "living", "group",
    "bank", "company", "street", "road", "avenue", "lane", "court", "drive", "north", "south",
    "east", "west", "new", "city", "county", "inc", "llc", "services", "health", "care",
}  # fmt: skip


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def similar(a: str, b: str) -> bool:
    """Whether two normalised strings are the same name as heard and spelled by Whisper."""
    if a == b:
        return True
    if min(len(a), len(b)) < 4 or a.isdigit() or b.isdigit():
        return False
    if abs(len(a) - len(b)) > max(2, max(len(a), len(b)) // 4):
        return False  # a prefix is not the name: "bright" is not "brightwater"
    if jellyfish.jaro_winkler_similarity(a, b) >= 0.9:
        return True
    limit = 1 if max(len(a), len(b)) < 8 else 2
    if jellyfish.damerau_levenshtein_distance(a, b) <= limit:
        return True
    return len(a) >= 5 and jellyfish.metaphone(a) == jellyfish.metaphone(b) and a[0] == b[0]


class KnownIdentifierRecognizer(RegexSpanRecognizer):
    """Ad hoc recognizer built per call from one patient's known identifiers."""

    ENTITIES = tuple(k.ALL_KINDS)

    def __init__(self, known: Sequence[KnownIdentifier]) -> None:
        super().__init__()
        targets: list[tuple[list[str], str]] = []
        for item in known:
            parts = [_norm(w) for w in _WORD.findall(item.text)]
            parts = [p for p in parts if p]
            if not parts:
                continue
            targets.append((parts, item.kind))
            if len(parts) > 1:  # each distinctive word alone: "Robert" for "Robert Haines"
                least = 3 if item.kind == k.PERSON else 5
                targets += [([p], item.kind) for p in parts if len(p) >= least and p not in _COMMON]
        self._targets = targets

    def find(self, text: str, nlp_artifacts: Any) -> Iterator[Span]:
        words = list(_WORD.finditer(text))
        normed = [_norm(w.group(0)) for w in words]
        for parts, kind in self._targets:
            n = len(parts)
            joined = "".join(parts)
            for i in range(len(words) - n + 1):
                window = normed[i : i + n]
                if all(similar(p, w) for p, w in zip(parts, window, strict=True)) or (
                    len(joined) >= 5 and similar(joined, "".join(window))
                ):
                    yield Span(words[i].start(), words[i + n - 1].end(), kind, 0.9)
                elif i + n < len(words) and _split_match(joined, normed[i : i + n + 1]):
                    yield Span(words[i].start(), words[i + n].end(), kind, 0.9)


def _split_match(joined: str, window: list[str]) -> bool:
    """Whether Whisper wrote the name in one more word than it has ("bright water").

    The extra word must carry part of the name: the window, joined, is about as long as the
    name and the same name, and neither end word can be dropped while it still matches, so a
    neighbour ("Daniel. How") is never taken into the span.
    """
    together = "".join(window)
    if len(joined) < 5 or abs(len(together) - len(joined)) > max(1, len(joined) // 6):
        return False
    if not similar(joined, together):
        return False
    return not (similar(joined, "".join(window[:-1])) or similar(joined, "".join(window[1:])))
