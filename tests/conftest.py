"""Shared fixtures: a CLI runner on a throwaway vault with fast key derivation, the real-speech
data committed under tests/data, and the virtual microphone."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.audio_fixtures import REAL_SPEECH, jfk_wav, virtual_mic, whisper_tiny  # noqa: F401

REPO = Path(__file__).resolve().parent.parent
DIALOGS = REPO / "benchmarks" / "data" / "dialogs"
DEMO_AUDIO = REPO / "src" / "localnotes" / "data" / "demo_session.ogg"
PASSPHRASE = "correct horse battery staple 42"
FAST_KDF = {
    "LOCALNOTES_KDF_MEMORY_KIB": "65536",
    "LOCALNOTES_KDF_ITERATIONS": "1",
    "LOCALNOTES_KDF_LANES": "1",
}


def real_speech(name: str) -> Path:
    """A real recording committed under tests/data/real-speech (it must be there: no skip)."""
    p = REAL_SPEECH / name
    assert p.is_file(), f"{p} is missing from the repository"
    return p


@pytest.fixture
def cli_env(tmp_path: Path) -> dict[str, str]:
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("LOCALNOTES_")}
    env.update(FAST_KDF, LOCALNOTES_PASSPHRASE=PASSPHRASE, HOME=str(home))
    return env


class Cli:
    """Runs `python -m localnotes --data-dir DIR ...` as a user would, stdin not a terminal."""

    def __init__(self, data_dir: Path, env: dict[str, str]) -> None:
        self.data_dir = data_dir
        self.env = env

    def __call__(
        self,
        *args: str,
        env: dict[str, str] | None = None,
        prefix: list[str] | None = None,
        timeout: float = 600,
        check: bool = False,
    ) -> subprocess.CompletedProcess[str]:
        cmd = [
            *(prefix or []),
            sys.executable,
            "-m",
            "localnotes",
            "--data-dir",
            str(self.data_dir),
            *args,
        ]
        r = subprocess.run(
            cmd,
            capture_output=True,
            text=True,
            env=env or self.env,
            timeout=timeout,
            stdin=subprocess.DEVNULL,
        )
        if check and r.returncode:
            raise AssertionError(f"{args} exited {r.returncode}: {r.stderr[-500:]}")
        return r

    def json(self, *args: str, **kw: Any) -> Any:
        import json

        r = self("--json", *args, check=True, **kw)
        return json.loads(r.stdout)


@pytest.fixture
def cli(tmp_path: Path, cli_env: dict[str, str]) -> Cli:
    return Cli(tmp_path / "vault", cli_env)


@pytest.fixture
def initialized(cli: Cli) -> Cli:
    cli("init", check=True)
    return cli


def grant(cli: Cli, patient: str, *extra: str) -> Any:
    return cli.json("consent", "grant", patient, "--scope", "audio,transcript", "--yes", *extra)


Runner = Callable[..., subprocess.CompletedProcess[str]]
