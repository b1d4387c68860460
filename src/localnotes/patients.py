"""The clinician's list of patients: everyone with a consent or a session in the vault.

The vault stores a patient's reference only sealed, and only with a session; a consent alone is
keyed by the patient hash. So a patient who has consented but never been recorded is listed by
hash, and the clinician types the reference to act for them.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from localnotes import consent, sessions
from localnotes.errors import NotFoundError
from localnotes.store.vault import Vault


@dataclass(frozen=True)
class PatientSummary:
    patient_hash: str
    ref: str | None  # None: no session holds the reference
    live_consent: consent.ConsentRecord | None
    last_consent: consent.ConsentRecord | None
    sessions: int  # not deleted

    @property
    def status(self) -> str:
        """ "live", "withdrawn", "expired" or "none"."""
        if self.live_consent is not None:
            return "live"
        if self.last_consent is None:
            return "none"
        return "withdrawn" if self.last_consent.withdrawn_at else "expired"


def known_refs(vault: Vault) -> dict[str, str]:
    """patient hash -> reference, for every patient a session names whose reference can still be
    read (a deleted session's goes with it; a withdrawal shreds the patient's key)."""
    refs: dict[str, str] = {}
    for s in sessions.list_sessions(vault, include_deleted=True):
        if s.patient_hash not in refs:
            try:
                refs[s.patient_hash] = sessions.patient_ref(vault, s.id)
            except NotFoundError:
                continue
    return refs


def summary(
    vault: Vault, patient_hash: str, ref: str | None = None, now: float | None = None
) -> PatientSummary:
    now = time.time() if now is None else now
    history = consent.consents_of(vault, patient_hash)
    live = [c for c in history if c.live(now)]
    count = len(sessions.list_sessions(vault, patient_hash))
    return PatientSummary(
        patient_hash, ref, live[-1] if live else None, history[-1] if history else None, count
    )


def directory(vault: Vault, extra_refs: dict[str, str] | None = None) -> list[PatientSummary]:
    """Every patient with a consent or a session, those with a live consent first.
    `extra_refs` adds references the caller knows (typed in this sitting)."""
    refs = {**(extra_refs or {}), **known_refs(vault)}
    hashes = {r["patient_hash"] for r in vault.rows("consents")}
    hashes |= set(refs)
    now = time.time()
    out = [summary(vault, ph, refs.get(ph), now) for ph in hashes]
    return sorted(
        out, key=lambda p: (p.status != "live", (p.ref or "~").casefold(), p.patient_hash)
    )
