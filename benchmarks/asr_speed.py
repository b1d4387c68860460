"""Transcription speed, accuracy and memory: tiny.en and base, int8 and float32, 1 and 2 threads,
and the same models called as bare faster-whisper (its default threads), side by side.

    /tmp/venv/bin/python benchmarks/asr_speed.py [--repeats 1] [--real-speech] [--out FILE]

Each combination runs in a fresh process (`localnotes.bench.measure_asr_isolated`), on the
bundled demo recording (and, with --real-speech, the recordings in tests/data/real-speech).
With --repeats N the combinations are run N times in alternation and the median kept.
Other engines: whisper.cpp's Python wheel (pywhispercpp) installs, but no PyPI package ships a
ggml tiny.en model and it would otherwise download one at run time, so it is not compared here.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path
from typing import Any

from localnotes import bench
from localnotes.asr.whisper import AsrOptions

HERE = Path(__file__).resolve().parent


def combos() -> list[tuple[str, str, int, str]]:
    out = []
    for model in ("tiny.en", "base"):
        for ctype in ("int8", "float32"):
            for threads in (1, 2):
                out.append((model, ctype, threads, "localnotes"))
            out.append((model, ctype, 0, "faster-whisper"))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats", type=int, default=1)
    ap.add_argument("--real-speech", action="store_true", help="add the real speech in tests/data")
    ap.add_argument("--out", type=Path, default=HERE / "results" / "asr_speed.json")
    args = ap.parse_args(argv)
    samples = [bench.demo_sample()]
    if args.real_speech:
        found = bench.find_real_speech()
        samples += bench.real_speech_samples(found) if found else []
    runs: dict[tuple[str, str, int, str], list[dict[str, Any]]] = {c: [] for c in combos()}
    with tempfile.TemporaryDirectory(prefix="ln-asr-speed-") as tmp:
        models_dir = Path(tmp) / "models"
        for _ in range(args.repeats):
            for model, ctype, threads, engine in combos():
                opts = AsrOptions(model=model, device="cpu", compute_type=ctype, threads=threads)
                r = asdict(bench.measure_asr_isolated(opts, samples, models_dir, engine))
                runs[(model, ctype, threads, engine)].append(r)
                print(
                    f"{engine} {model} {ctype} threads={threads}: load {r['load_s']:.2f} s, "
                    f"RTF {r['rtf']:.3f}, WER {r['wer']}",
                    file=sys.stderr,
                )
    rows = []
    for results in runs.values():
        best = dict(results[0])
        for key in ("load_s", "transcribe_s", "rtf", "peak_rss_mb"):
            best[key] = round(statistics.median(r[key] for r in results), 4)
        best["runs"] = [{k: r[k] for k in ("load_s", "rtf")} for r in results]
        best.pop("samples", None)
        rows.append(best)
    doc = {
        "benchmark": "asr_speed",
        "repeats": args.repeats,
        "machine": bench.machine(),
        "samples": [{"name": s.name, "has_reference": bool(s.reference)} for s in samples],
        "asr": rows,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(doc, indent=2) + "\n")
    print(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
