"""Note draft benchmark: labelled dialogs spoken, transcribed, redacted, drafted, scored.

    .venv/bin/python benchmarks/note_eval.py [DIALOG_DIR ...] [--text] [--show] [--timing] [--json]
                                             [--tuned-only] [--cli] [--redacted]

Dialogs (format: benchmarks/data/dialogs/README.md) with `# expect-med/-measure/-risk` lines are
spoken with piper and transcribed with tiny.en exactly as `redaction_eval.py` does (same seed,
same cache under /tmp/localnotes-redaction-eval); then, as the pipeline stores a transcript,
clinical term repair (`localnotes.term_repair`) and redaction (`localnotes.redact`); then drafted
with `localnotes.notes`. `--text` skips speech: the written turns are the segments (an upper
bound, and a quick check while developing).

Printed: recall and precision for medications (name and dose; a dose change counts when its
number matches) and measures (name and score); their recall among those the stored (repaired,
unredacted) transcript contains (the drug named by a name of the clinical lexicon and its dose
said; the measure's score said); risk recall for endorsed and for denied statements separately;
statements reported endorsed that the dialog does not endorse (denied ones and idioms); endorsed
statements found or, if not, left to read as a passage of their kind (`risk_review`: risk words
no rule read), and how many passages a dialog has; and the
share of evidence quotes found literally in the segments within the evidence's times (joined
by a space, as `show` prints them). The matching
rules for names are the acceptance check's. `--timing` drafts a 50-minute transcript (the
dialogs' transcripts repeated) and reports the median of 5 cold runs, in wall and in CPU time
(on a shared machine the wall time is mostly waiting for a core).

Two sets, reported apart: tuned, `benchmarks/data/dialogs` (n0_example, n01-n20: written while
the extractor was built) and `benchmarks/data/note_tuned` (q01-w22: earlier held-out sets whose
misses were then fixed; see its README), TUNED ON, so their figures are optimistic; and held out,
`benchmarks/data/note_heldout` (written afterwards and never tuned on; see its README; between two
blind sets it holds none, and the run says so). Each DIALOG_DIR argument is a set of its own
instead. `--tuned-only` runs the tuned set and leaves the held-out set unrun (while tuning, its
dialogs must not be looked at).

`--text --redacted` redacts the written turns first: the draft reads the redacted transcript, where
a month is "[DATE]" and a name "[PERSON]", and a rule that needs the words misses there.

`--cli` drafts from the transcript `localnotes transcribe` stores instead (windows, word
timestamps, speaker attribution, the drug-name check and term repair, as the acceptance check
makes it; about 30 s a dialog, cached as `*.cli.json`): the same audio, transcribed so, is not the
same text ("pH due 9" where the plain transcription wrote "PH2-9"), and the draft follows it.

This is a benchmark, run by a person: with --show it prints what was missed (all invented).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO / "src"))
sys.path.append(str(REPO))  # harness/

import redaction_eval as speech  # noqa: E402  (same synthesis, transcription and cache)
from note_scoring import Scores, expectations, score  # noqa: E402

OWN_DIALOGS = HERE / "data" / "dialogs"
HELD_OUT = HERE / "data" / "note_heldout"  # written after the extractor, never tuned on
SEEN = HERE / "data" / "note_tuned"  # earlier held-out sets, whose misses were then fixed


def speech_cached(path: Path) -> bool:
    import hashlib

    d = speech.parse(path)
    digest = hashlib.sha256(json.dumps(d.turns).encode()).hexdigest()[:16]
    return (speech.CACHE / f"{path.stem}.{digest}.seed{speech.SYNTH_SEED}.tiny-en.json").exists()


NAME_CHECK = {"on": True}  # --no-name-check turns it off
CLI = {"on": False}  # --cli: the transcript `localnotes transcribe` stores
_CLI_PASSPHRASE = "note benchmark vault, thrown away after each dialog 2026"


def cli_segments(path: Path) -> list[Any]:
    """The unredacted transcript `localnotes transcribe` stores for the dialog's speech, as the
    acceptance check makes it: windows, word timestamps, speaker attribution, the drug-name check
    and term repair included. Cached beside the speech (`*.cli.json`); delete those after changing
    how transcription works."""
    import hashlib
    import shutil
    import subprocess
    import tempfile

    from localnotes.types import Segment

    d = speech.parse(path)
    digest = hashlib.sha256(json.dumps(d.turns).encode()).hexdigest()[:16]
    cache = speech.CACHE / f"{path.stem}.{digest}.seed{speech.SYNTH_SEED}.cli.json"
    if not cache.exists():
        speech.transcript_for(d)  # makes the speech if it is not there yet
        data = tempfile.mkdtemp(prefix="note-eval-cli-")
        env = dict(os.environ, LOCALNOTES_PASSPHRASE=_CLI_PASSPHRASE, HF_HUB_OFFLINE="1")
        cmd = [str(Path(sys.executable).parent / "localnotes"), "--data-dir", data]

        def run(*args: str) -> str:
            return subprocess.run([*cmd, *args], capture_output=True, text=True, env=env,
                                  stdin=subprocess.DEVNULL, check=True).stdout  # fmt: skip

        try:
            run("init")
            run("consent", "grant", "P-1", "--scope", "audio,transcript", "--retain-audio", "0d",
                "--retain-transcript", "30d", "--yes")  # fmt: skip
            sid = json.loads(run("--json", "transcribe", "P-1", str(speech.wav_for(d))))
            shown = json.loads(run("--json", "show", sid["session_id"], "--unredacted"))
        finally:
            shutil.rmtree(data, ignore_errors=True)
        cache.write_text(json.dumps(shown["segments"]))
    return [
        Segment(float(x["start"]), float(x["end"]), str(x["text"]), x.get("speaker"))
        for x in json.loads(cache.read_text())
    ]


CHECK_TIME = {"s": 0.0, "audio_s": 0.0}


def segments_for(path: Path, text_only: bool) -> list[Any]:
    from localnotes.types import Segment

    if CLI["on"] and not text_only:
        return cli_segments(path)
    d = speech.parse(path)
    if text_only:
        return [Segment(i * 5.0, i * 5.0 + 5.0, t) for i, (_, t) in enumerate(d.turns)]
    raw = speech.transcript_for(d)
    segs = [Segment(float(str(s["start"])), float(str(s["end"])), str(s["text"])) for s in raw]
    if NAME_CHECK["on"]:  # as the pipeline does while the audio and model are at hand
        segs = checked_names(d, segs)
    return segs


def checked_names(d: Any, segs: list[Any]) -> list[Any]:
    from faster_whisper import decode_audio

    from localnotes.asr.clip_scores import scorer
    from localnotes.name_check import check_names

    score = scorer(speech.transcribe_model("tiny.en"))  # loaded once, as the transcripts were
    audio = decode_audio(str(speech.wav_for(d)))
    t0 = time.perf_counter()
    out, _ = check_names(segs, audio, 0.0, score)
    CHECK_TIME["s"] += time.perf_counter() - t0
    CHECK_TIME["audio_s"] += audio.shape[-1] / 16000
    return out


def pct(x: float) -> str:
    return f"{x:.3f}"


def run_set(
    paths: list[Path], text_only: bool, redactor: Any, template: Any
) -> tuple[Scores, list[Any]]:
    from localnotes.notes import draft
    from localnotes.term_repair import repair_segments

    sc = Scores()
    all_segments = []
    for path in paths:
        segs = segments_for(path, text_only)
        if not text_only and not CLI["on"]:  # as the pipeline stores it: term repair, redaction
            segs = list(repair_segments(segs)[0])
        heard = " ".join(x.text for x in segs)
        if redactor is not None:
            segs = list(redactor.redact(segs).segments)
        all_segments += segs
        doc = draft.build(segs, template, path.stem, "redacted")
        score(path.stem, expectations(path), doc, segs, sc, heard)
    return sc, all_segments


def figures(name: str, paths: list[Path], source: str, sc: Scores) -> dict[str, Any]:
    return {
        "set": name,
        "dialogs": len(paths),
        "tuned_on": {"tuned": True, "held-out": False}.get(name),  # None: a folder given
        "source": source,
        "medications": {"recall": sc.meds.recall(), "precision": sc.meds.precision(),
                        "found": sc.meds.hit, "expected": sc.meds.total},
        "measures": {"recall": sc.measures.recall(), "precision": sc.measures.precision(),
                     "found": sc.measures.hit, "expected": sc.measures.total},
        "medications_in_transcript": {"recall": sc.meds_heard.recall(), "found": sc.meds_heard.hit,
                                      "expected": sc.meds_heard.total},
        "measures_in_transcript": {"recall": sc.measures_heard.recall(),
                                   "found": sc.measures_heard.hit,
                                   "expected": sc.measures_heard.total},
        "risk_endorsed_recall": sc.endorsed.recall(),
        "risk_endorsed_found": sc.endorsed.hit,
        "risk_endorsed_expected": sc.endorsed.total,
        "risk_denied_recall": sc.denied.recall(),
        "risk_denied_found": sc.denied.hit,
        "risk_denied_expected": sc.denied.total,
        "risk_precision": sc.risk_reported.precision(),
        "wrongly_endorsed": sc.wrongly_endorsed,
        "risk_endorsed_found_or_passage": sc.endorsed_or_passage.hit,
        "risk_passages": sc.passages,
        "quotes_in_transcript": sc.quotes.recall(),
        "quotes_found": sc.quotes.hit,
        "quotes": sc.quotes.total,
    }  # fmt: skip


def line(r: dict[str, Any]) -> str:
    m, ms = r["medications"], r["measures"]
    mh, msh = r["medications_in_transcript"], r["measures_in_transcript"]
    label = {True: "TUNED ON", False: "held out, not tuned on"}.get(
        r["tuned_on"], "tuned on or not: see the folder's README"
    )
    return (
        f"{r['set']} ({label}), {r['dialogs']} dialogs ({r['source']}): "
        f"medications recall {pct(m['recall'])} ({m['found']}/{m['expected']}), "
        f"precision {pct(m['precision'])}; "
        f"measures recall {pct(ms['recall'])} ({ms['found']}/{ms['expected']}), "
        f"precision {pct(ms['precision'])}; "
        f"of those the transcript contains: medications {mh['found']}/{mh['expected']}, "
        f"measures {msh['found']}/{msh['expected']}; "
        f"risk endorsed recall {pct(r['risk_endorsed_recall'])} "
        f"({r['risk_endorsed_found']}/{r['risk_endorsed_expected']}), "
        f"denied recall {pct(r['risk_denied_recall'])} "
        f"({r['risk_denied_found']}/{r['risk_denied_expected']}), "
        f"risk precision {pct(r['risk_precision'])}; "
        f"reported endorsed wrongly: {len(r['wrongly_endorsed'])}; "
        f"endorsed found or left to read as a passage of its kind "
        f"{r['risk_endorsed_found_or_passage']}/{r['risk_endorsed_expected']}, "
        f"passages {r['risk_passages']} "
        f"({r['risk_passages'] / max(1, r['dialogs']):.1f} a dialog); "
        f"quotes in transcript {r['quotes_found']}/{r['quotes']}"
    )


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
    ap.add_argument(
        "--tuned-only",
        action="store_true",
        help="the tuned set alone, leaving the held-out set unrun",
    )
    ap.add_argument(
        "--no-name-check",
        action="store_true",
        help="leave out the pipeline's check of drug names against the audio",
    )
    ap.add_argument(
        "--redacted",
        action="store_true",
        help="with --text: redact the written turns first, as the draft reads a stored transcript",
    )
    ap.add_argument(
        "--cli",
        action="store_true",
        help="the transcript `localnotes transcribe` stores (as the acceptance check makes it)",
    )
    args = ap.parse_args(argv)
    NAME_CHECK["on"] = not args.no_name_check
    CLI["on"] = args.cli
    groups = [[d] for d in args.dirs] or [[OWN_DIALOGS, SEEN], [HELD_OUT]][
        : 1 if args.tuned_only else 2
    ]
    sets = []
    for dirs in groups:
        paths = sorted(p for d in dirs for p in d.glob("*.txt") if "# expect-" in p.read_text())
        if args.cached and not args.text:
            paths = [p for p in paths if speech_cached(p)]
        name = "held-out" if dirs == [HELD_OUT] else "tuned" if SEEN in dirs else str(dirs[0])
        if paths:
            sets.append((name, paths))
        else:  # e.g. the held-out folder between two blind sets, holding only its README
            print(f"{name}: no dialogs with # expect- lines in {', '.join(map(str, dirs))}",
                  file=sys.stderr)  # fmt: skip
    if not sets:
        print("no dialogs with # expect- lines", file=sys.stderr)
        return 2

    from localnotes.notes import templates
    from localnotes.redact import get_redactor

    redactor = None if args.text and not args.redacted else get_redactor()
    soap = templates.load("soap")
    source = (
        ("written turns, redacted" if args.redacted else "written turns")
        if args.text
        else "speech (piper), `localnotes transcribe`, redacted"
        if args.cli
        else "speech (piper, tiny.en), redacted"
    )
    results, all_segments, shown = [], [], []
    for name, paths in sets:
        sc, segs = run_set(paths, args.text, redactor, soap)
        all_segments += segs
        results.append(figures(name, paths, source, sc))
        shown.append(sc)
    out: dict[str, Any] = {"sets": results}
    if args.timing:
        out.update(time_50_minutes(all_segments, soap))
    if args.json:
        print(json.dumps(out, indent=2))
    else:
        for r in results:
            print(line(r))
        if CHECK_TIME["audio_s"]:
            print(
                f"drug names checked against the audio: {CHECK_TIME['s']:.1f} s for "
                f"{CHECK_TIME['audio_s'] / 60:.1f} minutes of speech"
            )
        if args.timing:
            print(
                f"draft of a {out['timing_minutes']:.0f}-minute transcript "
                f"({out['timing_words']} words): median {out['timing_median_s']:.3f} s "
                f"of 5 ({out['timing_cpu_median_s']:.3f} s of CPU time; load average "
                f"{out['load_average']:.1f}, {os.cpu_count()} cores)"
            )
    if args.show:
        for (name, _), sc in zip(sets, shown, strict=True):
            for x in sc.misses:
                print(f"{name} missed", x)
            for x in sc.extras:
                print(f"{name} extra ", x)
            for x in sc.wrongly_endorsed:
                print(f"{name} WRONGLY ENDORSED", x)
    return 0


def time_50_minutes(segments: list[Any], template: Any) -> dict[str, Any]:
    """Repeat the transcripts, shifted in time, until they last 50 minutes; draft 5 times."""
    from localnotes.notes import (
        draft,
        drug_mentions,
        lexicon,
        measure_named,
        numbers,
        risk_cue_scan,
    )
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
        for cached in (lexicon.data, lexicon.heard_as, lexicon.load, lexicon.fuzzy_medication,
                       lexicon._fuzzy_spellings, numbers.find_numbers, drug_mentions.mentions_in,
                       risk_cue_scan.cues, risk_cue_scan._prefilter,
                       measure_named._prefilter):  # fmt: skip
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
