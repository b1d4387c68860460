"""The vault: create, unlock, rekey, transactions and sealed rows; the artifact lifecycle (seal,
read, crypto-shred) is in store/artifacts.py, recovery after a crash in store/recovery.py, and the
SQLite connection and its errors in store/connection.py.

Keys: passphrase -> Argon2id KEK -> master key (wrapped in the header) -> HKDF subkeys for key
wrapping, sealed row fields and the patient hash; one random data key per artifact, wrapped with
its artifact id and kind as associated data. The Ed25519 signing key is wrapped the same way.
Deleting an artifact deletes its wrapped key (secure_delete; the WAL's frames are zeroed before
its TRUNCATE checkpoint, store/wal.py) and then unlinks the blob: without the key the ciphertext
is noise. A copy of the data directory made before the deletion still holds the wrapped key, so
it is not covered (docs/privacy.md, and the certificate says so).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from localnotes.crypto import keys as K
from localnotes.crypto.signing import Signer
from localnotes.errors import (
    IntegrityError,
    LocalNotesError,
    NotFoundError,
    PassphraseError,
    UsageError,
)
from localnotes.ledger.merkle import EMPTY_ROOT
from localnotes.store import files, ledger_seal, migrate, subkeys
from localnotes.store.artifact_writer import ArtifactWriter as ArtifactWriter  # for recording.py
from localnotes.store.connection import DB_NAME, connect, db_error, unlink_db_files
from localnotes.store.ledger_tables import LedgerTables
from localnotes.store.recovery import Recovery
from localnotes.store.schema import FORMAT, SCHEMA
from localnotes.types import normalise_patient_ref

BLOBS = "blobs"


@dataclass(frozen=True)
class KdfSettings:
    memory_kib: int = 262144
    iterations: int = 3
    lanes: int = 4


def _master_context(vault_id: str) -> bytes:
    return f"master|{vault_id}".encode()


class Vault(Recovery):
    """An unlocked vault. Use `Vault.create` or `Vault.open`; close it when done."""

    def __init__(
        self, data_dir: Path, conn: sqlite3.Connection, master: bytes, vault_id: str, signer: Signer
    ) -> None:
        self.data_dir = data_dir
        self._conn = conn
        self.vault_id = vault_id
        self.signer = signer
        self.set_master(master)
        self.blob_dir = data_dir / BLOBS

    def set_master(self, master: bytes) -> None:
        """The master key and its subkeys; those that must outlive a rekey may be stored wrapped
        (store/subkeys.py)."""
        stable = subkeys.stable(self._conn, master, self.vault_id)
        self._master = master
        self._wrap_key = K.subkey(master, "wrap")
        self._field_key = K.subkey(master, "fields")
        self._patient_key = stable["patient-hash"]
        self._row_key = stable["rows"]
        self._ledger_key = stable["ledger-entries"]
        self._mark_key = stable["high-water"]

    def stable_subkeys(self) -> dict[str, bytes]:
        """The current values of the subkeys a rekey keeps (store/subkeys.py)."""
        return {
            "patient-hash": self._patient_key,
            "rows": self._row_key,
            "ledger-entries": self._ledger_key,
            "high-water": self._mark_key,
        }

    # ---- creation and unlocking -------------------------------------------------------------

    @staticmethod
    def exists(data_dir: Path) -> bool:
        return (data_dir / DB_NAME).exists()

    @classmethod
    def create(cls, data_dir: Path, passphrase: str, kdf: KdfSettings) -> Vault:
        if not passphrase:
            raise UsageError("the passphrase may not be empty")
        if cls.exists(data_dir):
            raise UsageError(f"a vault already exists in {data_dir}; it was left untouched")
        try:
            files.make_private_dir(data_dir)
            files.make_private_dir(data_dir / BLOBS)
        except OSError as e:
            raise files.storage_error(e, "creating the data directory") from None
        params = K.KdfParams(os.urandom(16), kdf.memory_kib, kdf.iterations, kdf.lanes)
        kek = K.derive_kek(passphrase, params)
        master = K.random_key()
        vault_id = secrets.token_hex(16)
        signer = Signer.generate()
        tmp = data_dir / f".{DB_NAME}.creating"
        # a create killed earlier may have left a hot journal or WAL beside the temporary file;
        # SQLite would replay it into the new database
        unlink_db_files(tmp)
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, files.FILE_MODE)
            os.close(fd)
            with contextlib.closing(connect(tmp)) as conn:
                conn.executescript(SCHEMA)
                conn.execute(
                    "INSERT INTO header VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        FORMAT,
                        vault_id,
                        # the day only: the second a vault was made sits next to its first
                        # consent and session, which must not be readable from the clear file
                        float(int(time.time()) // 86400 * 86400),
                        params.salt,
                        params.memory_kib,
                        params.iterations,
                        params.lanes,
                        K.wrap(kek, master, _master_context(vault_id)),
                        K.wrap(K.subkey(master, "wrap"), signer.private_raw(), b"signing-key"),
                        signer.public_key_raw(),
                    ),
                )
                ledger_seal.write_mark(
                    conn, K.subkey(master, "high-water"), vault_id, 0, EMPTY_ROOT
                )
            # switch to WAL only once complete, then move into place: a crash leaves no half vault
            with contextlib.closing(connect(tmp)) as conn:
                conn.execute("PRAGMA journal_mode = WAL")
            os.replace(tmp, data_dir / DB_NAME)
            files.fsync_dir(data_dir)
        except OSError as e:
            unlink_db_files(tmp)
            raise files.storage_error(e, "creating the vault") from None
        except sqlite3.Error as e:
            unlink_db_files(tmp)
            raise db_error(e, "creating the vault", data_dir) from None
        return cls.open(data_dir, passphrase)

    @classmethod
    def read_header(cls, data_dir: Path) -> dict[str, Any]:
        """The header row, without unlocking (for doctor and for the KDF parameters)."""
        path = data_dir / DB_NAME
        if not path.exists():
            raise NotFoundError(f"no vault in {data_dir}: run `localnotes init` first")
        # A plain connection, not a read-only URI: a read-only connection to a WAL database leaves
        # -wal and -shm files behind (so a wrong passphrase would change the directory), and a URI
        # breaks on a '#', '?' or '%' in the path. query_only keeps it from writing anything.
        try:
            conn = sqlite3.connect(path, timeout=30.0)
        except sqlite3.Error as e:
            raise db_error(e, "opening the vault", data_dir) from None
        try:
            conn.execute("PRAGMA query_only = ON")
            conn.row_factory = sqlite3.Row
            row = conn.execute("SELECT * FROM header WHERE id = 1").fetchone()
        except sqlite3.OperationalError as e:
            if "no such table" in str(e):
                raise IntegrityError(f"{path} is not a readable localnotes vault") from None
            raise db_error(e, "opening the vault", data_dir) from None
        except sqlite3.DatabaseError:
            raise IntegrityError(f"{path} is not a readable localnotes vault") from None
        finally:
            conn.close()
        if row is None:
            raise IntegrityError(f"{path} has no vault header")
        return dict(row)

    @classmethod
    def open(cls, data_dir: Path, passphrase: str) -> Vault:
        head = cls.read_header(data_dir)
        if head["format"] not in (1, 2, FORMAT):
            raise IntegrityError(f"vault format {head['format']} is not one this version reads")
        params = migrate.header_params(head)
        kek = K.derive_kek(passphrase, params)
        master = K.try_unwrap(kek, head["wrapped_master"], _master_context(head["vault_id"]))
        if master is None:
            raise PassphraseError("wrong passphrase: the vault was not opened and nothing changed")
        signing = K.unwrap(K.subkey(master, "wrap"), head["wrapped_signing"], b"signing-key")
        signer = Signer(signing)
        if signer.public_key_raw() != head["public_key"]:
            raise IntegrityError("the vault's signing key does not match its public key")
        conn = connect(data_dir / DB_NAME)
        conn.executescript(SCHEMA)  # idempotent; new tables need no new format (schema.py)
        vault = cls(data_dir, conn, master, head["vault_id"], signer)
        try:
            if head["format"] == 1:
                migrate.upgrade_from_1(vault)
            if head["format"] <= 2:
                migrate.upgrade_from_2(vault)
        except BaseException:
            vault.close()
            raise
        return vault

    def ledger_guard(self) -> ledger_seal.VaultLedgerGuard:
        """Seals the ledger's entry bodies and keeps its high-water mark (store/ledger_seal.py)."""
        return ledger_seal.VaultLedgerGuard(
            self._conn, self._ledger_key, self._mark_key, self.vault_id
        )

    def ledger_tables(self) -> LedgerTables:
        """The ledger's rows in this vault, for its log (vault_ledger.ledger_of)."""
        return LedgerTables(self._conn)

    def rekey(self, new_passphrase: str, kdf: KdfSettings) -> None:
        """A new passphrase and a new master key; every key re-wrapped (store/rekey.py)."""
        from localnotes.store import rekey

        rekey.rotate(self, new_passphrase, kdf)

    def sibling(self) -> Vault:
        """A second connection to this unlocked vault, for another thread: the same keys, no
        second key derivation, no passphrase kept."""
        return Vault(
            self.data_dir,
            connect(self.data_dir / DB_NAME),
            self._master,
            self.vault_id,
            self.signer,
        )

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error, LocalNotesError):
            self.checkpoint()
        with contextlib.suppress(sqlite3.Error):
            self._conn.close()

    # ---- small sealed fields ---------------------------------------------------------------

    def seal_value(self, purpose: str, data: bytes) -> bytes:
        return K.wrap(self._field_key, data, f"field|{purpose}".encode())

    def open_value(self, purpose: str, sealed: bytes) -> bytes:
        return K.unwrap(self._field_key, sealed, f"field|{purpose}".encode())

    def wrap_with_master(self, key: bytes, context: bytes) -> bytes:
        """Wrap a key (a patient's key: store/patient_keys.py) under the master key."""
        return K.wrap(self._wrap_key, key, context)

    def unwrap_with_master(self, wrapped: bytes, context: bytes) -> bytes:
        return K.unwrap(self._wrap_key, wrapped, context)

    def patient_hash(self, patient_ref: str) -> str:
        """The pseudonym of a patient reference in this vault: HMAC-SHA256 in 64 hex digits."""
        norm = " ".join(normalise_patient_ref(patient_ref).split()).casefold().encode("utf-8")
        return K.keyed_hash(self._patient_key, norm).hex()

    def public_key(self) -> bytes:
        return self.signer.public_key_raw()
