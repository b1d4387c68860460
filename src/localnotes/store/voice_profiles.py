"""Enrolled voice vectors, sealed in the vault. A voice vector is biometric data: it is stored only
sealed under the vault's field key (bound to its owner), never logged, and deleting it checkpoints
the WAL so no copy stays in the database files (`secure_delete` zeroes the freed page)."""

from __future__ import annotations

import struct

from localnotes.errors import IntegrityError
from localnotes.store.vault import Vault

CLINICIAN = "clinician"
_PURPOSE = "voice|"


def put(vault: Vault, owner: str, vector: list[float]) -> None:
    """Store (or replace) `owner`'s voice vector, sealed."""
    data = struct.pack(f"<{len(vector)}f", *vector)
    sealed = vault.seal_value(_PURPOSE + owner, data)
    with vault._tx() as c:
        c.execute("INSERT OR REPLACE INTO voice_profiles VALUES (?, ?)", (owner, sealed))
    vault.checkpoint()


def get(vault: Vault, owner: str) -> list[float] | None:
    """`owner`'s voice vector, or None when none is enrolled."""
    row = vault._conn.execute(
        "SELECT sealed FROM voice_profiles WHERE owner=?", (owner,)
    ).fetchone()
    if row is None:
        return None
    data = vault.open_value(_PURPOSE + owner, row[0])
    if len(data) % 4:
        raise IntegrityError("the stored voice profile is damaged")
    return list(struct.unpack(f"<{len(data) // 4}f", data))


def delete(vault: Vault, owner: str) -> bool:
    """Remove `owner`'s voice vector; True when there was one."""
    with vault._tx() as c:
        n = c.execute("DELETE FROM voice_profiles WHERE owner=?", (owner,)).rowcount
    vault.checkpoint()
    return bool(n)
