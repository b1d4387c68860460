"""The encoder's input, computed exactly as resemblyzer 0.1.4 computes it, in numpy.

resemblyzer (audio.py, hparams.py) feeds its network a *power* mel spectrogram (not log-mel) of
16 kHz audio whose level was raised to -30 dBFS: librosa's `melspectrogram` with a 25 ms periodic
Hann window (400 samples), a 10 ms hop (160), centred frames padded with zeros, |STFT|^2, and 40
Slaney-normalised filters on the Slaney mel scale from 0 Hz to 8 kHz. The network reads partial
utterances of 160 frames (1.6 s).
"""

from __future__ import annotations

import functools
from typing import Any

import numpy as np

from localnotes.pcm import SAMPLE_RATE as SAMPLE_RATE  # read by attribution as features.*
from localnotes.pcm import Float32Array as Float32Array

N_FFT = 400  # 25 ms
HOP = 160  # 10 ms
N_MELS = 40
PARTIAL_FRAMES = 160  # 1.6 s
TARGET_DBFS = -30.0
_INT16_MAX = 2**15 - 1


def _hz_to_mel(f: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    """Slaney's mel scale: linear to 1 kHz, logarithmic above (librosa, htk=False)."""
    f = np.asarray(f, dtype=np.float64)
    mels = f / (200.0 / 3)
    log_step = np.log(6.4) / 27.0
    above = f >= 1000.0
    mels[above] = 15.0 + np.log(f[above] / 1000.0) / log_step
    return mels


def _mel_to_hz(m: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    m = np.asarray(m, dtype=np.float64)
    f = m * (200.0 / 3)
    log_step = np.log(6.4) / 27.0
    above = m >= 15.0
    f[above] = 1000.0 * np.exp(log_step * (m[above] - 15.0))
    return f


@functools.cache
def mel_filters() -> Float32Array:
    """The (40, 201) filter bank of `librosa.filters.mel(sr=16000, n_fft=400, n_mels=40)`."""
    fft_freqs = np.linspace(0, SAMPLE_RATE / 2, 1 + N_FFT // 2)
    low, high = _hz_to_mel(np.array([0.0, SAMPLE_RATE / 2.0]))
    mel_f = _mel_to_hz(np.linspace(float(low), float(high), N_MELS + 2))
    fdiff = np.diff(mel_f)
    ramps = mel_f[:, None] - fft_freqs[None, :]
    weights = np.zeros((N_MELS, len(fft_freqs)))
    for i in range(N_MELS):
        lower = -ramps[i] / fdiff[i]
        upper = ramps[i + 2] / fdiff[i + 1]
        weights[i] = np.maximum(0.0, np.minimum(lower, upper))
    weights *= (2.0 / (mel_f[2 : N_MELS + 2] - mel_f[:N_MELS]))[:, None]
    return weights.astype(np.float32)


@functools.cache
def _window() -> Float32Array:
    n = np.arange(N_FFT)
    return (0.5 - 0.5 * np.cos(2 * np.pi * n / N_FFT)).astype(np.float32)  # periodic Hann


def mel_frames(wav: Float32Array) -> Float32Array:
    """(n_frames, 40) power mel frames; n_frames = 1 + len(wav) // 160, as librosa gives."""
    wav = np.asarray(wav, dtype=np.float32).reshape(-1)
    padded = np.pad(wav, N_FFT // 2)
    n = 1 + (len(padded) - N_FFT) // HOP
    frames = np.lib.stride_tricks.as_strided(
        padded, (n, N_FFT), (padded.strides[0] * HOP, padded.strides[0]), writeable=False
    )
    spec = np.fft.rfft(frames * _window(), axis=1)
    power = (spec.real**2 + spec.imag**2).astype(np.float32)
    out: Float32Array = (power @ mel_filters().T).astype(np.float32)
    return out


def normalize_volume(wav: Float32Array, increase_only: bool = True) -> Float32Array:
    """Scale to -30 dBFS RMS (resemblyzer raises quiet audio and leaves loud audio alone)."""
    rms = float(np.sqrt(np.mean((wav.astype(np.float64) * _INT16_MAX) ** 2))) if wav.size else 0.0
    if rms <= 0.0:
        return wav
    change = TARGET_DBFS - 20 * np.log10(rms / _INT16_MAX)
    if change < 0 and increase_only:
        return wav
    return (wav * np.float32(10 ** (change / 20))).astype(np.float32)


def partial_slices(n_samples: int, rate: float = 1.3, min_coverage: float = 0.75) -> list[slice]:
    """Mel-frame slices of the partial utterances, as `VoiceEncoder.compute_partial_slices`."""
    n_frames = int(np.ceil((n_samples + 1) / HOP))
    frame_step = int(np.round((SAMPLE_RATE / rate) / HOP))
    if not 0 < frame_step <= PARTIAL_FRAMES:
        raise ValueError(f"partial rate {rate} is out of range")
    steps = max(1, n_frames - PARTIAL_FRAMES + frame_step + 1)
    slices = [slice(i, i + PARTIAL_FRAMES) for i in range(0, steps, frame_step)]
    last = slices[-1]
    coverage = (n_samples - last.start * HOP) / ((last.stop - last.start) * HOP)
    if coverage < min_coverage and len(slices) > 1:
        slices = slices[:-1]
    return slices
