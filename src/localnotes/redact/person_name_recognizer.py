"""People's names from the words around them: titles, relations, greetings, introductions.

"Doctor Nkemelu", "Dr. Ocopher", "Officer Brannigan", "my sister Kay", "Hi Lucia,", "my name is
Thomas". spaCy's NER misses many names in transcribed speech, and Whisper misspells them, so the
cue around the name matters more than the name. The title or relation word is kept; only the
name is redacted ("Dr. [PERSON]").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from localnotes.redact import entity_kinds as k
from localnotes.redact.name_patterns import (
    CAP,
    CAP_SEQ,
    GREETINGS,
    NAME_INTRO,
    NOT_NAMES,
    RELATIONS,
    TITLES,
)
from localnotes.redact.regex_span_recognizer import RegexSpanRecognizer
from localnotes.redact.tagger_name_check import dosed_words, only_common_words, sounds_clinical
from localnotes.types import Span

_TITLED = re.compile(rf"\b(?:{TITLES})\s+(?P<n>{CAP_SEQ})")
_RELATION = re.compile(rf"(?i:\b(?:{RELATIONS})(?:'s)?),?\s+(?P<n>{CAP}(?:\s+{CAP}){{0,2}})")
_GREETING = re.compile(rf"\b(?:{GREETINGS}),?\s+(?P<n>{CAP}(?:\s+{CAP}){{0,2}})\b")
_INTRO = re.compile(rf"(?i:\b(?:{NAME_INTRO}))[?:]?\s+(?P<n>{CAP}(?:\s+{CAP}){{0,2}})")
# a lower-case name after a title, as Whisper sometimes writes it: "doctor nkemelu"
_TITLED_LOWER = re.compile(
    r"(?i:\b(?:doctor|dr\.|mister|mr\.|mrs\.|ms\.|officer))\s+(?P<n>[a-z]{3,})\b"
)


# a name said to someone: "Aiden, thanks for coming in", "Welcome back, Rosalind." spaCy's small
# model tags unseen names there as adverbs or adjectives, so the position decides
_VOCATIVE_FIRST = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<n>[A-Z][a-z]{2,}),\s+(?=[a-z])")
_VOCATIVE_LAST = re.compile(r",\s+(?P<n>[A-Z][a-z]{2,})(?=[.!?](?:\s|$))")
_NOT_VOCATIVE = frozenset(
    [
        "well",
        "yes",
        "yeah",
        "no",
        "okay",
        "honestly",
        "actually",
        "anyway",
        "sure",
        "right",
        "look",
        "listen",
        "now",
        "then",
        "also",
        "still",
        "sometimes",
        "usually",
        "mostly",
        "first",
        "second",
        "third",
        "finally",
        "again",
        "thanks",
        "sorry",
        "alright",
        "maybe",
        "really",
        "basically",
        "great",
        "good",
        "fine",
        "true",
        "perfect",
        "exactly",
        "totally",
        "absolutely",
        "definitely",
        "yep",
        "nope",
        "wow",
        "hmm",
        "hey",
        "please",
        "besides",
        "however",
        "otherwise",
        "instead",
        "meanwhile",
        "later",
        "earlier",
        "today",
        "tonight",
        "yesterday",
        "tomorrow",
        "lately",
        "recently",
        "anyhow",
        "plus",
        "though",
        "although",
        "because",
        "since",
        "once",
        "whatever",
        "nothing",
        "everything",
        "something",
        "everyone",
        "somehow",
        "sadly",
        "luckily",
        "frankly",
        "seriously",
        "obviously",
        "apparently",
        "unfortunately",
        "fortunately",
        "personally",
        "ideally",
        "overall",
        "afterwards",
        "after",
        "before",
        "last",
        "next",
        "yes,",
        "correct",
        "interesting",
        "wonderful",
        "awesome",
        "cool",
        "nice",
        "lovely",
        "understood",
        "agreed",
        "indeed",
        "certainly",
        "precisely",
        "there",
        "here",
        "too",
        "either",
        "neither",
        "both",
        "each",
        "some",
        "many",
        "most",
        "more",
        "less",
    ]
)


class PersonNameRecognizer(RegexSpanRecognizer):
    """Names cued by a title, a relation, a greeting or an introduction."""

    ENTITIES = (k.PERSON,)

    def find(self, text: str, nlp_artifacts: Any) -> Iterator[Span]:
        for rx, score in ((_TITLED, 0.85), (_RELATION, 0.7), (_GREETING, 0.7), (_INTRO, 0.5)):
            for m in rx.finditer(text):
                span = _name_span(m, "n", score)
                if span is not None and not (rx is _INTRO and _drug_not_name(text, span)):
                    yield span
        for rx in (_VOCATIVE_FIRST, _VOCATIVE_LAST):
            for m in rx.finditer(text):
                word = m.group("n").lower()
                if (
                    word not in NOT_NAMES
                    and word not in _NOT_VOCATIVE
                    and not word.endswith("ly")
                    and not only_common_words(word)  # "Bad, insomnia most nights"
                    and not sounds_clinical(word)  # "Alpitations, then catastrophising"
                ):
                    yield Span(m.start("n"), m.end("n"), k.PERSON, 0.5)
        for m in _TITLED_LOWER.finditer(text):
            word = m.group("n").lower()
            # "your doctor increased it" is no name; "doctor nkemelu" is
            if word not in _COMMON_AFTER_TITLE and not only_common_words(word):
                yield Span(m.start("n"), m.end("n"), k.PERSON, 0.6)


_COMMON_AFTER_TITLE = {
    "said", "says", "told", "thinks", "thought", "and", "who", "was", "is", "has", "had", "will",
    "would", "can", "could", "about", "for", "at", "to", "the", "a", "an", "appointment",
    "visit", "visits", "office", "again", "today", "yesterday", "gave", "put", "wants",
}  # fmt: skip


def _drug_not_name(text: str, span: Span) -> bool:
    """One word after a weak cue ("common with Mertazapine", "And Cerebral.") that sounds like a
    medication or is followed by a dose elsewhere in the text, and is no Census name."""
    word = text[span.start : span.end]
    return " " not in word and (sounds_clinical(word) or word.lower() in dosed_words(text))


def _name_span(m: re.Match[str], group: str, score: float) -> Span | None:
    words = list(re.finditer(r"\S+", m.group(group)))
    # drop leading and trailing words that are ordinary capitalised words, not names
    while words and words[-1].group(0).lower().strip(".,'") in NOT_NAMES:
        words.pop()
    while words and words[0].group(0).lower().strip(".,'") in NOT_NAMES:
        words.pop(0)
    if not words:
        return None
    base = m.start(group)
    return Span(base + words[0].start(), base + words[-1].end(), k.PERSON, score)
