"""Consent through the CLI: refusal before any file is read, expiry and withdrawal, receipts that
verify (also offline, also after the log grows), and tamper detection by `verify`."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.conftest import DEMO_AUDIO, PASSPHRASE, Cli, grant


def test_transcribe_refused_without_consent_before_the_file_is_opened(
    initialized: Cli, tmp_path: Path
) -> None:
    # a FIFO blocks whoever opens it: if transcribe read the file before checking consent,
    # it would hang here instead of exiting 3
    fifo = tmp_path / "never-opened.wav"
    os.mkfifo(fifo)
    opened = threading.Event()

    def watch() -> None:
        try:
            fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        except OSError:
            return  # no reader: good
        opened.set()
        os.close(fd)

    r = initialized("transcribe", "P-1", str(fifo), timeout=60)
    watch()
    assert r.returncode == 3, r.stderr
    assert not opened.is_set()
    assert "consent" in r.stderr and r.stderr.count("\n") == 1
    assert initialized.json("sessions")["sessions"] == []
    assert not list((initialized.data_dir / "blobs").iterdir())


def test_record_refused_without_consent(initialized: Cli) -> None:
    r = initialized("record", "P-1", "--seconds", "1", "-v")
    assert r.returncode == 3, r.stderr
    assert "sounddevice" not in r.stderr


def test_expired_and_withdrawn_consents_are_refused(initialized: Cli) -> None:
    grant(initialized, "P-EXP", "--expires", "1h")
    r = initialized("transcribe", "P-EXP", str(DEMO_AUDIO), prefix=["faketime", "-f", "+2h"])
    assert r.returncode == 3 and "expired" in r.stderr
    grant(initialized, "P-WD")
    assert initialized("consent", "withdraw", "P-WD", "--yes").returncode == 0
    r = initialized("transcribe", "P-WD", str(DEMO_AUDIO))
    assert r.returncode == 3 and "withdrawn" in r.stderr
    assert initialized.json("sessions")["sessions"] == []


def test_scope_not_covered_is_refused(initialized: Cli) -> None:
    initialized.json("consent", "grant", "P-A", "--scope", "audio", "--yes")
    r = initialized("transcribe", "P-A", str(DEMO_AUDIO))
    assert r.returncode == 3


def test_grant_without_terminal_needs_yes(initialized: Cli) -> None:
    r = initialized("consent", "grant", "P-1", "--scope", "transcript")
    assert r.returncode == 2 and "--yes" in r.stderr
    assert initialized.json("consent", "status", "P-1")["live"] is None


def test_retention_above_maximum_is_refused(initialized: Cli) -> None:
    r = initialized("consent", "grant", "P-1", "--scope", "audio", "--retain-audio", "5y", "--yes")
    assert r.returncode == 2 and "maximum" in r.stderr


@pytest.fixture
def session_vault(initialized: Cli, tmp_path: Path) -> tuple[Cli, Path, str]:
    receipt = tmp_path / "receipt.json"
    grant(
        initialized,
        "Maria Lopez P-77",
        "--receipt-out",
        str(receipt),
        "--witness",
        "Nurse Ratched",
        "--known",
        "Daniel",
    )
    out = initialized.json("transcribe", "Maria Lopez P-77", str(DEMO_AUDIO))
    return initialized, receipt, out["session_id"]


def test_receipt_verifies_online_offline_and_after_growth(
    session_vault: tuple[Cli, Path, str], tmp_path: Path
) -> None:
    cli, receipt, sid = session_vault
    assert cli("verify", str(receipt)).returncode == 0
    key = cli("log", "--public-key").stdout.strip()
    for _ in range(3):
        cli("show", sid, "--unredacted", check=True)
    assert cli("verify", str(receipt)).returncode == 0
    # offline: a fresh environment, no vault anywhere, only the receipt and the key
    env = {"PATH": os.environ["PATH"], "HOME": str(tmp_path / "elsewhere")}
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "localnotes",
            "--data-dir",
            str(tmp_path / "none"),
            "verify",
            str(receipt),
            "--offline",
            "--public-key",
            key,
        ],
        capture_output=True,
        text=True,
        env=env,
    )
    assert r.returncode == 0, r.stderr
    assert not (tmp_path / "none").exists()


def test_altered_receipt_and_foreign_vault_fail(
    session_vault: tuple[Cli, Path, str], tmp_path: Path, cli_env: dict[str, str]
) -> None:
    cli, receipt, _ = session_vault
    data = json.loads(receipt.read_text())
    data["event"] = data["event"].replace('"verbal"', '"written"')
    bad = tmp_path / "altered.json"
    bad.write_text(json.dumps(data))
    assert cli("verify", str(bad)).returncode == 5
    key = cli("log", "--public-key").stdout.strip()
    assert cli("verify", str(bad), "--offline", "--public-key", key).returncode == 5
    other = Cli(tmp_path / "other", cli_env)
    other("init", check=True)
    assert other("verify", str(receipt)).returncode == 5
    other_key = other("log", "--public-key").stdout.strip()
    assert cli("verify", str(receipt), "--offline", "--public-key", other_key).returncode == 5


def test_database_holds_no_patient_reference_names_or_text(
    session_vault: tuple[Cli, Path, str],
) -> None:
    cli, _, sid = session_vault
    full = cli("show", sid, "--unredacted", check=True).stdout
    assert "Daniel" in full
    # the product's own vocabulary (schema, event names) is not the session's plaintext
    # (what can reach vault.db: the store's schema and the ledger's event names; not the clinical
    # vocabulary of the lexicon or the note templates, which would hide a leaked transcript word)
    src = Path(__file__).resolve().parents[1] / "src" / "localnotes"
    product = {
        w.lower()
        for part in ("store", "ledger", "crypto")
        for f in (src / part).rglob("*.py")
        for w in re.findall(r"[A-Za-z]+", f.read_text())
    }
    words = {w.strip(".,?!").lower() for w in full.split() if len(w.strip(".,?!")) >= 6}
    secrets = {"maria", "lopez", "p-77", "ratched", "daniel"} | (words - product)
    assert len(secrets) > 12
    for f in cli.data_dir.rglob("*"):
        if f.is_file() and "models" not in f.parts:
            raw = f.read_bytes().lower()
            for s in secrets:
                assert s.encode() not in raw, f"{s!r} found in {f.name}"
                assert s.encode("utf-16-le") not in raw


@pytest.mark.parametrize("attack", ["edit", "delete", "swap", "insert", "checkpoint"])
def test_tampered_ledger_is_detected(session_vault: tuple[Cli, Path, str], attack: str) -> None:
    cli, _, _ = session_vault
    assert cli("verify").returncode == 0
    db = sqlite3.connect(cli.data_dir / "vault.db")
    rows = db.execute("SELECT idx, entry FROM ledger ORDER BY idx").fetchall()
    assert len(rows) >= 3
    mid = len(rows) // 2
    if attack == "edit":
        # entries are sealed at rest: an edit without the key can only flip stored bits
        stored = bytearray(rows[mid][1])
        stored[len(stored) // 2] ^= 0x01
        db.execute("UPDATE ledger SET entry=? WHERE idx=?", (bytes(stored), mid))
    elif attack == "delete":
        db.execute("DELETE FROM ledger WHERE idx=?", (mid,))
    elif attack == "swap":
        db.execute("UPDATE ledger SET entry=? WHERE idx=?", (rows[mid + 1][1], mid))
        db.execute("UPDATE ledger SET entry=? WHERE idx=?", (rows[mid][1], mid + 1))
    elif attack == "insert":
        db.execute(
            "INSERT INTO ledger (idx, entry, leaf) VALUES (?, ?, ?)",
            (len(rows), rows[0][1], b"\0" * 32),
        )
    else:
        note = db.execute("SELECT note FROM checkpoints ORDER BY size DESC").fetchone()[0]
        db.execute(
            "UPDATE checkpoints SET note=? WHERE size=(SELECT max(size) FROM checkpoints)",
            (note.replace("\n", "\n\n", 1),),
        )
    db.commit()
    db.close()
    r = cli("verify")
    assert r.returncode == 5, (attack, r.stderr)
    assert "entry" in r.stderr or "checkpoint" in r.stderr


def test_withdrawal_deletes_and_certificate_verifies_offline(
    session_vault: tuple[Cli, Path, str], tmp_path: Path
) -> None:
    cli, _, sid = session_vault
    cert = tmp_path / "cert.json"
    r = cli("consent", "withdraw", "Maria Lopez P-77", "--receipt-out", str(cert), "--yes")
    assert r.returncode == 0, r.stderr
    assert cli("show", sid).returncode == 6
    assert json.loads(cert.read_text())["kind"] == "deletion"
    key = cli("log", "--public-key").stdout.strip()
    assert cli("verify", str(cert), "--offline", "--public-key", key).returncode == 0
    log = cli.json("log", "Maria Lopez P-77")
    events = [e["event"] for e in log["entries"]]
    assert events[0] == "consent_granted" and "consent_withdrawn" in events
    assert events[-1] == "deleted"
    assert (tmp_path / "cert.html").exists() and (tmp_path / "cert.txt").exists()
    assert cli("verify").returncode == 0
    assert PASSPHRASE not in cert.read_text()


def test_the_clinics_name_is_on_receipts_certificates_and_the_history(
    initialized: Cli, tmp_path: Path
) -> None:
    env = {**initialized.env, "LOCALNOTES_CLINIC_NAME": "Riverbend Counselling",
           "LOCALNOTES_CLINIC_CONTACT": "front desk 555 0100"}  # fmt: skip
    receipt = tmp_path / "p9-consent.json"
    r = initialized("consent", "grant", "P-9", "--scope", "transcript", "--yes",
                    "--receipt-out", str(receipt), env=env)  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert json.loads(receipt.read_text())["details"]["controller"] == "Riverbend Counselling"
    for page in (receipt.with_suffix(".txt"), receipt.with_suffix(".html")):
        text = page.read_text()
        assert "Riverbend Counselling" in text and "front desk 555 0100" in text
        assert "this clinic's computer" not in text
    history = initialized("log", "P-9", env=env, check=True).stdout
    assert "From: Riverbend Counselling. Contact: front desk 555 0100" in history
    cert = tmp_path / "p9-deletion.json"
    r = initialized("consent", "withdraw", "P-9", "--yes", "--receipt-out", str(cert), env=env)
    assert r.returncode == 0, r.stderr
    assert "Riverbend Counselling" in cert.with_suffix(".txt").read_text()
    # without the setting, the old wording stays
    assert "From: this clinic's computer" in initialized("log", "P-9", check=True).stdout
