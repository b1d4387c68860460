"""A real PulseAudio virtual microphone, for the capture tests and the live-latency benchmark.

`start_virtual_mic` starts a private PulseAudio server (its own XDG_RUNTIME_DIR, mode 0700) with
a null sink `room` whose monitor is the default source: whatever `paplay -d room` plays is what a
program recording from the default input hears, through PortAudio's ALSA `pulse` route.
PortAudio reads XDG_RUNTIME_DIR once, when sounddevice is first imported, so the capturing code
runs in a subprocess started with `mic.env` (or in a process that starts the server before it
imports sounddevice, as benchmarks/live_latency.py does). The caller stops it with `stop()`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

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
