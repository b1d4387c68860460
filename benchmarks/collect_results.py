"""Run the redaction and live-latency benchmarks and store their results as JSON.

    /tmp/venv/bin/python benchmarks/collect_results.py [--skip-live] [--skip-redaction]

redaction_eval.py prints a table; its figures are parsed into results/redaction_eval.json.
live_latency.py --json goes to results/live_latency.json (when its PulseAudio tools are missing,
the reason is stored instead). crypto_throughput.py writes its own results/crypto_throughput.json.
Each file carries the machine it was measured on.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

from localnotes.bench import machine

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"


def parse_redaction(text: str) -> dict[str, Any]:
    """The figures of redaction_eval.py's printed tables."""
    recall: dict[str, Any] = {}
    precision: dict[str, Any] = {}
    table = None
    for line in text.splitlines():
        if line.startswith("kind "):
            table = recall
        elif line.startswith("predicted kind"):
            table = precision
        elif table is not None and re.match(r"^[A-Z_]+\s+\d+\s+\d+\s+[\d.]+$", line.strip()):
            kind, a, b, score = line.split()
            if table is recall:
                recall[kind] = {"labels": int(a), "leaked": int(b), "recall": float(score)}
            else:
                precision[kind] = {"spans": int(a), "right": int(b), "precision": float(score)}
    dialogs = re.search(r"^dialogs: (\d+)", text, re.M)
    kept = re.search(r"clinical terms kept: (\d+)/(\d+).*\(([\d.]+)\)", text)
    timing = re.search(r"redaction of (\d+) words .*: ([\d.]+) s", text)
    cpu = re.search(r"redaction of .*\(CPU ([\d.]+) s", text)
    total = recall.get("ALL", {})
    doc: dict[str, Any] = {
        "dialogs": int(dialogs.group(1)) if dialogs else 0,
        "overall": {
            "labels": total.get("labels"),
            "leaked": total.get("leaked"),
            "recall": total.get("recall"),
            "precision": precision.get("ALL", {}).get("precision"),
            "clinical_kept": float(kept.group(3)) if kept else None,
        },
        "recall_by_kind": {k: v for k, v in recall.items() if k != "ALL"},
        "precision_by_kind": {k: v for k, v in precision.items() if k != "ALL"},
    }
    if timing:
        doc["redaction_words"] = int(timing.group(1))
        doc["redaction_s"] = float(timing.group(2))
    if cpu:
        doc["redaction_cpu_s"] = float(cpu.group(1))
    return doc


def run_redaction() -> dict[str, Any]:
    dirs = [str(HERE / "data" / "dialogs")]
    r = subprocess.run(
        [sys.executable, str(HERE / "redaction_eval.py"), *dirs, "--timing"],
        capture_output=True,
        text=True,
        check=True,
    )
    return parse_redaction(r.stdout)


def run_live() -> dict[str, Any]:
    r = subprocess.run(
        [sys.executable, str(HERE / "live_latency.py"), "--json"], capture_output=True, text=True
    )
    if r.returncode:
        return {"skipped": (r.stderr.strip().splitlines() or ["failed"])[-1]}
    data: dict[str, Any] = json.loads(r.stdout.strip().splitlines()[-1])
    return data


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--skip-live", action="store_true")
    ap.add_argument("--skip-redaction", action="store_true")
    args = ap.parse_args(argv)
    RESULTS.mkdir(parents=True, exist_ok=True)
    jobs = [
        ("redaction_eval", run_redaction, args.skip_redaction),
        ("live_latency", run_live, args.skip_live),
    ]
    for name, job, skip in jobs:
        if skip:
            continue
        doc = {"benchmark": name, **job(), "machine": machine()}
        (RESULTS / f"{name}.json").write_text(json.dumps(doc, indent=2) + "\n")
        print(f"{name}: written to {RESULTS / (name + '.json')}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
