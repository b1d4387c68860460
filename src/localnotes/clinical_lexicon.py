"""The clinical lexicon: medications, diagnoses, scales, therapy modalities and clinical concepts.

One data file, `localnotes/data/clinical_lexicon.json`, read once per process into frozen values.
Clinical term repair uses it to put misheard terms right; the note draft uses it to find
medications and measures. Pure data and lookups: no I/O beyond reading the bundled file.

    lex = load_lexicon()
    lex.medication("Zoloft")            # -> Medication(generic="sertraline", ...)
    lex.find_medications("my lexapro")  # -> [MedicationMention(3, 10, "lexapro", <escitalopram>)]
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, Literal

TermKind = Literal["medication", "diagnosis", "scale", "therapy", "concept"]
_WORD = re.compile(r"[A-Za-z0-9]+(?:[-'][A-Za-z0-9]+)*")


def fold(text: str) -> str:
    """A term's comparable form: lower case, hyphens and extra spaces gone ("PHQ-9" ~ "phq 9"),
    and the British "sulph" spelled as the lexicon does ("ferrous sulphate" ~ "ferrous sulfate")."""
    return " ".join(_WORD.findall(text.casefold().replace("-", " ").replace("sulph", "sulf")))


#: the units of weight, in grams, to weigh an amount in another unit of a drug's (units of
#: activity, millilitres and puffs are left as they are said)
_IN_GRAMS = {"g": 1.0, "mg": 1e-3, "mcg": 1e-6}


@dataclass(frozen=True)
class Medication:
    """A medication: its generic name, brand names, class, units and usual adult daily doses.

    `usual_daily_dose` is (lowest, highest) in `units[0]`, approximate, used only to judge whether
    a spoken number can be a dose of this drug.
    """

    generic: str
    brands: tuple[str, ...]
    drug_class: str
    units: tuple[str, ...]
    usual_daily_dose: tuple[float, float]
    #: one injection's range, for a drug also given as a long-acting injection (a depot)
    depot_dose: tuple[float, float] | None = None
    #: found by the note draft only as spelled, never by sound ("pill box" is no Plavix)
    spelled_only: bool = False

    @property
    def names(self) -> tuple[str, ...]:
        """The generic name, then the brands."""
        return (self.generic, *self.brands)

    def plausible_dose(self, amount: float, unit: str = "mg") -> bool:
        """Whether `amount unit` could be one dose or a daily dose of this drug (a loose check);
        an amount in another of its units is weighed in the first ("75 mcg" of estradiol, a
        patch, is 0.075 mg)."""
        if unit not in self.units:
            return False
        lo, hi = self.usual_daily_dose
        if unit in _IN_GRAMS and self.units[0] in _IN_GRAMS:
            amount *= _IN_GRAMS[unit] / _IN_GRAMS[self.units[0]]
        if self.depot_dose is not None and self.depot_dose[0] <= amount <= self.depot_dose[1]:
            return True  # a depot's dose: "one hundred every month"
        return lo / 4 <= amount <= hi * 1.5

    def plausible_unsaid(self, amount: float) -> bool:
        """Whether `amount`, said with no unit, could be a dose in one of the drug's units of
        weight: "point four" of glyceryl trinitrate is 0.4 mg (its first unit is mcg), "the
        seventy-five" of an estradiol patch 75 mcg."""
        return any(
            self.plausible_dose(amount, u)
            for u in self.units
            if u == self.units[0] or (u in _IN_GRAMS and self.units[0] in _IN_GRAMS)
        )


@dataclass(frozen=True)
class Term:
    """A diagnosis, scale, therapy or concept: its preferred name and other ways to say it."""

    name: str
    kind: TermKind
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class MedicationMention:
    """A medication named in a text: [start, end) character offsets, the words, the drug."""

    start: int
    end: int
    surface: str
    medication: Medication


@dataclass(frozen=True)
class Lexicon:
    medications: tuple[Medication, ...]
    diagnoses: tuple[Term, ...]
    scales: tuple[Term, ...]
    therapies: tuple[Term, ...]
    concepts: tuple[Term, ...]
    _by_name: dict[str, Medication] = field(init=False, repr=False, compare=False, hash=False)
    _by_term: dict[str, Term] = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        index = {fold(n): m for m in self.medications for n in m.names}
        object.__setattr__(self, "_by_name", index)
        terms: dict[str, Term] = {}
        for t in self.terms():
            for n in t.names:
                terms.setdefault(fold(n), t)
        object.__setattr__(self, "_by_term", terms)

    def terms(self) -> Iterator[Term]:
        """Every non-medication term."""
        yield from self.diagnoses
        yield from self.scales
        yield from self.therapies
        yield from self.concepts

    def medication(self, name: str) -> Medication | None:
        """The medication called `name` (generic or brand, any case), or None."""
        return self._by_name.get(fold(name))

    def term(self, name: str) -> Term | None:
        """The diagnosis, scale, therapy or concept called `name` (or an alias), or None."""
        return self._by_term.get(fold(name))

    def is_known(self, words: str) -> bool:
        """Whether `words` is, as a whole, a name in the lexicon."""
        return self.medication(words) is not None or self.term(words) is not None

    def find_medications(self, text: str) -> list[MedicationMention]:
        """Medications named in `text` (whole words, generic or brand), in order."""
        out = []
        for m in _WORD.finditer(text):
            med = self._by_name.get(fold(m.group(0)))
            if med is not None:
                out.append(MedicationMention(m.start(), m.end(), m.group(0), med))
        return out


def _terms(rows: list[dict[str, Any]], kind: TermKind) -> tuple[Term, ...]:
    return tuple(Term(str(r["name"]), kind, tuple(str(a) for a in r["aliases"])) for r in rows)


def parse_lexicon(doc: dict[str, Any]) -> Lexicon:
    """A Lexicon from the data file's JSON document."""
    meds = tuple(
        Medication(
            generic=str(r["generic"]),
            brands=tuple(str(b) for b in r["brands"]),
            drug_class=str(r["class"]),
            units=tuple(str(u) for u in r["units"]),
            usual_daily_dose=(float(r["usual_daily_dose"][0]), float(r["usual_daily_dose"][1])),
            depot_dose=(float(r["depot_dose"][0]), float(r["depot_dose"][1]))
            if "depot_dose" in r
            else None,
            spelled_only=bool(r.get("spelled_only", False)),
        )
        for r in doc["medications"]
    )
    return Lexicon(
        medications=meds,
        diagnoses=_terms(doc["diagnoses"], "diagnosis"),
        scales=_terms(doc["scales"], "scale"),
        therapies=_terms(doc["therapies"], "therapy"),
        concepts=_terms(doc["concepts"], "concept"),
    )


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The bundled lexicon (read once per process)."""
    text = resources.files("localnotes").joinpath("data/clinical_lexicon.json").read_text("utf-8")
    return parse_lexicon(json.loads(text))
