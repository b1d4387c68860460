"""Shredding reaches the disk: a vault on a fresh ext4 image (a loop mount, so it needs real root
and runs outside the unprivileged namespace step of scripts/test.sh, as `pytest -m carve`). After
`delete`, `consent withdraw` and retention, none of the values those removed from vault.db (wrapped
data keys and the other rows they removed) is anywhere on the raw image. It fails, never skips,
where it cannot mount."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import Cli, grant

pytestmark = pytest.mark.carve


@pytest.fixture
def ext4(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    img, mnt = tmp_path / "fs.img", tmp_path / "mnt"
    mnt.mkdir()
    subprocess.run(["truncate", "-s", "96M", str(img)], check=True)
    subprocess.run(["mkfs.ext4", "-q", "-F", str(img)], check=True, capture_output=True)
    m = subprocess.run(["mount", "-o", "loop", str(img), str(mnt)], capture_output=True, text=True)
    if m.returncode:
        pytest.fail(f"the carve test needs real root and a loop device: {m.stderr.strip()}")
    try:
        yield img, mnt
    finally:
        subprocess.run(["umount", str(mnt)], capture_output=True, check=False)


def sealed_values(db: Path, scratch: Path) -> dict[bytes, str]:
    """Every blob of 32 bytes or more in vault.db (with its WAL), and the table it is in."""
    snap = scratch / "snap.db"
    shutil.copy(db, snap)
    wal = db.with_name(db.name + "-wal")
    if wal.exists():
        shutil.copy(wal, scratch / "snap.db-wal")
    con = sqlite3.connect(snap)
    out: dict[bytes, str] = {}
    for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall():
        for c in [r[1] for r in con.execute(f"PRAGMA table_info('{t}')")]:
            for (x,) in con.execute(f'SELECT "{c}" FROM "{t}"'):
                if isinstance(x, bytes) and len(x) >= 32 and x.count(0) < len(x):
                    out[x] = f"{t}.{c}"
    con.close()
    for p in scratch.glob("snap.db*"):
        p.unlink()
    return out


def test_shredded_keys_are_not_on_the_raw_disk(
    ext4: tuple[Path, Path], tmp_path: Path, cli_env: dict[str, str], jfk_wav: Path
) -> None:
    img, mnt = ext4
    cli = Cli(mnt / "data", cli_env)
    cli("init", check=True)
    grant(cli, "P-DEL", "--retain-audio", "30d")
    grant(
        cli,
        "P-WD",
        "--retain-audio",
        "30d",
        "--known",
        "Marisol Quintanilla",
        "--witness",
        "Dr Ana Ruiz",
    )
    grant(cli, "P-RET", "--retain-transcript", "1s", "--retain-redacted", "1s")
    deleted = cli.json("transcribe", "P-DEL", str(jfk_wav))["session_id"]
    cli.json("transcribe", "P-WD", str(jfk_wav))
    cli.json("transcribe", "P-RET", str(jfk_wav))
    before = sealed_values(mnt / "data" / "vault.db", tmp_path)
    assert any(t == "keys.wrapped" for t in before.values())
    cli("delete", deleted, "--yes", check=True)
    cli("consent", "withdraw", "P-WD", "--yes", check=True)
    time.sleep(1.5)  # the 1-second retention runs out (no clock is asserted: it only has to pass)
    cli("retention", check=True)
    after = sealed_values(mnt / "data" / "vault.db", tmp_path)
    gone = {v: t for v, t in before.items() if v not in after}
    # 3 + 3 + 2 artifacts of the three sessions, the audio of P-RET having gone at transcription
    assert sum(t == "keys.wrapped" for t in gone.values()) >= 8, sorted(gone.values())
    # the withdrawn patient's key and what it sealed (issue 12: per-patient keys)
    assert {"patient_keys.wrapped", "known_identifiers.sealed"} <= set(gone.values())
    subprocess.run(["umount", str(mnt)], check=True)
    raw = img.read_bytes()
    left = sorted(t for v, t in gone.items() if raw.find(v) != -1)
    assert not left, f"{len(left)} of {len(gone)} removed values are still on the disk: {left}"
