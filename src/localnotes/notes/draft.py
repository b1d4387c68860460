"""The draft as a document: the JSON contract, and the clinician's edits applied to it.

The document is what is stored (encrypted, as the session's `note` artifact), what `--json`
prints and what every format is rendered from:

    {"session_id", "template", "title", "disclaimer", "source": "redacted"|"unredacted",
     "speakers_known", "edited",
     "sections": [{"name", "items": [{"text", "evidence": [{"start", "end", "speaker", "quote"}]}],
                   "note"?: "nothing found in the transcript",
                   "caution"?: templates.RISK_CAUTION, on a section that holds risk items}],
     "medications": [{"name", "dose", "unit", "frequency", "change", "said_as", "evidence"}],
     "measures": [{"name", "score", "out_of", "evidence"}],
     "risk": [{"kind", "status", "time", "evidence"}],
     "risk_review": [{"kinds", "evidence"}]}: sentences that speak words of risk (`kinds`) that no
     risk statement of those kinds quotes, to read; not findings

An edit changes an item's text only: its evidence stays, so an edited line still points at what
was said.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from localnotes.errors import UsageError
from localnotes.notes import templates
from localnotes.notes.extract import extract
from localnotes.types import Segment


def build(
    segments: Sequence[Segment], template: templates.Template, session_id: str, source: str
) -> dict[str, Any]:
    """The draft document for a transcript's segments."""
    ex = extract(segments)
    kinds = {sec.name: sec.kinds for sec in template.sections}
    sections = []
    for name, items in templates.fill(template, ex):
        sec: dict[str, Any] = {"name": name, "items": [i.as_dict() for i in items]}
        if not items:
            sec["note"] = templates.EMPTY
        if "risk" in kinds.get(name, ()):
            sec["caution"] = templates.RISK_CAUTION
        sections.append(sec)
    return {
        "session_id": session_id,
        "template": template.name,
        "title": template.title,
        "disclaimer": templates.DISCLAIMER,
        "source": source,
        "speakers_known": ex.speakers_known,
        "edited": False,
        "sections": sections,
        "medications": [m.as_dict() for m in ex.medications],
        "measures": [m.as_dict() for m in ex.measures],
        "risk": [r.as_dict() for r in ex.risk],
        "risk_review": [p.as_dict() for p in ex.review],
    }


def apply_edits(doc: Mapping[str, Any], edits: Mapping[str, str]) -> dict[str, Any]:
    """The document with item texts replaced: `edits` maps "SECTION.ITEM" (0-based indexes) to
    the new text. An empty text removes the item. Evidence is never edited."""
    out = dict(doc)
    sections = [dict(s, items=[dict(i) for i in s["items"]]) for s in doc["sections"]]
    removed: set[tuple[int, int]] = set()
    changed = False
    for key, text in edits.items():
        try:
            si, ii = (int(x) for x in key.split("."))
            item = sections[si]["items"][ii]
        except (ValueError, IndexError):
            raise UsageError(f"no item {key!r} in this draft") from None
        text = " ".join(text.split())
        if not text:
            removed.add((si, ii))
            changed = True
        elif text != item["text"]:
            item["text"] = text
            item["edited"] = True
            changed = True
    for si, sec in enumerate(sections):
        sec["items"] = [it for ii, it in enumerate(sec["items"]) if (si, ii) not in removed]
        if sec["items"]:
            sec.pop("note", None)
        else:
            sec["note"] = templates.EMPTY
    out["sections"] = sections
    out["edited"] = bool(out.get("edited")) or changed
    return out
