"""Recovery at start-up: what a crash left in the blob directory and the key table is resolved
(partial blobs re-sealed up to their last whole chunk, orphans removed, missing files marked).
Artifacts another process is writing now (their blob is locked) are left alone."""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

from localnotes.crypto.container import finish_truncated
from localnotes.errors import IntegrityError
from localnotes.store import files
from localnotes.store.artifacts import ArtifactStore
from localnotes.store.records import ArtifactRow


class Recovery(ArtifactStore):
    """The start-up recovery of a vault (a part of `Vault`)."""

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
        every = self.artifacts()
        for art in [a for a in every if a.state == "writing"]:
            aid = art.id
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
        every = self.artifacts()
        known = {a.id for a in every if a.state in ("writing", "complete", "missing")}
        pending = {
            r[0]
            for r in self._conn.execute(
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
        n = self._conn.execute(
            f"SELECT count(*) FROM keys WHERE artifact_id NOT IN ({live})"
        ).fetchone()[0]
        if n:
            with self._tx() as c:
                c.execute(f"DELETE FROM keys WHERE artifact_id NOT IN ({live})")
            self.checkpoint()
            report["orphan_keys"] = n
        for a in self.artifacts():
            aid, state = a.id, a.state
            present = self.blob_path(aid).exists()
            if state == "complete" and not present:
                with self._tx():
                    self.update_row("artifacts", aid, {"state": "missing"})
                report["missing_blobs"] += 1
            elif state == "missing" and present:
                with self._tx():
                    self.update_row("artifacts", aid, {"state": "complete"})
        return report

    def _reseal_truncated(self, art: ArtifactRow) -> bool:
        """Re-seal, in place, the authenticated prefix of a blob whose writer died; False if
        nothing is left. In place, because a crash often comes with a full disk."""
        artifact_id, kind = art.id, art.kind
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
