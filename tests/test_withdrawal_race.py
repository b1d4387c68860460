"""A withdrawal or a deletion that lands while `transcribe` or `record` runs in another process
wins: the transcription stops with one line and exit 3 (consent withdrawn) or 6 (session deleted),
nothing it made is kept, the session never comes back, and the log says nothing that did not
happen (no `transcript_created`)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
import wave
from pathlib import Path

import pytest

from harness.virtual_mic import VirtualMic
from tests.conftest import Cli, grant

CALL = Path(__file__).parent / "data" / "real-speech" / "phone_call_2spk.wav"


@pytest.fixture(scope="module")
def long_wav(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """About eight minutes of speech: long enough that a transcription is still running."""
    with wave.open(str(CALL), "rb") as w:
        params, frames = w.getparams(), w.readframes(w.getnframes())
    out = tmp_path_factory.mktemp("long") / "long.wav"
    with wave.open(str(out), "wb") as w:
        w.setparams(params)
        w.writeframes(frames * 16)
    return out


def start(cli: Cli, *args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    cmd = [sys.executable, "-m", "localnotes", "--data-dir", str(cli.data_dir), "--json"]
    return subprocess.Popen(
        [*cmd, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env or cli.env,
        stdin=subprocess.DEVNULL,
    )


def wait_for_session(cli: Cli, p: subprocess.Popen[str], state: str) -> str:
    """The id of the session the other process made, once it is in the vault (a loaded machine
    may take minutes to start the process: no clock is asserted, only a bound on the wait)."""
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline:
        con = sqlite3.connect(cli.data_dir / "vault.db", timeout=30)
        row = con.execute("SELECT id FROM sessions WHERE state = ?", (state,)).fetchone()
        con.close()
        if row:
            return str(row[0])
        assert p.poll() is None, p.communicate()
        time.sleep(0.1)
    raise AssertionError("the session never started")


def events(cli: Cli, patient: str) -> list[str]:
    return [e["event"] for e in cli.json("log", patient)["entries"]]


def stored(cli: Cli, sid: str) -> int:
    """Artifacts of the session still stored, and keys still there to open them."""
    con = sqlite3.connect(cli.data_dir / "vault.db")
    n = con.execute(
        "SELECT count(*) FROM artifacts WHERE session_id=? AND state IN ('writing','complete')",
        (sid,),
    ).fetchone()[0]
    keys = con.execute(
        "SELECT count(*) FROM keys k JOIN artifacts a ON a.id = k.artifact_id WHERE a.session_id=?",
        (sid,),
    ).fetchone()[0]
    con.close()
    return int(n) + int(keys)


def test_withdrawal_during_transcribe_stops_it_and_keeps_nothing(
    initialized: Cli, long_wav: Path
) -> None:
    grant(initialized, "P-W", "--retain-audio", "30d")
    p = start(initialized, "transcribe", "P-W", str(long_wav))
    sid = wait_for_session(initialized, p, "transcribing")
    w = initialized("consent", "withdraw", "P-W", "--yes")
    assert w.returncode == 0, w.stderr
    out, err = p.communicate(timeout=900)
    assert p.returncode == 3, (out, err)
    assert len(err.strip().splitlines()) == 1 and "withdrawn" in err, err
    assert initialized("show", sid, "--unredacted").returncode == 6
    assert stored(initialized, sid) == 0
    log = events(initialized, "P-W")
    assert "transcript_created" not in log, log
    assert log.index("consent_withdrawn") > log.index("recording_started")
    # the next command's recovery does not bring it back
    assert initialized.json("sessions")["sessions"] == []


def test_deletion_during_transcribe_stops_it_and_it_stays_deleted(
    initialized: Cli, long_wav: Path
) -> None:
    grant(initialized, "P-D", "--retain-audio", "30d")
    p = start(initialized, "transcribe", "P-D", str(long_wav))
    sid = wait_for_session(initialized, p, "transcribing")
    d = initialized("delete", sid, "--yes")
    assert d.returncode == 0, d.stderr
    out, err = p.communicate(timeout=900)
    assert p.returncode == 6, (out, err)
    assert len(err.strip().splitlines()) == 1 and "deleted" in err, err
    assert initialized("show", sid).returncode == 6
    assert stored(initialized, sid) == 0
    assert "transcript_created" not in events(initialized, "P-D")
    assert initialized.json("sessions")["sessions"] == []


@pytest.mark.audio
@pytest.mark.slow
def test_deleting_a_session_while_it_records_stops_it_and_it_stays_deleted(
    initialized: Cli, virtual_mic: VirtualMic
) -> None:
    """`record` transcribes while it captures (session_transcriber): a deletion in another
    process stops the capture and the transcriber, and nothing is stored."""
    grant(initialized, "P-RD", "--retain-audio", "30d")
    env = dict(initialized.env, XDG_RUNTIME_DIR=virtual_mic.env["XDG_RUNTIME_DIR"])
    p = start(initialized, "record", "P-RD", "--seconds", "120", env=env)
    sid = wait_for_session(initialized, p, "recording")
    virtual_mic.wait_until_recording(timeout=120)
    player = virtual_mic.play_async(CALL)
    try:
        time.sleep(2.0)
        d = initialized("delete", sid, "--yes")
        assert d.returncode == 0, d.stderr
        out, err = p.communicate(timeout=300)
    finally:
        player.kill()
        player.wait()
    assert p.returncode == 6, (out, err)
    # the line saying which session records, then one line saying why it stopped
    errors = [ln for ln in err.strip().splitlines() if ln.startswith("localnotes:")]
    assert len(errors) == 1 and "deleted" in errors[0] and "Traceback" not in err, err
    assert stored(initialized, sid) == 0
    assert list((initialized.data_dir / "blobs").iterdir()) == []
    assert "transcript_created" not in events(initialized, "P-RD")
    assert initialized.json("sessions")["sessions"] == []
