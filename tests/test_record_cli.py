"""`record` through a real microphone path: PortAudio reading a PulseAudio virtual microphone
while real speech plays into it. Also: SIGKILL mid-session, and consent withdrawn mid-session
from another process."""

from __future__ import annotations

import json
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from harness.speech import JFK_TEXT
from harness.virtual_mic import VirtualMic
from localnotes.wer import wer
from tests.conftest import Cli, grant

pytestmark = [pytest.mark.audio, pytest.mark.slow]


def start_record(cli: Cli, mic: VirtualMic, patient: str, seconds: int) -> subprocess.Popen[str]:
    env = dict(cli.env, XDG_RUNTIME_DIR=mic.env["XDG_RUNTIME_DIR"])
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "localnotes",
            "--data-dir",
            str(cli.data_dir),
            "--json",
            "record",
            patient,
            "--seconds",
            str(seconds),
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        stdin=subprocess.DEVNULL,
    )


def db(cli: Cli) -> sqlite3.Connection:
    return sqlite3.connect(cli.data_dir / "vault.db")


def test_record_with_consent_transcribes_what_was_said(
    initialized: Cli, virtual_mic: VirtualMic, jfk_wav: Path
) -> None:
    grant(initialized, "P-MIC")
    rec = start_record(initialized, virtual_mic, "P-MIC", 20)
    virtual_mic.wait_until_recording(timeout=120)
    virtual_mic.play(jfk_wav)
    out, err = rec.communicate(timeout=300)
    assert rec.returncode == 0, err
    sid = json.loads(out)["session_id"]
    doc = initialized.json("show", sid, "--unredacted")
    text = " ".join(s["text"] for s in doc["segments"])  # the words, without the turn labels
    assert wer(JFK_TEXT, text) <= 0.15, text
    # audio kept 0 days: shredded once the transcript was stored
    kinds = {
        r[0]
        for r in db(initialized).execute(
            "SELECT kind FROM artifacts WHERE session_id=? AND state='complete'", (sid,)
        )
    }
    assert kinds == {"transcript", "redacted"}


def test_record_killed_mid_session_keeps_audio_and_is_completed(
    initialized: Cli, virtual_mic: VirtualMic, jfk_wav: Path
) -> None:
    grant(initialized, "P-KILL", "--retain-audio", "30d")
    rec = start_record(initialized, virtual_mic, "P-KILL", 120)
    virtual_mic.wait_until_recording(timeout=120)
    started = time.time()
    player = virtual_mic.play_async(jfk_wav)
    time.sleep(6.0)
    rec.send_signal(signal.SIGKILL)
    killed = time.time()
    rec.wait()
    player.wait()
    con = db(initialized)
    sid, state = con.execute("SELECT id, state FROM sessions").fetchone()
    assert state == "recording"
    con.close()
    # any next command recovers and completes the session, and says so before the slow part
    r = initialized("--json", "sessions")
    assert r.returncode == 0, r.stderr
    assert f"session {sid} was interrupted by a crash: transcribing" in r.stderr
    out = json.loads(r.stdout)
    assert initialized("show", sid, "--unredacted").returncode == 0
    # sizes are sealed at rest now: the recovered audio's length is the transcript's duration
    seconds = initialized.json("show", sid, "--unredacted")["duration_s"]
    # Everything up to about a second before the kill is in the vault: the recorder seals 1-s
    # chunks as they fill, so it loses at most the chunk in flight (the vault's side is tested
    # byte-exactly in test_vault_crash.py). `started` is when playback began; PulseAudio's monitor
    # source and PortAudio hold up to about another second between the room and the recorder, so
    # the bound measured through this path is two seconds (seen: 4 or 5 of 6 s), and the 1-s
    # chunk in flight makes it three (4.0 of 6.01 s was seen on a loaded machine).
    assert seconds >= (killed - started) - 3.0, (seconds, killed - started)
    log = initialized.json("log", "P-KILL")["entries"]
    assert "recording_interrupted" in [e["event"] for e in log]
    assert "transcript_created" in [e["event"] for e in log]
    assert [s["session_id"] for s in out["sessions"]] == [sid]
    assert initialized("verify").returncode == 0


def _journal_windows(cli: Cli) -> int:
    """How many windows the running recorder has sealed into its journal (the transcript so far):
    each is one or more 4 kB chunks of the blob, past its header."""
    con = db(cli)
    try:
        row = con.execute("SELECT id FROM artifacts WHERE kind='partial'").fetchone()
    finally:
        con.close()
    if row is None:
        return 0
    blob = cli.data_dir / "blobs" / f"{row[0]}.blob"
    return blob.stat().st_size // 4096 if blob.exists() else 0


def test_killed_mid_session_keeps_what_was_already_transcribed(
    initialized: Cli, virtual_mic: VirtualMic, jfk_wav: Path
) -> None:
    """The windows transcribed before a SIGKILL are sealed as they finish: recovery takes them
    and transcribes only the audio after them; the audio after them is not lost either."""
    grant(initialized, "P-JOURNAL")
    rec = start_record(initialized, virtual_mic, "P-JOURNAL", 300)
    virtual_mic.wait_until_recording(timeout=120)
    virtual_mic.play(jfk_wav)  # 11 s of speech, then silence until the first window is cut
    deadline = time.monotonic() + 240
    while _journal_windows(initialized) == 0 and time.monotonic() < deadline:
        assert rec.poll() is None, rec.communicate()
        time.sleep(0.2)
    assert _journal_windows(initialized) > 0, "no window was transcribed in 4 minutes"
    virtual_mic.play(jfk_wav)  # the same words again, after the transcribed window
    time.sleep(4.0)  # past the sound server's buffer and the 1-s chunk in flight
    rec.send_signal(signal.SIGKILL)
    rec.wait()
    r = initialized("sessions")  # any next command recovers and completes the session
    assert r.returncode == 0, r.stderr
    m = re.search(r"\(([\d.]+) s of audio saved\): transcribed \(([\d.]+) s of it", r.stderr)
    assert m, r.stderr
    saved, resumed = float(m.group(1)), float(m.group(2))
    assert 20.0 <= resumed < saved  # at least the first window (20-30 s) was not redone
    sid = initialized.json("sessions")["sessions"][0]["session_id"]
    doc = initialized.json("show", sid, "--unredacted")
    assert doc["duration_s"] == pytest.approx(saved, abs=0.1)
    # both tellings, once each: the first from the journal, the rest transcribed at recovery
    text = " ".join(s["text"] for s in doc["segments"])
    assert wer(f"{JFK_TEXT} {JFK_TEXT}", text) <= 0.2, text
    con = db(initialized)
    left = con.execute(
        "SELECT count(*) FROM artifacts WHERE kind='partial' AND state!='shredded'"
    ).fetchone()[0]
    con.close()
    assert left == 0  # the journal is shredded once the transcripts are stored
    assert initialized("verify").returncode == 0


def test_withdrawal_in_another_process_stops_recording_and_deletes(
    initialized: Cli, virtual_mic: VirtualMic, tmp_path: Path
) -> None:
    grant(initialized, "P-WD", "--retain-audio", "30d")
    rec = start_record(initialized, virtual_mic, "P-WD", 120)
    virtual_mic.wait_until_recording(timeout=120)
    time.sleep(2.0)
    cert = tmp_path / "cert.json"
    r = initialized("consent", "withdraw", "P-WD", "--yes", "--receipt-out", str(cert))
    assert r.returncode == 0, r.stderr
    # withdraw waits for a recording in another process to stop: the recorder is gone, or going,
    # when it returns (the 120-s recording does not run on)
    rec.wait(timeout=30)
    assert rec.returncode == 3  # refused to go on: consent withdrawn
    con = db(initialized)
    sid, state = con.execute("SELECT id, state FROM sessions").fetchone()
    left = con.execute(
        "SELECT count(*) FROM artifacts WHERE state IN ('writing','complete')"
    ).fetchone()[0]
    con.close()
    assert state == "deleted" and left == 0
    assert list((initialized.data_dir / "blobs").iterdir()) == []
    log: list[dict[str, Any]] = initialized.json("log", "P-WD")["entries"]
    stopped = next(e for e in log if e["event"] == "recording_stopped")
    assert stopped["reason"] == "consent_withdrawn"
    # times and durations are coarsened at rest (issue 13): the capture stopped in its first
    # minute, not after the 120 s it was asked for
    assert stopped["duration_s"] <= 60
    assert log[-1]["event"] == "deleted"
    key = initialized("log", "--public-key").stdout.strip()
    assert initialized("verify", str(cert), "--offline", "--public-key", key).returncode == 0
    assert sid


def test_list_devices_shows_the_virtual_microphone(
    initialized: Cli, virtual_mic: VirtualMic
) -> None:
    env = dict(initialized.env, XDG_RUNTIME_DIR=virtual_mic.env["XDG_RUNTIME_DIR"])
    out = initialized.json("record", "--list-devices", env=env)
    names = " ".join(str(d.get("name", "")).lower() for d in out["devices"])
    assert "pulse" in names or "default" in names


def test_live_mode_shows_the_words_while_recording(
    initialized: Cli, virtual_mic: VirtualMic, jfk_wav: Path
) -> None:
    grant(initialized, "P-LIVE")
    env = dict(initialized.env, XDG_RUNTIME_DIR=virtual_mic.env["XDG_RUNTIME_DIR"])
    rec = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "localnotes",
            "--data-dir",
            str(initialized.data_dir),
            "--json",
            "record",
            "P-LIVE",
            "--seconds",
            "20",
            "--live",
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        stdin=subprocess.DEVNULL,
    )
    virtual_mic.wait_until_recording(timeout=120)
    virtual_mic.play(jfk_wav)
    out, err = rec.communicate(timeout=300)
    assert rec.returncode == 0, err
    live_lines = [ln for ln in err.splitlines() if ln.lstrip("\r").startswith("[00:")]
    live = " ".join(live_lines)
    assert wer(JFK_TEXT, " ".join(ln.split("] ", 1)[-1] for ln in live_lines)) <= 0.5, live
    assert json.loads(out)["session_id"]
