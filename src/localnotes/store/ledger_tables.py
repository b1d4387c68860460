"""The ledger's two tables, entries and signed checkpoints: the SQL the log runs, kept with the rest
of the vault's SQL. The tables are made with the rest of the schema (store/schema.py) when a vault
opens; nothing here runs DDL or commits: every write runs inside the caller's transaction."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

from localnotes.store.schema import LEDGER_SCHEMA

SCHEMA = LEDGER_SCHEMA  # for a bare database (tests); a vault makes them when it opens


class LedgerTables:
    """Rows of the ledger over one connection: the vault's (`Vault.ledger_tables()`), or a bare
    database's in tests. The log (ledger/log.py) sees this object, never the connection."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def in_transaction(self) -> bool:
        """A write may go ahead: a transaction is open (or the connection opens one itself)."""
        return self._conn.isolation_level is not None or self._conn.in_transaction

    def insert(self, index: int, entry: bytes, leaf: bytes, size: int, note: str) -> None:
        self._conn.execute(
            "INSERT INTO ledger (idx, entry, leaf) VALUES (?, ?, ?)", (index, entry, leaf)
        )
        self._conn.execute("INSERT INTO checkpoints (size, note) VALUES (?, ?)", (size, note))

    def entry(self, index: int) -> object | None:
        row = self._conn.execute("SELECT entry FROM ledger WHERE idx = ?", (index,)).fetchone()
        return None if row is None else row[0]

    def entries(self) -> Iterator[tuple[int, object]]:
        """(index, stored entry), in order."""
        yield from self._conn.execute("SELECT idx, entry FROM ledger ORDER BY idx")

    def entries_and_leaves(self) -> Iterator[tuple[int, object, object]]:
        """(index, stored entry, stored leaf hash), in order."""
        yield from self._conn.execute("SELECT idx, entry, leaf FROM ledger ORDER BY idx")

    def last_leaf(self) -> tuple[int, object] | None:
        row = self._conn.execute(
            "SELECT idx, leaf FROM ledger ORDER BY idx DESC LIMIT 1"
        ).fetchone()
        return None if row is None else (int(row[0]), row[1])

    def latest_checkpoint(self) -> str | None:
        row = self._conn.execute(
            "SELECT note FROM checkpoints ORDER BY size DESC LIMIT 1"
        ).fetchone()
        return None if row is None else str(row[0])

    def checkpoint(self, size: int) -> str | None:
        row = self._conn.execute("SELECT note FROM checkpoints WHERE size = ?", (size,)).fetchone()
        return None if row is None else str(row[0])

    def checkpoints(self) -> dict[int, str]:
        return dict(self._conn.execute("SELECT size, note FROM checkpoints").fetchall())
