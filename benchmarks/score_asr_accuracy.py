"""Scoring for asr_accuracy.py: WER, medication recall, false repairs and invented lines, from
the transcripts a run produced (so the repair can be rescored without transcribing again)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from localnotes.clinical_lexicon import load_lexicon
from localnotes.term_repair import repair_segments
from localnotes.types import Segment
from localnotes.wer import word_errors

HERE = Path(__file__).resolve().parent
REPO = HERE.parent


def meds(text: str) -> Counter[str]:
    """Medications named in a text, by generic name (brands count as their drug)."""
    return Counter(m.medication.generic for m in load_lexicon().find_medications(text))


def _segments(rows: list[list[Any]]) -> list[Segment]:
    return [Segment(float(a), float(b), str(t)) for a, b, t in rows]


def _phone_turns() -> list[tuple[float, float]]:
    stm = REPO / "tests/data/real-speech/phone_call_2spk.stm"
    return [(float(p[3]), float(p[4])) for p in (ln.split(maxsplit=5) for ln in stm.open()) if p]


def invented_lines(name: str, segs: list[Segment]) -> int:
    """Lines where nobody spoke: on the phone call, outside the reference turns; after JFK, any
    line after the speech."""
    if name == "jfk_then_10min_silence":
        return sum(1 for s in segs if s.start > 11.5)
    if name != "phone_call_2spk":
        return 0
    turns = _phone_turns()
    out = 0
    for s in segs:
        inside = sum(max(0.0, min(s.end, b) - max(s.start, a)) for a, b in turns)
        out += inside < 0.5 * (s.end - s.start)
    return out


def score_model(run: dict[str, Any], samples: list[dict[str, Any]]) -> dict[str, Any]:
    by_name = {s["name"]: s for s in samples}
    sets: dict[str, dict[str, Any]] = {}
    rows = []
    total_audio = total_s = 0.0
    invented = 0
    for r in run["samples"]:
        sample = by_name[r["name"]]
        raw = _segments(r["segments"])
        fixed, repairs = repair_segments(raw)
        plain = " ".join(s.text for s in raw)
        mended = " ".join(s.text for s in fixed)
        ref = sample["reference"] or ""
        e0, n = word_errors(ref, plain)
        e1, _ = word_errors(ref, mended)
        want = meds(ref)
        got0, got1 = meds(plain), meds(mended)
        row = {
            "name": r["name"],
            "set": sample["set"],
            "audio_s": r["audio_s"],
            "rtf": round(r["transcribe_s"] / max(r["audio_s"], 1e-9), 4),
            "words": n,
            "errors": e0,
            "errors_repaired": e1,
            "meds": sum(want.values()),
            "meds_found": sum((want & got0).values()),
            "meds_found_repaired": sum((want & got1).values()),
            "repairs": [[x.original, x.replacement, x.rule] for x in repairs],
            "invented_lines": invented_lines(r["name"], raw),
        }
        invented += row["invented_lines"]
        rows.append(row)
        if sample["set"] in ("real", "demo"):  # the same recordings for every model
            total_audio += r["audio_s"]
            total_s += r["transcribe_s"]
        agg = sets.setdefault(sample["set"], Counter())
        for k in ("words", "errors", "errors_repaired", "meds", "meds_found"):
            agg[k] += row[k]
        agg["meds_found_repaired"] += row["meds_found_repaired"]
        agg["repairs"] += len(repairs)
        agg["samples"] += 1
        agg["audio_s"] += r["audio_s"]
    summary: dict[str, Any] = {}
    for k, a in sets.items():
        summary[k] = {
            "samples": a["samples"],
            "audio_s": round(a["audio_s"], 1),
            "wer": round(a["errors"] / max(a["words"], 1), 4),
            "wer_repaired": round(a["errors_repaired"] / max(a["words"], 1), 4),
            "meds": a["meds"],
            "med_recall": round(a["meds_found"] / a["meds"], 4) if a["meds"] else None,
            "med_recall_repaired": (
                round(a["meds_found_repaired"] / a["meds"], 4) if a["meds"] else None
            ),
            "repairs": a["repairs"],
        }
    return {
        "model": run["model"],
        "threads": run["threads"],
        "load_s": run["load_s"],
        "peak_rss_mb": round(run["peak_rss_mb"], 1),
        "rtf": round(total_s / max(total_audio, 1e-9), 4),  # on the real speech and the demo
        "invented_lines": invented,
        "sets": summary,
        "samples": rows,
    }


def general_text() -> list[str]:
    path = HERE / "data" / "general_text.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return [ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")]


def false_repairs_on_text(samples: list[dict[str, Any]]) -> dict[str, Any]:
    """Repairs on text that is already right: each one is a repair that should not happen."""
    out: dict[str, Any] = {}
    sets = {
        "dialog_scripts": [s["reference"] for s in samples if s["set"] == "dialog"],
        "real_speech_references": [s["reference"] for s in samples if s["set"] == "real"],
        "general_text": general_text(),
    }
    for name, texts in sets.items():
        segs = [Segment(float(i), float(i + 1), t) for i, t in enumerate(texts)]
        _, repairs = repair_segments(segs)
        out[name] = {
            "texts": len(texts),
            "words": sum(len(t.split()) for t in texts),
            "false_repairs": len(repairs),
            "examples": [[r.original, r.replacement] for r in repairs[:10]],
        }
    return out
