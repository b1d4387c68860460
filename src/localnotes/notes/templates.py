"""Note templates are data: a TOML file naming sections and the kinds of item each holds.

SOAP, DAP and BIRP ship in `localnotes/data/notes/`; a clinician's own template is a file of the
same shape. A section the transcript gives nothing for says so ("nothing found in the
transcript"), never filler; a section that holds risk items always carries `RISK_CAUTION`, and
the passages to read for risk (`risk_review`) go wherever risk goes, listed or not.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from localnotes.errors import NotFoundError, UsageError
from localnotes.notes.model import Extraction, Item

BUILT_IN = ("soap", "dap", "birp")
KINDS = (
    "concern", "mood", "response", "medication", "measure", "risk", "risk_review", "protective",
    "risk_detail",
    "intervention", "homework", "plan", "next_appointment",
)  # fmt: skip
EMPTY = "nothing found in the transcript"
#: under every section that holds risk items, whatever it holds: the draft finds risk only as it
#: is phrased in ways it knows (the README's blind figures), so a short or empty risk section must
#: never read as "no risk"
RISK_CAUTION = (
    'These are the risk statements the draft recognised, and, marked "not classified", passages '
    "it could not read as one: sentences that speak words of risk, and answers to a risk question "
    "that say neither yes nor no. It misses risk said in ways it does not know, so a short or "
    "empty list here does not mean that no risk was discussed or that there is none: read the "
    "transcript, and assess and document risk yourself."
)
DISCLAIMER = (
    "DRAFT, not an assessment: every item below is quoted or extracted from the transcript by "
    "localnotes, without interpretation. Check each against the transcript, edit it, and sign it "
    "yourself."
)


@dataclass(frozen=True)
class Section:
    name: str
    kinds: tuple[str, ...]


@dataclass(frozen=True)
class Template:
    name: str
    title: str
    sections: tuple[Section, ...]


def parse(text: str, source: str) -> Template:
    """A template from TOML text; a mistake in it is a usage error naming `source`."""
    try:
        data: dict[str, Any] = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise UsageError(f"template {source} is not valid TOML: {e}") from None
    sections = data.get("sections")
    if not isinstance(sections, list) or not sections:
        raise UsageError(f"template {source} has no [[sections]]")
    out = []
    for sec in sections:
        name, kinds = sec.get("name"), sec.get("items")
        if not isinstance(name, str) or not name.strip():
            raise UsageError(f"template {source}: every section needs a name")
        if not isinstance(kinds, list) or not all(isinstance(k, str) for k in kinds):
            raise UsageError(f"template {source}: section {name!r} needs a list of items")
        unknown = [k for k in kinds if k not in KINDS]
        if unknown:
            raise UsageError(
                f"template {source}: section {name!r} names {', '.join(unknown)}; "
                f"known kinds: {', '.join(KINDS)}"
            )
        out.append(Section(name.strip(), tuple(kinds)))
    name = str(data.get("name") or Path(source).stem)
    return Template(name, str(data.get("title") or f"Session note ({name})"), tuple(out))


def load(choice: str) -> Template:
    """A built-in template by name (soap, dap, birp), or a template file by path."""
    if choice.lower() in BUILT_IN:
        ref = resources.files("localnotes").joinpath(f"data/notes/{choice.lower()}.toml")
        return parse(ref.read_text(encoding="utf-8"), choice.lower())
    path = Path(choice)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise NotFoundError(
            f"no template {choice!r}: use soap, dap, birp or the path of a template file"
        ) from None
    except (OSError, UnicodeDecodeError) as e:
        raise UsageError(f"cannot read the template {choice}: {e}") from None
    return parse(text, path.name)


def fill(template: Template, extraction: Extraction) -> list[tuple[str, list[Item]]]:
    """Each section with its items in transcript order; an item is placed once per section."""
    out = []
    for sec in template.sections:
        kinds = sec.kinds
        if "risk" in kinds and "risk_review" not in kinds:
            at = kinds.index("risk") + 1
            kinds = (*kinds[:at], "risk_review", *kinds[at:])
        items: list[Item] = []
        seen: set[tuple[str, ...]] = set()
        for item in extraction.items:
            if item.category not in kinds:
                continue
            key = (*tuple(e.quote for e in item.evidence), item.category)
            quotes = tuple(e.quote for e in item.evidence)
            if key in seen or (item.category in ("plan", "homework") and quotes in seen):
                continue
            seen.add(key)
            seen.add(quotes)
            items.append(item)
        order = {k: i for i, k in enumerate(kinds)}
        items.sort(key=lambda it: (order[it.category], it.evidence[0].start))
        out.append((sec.name, items))
    return out
