"""Real capture: PortAudio reads a PulseAudio virtual microphone while real speech plays into it.

The recorder runs in a subprocess with the virtual microphone's environment (PortAudio finds the
PulseAudio server once, when sounddevice is imported), as `localnotes record` would.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from harness.speech import JFK_TEXT
from harness.virtual_mic import VirtualMic
from localnotes.wer import wer

pytestmark = [pytest.mark.audio, pytest.mark.slow]

# Records from the default input until the stop file appears (standing in for a consent
# withdrawn in another process) or the time cap; each block is appended to OUT unbuffered, as the
# vault's journal would be; on a normal end the stats go to OUT.json.
RECORDER = """
import json, os, sys, time
from localnotes.audio.capture import record
from localnotes.types import CaptureGrant, RetentionPolicy, Scope

out, stop_file, cap = sys.argv[1], sys.argv[2], float(sys.argv[3])
grant = CaptureGrant("c-1", "ab" * 32, frozenset({Scope.AUDIO, Scope.TRANSCRIPT}),
                     RetentionPolicy(0, 86400, 86400), None)
fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
polls = [0]
after_stop = [0]
def should_stop():
    polls[0] += 1
    return os.path.exists(stop_file)
def sink(pcm):
    if os.path.exists(stop_file):
        after_stop[0] += 1
    os.write(fd, pcm)
stats = record(grant, sink, seconds=cap, should_stop=should_stop)
os.close(fd)
with open(out + ".json", "w") as f:
    json.dump({**stats.__dict__, "polls": polls[0], "after_stop": after_stop[0]}, f)
"""


def start_recorder(
    mic: VirtualMic, out: Path, stop_file: Path, cap: float
) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", RECORDER, str(out), str(stop_file), str(cap)],
        env=mic.env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def read_pcm(path: Path) -> np.ndarray[Any, Any]:
    return np.frombuffer(path.read_bytes(), dtype="<i2").astype(np.float32) / 32768.0


def test_recorded_speech_transcribes_accurately_and_withdrawal_stops_it(
    virtual_mic: VirtualMic, jfk_wav: Path, whisper_tiny: Any, tmp_path: Path
) -> None:
    out, stop_file = tmp_path / "session.pcm", tmp_path / "withdrawn"
    rec = start_recorder(virtual_mic, out, stop_file, cap=90)
    try:
        virtual_mic.wait_until_recording()
        virtual_mic.play(jfk_wav)
        time.sleep(0.5)
        stop_file.touch()
        _, err = rec.communicate(timeout=30)
    finally:
        rec.kill()
    assert rec.returncode == 0, err
    stats = json.loads(Path(f"{out}.json").read_text())
    assert stats["stopped_by"] == "withdrawn"
    assert stats["after_stop"] <= 1  # at most the block in flight when the file appeared
    # polled at least 4 times per second of session (the loop polls every 0.1 s)
    assert stats["polls"] >= 4 * stats["seconds"]
    audio = read_pcm(out)
    assert audio.size == stats["frames"] >= 11 * 16000
    segments, _ = whisper_tiny.transcribe(audio, language="en", beam_size=5, vad_filter=True)
    text = " ".join(s.text for s in segments)
    error = wer(JFK_TEXT, text)
    print(
        f"\ncaptured {stats['seconds']:.1f} s at {stats['device_rate']} Hz; WER {error:.3f}: {text}"
    )
    assert error <= 0.15


def test_recorder_killed_mid_session_keeps_audio_up_to_the_kill(
    virtual_mic: VirtualMic, jfk_wav: Path, tmp_path: Path
) -> None:
    out, stop_file = tmp_path / "session.pcm", tmp_path / "never"
    rec = start_recorder(virtual_mic, out, stop_file, cap=90)
    player = None
    try:
        virtual_mic.wait_until_recording()
        player = virtual_mic.play_async(jfk_wav)
        deadline = time.monotonic() + 30
        while not (out.exists() and out.stat().st_size) and time.monotonic() < deadline:
            time.sleep(0.01)
        first_audio = time.monotonic()
        time.sleep(4.0)
        killed_at = time.monotonic()
        rec.send_signal(signal.SIGKILL)
        rec.wait(timeout=10)
    finally:
        rec.kill()
        if player:
            player.kill()
            player.wait()
    assert rec.returncode == -signal.SIGKILL
    data = out.read_bytes()
    assert len(data) % 2 == 0  # whole samples: each block is one write
    kept_s = len(data) / 32000
    print(f"\n{kept_s:.2f} s kept of {killed_at - first_audio:.2f} s recorded before SIGKILL")
    # everything up to about a second before the kill is there
    assert kept_s >= (killed_at - first_audio) - 1.0
    audio = read_pcm(out)
    assert np.sqrt(np.mean(audio**2)) > 0.01  # the speech, not silence
    assert not os.path.exists(f"{out}.json")
