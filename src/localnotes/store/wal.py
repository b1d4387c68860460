"""Folding the write-ahead log into the database so that nothing it held stays on the disk.

Every row the vault writes passes through `vault.db-wal` as a copy of its page. A plain
`wal_checkpoint(TRUNCATE)` copies the pages into vault.db and then truncates the WAL: the file
system frees its blocks without overwriting them, so a wrapped data key that was later shredded
could still be carved from the raw disk. `scrub` overwrites every frame of the WAL before it is
truncated:

1. `wal_checkpoint(RESTART)`: every frame is copied into vault.db and every reader reads vault.db
   only, so the next write starts the WAL over from its first frame, writing in place;
2. one transaction writes (and frees again) as many pages of zeros as the WAL holds bytes, so its
   frames cover every byte of the old WAL; SQLite fsyncs them (synchronous=FULL);
3. the frames are checked to belong to that new generation of the WAL (its salt); when another
   connection wrote or read in between, the pad went to the old generation and 1-2 are repeated;
   only then
4. `wal_checkpoint(TRUNCATE)` frees the blocks, which now hold zeros and the current pages.

vault.db itself overwrites deleted rows in place (secure_delete=ON) and never shrinks. A step that
cannot complete (another connection keeps the WAL in use) raises StorageError: a deletion is logged
and certified only once its keys are gone from every file.

Two processes may scrub at once (a recording dropping its journal while `consent withdraw` deletes
the session): a scrub holds an exclusive flock on the vault's directory, so they take turns. SQLite
answers a checkpoint at once, without its busy handler, while another connection checkpoints (its
own automatic checkpoint after a commit, too), so a busy checkpoint is retried for up to
CHECKPOINT_WAIT_S with a growing pause.
"""

from __future__ import annotations

import contextlib
import fcntl
import sqlite3
import struct
import time
from pathlib import Path

from localnotes.errors import StorageError
from localnotes.store import files

PAD_TABLE = "wal_scrub"
_HEADER = 32
_FRAME_HEADER = 24
CHECKPOINT_WAIT_S = 60.0
_PAD_TRIES = 4


def _wal_path(db: Path) -> Path:
    return db.with_name(db.name + "-wal")


def _salts(wal: Path) -> bytes | None:
    try:
        with open(wal, "rb") as f:
            head = f.read(_HEADER)
    except FileNotFoundError:
        return None
    return head[16:24] if len(head) == _HEADER else None


def _covered(wal: Path, old_size: int, old_salts: bytes | None) -> bool:
    """Whether every frame up to old_size now belongs to a WAL generation other than the old one."""
    with open(wal, "rb") as f:
        data = f.read(max(old_size, _HEADER))
    if len(data) < old_size or len(data) < _HEADER:
        return False
    salts = data[16:24]
    if salts == old_salts:
        return False
    page = struct.unpack(">I", data[8:12])[0]
    off = _HEADER
    while off < old_size:
        if data[off + 8 : off + 16] != salts:
            return False
        off += _FRAME_HEADER + page
    return True


def _checkpoint(conn: sqlite3.Connection, mode: str, what: str) -> None:
    deadline = time.monotonic() + CHECKPOINT_WAIT_S
    pause = 0.01
    while True:  # a try waits up to busy_timeout for readers and writers, not for a checkpointer
        row = conn.execute(f"PRAGMA wal_checkpoint({mode})").fetchone()
        if row is None or row[0] == 0:
            return
        if time.monotonic() + pause > deadline:
            break
        time.sleep(pause)
        pause = min(pause * 2, 0.5)
    raise StorageError(
        f"another localnotes keeps the vault's log in use, so {what} could not be finished; "
        "close the other window or command and run this again"
    )


def scrub(conn: sqlite3.Connection, db: Path, what: str = "the vault's log") -> int:
    """Fold the WAL into db and overwrite it before truncating it. Returns the bytes overwritten.
    conn must be in autocommit mode with no transaction open."""
    with files.dir_lock(db.parent, fcntl.LOCK_EX):  # one scrub at a time, every process
        return _scrub(conn, db, what)


def _scrub(conn: sqlite3.Connection, db: Path, what: str) -> int:
    wal = _wal_path(db)
    overwritten = 0
    for _ in range(_PAD_TRIES):
        _checkpoint(conn, "RESTART", what)
        try:
            size = wal.stat().st_size
        except FileNotFoundError:
            size = 0
        if size <= _HEADER:
            break
        old = _salts(wal)
        _pad(conn, size)
        overwritten = max(overwritten, size)
        if _covered(wal, size, old):
            break
        # another connection wrote between the checkpoint and the pad, or was still reading the
        # old log, so the pad was appended to the old generation: fold and overwrite again
    else:
        raise StorageError(
            f"the vault's log could not be overwritten, so {what} could not be finished; "
            "close any other localnotes and run this again"
        )
    _checkpoint(conn, "TRUNCATE", what)
    return overwritten


def _pad(conn: sqlite3.Connection, size: int) -> None:
    """One transaction that writes (and frees again) size bytes of zero pages."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(f"INSERT INTO {PAD_TABLE} (pad) VALUES (zeroblob(?))", (size,))
        conn.execute(f"DELETE FROM {PAD_TABLE}")
        conn.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        raise
