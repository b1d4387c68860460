"""The vault's own ledger: its tables live in vault.db and its checkpoints are signed with the
vault's key under the origin `localnotes.local/<vault id>`. Also the one shape of an entry about a
session (who, which session, under which consent), so each use case adds only what is its own."""

from __future__ import annotations

from typing import Any, Protocol

from localnotes.ledger.log import Ledger
from localnotes.store.vault import Vault


class SessionKeys(Protocol):
    """What an entry about a session names (sessions.SessionInfo has it)."""

    @property
    def id(self) -> str: ...

    @property
    def patient_hash(self) -> str: ...

    @property
    def consent_id(self) -> str: ...


def origin_of(vault: Vault) -> str:
    return f"localnotes.local/{vault.vault_id}"


def ledger_of(vault: Vault) -> Ledger:
    """The vault's ledger, its entries sealed at rest; raises IntegrityError if the log is shorter
    than its sealed high-water mark (cut at its end) or does not match it."""
    ledger = Ledger(
        vault.ledger_tables(), vault.signer, origin_of(vault), guard=vault.ledger_guard()
    )
    ledger.check_mark()
    return ledger


def session_entry(s: SessionKeys, event: str, **fields: Any) -> dict[str, Any]:
    """A ledger entry about session `s`: the event, the patient's hash, the session, the consent,
    then `fields`."""
    return {
        "event": event,
        "patient": s.patient_hash,
        "session_id": s.id,
        "consent_id": s.consent_id,
        **fields,
    }


def log_session_event(vault: Vault, s: SessionKeys, event: str, **fields: Any) -> Ledger:
    """Append one entry about session `s` in its own transaction; returns the ledger."""
    ledger = ledger_of(vault)
    with vault.transaction():
        ledger.append(session_entry(s, event, **fields))
    return ledger
