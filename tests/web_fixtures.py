"""What the web tests share: a vault made with the real CLI, `localnotes app` in a subprocess,
the headless Chromium they drive, and the in-process client helpers (CSRF-carrying posts, the
ledger's events)."""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.testclient import TestClient

from localnotes.store.vault import Vault
from localnotes.vault_ledger import ledger_of
from localnotes.web.app import context_of
from tests.conftest import FAST_KDF, PASSPHRASE, real_speech

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


PATIENT = "P-001"


def base_env(tmp: Path, extra: dict[str, str] | None = None) -> dict[str, str]:
    home = tmp / "home"
    home.mkdir(exist_ok=True)
    env = {k: v for k, v in (extra or os.environ).items() if not k.startswith("LOCALNOTES_")}
    env.update(FAST_KDF, HOME=str(home))
    return env


def cli(data_dir: Path, env: dict[str, str], *args: str) -> Any:
    r = subprocess.run(
        [sys.executable, "-m", "localnotes", "--data-dir", str(data_dir), "--json", *args],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        env={**env, "LOCALNOTES_PASSPHRASE": PASSPHRASE},
        timeout=600,
    )
    assert r.returncode == 0, f"{args}: {r.stderr[-800:]}"
    return json.loads(r.stdout)


def prepare_vault(tmp: Path, env: dict[str, str], transcribe: bool = True) -> tuple[Path, str]:
    """A vault with one patient's consent and, optionally, one transcribed session of jfk.flac."""
    data_dir = tmp / "vault"
    cli(data_dir, env, "init")
    # jfk.flac names nobody; the patient's known identifier gives the transcript something to
    # redact ("Americans" stands in for a family name the clinician listed)
    cli(
        data_dir,
        env,
        "consent",
        "grant",
        PATIENT,
        "--scope",
        "audio,transcript",
        "--yes",
        "--known",
        "Americans",
    )
    if not transcribe:
        return data_dir, ""
    done = cli(data_dir, env, "transcribe", PATIENT, str(real_speech("jfk.flac")))
    return data_dir, str(done["session_id"])


class AppProcess:
    """`localnotes app` in a subprocess; `.url` is the link it printed."""

    def __init__(
        self, data_dir: Path, env: dict[str, str], *extra: str, log: Path | None = None
    ) -> None:
        self.log = log or data_dir.parent / "app.log"
        self._err = open(self.log, "w")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "localnotes",
                "--data-dir",
                str(data_dir),
                "app",
                "--no-browser",
                "--port",
                "0",
                *extra,
            ],
            stdout=subprocess.PIPE,
            stderr=self._err,
            stdin=subprocess.DEVNULL,
            text=True,
            env=env,
        )
        self.url = self._first_line(timeout=60)
        m = re.fullmatch(
            r"http://([0-9a-f]{16}\.localhost):(\d+)/\?token=([A-Za-z0-9_-]{43})", self.url
        )
        if not m:
            self.stop()
            raise AssertionError(f"unexpected link {self.url!r}")
        self.host, self.port, self.token = m.group(1), int(m.group(2)), m.group(3)
        # a browser resolves the launch's own *.localhost name; Python's resolver does not, so
        # HTTP clients in the tests use the loopback address, which the app also answers
        self.site = f"http://{self.host}:{self.port}"
        self.base = f"http://127.0.0.1:{self.port}"

    def _first_line(self, timeout: float) -> str:
        assert self.proc.stdout is not None
        out: list[str] = []
        reader = threading.Thread(
            target=lambda: out.append(self.proc.stdout.readline()),  # type: ignore[union-attr]
            daemon=True,
        )
        reader.start()
        reader.join(timeout)
        if not out or not out[0].strip():
            self.stop()
            raise AssertionError(f"the app printed no link: {self.log.read_text()[-800:]}")
        return out[0].strip()

    @contextlib.contextmanager
    def client(self) -> Iterator[Any]:
        """An HTTP client that has followed the link (so it holds the session cookie)."""
        with httpx.Client(base_url=self.base, follow_redirects=False, timeout=60) as c:
            assert c.get(self.base + "/?token=" + self.token).status_code == 303
            yield c

    def stop(self) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._err.close()
        return self.proc.returncode


def csrf_of(html: str) -> str:
    m = re.search(r'name="csrf" value="([^"]+)"', html)
    assert m, "no CSRF field on the page"
    return m.group(1)


def post_form(c: TestClient, path: str, data: dict[str, str]) -> Any:
    """A form post from the app's own pages, in process: its CSRF token and origin."""
    return c.post(
        path,
        data={**data, "csrf": context_of(c.app).guard.csrf},  # type: ignore[arg-type]
        headers={"origin": str(c.base_url).rstrip("/")},
    )


@contextlib.contextmanager
def unlocked_client(app: Any, token: str, base: str) -> Iterator[TestClient]:
    """An in-process client that followed the launch link and unlocked the vault."""
    with TestClient(app, base_url=base, follow_redirects=False) as client:
        assert client.get(f"/?token={token}").status_code == 303
        r = post_form(client, "/unlock", {"passphrase": PASSPHRASE})
        assert r.status_code == 303, r.text
        yield client


def ledger_events(data_dir: Path) -> list[str]:
    """The events in the vault's ledger, in order."""
    v = Vault.open(data_dir, PASSPHRASE)
    try:
        return [e["event"] for e in ledger_of(v).entries()]
    finally:
        v.close()


def chromium() -> Iterator[Any]:
    """Debian's Chromium, headless, through Playwright (scripts/setup.sh installs both): a
    module's `browser` fixture yields from it."""
    from playwright import sync_api

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing (scripts/setup.sh installs chromium)")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            yield b
        finally:
            b.close()
