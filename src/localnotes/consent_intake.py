"""Recording a patient's consent as the clinician does it, from `localnotes consent grant` or the
web app's consent form: the grant, the names always redacted for this patient, and the receipt,
in one call. The grant and the names are written in one transaction (a name refused, or a failure
while sealing them, leaves no consent, no ledger entry and no receipt); the receipt is made from
the committed ledger entry. The front ends only parse the request and present the result.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from localnotes import consent
from localnotes.ledger.receipts import make_receipt
from localnotes.store.vault import Vault
from localnotes.types import RetentionPolicy, Scope
from localnotes.vault_ledger import ledger_of


@dataclass(frozen=True)
class GrantRequest:
    """What the clinician recorded: the patient's reference, the scopes and retention agreed,
    how consent was given (and who witnessed it), the notice shown, an optional expiry (a
    duration such as `90d`), and the patient's known names."""

    patient_ref: str
    scopes: frozenset[Scope]
    retention: RetentionPolicy
    method: str
    witness: str | None
    notice: str
    expires: str | None
    known_names: tuple[str, ...] = ()


@dataclass(frozen=True)
class Granted:
    record: consent.ConsentRecord
    ledger_index: int
    replaces: bool  # a consent was in force, and this one replaces it
    receipt: dict[str, Any]


def grant(vault: Vault, request: GrantRequest, clinic_details: dict[str, Any]) -> Granted:
    """Record the consent with the patient's known names, and make the patient's receipt."""
    ledger = ledger_of(vault)
    replaces = consent.live_consent(vault, vault.patient_hash(request.patient_ref)) is not None
    record, index = consent.grant(
        vault,
        ledger,
        request.patient_ref,
        request.scopes,
        request.retention,
        request.method,
        request.witness,
        request.notice,
        request.expires,
        request.known_names,
    )
    receipt = make_receipt(ledger, index, details=clinic_details)
    return Granted(record, index, replaces, receipt)
