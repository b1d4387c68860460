"""A full disk (ENOSPC on write and on fsync) is a clear one-line StorageError, and the vault
keeps its previous state: earlier artifacts read back, no temporary file outlives recover().

Faults are injected at the Nth write or fsync of the vault's own files; a real tiny tmpfs (root
only, skipped elsewhere) fills up for real, including inside SQLite."""

from __future__ import annotations

import builtins
import contextlib
import errno
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from localnotes.errors import StorageError
from localnotes.store import artifact_writer, artifacts, recovery
from localnotes.store.vault import Vault
from tests.vault_fixtures import (
    FAST_KDF,
    PASSPHRASE,
    cli_cmd,
    cli_env,
    header_len,
    raw_conn,
    vault_fixture,  # noqa: F401 - the `vault` fixture
)

CHUNK = 32000


class _Faulty:
    """A file object whose write number `fail_at` (counted across files) fails with ENOSPC;
    with `short`, the call before it writes only half of what it was given, as a filling disk
    does."""

    calls = 0

    def __init__(self, f: Any, fail_at: int, short: bool) -> None:
        self._f, self._fail_at, self._short = f, fail_at, short

    def write(self, b: bytes) -> int:
        _Faulty.calls += 1
        if _Faulty.calls == self._fail_at:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        if self._short and _Faulty.calls == self._fail_at - 1:
            n: int = self._f.write(bytes(memoryview(b)[: max(1, len(b) // 2)]))
            return n
        written: int = self._f.write(b)
        return written

    def __getattr__(self, name: str) -> Any:
        return getattr(self._f, name)

    def __enter__(self) -> _Faulty:
        return self

    def __exit__(self, *exc: object) -> None:
        self._f.close()


@contextlib.contextmanager
def failing_writes(mp: pytest.MonkeyPatch, fail_at: int, short: bool = False) -> Iterator[None]:
    _Faulty.calls = 0

    def fake_open(file: Any, mode: str = "r", *a: Any, **kw: Any) -> Any:
        f = builtins.open(file, mode, *a, **kw)  # noqa: SIM115 - returned to the caller
        return _Faulty(f, fail_at, short) if "w" in mode else f

    with mp.context() as m:
        for module in (artifacts, artifact_writer, recovery):  # where the vault opens its blobs
            m.setattr(module, "open", fake_open, raising=False)
        yield


@contextlib.contextmanager
def failing_fsync(mp: pytest.MonkeyPatch, fail_at: int) -> Iterator[None]:
    real = os.fsync
    calls = [0]

    def fake_fsync(fd: int) -> None:
        calls[0] += 1
        if calls[0] == fail_at:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real(fd)

    with mp.context() as m:
        m.setattr(os, "fsync", fake_fsync)
        yield


def _earlier(v: Vault) -> dict[str, bytes]:
    out = {}
    for i, n in enumerate((10, 70_000)):
        data = bytes([i + 1]) * n
        out[v.put_artifact("s0", "transcript", data)] = data
    return out


def _assert_previous_state(v: Vault, earlier: dict[str, bytes]) -> None:
    for aid, data in earlier.items():
        assert v.read_artifact(aid) == data
    names = [f.name for f in v.blob_dir.iterdir()]
    assert not [n for n in names if n.startswith(".tmp-")], names
    rows = {r[0] for r in raw_conn(v).execute("SELECT id FROM artifacts")}
    assert {r[0] for r in raw_conn(v).execute("SELECT artifact_id FROM keys")} <= rows


def _one_line_full(e: pytest.ExceptionInfo[StorageError]) -> None:
    assert "disk is full" in e.value.message and "\n" not in e.value.message
    assert e.value.exit_code == 1


@pytest.mark.parametrize("fail_at", [1, 2, 3, 4])
@pytest.mark.parametrize("short", [False, True])
def test_put_artifact_on_a_full_disk_changes_nothing(
    vault: Vault, monkeypatch: pytest.MonkeyPatch, fail_at: int, short: bool
) -> None:
    earlier = _earlier(vault)
    before = {r[0] for r in raw_conn(vault).execute("SELECT id FROM artifacts")}
    with failing_writes(monkeypatch, fail_at, short), pytest.raises(StorageError) as e:
        vault.put_artifact("s1", "transcript", b"x" * 150_000)  # header, 2 chunks, final
    _one_line_full(e)
    assert {r[0] for r in raw_conn(vault).execute("SELECT id FROM artifacts")} == before
    _assert_previous_state(vault, earlier)
    assert vault.recover() == {
        "recovered": 0,
        "discarded": 0,
        "orphan_blobs": 0,
        "orphan_keys": 0,
        "missing_blobs": 0,
    }
    assert len(list(vault.blob_dir.iterdir())) == len(earlier)


@pytest.mark.parametrize("fail_at", [1, 2])
def test_put_artifact_with_a_failing_fsync_changes_nothing(
    vault: Vault, monkeypatch: pytest.MonkeyPatch, fail_at: int
) -> None:
    earlier = _earlier(vault)
    with failing_fsync(monkeypatch, fail_at), pytest.raises(StorageError) as e:
        vault.put_artifact("s1", "transcript", b"y" * 1000)  # fsync of the file, then its folder
    _one_line_full(e)
    _assert_previous_state(vault, earlier)
    assert len(list(vault.blob_dir.iterdir())) == len(earlier)
    assert raw_conn(vault).execute("SELECT count(*) FROM artifacts").fetchone()[0] == len(earlier)


@pytest.mark.parametrize("fail_at", [2, 4, 6])
@pytest.mark.parametrize("short", [False, True])
def test_streaming_on_a_full_disk_keeps_the_whole_chunks_written_before(
    vault: Vault, monkeypatch: pytest.MonkeyPatch, fail_at: int, short: bool
) -> None:
    earlier = _earlier(vault)
    data = bytes(range(256)) * 1000
    writers = []
    with (
        failing_writes(monkeypatch, fail_at, short),
        pytest.raises(StorageError) as e,
        vault.artifact_writer("s1", "audio", chunk_size=CHUNK) as w,
    ):
        writers.append(w)
        for i in range(0, len(data), 5000):
            w.write(data[i : i + 5000])
    _one_line_full(e)
    # write 1 is the header; with `short`, the write before the failing one is torn
    whole = fail_at - 2 - int(short)
    if fail_at - int(short) <= 1:  # the header itself failed: the writer never started
        assert not writers
        assert raw_conn(vault).execute("SELECT count(*) FROM artifacts").fetchone()[0] == len(
            earlier
        )
        assert vault.recover()["orphan_blobs"] == 0
        _assert_previous_state(vault, earlier)
        return
    with pytest.raises(StorageError):  # a failed writer takes nothing more
        w.write(b"more")
    assert vault.artifact(w.id).state == "writing"
    report = vault.recover()
    assert report["orphan_blobs"] == 0
    if whole > 0:
        assert report["recovered"] == 1
        row = vault.artifact(w.id)
        assert (row.state, row.truncated, row.size) == ("complete", 1, whole * CHUNK)
        assert vault.read_artifact(w.id) == data[: whole * CHUNK]
    else:
        assert report["discarded"] == 1
        assert not vault.blob_path(w.id).exists()
    _assert_previous_state(vault, earlier)


def test_a_failing_fsync_in_a_stream_is_a_storage_error_and_recovers(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    earlier = _earlier(vault)
    data = b"z" * (3 * CHUNK + 10)
    w = vault.artifact_writer("s1", "audio", chunk_size=CHUNK)
    w.write(data)
    with failing_fsync(monkeypatch, 1), pytest.raises(StorageError) as e:
        w.sync()
    _one_line_full(e)
    with pytest.raises(StorageError):
        w.close()
    assert vault.recover()["recovered"] == 1
    assert vault.read_artifact(w.id) == data[: 3 * CHUNK]
    _assert_previous_state(vault, earlier)


# ---- a real, tiny filesystem ----------------------------------------------------------------


@pytest.fixture
def tiny_fs(tmp_path: Path) -> Iterator[Path]:
    mnt = tmp_path / "tiny"
    mnt.mkdir()
    r = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mnt)], capture_output=True, text=True
    )
    if r.returncode != 0:
        pytest.fail(
            "cannot mount a tmpfs (scripts/test.sh runs the suite in a mount namespace of its "
            f"own): {r.stderr.strip()}"
        )
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)


def _fill(path: Path) -> None:
    """Fill the filesystem of path to the last byte."""
    with open(path, "wb", buffering=0) as f:
        for size in (1 << 16, 4096, 1):
            with contextlib.suppress(OSError):
                while f.write(b"\0" * size):
                    pass


def test_a_really_full_disk_keeps_every_earlier_artifact(tiny_fs: Path) -> None:
    v = Vault.create(tiny_fs / "data", PASSPHRASE, FAST_KDF)
    try:
        stored: dict[str, bytes] = {}
        with pytest.raises(StorageError) as e:  # blobs fill the disk
            for i in range(100):
                data = bytes([i % 251]) * 200_000
                stored[v.put_artifact("s", "transcript", data)] = data
        assert "disk is full" in e.value.message and "\n" not in e.value.message
        assert 3 <= len(stored) < 15
        _fill(tiny_fs / "filler")  # now to the last byte, so SQLite itself cannot write
        with pytest.raises(StorageError) as e:
            v.put_artifact("s", "transcript", b"t" * 100)
        assert "\n" not in e.value.message
        with pytest.raises(StorageError) as e:
            v.artifact_writer("s", "audio", chunk_size=CHUNK)
        assert "\n" not in e.value.message
        with pytest.raises(StorageError) as e:
            v.rekey("new passphrase", FAST_KDF)
        assert "\n" not in e.value.message
        for aid, data in stored.items():  # reading needs no space
            assert v.read_artifact(aid) == data
    finally:
        v.close()
    (tiny_fs / "filler").unlink()
    again = Vault.open(tiny_fs / "data", PASSPHRASE)  # the old passphrase: rekey changed nothing
    try:
        again.recover()
        _assert_previous_state(again, stored)
        assert raw_conn(again).execute("SELECT count(*) FROM artifacts").fetchone()[0] == len(
            stored
        )
        # a stream that fills the disk, then recovery
        with (
            pytest.raises(StorageError),
            again.artifact_writer("s", "audio", chunk_size=CHUNK) as w,
        ):
            while True:
                w.write(b"a" * 10_000)
        assert again.recover()["recovered"] == 1
        assert again.artifact(w.id).truncated == 1
        assert set(again.read_artifact(w.id)) == {ord("a")}
        _assert_previous_state(again, stored)
    finally:
        again.close()


def test_the_cli_reports_a_full_disk_in_one_line_and_exits_1(tiny_fs: Path, tmp_path: Path) -> None:
    data_dir = tiny_fs / "data"
    env = cli_env(tmp_path)
    assert (
        subprocess.run(
            cli_cmd(data_dir, "init"),
            env=env,
            capture_output=True,
            stdin=subprocess.DEVNULL,
            timeout=120,
        ).returncode
        == 0
    )
    before = (data_dir / "vault.db").read_bytes()
    _fill(tiny_fs / "filler")
    env["LOCALNOTES_NEW_PASSPHRASE"] = "another passphrase"
    r = subprocess.run(
        cli_cmd(data_dir, "rekey"),
        env=env,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    assert r.returncode == 1, r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "disk is full" in lines[0], r.stderr
    (tiny_fs / "filler").unlink()
    # the old passphrase still opens it, and its header is as it was
    v = Vault.open(data_dir, PASSPHRASE)
    v.close()
    assert Vault.read_header(data_dir)["wrapped_master"] in before
    # and init on a full disk leaves no half vault behind
    other = tiny_fs / "other"
    _fill(tiny_fs / "filler")
    r = subprocess.run(
        cli_cmd(other, "init"),
        env=env,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    assert r.returncode == 1 and len(r.stderr.strip().splitlines()) == 1, r.stderr
    assert not Vault.exists(other)
    assert (
        not [p for p in other.iterdir() if p.name.startswith(".vault.db")]
        if other.exists()
        else True
    )
    assert header_len("audio") == 34
