"""Deletion by crypto-shredding, with a ledger entry and a certificate for each deletion.

Three steps, each safe to interrupt: (1) in one transaction the wrapped keys are destroyed and the
artifacts queued in `pending_deletions`; (2) the blobs are unlinked; (3) in one transaction the
ledger entry is written and the queue emptied. A crash between steps is finished by `complete()`,
which every command runs when it opens the vault. A blob that cannot be unlinked stays queued and
is retried; the ledger says so.
"""

from __future__ import annotations

import logging
import secrets
from collections import defaultdict
from typing import Any

from localnotes import sessions as sessions_mod
from localnotes.errors import LocalNotesError
from localnotes.ledger import events as ev
from localnotes.ledger.log import Ledger
from localnotes.store import side_tables
from localnotes.store.records import PendingDeletion
from localnotes.store.vault import Vault
from localnotes.types import SessionState, format_utc

log = logging.getLogger(__name__)


def delete_artifacts(
    vault: Vault, ledger: Ledger, artifact_ids: list[str], patient_hash: str, reason: str
) -> int | None:
    """Crypto-shred the artifacts now. Returns the ledger index of the deletion entry, or None
    while a blob could not be unlinked yet (the keys are gone; the unlink is retried)."""
    if not artifact_ids:
        return None
    deletion_id = secrets.token_hex(8)
    vault.shred_keys(artifact_ids, deletion_id, patient_hash, reason)
    return complete(vault, ledger).get(deletion_id)


def complete(vault: Vault, ledger: Ledger) -> dict[str, int]:
    """Unlink queued blobs and write the ledger entries of finished deletions (idempotent)."""
    rows = vault.unlink_pending_blobs()
    if not rows:
        return {}
    # the deletion is logged (and certified) only once its keys are gone from every file: an
    # earlier overwrite of the WAL may have failed (StorageError) and is finished here first
    vault.checkpoint()
    by_deletion: dict[str, list[PendingDeletion]] = defaultdict(list)
    for r in rows:
        by_deletion[r.deletion_id].append(r)
    indexes: dict[str, int] = {}
    for deletion_id, items in by_deletion.items():
        stuck = [r for r in items if r.blob_state == "present"]
        if stuck:
            already = side_tables.deletion_attempts(vault, deletion_id)
            if already == 1:  # record the failure once, then keep retrying quietly
                with vault.transaction():
                    ledger.append(
                        {
                            "event": ev.DELETION_FAILED,
                            "patient": items[0].patient_hash,
                            "session_id": items[0].session_id,
                            "deletion_id": deletion_id,
                            "artifacts": [{"kind": r.kind, "size": r.size} for r in stuck],
                            "reason": items[0].reason,
                            "error": "disk",
                        }
                    )
            continue
        sessions = sorted({r.session_id for r in items})
        event: dict[str, Any] = {
            "event": ev.DELETED,
            "patient": items[0].patient_hash,
            "deletion_id": deletion_id,
            "reason": items[0].reason,
            "artifacts": [
                {"kind": r.kind, "size": r.size, "created": format_utc(r.created_at)}
                for r in sorted(items, key=lambda r: (r.created_at, r.kind))
            ],
        }
        if len(sessions) == 1:
            event["session_id"] = sessions[0]
        with vault.transaction():
            ref = ledger.append(event)
            side_tables.drop_pending(vault, deletion_id)
            for sid in sessions:
                left = [
                    a
                    for a in vault.artifacts("session_id = ?", (sid,))
                    if a.state in ("writing", "complete")
                ]
                if not left:
                    sessions_mod.set_state(vault, sid, SessionState.DELETED)
        indexes[deletion_id] = ref.index
    return indexes


def session_artifact_ids(
    vault: Vault, session_id: str, kinds: tuple[str, ...] | None = None
) -> list[str]:
    arts = vault.session_artifacts(session_id, ("complete", "writing", "missing"))
    return [a.id for a in arts if kinds is None or a.kind in kinds]


def delete_sessions(
    vault: Vault, ledger: Ledger, session_ids: list[str], patient_hash: str, reason: str
) -> int | None:
    """Delete every artifact of the sessions as one deletion, with one ledger entry (and so one
    certificate). Sessions with nothing stored are simply closed."""
    ids: list[str] = []
    for sid in session_ids:
        found = session_artifact_ids(vault, sid)
        ids += found
        if not found:
            with vault.transaction():
                sessions_mod.set_state(vault, sid, SessionState.DELETED)
    return delete_artifacts(vault, ledger, ids, patient_hash, reason)


def abandon(
    vault: Vault, ledger: Ledger, session_id: str, patient_hash: str, why: BaseException
) -> None:
    """A transcription that failed or was stopped leaves nothing half-done: what it stored is
    shredded and logged with the true reason (a withdrawal, a deletion, or an error), and the
    session is closed as deleted."""
    from localnotes.sessions import Cancelled

    reason = ev.REASON_ERROR
    if isinstance(why, Cancelled):
        reason = ev.REASON_CLINICIAN if why.why == "deleted" else ev.REASON_CONSENT_WITHDRAWN
        if why.why == "expired":
            reason = ev.REASON_CONSENT_EXPIRED
    try:
        ids = session_artifact_ids(vault, session_id)
        if ids:
            delete_artifacts(vault, ledger, ids, patient_hash, reason)
        with vault.transaction():
            sessions_mod.set_state(vault, session_id, SessionState.DELETED)
    except LocalNotesError as e:
        # the original error is the one to report; recovery finishes this next time
        log.warning("a failed session was left for recovery to clean up: %s", type(e).__name__)
