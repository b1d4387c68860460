"""The standardized measures as they are said, and whether a name in a sentence is one of them.

`localnotes/data/notes/lexicon.toml` lists each measure the note draft knows (about 150) with the
patterns of how it is said ("PHQ nine", "the Kessler", "Beck hopelessness"). The note draft reads
them to find scores; the redactor reads them so that a measure named after a person or a place
("the Kessler", "the Calgary depression scale", "the Altman") is not taken for an identifier.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources

#: What follows a measure's name when it is named as one: a word of a scale's name, a score
#: said ("was 31", "came to 12", "scored"), or the end of the clause ("you did the Kessler."); its
#: questions as the clinician names them ("the Kessler questions")
_AFTER = re.compile(
    r"(?:'s)?\s*(?:[,.;:?!]|$|(?:score|screen|scale|questionnaire|inventory|test|index|"
    r"checklist|one|form|total|result|question|item|sheet)s?\b|"
    r"(?:(?:this|last)\s+(?:week|time|month)\s+|today\s+)?"
    r"(?:was|is|came|scored|"
    r"went|added|dropped|rose|at)\b)",
    re.I,
)
#: A scale named after a person or a place the lexicon does not list: "the Calgary depression
#: scale", "the Yale tic scale" (what it measures, then the scale's word)
_EPONYM_SCALE = re.compile(
    r"\s+(?:(?:depression|anxiety|hopelessness|mania|sleepiness|distress|burden|stress|trauma|"
    r"tics?|tick|gambling|craving|pain|fatigue|loneliness|grief|suicide|severity|symptoms?|"
    r"self[\s-]rating|rating|global|psychological|eating|alcohol|drinking|mood|memory|"
    r"cognitive|dissociation|panic|worry|disability|functioning|quality\s+of\s+life)\s+){1,2}"
    r"(?:scale|inventory|questionnaire|index|checklist|screen)s?\b",
    re.I,
)
#: An article at the start of a span that the name follows
_ARTICLE = re.compile(r"(?:the|your|my|her|his|their)\s+(?=\w)", re.I)
#: What comes before a measure's name when it is named alone: "the Kessler", "your Altman"
_BEFORE = re.compile(r"\b(?:the|your|my|her|his|their|a)\s+$", re.I)


@cache
def measure_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(canonical name, the pattern of every way it is said), in the lexicon's order."""
    raw = resources.files("localnotes").joinpath("data/notes/lexicon.toml").read_text("utf-8")
    measures = tomllib.loads(raw)["measures"]
    return tuple(
        (name, re.compile("|".join(f"(?:{p})" for p in pats), re.I))
        for name, pats in measures.items()
    )


def names_measure(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is (part of) a standardized measure's name as said there.

    A name of a person or a place before what a scale measures and its word, after "the" or
    "your" ("the Calgary depression scale"), is one.

    It is when a measure's pattern, matched around it, covers it and either says more than it
    ("Beck hopelessness", "Yale tic", "Kessler ten") or it is named as a measure is named: after
    "the"/"your" and before a scale's word, a score or the end of the clause ("the Kessler. That
    came to 31"). So "the Kessler family" and "Dr. Altman" stay names. The words must be the
    name's own: a pattern that lets any word stand between two of its words ("diabetes ...
    distress scale") still matches with them blotted out, and then they are no part of it. A span
    may take the article with it ("The Asthma Control Test"), and a title of three words or more
    is a measure's name wherever it is said."""
    if _BEFORE.search(text[max(0, start - 8) : start]) and _EPONYM_SCALE.match(text, end):
        return True
    # a span that takes the article with it: "The Asthma Control Test" is the name after "The"
    article = _ARTICLE.match(text, start, end)
    start = article.end() if article else start
    if not _may_be_in_a_name(text[start:end]):
        return False
    lo = max(0, start - 60)
    window = text[lo : end + 60]
    blotted = window[: start - lo] + "\x00" * (end - start) + window[end - lo :]
    for _, pattern in measure_patterns():
        for m in pattern.finditer(window):
            a, b = lo + m.start(), lo + m.end()
            if a > start or b < end or _still_matches(pattern, blotted, a - lo, b - lo):
                continue
            # a title of three words or more is a measure's whatever follows ("the Asthma
            # Control Test and then"): a person or a place is not named so
            said_more = re.search(r"\w", text[a:start] + text[end:b]) is not None
            said_more = said_more or len(text[a:b].split()) >= 3
            if said_more or (_BEFORE.search(text[max(0, a - 8) : a]) and _AFTER.match(text, b)):
                return True
    return False


@cache
def _literals() -> frozenset[str]:
    """The runs of letters the measures' patterns spell out ("kessler", "beck", "hopelessness")."""
    return frozenset(
        w
        for _, p in measure_patterns()
        for w in re.findall(r"[a-z]{3,}", re.sub(r"\\.", " ", p.pattern.lower()))
    )


def _may_be_in_a_name(span: str) -> bool:
    """Whether a word of the span shares letters with a word a pattern spells out: most names
    ("Maria", "Okonkwo") cannot be part of any measure's name, told without running ~150 patterns.
    A name a pattern could only match by a wildcard is not kept: it stays redacted."""
    words = [w for w in re.findall(r"[a-z]+", span.lower()) if len(w) >= 3]
    return any(lit in w or w in lit for w in words for lit in _literals())


def _still_matches(pattern: re.Pattern[str], blotted: str, a: int, b: int) -> bool:
    """Whether the pattern matches over [a, b) of the text with the span blotted out."""
    return any(m.start() <= a and b <= m.end() for m in pattern.finditer(blotted))
