"""Fixtures and helpers for the vault and container tests: a real vault on disk with fast key
derivation, byte snapshots of a data directory, and in-place blob tampering."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from localnotes.crypto.container import _FIXED, TAG
from localnotes.store.vault import KdfSettings, Vault
from localnotes.types import Segment

PASSPHRASE = "correct horse battery staple 42"
FAST_KDF = KdfSettings(memory_kib=65536, iterations=1, lanes=1)
FAST_KDF_ENV = {
    "LOCALNOTES_KDF_MEMORY_KIB": "65536",
    "LOCALNOTES_KDF_ITERATIONS": "1",
    "LOCALNOTES_KDF_LANES": "1",
}
REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(name="vault")
def vault_fixture(tmp_path: Path) -> Iterator[Vault]:
    """A fresh vault on disk, closed afterwards. Import `vault_fixture`; request `vault`."""
    v = Vault.create(tmp_path / "data", PASSPHRASE, FAST_KDF)
    yield v
    v.close()


def raw_conn(v: Vault) -> sqlite3.Connection:
    """The vault's own connection, private to store/: for tests that read or alter what is stored
    underneath the API (the one place a test reaches it)."""
    return v._conn


def cli_env(tmp_path: Path, passphrase: str = PASSPHRASE) -> dict[str, str]:
    """The environment of a CLI run: fast KDF, the passphrase, a private HOME, no stray settings."""
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith("LOCALNOTES_")}
    env.update(FAST_KDF_ENV, LOCALNOTES_PASSPHRASE=passphrase, HOME=str(home))
    env["PYTHONPATH"] = os.pathsep.join([str(REPO / "src"), env.get("PYTHONPATH", "")])
    return env


def cli_cmd(data_dir: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "localnotes", "--data-dir", str(data_dir), *args]


def snapshot(data_dir: Path) -> dict[str, str]:
    """relative path -> SHA-256 of every file under data_dir."""
    return {
        str(p.relative_to(data_dir)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(data_dir.rglob("*"))
        if p.is_file()
    }


def header_len(kind: str) -> int:
    return int(_FIXED.size) + len(kind.encode("ascii"))


def chunk_offsets(blob_size: int, kind: str, chunk_size: int) -> list[int]:
    """Start offsets of every sealed chunk in a blob of blob_size bytes."""
    start, step = header_len(kind), chunk_size + TAG
    return list(range(start, blob_size, step))


def flip_byte(path: Path, offset: int, mask: int = 0x01) -> int:
    """XOR one byte of a file in place; returns the original byte."""
    fd = os.open(path, os.O_RDWR)
    try:
        old = os.pread(fd, 1, offset)[0]
        os.pwrite(fd, bytes([old ^ mask]), offset)
    finally:
        os.close(fd)
    return old


def restore_byte(path: Path, offset: int, value: int) -> None:
    fd = os.open(path, os.O_RDWR)
    try:
        os.pwrite(fd, bytes([value]), offset)
    finally:
        os.close(fd)


def tree_bytes(data_dir: Path) -> dict[str, bytes]:
    """relative path -> raw content of every file under data_dir (for raw scans)."""
    return {
        str(p.relative_to(data_dir)): p.read_bytes()
        for p in sorted(data_dir.rglob("*"))
        if p.is_file()
    }


def stored_session(data_dir: Path, patient: str, segments: tuple[Segment, ...]) -> str:
    """A vault at `data_dir` holding one complete session of `patient` whose transcript is
    `segments`, stored by the pipeline's own redact-and-seal step (no speech recognition); its
    session id."""
    from localnotes import consent, pipeline, sessions
    from localnotes.asr.whisper import TranscriptionResult
    from localnotes.config import load_settings
    from localnotes.types import Scope, SessionState
    from localnotes.vault_ledger import ledger_of

    settings = load_settings(None, overrides={("storage", "data_dir"): str(data_dir)})
    v = Vault.create(data_dir, PASSPHRASE, FAST_KDF)
    try:
        ledger = ledger_of(v)
        scopes = frozenset({Scope.AUDIO, Scope.TRANSCRIPT})
        pol = consent.retention_for(settings, scopes, None, None, None)
        consent.grant(v, ledger, patient, scopes, pol, "verbal", None, "notice", None)
        grant = consent.capture_grant(v, patient, Scope.TRANSCRIPT)
        sid = sessions.start(v, ledger, grant, patient, "file", "transcribing")
        seconds = max((s.end for s in segments), default=0.0)
        result = TranscriptionResult(segments, "en", seconds, "tiny.en")
        pipeline.store_transcripts(v, ledger, settings, sid, grant, result)
        sessions.set_state(v, sid, SessionState.COMPLETE)
    finally:
        v.close()
    return sid
