"""Subkeys whose value must survive a `rekey` (store/rekey.py), because what they made is stored
or published: the patient-hash key (the log names patients by it), the row-seal key (every row's
seal), the ledger-entry key (every sealed log entry) and the high-water key (the sealed mark). A
rekey stores their current values wrapped under the new master key in the table `subkeys`; until
the first rekey they are derived from the master key."""

from __future__ import annotations

import sqlite3

from localnotes.crypto import keys as K

STABLE_LABELS = ("patient-hash", "rows", "ledger-entries", "high-water")


def context(label: str, vault_id: str) -> bytes:
    return f"subkey|{label}|{vault_id}".encode()


def stable(conn: sqlite3.Connection, master: bytes, vault_id: str) -> dict[str, bytes]:
    """The stable subkeys: those stored by an earlier rekey, else derived from the master key."""
    out = {label: K.subkey(master, label) for label in STABLE_LABELS}
    try:
        rows = conn.execute("SELECT label, wrapped FROM subkeys").fetchall()
    except sqlite3.OperationalError:
        return out  # a vault whose schema does not have the table yet
    wrap = K.subkey(master, "subkeys")
    for label, wrapped in rows:
        out[label] = K.unwrap(wrap, wrapped, context(label, vault_id))
    return out


def store(
    conn: sqlite3.Connection, new_master: bytes, vault_id: str, values: dict[str, bytes]
) -> None:
    wrap = K.subkey(new_master, "subkeys")
    for label, value in values.items():
        conn.execute(
            "INSERT OR REPLACE INTO subkeys (label, wrapped) VALUES (?, ?)",
            (label, K.wrap(wrap, value, context(label, vault_id))),
        )
