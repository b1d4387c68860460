"""The values a note draft is made of. Every one carries its evidence: where in the transcript it
was said (segment start and end in seconds, the speaker when known) and the literal quote."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

RISK_KINDS = ("suicidal_ideation", "self_harm", "harm_to_others", "abuse_or_neglect")
RISK_STATUSES = ("endorsed", "denied")
_KIND_WORDS = {
    "suicidal_ideation": "Suicidal ideation",
    "self_harm": "Self-harm",
    "harm_to_others": "Harm to others",
    "abuse_or_neglect": "Abuse or neglect",
}


def kind_label(kind: str) -> str:
    """How a kind of risk is named in the draft: "Self-harm"."""
    return _KIND_WORDS[kind]


@dataclass(frozen=True)
class Evidence:
    start: float
    end: float
    speaker: str | None
    quote: str

    def as_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "speaker": self.speaker, "quote": self.quote}


@dataclass(frozen=True)
class Medication:
    name: str  # the generic name
    dose: float | None
    unit: str | None
    frequency: str | None
    change: str | None  # "increase to 150 mg", "start", "stop", "decrease to 50 mg", "continue"
    said_as: str  # the name as it was said ("Zoloft", "sertraline")
    evidence: tuple[Evidence, ...]
    heard_dose: float | None = None  # the dose as heard, when `dose` is its sound-alike
    check: str | None = None  # why the dose differs from what was heard

    def as_dict(self) -> dict[str, Any]:
        out = {
            "name": self.name,
            "dose": self.dose,
            "unit": self.unit,
            "frequency": self.frequency,
            "change": self.change,
            "said_as": self.said_as,
            "evidence": [e.as_dict() for e in self.evidence],
        }
        if self.heard_dose is not None:
            out.update(heard_dose=self.heard_dose, check=self.check)
        return out


@dataclass(frozen=True)
class Measure:
    name: str  # "PHQ-9", or "mood rating (0-10)" for a self-rating
    score: float
    out_of: float | None
    evidence: tuple[Evidence, ...]
    earlier: bool = False  # a previous score said beside today's ("down from sixty")
    said_as: str = ""  # named by description ("the drinking one"): the name is inferred

    def as_dict(self) -> dict[str, Any]:
        out = {
            "name": self.name,
            "score": self.score,
            "out_of": self.out_of,
            "evidence": [e.as_dict() for e in self.evidence],
        }
        if self.earlier:
            out["earlier"] = True
        if self.said_as:
            out["said_as"] = self.said_as
        return out


@dataclass(frozen=True)
class Risk:
    kind: str  # one of RISK_KINDS
    status: str  # one of RISK_STATUSES
    time: str  # "present" or "past"
    evidence: tuple[Evidence, ...]

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "status": self.status,
            "time": self.time,
            "evidence": [e.as_dict() for e in self.evidence],
        }


@dataclass(frozen=True)
class RiskPassage:
    """A sentence that speaks words of a kind of risk that no risk statement of that kind quotes:
    a passage for the clinician to read, not a finding (it has no status)."""

    kinds: tuple[str, ...]  # of RISK_KINDS, those its words belong to
    evidence: tuple[Evidence, ...]

    def as_dict(self) -> dict[str, Any]:
        return {"kinds": list(self.kinds), "evidence": [e.as_dict() for e in self.evidence]}


@dataclass(frozen=True)
class Item:
    """One line of the draft: its category (what the templates place), its text, its evidence."""

    category: str
    text: str
    evidence: tuple[Evidence, ...]

    def as_dict(self) -> dict[str, Any]:
        return {"text": self.text, "evidence": [e.as_dict() for e in self.evidence]}


@dataclass(frozen=True)
class Extraction:
    """Everything found in one transcript."""

    medications: tuple[Medication, ...]
    measures: tuple[Measure, ...]
    risk: tuple[Risk, ...]
    review: tuple[RiskPassage, ...]  # risk words no risk statement read, to check
    items: tuple[Item, ...]  # all items, the structured ones included, in transcript order
    speakers_known: bool = False
    notes: tuple[str, ...] = field(default=())
