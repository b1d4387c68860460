"""Organisations that identify a person: employers, schools, care homes, churches, clinics.

"Cedar Valley Library", "Saint Vincent's", "Maple Grove Nursing Home", "Grace Fellowship
Church", "works at Northgate Auto", "bright water logistics" (Whisper's lower case). Matched by
a suffix that names the kind of place, or by a cue such as "work at" or "school is".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from localnotes.redact import entity_kinds as k
from localnotes.redact.name_patterns import (
    CAP,
    CAP_SEQ,
    NOT_NAMES,
    STATES_AND_COUNTRIES,
    generic_service,
)
from localnotes.redact.regex_span_recognizer import RegexSpanRecognizer
from localnotes.types import Span

_SUFFIX = (
    r"Library|Church|Chapel|Parish|Cathedral|Temple|Synagogue|Mosque|Ministries|Fellowship|"
    r"Lutheran|Baptist|Methodist|Presbyterian|Episcopal|Congregation|Nursing\s+Home|Home|"
    r"Senior\s+Living|Assisted\s+Living|Living|Care\s+Center|Rehab|Rehabilitation|Hospice|"
    r"Manor|Residence|Clinic|Hospital|Medical\s+Center|Health|Healthcare|Pharmacy|Center|"
    r"Centre|School|High\s+School|Middle\s+School|Elementary|Academy|College|University|"
    r"Institute|Preschool|Daycare|Montessori|Bank|Credit\s+Union|Group|Inc\.?|LLC|Ltd\.?|"
    r"Company|Co\.|Corporation|Corp\.?|Associates|Partners|Auto|Motors|Hardware|Logistics|"
    r"Analytics|Brewing|Brewery|Bakery|Cafe|Caf\u00e9|Diner|Restaurant|Grill|Kitchen|Market|"
    r"Foods|Farms?|Construction|Plumbing|Electric|Industries|Manufacturing|Solutions|"
    r"Services|Systems|Technologies|Tech|Labs?|Studios?|Alliance|Foundation|Society|Club|"
    r"Gym|Fitness|YMCA|Shelter|Mission|Agency|Department|Dept\.?|Station|Precinct|Warehouse|"
    r"Store|Stores|Shop|Mart|Insurance|Realty|Law\s+Group|Law|Firm|Veterinary\s+Hospital|"
    r"Hotel|Inn|Motel|Salon|Spa|Daycare|Camp|Press|Media|News|Transit|Airlines|Union|Council"
)
_ORG = re.compile(rf"\b(?:{CAP_SEQ})\s+(?:{_SUFFIX})\b(?:'s)?")
_GENERIC = {
    "home",
    "living",
    "health",
    "center",
    "centre",
    "group",
    "law",
    "station",
    "store",
    "stores",
    "shop",
    "club",
    "camp",
    "union",
    "council",
    "press",
    "media",
    "news",
    "tech",
    "labs",
    "lab",
    "services",
    "systems",
    "department",
    "dept",
    "co.",
    "inc",
    "inc.",
    "agency",
    "mission",
    "farm",
    "farms",
    "kitchen",
    "market",
    "firm",
    "spa",
}
_LOWER_SUFFIX = "|".join(
    a.lower()
    for a in _SUFFIX.split("|")
    if a.lower().replace("\\.", ".").rstrip("?.") not in _GENERIC
)
_ORG_LOWER = re.compile(
    r"(?i:\b(?:at|for|from|to|with)\s+)(?P<o>(?:[a-z][a-z'\-]+\s+){1,3}"
    rf"(?:{_LOWER_SUFFIX}))\b"
)
_SAINT = re.compile(rf"\b(?:Saint|St\.?|San|Santa|Our\s+Lady\s+of)\s+{CAP}(?:'s|s)?(?:\s+{CAP})*")
_EMPLOYER = re.compile(
    r"(?i:\b(?:work|works|worked|working|job|jobs|employed|employer|intern|interning|volunteer|"
    r"volunteering|shift|shifts|hired|fired|laid\s+off|quit|manager|boss|teach|teaches|"
    r"attend|attends|attending|enrolled|student|students|go\s+to|goes\s+to|went\s+to|"
    r"transferred\s+to|school\s+is|school|college|university|church|parish|congregation|"
    r"member|members|staying|stay|lives|live)\b(?:\s+(?:part\s+time|full\s+time|nights|days|"
    r"weekends|there|now|still|again))?\s+(?:at|for|with|in|to)\s+(?:the\s+)?)"
    rf"(?P<o>{CAP_SEQ})"
)


class OrganizationRecognizer(RegexSpanRecognizer):
    """Named places of work, study, worship and care."""

    ENTITIES = (k.ORGANIZATION,)

    def find(self, text: str, nlp_artifacts: Any) -> Iterator[Span]:
        for m in _ORG.finditer(text):
            span = _trim(m.start(), m.end(), text, 0.75)
            name = text[span.start : span.end].strip()
            # a suffix alone names nothing, nor a kind of service ("the Senior Center")
            if " " in name and not generic_service(name):
                yield span
        for m in _ORG_LOWER.finditer(text):
            words = m.group("o").split()
            # a name has no article or preposition inside: not "to talk with the school"
            if m.group("o").islower() and not any(w in _LOWER_STOP for w in words[:-1]):
                yield Span(m.start("o"), m.end("o"), k.ORGANIZATION, 0.6)
        for m in _SAINT.finditer(text):
            yield Span(m.start(), m.end(), k.ORGANIZATION, 0.7)
        for m in _EMPLOYER.finditer(text):
            name = m.group("o").lower()
            if name in STATES_AND_COUNTRIES or name.split()[0].strip(".,") in NOT_NAMES:
                continue
            yield Span(m.start("o"), m.end("o"), k.ORGANIZATION, 0.6)


_LOWER_STOP = {
    "the", "a", "an", "my", "his", "her", "their", "our", "your", "this", "that", "local", "public",
    "new", "old", "same", "other", "another", "some", "any", "every", "each", "one", "two",
    "with", "at", "for", "from", "to", "in", "on", "of", "and", "or",
}  # fmt: skip


def _trim(start: int, end: int, text: str, score: float) -> Span:
    """Drop ordinary capitalised words at the start ("The", "My") of a suffix match."""
    words = list(re.finditer(r"\S+", text[start:end]))
    while len(words) > 1 and words[0].group(0).lower() in NOT_NAMES | {"the", "at", "in"}:
        words.pop(0)
    return Span(start + words[0].start(), end, k.ORGANIZATION, score)
