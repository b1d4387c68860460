"""The stored transcript made while the session records: the same words as transcribing the
whole recording afterwards, windows cut at quiet points, nothing dropped when it falls behind,
and nothing transcribed after a cancel."""

from __future__ import annotations

import time
from pathlib import Path

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
