"""`rekey`: a new passphrase and a new master key, in one transaction.

Changing only the wrap of the master key would leave an old copy of vault.db plus the old
passphrase able to open everything made afterwards (the master key, and every key derived from
it, would be the same). So rekey draws a new master key and, in the same transaction:

- re-wraps every data key (with its bound context: artifact, kind, session, patient, consent)
  and the signing key under the new master's wrap key (the signing key keeps its identity, so
  earlier receipts still verify);
- gives every patient a new key and re-seals that patient's fields under it, and re-seals the
  fields under the vault-wide field key (the clinician's voice profile) under the new one;
- keeps the subkeys whose output is stored or published (store/subkeys.py: patient hashes, row
  seals, sealed log entries, the high-water mark) by storing their current value wrapped under
  the new master.

A crash (SIGKILL) before the commit leaves the old passphrase and keys; after it, the new ones.
Then the WAL is overwritten (store/wal.py), so the old wrapped keys leave the disk too. What was
created before the rekey stays readable from a copy made before it: that cannot be helped. The
stable subkeys are the same in an old copy: with the old passphrase and the new vault.db one can
check row seals and read the log's entries (which the patient's receipts show anyway), but no
transcript, recording, patient reference or known identifier made after the rekey.
"""

from __future__ import annotations

import os
import sqlite3
from typing import TYPE_CHECKING

from localnotes.crypto import keys as K
from localnotes.errors import UsageError
from localnotes.store import patient_keys, subkeys

if TYPE_CHECKING:
    from localnotes.store.vault import KdfSettings, Vault

# (table, sealed column, id column, purpose) of every field sealed under a patient's key
_PATIENT_FIELDS = (
    ("sessions", "patient_ref", "id", "patient-ref"),
    ("consents", "witness", "id", "witness"),
    ("known_identifiers", "sealed", None, "known"),
)


def _reseal_patient(c: sqlite3.Connection, vault: Vault, ph: str, new_wrap: bytes) -> None:
    """A fresh key for the patient, every field of theirs re-sealed under it."""
    old = patient_keys._key(vault, ph, c)
    if old is None:
        return  # shredded: nothing of theirs opens any more, and it stays that way
    fresh = K.random_key()
    for table, column, idc, purpose in _PATIENT_FIELDS:
        ident = idc or "patient_hash"
        for row_id, sealed in c.execute(
            f"SELECT {ident}, {column} FROM {table} WHERE patient_hash = ?", (ph,)
        ).fetchall():
            if not sealed:
                continue
            rid = row_id if idc else ""
            ctx = patient_keys.field_context(purpose, ph, rid)
            plain = K.unwrap(old, sealed, ctx)
            c.execute(
                f"UPDATE {table} SET {column} = ? WHERE {ident} = ?",
                (K.wrap(fresh, plain, ctx), row_id),
            )
    c.execute(
        "UPDATE patient_keys SET wrapped = ? WHERE patient_hash = ?",
        (K.wrap(new_wrap, fresh, patient_keys.key_context(ph)), ph),
    )


def rotate(vault: Vault, new_passphrase: str, kdf: KdfSettings) -> None:
    """Rotate the master key of an unlocked vault (see the module text)."""
    from localnotes.store.artifacts import key_context
    from localnotes.store.vault import _master_context

    if not new_passphrase:
        raise UsageError("the passphrase may not be empty")
    params = K.KdfParams(os.urandom(16), kdf.memory_kib, kdf.iterations, kdf.lanes)
    kek = K.derive_kek(new_passphrase, params)
    new_master = K.random_key()
    new_wrap = K.subkey(new_master, "wrap")
    new_fields = K.subkey(new_master, "fields")
    with vault._tx() as c:
        for (ph,) in c.execute(
            "SELECT patient_hash FROM patient_keys WHERE wrapped IS NOT NULL"
        ).fetchall():
            _reseal_patient(c, vault, ph, new_wrap)
        arts = {a.id: a for a in vault.artifacts()}
        for aid, wrapped in c.execute("SELECT artifact_id, wrapped FROM keys").fetchall():
            art = arts.get(aid)
            if art is None:
                c.execute("DELETE FROM keys WHERE artifact_id = ?", (aid,))  # an orphan
                continue
            ctx = key_context(aid, art.kind, vault.session_binding(art.session_id))
            data_key = K.unwrap(vault._wrap_key, wrapped, ctx)
            c.execute(
                "UPDATE keys SET wrapped = ? WHERE artifact_id = ?",
                (K.wrap(new_wrap, data_key, ctx), aid),
            )
        for owner, sealed in c.execute("SELECT owner, sealed FROM voice_profiles").fetchall():
            purpose = f"field|voice|{owner}".encode()
            plain = K.unwrap(vault._field_key, sealed, purpose)
            c.execute(
                "UPDATE voice_profiles SET sealed = ? WHERE owner = ?",
                (K.wrap(new_fields, plain, purpose), owner),
            )
        subkeys.store(c, new_master, vault.vault_id, vault.stable_subkeys())
        c.execute(
            "UPDATE header SET kdf_salt=?, kdf_memory_kib=?, kdf_iterations=?, kdf_lanes=?,"
            " wrapped_master=?, wrapped_signing=? WHERE id=1",
            (
                params.salt,
                params.memory_kib,
                params.iterations,
                params.lanes,
                K.wrap(kek, new_master, _master_context(vault.vault_id)),
                K.wrap(new_wrap, vault.signer.private_raw(), b"signing-key"),
            ),
        )
    vault.set_master(new_master)
    vault.checkpoint()
