"""Two processes overwriting the vault's log at once (a recording dropping its journal while
`consent withdraw` deletes the session) take turns; neither fails (CI run of stop 25)."""

from __future__ import annotations

import multiprocessing as mp
import sqlite3
from pathlib import Path

from localnotes.store import wal


def _connect(db: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(db, isolation_level=None, timeout=30.0)
    conn.execute("PRAGMA busy_timeout = 30000")
    conn.execute("PRAGMA journal_mode = WAL")
    return conn


def _write_and_scrub(db: Path, rounds: int, out: mp.Queue) -> None:  # type: ignore[type-arg]
    conn = _connect(db)
    failures: list[str] = []
    for _ in range(rounds):
        conn.execute("INSERT INTO t (x) VALUES (randomblob(20000))")
        try:
            wal.scrub(conn, db)
        except Exception as e:  # reported to the parent
            failures.append(str(e))
    conn.close()
    out.put(failures)


def test_scrubs_in_two_processes_take_turns(tmp_path: Path) -> None:
    db = tmp_path / "vault.db"
    conn = _connect(db)
    conn.execute("CREATE TABLE t (x BLOB)")
    conn.execute(f"CREATE TABLE {wal.PAD_TABLE} (pad BLOB)")
    conn.close()
    ctx = mp.get_context("spawn")
    out: mp.Queue = ctx.Queue()  # type: ignore[type-arg]
    procs = [ctx.Process(target=_write_and_scrub, args=(db, 40, out)) for _ in range(3)]
    for p in procs:
        p.start()
    results = [out.get(timeout=300) for _ in procs]
    for p in procs:
        p.join(timeout=60)
    assert results == [[], [], []]
    wal_file = tmp_path / "vault.db-wal"
    assert not wal_file.exists() or wal_file.stat().st_size == 0
