"""`record` with no usable microphone: one line, exit 1, and nothing behind it. The device is
opened before a session exists, so there is no session, no `recording_started` entry, and nothing
for the next command to "recover" as an empty complete session."""

from __future__ import annotations

import sqlite3

from tests.conftest import Cli, grant


def test_record_without_a_usable_microphone_leaves_nothing(initialized: Cli) -> None:
    grant(initialized, "P-MIC")
    r = initialized("record", "P-MIC", "--device", "no-such-microphone-here", "--seconds", "2")
    assert r.returncode == 1, (r.stdout, r.stderr)
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr
    assert "recording session" not in r.stdout + r.stderr
    # the next command's recovery finds nothing to complete
    assert initialized.json("sessions")["sessions"] == []
    events = [e["event"] for e in initialized.json("log", "P-MIC")["entries"]]
    assert events == ["consent_granted"], events
    con = sqlite3.connect(initialized.data_dir / "vault.db")
    assert con.execute("SELECT count(*) FROM sessions").fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM artifacts").fetchone()[0] == 0
    con.close()
