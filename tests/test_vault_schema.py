"""The schema is made once, when a vault is created or opened: the ledger's tables with the rest,
and getting the ledger runs no DDL (which could commit or split a caller's transaction)."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from localnotes import sessions
from localnotes.store.connection import DB_NAME
from localnotes.store.schema import SCHEMA
from localnotes.store.vault import Vault
from localnotes.types import SessionState
from localnotes.vault_ledger import ledger_of
from tests.vault_fixtures import FAST_KDF, PASSPHRASE, raw_conn


def _tables(data_dir: Path) -> set[str]:
    with contextlib.closing(sqlite3.connect(data_dir / DB_NAME)) as c:
        return {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def test_opening_a_vault_makes_the_ledger_tables(tmp_path: Path) -> None:
    data = tmp_path / "data"
    Vault.create(data, PASSPHRASE, FAST_KDF).close()
    assert {"ledger", "checkpoints"} <= _tables(data)
    # a vault from before the ledger's tables were part of the schema
    with contextlib.closing(sqlite3.connect(data / DB_NAME)) as c:
        c.executescript("DROP TABLE ledger; DROP TABLE checkpoints;")
    assert not {"ledger", "checkpoints"} & _tables(data)
    v = Vault.open(data, PASSPHRASE)
    try:
        assert {"ledger", "checkpoints"} <= _tables(data)
        assert ledger_of(v).size() == 0
    finally:
        v.close()


def test_getting_the_ledger_runs_no_ddl(tmp_path: Path) -> None:
    v = Vault.create(tmp_path / "data", PASSPHRASE, FAST_KDF)
    statements: list[str] = []
    raw_conn(v).set_trace_callback(statements.append)
    try:
        ledger_of(v)
        with v.transaction():
            ledger_of(v)
    finally:
        raw_conn(v).set_trace_callback(None)
        v.close()
    assert statements, "the trace saw nothing: the check would pass vacuously"
    ddl = [s for s in statements if s.split()[0].upper() in {"CREATE", "DROP", "ALTER"}]
    assert ddl == []


def test_getting_the_ledger_inside_a_transaction_keeps_it_whole(tmp_path: Path) -> None:
    """A change made before ledger_of() in the same transaction is rolled back with it."""
    v = Vault.create(tmp_path / "data", PASSPHRASE, FAST_KDF)
    try:
        with pytest.raises(RuntimeError), v.transaction():
            raw_conn(v).execute("INSERT INTO note_retention VALUES ('c-x', 60)")
            ledger_of(v)
            raise RuntimeError("the change fails after the ledger was fetched")
        assert raw_conn(v).execute("SELECT count(*) FROM note_retention").fetchone() == (0,)
    finally:
        v.close()


def test_the_schema_lists_every_session_state() -> None:
    """The sessions table names its states in a comment (no CHECK: a CHECK on an existing table
    would be a format change); it must name exactly the states the code sets."""
    line = next(x for x in SCHEMA.splitlines() if "types.SessionState:" in x)
    listed = {w.strip() for w in line.split(":", 1)[1].split("|")}
    assert listed == {s.value for s in SessionState}
    assert "withdrawn" in listed  # set by recording.py when consent goes while it records


def test_every_session_state_is_stored_and_read_back(tmp_path: Path) -> None:
    v = Vault.create(tmp_path / "data", PASSPHRASE, FAST_KDF)
    try:
        with v.transaction():
            for i, state in enumerate(SessionState):
                v.insert_row(
                    "sessions",
                    f"{i:012x}",
                    {
                        "patient_hash": "p",
                        "consent_id": "c",
                        "created_at": 1.0,
                        "state": state,
                        "source": "file",
                        "pid": None,
                        "meta": "{}",
                    },
                    extra={"patient_ref": b""},
                )
        got = [s.state for s in sessions.list_sessions(v, include_deleted=True)]
    finally:
        v.close()
    assert got == list(SessionState) and all(type(s) is SessionState for s in got)


def test_an_older_vault_opens_with_its_session_states(tmp_path: Path) -> None:
    """A format-2 vault made by earlier code (tests/golden/vault-format2) opens and its stored
    states read as SessionState."""
    data = tmp_path / "v2"
    shutil.copytree(Path(__file__).parent / "golden" / "vault-format2", data)
    v = Vault.open(data, "format two vault passphrase (test only)")
    try:
        got = sorted(s.state for s in sessions.list_sessions(v, include_deleted=True))
    finally:
        v.close()
    assert got == [SessionState.COMPLETE, SessionState.DELETED, SessionState.DELETED]
