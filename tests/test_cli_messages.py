"""What the CLI says to a person who typed something wrong: one line, the documented exit code,
and where it helps, the closest real command or option."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import DEMO_AUDIO, Cli, grant


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "localnotes", *args], capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize(
    ("argv", "wanted"),
    [
        (["trnscribe", "P", "f.wav"], "did you mean 'transcribe'?"),
        (["consent", "grnt", "P"], "did you mean 'grant'?"),
        (["export", "abc", "--forse"], "did you mean '--force'?"),
        (["export", "abc", "--fromat", "json"], "did you mean '--format'?"),
        (["--jsn", "sessions"], "did you mean '--json'?"),
    ],
)
def test_a_typo_gets_the_closest_command_or_option(argv: list[str], wanted: str) -> None:
    r = run(*argv)
    assert r.returncode == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and wanted in lines[0], r.stderr


def test_nonsense_gets_no_suggestion_but_still_one_line() -> None:
    r = run("xyzzy")
    assert r.returncode == 2 and "did you mean" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and "localnotes --help" in r.stderr


def test_session_ids_say_what_is_wrong(initialized: Cli) -> None:
    grant(initialized, "P-1")
    sid = initialized.json("transcribe", "P-1", str(DEMO_AUDIO))["session_id"]
    assert len(sid) == 12
    r = initialized("show", sid[:3])
    assert r.returncode == 2
    assert f"session id '{sid[:3]}' is too short: give at least 4 of its 12 characters" in r.stderr
    r = initialized("show", "not-hex!")
    assert r.returncode == 6 and "ids are 12 characters of 0-9 and a-f" in r.stderr
    assert initialized("show", sid[:4]).returncode == 0  # a prefix works, as the README says
    # the patient's log names the session by the same 12 characters
    log = initialized("log", "P-1", check=True).stdout
    assert f"(session {sid})" in log


def test_verify_offline_with_a_malformed_key_is_a_usage_error(initialized: Cli) -> None:
    out = initialized.data_dir.parent / "r.json"
    grant(initialized, "P-2", "--receipt-out", str(out))
    r = initialized("verify", str(out), "--offline", "--public-key", "not-a-key")
    assert r.returncode == 2, r.stderr
    assert r.stderr.startswith("localnotes: --public-key:") and len(r.stderr.splitlines()) == 1
    key = initialized.json("log", "--public-key")["public_key"]
    ok = initialized("--json", "verify", str(out), "--offline", "--public-key", key, check=True)
    assert json.loads(ok.stdout)["valid"] is True
