"""A clinician's request to delete a session, or every session of a patient: the plan shown before
it, the deletion, and its certificate. `localnotes delete` and the web app's delete page both call
`plan_session` / `plan_patient` and then `carry_out`; they only parse the request, ask for the
confirmation, and present the result.

The deletion itself is `deletion.delete_sessions`: keys destroyed in one transaction, the files
unlinked, then the ledger entry in a second one, each step finished by the next command if a
crash interrupts it (see deletion.py). The certificate is made from that entry, so it exists only
once the deletion is logged.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from localnotes import deletion, sessions
from localnotes.ledger.receipts import make_receipt
from localnotes.store.vault import Vault
from localnotes.vault_ledger import ledger_of
from localnotes.withdrawal import forget_patient, holds_details


@dataclass(frozen=True)
class PlannedArtifact:
    kind: str
    size: int


@dataclass(frozen=True)
class PlannedSession:
    session_id: str
    artifacts: tuple[PlannedArtifact, ...]

    def as_dict(self) -> dict[str, Any]:
        return {
            "session_id": self.session_id,
            "artifacts": [{"kind": a.kind, "size": a.size} for a in self.artifacts],
        }


@dataclass(frozen=True)
class DeletionPlan:
    """What a deletion would remove. `whole_patient`: every session of the patient was asked
    for, so the patient's known identifiers and key go too; `holds_details`: the patient still
    has such sealed details (known identifiers, a witness's name)."""

    patient_hash: str
    sessions: tuple[PlannedSession, ...]
    whole_patient: bool
    holds_details: bool

    def as_dicts(self) -> list[dict[str, Any]]:
        return [s.as_dict() for s in self.sessions]

    @property
    def identifiers_only(self) -> bool:
        """No session to delete, only the patient's sealed details."""
        return self.whole_patient and not self.sessions and self.holds_details


@dataclass(frozen=True)
class DeletionDone:
    """A deletion carried out. `ledger_index` and `certificate` are None while a file could not
    be removed yet (the keys are destroyed; every command retries the removal)."""

    plan: DeletionPlan
    ledger_index: int | None
    certificate: dict[str, Any] | None


def _planned(vault: Vault, found: list[sessions.SessionInfo]) -> tuple[PlannedSession, ...]:
    return tuple(
        PlannedSession(
            s.id,
            tuple(PlannedArtifact(a.kind, a.size) for a in vault.session_artifacts(s.id)),
        )
        for s in found
    )


def plan_session(vault: Vault, session_ref: str) -> DeletionPlan:
    """The plan for one session, named by its id or a unique prefix (NotFoundError otherwise)."""
    s = sessions.find(vault, session_ref)
    return DeletionPlan(s.patient_hash, _planned(vault, [s]), False, False)


def plan_patient(vault: Vault, patient_ref: str) -> DeletionPlan:
    """The plan for every session of the patient with this reference."""
    ph = vault.patient_hash(patient_ref)
    found = sessions.list_sessions(vault, ph)
    return DeletionPlan(ph, _planned(vault, found), True, holds_details(vault, ph))


def carry_out(
    vault: Vault, plan: DeletionPlan, reason: str, clinic_details: dict[str, Any]
) -> DeletionDone:
    """Delete what the plan names, as one deletion with one ledger entry and one certificate
    (`reason` is one of ledger.events.REASON_*). For a whole patient, their known identifiers
    and key go too, so nothing of theirs stays readable."""
    ledger = ledger_of(vault)
    index = None
    if plan.sessions:
        ids = [s.session_id for s in plan.sessions]
        index = deletion.delete_sessions(vault, ledger, ids, plan.patient_hash, reason)
    if plan.whole_patient:
        forget_patient(vault, plan.patient_hash)
    cert = make_receipt(ledger, index, "deletion", clinic_details) if index is not None else None
    return DeletionDone(plan, index, cert)
