"""The rows the store hands out, typed: each is read from its table and checked against its seal
(store/rows.py) before it becomes one of these, so a caller never sees an unchecked row or a dict
whose keys it has to guess."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from localnotes.types import SessionState


@dataclass(frozen=True)
class ArtifactRow:
    """One artifact: a sealed blob of one kind belonging to one session."""

    id: str
    session_id: str
    kind: str
    #: writing | complete | shredded | missing
    state: str
    created_at: float
    #: None: no retention deadline
    expires_at: float | None
    #: plaintext bytes (0 while it is written)
    size: int
    chunk_size: int
    #: recovery re-sealed the authenticated prefix of a blob whose writer died
    truncated: bool
    meta: str

    @classmethod
    def of(cls, row: Mapping[str, Any]) -> ArtifactRow:
        return cls(
            id=str(row["id"]),
            session_id=str(row["session_id"]),
            kind=str(row["kind"]),
            state=str(row["state"]),
            created_at=float(row["created_at"]),
            expires_at=None if row["expires_at"] is None else float(row["expires_at"]),
            size=int(row["size"]),
            chunk_size=int(row["chunk_size"]),
            truncated=bool(row["truncated"]),
            meta=str(row["meta"]),
        )


@dataclass(frozen=True)
class SessionRow:
    """One session: a recording or an imported file of one patient, under one consent."""

    id: str
    patient_hash: str
    consent_id: str
    created_at: float
    state: SessionState
    #: microphone | file
    source: str
    meta: dict[str, Any]
    #: the process that records or transcribes it (None once it is done)
    pid: int | None
    #: the patient reference, sealed under the patient's key (store/patient_keys.py); empty once
    #: the session or the key was deleted
    patient_ref: bytes = field(default=b"", repr=False, compare=False)

    @classmethod
    def of(cls, row: Mapping[str, Any]) -> SessionRow:
        return cls(
            id=str(row["id"]),
            patient_hash=str(row["patient_hash"]),
            consent_id=str(row["consent_id"]),
            created_at=float(row["created_at"]),
            state=SessionState(row["state"]),
            source=str(row["source"]),
            meta=json.loads(row["meta"]),
            pid=None if row["pid"] is None else int(row["pid"]),
            patient_ref=bytes(row.get("patient_ref") or b""),
        )


@dataclass(frozen=True)
class PendingDeletion:
    """One artifact whose keys are destroyed and whose blob is being removed (step 2 of a
    deletion); the deletion is logged once every blob of it is gone."""

    artifact_id: str
    deletion_id: str
    session_id: str
    patient_hash: str
    kind: str
    size: int
    created_at: float
    reason: str
    requested_at: float
    #: present | removed | missing
    blob_state: str
    attempts: int
    last_error: str | None

    @classmethod
    def of(cls, row: Mapping[str, Any]) -> PendingDeletion:
        return cls(
            artifact_id=str(row["artifact_id"]),
            deletion_id=str(row["deletion_id"]),
            session_id=str(row["session_id"]),
            patient_hash=str(row["patient_hash"]),
            kind=str(row["kind"]),
            size=int(row["size"]),
            created_at=float(row["created_at"]),
            reason=str(row["reason"]),
            requested_at=float(row["requested_at"]),
            blob_state=str(row["blob_state"]),
            attempts=int(row["attempts"]),
            last_error=None if row["last_error"] is None else str(row["last_error"]),
        )
