"""The clinical vocabulary that is never redacted, and trimming of spans that touch it.

The list ships as `localnotes/data/clinical_terms.txt`, one term per line (the ASR side reads
the same file as Whisper hotwords). A span made only of clinical terms and small words is
dropped; clinical words at the edges of a span are cut off it ("PTSD group at [ORG]").
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from localnotes.drug_dictionary import drug_named
from localnotes.measure_names import names_measure
from localnotes.redact.place_gazetteer import places
from localnotes.redact.tagger_name_check import only_common_words, person_names
from localnotes.types import Span

_SMALL = {"the", "a", "an", "of", "and", "or", "to", "in", "on", "at", "for", "my", "his", "her"}
# kinds whose spans are words that may include a clinical term at an edge; codes, numbers and
# addresses on the web are identifiers as a whole ("kindredhearts.org/support")
_WORDY_KINDS = {"PERSON", "LOCATION", "ORGANIZATION", "ADDRESS", "DATE", "AGE"}
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'\-]*")
_NAME_KINDS = {"PERSON", "LOCATION", "ORGANIZATION"}


@lru_cache(maxsize=1)
def clinical_terms() -> frozenset[str]:
    """The bundled clinical terms, lower-cased."""
    text = resources.files("localnotes").joinpath("data", "clinical_terms.txt").read_text("utf-8")
    return frozenset(
        line.strip().lower()
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    )


#: words of multi-word terms that are not clinical on their own: "PHQ nine", "G A D seven"
_NOT_ALONE = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "hundred",
}  # fmt: skip


#: A measure called by its eponym alone: "the Edinburgh.", "your Edinburgh," ("in Edinburgh." is a
#: place)
_MEASURE_BEFORE = re.compile(r"\b(?:the|your|my|her|his)\s+$", re.I)
_CLAUSE_END = re.compile(r"\s*(?:[,.;:?!]|$)")
#: A term that names a measure, whose eponyms ("Beck", "Edinburgh") are names or places
_MEASURE_NAME = re.compile(
    r"\b(?:scale|inventory|screen|questionnaire|index|test|profile|checklist)\b"
)
#: After a word of a measure's name, a word that makes it the measure: "your Edinburgh score"
_MEASURE_AFTER = re.compile(
    r"\s+(?:score|screen|scale|questionnaire|inventory|test|index|checklist|one|form)s?\b", re.I
)


@lru_cache(maxsize=1)
def _term_words() -> frozenset[str]:
    """Every word of every term, names and places too."""
    return frozenset(w for term in clinical_terms() for w in term.split())


@lru_cache(maxsize=1)
def _clinical_words() -> frozenset[str]:
    """The words of the terms that are clinical on their own. A word that is also a given name, a
    surname or a place ("Edinburgh", "Beck", "Columbia", "Tampa") is clinical only inside its
    whole term ("Edinburgh Postnatal Depression Scale"): alone it may be where someone grew up.
    Only the names of measures are read so ("low" of "low mood" is a surname too, and a word)."""
    names = person_names()
    gazetteer = places()

    def eponym(w: str, term: str) -> bool:
        return bool(_MEASURE_NAME.search(term)) and (w in names or gazetteer.exact(w) is not None)

    return frozenset(
        w
        for term in clinical_terms()
        for w in term.split()
        if w not in _SMALL
        and w not in _NOT_ALONE
        and len(w) > 1
        and not w.isdigit()
        and not eponym(w, term)
    )


@lru_cache(maxsize=1)
def _phrases() -> re.Pattern[str]:
    """Terms of several words or hyphenated ("zero to ten", "y-box"), a space or hyphen alike."""
    parts = [
        r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", t))
        for t in sorted(clinical_terms(), key=len, reverse=True)
        if re.search(r"[\s-]", t)
    ]
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", re.I)


@lru_cache(maxsize=1)
def _phrase_word_parts() -> frozenset[str] | None:
    """Every piece of every word of the terms `_phrases` matches ("ten", "te", "en", "t"...), or
    None when such a word holds more than ASCII letters, digits and "_" (not so in the list)."""
    words = {w for t in clinical_terms() if re.search(r"[\s-]", t) for w in re.split(r"[\s-]+", t)}
    words.discard("")
    if not all(w.isascii() and _ASCII_WORD.fullmatch(w) for w in words):
        return None
    return frozenset(w[i:j] for w in words for i in range(len(w)) for j in range(i + 1, len(w) + 1))


_ASCII_WORD = re.compile(r"[A-Za-z0-9_]+")


def _inside_phrase(text: str, span: Span) -> bool:
    """The span lies within a clinical phrase ("[Zero] to ten", "Y-[Box]").

    A phrase's text is its words (ASCII, any case) with spaces or hyphens between them, so each
    run of letters and digits of a span inside one is a piece of one of those words. Most spans
    (names, numbers) hold a word no phrase has: answered without running the long pattern, the
    same answer (`tests/test_redact_golden.py` compares the two on every benchmark dialog)."""
    parts = _phrase_word_parts()
    chunk = text[span.start : span.end]
    words = _ASCII_WORD.findall(chunk.lower()) if parts is not None and chunk.isascii() else ()
    if parts is not None and any(w not in parts for w in words):
        return False
    return inside_phrase_by_pattern(text, span)


def inside_phrase_by_pattern(text: str, span: Span) -> bool:
    """`_inside_phrase` by the phrases' pattern alone, around the span."""
    lo = max(0, span.start - 60)
    return any(
        lo + m.start() <= span.start and span.end <= lo + m.end()
        for m in _phrases().finditer(text[lo : span.end + 60])
    )


@lru_cache(maxsize=4096)
def dictionary_drug(word: str) -> bool:
    """A drug the drug dictionary names ("Tacrolimus", "warfarin"), and no given name, surname or
    place: the tagger takes such a word for a name at the start of a sentence ("Warfarin, five
    milligrams"), and it is no identifier. Only a span that is the drug's name alone is dropped
    ("Dr. Warfarin Smith" stays whole), and a name that is also a brand ("Allegra") stays one."""
    w = word.lower().strip(" .,'").removesuffix("'s")
    return drug_named(w) is not None and w not in person_names() and places().exact(w) is None


#: An instrument's own name the lexicon does not list, as it is written: Title Case words up to
#: the instrument's word ("Copenhagen Burnout Inventory", "the Whiteley Index"), an article before
_TITLE_INSTRUMENT = re.compile(
    r"(?P<article>(?:[Tt]he|[Yy]our|[Mm]y|[Hh]is|[Hh]er|[Tt]heir)\s+)?"
    r"(?P<words>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,4}?)\s+(?:Scale|Inventory|Questionnaire|Index|"
    r"Checklist)\b(?!'s|\s+[A-Z])"  # not "Harbor Freight Tools", "Acme Inventory Solutions"
)
#: after an instrument's name, in the same sentence, what says it was scored: a number, a score
_SCORED_AFTER = re.compile(
    r"[^.?!]{0,80}?(?:\d|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|score[sd]?|"
    r"total|came (?:to|out|in))\b)",
    re.I,
)


def _instrument_title(text: str, span: Span) -> bool:
    """The span is (part of) an instrument's Title Case name, scored in the same sentence: its words
    say what it measures ("Leeds Dependence Questionnaire": a word that is no person's name) or,
    after "the", it is one eponym ("the Whiteley Index"). "John Smith Questionnaire" stays a
    person's name; a business ("Harbor Freight Tools", "Acme Inventory Solutions") is no
    instrument."""
    lo = max(0, span.start - 12)
    for m in _TITLE_INSTRUMENT.finditer(text, lo):
        if m.start() > span.start:
            break
        if not (m.start() <= span.start and span.end <= m.end()):
            continue
        words = m.group("words").split()
        if not _SCORED_AFTER.match(text, m.end()):
            return False  # named, not scored: a name beside a form stays redacted
        names = person_names()
        described = any(w.lower().removesuffix("'s") not in names for w in words)
        return described or (m.group("article") is not None and len(words) == 1)
    return False


#: A release form and strength after a drug's name: "Wellbutrin XL-150", "Seroquel XR 300"
_RELEASE_FORM = re.compile(r"(?:XL|XR|SR|CR|ER|LA|CD|ODT|MR|DR|PR|EC)(?:[- ]?\d+(?:\.\d+)?)?")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z\-]+)\s*$")


def _release_form(text: str, span: Span, chunk: str) -> bool:
    before = _WORD_BEFORE.search(text[max(0, span.start - 40) : span.start])
    return bool(_RELEASE_FORM.fullmatch(chunk.strip())) and bool(
        before and drug_named(before.group(1).lower())
    )


def trim_clinical(text: str, span: Span) -> Span | None:
    """The span without clinical words at its edges, or None when nothing else is left (a release
    form and strength after a drug's name is left too: "Wellbutrin [PERSON]" lost the strength)."""
    out = _trimmed(text, span)
    if out is not None and _release_form(text, out, text[out.start : out.end]):
        return None
    if out is not None and _numbered_score(text, out):
        return None
    return out


#: a measure's number run into its score: "PHQ 9-7", "GAD 7-6" (no date)
_NUMBER_AND_SCORE = re.compile(r"(\d{1,2})[-\u2013](\d{1,3})")


def _numbered_score(text: str, span: Span) -> bool:
    """The span is a measure's number and its score joined by a dash, the number being part of a
    clinical phrase said before it ("PHQ [9-7]"): speech recognition's way of writing "PHQ-9,
    7", which the date recognizer takes for the ninth of July."""
    m = _NUMBER_AND_SCORE.fullmatch(text[span.start : span.end])
    if m is None:
        return False
    end = span.start + len(m.group(1))  # the text cut after the number: "PHQ 9" is a phrase
    number = Span(span.start, end, span.kind, span.score)
    return text[span.start - 1 : span.start] in (" ", "-") and inside_phrase_by_pattern(
        text[:end], number
    )


def _trimmed(text: str, span: Span) -> Span | None:
    terms = clinical_terms()
    chunk = text[span.start : span.end]
    if chunk.lower().strip(" .,'") in terms or _inside_phrase(text, span):
        return None
    if span.kind in _NAME_KINDS and (
        dictionary_drug(chunk)
        or names_measure(text, span.start, span.end)
        or _instrument_title(text, span)
    ):
        return None  # "Tacrolimus, four milligrams", "the Kessler came to 31"
    words = list(_WORD.finditer(chunk))
    if not words or span.kind not in _WORDY_KINDS:
        return span
    clinical = _clinical_words()

    def is_clinical(m: re.Match[str]) -> bool:
        lw = m.group(0).lower()
        if lw in terms or lw in clinical or lw.removesuffix("'s") in terms:
            return True
        if lw not in _term_words():
            return False  # in no term: neither the measure nor a word of its name
        at, end = span.start + m.start(), span.start + m.end()
        return bool(
            _MEASURE_AFTER.match(text, end)  # "your Edinburgh score", "the Columbia screen"
            or (_MEASURE_BEFORE.search(text[max(0, at - 6) : at]) and _CLAUSE_END.match(text, end))
            or inside_phrase_by_pattern(text, Span(at, end, span.kind, span.score))
        )  # "I scored the Edinburgh.", and "Edinburgh" of the scale's whole name

    lo, hi = 0, len(words)
    while lo < hi and (is_clinical(words[lo]) or words[lo].group(0).lower() in _SMALL):
        lo += 1
    while hi > lo and (is_clinical(words[hi - 1]) or words[hi - 1].group(0).lower() in _SMALL):
        hi -= 1
    if lo == hi:
        return None
    if lo == 0 and hi == len(words):
        return span
    rest = chunk[words[lo].start() : words[hi - 1].end()]
    if span.kind in _NAME_KINDS and only_common_words(rest):
        return None  # "Home Health Agency" less its clinical words: "Agency" names nothing
    return Span(
        span.start + words[lo].start(), span.start + words[hi - 1].end(), span.kind, span.score
    )
