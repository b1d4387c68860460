"""The note draft use case, shared by the CLI and the web app: make, read, edit and export a
session's draft note, stored encrypted as the session's `note` artifact.

- A draft is made from the redacted transcript; from the full one only on request, which is
  logged like any unredacted view (`transcript_viewed_unredacted`). A draft made from the full
  transcript is kept no longer than the full transcript itself.
- Each session keeps one draft. A new or edited draft replaces the previous one, which is
  crypto-shredded with a `deleted` entry (reason `replaced`), so no stale copy outlives an edit.
- The draft's deadline comes from the consent: `--retain-note`, or the redacted transcript's.
- Exports write the file first and log `exported` after, as for transcripts.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from localnotes import consent, deletion, sessions
from localnotes.errors import NotFoundError, UsageError
from localnotes.ledger import events as ev
from localnotes.notes import draft, render, templates
from localnotes.store.records import ArtifactRow
from localnotes.store.vault import Vault
from localnotes.transcripts import read_transcript
from localnotes.types import ArtifactKind
from localnotes.vault_ledger import log_session_event

FORMATS = render.FORMATS


@dataclass(frozen=True)
class NoteDraft:
    session: sessions.SessionInfo
    doc: dict[str, Any]
    created: bool  # made now, rather than read back


def _stored(vault: Vault, session_id: str) -> list[ArtifactRow]:
    return [a for a in vault.session_artifacts(session_id) if a.kind == ArtifactKind.NOTE.value]


def _store(
    vault: Vault, s: sessions.SessionInfo, doc: Mapping[str, Any], event: str, **fields: Any
) -> None:
    """Seal the draft with its deadline, log it, and shred the draft it replaces."""
    old = [a.id for a in _stored(vault, s.id)]
    rec = consent.get_consent(vault, s.consent_id)
    keep = rec.retention.for_kind(ArtifactKind.NOTE) or 0
    if doc.get("source") == "unredacted":
        keep = min(keep, rec.retention.transcript_s)
    data = json.dumps(doc, ensure_ascii=False, sort_keys=True).encode("utf-8")
    vault.put_artifact(s.id, ArtifactKind.NOTE.value, data, expires_at=time.time() + keep)
    ledger = log_session_event(
        vault, s, event, **fields, kinds=[ArtifactKind.NOTE.value], sizes=[len(data)]
    )
    deletion.delete_artifacts(vault, ledger, old, s.patient_hash, ev.REASON_REPLACED)


def load(vault: Vault, session_ref: str) -> NoteDraft | None:
    """The session's stored draft, or None when it has none."""
    s = sessions.find(vault, session_ref)
    arts = _stored(vault, s.id)
    if not arts:
        return None
    return NoteDraft(s, json.loads(vault.read_artifact(arts[-1].id)), created=False)


def make(
    vault: Vault,
    session_ref: str,
    template: str | None = None,
    unredacted: bool = False,
    rebuild: bool = False,
) -> NoteDraft:
    """The session's draft: the stored one when it fits what is asked, else a new one, stored."""
    tpl = templates.load(template or "soap")  # a bad template fails before anything is read
    source = "unredacted" if unredacted else "redacted"
    have = None if rebuild else load(vault, session_ref)
    if (
        have is not None
        and have.doc.get("source") == source
        and (template is None or have.doc.get("template") == tpl.name)
    ):
        if unredacted:
            log_session_event(vault, have.session, ev.TRANSCRIPT_VIEWED_UNREDACTED)
        return have
    view = read_transcript(vault, session_ref, unredacted=unredacted)
    s = view.session
    doc = draft.build(
        view.transcript.segments, tpl, s.id, "redacted" if view.redacted else "unredacted"
    )
    fmt = template.lower() if template and template.lower() in templates.BUILT_IN else "custom"
    _store(vault, s, doc, ev.NOTE_DRAFTED, format=fmt if template else "soap")
    return NoteDraft(s, doc, created=True)


def save_edits(vault: Vault, session_ref: str, edits: Mapping[str, str]) -> NoteDraft:
    """Store the clinician's edits to the session's draft (item texts; evidence never changes)."""
    have = load(vault, session_ref)
    if have is None:
        raise NotFoundError(f"session {session_ref} has no note draft yet: make one first")
    if have.doc.get("source") != "redacted":
        raise UsageError("this draft was made from the full transcript: edit a redacted one")
    doc = draft.apply_edits(have.doc, edits)
    if doc == have.doc:
        return have
    _store(vault, have.session, doc, ev.NOTE_EDITED)
    return NoteDraft(have.session, doc, created=False)


def rendered(note: NoteDraft, fmt: str) -> str:
    if fmt not in FORMATS:
        raise UsageError(f"unknown note format {fmt!r}: use {', '.join(FORMATS)}")
    return render.render(note.doc, fmt)


def export(vault: Vault, note: NoteDraft, fmt: str, deliver: Callable[[str], None]) -> str:
    """Deliver the draft in `fmt` (writing a file, say), then log the export."""
    text = rendered(note, fmt)
    deliver(text)
    log_session_event(
        vault, note.session, ev.EXPORTED, format=f"note-{fmt}", kinds=[ArtifactKind.NOTE.value]
    )
    return text
