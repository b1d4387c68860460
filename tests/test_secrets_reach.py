"""Secrets and identifiers stay where they belong: the passphrase leaves the environment once read
(no child process inherits it), the browser is started without the launch token on its command
line, weak passphrases are refused, and patient references are one spelling, with no control
characters, of a sane length."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import PASSPHRASE, Cli, grant

FAKE_BROWSER = """#!/bin/sh
# stands in for the browser: records what another user of the computer could read about it
out="$LN_BROWSER_OUT"
tr '\\0' '\\n' < /proc/$$/cmdline > "$out.cmdline"
tr '\\0' '\\n' < /proc/$$/environ > "$out.environ"
stat -c %a "$1" > "$out.mode" 2>/dev/null
cat "${1#file://}" > "$out.page" 2>/dev/null
stat -c %a "${1#file://}" > "$out.mode"
"""


def test_the_browser_gets_neither_the_passphrase_nor_the_token(
    initialized: Cli, tmp_path: Path
) -> None:
    browser = tmp_path / "fake-browser"
    browser.write_text(FAKE_BROWSER)
    browser.chmod(0o700)
    out = tmp_path / "seen"
    env = {**initialized.env, "BROWSER": f"{browser} %s", "LN_BROWSER_OUT": str(out)}
    app = subprocess.Popen(
        [sys.executable, "-m", "localnotes", "--data-dir", str(initialized.data_dir), "app"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    try:
        assert app.stdout is not None
        url = app.stdout.readline().strip()
        token = url.rpartition("token=")[2]
        assert len(token) > 20, url
        for _ in range(600):
            if Path(f"{out}.mode").exists():
                break
            time.sleep(0.1)
        time.sleep(0.3)
        cmdline = Path(f"{out}.cmdline").read_text()
        environ = Path(f"{out}.environ").read_text()
        page = Path(f"{out}.page").read_text()
        mode = Path(f"{out}.mode").read_text().strip()
    finally:
        app.send_signal(2)
        app.wait(timeout=60)
    assert PASSPHRASE not in environ and "LOCALNOTES_PASSPHRASE" not in environ
    assert "LN_BROWSER_OUT" in environ  # the dump is real: other variables are there
    assert token not in cmdline and "file://" in cmdline
    assert token in page and mode == "600"


def test_init_and_rekey_refuse_a_weak_passphrase(cli: Cli) -> None:
    r = cli("init", env={**cli.env, "LOCALNOTES_PASSPHRASE": "abc"})
    assert r.returncode == 2 and "too weak" in r.stderr, r.stderr
    assert not (cli.data_dir / "vault.db").exists()
    cli("init", check=True)
    r = cli("rekey", env={**cli.env, "LOCALNOTES_NEW_PASSPHRASE": "password123"})
    assert r.returncode == 2 and "too weak" in r.stderr, r.stderr
    assert cli("sessions").returncode == 0  # the old passphrase still opens it


def test_nfc_and_nfd_spellings_are_one_patient(initialized: Cli) -> None:
    nfc, nfd = "Zo\u00eb", "Zoe\u0308"
    grant(initialized, nfc)
    status = initialized.json("consent", "status", nfd)
    assert status  # the decomposed spelling finds the composed one's consent
    again = initialized("consent", "grant", nfd, "--scope", "audio", "--yes")
    assert again.returncode == 0
    assert len(initialized.json("consent", "status", nfc)["history"]) == 2


def test_control_characters_and_overlong_references_are_refused(initialized: Cli) -> None:
    for ref in ("P-1\nP-2", "P\x1b[31m-1", "P-1\u202e", "x" * 201):
        r = initialized("consent", "grant", ref, "--scope", "audio", "--yes")
        assert r.returncode == 2, (ref, r.stderr)
        assert len(r.stderr.strip().splitlines()) == 1 and "\x1b" not in r.stderr


def test_an_expiry_beyond_any_date_is_a_usage_error(initialized: Cli) -> None:
    r = initialized(
        "consent", "grant", "P-1", "--scope", "audio", "--yes", "--expires", "999999999999y"
    )
    assert r.returncode == 2 and "100 years" in r.stderr, r.stderr


def test_doctor_flags_a_passphrase_file_others_can_read(initialized: Cli, tmp_path: Path) -> None:
    pf = tmp_path / "pass.txt"
    pf.write_text(PASSPHRASE + "\n")
    os.chmod(pf, 0o644)
    env = {k: v for k, v in initialized.env.items() if k != "LOCALNOTES_PASSPHRASE"}
    r = initialized("--json", "--passphrase-file", str(pf), "doctor", env=env)
    checks = json.loads(r.stdout)["checks"]
    flagged = [c for c in checks if "passphrase file" in json.dumps(c).lower()]
    assert flagged and flagged[0]["status"] == "fail", checks
    os.chmod(pf, 0o600)
    r = initialized("--json", "--passphrase-file", str(pf), "doctor", env=env)
    flagged = [
        c for c in json.loads(r.stdout)["checks"] if "passphrase file" in json.dumps(c).lower()
    ]
    assert flagged and flagged[0]["status"] == "ok"
    assert stat.S_IMODE(pf.stat().st_mode) == 0o600
