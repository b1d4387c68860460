"""Known identifiers of a patient (names of the patient, family, workplace, school), stored sealed
in the vault and handed to the redactor, which matches them with tolerance for misspellings."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from localnotes.errors import NotFoundError, UsageError
from localnotes.store import patient_keys, side_tables
from localnotes.store.vault import Vault

KINDS = ("PERSON", "ORGANIZATION", "LOCATION")


def _read(vault: Vault, patient_hash: str) -> list[dict[str, str]]:
    sealed = side_tables.known_sealed(vault, patient_hash)
    if sealed is None:
        if patient_keys.shredded(vault, patient_hash):
            raise NotFoundError(
                "this patient's known identifiers were deleted with their consent or sessions"
            )
        return []
    opened = patient_keys.open_sealed(vault, patient_hash, "known", "", sealed)
    data: list[dict[str, str]] = json.loads(opened)
    return data


def merged(
    vault: Vault, patient_hash: str, texts: Sequence[str], kind: str = "PERSON"
) -> list[dict[str, str]]:
    """The patient's identifiers with `texts` added (deduplicated, case-insensitively), or
    UsageError for an empty one or an unknown kind. Nothing is written."""
    kind = kind.upper()
    if kind not in KINDS:
        raise UsageError(f"unknown identifier kind {kind!r}: use {', '.join(KINDS)}")
    try:
        items = _read(vault, patient_hash)
    except NotFoundError:
        items = []  # a new consent after a withdrawal starts a new list under a new key
    seen = {(i["text"].casefold(), i["kind"]) for i in items}
    for t in texts:
        t = " ".join(t.split())
        if not t:
            raise UsageError("a known identifier may not be empty")
        if (t.casefold(), kind) not in seen:
            items.append({"text": t, "kind": kind})
            seen.add((t.casefold(), kind))
    return items


def store(vault: Vault, patient_hash: str, items: list[dict[str, str]]) -> None:
    """Seal and store the patient's whole list, inside the caller's transaction."""
    data = json.dumps(items).encode()
    sealed = patient_keys.seal(vault, patient_hash, "known", "", data)
    side_tables.put_known_sealed(vault, patient_hash, sealed)


def add(vault: Vault, patient_hash: str, texts: list[str], kind: str = "PERSON") -> int:
    """Add identifiers (deduplicated, case-insensitively). Returns how many the patient now has."""
    items = merged(vault, patient_hash, texts, kind)
    with vault.transaction():
        store(vault, patient_hash, items)
    return len(items)


def listing(vault: Vault, patient_hash: str) -> list[dict[str, str]]:
    return _read(vault, patient_hash)


def load(vault: Vault, patient_hash: str) -> list[Any]:
    from localnotes.redact import KnownIdentifier

    try:
        items = _read(vault, patient_hash)
    except NotFoundError:
        items = []
    return [KnownIdentifier(i["text"], i["kind"]) for i in items]
