"""Towns, neighbourhoods and streets, named after a cue ("lives in", "on") or with a suffix.

"His daughter lives in Marlow Heights", "from Ashford", "the shelter on Cobalt Street",
"Route 47", "1400 Westbrook Avenue", "apartment 6B". States and countries may stay (Safe
Harbor allows them), so they are not redacted.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from localnotes.redact import entity_kinds as k
from localnotes.redact.name_patterns import CAP, CAP_SEQ, NOT_NAMES, STATES_AND_COUNTRIES
from localnotes.redact.regex_span_recognizer import RegexSpanRecognizer
from localnotes.redact.spoken_forms import NUMBER_PIECE
from localnotes.types import Span

_STREET = (
    r"Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Lane|Ln\.?|Court|Ct\.?|Drive|Boulevard|Blvd\.?|"
    r"Way|Place|Pl\.?|Terrace|Circle|Parkway|Pkwy|Highway|Hwy|Trail|Square|Row|Alley|Crescent|"
    r"Close|Plaza|Pike|Turnpike|Expressway|Freeway"
)
_PLACE = (
    r"Heights|Falls|Crossing|Hollow|Bluffs?|Springs|Park|Hills?|Valley|Ridge|Grove|Harbou?r|"
    r"Haven|Beach|Creek|Lake|Point|Junction|Township|County|City|Village|Corners|Mills?|"
    r"Landing|Station|Gardens|Meadows?|Woods|Glen|Estates|Shores?|Bay|Port|Borough|Town"
)
_NUM = rf"(?:{NUMBER_PIECE}[\s-]*){{1,6}}"
_ADDRESS = re.compile(
    rf"(?:(?i:\b{_NUM})\s*)?\b(?:{CAP}|[a-z]{{3,}})(?:\s+{CAP}){{0,2}}\s+(?:{_STREET})\b"
)
# street types that are rarely anything else ("way", "place", "row" are left to _ADDRESS)
_STREET_WORDS = (
    r"street|avenue|road|lane|court|drive|boulevard|terrace|circle|parkway|highway|trail|"
    r"alley|crescent|plaza|pike|turnpike"
)
# a house number, then within a few words a street type, the name between garbled by speech
# recognition ("1142, sick and more lane" for "eleven forty two Sycamore Lane")
_HOUSE = re.compile(
    rf"(?i:\b(?P<n>\d{{1,6}}[a-z]?|{NUMBER_PIECE}(?:[\s-]+{NUMBER_PIECE}){{0,4}})"
    r"[,.]?(?:\s+[A-Za-z][A-Za-z'\-]*){1,4}?\s+"
    rf"(?:{_STREET_WORDS})\b)"
)
_NOT_IN_STREET_NAME = frozenset(
    [
        "the",
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
        "of",
        "to",
        "on",
        "in",
        "at",
        "down",
        "up",
        "across",
        "from",
        "off",
        "along",
        "over",
        "past",
        "by",
        "per",
        "times",
        "every",
        "each",
        "minutes",
        "minute",
        "hours",
        "hour",
        "miles",
        "mile",
        "blocks",
        "block",
        "feet",
        "yards",
        "steps",
        "days",
        "weeks",
        "years",
        "months",
        "kids",
        "people",
        "i",
        "we",
        "you",
        "he",
        "she",
        "they",
        "it",
        "was",
        "is",
        "are",
        "were",
        "and-then",
        "then",
    ]
)
_ROUTE = re.compile(
    rf"\b(?i:route|highway|interstate|county\s+road|state\s+road|exit|I)[\s-]+(?i:{_NUM})",
)
_UNIT = re.compile(
    r"(?i:\b(?:apartment|apt\.?|unit|suite|ste\.?|lot|room|p\.?\s*o\.?\s+box|box|floor|"
    rf"building|bldg\.?))\s+(?:number\s+)?(?P<u>(?:[A-Z0-9]{{1,4}}\b|(?i:{_NUM}))(?:\s*[A-Z]\b)?)(?!\s+of\b)"
)
_UNIT_AFTER_NUMBER = re.compile(
    r"(?i:[\s,]*(?:times|minutes?|hours?|miles?|blocks?|feet|yards|steps|days?|weeks?|months?|"
    r"years?|kids|people|dollars|bucks|percent|pills|mg|milligrams))\b"
)
_PLACE_SUFFIX = re.compile(rf"\b{CAP}(?:\s+{CAP}){{0,2}}\s+(?:{_PLACE})\b")
_PLACE_CUE = re.compile(
    r"(?i:\b(?:live|lives|living|lived|moved|move|moving|grew\s+up|born|raised|from|near|"
    r"outside|outside\s+of|in|over\s+in|out\s+in|up\s+in|down\s+in|town\s+of|city\s+of|"
    r"village\s+of|visit|visiting|drove\s+to|drive\s+to|went\s+to|go\s+to|back\s+to|"
    r"headed\s+to|stay|staying|stayed|house\s+in|place\s+in|apartment\s+in|area|downtown))\s+"
    rf"(?P<p>{CAP_SEQ})"
)


class PlaceRecognizer(RegexSpanRecognizer):
    """Street addresses, routes, apartment numbers and places smaller than a state."""

    ENTITIES = (k.ADDRESS, k.LOCATION)

    def find(self, text: str, nlp_artifacts: Any) -> Iterator[Span]:
        for m in _ADDRESS.finditer(text):
            first = m.group(0).split()[0].lower()
            if (
                first in {"the", "a", "on", "my", "this", "that", "main", "wall"}
                and m.group(0)[:1].islower()
            ):
                continue
            yield Span(m.start(), m.end(), k.ADDRESS, 0.75)
        for m in _HOUSE.finditer(text):
            between = re.findall(r"[A-Za-z][A-Za-z'\-]*", text[m.end("n") : m.end()])[:-1]
            if any(w.lower() in _NOT_IN_STREET_NAME for w in between):
                continue
            if _UNIT_AFTER_NUMBER.match(text[m.end("n") :]):
                continue
            yield Span(m.start(), m.end(), k.ADDRESS, 0.7)
        for m in _ROUTE.finditer(text):
            if m.group(0)[:1] == "I" and not re.match(r"I[\s-]*\d", m.group(0)):
                continue
            yield Span(m.start(), m.end(), k.ADDRESS, 0.7)
        for m in _UNIT.finditer(text):
            yield Span(m.start("u"), m.end("u"), k.ADDRESS, 0.6)
        for m in _PLACE_SUFFIX.finditer(text):
            yield Span(m.start(), m.end(), k.LOCATION, 0.7)
        for m in _PLACE_CUE.finditer(text):
            words = m.group("p").split()
            name = " ".join(words).lower()
            if name in STATES_AND_COUNTRIES or words[0].lower().strip(".,") in NOT_NAMES:
                continue
            yield Span(m.start("p"), m.end("p"), k.LOCATION, 0.55)
