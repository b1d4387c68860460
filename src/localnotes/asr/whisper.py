"""The faster-whisper adapter: load a verified model once, transcribe 16 kHz mono windows.

It never opens an audio file: `transcription.py` decodes (audio/) and hands it the windows, so the
two adapters do not import each other.

Settings follow one rule: cost no more than a plain faster-whisper call (same beam, no extra
passes) while closing the doors to hallucination. Voice activity detection drops silence before
Whisper sees it; the compression-ratio and log-probability thresholds reject looping or unsure
output; and no chunk is conditioned on the text of the one before, so a pause cannot carry an old
sentence forward; a line that still falls where VAD heard no speech, or is one of the phrases
Whisper invents at the end of audio, is dropped (`invented_lines`). The model comes from the
registry as a verified local directory (never a name, which would download), and the offline
variables are set before faster-whisper is imported.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from localnotes import offline
from localnotes.asr import model_choice
from localnotes.asr.gpu import cuda_device_count
from localnotes.asr.invented_lines import Heard, invented, speech_regions
from localnotes.asr.registry import builtin_entries, list_models, resolve_model
from localnotes.asr.vocabulary import build_hotwords
from localnotes.errors import UsageError
from localnotes.pcm import SAMPLE_RATE, Float32Array
from localnotes.types import ASR_DEVICES, Segment, TermRepair, Word

_MIN_SAMPLES = SAMPLE_RATE // 10  # under 0.1 s there is nothing to transcribe
_REPEAT_MIN_WORDS = 4


@dataclass(frozen=True)
class AsrOptions:
    """How to transcribe. `hotwords=""` (the default) gives Whisper no hotwords, `None` the
    bundled clinical vocabulary; docs/asr.md says why none is the default."""

    model: str = "tiny.en"
    device: str = "auto"  # auto | cpu | cuda
    compute_type: str = "auto"  # auto: int8 on CPU, float16 on CUDA
    threads: int = 0  # 0: one per usable core
    beam_size: int = 5
    language: str | None = "en"  # None: detect (multilingual models only)
    hotwords: str | None = ""
    word_timestamps: bool = False  # words with times, for speaker attribution
    check_drug_names: bool = False  # drug names checked against the audio (localnotes.name_check)


@dataclass(frozen=True)
class LoadedModel:
    """A model in memory, with what it runs on."""

    name: str
    path: Path
    device: str
    compute_type: str
    threads: int
    english_only: bool
    whisper: Any  # faster_whisper.WhisperModel


@dataclass(frozen=True)
class TranscriptionResult:
    """Segments with times from the start of the audio, the language, and the audio's length."""

    segments: tuple[Segment, ...]
    language: str
    duration_s: float
    model: str
    repairs: tuple[TermRepair, ...] = ()  # drug names the model confirmed against the audio


_LOADED: dict[tuple[str, str, str, int, int], LoadedModel] = {}
_LOCK = threading.Lock()


def thread_nice() -> int:
    """The calling thread's nice value (on Linux each thread has its own; elsewhere 0)."""
    if sys.platform != "linux":
        return 0
    return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())


def lower_thread_priority(by: int) -> None:
    """Raise the calling thread's nice value by `by`, so that the process's other threads come
    first when they compete for the cores. Threads it starts afterwards (a model's workers,
    created when the model loads) inherit it. Linux only; elsewhere, and where refused, nothing."""
    if sys.platform != "linux" or by <= 0:
        return
    tid = threading.get_native_id()
    with contextlib.suppress(OSError):
        os.setpriority(os.PRIO_PROCESS, tid, min(19, os.getpriority(os.PRIO_PROCESS, tid) + by))


def usable_cores() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def resolve_device(device: str, compute_type: str) -> tuple[str, str]:
    """The concrete device and compute type for `auto` settings, checked against this machine."""
    import ctranslate2

    if device not in ASR_DEVICES:
        raise UsageError(f"device {device!r}: use auto, cpu or cuda")
    gpus = cuda_device_count()
    if device == "auto":
        device = "cuda" if gpus > 0 else "cpu"
    elif device == "cuda" and gpus == 0:
        raise UsageError("--device cuda: no usable CUDA GPU here; use --device cpu")
    if compute_type == "auto":
        compute_type = "float16" if device == "cuda" else "int8"
    supported = set(ctranslate2.get_supported_compute_types(device))
    if compute_type not in supported:
        raise UsageError(
            f"compute type {compute_type} is not supported on {device} here; "
            f"use one of {', '.join(sorted(supported))}"
        )
    return device, compute_type


def resolve_auto(opts: AsrOptions, models_dir: Path) -> AsrOptions:
    """`auto` made concrete: the model (and compute type) bench recorded, else the default."""
    if opts.model != model_choice.AUTO:
        return opts
    default = next((e["name"] for e in builtin_entries() if e.get("default")), "tiny.en")
    name, choice = model_choice.resolve(opts.model, models_dir.parent, default)
    ctype = opts.compute_type
    if choice is not None and ctype == "auto" and opts.device in ("auto", choice.device):
        ctype = choice.compute_type
    return replace(opts, model=name, compute_type=ctype)


def load_model(opts: AsrOptions, models_dir: Path) -> LoadedModel:
    """Verify and load the model (once per process for the same settings)."""
    opts = resolve_auto(opts, models_dir)
    path = resolve_model(opts.model, models_dir)  # verifies; IntegrityError on any mismatch
    offline.apply_environment()  # before faster-whisper (and onnxruntime) are imported
    device, compute_type = resolve_device(opts.device, opts.compute_type)
    threads = opts.threads or usable_cores()
    # the model's worker threads are made now and keep this thread's priority: a model loaded
    # by a lowered thread (session_transcriber beside the live view) is not lent to others
    key = (str(path), device, compute_type, threads, thread_nice())
    with _LOCK:
        if key in _LOADED:
            return _LOADED[key]
        from faster_whisper import WhisperModel

        whisper = WhisperModel(
            str(path),
            device=device,
            compute_type=compute_type,
            cpu_threads=threads,
            local_files_only=True,
        )
        info = next(i for i in list_models(models_dir) if i.name == opts.model)
        loaded = LoadedModel(
            name=opts.model,
            path=path,
            device=device,
            compute_type=compute_type,
            threads=threads,
            english_only=info.language == "en" or not whisper.model.is_multilingual,
            whisper=whisper,
        )
        _LOADED[key] = loaded
        return loaded


def _transcribe_kwargs(loaded: LoadedModel, opts: AsrOptions) -> dict[str, Any]:
    if loaded.english_only and opts.language not in (None, "en"):
        raise UsageError(
            f"model {loaded.name} is English-only; "
            f"choose a multilingual model for language {opts.language!r}"
        )
    hotwords = build_hotwords() if opts.hotwords is None else opts.hotwords
    return {
        "language": "en" if loaded.english_only else opts.language,
        "beam_size": opts.beam_size,
        "vad_filter": True,
        "condition_on_previous_text": False,
        "compression_ratio_threshold": 2.4,
        "log_prob_threshold": -1.0,
        "no_speech_threshold": 0.6,
        "hotwords": hotwords or None,
        "word_timestamps": opts.word_timestamps,
    }


def _run(
    loaded: LoadedModel,
    samples: Float32Array,
    offset_s: float,
    speaker: str | None,
    kwargs: dict[str, Any],
    reached: Callable[[float], None] | None = None,
) -> tuple[list[Segment], str]:
    """Transcribe one mono window; times are shifted by `offset_s`; `reached(t)` after each."""
    if samples.shape[-1] < _MIN_SAMPLES:
        return [], kwargs.get("language") or "en"
    samples = np.ascontiguousarray(samples)
    pieces, info = loaded.whisper.transcribe(samples, **kwargs)
    speech = speech_regions(samples)
    out: list[Segment] = []
    for piece in pieces:
        text = piece.text.strip()
        if not text or invented(_heard(piece, text), speech):
            continue
        # A long sentence said twice in a row is Whisper looping, not the speaker.
        if out and text == out[-1].text and len(text.split()) >= _REPEAT_MIN_WORDS:
            continue
        out.append(
            Segment(
                start=round(offset_s + float(piece.start), 3),
                end=round(offset_s + float(piece.end), 3),
                text=text,
                speaker=speaker,
                words=_words(piece.words, offset_s),
            )
        )
        if reached is not None:
            reached(out[-1].end)
    return out, str(info.language)


def _words(words: Any, offset_s: float) -> tuple[Word, ...]:
    return tuple(
        Word(round(offset_s + float(w.start), 3), round(offset_s + float(w.end), 3), str(w.word))
        for w in words or ()
    )


def _heard(piece: Any, text: str) -> Heard:
    return Heard(
        float(piece.start),
        float(piece.end),
        text,
        float(piece.avg_logprob),
        float(piece.no_speech_prob),
    )


@dataclass(frozen=True)
class Recogniser:
    """A loaded model with the settings of one transcription; `window` transcribes one stretch."""

    loaded: LoadedModel
    kwargs: dict[str, Any]

    @property
    def language(self) -> str | None:
        language: str | None = self.kwargs["language"]
        return language

    def window(
        self,
        samples: Float32Array,
        offset_s: float,
        speaker: str | None = None,
        reached: Callable[[float], None] | None = None,
    ) -> tuple[list[Segment], str]:
        """Segments of one mono window, times shifted by `offset_s`, and the language heard."""
        return _run(self.loaded, samples, offset_s, speaker, self.kwargs, reached)


def recogniser(opts: AsrOptions, models_dir: Path) -> Recogniser:
    """Verify and load the model, and check the options against it (English-only models)."""
    loaded = load_model(opts, models_dir)
    return Recogniser(loaded, _transcribe_kwargs(loaded, opts))


#: Called with each window's segments, its samples and its start; returns the segments to keep.
AfterWindow = Callable[[Recogniser, list[Segment], Float32Array, float], list[Segment]]


def transcribe_windows(
    windows: Iterable[Float32Array],
    opts: AsrOptions,
    models_dir: Path,
    speaker: str | None = None,
    start_s: float = 0.0,
    after_window: AfterWindow | None = None,
) -> Iterator[Segment]:
    """Transcribe consecutive 16 kHz mono windows as they arrive, times running on from
    `start_s`; `after_window` sees each window's segments with its audio."""
    rec = recogniser(opts, models_dir)
    offset = round(start_s * SAMPLE_RATE)
    for window in windows:
        mono = np.asarray(window, dtype=np.float32).reshape(-1)
        segs, _ = rec.window(mono, offset / SAMPLE_RATE, speaker)
        if after_window is not None:
            segs = after_window(rec, segs, mono, offset / SAMPLE_RATE)
        yield from segs
        offset += mono.shape[0]
