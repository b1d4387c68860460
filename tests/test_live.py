"""LiveTranscriber: stable text while the session goes, in bounded memory."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from harness.speech import JFK_TEXT, decode_jfk
from localnotes.asr.live_window import make_live_window
from localnotes.asr.whisper import AsrOptions
from localnotes.audio.live import LiveTranscriber
from localnotes.wer import wer

RATE = 16000


def pcm(seconds: float, value: float = 0.1) -> bytes:
    return (np.full(int(seconds * RATE), value * 32767)).astype("<i2").tobytes()


class ScriptedRecogniser:
    """Hears one word per second of audio, 'w0 w1 …'; the last word of a window is often
    misheard (as 'uh'), the way a word cut off at the window's end is."""

    def __init__(self, delay: float = 0.0) -> None:
        self.windows: list[int] = []
        self.delay = delay
        self.lock = threading.Lock()

    def __call__(self, audio: np.ndarray[Any, Any]) -> list[tuple[float, float, str]]:
        with self.lock:
            self.windows.append(audio.size)
        time.sleep(self.delay)
        offset = self.start_of(audio)
        items = []
        for k in range(int(audio.size // RATE)):
            items.append((k + 0.1, k + 0.9, f" w{offset + k}"))
        if audio.size % RATE > RATE // 2:
            items.append((len(items) + 0.1, len(items) + 0.4, " uh"))
        return items

    def start_of(self, audio: np.ndarray[Any, Any]) -> int:
        # the test feeds each second with a distinct level: second n has value n / 1000
        return round(float(audio[RATE // 2]) * 32768 / 32767 * 1000)


def numbered_seconds(n: int) -> list[bytes]:
    return [pcm(1.0, value=k / 1000) for k in range(n)]


def test_committed_words_come_once_in_order_and_close_commits_the_rest() -> None:
    got: list[tuple[str, float]] = []
    rec = ScriptedRecogniser()
    with LiveTranscriber(
        rec, lambda t, s: got.append((t, s)), interval_s=0.05, trim_after_s=60.0
    ) as live:
        for block in numbered_seconds(12):
            live.feed(block)
            time.sleep(0.15)
    words = [t.strip() for t, _ in got]
    assert words[:12] == [f"w{k}" for k in range(12)]
    assert "uh" not in words[:12]
    starts = [s for _, s in got]
    assert starts == sorted(starts)
    assert starts[:12] == pytest.approx([k + 0.1 for k in range(12)], abs=0.02)


def test_replay_commits_a_recording_in_order_without_the_clock() -> None:
    got: list[tuple[str, float]] = []
    rec = ScriptedRecogniser()
    live = LiveTranscriber(rec, lambda t, s: got.append((t, s)), trim_after_s=60.0)
    live.replay(b"".join(numbered_seconds(12)), every_s=1.0)
    assert [t.strip() for t, _ in got] == [f"w{k}" for k in range(12)]
    assert live.passes == 12  # one per second of audio; the last pass heard it all, none more
    assert max(rec.windows) == 12 * RATE


def test_window_never_exceeds_its_cap_when_transcription_is_slow() -> None:
    got: list[str] = []
    rec = ScriptedRecogniser(delay=0.3)
    live = LiveTranscriber(
        rec, lambda t, s: got.append(t), interval_s=0.05, max_window_s=5.0, trim_after_s=60.0
    ).start()
    for block in numbered_seconds(40):  # 40 s of audio arriving far faster than it is heard
        live.feed(block)
        time.sleep(0.02)
    live.close()
    assert max(rec.windows) <= 5 * RATE
    assert live.dropped_s > 0
    keys = [t.strip() for t in got if t.strip() != "uh"]
    assert len(keys) == len(set(keys))  # nothing said twice


def test_silence_does_not_grow_the_window() -> None:
    live = LiveTranscriber(lambda a: [], lambda t, s: None, interval_s=0.01)
    live.start()
    for _ in range(20):
        live.feed(pcm(1.0, 0.0))
        time.sleep(0.03)
    live.close()
    assert live._window.size <= 4 * RATE


def test_recogniser_error_surfaces_on_close() -> None:
    def broken(audio: np.ndarray[Any, Any]) -> list[tuple[float, float, str]]:
        raise RuntimeError("model failed")

    live = LiveTranscriber(broken, lambda t, s: None, interval_s=0.01).start()
    live.feed(pcm(1.0))
    with pytest.raises(RuntimeError, match="model failed"):
        live.close()


@pytest.mark.slow
def test_live_transcript_of_real_speech(tmp_path: Path) -> None:
    """jfk at the pace it was spoken, with the product's live recogniser (tiny.en on this
    machine's CPU). Latency is printed (benchmarks/live_latency.py measures it through the
    microphone); only sanity is asserted."""
    opts = AsrOptions(model="tiny.en", device="cpu", threads=2)
    transcribe_window = make_live_window(opts, tmp_path / "models")

    audio = np.concatenate(
        [np.zeros(RATE, np.float32), decode_jfk(), np.zeros(2 * RATE, np.float32)]
    )
    data = (np.clip(audio, -1, 1) * 32767).astype("<i2").tobytes()
    got: list[tuple[float, str]] = []
    t0 = time.monotonic()
    live = LiveTranscriber(transcribe_window, lambda t, s: got.append((time.monotonic() - t0, t)))
    live.start()
    block = 3200  # 0.1 s, as capture delivers it
    for i in range(0, len(data), block):
        time.sleep(max(0.0, t0 + (i + block) / 2 / RATE - time.monotonic()))
        live.feed(data[i : i + block])
    fed_at = time.monotonic() - t0
    live.close()
    text = "".join(t for _, t in got)
    before_end = sum(1 for at, _ in got if at <= fed_at)
    print(
        f"\nlive: {text!r}; {before_end}/{len(got)} words shown while audio was arriving; "
        f"first at {got[0][0]:.2f} s (speech starts at 1.0 s); {live.passes} passes"
    )
    # The preview keeps pace by skipping passes when the machine is busy, so its accuracy depends
    # on load (3% WER on a quiet machine, 23% seen with a benchmark running beside it); the stored
    # transcript, made afterwards, is held to 0.15 in tests/test_record_cli.py.
    assert wer(JFK_TEXT, text) <= 0.3
    # it is live, not a transcript at the end: words reach the view while audio still arrives
    # (how many depends on the load: 8 of 22 beside a loaded suite, most of them when idle;
    # benchmarks/live_latency.py measures the delay)
    assert before_end >= 1
    assert live.passes >= 2


def test_a_word_looped_by_the_model_is_cut_back_to_one() -> None:
    from localnotes.asr.live_window import without_loops

    def words(text: str) -> list[tuple[float, float, str]]:
        return [(float(i), i + 0.5, f" {w}") for i, w in enumerate(text.split())]

    said = words("your country take straight straight straight straight straight")
    assert [w[2] for w in without_loops(said)] == [" your", " country", " take", " straight"]
    # said three times is kept (a stutter, or "no, no, no")
    assert without_loops(words("no no no I did not")) == words("no no no I did not")
