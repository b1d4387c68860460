"""Audio to timed words: decode a file (or take PCM already in memory) a window at a time and hand
each window to the recogniser.

This is where the two adapters meet: `audio.decode` turns files into 16 kHz windows cut at quiet
points, `asr.whisper` turns windows into segments; neither imports the other.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np

from localnotes.asr.whisper import AsrOptions, TranscriptionResult, recogniser
from localnotes.audio.decode import (
    DEFAULT_WINDOW_S,
    Channels,
    iter_windows,
    probe,
    windows_from_array,
)
from localnotes.errors import AudioError, UsageError
from localnotes.name_check import name_check_for, repairs_of
from localnotes.pcm import SAMPLE_RATE, Float32Array
from localnotes.types import Segment

#: Who is on which channel of a two-microphone recording.
CHANNEL_LABELS = ("clinician", "client")


def _progress_to(progress: Callable[[float], None], total_s: float) -> Callable[[float], None]:
    return lambda t: progress(min(1.0, t / total_s))


def transcribe_file(
    path: Path,
    opts: AsrOptions,
    models_dir: Path,
    channels: Channels = "mix",
    progress: Callable[[float], None] | None = None,
    window_s: float = DEFAULT_WINDOW_S,
) -> TranscriptionResult:
    """Transcribe an audio file in windows; with `channels="split"` one speaker per channel."""
    path = Path(path)
    info = probe(path)  # a clear AudioError for empty, corrupt or non-audio files, before loading
    if channels == "split" and info.channels != 2:
        raise UsageError(
            f"--channels split needs a stereo file; {path.name} has {info.channels} channel(s)"
        )
    rec = recogniser(opts, models_dir)
    check = name_check_for(opts)
    segments: list[Segment] = []
    language = rec.language
    decoded_s = 0.0
    total = max(info.duration_s, 1e-9)
    for window in iter_windows(path, window_s=window_s, channels=channels):
        found: list[Segment] = []
        labels: tuple[str | None, ...] = CHANNEL_LABELS if channels == "split" else (None,)
        reached = None
        if progress is not None and channels == "mix":
            reached = _progress_to(progress, total)
        for samples, label in zip(window.samples, labels, strict=True):
            segs, lang = rec.window(samples, window.start_s, label, reached)
            language = language or lang
            found.extend(check(rec, segs, samples, window.start_s) if check else segs)
        segments.extend(sorted(found, key=lambda s: (s.start, s.end)))
        decoded_s = window.start_s + window.duration_s
        if progress is not None:
            progress(min(1.0, decoded_s / total))
    if decoded_s == 0.0 and info.duration_s > 0.0:
        raise AudioError(f"{path.name} holds no decodable audio")
    return TranscriptionResult(
        tuple(segments), language or "en", round(decoded_s, 3), rec.loaded.name, repairs_of(check)
    )


def transcribe_pcm(
    samples: Float32Array,
    opts: AsrOptions,
    models_dir: Path,
    speaker: str | None = None,
    progress: Callable[[float], None] | None = None,
    window_s: float = DEFAULT_WINDOW_S,
) -> TranscriptionResult:
    """Transcribe recorded audio: 16 kHz mono float32, already in memory."""
    mono = np.asarray(samples, dtype=np.float32).reshape(-1)
    rec = recogniser(opts, models_dir)
    check = name_check_for(opts)
    segments: list[Segment] = []
    language = rec.language
    total = max(mono.shape[0] / SAMPLE_RATE, 1e-9)
    for window in windows_from_array(mono, window_s):
        segs, lang = rec.window(window.samples[0], window.start_s, speaker)
        language = language or lang
        segments.extend(check(rec, segs, window.samples[0], window.start_s) if check else segs)
        if progress is not None:
            progress(min(1.0, (window.start_s + window.duration_s) / total))
    duration = round(mono.shape[0] / SAMPLE_RATE, 3)
    return TranscriptionResult(
        tuple(segments), language or "en", duration, rec.loaded.name, repairs_of(check)
    )
