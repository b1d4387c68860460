"""Decode audio files to 16 kHz float32 PCM, a window at a time.

Anything FFmpeg (through PyAV) reads works: wav, flac, mp3, m4a, ogg. A file is never held in memory
whole: frames stream through a resampler into a buffer of at most one window, and each window is
cut at the quietest moment near its end so that no word is split between two windows. A mono mix is
what Whisper wants; `channels="split"` keeps the two channels of a stereo file apart (one speaker
per microphone). PyAV is imported here only, and only when a file is opened.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

from localnotes.errors import AudioError, NotFoundError, UsageError
from localnotes.pcm import SAMPLE_RATE, Float32Array

Channels = Literal["mix", "split"]
DEFAULT_WINDOW_S = 600.0
#: How far back from a window's end to look for a quiet place to cut.
CUT_SEARCH_S = 10.0
_FRAME = 1_600  # 0.1 s at 16 kHz: the unit in which quiet is measured


@dataclass(frozen=True)
class AudioInfo:
    """What a file holds, before any decoding."""

    duration_s: float
    channels: int
    sample_rate: int
    codec: str


@dataclass(frozen=True)
class PcmWindow:
    """A stretch of decoded audio: `samples` has shape (channels, n), 16 kHz float32."""

    start_s: float
    samples: Float32Array

    @property
    def duration_s(self) -> float:
        return float(self.samples.shape[-1]) / SAMPLE_RATE


def _av() -> Any:
    import av

    return av


def _open(path: Path) -> Any:
    """Open a container with an audio stream, or raise a one-line AudioError / NotFoundError."""
    av = _av()
    if not path.exists():
        raise NotFoundError(f"no audio file at {path}")
    if not path.is_file():
        raise AudioError(f"{path} is not a file")
    if path.stat().st_size == 0:
        raise AudioError(f"{path} is empty (0 bytes)")
    try:
        container = av.open(str(path), mode="r", metadata_errors="ignore")
    except av.FFmpegError as exc:
        raise AudioError(f"{path.name} is not a readable audio file ({_reason(exc)})") from None
    if not container.streams.audio:
        container.close()
        raise AudioError(f"{path.name} has no audio stream")
    return container


def _reason(exc: Exception) -> str:
    text = getattr(exc, "strerror", None) or str(exc)
    return str(text).split(":")[0].strip().lower() or type(exc).__name__


def probe(path: Path) -> AudioInfo:
    """Duration, channels and rate from the container's header, without decoding the audio."""
    path = Path(path)
    container = _open(path)
    try:
        stream = container.streams.audio[0]
        duration_s = 0.0
        if stream.duration is not None and stream.time_base is not None:
            duration_s = float(stream.duration * stream.time_base)
        elif container.duration is not None:
            duration_s = container.duration / 1_000_000
        ctx = stream.codec_context
        channels = int(getattr(ctx, "channels", 0) or stream.layout.nb_channels)
        return AudioInfo(
            duration_s=duration_s,
            channels=channels,
            sample_rate=int(ctx.sample_rate or 0),
            codec=str(ctx.name),
        )
    finally:
        container.close()


def _decoded_blocks(path: Path, layout: str) -> Iterator[npt.NDArray[np.int16]]:
    """Decoded 16 kHz s16 blocks of shape (channels, n), as faster-whisper's own decoder makes."""
    av = _av()
    container = _open(path)
    resampler = av.AudioResampler(format="s16", layout=layout, rate=SAMPLE_RATE)
    fifo = av.AudioFifo()
    width = 1 if layout == "mono" else 2
    decoded_any = False
    errors = 0
    try:
        frames = container.decode(audio=0)
        while True:
            try:
                frame = next(frames)
            except StopIteration:
                frame = None
            except av.error.InvalidDataError:
                errors += 1  # a damaged packet: skip it, as faster-whisper does
                if errors > 1000:
                    raise AudioError(
                        f"{path.name} is corrupt: too many undecodable packets"
                    ) from None
                continue
            except av.FFmpegError as exc:
                raise AudioError(f"{path.name} could not be decoded ({_reason(exc)})") from None
            if frame is not None:
                frame.pts = None  # timestamps of damaged files confuse the fifo; order is enough
                fifo.write(frame)
                if fifo.samples < 200_000:
                    continue
            if fifo.samples:
                for out in resampler.resample(fifo.read()):
                    decoded_any = True
                    yield out.to_ndarray().reshape(-1, width).T
            if frame is None:
                for out in resampler.resample(None):  # flush the resampler's delay line
                    yield out.to_ndarray().reshape(-1, width).T
                break
    finally:
        container.close()
        del resampler, fifo
        gc.collect()  # PyAV's resampler holds buffers until collected (faster-whisper #390)
    if not decoded_any and errors:
        raise AudioError(f"{path.name} is corrupt: no audio could be decoded")


def quietest_cut(buf: npt.NDArray[Any], limit: int) -> int:
    """Index at or before `limit` at the centre of the quietest 0.1 s in the search span."""
    lo = max(0, limit - int(CUT_SEARCH_S * SAMPLE_RATE))
    n_frames = (limit - lo) // _FRAME
    if n_frames < 2:
        return limit
    span = buf[:, lo : lo + n_frames * _FRAME].astype(np.float32)
    energy = np.square(span.reshape(buf.shape[0], n_frames, _FRAME)).sum(axis=(0, 2))
    # Prefer the latest of equally quiet frames so windows stay long.
    best = n_frames - 1 - int(np.argmin(energy[::-1]))
    return lo + best * _FRAME + _FRAME // 2


def _to_float(pcm: npt.NDArray[np.int16]) -> Float32Array:
    out: Float32Array = pcm.astype(np.float32)
    out /= 32768.0
    return out


def iter_windows(
    path: Path, window_s: float = DEFAULT_WINDOW_S, channels: Channels = "mix"
) -> Iterator[PcmWindow]:
    """Stream a file as consecutive windows of at most `window_s` seconds, cut at quiet points.

    Windows cover the file exactly, without gaps or overlap. Memory stays around one window.
    """
    path = Path(path)
    if channels not in ("mix", "split"):
        raise UsageError(f"channels must be 'mix' or 'split', not {channels!r}")
    if window_s < 2 * CUT_SEARCH_S:
        raise UsageError(f"window_s must be at least {2 * CUT_SEARCH_S:.0f} seconds")
    if channels == "split":
        info = probe(path)
        if info.channels != 2:
            raise UsageError(
                f"--channels split needs a stereo file (one speaker per channel); "
                f"{path.name} has {info.channels} channel(s)"
            )
    limit = int(window_s * SAMPLE_RATE)
    width = 1 if channels == "mix" else 2
    pending: list[npt.NDArray[np.int16]] = []
    pending_n = 0
    emitted = 0
    for block in _decoded_blocks(path, "mono" if channels == "mix" else "stereo"):
        pending.append(block)
        pending_n += block.shape[1]
        while pending_n >= limit:
            buf = np.concatenate(pending, axis=1) if len(pending) > 1 else pending[0]
            pending = []  # hold one copy of the audio, not two, while the window is used
            cut = quietest_cut(buf, limit)
            window = _to_float(buf[:, :cut])
            rest = buf[:, cut:].copy()
            del buf
            yield PcmWindow(emitted / SAMPLE_RATE, window)
            del window
            emitted += cut
            pending, pending_n = [rest], rest.shape[1]
    if pending_n:
        buf = np.concatenate(pending, axis=1)
        pending = []
        window = _to_float(buf.reshape(width, -1))
        del buf
        yield PcmWindow(emitted / SAMPLE_RATE, window)


def windows_from_array(
    samples: Float32Array, window_s: float = DEFAULT_WINDOW_S
) -> Iterator[PcmWindow]:
    """Windows over 16 kHz mono audio already in memory, cut at quiet points like `iter_windows`."""
    mono = np.asarray(samples, dtype=np.float32).reshape(1, -1)
    limit = int(window_s * SAMPLE_RATE)
    start = 0
    while mono.shape[1] - start > limit:
        rest = mono[:, start:]
        cut = quietest_cut(rest, limit)
        yield PcmWindow(start / SAMPLE_RATE, rest[:, :cut])
        start += cut
    if mono.shape[1] > start:
        yield PcmWindow(start / SAMPLE_RATE, mono[:, start:])


def read_pcm16(path: Path, max_seconds: float = 3600.0) -> bytes:
    """The whole file as 16 kHz mono s16le bytes; for short files (refuses past `max_seconds`)."""
    out = bytearray()
    limit = int(max_seconds * SAMPLE_RATE)
    for block in _decoded_blocks(Path(path), "mono"):
        out += block.astype("<i2").tobytes()
        if len(out) // 2 > limit:
            raise AudioError(f"{Path(path).name} is longer than {max_seconds:.0f} s; stream it")
    return bytes(out)
