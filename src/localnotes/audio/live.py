"""Live transcript while a session records: stable text, shortly after it is spoken.

`LiveTranscriber` takes the same 16 kHz s16le blocks as the capture sink. A background thread
keeps the audio not yet committed (never more than `max_window_s`), transcribes it again every
`interval_s`, and commits what two passes in a row agree on (LocalAgreement-2, as in
whisper_streaming); committed text goes to `on_text(text, start_s)` once and never changes.
The recogniser is injected (`transcribe_window`), so this module needs no ASR library. Give it
word-level items (faster-whisper's `word_timestamps=True`) for the shortest delay: agreement is
reached item by item, and a long segment would wait for its end.

When transcription falls behind the speech, each pass simply takes all the audio that has
arrived (the newest), and the window is capped: audio older than `max_window_s` is committed
as the last pass heard it and dropped.
"""

from __future__ import annotations

import queue
import re
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from localnotes.pcm import SAMPLE_RATE

RATE = SAMPLE_RATE
Item = tuple[float, float, str]  # (start_s, end_s, text), times within the window given
TranscribeWindow = Callable[[npt.NDArray[np.float32]], Sequence[Item]]
OnText = Callable[[str, float], None]

_SILENCE_KEEP_S = 2.0
_WORD = re.compile(r"[^\w']+")


@dataclass(frozen=True)
class _Hyp:
    start: float  # seconds from the start of the session
    end: float
    text: str

    @property
    def key(self) -> str:
        return _WORD.sub(" ", self.text.lower()).strip()


class LiveTranscriber:
    """Feed PCM blocks with `feed()`; committed text arrives through `on_text` on a
    background thread. `close()` transcribes what is left, commits it, and stops the thread;
    it re-raises an error the recogniser raised. Also a context manager."""

    def __init__(
        self,
        transcribe_window: TranscribeWindow,
        on_text: OnText,
        *,
        interval_s: float = 0.5,
        max_window_s: float = 30.0,
        trim_after_s: float = 8.0,
        min_audio_s: float = 0.5,
    ) -> None:
        self._transcribe = transcribe_window
        self._on_text = on_text
        self.interval_s = interval_s
        self.max_window_s = max_window_s
        self.trim_after_s = trim_after_s
        self.min_audio_s = min_audio_s
        self._inbox: queue.SimpleQueue[bytes] = queue.SimpleQueue()
        self._chunks: list[npt.NDArray[np.float32]] = []
        self._window: npt.NDArray[np.float32] = np.zeros(0, dtype=np.float32)
        self._window_start = 0.0  # session time of the window's first sample
        self._committed_until = 0.0  # session time where committed text ends
        self._committed_tail: list[str] = []  # the last committed words, to spot repeats
        self._previous: list[_Hyp] = []  # the last pass's uncommitted hypothesis
        self._fresh = False  # audio arrived since the last pass
        self._stop = threading.Event()
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="live-transcriber", daemon=True)
        self.passes = 0
        self.dropped_s = 0.0  # audio committed unheard twice because the window was full

    def start(self) -> LiveTranscriber:
        self._thread.start()
        return self

    def feed(self, pcm: bytes) -> None:
        """Queue one block of 16 kHz mono s16le audio. Cheap; safe from any thread."""
        if pcm:
            self._inbox.put(bytes(pcm))

    def close(self) -> None:
        """Finish: the rest of the audio is transcribed and committed, then the thread ends."""
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()
        if self._error is not None:
            raise self._error

    def __enter__(self) -> LiveTranscriber:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    def replay(self, pcm: bytes, every_s: float | None = None) -> None:
        """Recorded audio through the same passes, without the thread or the clock: a pass after
        every `every_s` (default interval_s) of audio, as if each took no time, then the final
        one. For measuring the live view's words on recordings (benchmarks/live_wer.py); not
        for use beside start()."""
        step = int((every_s or self.interval_s) * RATE) * 2
        for i in range(0, len(pcm), step):
            self.feed(pcm[i : i + step])
            self._step()
        self._finish()

    # -- the background thread ---------------------------------------------------------------

    def _run(self) -> None:
        try:
            # Passes start every interval_s, or back to back when one takes longer than that.
            next_at = time.monotonic() + self.interval_s
            while not self._stop.wait(max(0.0, next_at - time.monotonic())):
                next_at = time.monotonic() + self.interval_s
                self._step()
            self._finish()
        except BaseException as e:  # kept for close(): a thread cannot raise to its owner
            self._error = e

    def _step(self) -> None:
        """Take the audio that arrived; a pass over the window when it is new and long enough."""
        self._take_inbox()
        if self._fresh and self._window.size >= self.min_audio_s * RATE:
            self._pass(final=False)

    def _finish(self) -> None:
        """The last pass, whose words are committed without waiting for agreement."""
        self._take_inbox()
        if self._fresh:
            self._pass(final=True)
        else:
            self._commit(self._previous)
            self._previous = []

    def _take_inbox(self) -> None:
        while True:
            try:
                pcm = self._inbox.get_nowait()
            except queue.Empty:
                break
            self._chunks.append(np.frombuffer(pcm, dtype="<i2").astype(np.float32) / 32768.0)
        if self._chunks:
            self._window = np.concatenate([self._window, *self._chunks])
            self._chunks.clear()
            self._fresh = True
        overflow = self._window.size - int(self.max_window_s * RATE)
        if overflow > 0:
            # Behind or in a long unbroken stretch: commit what the last pass heard in the
            # part that must go, and keep the newest max_window_s.
            cut_time = self._window_start + overflow / RATE
            self._commit([h for h in self._previous if h.start < cut_time])
            self._previous = [h for h in self._previous if h.start >= cut_time]
            self.dropped_s += max(0.0, cut_time - max(self._committed_until, self._window_start))
            self._drop_until(cut_time)

    def _pass(self, final: bool) -> None:
        self.passes += 1
        self._fresh = False
        items = self._transcribe(self._window)
        hyp = self._new_part(
            [_Hyp(self._window_start + s, self._window_start + e, t) for s, e, t in items]
        )
        if final:
            agreed = hyp
        else:
            n = 0
            while n < min(len(hyp), len(self._previous)) and hyp[n].key == self._previous[n].key:
                n += 1
            agreed = hyp[:n]
        self._commit(agreed)
        self._previous = hyp[len(agreed) :]
        window_s = self._window.size / RATE
        if not items and window_s > _SILENCE_KEEP_S * 2:
            # Nothing said: keep only the last moment, in case a word is just beginning.
            self._drop_until(self._window_start + window_s - _SILENCE_KEEP_S)
        elif window_s > self.trim_after_s and self._committed_until > self._window_start:
            self._drop_until(self._committed_until)

    def _new_part(self, hyp: list[_Hyp]) -> list[_Hyp]:
        """The items of a pass that are not committed already: those that start after the
        committed text ends, less a leading repeat of the last committed words."""
        fresh = [h for h in hyp if h.start >= self._committed_until - 0.1 and h.key]
        tail = self._committed_tail
        for n in range(min(5, len(tail), len(fresh)), 0, -1):
            if [h.key for h in fresh[:n]] == tail[-n:]:
                return fresh[n:]
        return fresh

    def _commit(self, items: list[_Hyp]) -> None:
        for h in items:
            if not h.key:
                continue
            self._on_text(h.text, h.start)
            self._committed_until = max(self._committed_until, h.end)
            self._committed_tail = [*self._committed_tail, h.key][-5:]

    def _drop_until(self, t: float) -> None:
        n = round((t - self._window_start) * RATE)
        n = max(0, min(n, self._window.size))
        self._window = self._window[n:]
        self._window_start += n / RATE
