"""A whole session makes no network connection at all, as seen by the kernel, not by Python.

init, consent, transcribe, show, export, verify and doctor run under `strace -f -e trace=connect`
with a fresh HOME and an environment stripped of every HF_*, ORT_*, TLDEXTRACT_* and
TRANSFORMERS_* variable, as on a clinician's new install. Native code (onnxruntime's telemetry
uploader, for one) is outside the Python guard's reach, so only the kernel's view proves this:
no connect() to any IPv4 or IPv6 address, loopback included, and no telemetry store under HOME.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parent.parent
SPEECH = REPO / "tests" / "data" / "real-speech" / "jfk.flac"
TELEMETRY = re.compile(r"telemetry|Microsoft/DeveloperTools|\.onnxruntime", re.IGNORECASE)

pytestmark = pytest.mark.slow


def session_id(doc: Any) -> str | None:
    """The first `session_id` anywhere in a JSON document, shallowest first."""
    level = [doc]
    while level:
        nxt: list[Any] = []
        for item in level:
            if isinstance(item, dict):
                if isinstance(item.get("session_id"), str | int):
                    return str(item["session_id"])
                nxt += item.values()
            elif isinstance(item, list):
                nxt += item
        level = nxt
    return None


def fresh_env(home: Path) -> dict[str, str]:
    prefixes = ("HF_", "ORT_", "TLDEXTRACT", "TRANSFORMERS", "XDG_")
    env = {k: v for k, v in os.environ.items() if not k.startswith(prefixes)}
    env.update(
        HOME=str(home),
        LOCALNOTES_PASSPHRASE="correct horse battery staple 42",
        # the smallest Argon2id the vault accepts: this test is about the network, not the KDF
        LOCALNOTES_KDF_MEMORY_KIB="65536",
        LOCALNOTES_KDF_ITERATIONS="1",
        PYTHONPATH=os.pathsep.join([str(REPO / "src"), os.environ.get("PYTHONPATH", "")]),
    )
    return env


def test_a_whole_session_makes_no_inet_connection_and_writes_no_telemetry(tmp_path: Path) -> None:
    home, data_dir, trace = tmp_path / "home", tmp_path / "vault", tmp_path / "trace"
    home.mkdir()
    env = fresh_env(home)

    def localnotes(*args: str) -> subprocess.CompletedProcess[str]:
        cmd = [
            "strace",
            "-A",
            "-f",
            "-qq",
            "-e",
            "trace=connect",
            "-o",
            str(trace),
            sys.executable,
            "-m",
            "localnotes",
            "--data-dir",
            str(data_dir),
            *args,
        ]
        r = subprocess.run(
            cmd,
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,
            stdin=subprocess.DEVNULL,
            timeout=600,
        )
        assert r.returncode == 0, f"localnotes {' '.join(args)}: {r.stderr[-1500:]}"
        return r

    localnotes("init")
    localnotes("consent", "grant", "P-400", "--scope", "audio,transcript", "--yes")
    sid = session_id(json.loads(localnotes("--json", "transcribe", "P-400", str(SPEECH)).stdout))
    assert sid, "transcribe --json named no session_id"
    assert localnotes("show", sid).stdout.strip()
    localnotes("export", sid, "--format", "json", "-o", str(tmp_path / "export.json"))
    localnotes("verify")
    localnotes("doctor")

    calls = trace.read_text().splitlines()
    inet = [line for line in calls if "AF_INET" in line]
    assert inet == [], f"{len(inet)} connect() calls to an IP address, e.g. {inet[0]}"
    written = [str(p.relative_to(home)) for p in home.rglob("*") if p.is_file()]
    assert [f for f in written if TELEMETRY.search(f)] == []
