"""Clinical term repair: put right the drug names and clinical terms Whisper mishears, and only
where what is said around them shows that a clinical term belongs there.

Runs after recognition and before redaction. Small models turn words they do not know into
common ones ("raised my search line to fifty milligrams", "a diary of the traders"). A run of one
to three words is replaced by a lexicon term (`localnotes.clinical_lexicon`) when both hold:

- it sounds like the term: the Metaphone codes and the spellings are close (jellyfish), and they
  start with the same sound;
- the context calls for that kind of term: a dose right after it (also at the start of the next
  segment, the answer to "Are you taking the X?"), or a medication verb or a possessive right
  before it, for a medication ("my X to 50 milligrams", "taking X"); a diary,
  log or list right before it for a clinical concept ("a diary of the X"); a therapy or diagnosis
  word next to it for those.

Ordinary speech is never rewritten on sound alone. Every repair is returned as a `TermRepair`
(the words heard, the term written, when, and the rule that allowed it) and is stored with the
transcript, so a reader can always see what was changed. Pure functions; no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING

import jellyfish

from localnotes.clinical_lexicon import Lexicon, TermKind, fold, load_lexicon
from localnotes.drug_dictionary import drug_named
from localnotes.notes.lexicon import CROWDED_BRANDS, heard_as
from localnotes.term_repair_words import (
    CLINICAL,
    CONCEPT_CUES,
    DIAGNOSIS_CUES,
    LINK_WORDS,
    MED_BEFORE,
    MED_TALK,
    MED_VERBS,
    NUMBER_WORDS,
    PRONOUNS,
    THERAPY_CUES,
    TO_DOSE,
    UNITS,
    WHEN,
)
from localnotes.types import Segment, TermRepair
from localnotes.word_lists import common_words

if TYPE_CHECKING:
    from localnotes.redact import KnownIdentifier, Redactor

_TOKEN = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?|\d+(?:\.\d+)?")
_MAX_WORDS = 3
#: words of the next segment read for a dose that answers a question about a medication
_NEXT_WORDS = 6
# Thresholds on `similarity` (0..1): a dose right after the words is strong support; a cue word
# before them is weaker, so the sound must be closer.
_WITH_DOSE = 0.74
_WITH_CUE = 0.8
_WITH_VERB = 0.88  # "taking X" is said of many things besides medications
# A whole common English word before a dose (a thin margin: "circle"/Seroquel is 0.757,
# "festival"/Vistaril 0.742; see the commit that set it)
_WITH_DOSE_WORD = 0.75


@dataclass(frozen=True)
class _Token:
    text: str
    start: int
    end: int
    opens: bool = False  # the first word of a sentence ("... it would take. Late at night.")

    @property
    def low(self) -> str:
        return self.text.lower()


@dataclass(frozen=True)
class _Name:
    written: str  # as the lexicon writes it
    key: str  # letters only, lower case
    code: str  # Metaphone
    kind: TermKind


@lru_cache(maxsize=4)
def _names(lexicon: Lexicon) -> tuple[_Name, ...]:
    """Single-word names worth repairing to (multi-word names are rarely misheard as a whole)."""
    out: list[_Name] = []
    # not to a drug found only as spelled, never by sound: "decanoate" is no docusate
    for med in (m for m in lexicon.medications if not m.spelled_only):
        for n in (x for x in med.names if x.lower() not in CROWDED_BRANDS):  # (only as spelled)
            out.append(_Name(n, n.lower(), jellyfish.metaphone(n.lower()), "medication"))
    for term in lexicon.terms():
        for n in term.names:
            if " " not in n and "-" not in n and len(n) >= 5 and not n.isupper():
                out.append(_Name(n, n.lower(), jellyfish.metaphone(n.lower()), term.kind))
    return tuple(out)


def similarity(heard: str, name: str) -> float:
    """How alike two words sound and read, 0..1: Metaphone codes and Jaro-Winkler, averaged."""
    a, b = heard.lower().replace(" ", ""), name.lower()
    return similar_coded(a, jellyfish.metaphone(a), b, jellyfish.metaphone(b))


def similar_coded(a: str, ca: str, b: str, cb: str) -> float:
    """`similarity` of lower-case letters whose Metaphone codes are known already."""
    if not ca or not cb or ca[0] != cb[0]:
        return 0.0
    codes = 1.0 - jellyfish.levenshtein_distance(ca, cb) / max(len(ca), len(cb))
    return 0.5 * codes + 0.5 * jellyfish.jaro_winkler_similarity(a, b)


def _is_number(tok: _Token) -> bool:
    return tok.text[0].isdigit() or tok.low in NUMBER_WORDS or "-" in tok.low


def _dose_after(tokens: Sequence[_Token], j: int) -> bool:
    """A dose right after position j ("to 50 milligrams", "is at twenty five mg"), also after when
    it is taken ("at night, 15 mg") or a release form ("the concert XL, the 36": Concerta)."""
    if j < len(tokens) and tokens[j].low in ("xl", "xr", "sr", "er", "cr", "la"):
        return any(_is_number(t) for t in tokens[j + 1 : j + 3])
    k = j
    while k < len(tokens) and k < j + 3 and tokens[k].low in WHEN:
        k += 1
    if k > j and not (k < len(tokens) and _is_number(tokens[k])):
        k = j  # the words after were not a time of day before a dose
    while k < len(tokens) and k < j + 2 and tokens[k].low in TO_DOSE:
        k += 1
    # (not one opening the next sentence after "is": "Left arm it is. A hundred milligrams.")
    n, cut = 0, j < k < len(tokens) and tokens[k].opens and tokens[k - 1].low in TO_DOSE
    while not cut and k < len(tokens) and _is_number(tokens[k]) and n < 3:
        k, n = k + 1, n + 1
    return n > 0 and k < len(tokens) and tokens[k].low in UNITS


def _dose_before(tokens: Sequence[_Token], i: int) -> bool:
    """A dose with its unit and "of" right before position i: "20 milligrams of Sitalop Ram"."""
    k = i - 1
    if k >= 0 and tokens[k].low in ("the", "my", "your", "his", "her"):
        k -= 1
    return (
        k >= 2
        and tokens[k].low == "of"
        and tokens[k - 1].low in UNITS
        and _is_number(tokens[k - 2])
    )


def _cue_before(tokens: Sequence[_Token], i: int, cues: set[str]) -> bool:
    """A cue word right before position i, with at most two linking words between."""
    k = i - 1
    links = 0
    while k >= 0 and tokens[k].low in LINK_WORDS and links < 2:
        k, links = k - 1, links + 1
    # in the same sentence: "... how many it would take. Late at night." is no "take Latuda"
    return k >= 0 and tokens[k].low in cues and not any(t.opens for t in tokens[k + 1 : i + 1])


def _after_at_the(tokens: Sequence[_Token], i: int) -> bool:
    """Word i ends a phrase of time or place: "at the moment", "for the weekend", "in the end",
    "before my period" (no Priadel), "during the holidays"."""
    k = i - 1 if i and tokens[i - 1].low in ("the", "my", "your", "his", "her", "our") else i
    return (i >= 2 and tokens[i - 1].low == "the" and tokens[i - 2].low in ("at", "for", "in")) or (
        k > 0 and tokens[k - 1].low in ("before", "after", "during", "until", "till", "since")
    )


def _cue_after(tokens: Sequence[_Token], j: int, cues: set[str]) -> bool:
    return j < len(tokens) and tokens[j].low in cues


def _support(
    kind: TermKind, tokens: Sequence[_Token], i: int, j: int, clinical: bool
) -> tuple[str, float] | None:
    """The rule that lets words i..j-1 become a term of this kind, and the similarity it needs.
    `clinical`: whether the talk around them is clinical (needed for all but medications, whose
    dose or verb is context enough)."""
    before = tokens[i - 1].low if i > 0 else ""
    if kind == "medication":
        if _dose_after(tokens, j) and (before in MED_BEFORE or i == 0):
            return "dose follows", _WITH_DOSE
        if _dose_before(tokens, i):
            return "dose before", _WITH_DOSE
        if _cue_before(tokens, i, MED_VERBS):
            return "medication verb before", _WITH_VERB
        return None
    if not clinical:
        return None
    if kind == "concept" and _cue_before(tokens, i, CONCEPT_CUES):
        return "diary or log before", _WITH_CUE
    if kind == "therapy" and (
        _cue_after(tokens, j, THERAPY_CUES) or _cue_before(tokens, i, THERAPY_CUES)
    ):
        return "therapy word next to it", _WITH_CUE
    if kind == "diagnosis" and _cue_before(tokens, i, DIAGNOSIS_CUES):
        return "diagnosis word before", _WITH_CUE
    return None


@dataclass(frozen=True)
class _Candidate:
    i: int
    j: int
    name: _Name
    score: float
    rule: str


def _best(tokens: Sequence[_Token], i: int, lexicon: Lexicon, clinical: bool) -> _Candidate | None:
    best: _Candidate | None = None
    known: _Candidate | None = None  # a spelling of lexicon.toml's heard_as
    for j in range(i + 1, min(len(tokens), i + _MAX_WORDS) + 1):
        words = tokens[i:j]
        # a little word may be a piece of a name heard as several ("MURTA's app on"), never its
        # first word
        if (
            _is_number(words[-1])
            or words[-1].low in UNITS
            or words[0].low in LINK_WORDS | PRONOUNS | MED_BEFORE | MED_VERBS
        ):
            break  # "took me down from one milligram" is no "methadone"
        if drug_named(words[-1].low):
            break  # a real drug heard right, one the lexicon lacks: "Prednisolone" stays
        if words[-1].low in MED_TALK:
            break
        if words[-1].low in LINK_WORDS and best is not None:
            continue  # "venla facts" was heard already: "venla facts at" is not longer a name
        heard = "".join(t.low for t in words)
        if len(heard) < 4 or lexicon.is_known(" ".join(t.text for t in words)):
            continue
        spelled = heard_as().get(" ".join(t.low for t in words))
        support = _support("medication", tokens, i, j, clinical) if spelled else None
        # speech recognition's known "circle line", before a dose ("took the Circle line" is not)
        if spelled and support and support[0] == "dose follows" and known is None:
            known = _Candidate(i, j, _Name(spelled, spelled, "", "medication"), 1.0, support[0])
        if all(len(t.low) <= 3 and t.low.replace("'", "") in common_words() for t in words):
            continue  # little words only: "all on 50 mg" is no Allegron, "I'm on" no Imovane
        if j - i == 1 and heard in common_words() and _after_at_the(tokens, i):
            continue  # "What are you taking at the moment? Fifteen milligrams.": no memantine
        code = jellyfish.metaphone(heard)
        supports: dict[str, tuple[str, float] | None] = {}
        for name in _names(lexicon):
            if not 0.6 <= len(heard) / len(name.key) <= 1.6 or code[:1] != name.code[:1]:
                continue
            if name.kind not in supports:
                supports[name.kind] = _support(name.kind, tokens, i, j, clinical)
            support = supports[name.kind]
            if support is None:
                continue
            if j - i == 1 and heard in common_words():
                # a whole English word heard: a verb alone makes none a drug ("taking on concert
                # days"), and a dose after it only one that sounds a little closer ("circle, 100
                # milligrams" is Seroquel, "the festival 50 milligrams" is not Vistaril)
                if support[0] == "medication verb before":
                    continue
                support = (support[0], max(support[1], _WITH_DOSE_WORD))
            if j - i == 1 and jellyfish.levenshtein_distance(code, name.code) > 1:
                # one word heard whole and two sounds off is more likely another word, or a drug
                # the lexicon does not know ("Naproxen" is not "Naltrexone")
                continue
            score = similar_coded(heard, code, name.key, name.code)
            if score >= support[1] and (best is None or score > best.score):
                best = _Candidate(i, j, name, score, support[0])
    return best or known


def _written(name: _Name, original: str) -> str:
    if original[:1].isupper() and name.written.islower():
        return name.written[:1].upper() + name.written[1:]
    return name.written


def _is_clinical(text: str, lexicon: Lexicon) -> bool:
    words = [m.group(0).lower() for m in _TOKEN.finditer(text)]
    return any(w in CLINICAL or lexicon.is_known(w) for w in words)


def _known_from(tokens: Sequence[_Token], i: int, inside: int, lexicon: Lexicon) -> int:
    """The end of a name of two or three words, known to the lexicon, starting at token i; 0."""
    for j in range(min(inside, i + 3), i + 1, -1):
        if lexicon.is_known(" ".join(t.text for t in tokens[i:j])):
            return j
    return 0


def _past_the_end(cand: _Candidate, tokens: Sequence[_Token], inside: int, text: str) -> bool:
    """English words ending a sentence, their dose the next turn's: "like a radio in the next
    room." / "Four hundred milligrams every four weeks." is no Nexito ("You're on Lithian." is)."""
    return (
        cand.j == inside < len(tokens)
        and text.rstrip().endswith((".", "!"))
        and cand.rule == "dose follows"
        and all(t.low in common_words() for t in tokens[cand.i : cand.j])
    )


@lru_cache(maxsize=4)
def _repairs(
    text: str, lexicon: Lexicon, clinical: bool, after: str = ""
) -> list[tuple[int, int, str, str, str]]:
    """Repairs in `text`; `after` is the next segment's text, read only for a dose that answers
    a question ("Are you taking the bus, Byron?" / "Fifteen milligrams twice a day.")."""
    tokens = [
        _Token(m.group(0), m.start(), m.end(), text[: m.start()].rstrip().endswith((".", "?", "!")))
        for m in _TOKEN.finditer(text)
    ]
    inside = len(tokens)
    shift = len(text) + 1
    tokens += [
        _Token(m.group(0), m.start() + shift, m.end() + shift)
        for m in islice(_TOKEN.finditer(after), _NEXT_WORDS)
    ]
    out = []
    i = 0
    while i < inside:
        if lexicon.is_known(tokens[i].text) or fold(tokens[i].text) == "":
            i += 1
            continue
        # a name of several words heard right ("co-codamol", "[co] [codamol]"): never a piece
        # of a longer one ("co-codamol, the 30 mg ones" lost its ", the")
        whole = _known_from(tokens, i, inside, lexicon)
        if whole:
            i = whole
            continue
        cand = _best(tokens, i, lexicon, clinical)
        if cand is None or cand.j > inside or _past_the_end(cand, tokens, inside, text):
            i += 1
            continue
        a, b = tokens[cand.i].start, tokens[cand.j - 1].end
        heard = text[a:b]
        out.append((a, b, heard, _written(cand.name, heard), cand.rule))
        i = cand.j
    return out


def repair_segments(
    segments: Sequence[Segment], lexicon: Lexicon | None = None
) -> tuple[tuple[Segment, ...], tuple[TermRepair, ...]]:
    """The segments with clinical terms repaired, and a record of every repair made."""
    lex = lexicon or load_lexicon()
    out: list[Segment] = []
    made: list[TermRepair] = []
    clinical = [_is_clinical(s.text, lex) for s in segments]
    for n, seg in enumerate(segments):
        near = any(clinical[max(0, n - 1) : n + 2])
        after = segments[n + 1].text if n + 1 < len(segments) else ""
        found = _repairs(seg.text, lex, near, after)
        if not found:
            out.append(seg)
            continue
        text, shift = seg.text, 0
        span = max(seg.end - seg.start, 0.0)
        for a, b, heard, term, rule in found:
            text = text[: a + shift] + term + text[b + shift :]
            shift += len(term) - (b - a)
            # where in the segment the words fall, by their place in its text
            t0 = seg.start + span * a / max(len(seg.text), 1)
            t1 = seg.start + span * b / max(len(seg.text), 1)
            made.append(TermRepair(round(t0, 2), round(t1, 2), heard, term, rule))
        out.append(replace(seg, text=text))
    return tuple(out), tuple(made)


def redacted(
    repairs: tuple[TermRepair, ...], redactor: Redactor, known: list[KnownIdentifier]
) -> tuple[TermRepair, ...]:
    """The repair record as the redacted transcript keeps it: the words heard, redacted too."""
    if not repairs:
        return ()
    heard = redactor.redact([Segment(r.start, r.end, r.original) for r in repairs], known=known)
    return tuple(replace(r, original=s.text) for r, s in zip(repairs, heard.segments, strict=True))
