"""The vault: create, unlock, and the artifact lifecycle (seal, read, crypto-shred, recover).

Keys: passphrase -> Argon2id KEK -> master key (wrapped in the header) -> HKDF subkeys for key
wrapping, sealed row fields and the patient hash; one random data key per artifact, wrapped with
its artifact id and kind as associated data. The Ed25519 signing key is wrapped the same way.
Deleting an artifact deletes its wrapped key (secure_delete, then a TRUNCATE checkpoint of the WAL)
and then unlinks the blob: without the key the ciphertext is noise, even in an earlier backup.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import secrets
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from localnotes.crypto import keys as K
from localnotes.crypto.container import DEFAULT_CHUNK, SealReader, SealWriter, finish_truncated
from localnotes.crypto.signing import Signer
from localnotes.errors import (
    IntegrityError,
    LocalNotesError,
    NotFoundError,
    PassphraseError,
    StorageError,
    UsageError,
)
from localnotes.ledger.merkle import EMPTY_ROOT
from localnotes.store import files, ledger_seal, migrate, rows, subkeys, wal
from localnotes.store.schema import FORMAT, SCHEMA, SEALED_TABLES
from localnotes.types import normalise_patient_ref

DB_NAME = "vault.db"
BLOBS = "blobs"


@dataclass(frozen=True)
class KdfSettings:
    memory_kib: int = 262144
    iterations: int = 3
    lanes: int = 4


def connect(path: Path) -> sqlite3.Connection:
    """A connection with the vault's pragmas: WAL, synchronous=FULL, secure_delete=ON."""
    conn = sqlite3.connect(path, isolation_level=None, timeout=30.0, check_same_thread=False)
    conn.execute("PRAGMA busy_timeout = 30000")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


# SQLite primary result codes (the low byte of an extended code)
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY, _SQLITE_IOERR = 5, 6, 8, 10
_SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 11, 13, 14, 26


def _disk_full(path: Path | None) -> bool:
    try:
        return path is not None and os.statvfs(path).f_bavail * os.statvfs(path).f_frsize < 65536
    except OSError:
        return False


def db_error(e: sqlite3.Error, what: str, path: Path | None = None) -> LocalNotesError:
    """A one-line error for a person from an SQLite failure: storage trouble or a damaged file.
    path: the data directory, to tell a full disk behind a generic I/O error."""
    code = (getattr(e, "sqlite_errorcode", None) or 0) & 0xFF
    if code == _SQLITE_FULL or (code in (_SQLITE_IOERR, _SQLITE_CANTOPEN) and _disk_full(path)):
        return StorageError(f"the disk is full while {what}; nothing was changed")
    if code == _SQLITE_IOERR:
        return StorageError(f"the disk failed a write while {what}; nothing was changed")
    if code in (_SQLITE_READONLY, _SQLITE_CANTOPEN):
        return StorageError(f"the vault is not writable while {what}; nothing was changed")
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return StorageError(f"the vault is busy (another localnotes is using it) while {what}")
    if code in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return IntegrityError("the vault database is damaged")
    return StorageError(f"the vault database failed while {what} ({type(e).__name__})")


def _storage_code(e: sqlite3.Error) -> bool:
    code = (getattr(e, "sqlite_errorcode", None) or 0) & 0xFF
    return code in (
        _SQLITE_FULL,
        _SQLITE_IOERR,
        _SQLITE_READONLY,
        _SQLITE_BUSY,
        _SQLITE_LOCKED,
        _SQLITE_CORRUPT,
        _SQLITE_NOTADB,
        _SQLITE_CANTOPEN,
    )


def _unlink_db_files(db: Path) -> None:
    """A database file and the journal, WAL and shared-memory files SQLite keeps beside it."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        db.with_name(db.name + suffix).unlink(missing_ok=True)


def _master_context(vault_id: str) -> bytes:
    return f"master|{vault_id}".encode()


def _key_context(artifact_id: str, kind: str, binding: tuple[str, str, str] | None = None) -> bytes:
    """The associated data of a data key: its artifact and kind, and (format 2) the session,
    patient and consent it belongs to, so a key moved to another session fails to unwrap."""
    if binding is None:
        return f"data-key|{artifact_id}|{kind}".encode()
    return "data-key/2|{}|{}|{}|{}|{}".format(artifact_id, kind, *binding).encode()


class Vault:
    """An unlocked vault. Use `Vault.create` or `Vault.open`; close it when done."""

    def __init__(
        self, data_dir: Path, conn: sqlite3.Connection, master: bytes, vault_id: str, signer: Signer
    ) -> None:
        self.data_dir = data_dir
        self.conn = conn
        self.vault_id = vault_id
        self.signer = signer
        self.set_master(master)
        self.blob_dir = data_dir / BLOBS

    def set_master(self, master: bytes) -> None:
        """The master key and its subkeys; those that must outlive a rekey may be stored wrapped
        (store/subkeys.py)."""
        stable = subkeys.stable(self.conn, master, self.vault_id)
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
        _unlink_db_files(tmp)
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
            _unlink_db_files(tmp)
            raise files.storage_error(e, "creating the vault") from None
        except sqlite3.Error as e:
            _unlink_db_files(tmp)
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
        conn.executescript(SCHEMA)  # new tables of later minor versions; idempotent
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
            self.conn, self._ledger_key, self._mark_key, self.vault_id
        )

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
            self.conn.close()

    # ---- transactions and small sealed fields -------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, rolled back on any error (including a full disk)."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as e:
            raise db_error(e, "starting a change", self.data_dir) from None
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except BaseException as exc:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")
            # Only storage failures are translated (full disk, I/O error on write or fsync,
            # read-only, busy, damaged); a programming error such as a constraint stays as it is.
            if isinstance(exc, sqlite3.Error) and _storage_code(exc):
                raise db_error(exc, "saving a change", self.data_dir) from None
            raise

    def checkpoint(self) -> None:
        """Fold the WAL into the database and overwrite it before truncating it (see store/wal.py),
        so that no copy of a deleted row stays in the file or in blocks the file system freed.
        Raises StorageError when it cannot complete: never a silent return."""
        try:
            wal.scrub(self.conn, self.data_dir / DB_NAME)
        except sqlite3.Error as e:
            raise db_error(e, "overwriting the vault's log", self.data_dir) from None

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

    # ---- authenticated rows (see store/rows.py) ----------------------------------------------

    def rows(
        self,
        table: str,
        where: str = "",
        args: tuple[Any, ...] = (),
        conn: sqlite3.Connection | None = None,
    ) -> list[dict[str, Any]]:
        """Rows of an authenticated table, each checked against its seal, in insertion order."""
        return rows.select(conn or self.conn, self._row_key, table, where, args)

    def insert_row(
        self,
        table: str,
        row_id: str,
        values: dict[str, Any],
        extra: dict[str, Any] | None = None,
        conn: sqlite3.Connection | None = None,
        verb: str = "INSERT",
    ) -> None:
        rows.insert(conn or self.conn, self._row_key, table, row_id, values, extra, verb)

    def update_row(
        self,
        table: str,
        row_id: str,
        changes: dict[str, Any],
        conn: sqlite3.Connection | None = None,
    ) -> dict[str, Any] | None:
        return rows.update(conn or self.conn, self._row_key, table, row_id, changes)

    def check_rows(self) -> int:
        """Read every authenticated row, checking each against its seal; how many there are."""
        return sum(len(self.rows(t)) for t in SEALED_TABLES)

    def session_binding(self, session_id: str) -> tuple[str, str, str]:
        """(session, patient hash, consent id) bound into the data keys of a session's artifacts;
        a session with no row (a bare vault in tests) binds empty names."""
        found = self.rows("sessions", "id = ?", (session_id,))
        if not found:
            return (session_id, "", "")
        return (session_id, found[0]["patient_hash"], found[0]["consent_id"])

    # ---- artifacts -----------------------------------------------------------------------------

    def blob_path(self, artifact_id: str) -> Path:
        return self.blob_dir / f"{artifact_id}.blob"

    def _new_artifact(
        self,
        artifact_id: str,
        session_id: str,
        kind: str,
        chunk_size: int,
        meta: dict[str, Any],
        expires_at: float | None,
    ) -> bytes:
        """The artifact's row and wrapped key. Its blob file must already exist and be locked, so
        that a recover() in another process never takes a fresh artifact for crash debris."""
        data_key = K.random_key()
        binding = self.session_binding(session_id)
        with self.transaction() as c:
            self.insert_row(
                "artifacts",
                artifact_id,
                {
                    "session_id": session_id,
                    "kind": kind,
                    "state": "writing",
                    "created_at": time.time(),
                    "expires_at": expires_at,
                    "size": 0,
                    "chunk_size": chunk_size,
                    "truncated": 0,
                    "meta": json.dumps(meta, sort_keys=True),
                },
                conn=c,
            )
            c.execute(
                "INSERT INTO keys VALUES (?, ?)",
                (
                    artifact_id,
                    K.wrap(self._wrap_key, data_key, _key_context(artifact_id, kind, binding)),
                ),
            )
        return data_key

    @contextlib.contextmanager
    def _blob_dir_lock(self, operation: int) -> Iterator[None]:
        """A flock on the blob directory: writers hold it shared while they create and lock a new
        file, recover() holds it exclusive, so it never sees a new file before its lock."""
        fd = os.open(self.blob_dir, os.O_RDONLY | os.O_DIRECTORY)
        try:
            fcntl.flock(fd, operation)
            yield
        finally:
            os.close(fd)

    def _locked_new_file(self, path: Path, what: str) -> int:
        """Create path (exclusively) and hold an exclusive flock on it: 'being written'."""
        try:
            with self._blob_dir_lock(fcntl.LOCK_SH):
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, files.FILE_MODE)
                fcntl.flock(fd, fcntl.LOCK_EX)
        except OSError as e:
            raise files.storage_error(e, what) from None
        return fd

    def _discard(self, artifact_id: str) -> None:
        with self.transaction() as c:
            c.execute("DELETE FROM keys WHERE artifact_id = ?", (artifact_id,))
            c.execute("DELETE FROM artifacts WHERE id = ?", (artifact_id,))
        self.checkpoint()
        self.blob_path(artifact_id).unlink(missing_ok=True)

    def artifact_writer(
        self,
        session_id: str,
        kind: str,
        meta: dict[str, Any] | None = None,
        chunk_size: int = DEFAULT_CHUNK,
        expires_at: float | None = None,
    ) -> ArtifactWriter:
        """A streaming writer: sealed chunks reach the disk as they fill."""
        if not 1 <= chunk_size <= 1 << 24:
            raise ValueError("chunk size out of range")
        artifact_id = secrets.token_hex(16)
        path = self.blob_path(artifact_id)
        fd = self._locked_new_file(path, "starting a recording")
        try:
            data_key = self._new_artifact(
                artifact_id, session_id, kind, chunk_size, meta or {}, expires_at
            )
        except BaseException:
            path.unlink(missing_ok=True)
            os.close(fd)
            raise
        return ArtifactWriter(self, artifact_id, kind, data_key, chunk_size, fd)

    def put_artifact(
        self,
        session_id: str,
        kind: str,
        data: bytes,
        meta: dict[str, Any] | None = None,
        expires_at: float | None = None,
    ) -> str:
        """Seal a whole artifact at once (a transcript). Atomic: all of it or none of it."""
        artifact_id = secrets.token_hex(16)
        final = self.blob_path(artifact_id)
        tmp = self.blob_dir / f".tmp-{artifact_id}"
        # the temporary file stays locked until the artifact is complete (see _new_artifact)
        fd = self._locked_new_file(tmp, f"storing a {kind} artifact")
        # unbuffered: SealWriter writes whole chunks, and closing must not flush (and fail) again
        with open(fd, "wb", buffering=0) as f:
            try:
                data_key = self._new_artifact(
                    artifact_id, session_id, kind, DEFAULT_CHUNK, meta or {}, expires_at
                )
            except BaseException:
                tmp.unlink(missing_ok=True)
                raise
            try:
                w = SealWriter(f, data_key, bytes.fromhex(artifact_id), kind)
                w.write(data)
                w.close()
                os.replace(tmp, final)
                files.fsync_dir(self.blob_dir)
            except BaseException as e:
                tmp.unlink(missing_ok=True)
                final.unlink(missing_ok=True)
                self._discard(artifact_id)
                if isinstance(e, OSError):
                    raise files.storage_error(e, f"storing a {kind} artifact") from None
                raise
            self._mark_complete(artifact_id, len(data), truncated=False)
        return artifact_id

    def _mark_complete(self, artifact_id: str, size: int, truncated: bool) -> None:
        with self.transaction() as c:
            # only a writing artifact completes: one shredded meanwhile (a withdrawal) stays gone
            now = self.rows("artifacts", "id = ?", (artifact_id,), conn=c)
            if now and now[0]["state"] == "writing":
                self.update_row(
                    "artifacts",
                    artifact_id,
                    {"state": "complete", "size": size, "truncated": int(truncated)},
                    conn=c,
                )

    def artifact(self, artifact_id: str) -> dict[str, Any]:
        found = self.rows("artifacts", "id = ?", (artifact_id,))
        if not found:
            raise NotFoundError(f"no artifact {artifact_id}")
        return found[0]

    def _data_key(self, art: dict[str, Any]) -> bytes:
        """The data key of a checked artifact row, unwrapped with its session, patient and
        consent as associated data."""
        row = self.conn.execute(
            "SELECT wrapped FROM keys WHERE artifact_id=?", (art["id"],)
        ).fetchone()
        if row is None:
            raise NotFoundError("that artifact was deleted: its key no longer exists")
        context = _key_context(art["id"], art["kind"], self.session_binding(art["session_id"]))
        try:
            return K.unwrap(self._wrap_key, row[0], context)
        except IntegrityError:
            raise IntegrityError(
                f"the key of artifact {art['id']} does not belong to its session, patient and "
                "consent: the vault was altered"
            ) from None

    def iter_artifact(self, artifact_id: str, allow_truncated: bool = False) -> Iterator[bytes]:
        """Plaintext of an artifact, chunk by chunk, each authenticated before it is yielded."""
        art = self.artifact(artifact_id)
        if art["state"] == "shredded":
            raise NotFoundError("that artifact was deleted")
        key = self._data_key(art)
        try:
            f = open(self.blob_path(artifact_id), "rb")  # noqa: SIM115 - closed below
        except FileNotFoundError:
            raise IntegrityError(
                f"the encrypted file of artifact {artifact_id} is missing"
            ) from None
        with f:
            yield from SealReader(f, key, bytes.fromhex(artifact_id), art["kind"], allow_truncated)

    def read_artifact(self, artifact_id: str) -> bytes:
        return b"".join(self.iter_artifact(artifact_id))

    def session_artifacts(
        self, session_id: str, states: tuple[str, ...] = ("complete",)
    ) -> list[dict[str, Any]]:
        # every row of the session is checked, whatever its state: a row edited to 'shredded'
        # must not silently drop out of a deletion
        found = self.rows("artifacts", "session_id = ?", (session_id,))
        return [a for a in found if a["state"] in states]

    def stored_artifacts(self) -> list[dict[str, Any]]:
        """Every artifact whose encrypted file should be there (complete ones), oldest first."""
        return [a for a in self.rows("artifacts") if a["state"] == "complete"]

    # ---- crypto-shredding ----------------------------------------------------------------------

    def shred_keys(
        self, artifact_ids: list[str], deletion_id: str, patient_hash: str, reason: str
    ) -> None:
        """Step 1 of a deletion: destroy the wrapped keys and queue the blobs for unlinking, in one
        transaction; then truncate the WAL so no copy of the keys stays in it."""
        now = time.time()
        with self.transaction() as c:
            for aid in artifact_ids:
                found = self.rows("artifacts", "id = ?", (aid,), conn=c)
                if not found or found[0]["state"] == "shredded":
                    continue
                art = found[0]
                self.insert_row(
                    "pending_deletions",
                    aid,
                    {
                        "deletion_id": deletion_id,
                        "session_id": art["session_id"],
                        "patient_hash": patient_hash,
                        "kind": art["kind"],
                        "size": art["size"],
                        "created_at": art["created_at"],
                        "reason": reason,
                        "requested_at": now,
                    },
                    extra={"blob_state": "present", "attempts": 0, "last_error": None},
                    conn=c,
                    verb="INSERT OR REPLACE",
                )
                c.execute("DELETE FROM keys WHERE artifact_id=?", (aid,))
                self.update_row("artifacts", aid, {"state": "shredded"}, conn=c)
        self.checkpoint()

    def unlink_pending_blobs(self) -> list[dict[str, Any]]:
        """Step 2: unlink queued blobs. Failures are recorded and retried on the next call."""
        rows = self.conn.execute(
            "SELECT artifact_id FROM pending_deletions WHERE blob_state='present'"
        ).fetchall()
        for (aid,) in rows:
            path = self.blob_path(aid)
            state, err = "removed", None
            try:
                path.unlink()
            except FileNotFoundError:
                state = "missing"
            except OSError as e:
                state, err = "present", (os.strerror(e.errno) if e.errno else str(e))
            with self.transaction() as c:
                c.execute(
                    "UPDATE pending_deletions SET blob_state=?, attempts=attempts+1,"
                    " last_error=? WHERE artifact_id=?",
                    (state, err, aid),
                )
        if rows:
            with contextlib.suppress(OSError):
                files.fsync_dir(self.blob_dir)
        return self.rows("pending_deletions")

    # ---- recovery at start-up ----------------------------------------------------------------

    def recover(self) -> dict[str, int]:
        """Resolve what a crash left: partial blobs, orphan blobs and orphan key rows.
        Returns counts only (it is logged; it never holds patient data). Artifacts that another
        process is writing now (their blob is locked) are left alone."""
        try:
            with self._blob_dir_lock(fcntl.LOCK_EX):
                return self._recover()
        except OSError as e:
            raise files.storage_error(e, "recovering after a crash") from None

    def _recover(self) -> dict[str, int]:
        report = {
            "recovered": 0,
            "discarded": 0,
            "orphan_blobs": 0,
            "orphan_keys": 0,
            "missing_blobs": 0,
        }
        every = self.rows("artifacts")
        for art in [a for a in every if a["state"] == "writing"]:
            aid = art["id"]
            path = self.blob_path(aid)
            if _is_locked(path) or _is_locked(self.blob_dir / f".tmp-{aid}"):
                continue  # another process is writing it now
            if not path.exists():
                self._discard(aid)
                report["discarded"] += 1
                continue
            if self._reseal_truncated(art):
                report["recovered"] += 1
            else:
                self._discard(aid)
                report["discarded"] += 1
        # A 'missing' artifact keeps its key and its name: its blob may come back from a backup.
        every = self.rows("artifacts")
        known = {a["id"] for a in every if a["state"] in ("writing", "complete", "missing")}
        pending = {
            r[0]
            for r in self.conn.execute(
                "SELECT artifact_id FROM pending_deletions WHERE blob_state='present'"
            )
        }
        for f in self.blob_dir.iterdir():
            stem = f.name.removesuffix(".blob")
            if _is_locked(f):
                continue  # being written by a writer whose row is not committed yet
            if f.name.startswith(".tmp-") or (stem not in known and stem not in pending):
                f.unlink(missing_ok=True)
                report["orphan_blobs"] += 1
        live = "SELECT id FROM artifacts WHERE state IN ('writing', 'complete', 'missing')"
        n = self.conn.execute(
            f"SELECT count(*) FROM keys WHERE artifact_id NOT IN ({live})"
        ).fetchone()[0]
        if n:
            with self.transaction() as c:
                c.execute(f"DELETE FROM keys WHERE artifact_id NOT IN ({live})")
            self.checkpoint()
            report["orphan_keys"] = n
        for a in self.rows("artifacts"):
            aid, state = a["id"], a["state"]
            present = self.blob_path(aid).exists()
            if state == "complete" and not present:
                with self.transaction() as c:
                    self.update_row("artifacts", aid, {"state": "missing"}, conn=c)
                report["missing_blobs"] += 1
            elif state == "missing" and present:
                with self.transaction() as c:
                    self.update_row("artifacts", aid, {"state": "complete"}, conn=c)
        return report

    def _reseal_truncated(self, art: dict[str, Any]) -> bool:
        """Re-seal, in place, the authenticated prefix of a blob whose writer died; False if
        nothing is left. In place, because a crash often comes with a full disk."""
        artifact_id, kind = art["id"], art["kind"]
        key = self._data_key(art)
        path = self.blob_path(artifact_id)
        try:
            with open(path, "r+b", buffering=0) as f:
                try:
                    fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    return True  # a writer took it meanwhile; it is not debris
                size, truncated = finish_truncated(f, key, bytes.fromhex(artifact_id), kind)
        except IntegrityError:
            return False
        except OSError as e:
            raise files.storage_error(e, "recovering an interrupted recording") from None
        if size == 0:
            return False
        self._mark_complete(artifact_id, size, truncated=truncated)
        return True


def _is_locked(path: Path) -> bool:
    try:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)
    return False


class ArtifactWriter:
    """Streams one artifact into the vault. Holds an exclusive lock on its blob while open."""

    def __init__(
        self, vault: Vault, artifact_id: str, kind: str, key: bytes, chunk: int, fd: int
    ) -> None:
        """fd: the blob, created and locked by Vault.artifact_writer before the row existed."""
        self.vault = vault
        self.id = artifact_id
        self._f = open(fd, "wb", buffering=0)  # noqa: SIM115 - closed in close()
        try:
            self._w = SealWriter(self._f, key, bytes.fromhex(artifact_id), kind, chunk)
            files.fsync_dir(vault.blob_dir)
        except OSError as e:
            self._f.close()
            vault._discard(artifact_id)
            raise files.storage_error(e, "starting a recording") from None
        self.closed = False

    @property
    def size(self) -> int:
        return self._w.plaintext_bytes

    def write(self, data: bytes) -> None:
        try:
            self._w.write(data)
        except OSError as e:
            raise files.storage_error(e, "writing audio") from None

    def sync(self) -> None:
        try:
            self._w.sync()
        except OSError as e:
            raise files.storage_error(e, "writing audio") from None

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        try:
            self._w.close()
        except OSError as e:
            # left 'writing': the next recover() keeps every chunk that reached the disk whole
            self._f.close()
            raise files.storage_error(e, "finishing a recording") from None
        try:
            # marked complete while still locked, so a recover() elsewhere never re-seals it
            self.vault._mark_complete(self.id, self._w.plaintext_bytes, truncated=False)
        finally:
            self._f.close()

    def abort(self) -> None:
        """Discard everything written: the key row goes first, then the blob."""
        self.closed = True
        try:
            self.vault._discard(self.id)
        finally:
            with contextlib.suppress(OSError):
                self._f.close()

    def __enter__(self) -> ArtifactWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        if not self.closed:
            try:
                self.close()
            except LocalNotesError:
                if exc[0] is None:
                    raise
