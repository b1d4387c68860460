"""The stored transcript, made while the session is still being recorded.

`SessionTranscriber` takes the same 16 kHz s16le blocks as the capture sink. A background thread
cuts the audio into windows of at most `window_s` seconds at the quietest 0.1 s near each
window's end (so no word is split), and transcribes each window with the session's model and
its full settings (the same `transcribe_windows` that transcribing a stored recording uses), as
soon as it is complete. When the session stops, only the last window is left to transcribe.

It is separate from the live view (`audio/live.py`): that one re-decodes the newest seconds fast
to show words quickly; this one decides what is stored, and nothing here trades accuracy for
speed. When the machine cannot keep up, windows wait in a queue (as 16-bit audio, 115 MB an
hour at most) and `backlog_s` says how far behind it is; nothing is dropped.

Memory: a window's audio is dropped as soon as it is transcribed; what stays is its segments
(with their words) and, with `embed_voices`, the voice vectors of its stretches of speech for
speaker attribution (1 kB per 1.6 s of speech): about 1 MB plus 2.5 MB an hour of speech.
`on_window` gets each window's segments as soon as they exist (the recorder seals them in the
vault, so a crash keeps them: see transcript_journal).
"""

from __future__ import annotations

import functools
import queue
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from localnotes.asr.whisper import (
    AsrOptions,
    TranscriptionResult,
    lower_thread_priority,
    transcribe_windows,
)
from localnotes.audio.decode import CUT_SEARCH_S, quietest_cut
from localnotes.name_check import name_check_for, repairs_of
from localnotes.pcm import SAMPLE_RATE
from localnotes.types import Segment

#: Whisper hears 30 s at a time: windows of 20-30 s (cut at quiet points) cost no accuracy.
WINDOW_S = 30.0
#: Beside the live view, this thread's nice value is raised by this much: its windows then take
#: the cores only when the live view's short passes leave them (weight 110 against 1024).
BESIDE_LIVE_NICE = 10
_END = object()
#: (end of the window in samples from the session's start, the window's segments)
OnWindow = Callable[[int, list[Segment]], None]
Transcribe = Callable[[Iterator[Any], AsrOptions, Path], Iterator[Segment]]


class SessionTranscriber:
    """feed() PCM as it is captured; finish() returns the whole session's transcription.

    `prepare` runs on the background thread before the first window (loading the model there,
    and anything else the stored transcript will need, so none of it is left for the end).

    `beside_live`: the live view runs in the same process, and comes first. The model gets one
    thread (a second instance, so a window never holds up a live pass inside the model), and this
    thread, with the model's workers it starts, runs at a lower priority (`BESIDE_LIVE_NICE`), so
    a window, the model's loading and `prepare` use the cores the live passes leave. Nothing is
    decoded differently: the stored transcript is the same, only later when the cores are short.
    """

    def __init__(
        self,
        opts: AsrOptions,
        models_dir: Path,
        window_s: float = WINDOW_S,
        prepare: Callable[[], None] | None = None,
        on_window: OnWindow | None = None,
        transcribe: Transcribe = transcribe_windows,
        embed_voices: bool = False,
        beside_live: bool = False,
    ) -> None:
        if window_s < 2 * CUT_SEARCH_S:
            raise ValueError(f"window_s must be at least {2 * CUT_SEARCH_S:.0f} s")
        self.beside_live = beside_live
        self.opts = replace(opts, threads=1) if beside_live else opts
        self.models_dir = models_dir
        self.window_s = window_s
        self._prepare = prepare
        self._on_window = on_window
        self._transcribe = transcribe
        # drug names checked against each window's audio, when asked and the default transcriber
        self._check = name_check_for(opts) if transcribe is transcribe_windows else None
        self._reported = 0  # segments handed to on_window
        # speaker attribution's voice vectors, window by window (None: not asked, or it failed)
        self._pieces: list[Any] | None = [] if embed_voices else None
        self._vectors: list[Any] = []
        self._pending = bytearray()  # captured, not yet cut into a window
        self._windows: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._segments: list[Segment] = []
        self._received = 0  # samples fed
        self._done = 0  # samples transcribed
        self._busy_s = 0.0  # time spent transcribing them
        self._lock = threading.Lock()
        self._error: BaseException | None = None
        self._cancelled = threading.Event()
        self._thread = threading.Thread(target=self._run, name="session-transcriber", daemon=True)

    def start(self) -> SessionTranscriber:
        self._thread.start()
        return self

    # -- the capture side ------------------------------------------------------------------------

    def feed(self, pcm: bytes) -> None:
        """One block of 16 kHz mono s16le audio, from the capture thread."""
        self._pending += pcm
        self._received += len(pcm) // 2
        limit = int(self.window_s * SAMPLE_RATE)
        while len(self._pending) // 2 >= limit:
            buf = np.frombuffer(bytes(self._pending[: limit * 2]), dtype="<i2").reshape(1, -1)
            cut = quietest_cut(buf, limit)
            self._windows.put(bytes(self._pending[: cut * 2]))
            del self._pending[: cut * 2]

    @property
    def backlog_s(self) -> float:
        """Seconds of captured audio not transcribed yet."""
        with self._lock:
            return (self._received - self._done) / SAMPLE_RATE

    @property
    def ready_after_stop_s(self) -> float:
        """About how long after capture ends the transcript will be ready, at the pace seen."""
        with self._lock:
            rtf = self._busy_s / (self._done / SAMPLE_RATE) if self._done else 0.1
        return (self.backlog_s + self.window_s) * rtf

    def finish(self) -> TranscriptionResult:
        """Transcribe what is left and return everything, times from the session's start."""
        if self._pending:
            self._windows.put(bytes(self._pending))
            self._pending.clear()
        self._windows.put(_END)
        self._thread.join()
        if self._error is not None:
            raise self._error
        duration = round(self._received / SAMPLE_RATE, 3)
        # Whisper can time the last words of the last window past the audio's end: clamp
        segments = tuple(
            replace(s, start=min(s.start, duration), end=min(s.end, duration))
            for s in self._segments
        )
        return TranscriptionResult(
            segments, self.opts.language or "en", duration, self.opts.model, repairs_of(self._check)
        )

    def cancel(self) -> None:
        """Stop without transcribing what is left (consent withdrawn, recording failed)."""
        self._cancelled.set()
        self._windows.put(_END)
        if self._thread.is_alive():
            self._thread.join()

    # -- the background thread -------------------------------------------------------------------

    def _next_windows(self) -> Iterator[Any]:
        # transcribe_windows asks for the next window only once it has handed over every segment
        # of the one before: that is when the one before counts as done.
        while not self._cancelled.is_set():
            item = self._windows.get()
            if item is _END or self._cancelled.is_set():
                return
            samples = np.frombuffer(item, dtype="<i2").astype(np.float32) / 32768.0
            del item
            began = time.monotonic()
            yield samples
            self._window_done(samples, time.monotonic() - began)

    def _window_done(self, samples: Any, busy_s: float) -> None:
        with self._lock:
            start = self._done
            self._done += samples.shape[0]
            self._busy_s += busy_s
            done = self._done
        fresh = self._segments[self._reported :]
        self._reported = len(self._segments)
        if self._on_window is not None:
            self._on_window(done, fresh)
        if self._pieces is not None:
            self._embed(start / SAMPLE_RATE, samples, fresh)

    def _embed(self, start_s: float, samples: Any, segments: list[Segment]) -> None:
        """The voice vectors of this window's stretches of speech, while its audio is at hand."""
        from localnotes import attribution

        assert self._pieces is not None
        words = [w for s in segments for w in s.words]
        try:
            pieces = attribution.pieces_of(attribution.speech_stretches(words))
            if pieces:
                self._vectors.append(attribution.embed_pieces([(start_s, samples)], pieces))
                self._pieces.extend(pieces)
        except Exception:  # attribution at stop reads the whole recording instead
            self._pieces = None

    def attributed(
        self, result: TranscriptionResult, speakers: int | None, profile: Any
    ) -> TranscriptionResult | None:
        """`result` (from finish()) labelled by speaker from the voices embedded window by
        window, so that only the grouping is left at stop; None when they were not embedded."""
        from localnotes import attribution

        if self._pieces is None:
            return None
        vectors = np.concatenate(self._vectors) if self._vectors else np.zeros((0, 256), np.float32)
        segments = attribution.label(result.segments, self._pieces, vectors, speakers, profile)
        return replace(result, segments=segments)

    def _run(self) -> None:
        try:
            if self.beside_live:  # before the model loads: its threads inherit the priority
                lower_thread_priority(BESIDE_LIVE_NICE)
            if self._prepare is not None:
                self._prepare()
            transcribe = self._transcribe
            if self._check is not None:
                transcribe = functools.partial(transcribe_windows, after_window=self._check)
            for seg in transcribe(self._next_windows(), self.opts, self.models_dir):
                self._segments.append(seg)
        except BaseException as e:  # handed to finish(): a thread cannot raise to its owner
            self._error = e
