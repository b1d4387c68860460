"""Regenerate the README's performance section from the JSON files in benchmarks/results/.

    python benchmarks/make_readme_section.py          # rewrite README.md between the markers
    python benchmarks/make_readme_section.py --check  # exit 1 if README.md is out of date

Only the text between `<!-- perf:start -->` and `<!-- perf:end -->` is replaced. Every number
in it comes from a results file; a file that is missing leaves its paragraph out.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
README = HERE.parent / "README.md"
START, END = "<!-- perf:start -->", "<!-- perf:end -->"


def _load(name: str, results: Path) -> dict[str, Any] | None:
    path = results / name
    if not path.is_file():
        return None
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _machine(m: dict[str, Any]) -> str:
    pk = m.get("packages", {})
    return (
        f"{m['cpu']}, {m['usable_cores']} cores, {m['ram_gib']} GiB RAM, {m['os']}, "
        f"Python {m['python']}, faster-whisper {pk.get('faster-whisper')}, CTranslate2 "
        f"{pk.get('ctranslate2')}; load average {m['load_average'][0]} from other work"
    )


def _runs(n: int) -> str:
    return "one run" if n == 1 else f"median of {n} alternating runs"


def _pct(x: float | None) -> str:
    return "n/a" if x is None else f"{x * 100:.1f}%"


def asr_section(doc: dict[str, Any]) -> list[str]:
    rows = doc["asr"]
    audio = doc["asr"][0]["audio_s"] if doc["asr"] else 0
    out = [
        "### Transcription speed and accuracy",
        "",
        f"`python benchmarks/asr_speed.py` ({audio:.0f} s of audio: "
        f"{', '.join(s['name'] for s in doc['samples'])}; "
        f"{_runs(doc.get('repeats', 1))}). RTF is seconds of work per second of audio; WER "
        "is the word error rate against the published references. `faster-whisper` is the "
        "same model called directly with its defaults, for comparison.",
        "",
        "| engine | model | compute | threads | load (s) | RTF | WER | peak memory (MB) |",
        "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in rows:
        threads = r["threads"] or "default (4)"
        out.append(
            f"| {r['engine']} | {r['model']} | {r['compute_type']} | {threads} | "
            f"{r['load_s']:.2f} | {r['rtf']:.3f} | {_pct(r['wer'])} | "
            f"{r['peak_rss_mb']:.0f} |"
        )
    out += ["", f"Measured on {_machine(doc['machine'])}."]
    return out


def overhead_section(doc: dict[str, Any]) -> list[str]:
    wp = doc["whole_process"]
    out = [
        "### Whole pipeline against bare faster-whisper",
        "",
        f"`python benchmarks/pipeline_overhead.py --breakdown`: `localnotes transcribe --model "
        f"tiny.en` (consent check, key derivation, model load, VAD, ASR with word timestamps, "
        f"speaker attribution, term repair, redaction, encryption, ledger) on a "
        f"{doc['audio_s'] / 60:.1f}-minute recording takes "
        f"{wp['median_localnotes_s']:.1f} s against {wp['median_bare_s']:.1f} s for a bare "
        f"faster-whisper script: a median ratio of **{wp['median_ratio']:.2f}** over "
        f"{len(wp['runs'])} alternating runs (each ratio: "
        f"{', '.join(format(r['ratio'], '.2f') for r in wp['runs'])}). In CPU time (all "
        f"threads) the ratio is {wp['median_cpu_ratio']:.2f}. The two differ in settings: "
        "localnotes runs one thread per core, asks for word timestamps (speaker attribution "
        "needs them; they cost a second alignment pass) and does not condition each 30-second "
        "chunk on the text before it; the bare script gets CTranslate2's default of 4 threads, "
        "conditioning and no word timestamps. The 11-27 figure, before word timestamps, was "
        "1.00.",
    ]
    ip = doc.get("in_process")
    if ip:
        ln = ip["localnotes"]
        steps = ", ".join(
            f"{k.removesuffix('_s').replace('_', ' ')} {v:.2f} s"
            for k, v in ln.items()
            if k != "total_s"
        )
        out += [
            "",
            f"Inside one process: {steps}. The bare script: "
            + ", ".join(
                f"{k.removesuffix('_s').replace('_', ' ')} {v:.2f} s"
                for k, v in ip["bare_faster_whisper"].items()
                if k != "total_s"
            )
            + ".",
        ]
    out += ["", f"Measured on {_machine(doc['machine'])}."]
    return out


def redaction_section(doc: dict[str, Any]) -> list[str]:
    total = doc["overall"]
    prec = doc.get("precision_by_kind", {})
    kinds = ", ".join(
        f"{k} {prec[k]['precision']:.3f}" for k in ("PERSON", "ORGANIZATION") if k in prec
    )
    out = [
        "### Redaction",
        "",
        f"`python benchmarks/collect_results.py` (which runs `redaction_eval.py --timing`) on "
        f"the {doc['dialogs']} spoken, transcribed dialogs of `benchmarks/data/dialogs`, tiny.en. "
        "**These dialogs were written while the recognizers were built and tuned on them**, so "
        "the figures measure the tuning; held-out figures follow the performance section. "
        f"Recall {total['recall']:.3f} ({total['leaked']} of {total['labels']} identifiers "
        f"leaked), precision {total['precision']:.3f} ({kinds}), "
        f"clinical terms kept {total['clinical_kept']:.3f}.",
    ]
    if "redaction_s" in doc:
        out += [
            "",
            f"Redacting a 50-minute transcript ({doc['redaction_words']} words) took "
            f"{doc['redaction_s']:.2f} s after the engine was loaded"
            + (f" ({doc['redaction_cpu_s']:.2f} s of CPU time)" if "redaction_cpu_s" in doc else "")
            + f", on {_machine(doc['machine'])}.",
        ]
    return out


def live_section(doc: dict[str, Any]) -> list[str]:
    if "skipped" in doc:
        return []
    runs = doc.get("runs", [])
    out = [
        "### Live mode",
        "",
        f"`python benchmarks/collect_results.py` (which runs `live_latency.py`: real "
        f"speech through a virtual "
        f"microphone, tiny.en, {doc['whisper_threads']} threads"
        + (
            ", the stored transcript's transcriber running beside it as `record --live` does"
            + (" (at a lower priority)" if doc.get("stored_at_lower_priority") else "")
            if doc.get("with_stored_transcript")
            else ""
        )
        + (f"; {len(runs)} runs pooled" if runs else "")
        + (f"; {doc['note']}" if doc.get("note") else "")
        + f"): a word appears a median "
        f"{doc['latency_median_s']:.2f} s after it is spoken (90th percentile "
        f"{doc['latency_p90_s']:.2f} s, worst {doc['latency_max_s']:.2f} s); "
        f"{doc['words_shown']} of {doc['words_expected']} words shown, live WER "
        f"{_pct(doc['live_wer'])}" + (" (median of the runs)." if runs else "."),
    ]
    if runs:
        out += [
            "",
            "| run | median | p90 | worst | live WER | load average |",
            "|---|---|---|---|---|---|",
        ]
        for i, r in enumerate(runs, 1):
            load = r.get("load_average", r.get("load"))
            out.append(
                f"| {i} | {r['latency_median_s']:.2f} s | {r['latency_p90_s']:.2f} s "
                f"| {r['latency_max_s']:.2f} s | {_pct(r['live_wer'])} "
                f"| {'' if load is None else f'{float(load):.1f}'} |"
            )
    return out


def ready_section(doc: dict[str, Any]) -> list[str]:
    """One stop_to_ready.py results file: the session's length, the model, each run."""
    runs = doc["runs"]
    ready = doc["stop_to_ready_s"]
    m = doc["machine"]
    spread = (
        f"median {ready['median']:.2f} s, {ready['min']:.2f}-{ready['max']:.2f} s over "
        f"{len(runs)} runs"
        if len(runs) > 1
        else f"{ready['median']:.2f} s (one run)"
    )
    after = next((r["after"] for r in runs if "after" in r), None)
    out = [
        f"#### {doc['audio_s'] // 60:.0f}-minute session ({doc['audio_s']:.0f} s), {doc['model']}",
        "",
        f"`{doc.get('command', 'python benchmarks/stop_to_ready.py')}`, on {m['cpu']}, "
        f"{m['usable_cores']} cores, CTranslate2 {m.get('packages', {}).get('ctranslate2')}"
        + (f" ({doc['note']})" if doc.get("note") else "")
        + f": transcript ready {spread} after capture ended.",
        "",
        "| run | stop to ready | last window | backlog at stop | CPU per audio second "
        "| load average | stored WER | identifiers leaked |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for i, r in enumerate(runs, 1):
        st = r["streamed"]
        out.append(
            f"| {i} | {r['stop_to_ready_s']:.2f} s | {r['last_window_s']:.2f} s "
            f"| {r['backlog_at_stop_s']:.1f} s | {r['cpu_per_audio_s']:.3f} "
            f"| {r['load_average']:.1f} | {_pct(st['wer'])} | {st['leaked']}/{st['identifiers']} |"
        )
    if after is not None:
        out += [
            "",
            f"The same audio transcribed afterwards in one go: WER {_pct(after['wer'])}, "
            f"{after['leaked']}/{after['identifiers']} identifiers leaked.",
        ]
    return out


def ready_sections(results: Path) -> list[str]:
    """Stop-to-ready, from every results/stop_to_ready.*.json (one per model and length)."""
    docs = [_load(p.name, results) for p in sorted(results.glob("stop_to_ready.*.json"))]
    found = sorted((d for d in docs if d is not None), key=lambda d: (d["model"], d["audio_s"]))
    if not found:
        return []
    out = [
        "### Ready when the session ends",
        "",
        "The session is the project's spoken dialogs back to back, fed to the product's "
        "`SessionTranscriber` in 0.1-s blocks in real time; the clock runs from the last block "
        "to the transcript transcribed, attributed and redacted. The backlog at stop is the "
        "audio not yet transcribed when capture ended (the audio since the last window was cut, "
        "under 30 s, is always in it).",
        "",
    ]
    for doc in found:
        out += [*ready_section(doc), ""]
    return out[:-1]


def crypto_section(doc: dict[str, Any]) -> list[str]:
    out = [
        "### Encryption",
        "",
        f"`python benchmarks/crypto_throughput.py` ({doc['audio_seconds'] / 3600:.0f} h of "
        f"16 kHz audio, {doc['bytes'] / 1e6:.1f} MB, best of {doc['best_of']}):",
        "",
    ]
    for r in doc["results"]:
        out.append(
            f"- chunks of {r['chunk_size']} bytes: sealed in {r['seal_s']:.3f} s "
            f"({r['seal_mb_per_s']:.0f} MB/s, {r['seal_pct_of_audio_duration']:.4f}% of "
            f"the audio's duration), opened in {r['open_s']:.3f} s "
            f"({r['open_mb_per_s']:.0f} MB/s)"
        )
    return out


def _added_cpu(r: dict[str, Any]) -> float:
    """CPU time added by word timestamps and attribution, as a share of transcription's."""
    added: float = r["asr_words_cpu_s"] - r["asr_cpu_s"] + r["attribution_cpu_s"]
    return added / r["asr_cpu_s"]


def diarization_section(doc: dict[str, Any]) -> list[str]:
    s = doc["summary"]
    rows = [
        f"| {r['case']} | {r['duration_s']:.0f} | {r['der']:.3f} | {r['speakers_found']} | "
        f"{r['added_share'] * 100:.0f}% | {r['attribution_share'] * 100:.1f}% | "
        f"{_added_cpu(r) * 100:.0f}% | {r['attribution_cpu_share'] * 100:.1f}% | "
        f"{r['added_mb']:.0f} |"
        for r in doc["cases"]
    ]
    out = [
        "### Who said what",
        "",
        f"`{doc['command']}`: diarization error rate (collar 0.25 s, overlap scored, optimal "
        "mapping) of `transcribe`'s speaker labels, two speakers asked, on the shared phone call, "
        "the stereo test file mixed to mono, and dialogs spoken by two synthetic voices (therapist "
        "piper, client espeak-ng or piper pitch-shifted). Added time: transcription with word "
        "timestamps plus attribution, over transcription without; attribution: its own share; "
        "memory: peak RSS added by attribution, the encoder's weights included."
        + (
            f" Each time is the least of {s['repeat']} alternating runs per case."
            if s.get("repeat", 1) > 1
            else ""
        ),
        "",
        "| case | s | DER | speakers found | added time | attribution | added CPU | "
        "attribution CPU | added MB |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        *rows,
        "",
        f"Dialogs pooled: DER {s['dialogs_pooled_der']:.3f}. All cases: added time "
        f"{_pct(s['added_share_all'])} of transcription ({_pct(s['attribution_share_all'])} "
        f"attribution alone), at most {s['max_added_mb']:.0f} MB.",
    ]
    if "attribution_cpu_share_all" in s:
        out[-1] += (
            f" In CPU time (all threads): added {_pct(s['added_cpu_share_all'])}, attribution "
            f"alone {_pct(s['attribution_cpu_share_all'])} of transcription's; load average "
            f"{s['load_average'][0]:.1f} when it finished."
        )
    if "long" in s:
        out[-1] += (
            f" A {s['long']['audio_min']:.0f}-minute file (the phone call over and over), read "
            f"as `transcribe` reads it: {s['long']['added_mb']:.0f} MB added at peak, "
            f"{s['long']['cpu_s']:.1f} s of CPU for attribution."
        )
    if "therapist_as_clinician" in s:
        out += [
            "",
            "With the therapist's voice enrolled from a separate recording (`--enrolled`: piper "
            "reading other lines), "
            f"{_pct(s['therapist_as_clinician'])} of the therapist's words on the dialogs are "
            f"labelled `clinician`, and {_pct(s['client_as_clinician'])} of the client's.",
        ]
    return [*out, "", f"Measured on {_machine(doc['machine'])}."]


def speaker_count_section(doc: dict[str, Any]) -> list[str]:
    by_case: dict[str, dict[str, Any]] = {}
    for r in doc["cases"]:
        by_case.setdefault(r["case"], {"true": r["true"], "s": r["duration_s"]})[
            r["speakers_asked"]
        ] = r
    rows = [
        f"| {name} | {c['s']:.0f} | {c['true']} | {c['2']['found']} | {c['2']['der']:.3f} | "
        f"{c['auto']['found']} | {c['auto']['der']:.3f} |"
        for name, c in by_case.items()
    ]
    two, auto = doc["summary"]["2"], doc["summary"]["auto"]
    return [
        "### How many voices",
        "",
        f"`{doc['command']}`: one- to four-voice recordings (synthetic voices taking turns: "
        "piper `joe`, pitch-shifted `joe+5` and `joe-4`, espeak-ng `f3` and `gbm3`; and real "
        "speech: jfk, each channel of the stereo file, each side of the phone call alone, two "
        "LibriSpeech speakers, the stereo file mixed, the phone call), transcribed with tiny.en "
        "and attributed with the default (`2`: at most two) and with `--speakers auto`.",
        "",
        "| case | s | voices | found (default) | DER | found (auto) | DER |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
        *rows,
        "",
        f"One voice, one label: {two['one_voice_one_label']} of {two['one_voice_cases']} with "
        f"the default, {auto['one_voice_one_label']} of {auto['one_voice_cases']} with auto. "
        f"`auto` finds the true count in {auto['exact']} of {auto['cases']} and is within one "
        f"in {auto['within_one']} of {auto['cases']}. The one-voice rule "
        "(`voice/clustering.py`) was tuned on these cases.",
        "",
        f"Measured on {_machine(doc['machine'])}.",
    ]


def hotwords_section(doc: dict[str, Any]) -> list[str]:
    out = [
        "### Clinical hotwords",
        "",
        "`python benchmarks/asr_hotwords.py` (tiny.en on the spoken dialogs):",
        "",
        "| setting | mean WER | worst WER | clinical terms recognised |",
        "| --- | ---: | ---: | ---: |",
    ]
    for name, r in doc["results"].items():
        out.append(
            f"| {name} | {_pct(r['mean_wer'])} | {_pct(r['worst_wer'])} | "
            f"{r['clinical_terms_recognised']} |"
        )
    return out


def _recall(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.3f}"


def accuracy_section(doc: dict[str, Any]) -> list[str]:
    sets = doc["sets"]
    out = [
        "### Transcription accuracy and clinical term repair",
        "",
        f"`nice -n 10 python benchmarks/asr_accuracy.py` ({sets['real']} real-speech recordings "
        f"with published references; {sets['dialog']} dialogs spoken with piper; int8, beam 5, "
        f"VAD, {doc['threads']} threads). WER uses the one normalisation of `localnotes.wer`; "
        "medication recall counts the drugs named in the dialogs' scripts that the transcript "
        "names; *repaired* is after clinical term repair. Invented lines: lines outside what "
        "was said on the phone call, or in ten minutes of silence after speech. RTF: on the "
        "real speech and the demo recording, with the model in its own process.",
        "",
        "| model | real speech WER | repaired | dialogs WER | repaired | medication recall | "
        "repaired | repairs (dialogs / real speech) | invented lines | RTF | load (s) | "
        "peak memory (MB) |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for m in doc["models"]:
        real = m["sets"]["real"]
        dia = m["sets"].get("dialog")
        if dia is None:
            dialog_cells = "not run | | | | "
            repairs = f"- / {real['repairs']}"
        else:
            dialog_cells = (
                f"{_pct(dia['wer'])} | {_pct(dia['wer_repaired'])} | "
                f"{_recall(dia['med_recall'])} | {_recall(dia['med_recall_repaired'])} "
                f"({dia['meds']} names) | "
            )
            repairs = f"{dia['repairs']} / {real['repairs']}"
        out.append(
            f"| {m['model']} | {_pct(real['wer'])} | {_pct(real['wer_repaired'])} | "
            f"{dialog_cells}{repairs} | {m['invented_lines']} | {m['rtf']:.3f} | "
            f"{m['load_s']:.2f} | {m['peak_rss_mb']:.0f} |"
        )
    fr = doc["false_repairs_text"]
    out += [
        "",
        "False repairs on text that is already right: "
        + "; ".join(
            f"{v['false_repairs']} in {v['words']} words of {k.replace('_', ' ')}"
            for k, v in fr.items()
        )
        + ".",
        "",
        f"Measured on {_machine(doc['machine'])}; the machine is shared, so speeds are "
        "pessimistic.",
    ]
    return out


SECTIONS = (
    ("asr_speed.json", asr_section),
    ("asr_accuracy.json", accuracy_section),
    ("pipeline_overhead.json", overhead_section),
    ("redaction_eval.json", redaction_section),
    ("asr_hotwords.json", hotwords_section),
    ("live_latency.json", live_section),
    ("diarization_eval.json", diarization_section),
    ("speaker_count_eval.json", speaker_count_section),
    ("crypto_throughput.json", crypto_section),
)


def render(results: Path = RESULTS) -> str:
    parts = [
        "",
        "Generated by `python benchmarks/make_readme_section.py` from "
        "`benchmarks/results/`; rerun the scripts named below to measure your machine, or "
        "run `localnotes bench`.",
        "",
    ]
    for name, section in SECTIONS:
        doc = _load(name, results)
        if doc is not None:
            parts += [*section(doc), ""]
        if name == "live_latency.json":
            ready = ready_sections(results)
            parts += [*ready, ""] if ready else []
    return "\n".join(parts)


def splice(readme: str, body: str) -> str:
    if START not in readme or END not in readme:
        raise SystemExit(f"README has no {START} ... {END} markers")
    head, rest = readme.split(START, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{START}\n{body.strip()}\n{END}{tail}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if README.md is stale")
    ap.add_argument("--readme", type=Path, default=README)
    ap.add_argument("--results", type=Path, default=RESULTS)
    args = ap.parse_args(argv)
    current = args.readme.read_text(encoding="utf-8")
    wanted = splice(current, render(args.results))
    if args.check:
        if wanted != current:
            print(
                f"{args.readme} is stale: run python benchmarks/make_readme_section.py",
                file=sys.stderr,
            )
            return 1
        return 0
    if wanted != current:
        args.readme.write_text(wanted, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
