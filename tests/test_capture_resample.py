"""The streaming resampler used when a microphone cannot deliver 16 kHz."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from localnotes.audio.resample import StreamResampler, resample


def tone(freq: float, rate: int, seconds: float, amp: float = 0.5) -> np.ndarray:
    return (amp * np.sin(2 * np.pi * freq * np.arange(int(rate * seconds)) / rate)).astype(
        np.float32
    )


def peak_hz(x: np.ndarray, rate: int) -> float:
    spectrum = np.abs(np.fft.rfft(x * np.hanning(x.size)))
    return float(np.argmax(spectrum) * rate / x.size)


@pytest.mark.parametrize("in_rate", [48000, 44100, 22050, 8000])
def test_1khz_stays_1khz_at_16k(in_rate: int) -> None:
    out = resample(tone(1000, in_rate, 2.0), in_rate, 16000)
    assert out.size == 32000
    assert peak_hz(out, 16000) == pytest.approx(1000, abs=1)
    expected = 0.5 * np.sin(2 * np.pi * 1000 * np.arange(out.size) / 16000)
    # same phase and amplitude: the converter adds no delay
    assert np.max(np.abs(out[100:-100] - expected[100:-100])) < 1e-3


def test_tone_above_the_new_nyquist_is_filtered_out() -> None:
    out = resample(tone(11000, 48000, 1.0), 48000, 16000)  # would alias to 5 kHz
    assert 20 * np.log10(np.sqrt(np.mean(out[200:-200] ** 2)) / 0.3536) < -60


@settings(max_examples=25, deadline=None)
@given(
    in_rate=st.sampled_from([48000, 44100, 32000, 16001]),
    cuts=st.lists(st.integers(min_value=1, max_value=3000), min_size=1, max_size=30),
)
def test_any_block_split_gives_the_same_samples(in_rate: int, cuts: list[int]) -> None:
    x = np.random.default_rng(0).standard_normal(sum(cuts)).astype(np.float32)
    r = StreamResampler(in_rate, 16000)
    parts, i = [], 0
    for n in cuts:
        parts.append(r.process(x[i : i + n]))
        i += n
    parts.append(r.flush())
    np.testing.assert_allclose(np.concatenate(parts), resample(x, in_rate, 16000), atol=1e-6)


def test_long_stream_keeps_phase_and_bounded_state() -> None:
    r = StreamResampler(44100, 16000)
    x = tone(1000, 44100, 60.0)
    out = np.concatenate([r.process(x[i : i + 4410]) for i in range(0, x.size, 4410)])
    expected = 0.5 * np.sin(2 * np.pi * 1000 * np.arange(out.size) / 16000)
    assert np.max(np.abs(out[-16000:] - expected[-16000:])) < 1e-3  # no drift after a minute
    assert r._buf.size < 1000  # holds a kernel's worth of input, not the stream


def test_same_rate_passes_through() -> None:
    x = tone(440, 16000, 0.1)
    r = StreamResampler(16000, 16000)
    np.testing.assert_array_equal(r.process(x), x)
    assert r.flush().size == 0
