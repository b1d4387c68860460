"""Places by name, whatever their case: towns, counties and states (GeoNames), lakes and parks.

Whisper does not always capitalise a place ("we took the kids to candlewood lake", "we moved to
ellsworth"), and the tagger then has nothing to go on. This recognizer looks every run of up to
four words up in the bundled gazetteer (`place_gazetteer.py`):
- a town or county written with capitals is a place after a place cue, or without one when its
  name has more words and is not common English ("Jersey City");
- in lower case, or misspelt but sounding like a known town, only after a place cue ("moved to",
  "lives in", "from");
- a state is reported as a LOCATION too, and the redactor's state policy keeps or redacts it;
- a single word before lake, pond, park, reservoir… after "to", "at", "near" is a named place
  even in lower case ("to candlewood lake"), unless it is an ordinary kind of park ("dog park").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from localnotes.redact import entity_kinds as k
from localnotes.redact.name_patterns import NOT_NAMES
from localnotes.redact.place_gazetteer import COMMON_ZIPF, fold, places
from localnotes.redact.regex_span_recognizer import RegexSpanRecognizer
from localnotes.redact.tagger_name_check import only_common_words
from localnotes.types import Span

_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019]*(?:[.-][A-Za-z]+)*")
_STRONG_CUE = (
    r"live|lives|living|lived|moved|move|moving|grew\s+up|born|raised|from|near|outside|"
    r"town|city|village|visit|visiting|visited|drove|drive|driving|went|go|going|back|headed|"
    r"flew|trip|stay|staying|stayed|house|place|apartment|here|there|based|work|works|over|"
    r"out|up|down|county|moving"
)
_CUE = re.compile(
    rf"(?i:\b(?:(?:{_STRONG_CUE})(?:\s+(?:in|to|at|from|of|near|by))?|in|to|at))[\s,]+$"
)
#: "in", "to" and "at" alone cue a place less surely ("in marion", but also "in denial")
_WEAK_CUES = frozenset({"in", "to", "at"})
_WEAK_ZIPF = 3.5
_WATER = re.compile(
    r"(?i:\b(?:to|at|near|by|on|around|from|past|off)\s+)(?P<p>[a-z][a-z'\-]{2,})\s+"
    r"(?i:lake|pond|reservoir|river|creek|park|state\s+park|beach|falls|bay|island|canyon|"
    r"forest|woods|marina|campground|trail)\b"
)
_ORDINARY_BEFORE_WATER = frozenset(
    [
        "the",
        "a",
        "an",
        "my",
        "our",
        "your",
        "his",
        "her",
        "their",
        "this",
        "that",
        "these",
        "those",
        "some",
        "any",
        "every",
        "each",
        "no",
        "one",
        "two",
        "big",
        "small",
        "little",
        "old",
        "new",
        "nice",
        "local",
        "public",
        "state",
        "national",
        "city",
        "county",
        "town",
        "dog",
        "water",
        "theme",
        "amusement",
        "skate",
        "trailer",
        "ball",
        "car",
        "bike",
        "trampoline",
        "fishing",
        "swimming",
        "boat",
        "private",
        "sunny",
        "quiet",
        "busy",
        "nearby",
        "same",
        "other",
        "another",
        "whole",
        "main",
        "front",
        "back",
        "north",
        "south",
        "east",
        "west",
        "upper",
        "lower",
        "deep",
        "shallow",
        "frozen",
        "salt",
        "fresh",
        "man",
        "made",
        "man-made",
        "wildlife",
        "nature",
        "play",
    ]
)


class GazetteerRecognizer(RegexSpanRecognizer):
    """Towns, counties and states by name in any case; named lakes and parks in lower case."""

    ENTITIES = (k.LOCATION,)

    def find(self, text: str, nlp_artifacts: Any) -> Iterator[Span]:
        gaz = places()
        people = _person_starts(nlp_artifacts)
        words = list(_WORD.finditer(text))
        i = 0
        while i < len(words):
            if not _may_open(words[i].group(0)):
                i += 1
                continue
            hit = _longest(text, words, i, gaz, people)
            if hit is None:
                i += 1
                continue
            n, span = hit
            if span is not None:
                yield span
            i += n
        for m in _WATER.finditer(text):
            if m.group("p").lower() not in _ORDINARY_BEFORE_WATER | NOT_NAMES:
                yield Span(m.start("p"), m.end(), k.LOCATION, 0.6)


def _longest(
    text: str, words: list[re.Match[str]], i: int, gaz: Any, people: set[int]
) -> tuple[int, Span | None] | None:
    """The longest gazetteer name starting at word i: (words used, span or None to keep it)."""
    start = words[i].start()
    word = words[i].group(0)
    named = _names_start(word)
    before = text[max(0, start - 30) : start]
    cue = _CUE.search(before)
    weak = cue is not None and cue.group(0).strip(" ,").lower() in _WEAK_CUES
    for n in range(min(gaz.longest, 4, len(words) - i) if named else 0, 0, -1):
        end = words[i + n - 1].end()
        chunk = text[start:end]
        if "\n" in chunk or re.search(r"[.!?;,]\s", chunk):
            continue
        place = gaz.exact(chunk)
        if place is None:
            continue
        if place.kind == "country":
            return n, None
        if place.kind == "state":
            return n, Span(start, end, k.LOCATION, 0.6)
        if n == 1 and (chunk.lower() in NOT_NAMES or start in people):
            return None
        capitalised = all(w.group(0)[:1].isupper() for w in words[i : i + n])
        # one capitalised word without a cue is as often a person ("Maria", "Marion"): the
        # proper-noun recognizer redacts it as a name; a cue or a longer name makes it a place
        if capitalised and (cue or (n > 1 and not place.common)):
            return n, Span(start, end, k.LOCATION, 0.6)
        if cue and place.zipf < (_WEAK_ZIPF if weak else COMMON_ZIPF):
            return n, Span(start, end, k.LOCATION, 0.55)
        return None
    # no exact name: a misspelt town after a place cue other than a bare "in" ("moved to elsworth"),
    # unless a common word ("where do you live these days")
    if (
        cue
        and not weak
        and word.lower() not in NOT_NAMES
        and not only_common_words(word)
        and gaz.sounds_like(word) is not None
    ):
        return 1, Span(start, words[i].end(), k.LOCATION, 0.5)
    return None


@lru_cache(maxsize=1 << 16)
def _names_start(word: str) -> bool:
    """Whether some place's name starts with this word (a transcript repeats its words: cached)."""
    return fold(word).split()[0] in places().first_words


@lru_cache(maxsize=1 << 16)
def _may_open(word: str) -> bool:
    """Whether a place may start at this word: a name starts with it, or it may be a misspelt
    town (long, neither an ordinary capitalised word nor common English)."""
    if _names_start(word):
        return True
    return not (len(word) < 5 or word.lower() in NOT_NAMES or only_common_words(word))


def _person_starts(nlp_artifacts: Any) -> set[int]:
    """Where spaCy's NER saw a person: a town's name there is someone's name ("Mr. Henderson")."""
    doc = getattr(nlp_artifacts, "tokens", None)
    if doc is None:
        return set()
    return {t.idx for e in doc.ents if e.label_ == "PERSON" for t in e}
