"""Benchmarks a clinician runs on their own computer: for each model and compute type, how long
the model takes to load, the real-time factor, peak memory and word error rate, and what redaction
and encryption add on top.

Each model and compute type runs in a fresh child process, so its load time and peak memory are
its own and not those of a model loaded before it. The audio is the bundled demo recording with
its script as the reference, plus real-speech recordings with published references when a source
checkout has them, or the clinician's own file. Nothing here prints; the CLI draws the results.
"""

from __future__ import annotations

import os
import platform
import resource
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from localnotes.asr.whisper import AsrOptions
from localnotes.pcm import BYTES_PER_SECOND
from localnotes.wer import word_errors

Progress = Callable[[str, float], None]

#: Published references of the real-speech recordings a source checkout keeps in
#: `tests/data/real-speech` (see its README); the phone call's comes from its .stm file.
REAL_SPEECH = {
    "jfk.flac": "And so my fellow Americans, ask not what your country can do for you, "
    "ask what you can do for your country.",
    "6930-75918-0000.flac": "CONCORD RETURNED TO ITS PLACE AMIDST THE TENTS",
    "7902-96591-0000.flac": "I AM FROM THE CUTTER LYING OFF THE COAST",
    "phone_call_2spk.wav": None,
}


@dataclass(frozen=True)
class Sample:
    """One recording to transcribe, with the words actually said when they are known."""

    name: str
    path: Path
    reference: str | None = None


@dataclass(frozen=True)
class AsrResult:
    """One model and compute type on every sample, measured in its own process."""

    engine: str
    model: str
    device: str
    compute_type: str
    threads: int
    load_s: float
    audio_s: float
    transcribe_s: float
    rtf: float  # seconds of work per second of audio: under 1 is faster than real time
    wer: float | None
    peak_rss_mb: float
    samples: list[dict[str, Any]] = field(default_factory=list)


# ---------------------------------------------------------------------------- audio samples


def demo_sample() -> Sample:
    """The bundled demo recording and its script, shipped with the package."""
    root = resources.files("localnotes").joinpath("data")
    ref = root.joinpath("demo_session.ref.txt").read_text(encoding="utf-8")
    return Sample("demo_session", Path(str(root.joinpath("demo_session.ogg"))), ref)


def find_real_speech() -> Path | None:
    """`tests/data/real-speech` in a source checkout (or LOCALNOTES_REAL_SPEECH), if there."""
    env = os.environ.get("LOCALNOTES_REAL_SPEECH")
    candidates = [Path(env)] if env else []
    candidates.append(Path(__file__).resolve().parents[3] / "tests" / "data" / "real-speech")
    return next((c for c in candidates if (c / "jfk.flac").is_file()), None)


def _stm_reference(stm: Path) -> str:
    rows = []
    for line in stm.read_text(encoding="utf-8").splitlines():
        parts = line.split(maxsplit=5)
        if len(parts) == 6 and not line.startswith(";"):
            rows.append((float(parts[3]), parts[5]))
    return " ".join(text for _, text in sorted(rows))


def real_speech_samples(directory: Path) -> list[Sample]:
    out = []
    for name, ref in REAL_SPEECH.items():
        path = directory / name
        stm = path.with_suffix(".stm")
        if ref is None and stm.is_file():
            ref = _stm_reference(stm)
        if path.is_file() and ref:
            out.append(Sample(Path(name).stem, path, ref))
    return out


def default_samples(real_speech: Path | None = None) -> list[Sample]:
    found = real_speech or find_real_speech()
    return [demo_sample(), *(real_speech_samples(found) if found else [])]


# ------------------------------------------------------------------- one model, one process


def _rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def measure_asr(
    opts: AsrOptions, samples: Sequence[Sample], models_dir: Path, engine: str = "localnotes"
) -> AsrResult:
    """Load the model and transcribe every sample; meant to run in a fresh process.

    `engine="faster-whisper"` runs the same model as a plain faster-whisper call would (its own
    defaults, no hotwords), for the side-by-side comparison.
    """
    from localnotes import offline, transcription
    from localnotes.asr import whisper
    from localnotes.asr.registry import resolve_model
    from localnotes.audio.decode import probe

    offline.install()
    path = resolve_model(opts.model, models_dir)  # assembling or first hashing is not loading
    device, compute_type = whisper.resolve_device(opts.device, opts.compute_type)
    from localnotes.asr import bare

    bare.import_engine()  # the import is not the model's load time either
    t0 = time.perf_counter()
    if engine == "faster-whisper":
        model, english_only = bare.load(path, device, compute_type)
        threads = 0
    else:
        loaded = whisper.load_model(opts, models_dir)
        threads, english_only = loaded.threads, loaded.english_only
    load_s = time.perf_counter() - t0
    rows, total_s, total_audio, errors, words = [], 0.0, 0.0, 0, 0
    for sample in samples:
        audio_s = probe(sample.path).duration_s
        t = time.perf_counter()
        if engine == "faster-whisper":
            language = "en" if english_only else opts.language
            text = bare.transcribe(model, sample.path, language, opts.beam_size)
        else:
            result = transcription.transcribe_file(sample.path, opts, models_dir)
            text = " ".join(s.text for s in result.segments)
        took = time.perf_counter() - t
        row: dict[str, Any] = {
            "sample": sample.name,
            "audio_s": round(audio_s, 2),
            "transcribe_s": round(took, 3),
            "rtf": round(took / max(audio_s, 1e-9), 4),
            "text": text,
        }
        if sample.reference:
            e, n = word_errors(sample.reference, text)
            errors, words = errors + e, words + n
            row["wer"] = round(e / max(n, 1), 4)
        rows.append(row)
        total_s, total_audio = total_s + took, total_audio + audio_s
    return AsrResult(
        engine,
        opts.model,
        device,
        compute_type,
        threads,
        round(load_s, 3),
        round(total_audio, 2),
        round(total_s, 3),
        round(total_s / max(total_audio, 1e-9), 4),
        round(errors / words, 4) if words else None,
        round(_rss_mb(), 1),
        rows,
    )


def measure_asr_isolated(
    opts: AsrOptions, samples: Sequence[Sample], models_dir: Path, engine: str = "localnotes"
) -> AsrResult:
    """`measure_asr` in a fresh spawned process (clean load time and peak memory)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=ctx) as pool:
        return pool.submit(measure_asr, opts, list(samples), models_dir, engine).result()


# ---------------------------------------------------------------------------- redaction, encryption


def measure_redaction(
    texts: Sequence[str], mode: str = "placeholder", threshold: float = 0.35, min_words: int = 1000
) -> dict[str, Any]:
    """Presidio's load time (with its first call), then redaction throughput on these
    transcripts, repeated to at least `min_words` words so the rate is not one short call's."""
    from localnotes.redact.redactor import Redactor
    from localnotes.types import Segment

    t0 = time.perf_counter()
    redactor = Redactor(mode, threshold)
    redactor.redact([Segment(0.0, 1.0, "Warm up, please.")])
    load_s = time.perf_counter() - t0
    texts = [t for t in texts if t.strip()] or ["I saw Doctor Patel on Maple Street."]
    words = sum(len(t.split()) for t in texts)
    texts = list(texts) * max(1, -(-min_words // max(words, 1)))
    segments = [Segment(float(i), float(i + 1), t) for i, t in enumerate(texts)]
    words = sum(len(t.split()) for t in texts)
    t1 = time.perf_counter()
    redactor.redact(segments)
    redact_s = time.perf_counter() - t1
    return {
        "load_s": round(load_s, 3),
        "redact_s": round(redact_s, 3),
        "words": words,
        "words_per_s": round(words / max(redact_s, 1e-9), 1),
    }


def measure_encryption(
    memory_kib: int, iterations: int, lanes: int, megabytes: int = 16
) -> dict[str, Any]:
    """Argon2id once with the vault's parameters, and AES-256-GCM STREAM sealing throughput."""
    from localnotes.crypto.container import SealWriter
    from localnotes.crypto.keys import KdfParams, derive_kek, random_key

    t0 = time.perf_counter()
    derive_kek("benchmark passphrase", KdfParams(os.urandom(16), memory_kib, iterations, lanes))
    kdf_s = time.perf_counter() - t0
    data = os.urandom(1 << 20) * megabytes
    with tempfile.TemporaryFile() as sink:  # a real file: sealing includes the fsync
        t1 = time.perf_counter()
        writer = SealWriter(sink, random_key(), os.urandom(16), "audio")
        writer.write(data)
        writer.close()
        seal_s = time.perf_counter() - t1
    mb_per_s = megabytes / max(seal_s, 1e-9)
    audio_hour_mb = 3600 * BYTES_PER_SECOND / (1 << 20)
    return {
        "kdf_s": round(kdf_s, 3),
        "kdf": {"memory_kib": memory_kib, "iterations": iterations, "lanes": lanes},
        "seal_mb_per_s": round(mb_per_s, 1),
        "seal_s_per_audio_hour": round(audio_hour_mb / mb_per_s, 3),
    }


# ---------------------------------------------------------------------------- the machine, the run


def machine() -> dict[str, Any]:
    """What the numbers were measured on."""
    from importlib import metadata

    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        ram = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / (1 << 30)
    except (ValueError, OSError, AttributeError):
        ram = 0.0
    versions: dict[str, str | None] = {}
    for dist in (
        "localnotes",
        "faster-whisper",
        "ctranslate2",
        "onnxruntime",
        "numpy",
        "presidio-analyzer",
        "spacy",
        "cryptography",
    ):
        try:
            versions[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            versions[dist] = None
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "usable_cores": len(os.sched_getaffinity(0))
        if hasattr(os, "sched_getaffinity")
        else os.cpu_count(),
        "ram_gib": round(ram, 1),
        "os": platform.platform(),
        "python": platform.python_version(),
        "packages": versions,
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }


def default_compute_types(device: str) -> list[str]:
    return ["float16", "int8_float16"] if device == "cuda" else ["int8", "float32"]


def run(
    base: AsrOptions,
    models: Sequence[str],
    compute_types: Sequence[str] | None,
    samples: Sequence[Sample],
    models_dir: Path,
    kdf: tuple[int, int, int],
    redaction: tuple[str, float] = ("placeholder", 0.35),
    compare: bool = False,
    progress: Progress | None = None,
) -> dict[str, Any]:
    """Every model x compute type (x engine when comparing), then redaction and encryption."""
    from dataclasses import replace

    from localnotes.asr.whisper import resolve_device

    device, _ = resolve_device(base.device, "auto")
    types = list(compute_types or default_compute_types(device))
    engines = ["localnotes", "faster-whisper"] if compare else ["localnotes"]
    jobs = [(m, c, e) for m in models for c in types for e in engines]
    steps = len(jobs) + 2
    results: list[AsrResult] = []
    for i, (model, ctype, engine) in enumerate(jobs):
        if progress:
            progress(f"{model} {ctype}", i / steps)
        opts = replace(base, model=model, device=device, compute_type=ctype)
        results.append(measure_asr_isolated(opts, samples, models_dir, engine))
    if progress:
        progress("redaction", len(jobs) / steps)
    texts = [row["text"] for row in results[0].samples] if results else []
    for r in results:  # a clinician's own --audio may be a session: its words stay out of reports
        for row in r.samples:
            row.pop("text", None)
    red = measure_redaction(texts, *redaction)
    if progress:
        progress("encryption", (len(jobs) + 1) / steps)
    enc = measure_encryption(*kdf)
    if progress:
        progress("done", 1.0)
    return {
        "machine": machine(),
        "device": device,
        "samples": [
            {"name": s.name, "path": str(s.path), "has_reference": bool(s.reference)}
            for s in samples
        ],
        "asr": [asdict(r) for r in results],
        "redaction": red,
        "encryption": enc,
    }
