"""Email addresses, web addresses and social-media handles, written or read aloud.

Whisper writes "dana dot pryce at outlook dot com" as "dana.priceatoutbook.com", "Dana dot
Price at Outlook dot com" or "dana.pryce@outlook.com"; a handle read as "at sunny underscore
rivers eighty eight" comes out as "@sunny_rivers88" or "at Sunny underscore Rivers 88". This
recognizer matches all of those, and an address said after "my email is" whose ending was
misheard ("corvidanalytics.evil"). Presidio's own EmailRecognizer is not used: it calls
tldextract, which fetches the public suffix list from the network.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from localnotes.redact import entity_kinds as k
from localnotes.redact.regex_span_recognizer import RegexSpanRecognizer
from localnotes.types import Span

# generic top-level domains people say, and any two letters: the country codes ("dot se")
_TLD = (
    r"(?:com|net|org|edu|gov|info|biz|app|health|online|site|dev|xyz|shop|store|blog|tech|"
    r"email|live|life|news|world|club|design|agency|org\.uk|co\.uk|com\.[a-z]{2}|"
    r"(?:(?<=\.)|(?<=dot\s))(?-i:[a-z]{2}))"
)
_DOT = r"(?:\s*\.\s*|\s+dot\s+)"
_WORD = r"[A-Za-z0-9][A-Za-z0-9'_\-]*"
_JOIN = r"(?:\s*[._\-]\s*|\s+(?:dot|underscore|dash|hyphen)\s+|\s+)"
# words that end the stretch of spoken words before "at ... dot com"
_STOP_BEFORE = {
    "is", "was", "it's", "its", "email", "e-mail", "mail", "address", "my", "me", "to", "at",
    "and", "the", "or", "use", "send", "sent", "on", "from", "by", "it", "that", "her", "his",
    "their", "your", "our", "say", "says", "said", "write", "wrote", "account", "handle", "yes",
    "yeah", "sure", "okay", "ok", "so", "called", "named", "visit", "site", "website", "page",
    "go", "check", "with", "in", "for", "under", "of", "a", "an", "see", "try", "posted", "photo",
    "link", "blog", "just", "read", "follow",
}  # fmt: skip

_EMAIL_WRITTEN = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_AT_DOMAIN = re.compile(
    rf"(?:@|\s+at\s+|(?<=[a-z0-9])at(?=[a-z]))(?!w\s*w\s*w\b|www\b)(?P<dom>{_WORD}(?:{_JOIN}{_WORD}){{0,2}}){_DOT}{_TLD}\b",
    re.I,
)
#: an address said after "my email is", whatever its ending was heard as ("corvid analytics dot
#: io" heard as "corvidanalytics.evil"): the cue says what it is
_EMAIL_CUED = re.compile(
    r"(?i:\be-?mail(?:\s+address)?(?:\s+is|\s+was|'s|:)\s+)"
    rf"(?P<e>{_WORD}(?:{_JOIN}{_WORD}){{0,4}}?\s+at\s+{_WORD}(?:(?:\.|\s+dot\s+){_WORD})+)",
    re.I,
)
_URL = re.compile(
    rf"\b(?:(?:https?\s*(?::|colon)\s*(?:/|slash\s*){{0,2}})?(?:w\s*w\s*w|www|double\s+u\s+double"
    rf"\s+u\s+double\s+u){_DOT})?{_WORD}(?:{_DOT}{_WORD})*{_DOT}{_TLD}\b"
    rf"(?:(?:\s*/\s*|\s+slash\s+){_WORD})*",
    re.I,
)
_SPOKEN_SITE = re.compile(
    rf"(?:\b(?:w\s*w\s*w|www)\s+dot\s+)?(?P<name>(?:\b{_WORD}\s+){{1,3}})dot\s+{_TLD}\b(?:(?:\s*/\s*|\s+slash\s+){_WORD})*",
    re.I,
)
_HANDLE_WRITTEN = re.compile(r"(?<![\w.])@[A-Za-z0-9_.]{2,}")
_HANDLE_CONTEXT = re.compile(
    r"\b(?:account|handle|username|user\s+name|instagram|insta|tiktok|twitter|snapchat|snap|"
    r"profile|channel|gamertag|gamer\s+tag|discord|reddit|youtube|facebook|tagged|tag|posted|"
    r"follow|dm|dms|messaged|threads|screen\s+name|goes\s+by)\b",
    re.I,
)
_HANDLE_SPOKEN = re.compile(
    rf"\b(?:at|@)\s+(?P<h>{_WORD}(?:{_JOIN}{_WORD}){{0,5}}?)(?=\s*(?:[.,;!?]|$|\s+(?:and|but|so|"
    r"on|in|with|which|who|that|then|because|since|or)\b))",
    re.I,
)
_HANDLE_NAMED = re.compile(
    r"(?i:\b(?:username|user\s+name|handle|gamertag|gamer\s+tag|screen\s+name|instagram|"
    r"tiktok|snapchat|twitter|discord)\s+(?:is|was|it's)\s+(?:at\s+|@)?)"
    rf"(?P<h>{_WORD}(?:{_JOIN}{_WORD}){{0,4}}?)(?=\s*(?:[.,;!?]|$))",
)
_UNDERSCORE = re.compile(rf"\b{_WORD}(?:\s+underscore\s+{_WORD})+\b", re.I)


class WebAddressRecognizer(RegexSpanRecognizer):
    """Emails, URLs and handles, in the written and the spoken forms."""

    ENTITIES = (k.EMAIL, k.URL, k.HANDLE)

    def find(self, text: str, nlp_artifacts: Any) -> Iterator[Span]:
        for m in _EMAIL_WRITTEN.finditer(text):
            yield Span(m.start(), m.end(), k.EMAIL, 0.95)
        for m in _AT_DOMAIN.finditer(text):
            yield Span(_local_start(text, m.start()), m.end(), k.EMAIL, 0.85)
        for m in _EMAIL_CUED.finditer(text):
            yield Span(m.start("e"), m.end("e"), k.EMAIL, 0.85)
        for m in _URL.finditer(text):
            kind = (
                k.EMAIL
                if re.search(r"[a-z]at(gmail|outlook|yahoo|hotmail|icloud|aol)", m.group(0), re.I)
                else k.URL
            )
            yield Span(m.start(), m.end(), kind, 0.8)
        for m in _SPOKEN_SITE.finditer(text):
            words = m.group("name").split()
            while words and words[0].lower() in _STOP_BEFORE:
                words.pop(0)
            if words:
                start = m.start("name") + m.group("name").find(words[0])
                if m.start() < m.start("name"):
                    start = m.start()  # "www dot" belongs to the address
                yield Span(start, m.end(), k.URL, 0.7)
        for m in _HANDLE_WRITTEN.finditer(text):
            yield Span(m.start(), m.end(), k.HANDLE, 0.8)
        for m in _HANDLE_NAMED.finditer(text):
            yield Span(m.start("h"), m.end("h"), k.HANDLE, 0.75)
        for m in _UNDERSCORE.finditer(text):
            yield Span(m.start(), m.end(), k.HANDLE, 0.8)
        for m in _HANDLE_SPOKEN.finditer(text):
            before = text[max(0, m.start() - 80) : m.start()]
            if _HANDLE_CONTEXT.search(before) and not re.match(
                # a pronoun or a time is no handle: "scream or curse at you?" after "messaged"
                r"(?i)(?:the|a|an|my|his|her|home|work|school|night|least|first|last|all|you|me|"
                r"him|them|us|it|this|that|once|times?|noon|midnight|lunch|\d)\b",
                m.group("h"),
            ):
                yield Span(m.start("h"), m.end("h"), k.HANDLE, 0.75)


def _local_start(text: str, at: int) -> int:
    """Where the local part of a spoken email begins: up to five words back from "at"."""
    head = text[:at]
    words = list(re.finditer(r"[A-Za-z0-9'_\-.]+", head[-80:]))
    offset = len(head) - len(head[-80:])
    start = at
    for taken, w in enumerate(reversed(words)):
        gap = head[offset + w.end() : start]
        if taken and re.search(r"[,;:!?]|\.\s", gap):
            break
        if w.group(0).lower().strip(".") in _STOP_BEFORE or taken >= 5:
            break
        start = offset + w.start()
    return start
