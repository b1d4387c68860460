"""Artifacts in the vault: each one a sealed blob file under its own random data key, wrapped under
the master key with its artifact, kind, session, patient and consent as associated data; and the
first step of a deletion, which destroys those keys (crypto-shredding).

`ArtifactStore` is a part of `Vault` (store/vault.py); its connection, transactions and
authenticated rows come from `VaultCore` (store/core.py).
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import secrets
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from localnotes.crypto import keys as K
from localnotes.crypto.container import DEFAULT_CHUNK, SealReader, SealWriter
from localnotes.errors import IntegrityError, NotFoundError
from localnotes.store import files
from localnotes.store.artifact_writer import ArtifactWriter
from localnotes.store.core import VaultCore
from localnotes.store.records import ArtifactRow, PendingDeletion


def key_context(artifact_id: str, kind: str, binding: tuple[str, str, str] | None = None) -> bytes:
    """The associated data of a data key: its artifact and kind, and (format 2) the session,
    patient and consent it belongs to, so a key moved to another session fails to unwrap."""
    if binding is None:
        return f"data-key|{artifact_id}|{kind}".encode()
    return "data-key/2|{}|{}|{}|{}|{}".format(artifact_id, kind, *binding).encode()


class ArtifactStore(VaultCore):
    """The artifact lifecycle: write (streaming or whole), read, list, crypto-shred."""

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
        with self._tx() as c:
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
            )
            c.execute(
                "INSERT INTO keys VALUES (?, ?)",
                (
                    artifact_id,
                    K.wrap(self._wrap_key, data_key, key_context(artifact_id, kind, binding)),
                ),
            )
        return data_key

    @contextlib.contextmanager
    def _blob_dir_lock(self, operation: int) -> Iterator[None]:
        """A flock on the blob directory: writers hold it shared while they create and lock a new
        file, recover() holds it exclusive, so it never sees a new file before its lock."""
        with files.dir_lock(self.blob_dir, operation):
            yield

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
        with self._tx() as c:
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
        with self._tx():
            # only a writing artifact completes: one shredded meanwhile (a withdrawal) stays gone
            now = self.rows("artifacts", "id = ?", (artifact_id,))
            if now and now[0]["state"] == "writing":
                self.update_row(
                    "artifacts",
                    artifact_id,
                    {"state": "complete", "size": size, "truncated": int(truncated)},
                )

    def artifact(self, artifact_id: str) -> ArtifactRow:
        found = self.artifacts("id = ?", (artifact_id,))
        if not found:
            raise NotFoundError(f"no artifact {artifact_id}")
        return found[0]

    def artifacts(self, where: str = "", args: tuple[Any, ...] = ()) -> list[ArtifactRow]:
        """Artifact rows, each checked against its seal, in insertion order. `where` is SQL
        written by this package, never by a user."""
        return [ArtifactRow.of(r) for r in self.rows("artifacts", where, args)]

    def _data_key(self, art: ArtifactRow) -> bytes:
        """The data key of a checked artifact row, unwrapped with its session, patient and
        consent as associated data."""
        row = self._conn.execute(
            "SELECT wrapped FROM keys WHERE artifact_id=?", (art.id,)
        ).fetchone()
        if row is None:
            raise NotFoundError("that artifact was deleted: its key no longer exists")
        context = key_context(art.id, art.kind, self.session_binding(art.session_id))
        try:
            return K.unwrap(self._wrap_key, row[0], context)
        except IntegrityError:
            raise IntegrityError(
                f"the key of artifact {art.id} does not belong to its session, patient and "
                "consent: the vault was altered"
            ) from None

    def iter_artifact(self, artifact_id: str) -> Iterator[bytes]:
        """Plaintext of an artifact, chunk by chunk, each authenticated before it is yielded."""
        art = self.artifact(artifact_id)
        if art.state == "shredded":
            raise NotFoundError("that artifact was deleted")
        key = self._data_key(art)
        try:
            f = open(self.blob_path(artifact_id), "rb")  # noqa: SIM115 - closed below
        except FileNotFoundError:
            raise IntegrityError(
                f"the encrypted file of artifact {artifact_id} is missing"
            ) from None
        with f:
            yield from SealReader(f, key, bytes.fromhex(artifact_id), art.kind)

    def read_artifact(self, artifact_id: str) -> bytes:
        return b"".join(self.iter_artifact(artifact_id))

    def session_artifacts(
        self, session_id: str, states: tuple[str, ...] = ("complete",)
    ) -> list[ArtifactRow]:
        # every row of the session is checked, whatever its state: a row edited to 'shredded'
        # must not silently drop out of a deletion
        found = self.artifacts("session_id = ?", (session_id,))
        return [a for a in found if a.state in states]

    def stored_artifacts(self) -> list[ArtifactRow]:
        """Every artifact whose encrypted file should be there (complete ones), oldest first."""
        return [a for a in self.artifacts() if a.state == "complete"]

    # ---- crypto-shredding ----------------------------------------------------------------------

    def shred_keys(
        self, artifact_ids: list[str], deletion_id: str, patient_hash: str, reason: str
    ) -> None:
        """Step 1 of a deletion: destroy the wrapped keys and queue the blobs for unlinking, in one
        transaction; then truncate the WAL so no copy of the keys stays in it."""
        now = time.time()
        with self._tx() as c:
            for aid in artifact_ids:
                found = self.artifacts("id = ?", (aid,))
                if not found or found[0].state == "shredded":
                    continue
                art = found[0]
                self.insert_row(
                    "pending_deletions",
                    aid,
                    {
                        "deletion_id": deletion_id,
                        "session_id": art.session_id,
                        "patient_hash": patient_hash,
                        "kind": art.kind,
                        "size": art.size,
                        "created_at": art.created_at,
                        "reason": reason,
                        "requested_at": now,
                    },
                    extra={"blob_state": "present", "attempts": 0, "last_error": None},
                    verb="INSERT OR REPLACE",
                )
                c.execute("DELETE FROM keys WHERE artifact_id=?", (aid,))
                self.update_row("artifacts", aid, {"state": "shredded"})
        self.checkpoint()

    def unlink_pending_blobs(self) -> list[PendingDeletion]:
        """Step 2: unlink queued blobs. Failures are recorded and retried on the next call."""
        rows = self._conn.execute(
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
            with self._tx() as c:
                c.execute(
                    "UPDATE pending_deletions SET blob_state=?, attempts=attempts+1,"
                    " last_error=? WHERE artifact_id=?",
                    (state, err, aid),
                )
        if rows:
            with contextlib.suppress(OSError):
                files.fsync_dir(self.blob_dir)
        return [PendingDeletion.of(r) for r in self.rows("pending_deletions")]
