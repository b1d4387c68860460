"""Streaming sample-rate conversion for microphone capture, in plain numpy.

Microphones that cannot deliver 16 kHz are captured at their own rate and converted here, block
by block. The converter is a windowed-sinc (Kaiser) interpolator whose output positions are kept
as exact integer ratios, so the phase stays continuous across blocks and never drifts however
long the session runs: feeding a signal in any split of blocks gives the same samples as feeding
it whole.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from localnotes.pcm import Float32Array

_HALF_WIDTH = 32  # kernel half-width, in input samples (at the lower of the two rates)
_KAISER_BETA = 8.6  # about 80 dB stop-band attenuation
_PASSBAND = 0.92  # cut-off as a fraction of the lower Nyquist frequency
_MAX_PHASES = 4096  # tabulate the kernel when output positions take at most this many phases


class StreamResampler:
    """Convert mono float32 audio from `in_rate` to `out_rate` one block at a time.

    `process(block)` returns every output sample that the input so far determines; `flush()`
    returns the rest once the input has ended. The output lags the input by the kernel's
    half-width (2 ms at 16 kHz), which `flush()` gives back.
    """

    def __init__(self, in_rate: int, out_rate: int) -> None:
        if in_rate <= 0 or out_rate <= 0:
            raise ValueError("sample rates must be positive")
        self.in_rate = int(in_rate)
        self.out_rate = int(out_rate)
        ratio = min(1.0, self.out_rate / self.in_rate)
        self._cutoff = 0.5 * ratio * _PASSBAND  # cycles per input sample
        # Widen the kernel when downsampling so that it spans the same number of zero crossings.
        self._half = int(np.ceil(_HALF_WIDTH / ratio))
        # The buffer begins `_half` samples before input sample 0 (zeros), so that the first
        # output samples have the left context the kernel needs.
        self._buf: Float32Array = np.zeros(self._half, dtype=np.float32)
        self._buf_origin = -self._half  # input index of _buf[0]
        self._next_out = 0  # index of the next output sample
        self._n_in = 0  # input samples received
        self._taps = np.arange(-self._half + 1, self._half + 1, dtype=np.int64)
        # Output positions fall on out_rate / gcd distinct fractions of an input sample; for the
        # usual rates (48 kHz: 1, 44.1 kHz: 160) a table of normalised weights per phase is small.
        self._step = int(np.gcd(self.in_rate, self.out_rate))
        n_phases = self.out_rate // self._step
        self._table: npt.NDArray[np.float32] | None = None
        if n_phases <= _MAX_PHASES:
            frac = np.arange(n_phases, dtype=np.float64) * self._step / self.out_rate
            self._table = self._weights(frac).astype(np.float32)

    @property
    def passthrough(self) -> bool:
        return self.in_rate == self.out_rate

    def process(self, block: npt.ArrayLike) -> Float32Array:
        """Feed one block of input; return the output samples it completes."""
        x = np.asarray(block, dtype=np.float32).reshape(-1)
        if self.passthrough:
            return x.copy()
        self._n_in += x.size
        self._buf = np.concatenate([self._buf, x])
        return self._emit(limit=None)

    def flush(self) -> Float32Array:
        """End of input: return the remaining output samples, up to the input's duration."""
        if self.passthrough:
            return np.zeros(0, dtype=np.float32)
        self._buf = np.concatenate([self._buf, np.zeros(self._half + 1, dtype=np.float32)])
        # The output that corresponds to the input received: ceil(n_in * out / in) samples.
        total = -(-self._n_in * self.out_rate // self.in_rate)
        return self._emit(limit=total)

    def _emit(self, limit: int | None) -> Float32Array:
        buf_end = self._buf_origin + self._buf.size  # input index just past the buffer
        # Output k sits at input position k * in / out; it is complete when the kernel's right
        # edge, floor(pos) + half, lies inside the buffer.
        last_ready = ((buf_end - 1 - self._half) * self.out_rate) // self.in_rate
        stop = last_ready + 1 if limit is None else min(last_ready + 1, limit)
        if stop <= self._next_out:
            return np.zeros(0, dtype=np.float32)
        k = np.arange(self._next_out, stop, dtype=np.int64)
        num = k * self.in_rate  # exact position, times out_rate
        base = num // self.out_rate  # floor(pos)
        rem = num - base * self.out_rate
        if self._table is not None:
            weights = self._table[rem // self._step]
        else:
            weights = self._weights(rem.astype(np.float64) / self.out_rate).astype(np.float32)
        idx = (base - self._buf_origin)[:, None] + self._taps[None, :]
        out: Float32Array = np.einsum("ij,ij->i", self._buf[idx], weights).astype(np.float32)
        self._next_out = int(stop)
        # Drop input that no later output can reach.
        next_base = (self._next_out * self.in_rate) // self.out_rate
        keep_from = next_base - self._half + 1 - self._buf_origin
        if keep_from > 0:
            self._buf = self._buf[keep_from:]
            self._buf_origin += int(keep_from)
        return out

    def _weights(self, frac: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        """Kernel weights for outputs at fractional offsets `frac`, normalised to unity DC gain."""
        dist = self._taps[None, :] - frac[:, None]  # sample position minus output position
        w = self._kernel(dist)
        result: npt.NDArray[np.float64] = w / w.sum(axis=1, keepdims=True)
        return result

    def _kernel(self, dist: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        fc = self._cutoff
        window_arg = np.clip(1.0 - (dist / self._half) ** 2, 0.0, None)
        window = np.i0(_KAISER_BETA * np.sqrt(window_arg)) / np.i0(_KAISER_BETA)
        result: npt.NDArray[np.float64] = 2.0 * fc * np.sinc(2.0 * fc * dist) * window
        return result


def resample(audio: npt.ArrayLike, in_rate: int, out_rate: int) -> Float32Array:
    """Convert a whole mono signal at once (the same samples as streaming it)."""
    r = StreamResampler(in_rate, out_rate)
    head = r.process(audio)
    return np.concatenate([head, r.flush()])
