"""Transcription accuracy: word error rate and medication-name recall per model, with and without
clinical term repair; false repairs on non-clinical speech and text; invented lines; speed and
peak memory per model.

    nice -n 10 .venv/bin/python benchmarks/asr_accuracy.py [--models tiny.en base] [--threads 2]
        [--reuse] [--out benchmarks/results/asr_accuracy.json]

Audio: the real-speech recordings in tests/data/real-speech (published references), the bundled
demo session, the dialogs of benchmarks/data/dialogs spoken with piper exactly as
`redaction_eval.py` speaks them (seeded, cached under /tmp/localnotes-redaction-eval), and the
JFK recording followed by ten minutes of faint noise. Each model runs in its own process with
`--threads` CPU threads (localnotes' settings: int8, beam 5, VAD, the hallucination guard), so its
load time and peak memory are its own; `--reuse` scores the transcripts of the last run again
(for work on the repair) without transcribing. One normalisation, `localnotes.wer`, for every WER.

Measures:
- WER: errors over reference words, summed over a set (real speech; dialogs).
- medication recall: of the medication names in the dialogs' scripts (generic or brand, found
  with `localnotes.clinical_lexicon`), how many the transcript names, counted per drug and dialog.
- false repairs: repairs on the real-speech recordings, plus repairs on text that is already
  right (the dialog scripts, the general text set in benchmarks/data/general_text.txt): every
  one of those is a repair that should not have happened.
- invented lines: segments on the phone call that lie outside every reference turn, and segments
  in the ten minutes of silence after JFK.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing
import sys
import time
import wave
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
import redaction_eval as reval  # noqa: E402  (the same dialog parser and speech synthesis)

CACHE = Path("/tmp/localnotes-asr-accuracy")
TAIL_S = 600.0


def real_speech() -> list[dict[str, Any]]:
    from localnotes import bench

    out = []
    for s in [bench.demo_sample(), *bench.real_speech_samples(REPO / "tests/data/real-speech")]:
        out.append({"name": s.name, "set": "real", "path": str(s.path), "reference": s.reference})
    for row in out:
        if row["name"] == "demo_session":
            row["set"] = "demo"  # synthesized, and clinical: scored on its own
    return out


def dialogs() -> list[dict[str, Any]]:
    out = []
    for path in sorted((HERE / "data" / "dialogs").glob("*.txt")):
        d = reval.parse(path)
        if not d.turns:
            continue
        digest = hashlib.sha256(json.dumps(d.turns).encode()).hexdigest()[:16]
        wav = reval.CACHE / f"{path.stem}.{digest}.seed{reval.SYNTH_SEED}.wav"
        if not wav.exists():
            reval.CACHE.mkdir(parents=True, exist_ok=True)
            print(f"speaking {path.stem}", file=sys.stderr)
            reval.synth(d, wav)
        ref = " ".join(text for _, text in d.turns)
        out.append({"name": path.stem, "set": "dialog", "path": str(wav), "reference": ref})
    return out


def silence_tail() -> dict[str, Any]:
    """JFK, then ten minutes of faint noise: nothing may be transcribed after the speech."""
    from localnotes.audio.decode import iter_windows

    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / "jfk_then_10min_silence.wav"
    if not path.exists():
        (window,) = iter_windows(REPO / "tests/data/real-speech/jfk.flac")
        speech = window.samples[0]
        noise = 0.0008 * np.random.default_rng(7).standard_normal(int(16000 * TAIL_S))
        audio = np.concatenate([speech, noise.astype(np.float32)])
        with wave.open(str(path), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(16000)
            w.writeframes((np.clip(audio, -1, 1) * 32767).astype("<i2").tobytes())
    ref = "And so my fellow Americans, ask not what your country can do for you, ask what you can"
    ref += " do for your country."
    return {"name": "jfk_then_10min_silence", "set": "tail", "path": str(path), "reference": ref}


def transcribe_all(model: str, threads: int, samples: list[dict[str, Any]]) -> dict[str, Any]:
    """In a fresh process: load the model, transcribe every sample, note times and peak memory."""
    import resource
    import tempfile

    from localnotes import offline, transcription
    from localnotes.asr import whisper
    from localnotes.asr.registry import resolve_model
    from localnotes.audio.decode import probe

    offline.install()
    opts = whisper.AsrOptions(model=model, device="cpu", compute_type="int8", threads=threads)
    models_dir = Path(tempfile.gettempdir()) / "localnotes-asr-accuracy-models"
    resolve_model(model, models_dir)
    t0 = time.perf_counter()
    whisper.load_model(opts, models_dir)
    load_s = time.perf_counter() - t0
    rows = []
    for s in samples:
        t = time.perf_counter()
        result = transcription.transcribe_file(Path(s["path"]), opts, models_dir)
        took = time.perf_counter() - t
        rows.append(
            {
                "name": s["name"],
                "audio_s": probe(Path(s["path"])).duration_s,
                "transcribe_s": round(took, 3),
                "segments": [[g.start, g.end, g.text] for g in result.segments],
            }
        )
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"model": model, "threads": threads, "load_s": round(load_s, 3), "peak_rss_mb": rss,
            "samples": rows}  # fmt: skip


def run_isolated(model: str, threads: int, samples: list[dict[str, Any]]) -> dict[str, Any]:
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=ctx) as pool:
        return pool.submit(transcribe_all, model, threads, samples).result()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--models", nargs="+", default=["tiny.en", "base"])
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--reuse", action="store_true", help="score the last run's transcripts again")
    ap.add_argument(
        "--sets",
        default="real,demo,dialog,tail",
        help="which recordings to transcribe (real, demo, dialog, tail); scoring covers them all",
    )
    ap.add_argument("--out", type=Path, default=HERE / "results" / "asr_accuracy.json")
    args = ap.parse_args(argv)
    from localnotes import bench

    samples = [*real_speech(), *dialogs(), silence_tail()]
    wanted = set(args.sets.split(","))
    CACHE.mkdir(parents=True, exist_ok=True)
    if not args.reuse:
        for model in args.models:  # each model's transcripts are kept as soon as they exist
            print(f"transcribing with {model} ({args.threads} threads)", file=sys.stderr)
            run = run_isolated(model, args.threads, [s for s in samples if s["set"] in wanted])
            (CACHE / f"transcripts-{model}.json").write_text(json.dumps(run))
    runs = []
    for model in args.models:
        path = CACHE / f"transcripts-{model}.json"
        if path.is_file():
            runs.append(json.loads(path.read_text()))
    import score_asr_accuracy as scoring

    doc = {
        "benchmark": "asr_accuracy",
        "machine": bench.machine(),
        "threads": args.threads,
        "sets": {k: sum(1 for s in samples if s["set"] == k) for k in ("real", "demo", "dialog")},
        "models": [scoring.score_model(run, samples) for run in runs],
        "false_repairs_text": scoring.false_repairs_on_text(samples),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(doc, indent=2) + "\n")
    print(json.dumps({k: v for k, v in doc.items() if k != "machine"}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
