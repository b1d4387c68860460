"""The part of a vault every other part stands on: its connection, transactions that are all or
nothing (a full disk included), the WAL overwritten before it is truncated, and the authenticated
rows (store/rows.py) with the binding a session gives its data keys.

The connection is private to this package: services and the ledger see transactions and rows,
never the connection (tests/test_layering.py checks it); other modules of store/ reach it as
`_conn` and open a transaction that hands it to them with `_tx()`."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from localnotes.store import rows, wal
from localnotes.store.connection import DB_NAME, db_error, storage_failure
from localnotes.store.records import SessionRow
from localnotes.store.schema import SEALED_TABLES


class VaultCore:
    """Set up by `Vault` (store/vault.py): the data directory, the connection and the keys."""

    data_dir: Path
    blob_dir: Path
    _conn: sqlite3.Connection
    _row_key: bytes
    _wrap_key: bytes

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """BEGIN IMMEDIATE ... COMMIT, rolled back on any error (including a full disk). Every row
        read or written, and every ledger append, inside it is part of it."""
        with self._tx():
            yield

    def in_transaction(self) -> bool:
        return self._conn.in_transaction

    @contextlib.contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        """`transaction()` for store/ itself, handing it the connection."""
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as e:
            raise db_error(e, "starting a change", self.data_dir) from None
        try:
            yield self._conn
            self._conn.execute("COMMIT")
        except BaseException as exc:
            with contextlib.suppress(sqlite3.Error):
                self._conn.execute("ROLLBACK")
            # Only storage failures are translated (full disk, I/O error on write or fsync,
            # read-only, busy, damaged); a programming error such as a constraint stays as it is.
            if isinstance(exc, sqlite3.Error) and storage_failure(exc):
                raise db_error(exc, "saving a change", self.data_dir) from None
            raise

    def change_mark(self) -> tuple[int, int]:
        """Differs from an earlier mark once any connection (another process's, or this one)
        committed a change since: SQLite's data_version, and this connection's own changes."""
        try:
            version = int(self._conn.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error as e:
            raise db_error(e, "reading the vault", self.data_dir) from None
        return version, self._conn.total_changes

    def checkpoint(self) -> None:
        """Fold the WAL into the database and overwrite it before truncating it (see store/wal.py),
        so that no copy of a deleted row stays in the file or in blocks the file system freed.
        Raises StorageError when it cannot complete: never a silent return."""
        try:
            wal.scrub(self._conn, self.data_dir / DB_NAME)
        except sqlite3.Error as e:
            raise db_error(e, "overwriting the vault's log", self.data_dir) from None

    def rows(
        self,
        table: str,
        where: str = "",
        args: tuple[Any, ...] = (),
    ) -> list[dict[str, Any]]:
        """Rows of an authenticated table, each checked against its seal, in insertion order."""
        return rows.select(self._conn, self._row_key, table, where, args)

    def insert_row(
        self,
        table: str,
        row_id: str,
        values: dict[str, Any],
        extra: dict[str, Any] | None = None,
        verb: str = "INSERT",
    ) -> None:
        rows.insert(self._conn, self._row_key, table, row_id, values, extra, verb)

    def update_row(
        self,
        table: str,
        row_id: str,
        changes: dict[str, Any],
    ) -> dict[str, Any] | None:
        return rows.update(self._conn, self._row_key, table, row_id, changes)

    def sessions(self, where: str = "", args: tuple[Any, ...] = ()) -> list[SessionRow]:
        """Session rows, each checked against its seal, in insertion order (deleted ones too)."""
        return [SessionRow.of(r) for r in self.rows("sessions", where, args)]

    def check_rows(self) -> int:
        """Read every authenticated row, checking each against its seal; how many there are."""
        return sum(len(self.rows(t)) for t in SEALED_TABLES)

    def session_binding(self, session_id: str) -> tuple[str, str, str]:
        """(session, patient hash, consent id) bound into the data keys of a session's artifacts;
        a session with no row (a bare vault in tests) binds empty names."""
        found = self.sessions("id = ?", (session_id,))
        if not found:
            return (session_id, "", "")
        return (session_id, found[0].patient_hash, found[0].consent_id)
