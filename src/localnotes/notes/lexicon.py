"""The note draft's vocabulary. Medications (generic and brand names) come from the shared
clinical lexicon (`localnotes.clinical_lexicon`); `localnotes/data/notes/lexicon.toml` adds only
how speech recognition has written those names, the patterns of standardized measures as they are
said, and interventions.

Names that speech recognition mangles beyond the listed spellings are still found by edit distance
(`fuzzy_medication`), but only where the sentence talks about medication, so an ordinary word
that happens to be one letter from a drug name ("ability", "Abilify") is not taken for it.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from localnotes.clinical_lexicon import load_lexicon
from localnotes.measure_names import measure_patterns


@dataclass(frozen=True)
class Lexicon:
    medication_names: dict[str, str]  # any spelling, lowercase -> generic name
    medication_re: re.Pattern[str]
    measures: tuple[tuple[str, re.Pattern[str]], ...]
    interventions: tuple[tuple[str, re.Pattern[str]], ...]


def _spelling_pattern(name: str) -> str:
    """'s-citalopram' also as 's citalopram' and 'scitalopram'; word boundaries around it."""
    parts = re.split(r"[\s-]+", name)
    return r"\b" + r"[\s-]?".join(re.escape(p) for p in parts) + r"(?:'s)?\b"


@cache
def data() -> dict[str, Any]:
    """lexicon.toml, read once."""
    raw = resources.files("localnotes").joinpath("data/notes/lexicon.toml").read_text("utf-8")
    return tomllib.loads(raw)


@cache
def heard_as() -> dict[str, str]:
    """How speech recognition has written a drug (lexicon.toml's `heard_as`), lower case -> the
    generic name: term repair puts these right where a dose or a medication verb supports it."""
    return {
        spelling.lower().removesuffix("'s"): generic
        for generic, heard in data()["heard_as"].items()
        for spelling in heard
    }


def unaccented(text: str) -> str:
    """`text` with each accented Latin letter as its plain letter ("Liorésal" as "Lioresal"),
    letter for letter, so a name found in it is found at the same place in `text`."""
    if text.isascii():
        return text
    return "".join(_plain_letter(c) for c in text)


@cache
def _plain_letter(c: str) -> str:
    base = unicodedata.normalize("NFD", c)[0]
    return base if c.isalpha() and base.isascii() and base.isalpha() else c


@cache
def load() -> Lexicon:
    toml = data()
    names: dict[str, str] = {}
    for med in load_lexicon().medications:
        for spelling in med.names:
            names[spelling.lower()] = med.generic
            # the British spelling: "ferrous sulphate", "magnesium sulphate"
            names.setdefault(spelling.lower().replace("sulf", "sulph"), med.generic)
            # as it is read, accents left off: "Íbúfen" as "Ibufen"
            names.setdefault(unaccented(spelling.lower()), med.generic)
    names.update(heard_as())
    # longest first, so "lithium carbonate" wins over "lithium"
    alternation = "|".join(_spelling_pattern(n) for n in sorted(names, key=lambda n: (-len(n), n)))
    return Lexicon(
        medication_names=names,
        medication_re=re.compile(alternation, re.I),
        measures=measure_patterns(),
        interventions=tuple(
            (name, re.compile("|".join(f"(?:{p})" for p in pats), re.I))
            for name, pats in toml["interventions"].items()
        ),
    )


def generic_of(spelling: str) -> str | None:
    key = re.sub(r"[\s-]+", " ", spelling.lower()).removesuffix("'s")
    names = load().medication_names
    return (
        names.get(key)
        or names.get(key.replace(" ", ""))
        or names.get(key.replace(" ", "-"))
        # a hyphenated name written as one word: "cotrimoxazole", "cocodamol"
        or _unhyphenated().get(key.replace(" ", ""))
    )


@cache
def _unhyphenated() -> dict[str, str]:
    """The hyphenated names (lexicon and heard spellings), with the hyphen left out."""
    names = load().medication_names
    return {n.replace("-", "").replace(" ", ""): g for n, g in names.items() if "-" in n}


def bounded_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, giving up (returning limit + 1) once it must exceed `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


#: brands term repair never repairs to, found only as spelled: everyday speech before a dose sounds
#: like them ("the anxious one, one milligram": Anxiar; "steady on, five milligrams": Stedon; "one
#: of the lads": Ladose; "the stimulation, fifty milligrams": Stimuloton; "a few more": Femara)
CROWDED_BRANDS = frozenset({"anxiar", "stedon", "ladose", "stimuloton", "femara"})

# Ordinary words within an edit or two of a drug name.
_NOT_DRUGS = frozenset(
    {"ability", "abilities", "liability", "ritual", "rituals", "vitamin", "lexical", "cymbal",
     "tenets", "tenet", "prosaic", "adderly", "elevate", "catapult", "intuition", "stratus",
     "latitude", "relapse", "remedy", "remember", "geodes",
     # "pill box", said of the box the week's tablets are sorted into (Plavix, Palexia)
     "pillbox", "pillboxes",
     # a liquid's strength "in every mil" (Evorel), a phone's "SIM card" (Symbicort)
     "everymil", "everyml", "simcard", "simcards",
     # a stimulation or a stimulator (Stimuloton), a nominal amount (Dominal)
     "stimulation", "stimulations", "stimulator", "stimulators", "nominal"}
)  # fmt: skip


@cache
def _spelled_only() -> frozenset[str]:
    """The drugs the lexicon says are found only as spelled, never by sound: their names crowd
    the sounds of everyday words ("pill box" ~ Plavix, "said Clomid" ~ sitagliptin)."""
    return frozenset(m.generic for m in load_lexicon().medications if m.spelled_only)


@cache
def _sounds() -> tuple[tuple[str, str], ...]:
    """(metaphone code, generic) of every name of six letters or more."""
    import jellyfish

    return tuple(
        (jellyfish.metaphone(spelling.replace(" ", "").replace("-", "")), generic)
        for spelling, generic in load().medication_names.items()
        if len(spelling) >= 6 and generic not in _spelled_only()
    )


@cache
def sounds_like_medication(words: str, dose_follows: bool) -> str | None:
    """The generic name that a run of one to three words sounds like ("serter line", "mirtaza
    pin"), by their metaphone codes: one sound apart, or two when a dose is said right after."""
    import jellyfish

    joined = re.sub(r"[^a-z]", "", words.lower())
    if len(joined) < 6 or joined in _NOT_DRUGS:
        return None
    code = jellyfish.metaphone(joined)
    if len(code) < 5:
        return None
    limit = 2 if dose_follows and len(code) >= 6 else 1
    best: tuple[int, str] | None = None
    for known, generic in _sounds():
        if abs(len(known) - len(code)) > limit or known[:2] != code[:2]:
            continue
        d = jellyfish.levenshtein_distance(code, known)
        if d <= limit and (best is None or d < best[0]):
            best = (d, generic)
    return best[1] if best else None


@cache
def _fuzzy_spellings() -> tuple[dict[str, list[int]], dict[str, list[int]], list[tuple[str, str]]]:
    """The names `fuzzy_medication` compares a word with, in the lexicon's order, and where each
    is by its first letter and by its last three: a word is compared only with the names that
    share one or the other."""
    names = [
        (spelling, generic)
        for spelling, generic in load().medication_names.items()
        if not (len(spelling) < 6 or " " in spelling or "-" in spelling)
        and generic not in _spelled_only()
    ]
    by_first: dict[str, list[int]] = {}
    by_last: dict[str, list[int]] = {}
    for i, (spelling, _) in enumerate(names):
        by_first.setdefault(spelling[0], []).append(i)
        by_last.setdefault(spelling[-3:], []).append(i)
    return by_first, by_last, names


@cache
def fuzzy_medication(word: str) -> str | None:
    """The generic name a misrecognised word most likely stands for, or None."""
    w = word.lower()
    if len(w) < 6 or w in _NOT_DRUGS or not w.isalpha():
        return None
    best: tuple[int, str] | None = None
    by_first, by_last, names = _fuzzy_spellings()
    for i in sorted({*by_first.get(w[0], ()), *by_last.get(w[-3:], ())}):
        spelling, generic = names[i]
        limit = 1 if len(spelling) < 9 else 2
        d = bounded_distance(w, spelling, limit)
        if d <= limit and (best is None or d < best[0]):
            best = (d, generic)
    return best[1] if best else None


@cache
def misspelled_before_dose(word: str) -> str | None:
    """The generic name a word one letter from a lexicon name stands for, any drug's, also one
    never found by sound ("Grandaxine", "Depakin", "Tersian"): for a word right before a dose
    with its unit, where the word is no everyday one (the caller's to say)."""
    w = word.lower()
    if len(w) < 6 or w in _NOT_DRUGS or not w.isalpha():
        return None
    best: tuple[int, str] | None = None
    for spelling, generic in load().medication_names.items():
        if len(spelling) < 6 or " " in spelling or "-" in spelling or spelling[0] != w[0]:
            continue
        d = bounded_distance(w, spelling, 1)
        if d <= 1 and (best is None or d < best[0]):
            best = (d, generic)
    return best[1] if best else None
