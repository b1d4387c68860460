"""Per-patient keys: one random key per patient, wrapped by the master key, that seals everything
scoped to that patient (the patient reference of each session, the known identifiers, a
witness's name). Shredding it (on withdrawal and `delete --patient`) makes every such field
unreadable at once, as deleting a data key does for an artifact; the row is then overwritten on
disk like a data key (secure_delete and the WAL overwrite of store/wal.py).

A shredded key leaves its row with `wrapped` NULL, so that "this was deleted" can be told apart
from "there never was anything". A later consent of the same patient gets a fresh key.

Each sealed field names its purpose, its patient and its row (a session or consent id) in its
associated data, so a sealed reference copied onto another row does not open there.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from localnotes.crypto import keys as K
from localnotes.errors import IntegrityError, NotFoundError

if TYPE_CHECKING:
    from localnotes.store.vault import Vault

GONE = "that was deleted with the patient's key"


def key_context(patient_hash: str) -> bytes:
    return f"patient-key|{patient_hash}".encode()


def field_context(purpose: str, patient_hash: str, row_id: str) -> bytes:
    return f"patient-field|{purpose}|{patient_hash}|{row_id}".encode()


def _stored(conn: sqlite3.Connection, patient_hash: str) -> tuple[bool, bytes | None]:
    """(a row exists, its wrapped key or None when shredded)."""
    row = conn.execute(
        "SELECT wrapped FROM patient_keys WHERE patient_hash=?", (patient_hash,)
    ).fetchone()
    return (row is not None, None if row is None else row[0])


def _key(vault: Vault, patient_hash: str, conn: sqlite3.Connection) -> bytes | None:
    _, wrapped = _stored(conn, patient_hash)
    if wrapped is None:
        return None
    return vault.unwrap_with_master(wrapped, key_context(patient_hash))


def _create(vault: Vault, patient_hash: str, conn: sqlite3.Connection) -> bytes:
    """The patient's key, made now if there is none (or only a shredded one). `conn` must be
    inside a transaction."""
    key = _key(vault, patient_hash, conn)
    if key is not None:
        return key
    key = K.random_key()
    conn.execute(
        "INSERT INTO patient_keys (patient_hash, wrapped) VALUES (?, ?)"
        " ON CONFLICT(patient_hash) DO UPDATE SET wrapped=excluded.wrapped",
        (patient_hash, vault.wrap_with_master(key, key_context(patient_hash))),
    )
    return key


def seal(
    vault: Vault,
    patient_hash: str,
    purpose: str,
    row_id: str,
    data: bytes,
) -> bytes:
    """Seal `data` under the patient's key (made if needed): inside the caller's transaction if one
    is open, or in one of its own."""
    if vault.in_transaction():
        key = _create(vault, patient_hash, vault._conn)
    else:
        with vault._tx() as c:
            key = _create(vault, patient_hash, c)
    return K.wrap(key, data, field_context(purpose, patient_hash, row_id))


def open_sealed(
    vault: Vault, patient_hash: str, purpose: str, row_id: str, sealed: bytes | None
) -> bytes:
    """Open a field sealed for this patient; NotFoundError once it or the patient's key is gone."""
    if not sealed:
        raise NotFoundError(GONE)
    key = _key(vault, patient_hash, vault._conn)
    if key is None:
        raise NotFoundError(GONE)
    opened = K.try_unwrap(key, sealed, field_context(purpose, patient_hash, row_id))
    if opened is None:
        raise IntegrityError(
            f"a sealed {purpose} does not open with its patient's key: the vault was altered"
        )
    return opened


def has_key(vault: Vault, patient_hash: str) -> bool:
    """Whether the patient has a key that is not shredded."""
    return _stored(vault._conn, patient_hash)[1] is not None


def shredded(vault: Vault, patient_hash: str) -> bool:
    """Whether this patient's key was shredded and no new one made since."""
    exists, wrapped = _stored(vault._conn, patient_hash)
    return exists and wrapped is None


def forget_ref(vault: Vault, session_id: str) -> None:
    """Remove a session's sealed patient reference (it goes with the session when it is deleted;
    the column is outside the row's seal), inside the caller's transaction."""
    vault._conn.execute("UPDATE sessions SET patient_ref = x'' WHERE id = ?", (session_id,))


def remove_known(vault: Vault, patient_hash: str) -> None:
    vault._conn.execute("DELETE FROM known_identifiers WHERE patient_hash = ?", (patient_hash,))


def shred(vault: Vault, patient_hash: str) -> bool:
    """Remove the patient's known identifiers and destroy the patient's key, in one transaction,
    then overwrite the log (store/wal.py) so no copy of the key stays on disk. True if there was
    a key."""
    with vault._tx() as c:
        remove_known(vault, patient_hash)
        n = c.execute(
            "UPDATE patient_keys SET wrapped = NULL WHERE patient_hash = ? AND wrapped IS NOT NULL",
            (patient_hash,),
        ).rowcount
        if not n:
            c.execute(
                "INSERT OR IGNORE INTO patient_keys (patient_hash, wrapped) VALUES (?, NULL)",
                (patient_hash,),
            )
    vault.checkpoint()
    return bool(n)
