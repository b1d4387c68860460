"""The real speech that tests and benchmarks play or transcribe: the recordings the project owns
(tests/data/real-speech, attribution and licences in its README.md), jfk.flac's words, and the
two ways to hand them over (float samples at 16 kHz, or a 16-bit WAV that paplay plays whole)."""

from __future__ import annotations

import wave
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parent.parent
REAL_SPEECH = REPO / "tests" / "data" / "real-speech"
JFK_FLAC = REAL_SPEECH / "jfk.flac"
JFK_TEXT = (
    "And so my fellow Americans, ask not what your country can do for you, "
    "ask what you can do for your country."
)


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
