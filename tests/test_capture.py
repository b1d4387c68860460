"""Capture's control logic against a stand-in PortAudio: consent first, stop conditions,
resampling on the way, error messages. Real capture is in test_capture_device.py."""

from __future__ import annotations

import importlib.abc
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

import numpy as np
import pytest

from localnotes.audio import capture
from localnotes.audio.devices import list_input_devices
from localnotes.errors import AudioError, ConsentError
from localnotes.pcm import SAMPLE_RATE
from localnotes.types import CaptureGrant, RetentionPolicy, Scope

POLICY = RetentionPolicy(audio_s=0, transcript_s=86400, redacted_s=86400)


def grant(scopes: set[Scope] | None = None, expires_at: float | None = None) -> CaptureGrant:
    return CaptureGrant(
        consent_id="c-1",
        patient_hash="ab" * 32,
        scopes=frozenset({Scope.AUDIO, Scope.TRANSCRIPT} if scopes is None else scopes),
        retention=POLICY,
        expires_at=expires_at,
    )


class Tripwire(ModuleType):
    """Stands in for sounddevice; any use of it fails the test."""

    def __init__(self) -> None:
        super().__init__("sounddevice")
        self.touched: list[str] = []

    def __getattr__(self, name: str) -> Any:
        self.touched.append(name)
        raise AssertionError(f"sounddevice.{name} used without consent")


class FakePortAudioError(Exception):
    pass


class FakeSoundDevice(ModuleType):
    """Enough of sounddevice for capture: one input device whose stream calls back from its
    own thread with a 1 kHz sine at `rate`, or with nothing when `stalled`."""

    PortAudioError = FakePortAudioError

    def __init__(
        self,
        rates: tuple[int, ...] = (16000,),
        default_rate: int = 16000,
        stalled: bool = False,
        open_error: str | None = None,
    ) -> None:
        super().__init__("sounddevice")
        self.rates = rates
        self.default_rate = default_rate
        self.stalled = stalled
        self.open_error = open_error
        self.opened: list[dict[str, Any]] = []
        self.default = type("Default", (), {"device": [0, 0]})()

    def _info(self) -> dict[str, Any]:
        return {
            "index": 0,
            "name": "Fake Mic",
            "max_input_channels": 2,
            "hostapi": 0,
            "default_samplerate": float(self.default_rate),
        }

    def query_devices(self, device: Any = None, kind: str | None = None) -> Any:
        if device is None and kind is None:
            return [self._info()]
        if device not in (None, 0, "Fake Mic", "Fake"):  # "0" must arrive as 0
            raise ValueError(f"No input device matching {device!r}")
        return self._info()

    def query_hostapis(self) -> Any:
        return [{"name": "FakeAPI"}]

    def check_input_settings(self, device: Any, samplerate: int, channels: int, dtype: str) -> None:
        if samplerate not in self.rates:
            raise FakePortAudioError("Invalid sample rate")

    def InputStream(self, **kw: Any) -> FakeStream:
        if self.open_error:
            raise FakePortAudioError(self.open_error)
        self.opened.append(kw)
        return FakeStream(self, **kw)


class FakeStream:
    def __init__(
        self,
        sd: FakeSoundDevice,
        *,
        samplerate: int,
        channels: int,
        blocksize: int,
        callback: Callable[..., None],
        **_: Any,
    ) -> None:
        self.sd, self.rate, self.channels = sd, samplerate, channels
        self.blocksize, self.callback = blocksize, callback
        self.running = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.sent = 0

    def start(self) -> None:
        self.running.set()
        self.thread.start()

    def _run(self) -> None:
        status = type("Status", (), {"input_overflow": False})()
        n = 0
        while self.running.is_set():
            time.sleep(0.01)  # faster than real time; nothing here depends on the pace
            if self.sd.stalled or not self.running.is_set():
                continue
            t = (n + np.arange(self.blocksize)) / self.rate
            block = (0.5 * np.sin(2 * np.pi * 1000 * t)).astype(np.float32)
            n += self.blocksize
            self.callback(
                np.repeat(block[:, None], self.channels, axis=1), self.blocksize, None, status
            )
            self.sent += 1

    def abort(self, ignore_errors: bool = True) -> None:
        self.running.clear()

    def close(self, ignore_errors: bool = True) -> None:
        self.running.clear()


@pytest.fixture
def tripwire(monkeypatch: pytest.MonkeyPatch) -> Tripwire:
    sd = Tripwire()
    monkeypatch.setitem(sys.modules, "sounddevice", sd)
    return sd


@pytest.fixture
def fake_sd(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., FakeSoundDevice]]:
    def install(**kw: Any) -> FakeSoundDevice:
        sd = FakeSoundDevice(**kw)
        monkeypatch.setitem(sys.modules, "sounddevice", sd)
        return sd

    yield install


class Collect:
    def __init__(self) -> None:
        self.blocks: list[bytes] = []

    def __call__(self, pcm: bytes) -> None:
        self.blocks.append(pcm)

    def audio(self) -> np.ndarray[Any, Any]:
        return np.frombuffer(b"".join(self.blocks), dtype="<i2").astype(np.float32) / 32768


@pytest.mark.parametrize(
    "bad",
    [None, "grant", grant(scopes=set()), grant(expires_at=time.time() - 1)],
    ids=["none", "not-a-grant", "no-scope", "expired"],
)
def test_capture_refused_without_live_consent(tripwire: Tripwire, bad: Any) -> None:
    with pytest.raises(ConsentError) as e:
        capture.record(bad, Collect(), seconds=1)
    assert e.value.exit_code == 3
    assert tripwire.touched == []


def test_capture_allowed_with_either_scope() -> None:
    for scopes in ({Scope.AUDIO}, {Scope.TRANSCRIPT}):
        assert capture.check_grant(grant(scopes=scopes)) is not None


def test_refusal_never_imports_sounddevice() -> None:
    code = (
        "import sys\n"
        "import localnotes.audio.capture as c\n"
        "assert 'sounddevice' not in sys.modules, 'imported by the module'\n"
        "from localnotes.errors import ConsentError\n"
        "try:\n"
        "    c.record(None, lambda b: None, seconds=1)\n"
        "except ConsentError:\n"
        "    pass\n"
        "assert 'sounddevice' not in sys.modules, 'imported by a refused record()'\n"
        "print('ok')\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "ok"


def test_capture_resamples_when_device_lacks_16k(fake_sd: Callable[..., FakeSoundDevice]) -> None:
    sd = fake_sd(rates=(48000,), default_rate=48000)
    sink = Collect()
    stats = capture.record(grant(), sink, seconds=1.0)
    assert (stats.device_rate, stats.frames, stats.stopped_by) == (48000, 16000, "seconds")
    assert sd.opened[0]["samplerate"] == 48000 and sd.opened[0]["channels"] == 1
    audio = sink.audio()
    assert audio.size == 16000
    spectrum = np.abs(np.fft.rfft(audio * np.hanning(audio.size)))
    assert np.argmax(spectrum) * 16000 / audio.size == pytest.approx(1000, abs=2)
    assert 20 * np.log10(np.sqrt(np.mean(audio[200:] ** 2))) == pytest.approx(-9.03, abs=0.2)


def test_capture_takes_16k_directly_and_sink_blocks_are_small(
    fake_sd: Callable[..., FakeSoundDevice],
) -> None:
    fake_sd(rates=(16000, 44100), default_rate=44100)
    sink = Collect()
    levels: list[tuple[float, float]] = []
    stats = capture.record(
        grant(), sink, seconds=2.0, on_level=lambda t, db: levels.append((t, db))
    )
    assert stats.device_rate == 16000 and stats.frames == 32000
    # never more than 0.25 s of audio per sink call: nothing is held back
    assert max(len(b) for b in sink.blocks) <= 0.25 * 16000 * 2
    assert levels[-1][0] == pytest.approx(2.0)
    assert all(-10 < db < -8 for _, db in levels)


def test_should_stop_is_polled_while_the_device_is_silent(
    fake_sd: Callable[..., FakeSoundDevice],
) -> None:
    fake_sd(stalled=True)
    calls: list[float] = []

    def should_stop() -> bool:
        calls.append(time.monotonic())
        return len(calls) >= 5

    stats = capture.record(grant(), Collect(), should_stop=should_stop)
    assert stats.stopped_by == "withdrawn" and len(calls) == 5


def _audio_after_withdrawal(withdraw_after: int, stall_s: float = 0.0) -> tuple[str, float]:
    """Record until the withdrawal comes after `withdraw_after` blocks (the sink stalling
    `stall_s` on the first, as a busy machine does): how capture stopped, and the seconds of
    audio that reached the sink after the withdrawal."""
    withdrawn = threading.Event()
    late: list[bytes] = []
    sink = Collect()

    def guarded(pcm: bytes) -> None:
        (late if withdrawn.is_set() else sink.blocks).append(pcm)
        if len(sink.blocks) == 1:
            time.sleep(stall_s)
        if len(sink.blocks) == withdraw_after:
            withdrawn.set()

    stats = capture.record(grant(), guarded, should_stop=withdrawn.is_set)
    return stats.stopped_by, sum(len(b) for b in late) / 2 / SAMPLE_RATE


def test_withdrawal_stops_and_nothing_after_it_reaches_the_sink(
    fake_sd: Callable[..., FakeSoundDevice],
) -> None:
    fake_sd()
    # should_stop may query the vault, so it is asked at most every POLL_S / 2: what reaches the
    # sink after the withdrawal is at most that much audio, never the rest of the session
    stopped_by, late_s = _audio_after_withdrawal(10)
    assert stopped_by == "withdrawn" and late_s <= capture.POLL_S


def test_withdrawal_holds_while_a_backlog_drains(fake_sd: Callable[..., FakeSoundDevice]) -> None:
    """A loaded machine: the sink stalls, blocks queue up and are then drained faster than real
    time. should_stop is still asked after every POLL_S / 2 of audio, so no more than that gets
    past a withdrawal (it was asked only by wall time, and a whole backlog went through)."""
    fake_sd()
    stopped_by, late_s = _audio_after_withdrawal(2, stall_s=0.6)
    assert stopped_by == "withdrawn" and late_s <= capture.POLL_S, late_s


def test_grant_expiring_mid_session_stops_capture(fake_sd: Callable[..., FakeSoundDevice]) -> None:
    fake_sd(stalled=True)
    stats = capture.record(grant(expires_at=time.time() + 0.3), Collect())
    assert stats.stopped_by == "withdrawn"


def test_stop_event_keeps_what_was_captured(fake_sd: Callable[..., FakeSoundDevice]) -> None:
    fake_sd()
    stop = threading.Event()
    sink = Collect()

    def sink_then_stop(pcm: bytes) -> None:
        sink(pcm)
        if len(sink.blocks) == 5:
            stop.set()

    stats = capture.record(grant(), sink_then_stop, stop_event=stop)
    assert stats.stopped_by == "stop" and stats.frames == sink.audio().size >= 5 * 1600


def test_ctrl_c_is_a_normal_end(fake_sd: Callable[..., FakeSoundDevice]) -> None:
    fake_sd()
    before = signal.getsignal(signal.SIGINT)
    sink = Collect()

    def sink_then_interrupt(pcm: bytes) -> None:
        sink(pcm)
        if len(sink.blocks) == 3:
            os.kill(os.getpid(), signal.SIGINT)

    stats = capture.record(grant(), sink_then_interrupt)
    assert stats.stopped_by == "interrupt" and stats.frames >= 3 * 1600
    assert signal.getsignal(signal.SIGINT) is before


def test_device_by_name_or_index(fake_sd: Callable[..., FakeSoundDevice]) -> None:
    sd = fake_sd()
    for device in ("Fake", "0", 0):
        assert capture.record(grant(), Collect(), device=device, seconds=0.2).frames == 3200
    assert [kw["device"] for kw in sd.opened] == [0, 0, 0]


def test_device_errors_are_one_line_audio_errors(fake_sd: Callable[..., FakeSoundDevice]) -> None:
    fake_sd()
    with pytest.raises(AudioError, match="No input device matching 'USB'"):
        capture.record(grant(), Collect(), device="USB", seconds=1)
    fake_sd(open_error="Device unavailable")
    with pytest.raises(AudioError, match="another program") as e:
        capture.record(grant(), Collect(), seconds=1)
    assert "\n" not in str(e.value)


class _NoPortAudio(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def find_spec(self, name: str, path: Any, target: Any = None) -> Any:
        from importlib.machinery import ModuleSpec

        return ModuleSpec(name, self) if name == "sounddevice" else None

    def create_module(self, spec: Any) -> None:
        return None

    def exec_module(self, module: ModuleType) -> None:
        raise OSError("PortAudio library not found")


def test_missing_portaudio_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, "sounddevice", raising=False)
    monkeypatch.setattr(sys, "meta_path", [_NoPortAudio(), *sys.meta_path])
    with pytest.raises(AudioError, match="libportaudio2"):
        capture.record(grant(), Collect(), seconds=1)
    with pytest.raises(AudioError, match="libportaudio2"):
        list_input_devices()


def test_input_devices_lists_inputs(fake_sd: Callable[..., FakeSoundDevice]) -> None:
    fake_sd()
    assert [d.as_dict() for d in list_input_devices()] == [
        {
            "index": 0,
            "name": "Fake Mic",
            "channels": 2,
            "default_samplerate": 16000,
            "hostapi": "FakeAPI",
            "default": True,
        }
    ]


def test_rms_dbfs() -> None:
    t = np.arange(16000) / 16000
    assert capture.rms_dbfs(np.sin(2 * np.pi * 440 * t).astype(np.float32)) == pytest.approx(
        -3.01, abs=0.01
    )
    assert capture.rms_dbfs(np.zeros(100, dtype=np.float32)) == -100.0
