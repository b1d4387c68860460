"""Withdrawing consent: mark it withdrawn, stop a recording that runs in another process, and
crypto-shred everything the consent covered, with one deletion certificate."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from localnotes import consent, deletion, sessions
from localnotes.config import Settings
from localnotes.ledger import events as ev
from localnotes.ledger.receipts import make_receipt
from localnotes.store import patient_keys
from localnotes.store.vault import Vault
from localnotes.vault_ledger import ledger_of

STOP_WAIT_S = 10.0


@dataclass
class WithdrawalResult:
    consent_ids: list[str]
    deleted_sessions: int
    stopped_recordings: int
    certificate: dict[str, Any] | None

    def as_dict(self) -> dict[str, Any]:
        return {
            "withdrawn": self.consent_ids,
            "deleted_sessions": self.deleted_sessions,
            "stopped_recordings": self.stopped_recordings,
            "certificate": self.certificate is not None,
        }


def _recording(vault: Vault, consent_ids: set[str]) -> list[sessions.SessionInfo]:
    return [
        s
        for s in sessions.list_sessions(vault)
        if s.consent_id in consent_ids and s.state.running and sessions.running_elsewhere(s.pid)
    ]


def forget_patient(vault: Vault, patient_hash: str) -> None:
    """Remove the patient's known identifiers and shred the patient's key, which seals every
    patient reference, identifier and witness name of theirs that is left (store/patient_keys)."""
    patient_keys.shred(vault, patient_hash)


def holds_details(vault: Vault, patient_hash: str) -> bool:
    """Whether anything sealed for the patient can still be opened (their key exists)."""
    return patient_keys.has_key(vault, patient_hash)


def withdraw_and_delete(
    vault: Vault, settings: Settings, patient_ref: str, method: str = "verbal"
) -> WithdrawalResult:
    ledger = ledger_of(vault)
    withdrawn = consent.withdraw(vault, ledger, patient_ref, method)
    ids = {c.id for c in withdrawn}
    ph = withdrawn[0].patient_hash
    # a recording in another process polls for this and stops within a fraction of a second
    running = _recording(vault, ids)
    deadline = time.monotonic() + STOP_WAIT_S
    while _recording(vault, ids) and time.monotonic() < deadline:
        time.sleep(0.05)
    covered = [s.id for s in sessions.list_sessions(vault, ph) if s.consent_id in ids]
    index = deletion.delete_sessions(vault, ledger, covered, ph, ev.REASON_CONSENT_WITHDRAWN)
    forget_patient(vault, ph)
    if index is not None:
        cert = make_receipt(ledger, index, "deletion", settings.clinic_details)
    else:
        # nothing was stored under the consent: the receipt is the withdrawal entry itself
        entries = ledger.entries(ph)
        last = max(e["seq"] for e in entries if e["event"] == ev.CONSENT_WITHDRAWN)
        cert = make_receipt(ledger, last, "consent", settings.clinic_details)
    return WithdrawalResult(sorted(ids), len(covered), len(running), cert)
