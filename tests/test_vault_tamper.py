"""An attacker with write access to the data directory but not the passphrase: the rows that
decide access cannot be edited, swapped or put back without exit 5 naming what was altered, and a
log cut at its end is caught by the sealed high-water mark."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import DEMO_AUDIO, Cli, grant, initialized_in


def sql(cli: Cli, *statements: str, args: tuple[Any, ...] = ()) -> list[Any]:
    db = sqlite3.connect(cli.data_dir / "vault.db")
    try:
        out: list[Any] = []
        for s in statements:
            out = db.execute(s, args if "?" in s else ()).fetchall()
        db.commit()
        return out
    finally:
        db.close()


@pytest.fixture(scope="module")
def two_patients(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A vault with one transcribed session for each of two patients (made once per module)."""
    cli = initialized_in(tmp_path_factory.mktemp("tamper-base"))
    sids = {}
    for p in ("P-1", "P-2"):
        grant(cli, p, "--retain-audio", "0d", "--retain-transcript", "30d")
        sids[p] = cli.json("transcribe", p, str(DEMO_AUDIO))["session_id"]
    return cli.data_dir, sids


@pytest.fixture
def vault2(
    two_patients: tuple[Path, dict[str, str]], tmp_path: Path, cli_env: dict[str, str]
) -> tuple[Cli, dict[str, str]]:
    src, sids = two_patients
    shutil.copytree(src, tmp_path / "copy")
    return Cli(tmp_path / "copy", cli_env), sids


def test_unwithdrawing_a_consent_and_raising_its_retention_is_exit_5(initialized: Cli) -> None:
    grant(initialized, "P-9")
    initialized("consent", "withdraw", "P-9", "--yes", check=True)
    sql(initialized, "UPDATE consents SET withdrawn_at=NULL, retain_audio=7776000")
    r = initialized("transcribe", "P-9", str(DEMO_AUDIO))
    assert r.returncode == 5, r.stderr
    assert "consent" in r.stderr and "retain_audio" in r.stderr and "withdrawn_at" in r.stderr
    assert "Traceback" not in r.stderr
    v = initialized("verify")
    assert v.returncode == 5 and "Log intact" not in v.stdout


def test_a_consent_row_put_back_from_before_its_withdrawal_is_exit_5(initialized: Cli) -> None:
    """The old row has a genuine seal: only the ledger, which records the withdrawal, shows it."""
    grant(initialized, "P-9")
    before = sql(initialized, "SELECT * FROM consents")
    initialized("consent", "withdraw", "P-9", "--yes", check=True)
    marks = ",".join("?" * len(before[0]))
    sql(initialized, "DELETE FROM consents")
    sql(initialized, f"INSERT INTO consents VALUES ({marks})", args=tuple(before[0]))
    r = initialized("transcribe", "P-9", str(DEMO_AUDIO))
    assert r.returncode == 5, r.stderr
    assert "ledger records its withdrawal" in r.stderr


def test_removing_a_transcripts_expiry_is_exit_5_not_a_transcript_kept_forever(
    vault2: tuple[Cli, dict[str, str]],
) -> None:
    cli, sids = vault2
    sql(cli, "UPDATE artifacts SET expires_at=NULL WHERE kind='transcript'")
    later = ["faketime", "-f", "+400d"]
    r = cli("show", "--unredacted", sids["P-1"], prefix=later)
    assert r.returncode == 5, r.stderr
    assert "expires_at" in r.stderr and "artifact" in r.stderr
    assert r.stdout == ""


def test_moving_a_transcript_to_another_patients_session_is_exit_5(
    vault2: tuple[Cli, dict[str, str]],
) -> None:
    cli, sids = vault2
    sql(
        cli,
        "UPDATE artifacts SET session_id=? WHERE session_id=? AND kind='transcript'",
        args=(sids["P-2"], sids["P-1"]),
    )
    r = cli("show", "--unredacted", sids["P-2"])
    assert r.returncode == 5 and "session_id" in r.stderr, r.stderr
    # the first patient's withdrawal does not leave the moved transcript behind quietly
    w = cli("consent", "withdraw", "P-1", "--yes")
    assert w.returncode == 5, w.stderr
    assert cli("verify").returncode == 5


def test_swapping_two_rows_is_exit_5(vault2: tuple[Cli, dict[str, str]]) -> None:
    cli, sids = vault2
    a, b = sql(cli, "SELECT id, seal FROM artifacts WHERE kind='transcript' ORDER BY rowid")
    sql(cli, "UPDATE artifacts SET seal=? WHERE id=?", args=(b[1], a[0]))
    sql(cli, "UPDATE artifacts SET seal=? WHERE id=?", args=(a[1], b[0]))
    r = cli("show", sids["P-1"])
    assert r.returncode == 5 and "was altered or swapped" in r.stderr, r.stderr


def test_a_data_key_moved_to_another_artifact_does_not_open(
    vault2: tuple[Cli, dict[str, str]],
) -> None:
    """The wrapped key binds artifact, kind, session, patient and consent as associated data."""
    cli, sids = vault2
    keys = sql(
        cli,
        "SELECT k.artifact_id, k.wrapped FROM keys k JOIN artifacts a ON a.id = k.artifact_id"
        " WHERE a.kind='transcript' ORDER BY a.rowid",
    )
    sql(cli, "UPDATE keys SET wrapped=? WHERE artifact_id=?", args=(keys[1][1], keys[0][0]))
    r = cli("show", "--unredacted", sids["P-1"])
    assert r.returncode == 5 and "does not belong to its session" in r.stderr, r.stderr


def test_a_session_state_edit_is_exit_5(vault2: tuple[Cli, dict[str, str]]) -> None:
    cli, sids = vault2
    sql(cli, "UPDATE sessions SET state='deleted' WHERE id=?", args=(sids["P-2"],))
    r = cli("sessions")
    assert r.returncode == 5 and "session" in r.stderr and "state" in r.stderr, r.stderr


def test_a_log_cut_at_its_end_is_exit_5_and_the_old_receipt_no_longer_passes(
    initialized: Cli, tmp_path: Path
) -> None:
    receipt = tmp_path / "grant.json"
    out = grant(initialized, "P-9", "--receipt-out", str(receipt))
    n = out["ledger_index"]
    initialized("consent", "withdraw", "P-9", "--yes", check=True)
    assert initialized("verify").returncode == 0
    # cut everything after the grant, with its checkpoints, and make the consent row agree
    sql(
        initialized,
        f"DELETE FROM ledger WHERE idx > {n}",
        f"DELETE FROM checkpoints WHERE size > {n + 1}",
    )
    r = initialized("verify")
    assert r.returncode == 5, r.stderr
    assert "high-water mark" in r.stderr and "cut" in r.stderr
    assert initialized("verify", str(receipt)).returncode == 5


def test_a_removed_high_water_mark_is_exit_5(initialized: Cli) -> None:
    grant(initialized, "P-9")
    sql(initialized, "DELETE FROM high_water")
    r = initialized("verify")
    assert r.returncode == 5 and "high-water mark is missing" in r.stderr, r.stderr


def test_verify_names_the_rows_it_checked(vault2: tuple[Cli, dict[str, str]]) -> None:
    cli, _ = vault2
    out = json.loads(cli("--json", "verify", check=True).stdout)
    assert out["valid"] is True and out["rows_checked"] >= 2 + 2 + 4


def test_a_header_value_init_could_not_write_is_exit_5_in_one_line(initialized: Cli) -> None:
    original = sql(initialized, "SELECT kdf_memory_kib, kdf_iterations, kdf_lanes FROM header")[0]
    for column, value in (
        ("kdf_lanes", 0),
        ("kdf_memory_kib", -1),
        ("kdf_memory_kib", 1024),
        ("kdf_iterations", 0),
        ("kdf_lanes", "four"),
        ("kdf_salt", b"short"),
    ):
        before = sql(initialized, f"SELECT {column} FROM header")[0][0]
        sql(initialized, f"UPDATE header SET {column}=?", args=(value,))
        r = initialized("sessions")
        assert r.returncode == 5, (column, value, r.stderr)
        assert "header was altered" in r.stderr and len(r.stderr.strip().splitlines()) == 1
        sql(initialized, f"UPDATE header SET {column}=?", args=(before,))
    assert sql(initialized, "SELECT kdf_memory_kib, kdf_iterations, kdf_lanes FROM header")[0] == (
        original
    )
    # a value within range derives another key: indistinguishable from a wrong passphrase
    sql(initialized, "UPDATE header SET kdf_iterations=2")
    assert initialized("sessions").returncode == 4
