"""Sessions: one recording or imported file of one patient, and the transcripts made from it."""

from __future__ import annotations

import json
import os
import secrets
import time
from dataclasses import asdict
from typing import Any

from localnotes.errors import ConsentError, NotFoundError, UsageError
from localnotes.ledger import events as ev
from localnotes.ledger.log import Ledger
from localnotes.store import patient_keys
from localnotes.store.records import SessionRow
from localnotes.store.vault import Vault
from localnotes.types import (
    ArtifactKind,
    CaptureGrant,
    Segment,
    SessionState,
    TermRepair,
    Transcript,
    normalise_patient_ref,
)

#: Session ids are this many hex characters everywhere (CLI, web, log); any unique prefix of at
#: least MIN_PREFIX characters names a session.
ID_LENGTH = 12
MIN_PREFIX = 4


#: A session as the store hands it out (store/records.py), checked against its seal.
SessionInfo = SessionRow


def start(
    vault: Vault,
    ledger: Ledger,
    grant: CaptureGrant,
    patient_ref: str,
    source: str,
    state: SessionState,
    meta: dict[str, Any] | None = None,
) -> str:
    """Create a session under a grant and log its start, in one transaction."""
    sid = secrets.token_hex(ID_LENGTH // 2)
    ref = normalise_patient_ref(patient_ref).encode()
    with vault.transaction():
        sealed_ref = patient_keys.seal(vault, grant.patient_hash, "patient-ref", sid, ref)
        vault.insert_row(
            "sessions",
            sid,
            {
                "patient_hash": grant.patient_hash,
                "consent_id": grant.consent_id,
                "created_at": time.time(),
                "state": state,
                "source": source,
                "pid": os.getpid(),
                "meta": json.dumps(meta or {}, sort_keys=True),
            },
            extra={"patient_ref": sealed_ref},
        )
        ledger.append(
            {
                "event": ev.RECORDING_STARTED,
                "patient": grant.patient_hash,
                "session_id": sid,
                "consent_id": grant.consent_id,
                "source": source,
                "scopes": sorted(sc.value for sc in grant.scopes),
            }
        )
    return sid


class Cancelled(ConsentError):
    """A transcription stopped because its consent was withdrawn or ran out (exit 3), or its
    session was deleted (exit 6), by another process."""

    def __init__(self, why: str) -> None:
        self.why = why
        what = {
            "withdrawn": "the patient's consent was withdrawn",
            "expired": "the patient's consent ran out",
        }
        super().__init__(
            f"{what.get(why, 'the session was deleted')} while it was in progress: "
            "nothing of it was kept"
        )
        if why == "deleted":
            self.exit_code = NotFoundError.exit_code


def still_wanted(vault: Vault, session_id: str, consent_id: str) -> float | None:
    """Raise Cancelled unless the consent is live and the session still in progress. Called inside
    the transaction that stores a transcript, so a withdrawal or a deletion that committed first
    always wins. Returns when the consent runs out (None: it does not)."""
    now = time.time()
    found = vault.rows("consents", "id = ?", (consent_id,))
    if not found or found[0]["withdrawn_at"] is not None:
        raise Cancelled("withdrawn")
    expires: float | None = found[0]["expires_at"]
    if expires is not None and now >= expires:
        raise Cancelled("expired")
    mine = vault.sessions("id = ?", (session_id,))
    if not mine or not mine[0].state.in_progress:
        raise Cancelled("deleted")
    return expires


class Watch:
    """Polled by a running transcription (as `record` polls the consent): raises Cancelled once
    its consent is withdrawn or its session deleted, reading the vault at most every `every_s`.

    A poll reads the consent and the session only when the vault changed since the last reading
    (a commit by any process: `change_mark`), when the consent's end has come, or after
    `recheck_s`; otherwise it costs one PRAGMA. Reading and checking the sealed rows 20 times a
    second took 8% of a core from the transcription running beside the capture."""

    def __init__(
        self,
        vault: Vault,
        session_id: str,
        consent_id: str,
        every_s: float = 0.25,
        recheck_s: float = 2.0,
    ):
        self.vault, self.session_id, self.consent_id = vault, session_id, consent_id
        self.every_s, self.recheck_s = every_s, recheck_s
        self._next = 0.0
        self._mark: tuple[int, int] | None = None
        self._expires: float | None = None
        self._read_at = 0.0
        self.readings = 0  # full readings of the rows (for tests and benchmarks)

    def check(self, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now < self._next:
            return
        self._next = now + self.every_s
        mark = self.vault.change_mark()
        if (
            mark == self._mark
            and now - self._read_at < self.recheck_s
            and (self._expires is None or time.time() < self._expires)
        ):
            return
        self._expires = still_wanted(self.vault, self.session_id, self.consent_id)
        # the mark taken before the reading: a change committed meanwhile is read at the next poll
        self._mark, self._read_at = mark, now
        self.readings += 1

    def stopped(self) -> bool:
        """Whether it should stop (for a capture loop's should_stop)."""
        try:
            self.check(force=True)
        except Cancelled:
            return True
        return False


def running_elsewhere(pid: int | None) -> bool:
    """Whether the process that owns a session is alive and is not this one."""
    if not pid or pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def set_state(
    vault: Vault,
    session_id: str,
    state: SessionState,
    meta: dict[str, Any] | None = None,
) -> None:
    """Inside the caller's transaction (or, outside one, on its own)."""
    changes: dict[str, Any] = {"state": state}
    if meta is not None:
        changes["meta"] = json.dumps(meta, sort_keys=True)
    vault.update_row("sessions", session_id, changes)
    if state is SessionState.DELETED:  # the sealed patient reference goes with the session
        patient_keys.forget_ref(vault, session_id)


def list_sessions(
    vault: Vault, patient_hash: str | None = None, include_deleted: bool = False
) -> list[SessionInfo]:
    found = (
        vault.sessions("patient_hash = ?", (patient_hash,)) if patient_hash else vault.sessions()
    )
    return [s for s in found if include_deleted or s.state is not SessionState.DELETED]


def find(vault: Vault, ref: str) -> SessionInfo:
    """A session by its id or a unique prefix of at least 4 characters; deleted ones are gone."""
    ref = ref.strip().lower()
    if not ref or not all(ch in "0123456789abcdef" for ch in ref):
        raise NotFoundError(
            f"no session {ref!r}: ids are {ID_LENGTH} characters of 0-9 and a-f (see `sessions`)"
        )
    if len(ref) < MIN_PREFIX:
        raise UsageError(
            f"session id {ref!r} is too short: give at least {MIN_PREFIX} of its "
            f"{ID_LENGTH} characters"
        )
    rows = vault.sessions("id LIKE ?", (ref + "%",))
    if len(rows) > 1:
        raise UsageError(f"{ref!r} matches {len(rows)} sessions; give more of the id")
    if not rows or rows[0].state is SessionState.DELETED:
        raise NotFoundError(f"no session {ref}: it does not exist or was deleted")
    return rows[0]


def patient_ref(vault: Vault, session_id: str) -> str:
    """The session's patient reference; NotFoundError once the session or the patient's key was
    deleted (the sealed reference of a deleted session is removed with it)."""
    found = vault.sessions("id = ?", (session_id,))
    if not found:
        raise NotFoundError(f"no session {session_id}")
    s = found[0]
    return patient_keys.open_sealed(
        vault, s.patient_hash, "patient-ref", session_id, s.patient_ref
    ).decode()


def patient_label(vault: Vault, session_id: str) -> str:
    """The reference for a listing, or a placeholder once it was deleted with the patient's key."""
    try:
        return patient_ref(vault, session_id)
    except NotFoundError:
        return "(deleted)"


def transcript_to_bytes(t: Transcript) -> bytes:
    doc: dict[str, Any] = {
        "segments": [
            {"start": s.start, "end": s.end, "text": s.text, "speaker": s.speaker}
            for s in t.segments
        ],
        "language": t.language,
        "model": t.model,
        "duration_s": t.duration_s,
        "redaction_report": t.redaction_report,
    }
    if t.repairs:
        doc["repairs"] = [asdict(r) for r in t.repairs]
    return json.dumps(doc, ensure_ascii=False, sort_keys=True).encode("utf-8")


def transcript_from_bytes(data: bytes) -> Transcript:
    d = json.loads(data)
    return Transcript(
        segments=tuple(
            Segment(s["start"], s["end"], s["text"], s.get("speaker")) for s in d["segments"]
        ),
        language=d["language"],
        model=d["model"],
        duration_s=d["duration_s"],
        redaction_report=d.get("redaction_report", {}),
        repairs=tuple(TermRepair(**r) for r in d.get("repairs", [])),
    )


def load_transcript(
    vault: Vault, session: SessionInfo, kind: ArtifactKind, relabelled: bool = True
) -> Transcript:
    """The session's transcript of `kind`, with the clinician's speaker-label corrections."""
    arts = [a for a in vault.session_artifacts(session.id) if a.kind == kind.value]
    if not arts:
        what = "full transcript" if kind is ArtifactKind.TRANSCRIPT_FULL else "transcript"
        raise NotFoundError(
            f"session {session.id} has no {what}: it was never made, or it was "
            "deleted under its retention or at the patient's request"
        )
    t = transcript_from_bytes(vault.read_artifact(arts[-1].id))
    if not relabelled:
        return t
    from localnotes import speaker_labels

    return speaker_labels.apply(t, dict(session.meta.get(speaker_labels.META_KEY, {})))
