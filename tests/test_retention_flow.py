"""Retention and deletion: enforced on any command after the deadline (faketime), audio kept
0 days never outlives the transcript, certificates verify offline, interrupted deletions are
finished, and no copy of a destroyed key survives anywhere in the data directory."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DEMO_AUDIO, FAST_KDF, PASSPHRASE, Cli, grant
from tests.vault_fixtures import raw_conn


def blobs(cli: Cli) -> list[Path]:
    return [f for f in (cli.data_dir / "blobs").iterdir() if f.is_file()]


def kinds(cli: Cli, sid: str) -> set[str]:
    db = sqlite3.connect(cli.data_dir / "vault.db")
    rows = db.execute(
        "SELECT kind FROM artifacts WHERE session_id=? AND state='complete'", (sid,)
    ).fetchall()
    db.close()
    return {r[0] for r in rows}


def test_one_day_transcript_retention_enforced_two_days_later(initialized: Cli) -> None:
    grant(
        initialized,
        "P-1",
        "--retain-audio",
        "0d",
        "--retain-transcript",
        "1d",
        "--retain-redacted",
        "1d",
    )
    sid = initialized.json("transcribe", "P-1", str(DEMO_AUDIO))["session_id"]
    assert initialized("show", sid).returncode == 0
    assert kinds(initialized, sid) == {"transcript", "redacted"}  # audio 0d: already gone
    later = ["faketime", "-f", "+2d"]
    assert initialized("sessions", prefix=later).returncode == 0  # any command enforces
    assert initialized("show", sid, prefix=later).returncode == 6
    assert blobs(initialized) == []
    log = initialized.json("log", "P-1", prefix=later)["entries"]
    deleted = [e for e in log if e["event"] == "deleted" and e.get("reason") == "retention"]
    # audio kept 0 days from a file is never stored at all, so only the transcripts were due
    assert {a["kind"] for e in deleted for a in e["artifacts"]} == {"transcript", "redacted"}
    assert initialized("verify", prefix=later).returncode == 0


def test_audio_kept_30_days_stays_until_day_31(initialized: Cli) -> None:
    grant(initialized, "P-2", "--retain-audio", "30d", "--retain-transcript", "1y")
    sid = initialized.json("transcribe", "P-2", str(DEMO_AUDIO))["session_id"]
    assert "audio" in kinds(initialized, sid)
    initialized("sessions", prefix=["faketime", "-f", "+29d"], check=True)
    assert "audio" in kinds(initialized, sid)
    initialized("sessions", prefix=["faketime", "-f", "+31d"], check=True)
    assert kinds(initialized, sid) == {"transcript", "redacted"}
    assert initialized("show", sid, prefix=["faketime", "-f", "+31d"]).returncode == 0


def test_retention_dry_run_deletes_nothing(initialized: Cli) -> None:
    grant(initialized, "P-3", "--retain-transcript", "1d", "--retain-redacted", "1d")
    sid = initialized.json("transcribe", "P-3", str(DEMO_AUDIO))["session_id"]
    n = len(blobs(initialized))
    out = initialized.json("retention", "--dry-run", prefix=["faketime", "-f", "+2d"])
    assert {d["session_id"] for d in out["due"]} == {sid}
    assert len(blobs(initialized)) == n
    r = initialized("--json", "retention", prefix=["faketime", "-f", "+2d"], check=True)
    assert blobs(initialized) == []
    out = json.loads(r.stdout)
    # the vault's opening enforced retention before the command itself did: both are counted
    assert out["deleted_artifacts"] == 2 and out["deleted_sessions"] == [sid]
    assert {d["kind"] for d in out["due"]} == {"transcript", "redacted"}
    assert "deleted expired data of 1 session" in r.stderr


def test_patient_deletion_certificate_verifies_offline(initialized: Cli, tmp_path: Path) -> None:
    grant(initialized, "P-4", "--retain-audio", "30d")
    sid = initialized.json("transcribe", "P-4", str(DEMO_AUDIO))["session_id"]
    r = initialized("delete", sid)  # no terminal, no --yes: refused, nothing deleted
    assert r.returncode == 2 and initialized("show", sid).returncode == 0
    plan = initialized.json("delete", "--patient", "P-4", "--dry-run")
    assert plan["would_delete"][0]["session_id"] == sid
    assert initialized("delete").returncode == 2  # never everything without a named target
    cert = tmp_path / "cert.json"
    initialized("delete", sid, "--receipt-out", str(cert), "--yes", "--patient-asked", check=True)
    assert initialized("show", sid).returncode == 6
    c = json.loads(cert.read_text())
    event = json.loads(c["event"])
    assert event["event"] == "deleted" and event["reason"] == "patient_request"
    assert {a["kind"] for a in event["artifacts"]} == {"audio", "transcript", "redacted"}
    key = initialized("log", "--public-key").stdout.strip()
    assert initialized("verify", str(cert), "--offline", "--public-key", key).returncode == 0
    assert "deleted" in (tmp_path / "cert.txt").read_text().lower()


# --- crash safety of deletion, on the library with a fast vault ---------------------------

SCRIPT = """
import os, signal, sys
from pathlib import Path
from localnotes.store.vault import Vault
from localnotes.vault_ledger import ledger_of
v = Vault.open(Path(sys.argv[1]), sys.argv[2])
ids = [r[0] for r in v._conn.execute("SELECT id FROM artifacts WHERE state='complete'")]
ph = v._conn.execute("SELECT patient_hash FROM sessions").fetchone()[0]
v.shred_keys(ids, "d" * 16, ph, "patient_request")
if sys.argv[3] == "after-unlink":
    v.unlink_pending_blobs()
os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.mark.parametrize("point", ["before-unlink", "after-unlink"])
def test_sigkill_mid_deletion_is_completed_by_the_next_command(
    initialized: Cli, point: str
) -> None:
    grant(initialized, "P-5", "--retain-audio", "30d")
    sid = initialized.json("transcribe", "P-5", str(DEMO_AUDIO))["session_id"]
    wrapped = [
        bytes(r[0])
        for r in sqlite3.connect(initialized.data_dir / "vault.db").execute(
            "SELECT wrapped FROM keys"
        )
    ]
    assert len(wrapped) == 3
    r = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(initialized.data_dir), PASSPHRASE, point],
        env=initialized.env,
        capture_output=True,
    )
    assert r.returncode == -9
    assert initialized("show", sid).returncode == 6  # keys already gone
    out = initialized.json("sessions")  # the next command finishes the deletion
    assert out["sessions"] == []
    assert blobs(initialized) == []
    log = initialized.json("log", "P-5")["entries"]
    assert log[-1]["event"] == "deleted" and log[-1]["deletion_id"] == "d" * 16
    assert initialized("verify").returncode == 0
    for f in initialized.data_dir.rglob("*"):
        if f.is_file():
            raw = f.read_bytes()
            assert not any(w in raw for w in wrapped), f"a destroyed key survives in {f.name}"


def test_failed_unlink_is_recorded_and_retried(tmp_path: Path) -> None:
    from localnotes import deletion, sessions
    from localnotes.store.vault import KdfSettings, Vault
    from localnotes.types import CaptureGrant, RetentionPolicy, Scope
    from localnotes.vault_ledger import ledger_of

    v = Vault.create(tmp_path / "v", "pw", KdfSettings(65536, 1, 1))
    ledger = ledger_of(v)
    ph = v.patient_hash("P-6")
    grant = CaptureGrant(
        "c" * 16, ph, frozenset({Scope.TRANSCRIPT}), RetentionPolicy(0, 1, 1), None
    )
    sid = sessions.start(v, ledger, grant, "P-6", "file", "complete")
    aid = v.put_artifact(sid, "transcript", b"hello")
    blob = v.blob_path(aid)
    blob.rename(tmp_path / "held")
    blob.mkdir()  # unlink() of a directory fails: a stand-in for a file that cannot be removed
    assert deletion.delete_artifacts(v, ledger, [aid], ph, "patient_request") is None
    events = [e["event"] for e in ledger.entries(ph)]
    assert events == ["recording_started", "deletion_failed"]
    assert raw_conn(v).execute("SELECT count(*) FROM keys").fetchone()[0] == 0  # the key is gone
    blob.rmdir()
    done = deletion.complete(v, ledger)
    assert list(done.values()) == [2]
    assert [e["event"] for e in ledger.entries(ph)][1:] == ["deletion_failed", "deleted"]
    ledger.verify_all()
    v.close()


def test_consent_beyond_configured_maximum_is_refused(initialized: Cli, tmp_path: Path) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text('[retention]\nmax_transcript = "7d"\n')
    r = initialized(
        "--config",
        str(cfg),
        "consent",
        "grant",
        "P-7",
        "--scope",
        "transcript",
        "--retain-transcript",
        "8d",
        "--yes",
    )
    assert r.returncode == 2 and "maximum of 1w" in r.stderr
    assert FAST_KDF  # the vault was made with the fast test parameters
