"""Sealing and opening throughput of the vault's container format, on this machine.

One hour of 16 kHz mono 16-bit audio (115.2 MB) is streamed through `Vault.artifact_writer` in
one-second writes, with 32000-byte and 64 KiB chunks, then read back with `iter_artifact`. It
prints MB/s and the time as a share of the hour it would record, and writes
benchmarks/results/crypto_throughput.json with a description of the machine.

    python benchmarks/crypto_throughput.py [--seconds 3600] [--repeat 3]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from localnotes.store.vault import KdfSettings, Vault  # noqa: E402

BYTES_PER_SECOND = 16000 * 2  # 16 kHz, mono, 16-bit
OUT = ROOT / "benchmarks" / "results" / "crypto_throughput.json"


def machine() -> dict[str, object]:
    cpu = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        import cryptography

        crypto_version = cryptography.__version__
    except ImportError:
        crypto_version = "unknown"
    return {
        "platform": platform.platform(),
        "python": platform.python_version(),
        "cpu_model": cpu,
        "cores": os.cpu_count(),
        "cores_usable": len(os.sched_getaffinity(0))
        if hasattr(os, "sched_getaffinity")
        else os.cpu_count(),
        "cryptography": crypto_version,
    }


def run(v: Vault, audio: bytes, chunk: int) -> dict[str, float]:
    t0 = time.perf_counter()
    with v.artifact_writer("bench", "audio", chunk_size=chunk) as w:
        for i in range(0, len(audio), BYTES_PER_SECOND):
            w.write(audio[i : i + BYTES_PER_SECOND])
    seal_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    h = hashlib.sha256()
    for part in v.iter_artifact(w.id):
        h.update(part)
    open_s = time.perf_counter() - t0
    if h.digest() != hashlib.sha256(audio).digest():
        raise SystemExit("read-back mismatch")
    v.shred_keys([w.id], "bench", "bench", "benchmark")
    v.unlink_pending_blobs()
    return {"seal_s": seal_s, "open_s": open_s}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=int, default=3600, help="seconds of audio (default 3600)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per chunk size; best is kept")
    args = ap.parse_args()
    audio = os.urandom(args.seconds * BYTES_PER_SECOND)  # noise: no compression shortcut
    mb = len(audio) / 1e6
    results = []
    with tempfile.TemporaryDirectory(prefix="ln-bench-") as tmp:
        v = Vault.create(Path(tmp) / "data", "benchmark", KdfSettings(65536, 1, 1))
        try:
            for chunk in (32000, 65536):
                runs = [run(v, audio, chunk) for _ in range(args.repeat)]
                seal = min(r["seal_s"] for r in runs)
                opened = min(r["open_s"] for r in runs)
                row = {
                    "chunk_size": chunk,
                    "plaintext_mb": round(mb, 1),
                    "seal_s": round(seal, 3),
                    "open_s": round(opened, 3),
                    "seal_mb_per_s": round(mb / seal, 1),
                    "open_mb_per_s": round(mb / opened, 1),
                    "seal_pct_of_audio_duration": round(100 * seal / args.seconds, 4),
                    "open_pct_of_audio_duration": round(100 * opened / args.seconds, 4),
                }
                results.append(row)
                print(
                    f"chunk {chunk:>6}: seal {row['seal_mb_per_s']:>7} MB/s "
                    f"({row['seal_pct_of_audio_duration']}% of an hour), "
                    f"open {row['open_mb_per_s']:>7} MB/s "
                    f"({row['open_pct_of_audio_duration']}% of an hour)"
                )
        finally:
            v.close()
    doc = {
        "benchmark": "crypto_throughput",
        "audio_seconds": args.seconds,
        "bytes": len(audio),
        "writes": "one second (32000 bytes) per write, fsync at close",
        "storage": "a temporary directory on " + tempfile.gettempdir(),
        "best_of": args.repeat,
        "machine": machine(),
        "results": results,
        "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(doc, indent=2) + "\n")
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
