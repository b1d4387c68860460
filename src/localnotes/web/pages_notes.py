"""The note draft screen: the draft beside the redacted transcript, each item linked to the
segments it quotes, its text editable and saved (the evidence never changes)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response

from localnotes.web.context import form, see_other, with_vault
from localnotes.web.render import page

if TYPE_CHECKING:
    from localnotes.store.vault import Vault


def _sid(request: Request) -> str:
    return str(request.path_params["sid"])


def _cited(doc: dict[str, Any], segments: Any) -> list[dict[str, Any]]:
    """The draft's sections, each item with the indexes of the segments its evidence quotes."""
    out = []
    for sec in doc["sections"]:
        items = []
        for item in sec["items"]:
            spans = []
            for e in item["evidence"]:
                # one segment, or two when speech recognition cut the sentence between them
                within = [
                    (i, s)
                    for i, s in enumerate(segments)
                    if e["start"] <= s.start and s.end <= e["end"]
                ]
                if within and e["quote"] in " ".join(s.text.strip() for _, s in within):
                    spans += [i for i, _ in within]
            items.append({**item, "segments": sorted(set(spans))})
        out.append({**sec, "items": items})
    return out


async def note_page(request: Request) -> Response:
    from localnotes import note_drafts, sessions
    from localnotes.notes import templates
    from localnotes.transcripts import read_transcript

    sid = _sid(request)

    def load(v: Vault) -> dict[str, Any]:
        view = read_transcript(v, sid)
        have = note_drafts.load(v, view.session.id)
        doc = have.doc if have is not None and have.doc.get("source") == "redacted" else None
        return {
            "view": view,
            "ref": sessions.patient_ref(v, view.session.id),
            "doc": doc,
            "sections": _cited(doc, view.transcript.segments) if doc else [],
            "templates": templates.BUILT_IN,
        }

    saved = request.query_params.get("saved") == "1"
    return page(request, "note.html", saved=saved, **await with_vault(request, load))


async def draft(request: Request) -> Response:
    """Draft (again) from the redacted transcript with a built-in template."""
    from localnotes import note_drafts
    from localnotes.errors import UsageError
    from localnotes.notes import templates

    sid, choice = _sid(request), form(request).get("template", "soap")
    if choice not in templates.BUILT_IN:  # a path on this computer is for the CLI only
        raise UsageError(f"unknown template {choice!r}: use {', '.join(templates.BUILT_IN)}")
    done = await with_vault(request, lambda v: note_drafts.make(v, sid, choice, rebuild=True))
    return see_other(f"/sessions/{done.session.id}/note")


async def save(request: Request) -> Response:
    """Save the edited item texts ("item-S.I" fields); an emptied item is removed."""
    from localnotes import note_drafts

    sid = _sid(request)
    edits = {k[5:]: v for k, v in form(request).items() if k.startswith("item-")}
    done = await with_vault(request, lambda v: note_drafts.save_edits(v, sid, edits))
    return see_other(f"/sessions/{done.session.id}/note?saved=1")
