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
from localnotes.crypto.container import DEFAULT_CHUNK, SealReader, SealWriter
from localnotes.crypto.signing import Signer
from localnotes.errors import (
    IntegrityError,
    LocalNotesError,
    NotFoundError,
    PassphraseError,
    StorageError,
    UsageError,
)
from localnotes.store import files
from localnotes.store.schema import FORMAT, SCHEMA

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


def _master_context(vault_id: str) -> bytes:
    return f"master|{vault_id}".encode()


def _key_context(artifact_id: str, kind: str) -> bytes:
    return f"data-key|{artifact_id}|{kind}".encode()


class Vault:
    """An unlocked vault. Use `Vault.create` or `Vault.open`; close it when done."""

    def __init__(self, data_dir: Path, conn: sqlite3.Connection, master: bytes, vault_id: str,
                 signer: Signer) -> None:
        self.data_dir = data_dir
        self.conn = conn
        self.vault_id = vault_id
        self.signer = signer
        self._master = master
        self._wrap_key = K.subkey(master, "wrap")
        self._field_key = K.subkey(master, "fields")
        self._patient_key = K.subkey(master, "patient-hash")
        self.blob_dir = data_dir / BLOBS

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
        tmp.unlink(missing_ok=True)
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, files.FILE_MODE)
            os.close(fd)
            conn = connect(tmp)
            conn.executescript(SCHEMA)
            conn.execute(
                "INSERT INTO header VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (FORMAT, vault_id, time.time(), params.salt, params.memory_kib, params.iterations,
                 params.lanes, K.wrap(kek, master, _master_context(vault_id)),
                 K.wrap(K.subkey(master, "wrap"), signer.private_raw(), b"signing-key"),
                 signer.public_key_raw()),
            )
            conn.close()
            # switch to WAL only once complete, then move into place: a crash leaves no half vault
            conn = connect(tmp)
            conn.execute("PRAGMA journal_mode = WAL")
            conn.close()
            os.replace(tmp, data_dir / DB_NAME)
            files.fsync_dir(data_dir)
        except OSError as e:
            tmp.unlink(missing_ok=True)
            raise files.storage_error(e, "creating the vault") from None
        return cls.open(data_dir, passphrase)

    @classmethod
    def read_header(cls, data_dir: Path) -> dict[str, Any]:
        """The header row, without unlocking (for doctor and for the KDF parameters)."""
        path = data_dir / DB_NAME
        if not path.exists():
            raise NotFoundError(f"no vault in {data_dir}: run `localnotes init` first")
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            conn.row_factory = sqlite3.Row
            row = conn.execute("SELECT * FROM header WHERE id = 1").fetchone()
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
        if head["format"] != FORMAT:
            raise IntegrityError(f"vault format {head['format']} is not one this version reads")
        params = K.KdfParams(head["kdf_salt"], head["kdf_memory_kib"], head["kdf_iterations"],
                             head["kdf_lanes"])
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
        return cls(data_dir, conn, master, head["vault_id"], signer)

    def rekey(self, new_passphrase: str, kdf: KdfSettings) -> None:
        """Re-wrap the master key under a new passphrase. Data keys and blobs are unchanged."""
        if not new_passphrase:
            raise UsageError("the passphrase may not be empty")
        params = K.KdfParams(os.urandom(16), kdf.memory_kib, kdf.iterations, kdf.lanes)
        kek = K.derive_kek(new_passphrase, params)
        with self.transaction():
            self.conn.execute(
                "UPDATE header SET kdf_salt=?, kdf_memory_kib=?, kdf_iterations=?, kdf_lanes=?,"
                " wrapped_master=? WHERE id=1",
                (params.salt, params.memory_kib, params.iterations, params.lanes,
                 K.wrap(kek, self._master, _master_context(self.vault_id))),
            )
        self.checkpoint()

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.checkpoint()
            self.conn.close()

    # ---- transactions and small sealed fields -------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, rolled back on any error (including a full disk)."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as e:
            raise StorageError(f"the vault is busy or not writable ({e})") from None
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except BaseException as exc:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.OperationalError) and "full" in str(exc).lower():
                raise StorageError("the disk is full; nothing was changed") from None
            raise

    def checkpoint(self) -> None:
        """Fold the WAL into the database and truncate it, so deleted rows leave no old copies."""
        for _ in range(20):
            row = self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if row is None or row[0] == 0:
                return
            time.sleep(0.05)

    def seal_value(self, purpose: str, data: bytes) -> bytes:
        return K.wrap(self._field_key, data, f"field|{purpose}".encode())

    def open_value(self, purpose: str, sealed: bytes) -> bytes:
        return K.unwrap(self._field_key, sealed, f"field|{purpose}".encode())

    def patient_hash(self, patient_ref: str) -> str:
        """The pseudonym of a patient reference in this vault: HMAC-SHA256 in 64 hex digits."""
        norm = " ".join(patient_ref.split()).casefold().encode("utf-8")
        return K.keyed_hash(self._patient_key, norm).hex()

    def public_key(self) -> bytes:
        return self.signer.public_key_raw()

    # ---- artifacts -----------------------------------------------------------------------------

    def blob_path(self, artifact_id: str) -> Path:
        return self.blob_dir / f"{artifact_id}.blob"

    def _new_artifact(self, session_id: str, kind: str, chunk_size: int, meta: dict[str, Any],
                      expires_at: float | None) -> tuple[str, bytes]:
        artifact_id = secrets.token_hex(16)
        data_key = K.random_key()
        with self.transaction() as c:
            c.execute(
                "INSERT INTO artifacts (id, session_id, kind, state, created_at, expires_at,"
                " chunk_size, meta) VALUES (?, ?, ?, 'writing', ?, ?, ?, ?)",
                (artifact_id, session_id, kind, time.time(), expires_at, chunk_size,
                 json.dumps(meta, sort_keys=True)),
            )
            c.execute("INSERT INTO keys VALUES (?, ?)",
                      (artifact_id, K.wrap(self._wrap_key, data_key, _key_context(artifact_id, kind))))
        return artifact_id, data_key

    def _discard(self, artifact_id: str) -> None:
        with self.transaction() as c:
            c.execute("DELETE FROM keys WHERE artifact_id = ?", (artifact_id,))
            c.execute("DELETE FROM artifacts WHERE id = ?", (artifact_id,))
        self.checkpoint()
        self.blob_path(artifact_id).unlink(missing_ok=True)

    def artifact_writer(self, session_id: str, kind: str, meta: dict[str, Any] | None = None,
                        chunk_size: int = DEFAULT_CHUNK,
                        expires_at: float | None = None) -> ArtifactWriter:
        """A streaming writer: sealed chunks reach the disk as they fill."""
        artifact_id, data_key = self._new_artifact(session_id, kind, chunk_size, meta or {},
                                                   expires_at)
        return ArtifactWriter(self, artifact_id, kind, data_key, chunk_size)

    def put_artifact(self, session_id: str, kind: str, data: bytes,
                     meta: dict[str, Any] | None = None, expires_at: float | None = None) -> str:
        """Seal a whole artifact at once (a transcript). Atomic: all of it or none of it."""
        artifact_id, data_key = self._new_artifact(session_id, kind, DEFAULT_CHUNK, meta or {},
                                                   expires_at)
        final = self.blob_path(artifact_id)
        tmp = self.blob_dir / f".tmp-{artifact_id}"
        try:
            with open(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, files.FILE_MODE), "wb") as f:
                w = SealWriter(f, data_key, bytes.fromhex(artifact_id), kind)
                w.write(data)
                w.close()
            os.replace(tmp, final)
            files.fsync_dir(self.blob_dir)
        except OSError as e:
            tmp.unlink(missing_ok=True)
            self._discard(artifact_id)
            raise files.storage_error(e, f"storing a {kind} artifact") from None
        except BaseException:
            tmp.unlink(missing_ok=True)
            self._discard(artifact_id)
            raise
        self._mark_complete(artifact_id, len(data), truncated=False)
        return artifact_id

    def _mark_complete(self, artifact_id: str, size: int, truncated: bool) -> None:
        with self.transaction() as c:
            # only a writing artifact completes: one shredded meanwhile (a withdrawal) stays gone
            c.execute("UPDATE artifacts SET state='complete', size=?, truncated=? WHERE id=?"
                      " AND state='writing'",
                      (size, int(truncated), artifact_id))

    def artifact(self, artifact_id: str) -> dict[str, Any]:
        self.conn.row_factory = sqlite3.Row
        try:
            row = self.conn.execute("SELECT * FROM artifacts WHERE id=?", (artifact_id,)).fetchone()
        finally:
            self.conn.row_factory = None
        if row is None:
            raise NotFoundError(f"no artifact {artifact_id}")
        return dict(row)

    def _data_key(self, artifact_id: str, kind: str) -> bytes:
        row = self.conn.execute("SELECT wrapped FROM keys WHERE artifact_id=?",
                                (artifact_id,)).fetchone()
        if row is None:
            raise NotFoundError("that artifact was deleted: its key no longer exists")
        return K.unwrap(self._wrap_key, row[0], _key_context(artifact_id, kind))

    def iter_artifact(self, artifact_id: str, allow_truncated: bool = False) -> Iterator[bytes]:
        """Plaintext of an artifact, chunk by chunk, each authenticated before it is yielded."""
        art = self.artifact(artifact_id)
        if art["state"] == "shredded":
            raise NotFoundError("that artifact was deleted")
        key = self._data_key(artifact_id, art["kind"])
        try:
            f = open(self.blob_path(artifact_id), "rb")  # noqa: SIM115 - closed below
        except FileNotFoundError:
            raise IntegrityError(f"the encrypted file of artifact {artifact_id} is missing") from None
        with f:
            yield from SealReader(f, key, bytes.fromhex(artifact_id), art["kind"], allow_truncated)

    def read_artifact(self, artifact_id: str) -> bytes:
        return b"".join(self.iter_artifact(artifact_id))

    def session_artifacts(self, session_id: str, states: tuple[str, ...] = ("complete",)
                          ) -> list[dict[str, Any]]:
        marks = ",".join("?" * len(states))
        self.conn.row_factory = sqlite3.Row
        try:
            rows = self.conn.execute(
                f"SELECT * FROM artifacts WHERE session_id=? AND state IN ({marks})"
                " ORDER BY created_at", (session_id, *states)).fetchall()
        finally:
            self.conn.row_factory = None
        return [dict(r) for r in rows]

    # ---- crypto-shredding ----------------------------------------------------------------------

    def shred_keys(self, artifact_ids: list[str], deletion_id: str, patient_hash: str,
                   reason: str) -> None:
        """Step 1 of a deletion: destroy the wrapped keys and queue the blobs for unlinking, in one
        transaction; then truncate the WAL so no copy of the keys stays in it."""
        now = time.time()
        with self.transaction() as c:
            for aid in artifact_ids:
                art = c.execute("SELECT session_id, kind, size, created_at, state FROM artifacts"
                                " WHERE id=?", (aid,)).fetchone()
                if art is None or art[4] == "shredded":
                    continue
                c.execute("INSERT OR REPLACE INTO pending_deletions (artifact_id, deletion_id,"
                          " session_id, patient_hash, kind, size, created_at, reason, requested_at)"
                          " VALUES (?,?,?,?,?,?,?,?,?)",
                          (aid, deletion_id, art[0], patient_hash, art[1], art[2], art[3], reason,
                           now))
                c.execute("DELETE FROM keys WHERE artifact_id=?", (aid,))
                c.execute("UPDATE artifacts SET state='shredded' WHERE id=?", (aid,))
        self.checkpoint()

    def unlink_pending_blobs(self) -> list[dict[str, Any]]:
        """Step 2: unlink queued blobs. Failures are recorded and retried on the next call."""
        rows = self.conn.execute("SELECT artifact_id FROM pending_deletions"
                                 " WHERE blob_state='present'").fetchall()
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
                c.execute("UPDATE pending_deletions SET blob_state=?, attempts=attempts+1,"
                          " last_error=? WHERE artifact_id=?", (state, err, aid))
        if rows:
            with contextlib.suppress(OSError):
                files.fsync_dir(self.blob_dir)
        self.conn.row_factory = sqlite3.Row
        try:
            out = [dict(r) for r in self.conn.execute("SELECT * FROM pending_deletions")]
        finally:
            self.conn.row_factory = None
        return out

    # ---- recovery at start-up ----------------------------------------------------------------

    def recover(self) -> dict[str, int]:
        """Resolve what a crash left: partial blobs, orphan blobs and orphan key rows.
        Returns counts only (it is logged; it never holds patient data)."""
        report = {"recovered": 0, "discarded": 0, "orphan_blobs": 0, "orphan_keys": 0,
                  "missing_blobs": 0}
        for aid, kind, chunk in self.conn.execute(
                "SELECT id, kind, chunk_size FROM artifacts WHERE state='writing'").fetchall():
            path = self.blob_path(aid)
            if path.exists() and _is_locked(path):
                continue  # another process is writing it now
            if not path.exists():
                self._discard(aid)
                report["discarded"] += 1
                continue
            if self._reseal_truncated(aid, kind, chunk):
                report["recovered"] += 1
            else:
                self._discard(aid)
                report["discarded"] += 1
        known = {r[0] for r in self.conn.execute(
            "SELECT id FROM artifacts WHERE state IN ('writing', 'complete')")}
        pending = {r[0] for r in self.conn.execute(
            "SELECT artifact_id FROM pending_deletions WHERE blob_state='present'")}
        for f in self.blob_dir.iterdir():
            stem = f.name.removesuffix(".blob")
            if f.name.startswith(".tmp-"):
                if not _is_locked(f):
                    f.unlink(missing_ok=True)
                    report["orphan_blobs"] += 1
            elif stem not in known and stem not in pending:
                f.unlink(missing_ok=True)
                report["orphan_blobs"] += 1
        cur = self.conn.execute("SELECT count(*) FROM keys WHERE artifact_id NOT IN"
                                " (SELECT id FROM artifacts WHERE state IN ('writing','complete'))")
        n = cur.fetchone()[0]
        if n:
            with self.transaction() as c:
                c.execute("DELETE FROM keys WHERE artifact_id NOT IN"
                          " (SELECT id FROM artifacts WHERE state IN ('writing','complete'))")
            self.checkpoint()
            report["orphan_keys"] = n
        for (aid,) in self.conn.execute("SELECT id FROM artifacts WHERE state='complete'").fetchall():
            if not self.blob_path(aid).exists():
                with self.transaction() as c:
                    c.execute("UPDATE artifacts SET state='missing' WHERE id=?", (aid,))
                report["missing_blobs"] += 1
        return report

    def _reseal_truncated(self, artifact_id: str, kind: str, chunk: int) -> bool:
        """Re-seal the authenticated prefix of a blob whose writer died; False if nothing is left."""
        key = self._data_key(artifact_id, kind)
        path = self.blob_path(artifact_id)
        tmp = self.blob_dir / f".tmp-{artifact_id}"
        size = 0
        try:
            with open(path, "rb") as src, open(
                    os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, files.FILE_MODE), "wb") as dst:
                reader = SealReader(src, key, bytes.fromhex(artifact_id), kind, allow_truncated=True)
                w = SealWriter(dst, key, bytes.fromhex(artifact_id), kind, chunk)
                for pt in reader:
                    w.write(pt)
                    size += len(pt)
                w.close()
            os.replace(tmp, path)
            files.fsync_dir(self.blob_dir)
        except IntegrityError:
            tmp.unlink(missing_ok=True)
            return False
        except OSError as e:
            tmp.unlink(missing_ok=True)
            raise files.storage_error(e, "recovering an interrupted recording") from None
        if size == 0:
            return False
        self._mark_complete(artifact_id, size, truncated=reader.truncated)
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

    def __init__(self, vault: Vault, artifact_id: str, kind: str, key: bytes, chunk: int) -> None:
        self.vault = vault
        self.id = artifact_id
        path = vault.blob_path(artifact_id)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, files.FILE_MODE)
            fcntl.flock(fd, fcntl.LOCK_EX)
            self._f = open(fd, "wb", buffering=0)  # noqa: SIM115 - closed in close()
            self._w = SealWriter(self._f, key, bytes.fromhex(artifact_id), kind, chunk)
            files.fsync_dir(vault.blob_dir)
        except OSError as e:
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
            self._f.close()
            raise files.storage_error(e, "finishing a recording") from None
        self._f.close()
        self.vault._mark_complete(self.id, self._w.plaintext_bytes, truncated=False)

    def abort(self) -> None:
        """Discard everything written: the key row goes first, then the blob."""
        self.closed = True
        with contextlib.suppress(OSError):
            self._f.close()
        self.vault._discard(self.id)

    def __enter__(self) -> ArtifactWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        if not self.closed:
            try:
                self.close()
            except LocalNotesError:
                if exc[0] is None:
                    raise
