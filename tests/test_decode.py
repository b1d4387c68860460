"""Audio decoding: every common format, clear one-line errors for bad files, windows that cover
the file exactly and are cut in quiet places, and bounded memory on a two-hour file."""

from __future__ import annotations

import subprocess
import sys
import wave
from pathlib import Path

import numpy as np
import pytest

from harness.speech import REAL_SPEECH
from localnotes.audio import decode
from localnotes.audio.decode import iter_windows, probe, read_pcm16
from localnotes.errors import AudioError, NotFoundError, UsageError
from localnotes.pcm import SAMPLE_RATE
from tests.audio_fixtures import make_near_silence

SPEECH = REAL_SPEECH


def write_wav(path: Path, samples: np.ndarray, rate: int = SAMPLE_RATE, channels: int = 1) -> Path:
    pcm = (np.clip(samples, -1, 1) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(pcm.tobytes())
    return path


def encode(src: Path, dst: Path, codec: str) -> Path:
    """Re-encode with PyAV (tests only) so every container is really what its name says."""
    import av

    with av.open(str(src)) as inp, av.open(str(dst), "w") as out:
        rate = 48000 if codec == "libopus" else inp.streams.audio[0].rate
        stream = out.add_stream(codec, rate=rate, layout="mono")
        resampler = av.AudioResampler(
            format=stream.codec_context.format.name, layout="mono", rate=rate
        )
        for frame in inp.decode(audio=0):
            frame.pts = None
            for converted in resampler.resample(frame):
                for packet in stream.encode(converted):
                    out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    return dst


def tone(seconds: float, rate: int = SAMPLE_RATE, level: float = 0.3) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    return (level * np.sin(2 * np.pi * 440 * t)).astype(np.float32)


@pytest.mark.parametrize(
    ("suffix", "codec"), [("flac", "flac"), ("mp3", "mp3"), ("m4a", "aac"), ("ogg", "libopus")]
)
def test_common_formats_decode_to_16k_mono(tmp_path: Path, suffix: str, codec: str) -> None:
    src = write_wav(tmp_path / "a.wav", tone(3.0, 44100), rate=44100)
    try:
        path = encode(src, tmp_path / f"a.{suffix}", codec)
    except Exception as exc:  # PyAV's wheel bundles every one of these encoders
        pytest.fail(f"no {codec} encoder in this PyAV build: {exc}")
    info = probe(path)
    assert info.channels == 1 and abs(info.duration_s - 3.0) < 0.2
    windows = list(iter_windows(path))
    total = sum(w.samples.shape[1] for w in windows)
    assert abs(total / SAMPLE_RATE - 3.0) < 0.2
    assert windows[0].samples.dtype == np.float32 and windows[0].samples.shape[0] == 1
    assert 0.1 < float(np.abs(windows[0].samples).max()) < 0.6


def test_windows_equal_faster_whispers_own_decoding() -> None:
    from faster_whisper.audio import decode_audio

    path = SPEECH / "phone_call_2spk.wav"
    windows = list(iter_windows(path, window_s=20))
    assert len(windows) == 2
    joined = np.concatenate([w.samples[0] for w in windows])
    np.testing.assert_array_equal(joined, decode_audio(str(path)))
    assert windows[1].start_s == windows[0].samples.shape[1] / SAMPLE_RATE


def test_probe_reads_the_header() -> None:
    info = probe(SPEECH / "jfk.flac")
    assert (info.channels, info.sample_rate, round(info.duration_s)) == (2, 44100, 11)


def test_split_keeps_channels_apart(tmp_path: Path) -> None:
    left, right = tone(2.0, level=0.5), np.zeros(2 * SAMPLE_RATE, dtype=np.float32)
    path = write_wav(tmp_path / "st.wav", np.stack([left, right], axis=1).reshape(-1), channels=2)
    (window,) = iter_windows(path, channels="split")
    assert window.samples.shape == (2, 2 * SAMPLE_RATE)
    assert np.abs(window.samples[0]).max() > 0.4 and np.abs(window.samples[1]).max() == 0


def test_split_of_a_mono_file_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="stereo"):
        list(iter_windows(write_wav(tmp_path / "m.wav", tone(1.0)), channels="split"))


def test_windows_are_cut_in_the_quiet(tmp_path: Path) -> None:
    rng = np.random.default_rng(1)
    audio = (0.2 * rng.standard_normal(70 * SAMPLE_RATE)).astype(np.float32)
    audio[int(53.0 * SAMPLE_RATE) : int(53.6 * SAMPLE_RATE)] = 0.0  # the only pause
    path = write_wav(tmp_path / "n.wav", audio)
    windows = list(iter_windows(path, window_s=60))
    assert 53.0 <= windows[1].start_s <= 53.6
    assert sum(w.samples.shape[1] for w in windows) == audio.size
    arr = list(decode.windows_from_array(audio, window_s=60))
    assert 53.0 <= arr[1].start_s <= 53.6


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("empty.wav", b"", "empty"),
        (
            "notes.wav",
            b"These are my session notes, not audio.\n" * 50,
            "not a readable audio file",
        ),
        ("noise.mp3", bytes(np.random.default_rng(2).integers(0, 256, 40_000, dtype=np.uint8)), ""),
    ],
)
def test_bad_files_give_one_line_audio_errors(
    tmp_path: Path, name: str, content: bytes, expected: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(AudioError) as err:
        probe(path)
        list(iter_windows(path))
    assert expected in str(err.value) and "\n" not in str(err.value)


def test_corrupt_body_never_crashes(tmp_path: Path) -> None:
    src = encode(write_wav(tmp_path / "a.wav", tone(4.0)), tmp_path / "a.flac", "flac")
    data = bytearray(src.read_bytes())
    rng = np.random.default_rng(3)
    for i in rng.integers(200, len(data), 300):
        data[i] ^= 0xFF
    bad = tmp_path / "bad.flac"
    bad.write_bytes(bytes(data))
    try:
        windows = list(iter_windows(bad))
    except AudioError as exc:
        assert "\n" not in str(exc)
    else:
        assert sum(w.samples.shape[1] for w in windows) <= 5 * SAMPLE_RATE


def test_truncated_wav_decodes_what_is_there(tmp_path: Path) -> None:
    path = write_wav(tmp_path / "t.wav", tone(3.0))
    path.write_bytes(path.read_bytes()[: 44 + 2 * SAMPLE_RATE])
    total = sum(w.samples.shape[1] for w in iter_windows(path))
    assert abs(total - SAMPLE_RATE) <= 1


def test_missing_file_is_not_found(tmp_path: Path) -> None:
    with pytest.raises(NotFoundError):
        probe(tmp_path / "nope.wav")


def test_read_pcm16_gives_s16le_mono(tmp_path: Path) -> None:
    pcm = read_pcm16(write_wav(tmp_path / "h.wav", tone(0.5, 8000), rate=8000))
    assert len(pcm) == 2 * SAMPLE_RATE // 2


_MEASURE = """
import resource, sys
from pathlib import Path
from localnotes.audio.decode import iter_windows
n = sum(w.samples.shape[1] for w in iter_windows(Path(sys.argv[1]), window_s=600))
print(n, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""


def _peak_mib(path: Path) -> tuple[int, int]:
    out = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(path)], check=True, capture_output=True, text=True
    ).stdout.split()
    return int(out[0]), int(out[1])


def test_two_hours_stream_in_bounded_memory(tmp_path: Path) -> None:
    try:
        long = make_near_silence(tmp_path / "long.flac", 7200)
        short = make_near_silence(tmp_path / "short.flac", 1200)
    except (FileNotFoundError, subprocess.CalledProcessError):
        pytest.fail("sox is not installed (scripts/setup.sh installs it)")
    samples, peak_long = _peak_mib(long)
    assert samples == 7200 * SAMPLE_RATE
    _, peak_short = _peak_mib(short)
    # Streaming: two hours cost about what twenty minutes (two windows) cost. Held whole, the
    # two hours would add at least 330 MiB more (439 MiB as float32 against 73 MiB).
    # Measured here: 177-519 MiB for either, depending on the allocator and machine load.
    assert peak_long < peak_short + 150, f"2 h: {peak_long} MiB, 20 min: {peak_short} MiB"
    assert peak_long < 1024, f"peak RSS {peak_long} MiB"
