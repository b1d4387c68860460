"""No invented lines: text where the voice activity detector heard nobody, and the phrases Whisper
writes over silence, are dropped; real speech, including a real "Thank you.", is kept."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from harness.speech import REAL_SPEECH
from localnotes.asr.invented_lines import Heard, invented, speech_regions
from localnotes.asr.whisper import AsrOptions
from localnotes.audio.decode import iter_windows
from localnotes.transcription import transcribe_file, transcribe_pcm
from localnotes.wer import wer

OPTS = AsrOptions(model="tiny.en", device="cpu")


def jfk_then_silence(seconds: float) -> np.ndarray:
    (window,) = iter_windows(REAL_SPEECH / "jfk.flac")
    noise = 0.0008 * np.random.default_rng(7).standard_normal(int(16000 * seconds))
    return np.concatenate([window.samples[0], noise.astype(np.float32)])


def test_a_line_where_nobody_spoke_is_dropped_and_speech_is_kept() -> None:
    speech = speech_regions(jfk_then_silence(20.0))
    assert speech and speech[-1][1] < 11.5  # the VAD hears JFK and nothing in the noise
    assert invented(Heard(15.0, 18.0, "And so, my fellow Americans."), speech) == "no speech there"
    assert invented(Heard(0.3, 3.8, "And so, my fellow Americans."), speech) is None


def test_known_phrases_go_unless_spoken_clearly_in_speech() -> None:
    speech = [(40.0, 43.5)]
    said = Heard(42.2, 43.2, "Thank you.", avg_logprob=-0.2, no_speech_prob=0.02)
    assert invented(said, speech) is None
    unsure = Heard(42.2, 43.2, "Thank you.", avg_logprob=-0.9, no_speech_prob=0.02)
    assert invented(unsure, speech) == "known invented phrase"
    edge = Heard(43.0, 45.0, "Here's the net.", avg_logprob=-0.2, no_speech_prob=0.02)
    assert invented(edge, speech) == "known invented phrase"
    assert invented(Heard(40.5, 43.0, "Thank you for the tea.", -0.9, 0.02), speech) is None


@pytest.mark.slow
def test_ten_minutes_of_silence_after_speech_invent_nothing(tmp_path: Path) -> None:
    result = transcribe_pcm(jfk_then_silence(600.0), OPTS, tmp_path / "models")
    assert result.segments and all(s.end <= 11.5 for s in result.segments), result.segments
    said = " ".join(s.text for s in result.segments)
    reference = "And so my fellow Americans, ask not what your country can do for you, ask what you"
    assert wer(reference + " can do for your country.", said) <= 0.1, said


@pytest.mark.slow
def test_phone_call_has_no_line_outside_what_was_said(tmp_path: Path) -> None:
    turns = []
    for line in (REAL_SPEECH / "phone_call_2spk.stm").read_text().splitlines():
        parts = line.split(maxsplit=5)
        turns.append((float(parts[3]), float(parts[4])))
    result = transcribe_file(REAL_SPEECH / "phone_call_2spk.wav", OPTS, tmp_path / "models")
    for seg in result.segments:
        inside = sum(max(0.0, min(seg.end, b) - max(seg.start, a)) for a, b in turns)
        # half the line within speech, or a whole turn said within the line (a short "Hello?"
        # of 0.48 s inside a line of 1.0 s, as one CPU's tiny.en times it)
        holds_a_turn = any(seg.start <= a and b <= seg.end for a, b in turns)
        assert inside >= 0.5 * (seg.end - seg.start) or holds_a_turn, seg
    text = " ".join(s.text.lower() for s in result.segments)
    assert "net" not in text.split() and "thank" not in text
