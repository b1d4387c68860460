"""A writer killed with SIGKILL at random points: what was acknowledged reads back, the vault
opens, and the partial artifact is re-sealed up to its last whole chunk or cleanly discarded.

Each child is a real process that streams into the vault and prints an acknowledgement after
each fsync; the parent kills it with SIGKILL (seeded random points), then opens the vault and
runs recover(). One vault is reused across kills so the whole loop stays fast."""

from __future__ import annotations

import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from localnotes.errors import NotFoundError
from localnotes.store.vault import Vault
from tests.vault_fixtures import FAST_KDF, PASSPHRASE, raw_conn

CHUNK = 32000
TOTAL = 2_000_003  # ~100 writes, so a kill after 1..25 acks lands mid-stream; not whole chunks

WRITER = f"""
import hashlib, random, sys
from pathlib import Path
from localnotes.store.vault import Vault
data_dir, seed = Path(sys.argv[1]), int(sys.argv[2])
data = hashlib.shake_256(b"crash-%d" % seed).digest({TOTAL})
rng = random.Random(seed)
v = Vault.open(data_dir, {PASSPHRASE!r})
w = v.artifact_writer("crash", "audio", meta={{"seed": seed}}, chunk_size={CHUNK})
print("start", w.id, flush=True)
pos = 0
while pos < len(data):
    n = rng.randint(1, 40000)
    w.write(data[pos:pos + n])
    pos = min(len(data), pos + n)
    w.sync()
    print("ack", pos, flush=True)
w.close()
print("done", pos, flush=True)
"""

PUTTER = f"""
import hashlib, sys
from pathlib import Path
from localnotes.store.vault import Vault
data_dir, seed = Path(sys.argv[1]), int(sys.argv[2])
v = Vault.open(data_dir, {PASSPHRASE!r})
print("start", flush=True)
for i in range(1000):
    n = 10_000 + (seed * 7919 + i * 104729) % 300_000
    data = hashlib.shake_256(b"put-%d-%d" % (seed, i)).digest(n)
    aid = v.put_artifact("crash", "transcript", data, meta={{"seed": seed, "i": i, "n": n}})
    print("ack", aid, flush=True)
"""

CREATOR = f"""
import sys
from pathlib import Path
from localnotes.store.vault import KdfSettings, Vault
print("go", flush=True)
Vault.create(Path(sys.argv[1]), {PASSPHRASE!r}, KdfSettings({FAST_KDF.memory_kib}, 1, 1)).close()
print("created", flush=True)
"""


def _expected_stream(seed: int) -> bytes:
    return hashlib.shake_256(b"crash-%d" % seed).digest(TOTAL)


def _spawn(script: Path, *args: str) -> subprocess.Popen[str]:
    # the children's pacing is part of the test: the same buffered stdout however the caller's
    # environment is set (PYTHONUNBUFFERED would split each acknowledgement into several writes)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    return subprocess.Popen(
        [sys.executable, str(script), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        stdin=subprocess.DEVNULL,
        env=env,
    )


def _kill_after(p: subprocess.Popen[str], lines_to_wait: int, pause: float) -> list[str]:
    """Let the child print lines_to_wait lines (or end), pause, SIGKILL it; all its lines."""
    seen: list[str] = []
    assert p.stdout is not None
    while len(seen) < lines_to_wait:
        line = p.stdout.readline()
        if not line:
            break
        seen.append(line.strip())
    time.sleep(pause)
    p.send_signal(signal.SIGKILL)
    out, err = p.communicate(timeout=60)
    seen += out.split("\n")
    assert p.returncode in (-signal.SIGKILL, 0), err
    return [s for s in seen if s]


def _fields(lines: list[str], words: tuple[str, ...]) -> list[list[str]]:
    """The whole `word value` lines. A line the kill tore in half was never a full
    acknowledgement, so it does not count as one."""
    out = []
    for s in lines:
        f = s.split()
        if len(f) == 2 and f[0] in words:
            out.append(f)
    return out


def _assert_settled(v: Vault) -> None:
    """After recover(): nothing half-written is left, and every key row has its artifact."""
    names = sorted(f.name for f in v.blob_dir.iterdir())
    assert not [n for n in names if n.startswith(".tmp-")], names
    complete = {
        r[0] for r in raw_conn(v).execute("SELECT id FROM artifacts WHERE state='complete'")
    }
    assert {n.removesuffix(".blob") for n in names} == complete
    assert {r[0] for r in raw_conn(v).execute("SELECT artifact_id FROM keys")} == complete
    assert (
        raw_conn(v).execute("SELECT count(*) FROM artifacts WHERE state!='complete'").fetchone()[0]
        == 0
    )


def test_writer_killed_at_random_points_keeps_every_acknowledged_chunk(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    Vault.create(data_dir, PASSPHRASE, FAST_KDF).close()
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    rng = random.Random(1234)
    kept: dict[str, bytes] = {}  # artifact id -> sha256 of what must read back
    outcomes = {"recovered": 0, "discarded": 0, "complete": 0, "before_start": 0}
    v = Vault.open(data_dir, PASSPHRASE)  # one unlock for the parent; the children unlock anew
    for seed in range(50):
        p = _spawn(script, str(data_dir), str(seed))
        if seed % 10 == 9:  # now and then, kill while it starts up (imports, unlock)
            lines = _kill_after(p, 0, rng.uniform(0.0, 0.4))
        else:  # else after a random number of acknowledged writes (1 line is "start")
            lines = _kill_after(p, rng.randint(1, 25), rng.uniform(0.0, 0.01))
        acks = [int(f[1]) for f in _fields(lines, ("ack", "done"))]
        starts = [f[1] for f in _fields(lines, ("start",))]
        acked = acks[-1] if acks else 0
        try:
            report = v.recover()
            if not starts:
                outcomes["before_start"] += 1
                assert report["recovered"] == 0
            else:
                aid = starts[0]
                expected = _expected_stream(seed)
                try:
                    row = v.artifact(aid)
                except NotFoundError:
                    row = None
                if row is None:
                    # discarded: allowed only when no whole chunk had been acknowledged
                    assert acked < CHUNK, (seed, acked)
                    outcomes["discarded"] += 1
                else:
                    got = v.read_artifact(aid)
                    assert row.state == "complete" and row.size == len(got)
                    assert expected.startswith(got), seed
                    assert len(got) >= acked // CHUNK * CHUNK, (seed, acked, len(got))
                    if row.truncated:
                        assert len(got) % CHUNK == 0 and len(got) < TOTAL
                        outcomes["recovered"] += 1
                    else:
                        assert got == expected
                        outcomes["complete"] += 1
                    kept[aid] = hashlib.sha256(got).digest()
            _assert_settled(v)
            if seed % 10 == 0 or seed == 49:  # everything kept before still reads back
                for aid, digest in kept.items():
                    assert hashlib.sha256(v.read_artifact(aid)).digest() == digest
        except BaseException:
            v.close()
            raise
    v.close()
    Vault.open(data_dir, PASSPHRASE).close()
    # the loop really killed writers mid-stream, not only before or after
    assert outcomes["recovered"] >= 25, outcomes
    assert sum(outcomes.values()) == 50


def test_put_artifact_killed_at_random_points_is_all_or_nothing(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    Vault.create(data_dir, PASSPHRASE, FAST_KDF).close()
    script = tmp_path / "putter.py"
    script.write_text(PUTTER)
    rng = random.Random(99)
    acked: set[str] = set()
    checked: set[str] = set()
    v = Vault.open(data_dir, PASSPHRASE)
    try:
        for seed in range(15):
            p = _spawn(script, str(data_dir), str(seed))
            lines = _kill_after(p, rng.randint(1, 6), rng.uniform(0.0, 0.02))
            acked |= {f[1] for f in _fields(lines, ("ack",))}
            v.recover()
            _assert_settled(v)
            rows = raw_conn(v).execute("SELECT id, meta FROM artifacts").fetchall()
            assert acked <= {r[0] for r in rows}
            assert checked <= {r[0] for r in rows}
            for aid, meta in rows:  # acknowledged or not, whatever is there is whole
                if aid in checked and seed != 14:
                    continue
                m = json.loads(meta)
                want = hashlib.shake_256(b"put-%d-%d" % (m["seed"], m["i"])).digest(m["n"])
                assert v.read_artifact(aid) == want
                checked.add(aid)
    finally:
        v.close()
    assert len(acked) >= 15


@pytest.mark.parametrize("seed", range(10))
def test_create_killed_at_a_random_point_leaves_no_vault_or_a_whole_one(
    tmp_path: Path, seed: int
) -> None:
    data_dir = tmp_path / "data"
    script = tmp_path / "creator.py"
    script.write_text(CREATOR)
    p = _spawn(script, str(data_dir))
    lines = _kill_after(p, 1, random.Random(seed).uniform(0.0, 0.25))
    if Vault.exists(data_dir):
        v = Vault.open(data_dir, PASSPHRASE)
    else:
        assert "created" not in lines
        v = Vault.create(data_dir, PASSPHRASE, FAST_KDF)  # the debris of the first try is no bar
    try:
        assert v.recover()["orphan_keys"] == 0
        assert (
            v.read_artifact(v.put_artifact("s", "transcript", b"after the crash"))
            == b"after the crash"
        )
    finally:
        v.close()
    assert sorted(f.name for f in data_dir.iterdir()) == ["blobs", "vault.db"]
