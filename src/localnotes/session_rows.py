"""The session list, one use case for `localnotes sessions` and the web app's Sessions page: each
session with its patient reference (unsealed), state, source and the kinds of data it still holds.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from localnotes import sessions
from localnotes.store.vault import Vault
from localnotes.types import format_utc


@dataclass(frozen=True)
class SessionRow:
    id: str
    patient_hash: str
    patient_ref: str
    created_at: float
    state: str
    source: str
    stored: tuple[str, ...]  # artifact kinds still held, sorted

    def as_dict(self) -> dict[str, Any]:
        """The row as `sessions --json` prints it."""
        return {
            "session_id": self.id,
            "patient": self.patient_ref,
            "created_at": format_utc(self.created_at),
            "state": self.state,
            "source": self.source,
            "stored": list(self.stored),
        }


def session_rows(vault: Vault, patient_ref: str | None = None) -> list[SessionRow]:
    """Every session (or one patient's), oldest first."""
    ph = vault.patient_hash(patient_ref) if patient_ref else None
    return [
        SessionRow(
            id=s.id,
            patient_hash=s.patient_hash,
            patient_ref=sessions.patient_label(vault, s.id),
            created_at=s.created_at,
            state=s.state,
            source=s.source,
            stored=tuple(sorted({a.kind for a in vault.session_artifacts(s.id)})),
        )
        for s in sessions.list_sessions(vault, ph)
    ]
