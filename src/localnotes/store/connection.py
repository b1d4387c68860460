"""How the vault talks to SQLite: the connection's settings, and SQLite failures as one line a
person can act on (a full disk, a failed write, a busy or damaged vault)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from localnotes.errors import IntegrityError, LocalNotesError, StorageError

DB_NAME = "vault.db"


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


def storage_failure(e: sqlite3.Error) -> bool:
    """Storage trouble (translated for a person), not a programming error such as a constraint."""
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


def unlink_db_files(db: Path) -> None:
    """A database file and the journal, WAL and shared-memory files SQLite keeps beside it."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        db.with_name(db.name + suffix).unlink(missing_ok=True)
