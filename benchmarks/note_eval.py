"""Note draft benchmark: labelled dialogs spoken, transcribed, redacted, drafted, scored.

    .venv/bin/python benchmarks/note_eval.py [DIALOG_DIR ...] [--text] [--show] [--timing]

Dialogs (format: benchmarks/data/dialogs/README.md) with `# expect-med/-measure/-risk` lines are
spoken with piper and transcribed with tiny.en exactly as `redaction_eval.py` does (same seed,
same cache under /tmp/localnotes-redaction-eval), redacted with `localnotes.redact` as the
pipeline does, and drafted with `localnotes.notes`. `--text` skips speech: the written turns are
the segments (an upper bound, and a quick check while developing).

Printed: recall and precision for medications (name and dose; a dose change counts when its
number matches), measures (name and score), risk recall for endorsed and for denied statements
separately, statements reported endorsed that the dialog does not endorse (denied ones and
idioms), and the share of evidence quotes found literally in a segment within the evidence's
times. The matching rules for names are the acceptance check's. `--timing` drafts a 50-minute
transcript (the dialogs' transcripts repeated) and reports the median of 5 cold runs, in wall and
in CPU time (on a shared machine the wall time is mostly waiting for a core).

This is a benchmark, run by a person: with --show it prints what was missed (all invented).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO / "src"))

import redaction_eval as speech  # noqa: E402  (same synthesis, transcription and cache)

OWN_DIALOGS = HERE / "data" / "dialogs"


@dataclass
class Expect:
    meds: list[tuple[str, float]] = field(default_factory=list)
    measures: list[tuple[str, float]] = field(default_factory=list)
    risk: list[tuple[list[str], str]] = field(default_factory=list)  # (kinds, status)


def expectations(path: Path) -> Expect:
    e = Expect()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("# expect-"):
            continue
        key, _, value = line[2:].partition(":")
        f = [x.strip() for x in value.split("|")]
        if key == "expect-med":
            e.meds.append((f[0], float(f[1])))
        elif key == "expect-measure":
            e.measures.append((f[0], float(f[1])))
        elif key == "expect-risk":
            e.risk.append((f[0].split("/"), f[1]))
    return e


def squash(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", s.lower())


def num(x: Any) -> float | None:
    try:
        return float(x)
    except (TypeError, ValueError):
        return None


def med_matches(name: str, dose: float, m: dict[str, Any]) -> bool:
    """The acceptance check's rule."""
    got = squash(str(m.get("name", "")))
    named = (
        squash(name) in got
        or (got and got in squash(name))
        or any(squash(name) in squash(str(e.get("quote", ""))) for e in m.get("evidence") or [])
    )
    changed = [num(x) for x in re.findall(r"\d+(?:\.\d+)?", str(m.get("change") or ""))]
    return bool(named) and (num(m.get("dose")) == dose or dose in changed)


def measure_matches(name: str, score: float, m: dict[str, Any]) -> bool:
    got = squash(str(m.get("name", "")))
    return bool(
        num(m.get("score")) == score
        and got
        and (squash(name) in got or got in squash(name) or squash(name.split()[0]) in got)
    )


@dataclass
class Tally:
    hit: int = 0
    total: int = 0
    right: int = 0
    reported: int = 0

    def recall(self) -> float:
        return self.hit / self.total if self.total else 1.0

    def precision(self) -> float:
        return self.right / self.reported if self.reported else 1.0


@dataclass
class Scores:
    meds: Tally = field(default_factory=Tally)
    measures: Tally = field(default_factory=Tally)
    endorsed: Tally = field(default_factory=Tally)
    denied: Tally = field(default_factory=Tally)
    risk_reported: Tally = field(default_factory=Tally)
    wrongly_endorsed: list[str] = field(default_factory=list)
    quotes: Tally = field(default_factory=Tally)
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)


def score(stem: str, e: Expect, doc: dict[str, Any], segments: list[Any], sc: Scores) -> None:
    meds, measures, risks = doc["medications"], doc["measures"], doc["risk"]
    for name, dose in e.meds:
        sc.meds.total += 1
        if any(med_matches(name, dose, m) for m in meds):
            sc.meds.hit += 1
        else:
            sc.misses.append(f"{stem}: med {name} {dose:g}")
    expected_names = {squash(n) for n, _ in e.meds}
    for m in meds:
        if m.get("dose") is None and squash(m["name"]) in expected_names:
            continue  # a drug named without a dose, where the dialog gives it one elsewhere
        sc.meds.reported += 1
        if any(med_matches(n, d, m) for n, d in e.meds):
            sc.meds.right += 1
        else:
            sc.extras.append(f"{stem}: med {m['name']} {m.get('dose')} ({m.get('change')})")
    for name, value in e.measures:
        sc.measures.total += 1
        if any(measure_matches(name, value, m) for m in measures):
            sc.measures.hit += 1
        else:
            sc.misses.append(f"{stem}: measure {name} {value:g}")
    for m in measures:
        sc.measures.reported += 1
        if any(measure_matches(n, v, m) for n, v in e.measures):
            sc.measures.right += 1
        else:
            sc.extras.append(f"{stem}: measure {m['name']} {m['score']}")
    endorsed_kinds = {k for kinds, st in e.risk if st == "endorsed" for k in kinds}
    for kinds, status in e.risk:
        t = sc.endorsed if status == "endorsed" else sc.denied
        t.total += 1
        if any(r["kind"] in kinds and r["status"] == status for r in risks):
            t.hit += 1
        else:
            sc.misses.append(f"{stem}: risk {'/'.join(kinds)} {status}")
    for r in risks:
        sc.risk_reported.reported += 1
        if any(r["kind"] in kinds and r["status"] == st for kinds, st in e.risk):
            sc.risk_reported.right += 1
        else:
            sc.extras.append(f"{stem}: risk {r['kind']} {r['status']}")
        if r["status"] == "endorsed" and r["kind"] not in endorsed_kinds:
            sc.wrongly_endorsed.append(f"{stem}: {r['kind']}")
    items = meds + measures + risks + [i for s in doc["sections"] for i in s["items"]]
    for it in items:
        for ev in it["evidence"]:
            sc.quotes.total += 1
            sc.quotes.hit += any(
                ev["quote"]
                and ev["quote"] in s.text
                and ev["start"] <= s.start <= s.end <= ev["end"]
                for s in segments
            )


def speech_cached(path: Path) -> bool:
    import hashlib

    d = speech.parse(path)
    digest = hashlib.sha256(json.dumps(d.turns).encode()).hexdigest()[:16]
    return (speech.CACHE / f"{path.stem}.{digest}.seed{speech.SYNTH_SEED}.tiny-en.json").exists()


def segments_for(path: Path, text_only: bool) -> list[Any]:
    from localnotes.types import Segment

    d = speech.parse(path)
    if text_only:
        return [Segment(i * 5.0, i * 5.0 + 5.0, t) for i, (_, t) in enumerate(d.turns)]
    raw = speech.transcript_for(d)
    return [Segment(float(str(s["start"])), float(str(s["end"])), str(s["text"])) for s in raw]


def pct(x: float) -> str:
    return f"{x:.3f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="*", type=Path)
    ap.add_argument("--text", action="store_true", help="use the written turns, not speech")
    ap.add_argument("--show", action="store_true", help="print misses and extra items")
    ap.add_argument("--timing", action="store_true", help="time a draft of a 50-minute session")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument(
        "--cached", action="store_true", help="only dialogs already spoken and transcribed"
    )
    args = ap.parse_args(argv)
    dirs = args.dirs or [OWN_DIALOGS]
    paths = sorted(p for d in dirs for p in d.glob("*.txt") if "# expect-" in p.read_text())
    if args.cached and not args.text:
        paths = [p for p in paths if speech_cached(p)]
    if not paths:
        print("no dialogs with # expect- lines", file=sys.stderr)
        return 2

    from localnotes.notes import draft, templates
    from localnotes.redact import get_redactor

    redactor = None if args.text else get_redactor()
    soap = templates.load("soap")
    sc = Scores()
    all_segments = []
    for path in paths:
        segs = segments_for(path, args.text)
        if redactor is not None:
            segs = list(redactor.redact(segs).segments)
        all_segments += segs
        doc = draft.build(segs, soap, path.stem, "redacted")
        score(path.stem, expectations(path), doc, segs, sc)

    result: dict[str, Any] = {
        "dialogs": len(paths),
        "source": "text" if args.text else "speech (piper, tiny.en), redacted",
        "medications": {"recall": sc.meds.recall(), "precision": sc.meds.precision(),
                        "expected": sc.meds.total},
        "measures": {"recall": sc.measures.recall(), "precision": sc.measures.precision(),
                     "expected": sc.measures.total},
        "risk_endorsed_recall": sc.endorsed.recall(),
        "risk_endorsed_expected": sc.endorsed.total,
        "risk_denied_recall": sc.denied.recall(),
        "risk_denied_expected": sc.denied.total,
        "risk_precision": sc.risk_reported.precision(),
        "wrongly_endorsed": sc.wrongly_endorsed,
        "quotes_in_transcript": sc.quotes.recall(),
        "quotes": sc.quotes.total,
    }  # fmt: skip
    if args.timing:
        result.update(time_50_minutes(all_segments, soap))
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(
            f"{len(paths)} dialogs ({result['source']}): "
            f"medications recall {pct(sc.meds.recall())} ({sc.meds.hit}/{sc.meds.total}), "
            f"precision {pct(sc.meds.precision())}; "
            f"measures recall {pct(sc.measures.recall())} ({sc.measures.hit}/{sc.measures.total}), "
            f"precision {pct(sc.measures.precision())}; "
            f"risk endorsed recall {pct(sc.endorsed.recall())} "
            f"({sc.endorsed.hit}/{sc.endorsed.total}), "
            f"denied recall {pct(sc.denied.recall())} ({sc.denied.hit}/{sc.denied.total}), "
            f"risk precision {pct(sc.risk_reported.precision())}; "
            f"reported endorsed wrongly: {len(sc.wrongly_endorsed)}; "
            f"quotes in transcript {sc.quotes.hit}/{sc.quotes.total}"
        )
        if args.timing:
            print(
                f"draft of a {result['timing_minutes']:.0f}-minute transcript "
                f"({result['timing_words']} words): median {result['timing_median_s']:.3f} s "
                f"of 5 ({result['timing_cpu_median_s']:.3f} s of CPU time; load average "
                f"{result['load_average']:.1f} from other work)"
            )
    if args.show:
        for line in sc.misses:
            print("missed", line)
        for line in sc.extras:
            print("extra ", line)
        for line in sc.wrongly_endorsed:
            print("WRONGLY ENDORSED", line)
    return 0


def time_50_minutes(segments: list[Any], template: Any) -> dict[str, Any]:
    """Repeat the transcripts, shifted in time, until they last 50 minutes; draft 5 times."""
    from localnotes.notes import draft, lexicon, medications, numbers
    from localnotes.types import Segment

    long: list[Segment] = []
    clock = 0.0
    rounds = 0
    while clock < 3000:
        rounds += 1
        # a word unique to each round, so no cache sees the same sentence twice
        tag = " q" + "".join(chr(ord("a") + int(d)) for d in str(rounds))
        for s in segments:
            length = max(0.1, s.end - s.start)
            long.append(Segment(clock, clock + length, s.text + tag, s.speaker))
            clock += length + 0.5
            if clock >= 3000:
                break
    runs, cpu = [], []
    for _ in range(5):
        for cached in (lexicon.load, lexicon.fuzzy_medication, numbers.find_numbers,
                       medications._mentions_in):  # fmt: skip
            cached.cache_clear()  # every run cold, as in a fresh `localnotes note` process
        t0, c0 = time.perf_counter(), time.process_time()
        draft.build(long, template, "timing", "redacted")
        runs.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    words = sum(len(s.text.split()) for s in long)
    load = os.getloadavg()[0]
    return {"timing_minutes": long[-1].end / 60, "timing_words": words,
            "timing_median_s": statistics.median(runs), "timing_runs_s": runs,
            "timing_cpu_median_s": statistics.median(cpu), "load_average": load}  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
