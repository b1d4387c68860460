"""Numbers read aloud: phone, fax, SSN, zip, record, member, case, license, plate, device IDs.

Whisper writes "six two eight five" as "6-2-8-5", "6285" or words, and mixes in letters
("WXK-44-821-90", "7KJP 392"). This recognizer finds runs of number pieces and code-like
letters, counts the digits they stand for, and decides by length and by the words just before
the run (its context) whether the run is an identifier and which kind. Quantities (doses,
durations, money, scores) and a year on its own are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from localnotes.redact import entity_kinds as k
from localnotes.redact.regex_span_recognizer import RegexSpanRecognizer
from localnotes.redact.spoken_forms import TEENS, TENS, UNITS, digit_count
from localnotes.types import Span

_TOKEN = re.compile(r"[A-Za-z0-9]+(?:'s)?")
_NUMBER_WORDS = set(UNITS) | set(TEENS) | set(TENS) | {"hundred", "thousand", "double", "triple"}
_NUMBER_WORDS -= {"o"}
# separators allowed inside one run (between its tokens)
_GAP = re.compile(r"^[\s,\-/().#:]*$")
_UNIT_AFTER = re.compile(
    r"^\s*(?:%|percent|milligrams?|mgs?|micrograms?|mcg|grams?|g|milliliters?|ml|units?|"
    r"dollars?|bucks|cents?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|"
    r"times|pounds?|lbs?|kilos?|kg|miles?|kilometers?|km|feet|foot|steps|calories|degrees|"
    r"people|pills|tablets|drinks|beers|cigarettes|sessions|points|out of)\b",
    re.IGNORECASE,
)
#: when a dose is taken, right after a number: "150 in the morning", "two hundred at night"
_DOSE_TIME_AFTER = re.compile(
    r"^\s*(?:in\s+the\s+(?:morning|evening|afternoon)|at\s+(?:night|bedtime|lunch)|a\s+day|"
    r"twice|daily)\b",
    re.IGNORECASE,
)
#: a score said right after a short code: a measure's name ("the BSL-23, came to 2.1")
_SCORE_AFTER = re.compile(
    r"^\s*,?\s*(?:was|is|came\s+(?:to|out\s+at|in\s+at)|scored|score\s+(?:was|is))\b",
    re.IGNORECASE,
)
_CONTEXT = [
    (k.ZIP, re.compile(r"\b(?:zip|postal|postcode)\b", re.I)),
    (k.SSN, re.compile(r"\b(?:social|ssn|security)\b", re.I)),
    (k.MRN, re.compile(r"\b(?:record|mrn|chart|medical)\b", re.I)),
    (k.PLATE, re.compile(r"\b(?:plate|plates|tag|tags|registration)\b", re.I)),
    (k.PHONE, re.compile(r"\b(?:phone|call|calls|fax|cell|mobile|text|reach|dial|extension|"
                         r"landline|hotline|line)\b", re.I)),
    (k.ID, re.compile(r"\b(?:number|numbers|no|id|ids|member|insurance|policy|account|case|"
                      r"claim|license|licence|certificate|serial|device|report|incident|badge|"
                      r"service|pin|code|group|reference|confirmation|ticket|docket|file|"
                      r"last four|last 4|identification|passport|visa|routing|card)\b", re.I)),
]  # fmt: skip
_SPOKEN_SEPARATORS = {"dash", "hyphen", "slash", "dot", "point"}
_YEAR = re.compile(
    r"(?:19|20)\d\d|(?:nineteen|twenty)[\s-]+(?:oh[\s-]+\w+|hundred|[a-z]+(?:[\s-][a-z]+)?)"
    r"|two\s+thousand(?:\s+and)?(?:[\s-]+[a-z]+(?:[\s-][a-z]+)?)?",
    re.IGNORECASE,
)
_LETTER_STOP = {"I", "A", "OK", "AM", "PM", "TV", "US", "OH", "O"}


_DIGIT = re.compile(r"\d")
_ORDINAL_OR_PLURAL = re.compile(r"\d+(?:st|nd|rd|th|s)", re.I)


def _is_number_token(tok: str) -> bool:
    return tok.isdigit() or tok.lower() in _NUMBER_WORDS


def _is_code_token(tok: str) -> bool:
    """Letters that belong to a code: "WXK", "MRN", "7KJP", "B" - not ordinary words."""
    if _DIGIT.search(tok):
        return not _ORDINAL_OR_PLURAL.fullmatch(tok)
    return tok.isupper() and len(tok) <= 4 and tok not in _LETTER_STOP


def _is_run_token(tok: str) -> bool:
    """A number piece or code letters; most words of a transcript are neither, and a word of
    lower-case letters only is one when it is a number word (the quick test first)."""
    if tok.isalpha() and tok.islower():
        return tok in _NUMBER_WORDS
    return _is_number_token(tok) or _is_code_token(tok)


class SpokenNumberRecognizer(RegexSpanRecognizer):
    """Digit runs, spoken or written, that identify a person, a record, a car or a device."""

    ENTITIES = (k.PHONE, k.SSN, k.ZIP, k.MRN, k.ID, k.PLATE)

    def find(self, text: str, nlp_artifacts: Any) -> Iterator[Span]:
        toks = list(_TOKEN.finditer(text))
        i = 0
        while i < len(toks):
            if not _is_run_token(toks[i].group(0)):
                i += 1
                continue
            j = i
            while j + 1 < len(toks):
                gap = text[toks[j].end() : toks[j + 1].start()]
                nxt = toks[j + 1].group(0)
                if not _GAP.match(gap) or (". " in gap and nxt[:1].isupper() and not nxt.isupper()):
                    break
                if nxt.lower() in _SPOKEN_SEPARATORS and j + 2 < len(toks):
                    after = toks[j + 2].group(0)
                    gap2 = text[toks[j + 1].end() : toks[j + 2].start()]
                    if _GAP.match(gap2) and _is_run_token(after):
                        j += 2  # "twenty four, dash, one two three"
                        continue
                if not _is_run_token(nxt):
                    break
                j += 1
            span = self._judge(text, toks, i, j)
            if span is not None:
                yield span
            i = j + 1

    def _judge(self, text: str, toks: list[re.Match[str]], i: int, j: int) -> Span | None:
        # trim code letters at the ends that are not glued to digits (e.g. a stray "I")
        while i <= j and not _has_digits(toks[i].group(0)) and toks[i].group(0).islower():
            i += 1
        while j >= i and not _has_digits(toks[j].group(0)) and not _is_code_token(toks[j].group(0)):
            j -= 1
        if i > j:
            return None
        start, end = toks[i].start(), toks[j].end()
        run = text[start:end]
        letters = any(
            _is_code_token(t.group(0)) and not t.group(0).isdigit() for t in toks[i : j + 1]
        )
        n = digit_count(run)
        if n < 2 or (n == 2 and not letters):
            return None  # no rule below takes fewer digits: "one of them", "two kids"
        before = text[max(0, start - 60) : start]
        before_words = " ".join(re.findall(r"[A-Za-z0-9']+", before)[-7:])
        kind = next((kind for kind, rx in _CONTEXT if rx.search(before_words)), None)
        after = text[end : end + 20]
        quantity = bool(_UNIT_AFTER.match(after)) or text[max(0, start - 1) : start] == "$"
        grouped = re.fullmatch(r"\d{1,3}(?:,\d{3})+", run) is not None
        if kind is None and _YEAR.fullmatch(run.strip()):
            return None  # a year alone may stay: "two thousand ten", "2019"
        if n >= 7 and not grouped:
            return Span(start, end, kind or _kind_by_length(run, n), 0.85)
        if kind is None and _DOSE_TIME_AFTER.match(after):
            return None  # a dose, or two run together: "150, 50 in the morning"
        if letters and n <= 3 and _SCORE_AFTER.match(after):
            return None  # a measure's short name and number: "the BSL-23, came to 2.1"
        if quantity or (grouped and kind is None):
            return None
        if n >= 5:
            return Span(start, end, kind or (k.ZIP if n == 5 and not letters else k.ID), 0.75)
        if n >= 2 and letters and kind is not None:
            return Span(start, end, kind, 0.7)
        if n == 4 and (kind is not None or letters):
            return Span(start, end, kind or k.ID, 0.7)
        if n == 4 and _after_region(text, start):
            return Span(start, end, k.ZIP, 0.7)  # "Billerica, Massachusetts, one eight two one"
        if n >= 3 and kind is not None and kind != k.ID and re.search(r"\d|\b\w+\b.*\b\w+\b", run):
            # three digits read after "phone"/"social": the start of a number Whisper broke up
            return Span(start, end, kind, 0.6)
        return None


def _after_region(text: str, start: int) -> bool:
    """Whether a state or a country is named right before: a postal code follows it."""
    from localnotes.redact.place_gazetteer import places

    words = re.findall(r"[A-Za-z]+", text[max(0, start - 40) : start])
    if not re.search(r"[A-Za-z][\s,]*$", text[max(0, start - 40) : start]):
        return False
    gaz = places()
    for n in (1, 2, 3):
        place = gaz.exact(" ".join(words[-n:])) if len(words) >= n else None
        if place is not None and place.kind in ("state", "country"):
            return True
    return False


def _has_digits(tok: str) -> bool:
    return any(c.isdigit() for c in tok) or tok.lower() in _NUMBER_WORDS


def _kind_by_length(run: str, n: int) -> str:
    digits = re.sub(r"\D", "", run)
    if n == 9 and re.fullmatch(r"\d{3}\D+\d{2}\D+\d{4}", run.strip()):
        return k.SSN
    if n in (7, 10, 11) and (not re.search(r"[A-Za-z]", run) or len(digits) < n):
        return k.PHONE
    return k.ID
