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

from harness.speech import REAL_SPEECH
from tests.audio_fixtures import jfk_wav, virtual_mic, whisper_tiny  # noqa: F401

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


def user_env(base: Path) -> dict[str, str]:
    """This process's environment with no LOCALNOTES_ settings of its own, a fresh HOME under
    `base`, the fast KDF and the test passphrase."""
    home = base / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("LOCALNOTES_")}
    env.update(FAST_KDF, LOCALNOTES_PASSPHRASE=PASSPHRASE, HOME=str(home))
    return env


@pytest.fixture
def cli_env(tmp_path: Path) -> dict[str, str]:
    return user_env(tmp_path)


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


def initialized_in(base: Path) -> Cli:
    """A vault made with `init` under `base`, for fixtures shared by a module."""
    cli = Cli(base / "vault", user_env(base))
    cli("init", check=True)
    return cli


def grant(cli: Cli, patient: str, *extra: str) -> Any:
    return cli.json("consent", "grant", patient, "--scope", "audio,transcript", "--yes", *extra)


# Skips that may happen, each with why. Any other skip fails the run: a test that cannot run here
# is evidence missing, and scripts/setup.sh installs everything the suite uses.
ALLOWED_SKIPS: dict[str, str] = {
    "no CUDA GPU": "CI and development machines have none; the CUDA path is measured by "
    "benchmarks on a GPU machine when one is lent",
}


def _skip_reason(report: pytest.TestReport | pytest.CollectReport) -> str:
    longrepr = report.longrepr
    if isinstance(longrepr, tuple) and len(longrepr) == 3:
        return str(longrepr[2]).removeprefix("Skipped: ")
    return str(longrepr)


def _allowed(reason: str) -> bool:
    return any(reason.startswith(key) for key in ALLOWED_SKIPS)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    """A skip outside ALLOWED_SKIPS is reported as a failure with its reason."""
    outcome = yield
    report = outcome.get_result()
    if report.skipped and not hasattr(report, "wasxfail"):
        reason = _skip_reason(report)
        if not _allowed(reason):
            report.outcome = "failed"
            report.longrepr = f"skipped, and this skip is not in ALLOWED_SKIPS: {reason}"


@pytest.hookimpl(hookwrapper=True)
def pytest_make_collect_report(collector: pytest.Collector) -> Any:
    """A module skipped at collection (e.g. importorskip) fails the same way."""
    outcome = yield
    report = outcome.get_result()
    if report.skipped:
        reason = _skip_reason(report)
        if not _allowed(reason):
            report.outcome = "failed"
            report.longrepr = f"skipped, and this skip is not in ALLOWED_SKIPS: {reason}"


Runner = Callable[..., subprocess.CompletedProcess[str]]
