"""Streaming one artifact into the vault: sealed chunks reach the disk as they fill, and the blob
stays locked while it is written, so a recovery elsewhere never takes it for crash debris."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from localnotes.crypto.container import SealWriter
from localnotes.errors import LocalNotesError
from localnotes.store import files

if TYPE_CHECKING:
    from localnotes.store.artifacts import ArtifactStore


class ArtifactWriter:
    """Streams one artifact into the vault. Holds an exclusive lock on its blob while open."""

    def __init__(
        self, vault: ArtifactStore, artifact_id: str, kind: str, key: bytes, chunk: int, fd: int
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
