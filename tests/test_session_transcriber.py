"""The stored transcript made while the session records: the same words as transcribing the
whole recording afterwards, windows cut at quiet points, nothing dropped when it falls behind,
and nothing transcribed after a cancel."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from localnotes.asr.whisper import AsrOptions
from localnotes.audio.decode import read_pcm16
from localnotes.session_transcriber import SessionTranscriber
from localnotes.wer import wer
from tests.conftest import DEMO_AUDIO, REPO

OPTS = AsrOptions(model="tiny.en", device="cpu")
BLOCK = 3200  # 0.1 s, as the capture thread hands it over


WINDOW_S = 20.0  # the shortest allowed, so that the 47-s demo session makes three windows


@pytest.fixture(scope="module")
def session_pcm() -> bytes:
    return read_pcm16(DEMO_AUDIO)


def _feed(t: SessionTranscriber, pcm: bytes) -> None:
    for i in range(0, len(pcm), BLOCK):
        t.feed(pcm[i : i + BLOCK])


def test_streamed_transcript_holds_what_was_said(session_pcm: bytes, tmp_path: Path) -> None:
    """Against the script the demo was spoken from (scripts/demo_session.txt); the comparison
    with transcribing afterwards is benchmarks/stop_to_ready.py's, on ten minutes and more."""
    script = (REPO / "scripts" / "demo_session.txt").read_text(encoding="utf-8")
    said = " ".join(
        line.split(":", 1)[1] for line in script.splitlines() if line[:2] in ("T:", "C:")
    )
    t = SessionTranscriber(OPTS, tmp_path / "models", window_s=WINDOW_S).start()
    _feed(t, session_pcm)
    result = t.finish()
    assert result.duration_s == pytest.approx(len(session_pcm) / 2 / 16000, abs=0.01)
    streamed = " ".join(s.text for s in result.segments)
    print(f"WER against the script: {wer(said, streamed):.3f}")
    assert wer(said, streamed) <= 0.15, streamed
    starts = [s.start for s in result.segments]
    assert starts == sorted(starts) and result.segments[-1].end <= result.duration_s + 0.5
    assert t.backlog_s == 0


def test_windows_are_cut_at_quiet_points_and_none_is_lost(session_pcm: bytes) -> None:
    t = SessionTranscriber(OPTS, Path("/nonexistent"), window_s=WINDOW_S)  # not started
    _feed(t, session_pcm)
    windows = []
    while not t._windows.empty():
        windows.append(t._windows.get())
    assert len(windows) >= 2
    assert sum(len(w) for w in windows) + len(t._pending) == len(session_pcm)
    for w in windows:
        seconds = len(w) / 2 / 16000
        assert 10.0 - 0.1 <= seconds <= 20.0
        tail = np.frombuffer(w[-3200:], dtype="<i2").astype(np.float32)
        loud = np.frombuffer(session_pcm, dtype="<i2").astype(np.float32)
        # each cut falls where it is quieter than the recording is on average
        assert np.sqrt(np.mean(tail[-1600:] ** 2)) < np.sqrt(np.mean(loud**2))


def test_a_slow_machine_builds_a_backlog_and_finish_still_gets_everything(
    session_pcm: bytes, tmp_path: Path
) -> None:
    gate_open = False

    def slow_prepare() -> None:  # the model is slow to arrive: audio piles up meanwhile
        deadline = time.monotonic() + 60
        while not gate_open and time.monotonic() < deadline:
            time.sleep(0.05)

    part = session_pcm[: 25 * 32000]
    t = SessionTranscriber(OPTS, tmp_path / "models", window_s=WINDOW_S, prepare=slow_prepare)
    t.start()
    _feed(t, part)
    assert t.backlog_s == pytest.approx(25.0, abs=0.01)
    gate_open = True
    result = t.finish()
    assert len(" ".join(s.text for s in result.segments).split()) > 40
    assert t.backlog_s == 0


def test_cancel_transcribes_nothing_more(session_pcm: bytes, tmp_path: Path) -> None:
    t = SessionTranscriber(OPTS, tmp_path / "models", window_s=WINDOW_S).start()
    _feed(t, session_pcm)
    t.cancel()
    assert not t._thread.is_alive()


def test_a_three_hour_session_keeps_only_its_segments(tmp_path: Path) -> None:
    """Memory is bounded: a window's audio is let go once transcribed; what stays per window is
    its segments. Three hours of audio through the real windowing, with a stand-in recogniser
    that gives each window one segment of 75 words (fast speech), as faster-whisper's would."""
    import tracemalloc

    from localnotes.types import Segment, Word

    def fake(windows: Iterator[Any], opts: AsrOptions, models_dir: Path) -> Iterator[Segment]:
        at = 0.0
        for w in windows:
            n = w.shape[0] / 16000
            words = tuple(Word(at + i * n / 75, at + (i + 1) * n / 75, " word") for i in range(75))
            yield Segment(at, at + n, " ".join(["word"] * 75), words=words)
            at += n

    windows: list[int] = []
    t = SessionTranscriber(
        OPTS, tmp_path, window_s=WINDOW_S, transcribe=fake, on_window=lambda e, s: windows.append(e)
    ).start()
    rng = np.random.default_rng(21)
    # one minute of speech-like noise with quieter stretches, fed again and again
    minute = (rng.normal(0, 3000, 16000 * 60) * (1 + np.sin(np.arange(16000 * 60) / 4000))).astype(
        "<i2"
    )
    block = minute.tobytes()
    tracemalloc.start()
    for m in range(180):
        _feed(t, block)
        deadline = time.monotonic() + 60
        while t.backlog_s > 2 * WINDOW_S and time.monotonic() < deadline:
            time.sleep(0.01)  # the stand-in keeps up, as the recommended model does
        if m == 10:
            after_ten_minutes = tracemalloc.get_traced_memory()[0]
    result = t.finish()
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert result.duration_s == pytest.approx(3 * 3600, abs=0.01)
    assert windows[-1] == 3 * 3600 * 16000  # every sample transcribed, nothing dropped
    assert sum(len(s.text.split()) for s in result.segments) == 75 * len(windows)
    grew = current - after_ten_minutes
    print(f"{len(windows)} windows; grew {grew / 1e6:.1f} MB; peak {peak / 1e6:.1f} MB")
    # growth from minute 10 to hour 3 is the segments and their words alone, never the audio
    # (three hours of it would be 345 MB); the peak is that plus a window or two in flight
    assert grew < 30e6
    assert peak - current < 20e6


def test_speakers_are_labelled_from_voices_embedded_window_by_window(tmp_path: Path) -> None:
    """Attribution while recording: each window's voices are embedded as it is transcribed, so
    only the grouping is left at stop; the labels hold across windows (the phone call, cut into
    two windows, scored as the acceptance check scores `transcribe --speakers 2`)."""
    import wave
    from dataclasses import replace

    from localnotes.diarization_error import der, read_rttm
    from tests.conftest import real_speech

    with wave.open(str(real_speech("phone_call_2spk.wav"))) as w:
        pcm = w.readframes(w.getnframes())
    opts = replace(OPTS, word_timestamps=True)
    t = SessionTranscriber(opts, tmp_path / "models", window_s=WINDOW_S, embed_voices=True)
    _feed(t.start(), pcm)
    result = t.finish()
    assert len(t._vectors) >= 2  # embedded in more than one window
    labelled = t.attributed(result, 2, None)
    assert labelled is not None
    hyp = [(s.start, s.end, str(s.speaker)) for s in labelled.segments]
    assert {h[2] for h in hyp} == {"speaker 1", "speaker 2"}
    ref = read_rttm(real_speech("phone_call_2spk.rttm").read_text())
    score = der(ref, hyp, 30.0, collar=0.25).der
    print(f"DER {score:.3f}")
    assert score <= 0.15


def _nice_of(tid: int) -> int:
    fields = Path(f"/proc/self/task/{tid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[16])  # field 19 of stat: the thread's nice value


def test_beside_the_live_view_its_thread_and_the_models_threads_give_way(tmp_path: Path) -> None:
    """With the live view on, the stored transcript runs on one model thread and at a lower
    priority: its own thread, and the threads the real model starts when it loads there; the
    model instance is its own, not the one a thread at the normal priority gets. The words are
    the same either way (only when they are decoded changes)."""
    import threading

    from localnotes.asr.whisper import load_model, thread_nice
    from localnotes.session_transcriber import BESIDE_LIVE_NICE

    own = thread_nice()
    expected = min(19, own + BESIDE_LIVE_NICE)
    models = REPO / ".pytest-models-unused"  # never reached: the stand-in below loads nothing
    seen: dict[str, Any] = {}

    def stand_in(windows: Iterator[Any], opts: AsrOptions, models_dir: Path) -> Iterator[Any]:
        seen.update(nice=thread_nice(), threads=opts.threads)
        yield from ()
        for _ in windows:
            pass

    t = SessionTranscriber(
        OPTS, models, window_s=WINDOW_S, transcribe=stand_in, beside_live=True
    ).start()
    t.finish()
    assert seen == {"nice": expected, "threads": 1}
    t = SessionTranscriber(OPTS, models, window_s=WINDOW_S, transcribe=stand_in).start()
    t.finish()
    assert seen == {"nice": own, "threads": OPTS.threads}  # without the live view: unchanged

    # the real model, loaded on a lowered thread, as the transcriber's thread loads it
    opts = AsrOptions(model="tiny.en", device="cpu", threads=1)
    before = {int(p.name) for p in Path("/proc/self/task").iterdir()}
    got: dict[str, Any] = {}

    def load_lowered() -> None:
        from localnotes.asr.whisper import lower_thread_priority

        lower_thread_priority(BESIDE_LIVE_NICE)
        got["model"] = load_model(opts, tmp_path / "models")
        got["threads"] = (
            {int(p.name) for p in Path("/proc/self/task").iterdir()}
            - before
            - {threading.get_native_id()}
        )

    loader = threading.Thread(target=load_lowered)
    loader.start()
    loader.join()
    assert got["threads"], "the model started no thread of its own"
    assert {_nice_of(tid) for tid in got["threads"]} == {expected}
    assert load_model(opts, tmp_path / "models") is not got["model"]
    assert thread_nice() == own  # the caller's own priority is untouched
