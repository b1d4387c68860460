"""Microphone capture through sounddevice (PortAudio), only with a live `CaptureGrant`.

`record()` checks the grant before anything else: without one it raises `ConsentError` and
sounddevice is never imported, so no device can be opened. With one it captures 16 kHz mono
signed 16-bit PCM and hands it to a sink in blocks of 0.1 s as it arrives (the vault's streaming
container in the product), so the session is never held in memory and never lies on disk in
the clear. Devices that cannot deliver 16 kHz are captured at their own rate and resampled.

sounddevice is imported here only, inside functions: importing this module loads nothing.
"""

from __future__ import annotations

import queue
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from types import FrameType, ModuleType
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

from localnotes.audio.devices import one_line, sounddevice
from localnotes.audio.resample import StreamResampler
from localnotes.errors import AudioError, ConsentError
from localnotes.pcm import SAMPLE_RATE
from localnotes.types import CaptureGrant, Scope

BLOCK_S = 0.1  # audio per device callback, and so per sink call
POLL_S = 0.1  # the longest the loop waits before polling should_stop and the clock again
_LEVEL_FLOOR_DBFS = -100.0

StoppedBy = Literal["seconds", "stop", "interrupt", "withdrawn"]
Device = str | int | None


@dataclass(frozen=True)
class CaptureStats:
    """How a capture went. `seconds` and `frames` count the 16 kHz audio given to the sink.

    `stopped_by`: "seconds" (the asked length was reached), "stop" (stop_event), "interrupt"
    (Ctrl-C), "withdrawn" (should_stop() said so, or the grant expired during the session).
    `overflows` counts the times the device dropped input because the machine fell behind.
    """

    seconds: float
    frames: int
    device_name: str
    device_rate: int
    stopped_by: StoppedBy
    overflows: int = 0


def check_grant(grant: object, now: float | None = None) -> CaptureGrant:
    """The grant, if it allows capture now; else ConsentError. Capturing needs a live consent
    that covers the transcript or the audio (which of them is kept is the caller's business)."""
    if not isinstance(grant, CaptureGrant):
        raise ConsentError("no live consent for this patient: recording refused")
    t = time.time() if now is None else now
    if not (grant.covers(Scope.TRANSCRIPT, t) or grant.covers(Scope.AUDIO, t)):
        if grant.expires_at is not None and t >= grant.expires_at:
            raise ConsentError("the patient's consent has expired: recording refused")
        raise ConsentError("the patient's consent does not cover recording: recording refused")
    return grant


def record(
    grant: CaptureGrant,
    sink: Callable[[bytes], None],
    *,
    device: Device = None,
    seconds: float | None = None,
    should_stop: Callable[[], bool] = lambda: False,
    on_level: Callable[[float, float], None] | None = None,
    stop_event: threading.Event | None = None,
    samplerate: int | None = None,
    on_open: Callable[[], None] | None = None,
) -> CaptureStats:
    """Capture from `device` (name, index, or the default input) until one of: `seconds` of
    audio, `stop_event` set, Ctrl-C, or `should_stop()` true (polled every 0.1 s, for consent
    withdrawn in another process). Each block goes to `sink` as 16 kHz mono s16le bytes as soon
    as it is captured; `on_level(elapsed_s, rms_dbfs)` follows each block, for a meter.

    `samplerate` forces the device rate (default: 16 kHz when the device offers it, else its
    own rate). Ctrl-C is a normal end and returns the stats. Device trouble is an AudioError.
    `on_open()` runs once the device is open and capturing, before any block reaches `sink`: the
    caller starts its session there, so a device that cannot be opened leaves nothing behind.
    """
    check_grant(grant)
    if seconds is not None and seconds <= 0:
        raise ValueError("seconds must be positive")
    sd = sounddevice()
    info = _input_device_info(sd, device)
    index = int(info["index"])
    rate, channels = _pick_format(sd, index, info, samplerate)

    blocks: queue.SimpleQueue[npt.NDArray[np.float32]] = queue.SimpleQueue()
    overflows = [0]

    def callback(indata: npt.NDArray[np.float32], frames: int, t: Any, status: Any) -> None:
        # PortAudio's thread: copy and hand over, nothing else.
        if status.input_overflow:
            overflows[0] += 1
        blocks.put(indata.copy())

    interrupted = threading.Event()
    with _sigint_sets(interrupted):
        try:
            stream = sd.InputStream(
                device=index,
                samplerate=rate,
                channels=channels,
                dtype="float32",
                blocksize=max(1, int(rate * BLOCK_S)),
                callback=callback,
            )
            stream.start()
        except sd.PortAudioError as e:
            raise AudioError(
                f"could not open the input device {info['name']!r}: {one_line(e)} "
                "(is another program using it?)"
            ) from None
        loop = _Loop(grant, sink, seconds, should_stop, on_level, stop_event, interrupted)
        try:
            if on_open is not None:
                on_open()
            stopped_by = loop.run(blocks, StreamResampler(rate, SAMPLE_RATE))
        finally:
            stream.abort(ignore_errors=True)
            stream.close(ignore_errors=True)
    return CaptureStats(
        seconds=loop.frames / SAMPLE_RATE,
        frames=loop.frames,
        device_name=str(info["name"]),
        device_rate=rate,
        stopped_by=stopped_by,
        overflows=overflows[0],
    )


class _Loop:
    """The capture loop on the caller's thread: resample, convert, hand to the sink, check
    the clock and the stop conditions at least every POLL_S."""

    def __init__(
        self,
        grant: CaptureGrant,
        sink: Callable[[bytes], None],
        seconds: float | None,
        should_stop: Callable[[], bool],
        on_level: Callable[[float, float], None] | None,
        stop_event: threading.Event | None,
        interrupted: threading.Event,
    ) -> None:
        self.grant = grant
        self.sink = sink
        self.limit = None if seconds is None else round(seconds * SAMPLE_RATE)
        self.should_stop = should_stop
        self.on_level = on_level
        self.stop_event = stop_event
        self.interrupted = interrupted
        self.frames = 0
        self._polled_at = -1.0
        self._frames_at_poll = 0

    def run(
        self, blocks: queue.SimpleQueue[npt.NDArray[np.float32]], resampler: StreamResampler
    ) -> StoppedBy:
        while True:
            if self._withdrawn():
                return "withdrawn"  # nothing captured after this point reaches the sink
            if self.interrupted.is_set() or self._stop_requested():
                # A deliberate stop keeps what was captured up to it.
                self._drain(blocks, resampler)
                self._deliver(resampler.flush())
                return "interrupt" if self.interrupted.is_set() else "stop"
            try:
                block = blocks.get(timeout=POLL_S)
            except queue.Empty:
                continue
            except KeyboardInterrupt:  # off the main thread no handler is installed
                self.interrupted.set()
                continue
            if self._deliver(resampler.process(_mono(block))):
                return "seconds"

    def _withdrawn(self) -> bool:
        # should_stop may query the vault: ask it at most every POLL_S / 2 of wall time, but also
        # after every POLL_S / 2 of audio delivered, so that a backlog drained faster than real
        # time (a loaded machine catching up) lets no more audio past a withdrawal than that.
        now = time.monotonic()
        heard = (self.frames - self._frames_at_poll) / SAMPLE_RATE
        if now - self._polled_at < POLL_S / 2 and heard < POLL_S / 2:
            return False
        self._polled_at, self._frames_at_poll = now, self.frames
        return self.should_stop() or not self._grant_live()

    def _stop_requested(self) -> bool:
        return self.stop_event is not None and self.stop_event.is_set()

    def _grant_live(self) -> bool:
        now = time.time()
        return self.grant.covers(Scope.TRANSCRIPT, now) or self.grant.covers(Scope.AUDIO, now)

    def _drain(
        self, blocks: queue.SimpleQueue[npt.NDArray[np.float32]], resampler: StreamResampler
    ) -> None:
        while True:
            try:
                block = blocks.get_nowait()
            except queue.Empty:
                return
            if self._deliver(resampler.process(_mono(block))):
                return

    def _deliver(self, audio: npt.NDArray[np.float32]) -> bool:
        """Give audio to the sink; True once the asked length is reached."""
        if self.limit is not None:
            audio = audio[: max(0, self.limit - self.frames)]
        if audio.size:
            pcm = np.clip(np.rint(audio * 32767.0), -32768, 32767).astype("<i2")
            self.sink(pcm.tobytes())
            self.frames += int(audio.size)
            if self.on_level is not None:
                self.on_level(self.frames / SAMPLE_RATE, rms_dbfs(audio))
        return self.limit is not None and self.frames >= self.limit


def rms_dbfs(audio: npt.NDArray[np.float32]) -> float:
    """The RMS level of a block in dB relative to full scale (a full-scale sine is -3 dB)."""
    if audio.size == 0:
        return _LEVEL_FLOOR_DBFS
    rms = float(np.sqrt(np.mean(np.square(audio, dtype=np.float64))))
    if rms <= 0.0:
        return _LEVEL_FLOOR_DBFS
    return max(_LEVEL_FLOOR_DBFS, 20.0 * float(np.log10(rms)))


def _mono(block: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
    mono: npt.NDArray[np.float32] = (
        block.mean(axis=1, dtype=np.float32) if block.ndim == 2 and block.shape[1] > 1 else block
    )
    return mono.reshape(-1)


def _input_device_info(sd: ModuleType, device: Device) -> dict[str, Any]:
    if isinstance(device, str) and device.strip().isdigit():
        device = int(device)  # `--device 3` means index 3, as `--list-devices` shows it
    try:
        info = sd.query_devices(device, "input")
    except ValueError as e:  # no match, several matches, or not an input
        raise AudioError(
            f"{one_line(e)}: see `localnotes record --list-devices` for the inputs"
        ) from None
    except sd.PortAudioError:
        raise AudioError(
            "no input device found: connect a microphone, or see `localnotes record --list-devices`"
        ) from None
    if int(info["max_input_channels"]) <= 0:
        raise AudioError(f"{info['name']!r} is not an input device")
    return dict(info)


def _pick_format(
    sd: ModuleType, index: int, info: dict[str, Any], forced_rate: int | None
) -> tuple[int, int]:
    """(rate, channels) the device accepts: 16 kHz mono when it can, else its own rate, in
    mono or else in as few channels as it allows (mixed down to mono afterwards)."""
    rates = [forced_rate] if forced_rate else [SAMPLE_RATE, int(info["default_samplerate"])]
    channel_options = sorted({1, min(2, int(info["max_input_channels"]))})
    last: Exception | None = None
    for rate in rates:
        for ch in channel_options:
            try:
                sd.check_input_settings(device=index, samplerate=rate, channels=ch, dtype="float32")
            except sd.PortAudioError as e:
                last = e
                continue
            return int(rate), ch
    raise AudioError(
        f"the input device {info['name']!r} accepts none of the formats tried: {one_line(last)}"
    )


class _sigint_sets:
    """While recording on the main thread, Ctrl-C sets an event instead of raising, so a sink
    write is never cut in half; the previous handler comes back afterwards."""

    def __init__(self, event: threading.Event) -> None:
        self.event = event
        self.previous: Any = None
        self.installed = False

    def __enter__(self) -> None:
        if threading.current_thread() is threading.main_thread():
            self.previous = signal.signal(signal.SIGINT, self._handle)
            self.installed = True

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        self.event.set()

    def __exit__(self, *exc: object) -> None:
        if self.installed:
            signal.signal(signal.SIGINT, self.previous)
