"""Stop-to-ready and the stored transcript's accuracy, transcribing while the session records
versus transcribing the whole recording afterwards.

    python benchmarks/stop_to_ready.py [--minutes 10] [--speed 4] [--runs 5] [--model tiny.en]
                                       [--out benchmarks/results/stop_to_ready.json]

The session is the project's dialogs (benchmarks/data/dialogs, spoken by piper as in
redaction_eval.py, cached), back to back up to `--minutes`. It is fed to the product's
`SessionTranscriber` in 0.1-s blocks at `--speed` times real time (the capture thread's pace; 1
is a real session: a 50-minute run then takes 50 minutes); when the last block is fed, the clock
starts, and it stops when the transcription is finished and redacted (the work `record` has left
when capture ends; storing it adds milliseconds). The same audio is transcribed afterwards in one
go (`transcribe_pcm`, what `transcribe` does with a file), and both are scored against the
dialogs' text (WER, `localnotes.wer`) and for identifiers left after redaction (the
labelled keys of each dialog, as redaction_eval.py counts them).

With --speed above 1 the machine must keep up at that pace for the figure to mean the same as in
a real session: the backlog when capture ends is reported with each run.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
import wave
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import pipeline_overhead as po  # noqa: E402
import redaction_eval as reval  # noqa: E402


def session_audio(minutes: float) -> tuple[bytes, list[reval.Dialog]]:
    paths = sorted(reval.OWN_DIALOGS.glob("*.txt"))
    pcm = bytearray()
    used: list[reval.Dialog] = []
    while len(pcm) < minutes * 60 * 16000 * 2:
        for p in paths:
            with wave.open(str(po.dialog_wav(p))) as w:
                pcm += w.readframes(w.getnframes())
            used.append(reval.parse(p))
            if len(pcm) >= minutes * 60 * 16000 * 2:
                break
    return bytes(pcm), used


def score(text: str, dialogs: list[reval.Dialog], redacted: str) -> dict[str, float | int]:
    from localnotes.wer import wer

    reference = " ".join(t for d in dialogs for _, t in d.turns)
    keys = [(p.kind, k) for d in dialogs for p in d.pii for k in p.keys]
    leaked = sum(reval.leaked(k, redacted) for _, k in keys)
    return {"wer": round(wer(reference, text), 4), "identifiers": len(keys), "leaked": leaked}


def _samples(pcm: bytes, start: int, n: int) -> np.ndarray:  # type: ignore[type-arg]
    return np.frombuffer(pcm[start * 2 : (start + n) * 2], dtype="<i2").astype(np.float32) / 32768.0


def run_once(
    pcm: bytes, dialogs: list[reval.Dialog], args: argparse.Namespace, after: bool = True
) -> dict[str, object]:
    from localnotes import attribution
    from localnotes.asr.whisper import AsrOptions
    from localnotes.redact import get_redactor
    from localnotes.session_transcriber import SessionTranscriber
    from localnotes.transcription import transcribe_pcm

    models = Path("/tmp/localnotes-bench-models")
    # as record does: word timestamps for the speaker attribution done at stop
    opts = AsrOptions(model=args.model, device="cpu", word_timestamps=True)
    redactor = get_redactor()
    # as record does: each window's voices embedded as it is transcribed
    t = SessionTranscriber(opts, models, embed_voices=True).start()
    block = 3200
    cpu0 = time.process_time()
    start = time.monotonic()
    for i in range(0, len(pcm), block):
        due = start + (i / 2 / 16000) / args.speed
        delay = due - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        t.feed(pcm[i : i + block])
    backlog = t.backlog_s
    said = t.ready_after_stop_s  # what record shows at stop ("ready about N s after you stop")
    fed_s = time.monotonic() - start
    cpu_fed = time.process_time() - cpu0  # all threads of this process while it "recorded"
    stopped, cpu_stopped = time.monotonic(), time.process_time()
    result = t.finish()
    finished = time.monotonic()
    labelled = t.attributed(result, 2, None)  # only the grouping is left at stop
    assert labelled is not None
    attributed = time.monotonic()
    red = redactor.redact(labelled.segments)
    ready = time.monotonic() - stopped
    ready_cpu = time.process_time() - cpu_stopped
    figures = {
        "stop_to_ready_s": round(ready, 2),
        "last_window_s": round(finished - stopped, 2),
        "attribution_s": round(attributed - finished, 2),
        "stop_to_ready_cpu_s": round(ready_cpu, 2),  # CPU, all threads: steadier under load
        "backlog_at_stop_s": round(backlog, 1),
        "said_ready_after_s": round(said, 1),
        # CPU seconds per second of session audio: the share of one core recording takes
        "cpu_per_audio_s": round(cpu_fed / (len(pcm) / 2 / 16000), 3),
        "fed_in_s": round(fed_s, 1),
        "load_average": round(os.getloadavg()[0], 2),
    }
    streamed_text = " ".join(s.text for s in result.segments)
    streamed = score(streamed_text, dialogs, " ".join(s.text for s in red.segments))
    if not after:
        return {**figures, "streamed": streamed}
    # what attribution at stop would cost over the whole session (as before it was per window)
    w0, c0 = time.monotonic(), time.process_time()
    windows = (
        (i / 16000, _samples(pcm, i, 600 * 16000)) for i in range(0, len(pcm) // 2, 600 * 16000)
    )
    attribution.attribute(result.segments, windows, 2, None)
    figures["attribution_whole_session_s"] = round(time.monotonic() - w0, 2)
    figures["attribution_whole_session_cpu_s"] = round(time.process_time() - c0, 2)
    after_t0 = time.monotonic()
    samples = np.frombuffer(pcm, dtype="<i2").astype(np.float32) / 32768.0
    whole = transcribe_pcm(samples, opts, models)  # as `transcribe` does: word timestamps too
    after_red = redactor.redact(whole.segments)
    after_s = time.monotonic() - after_t0
    after_text = " ".join(s.text for s in whole.segments)
    return {
        **figures,
        "after_the_fact_s": round(after_s, 2),
        "streamed": streamed,
        "after": score(after_text, dialogs, " ".join(s.text for s in after_red.segments)),
    }


def spread(values: list[float]) -> dict[str, float]:
    return {"median": statistics.median(values), "min": min(values), "max": max(values)}


def report(doc: dict[str, object], out: Path | None) -> None:
    """The figures without the runs on stdout; the whole document to `out` when given."""
    print(json.dumps({k: v for k, v in doc.items() if k != "runs"}, indent=2))
    if out:
        out.write_text(json.dumps(doc, indent=2) + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--minutes", type=float, default=10.0)
    ap.add_argument("--speed", type=float, default=4.0, help="times real time (1 = a real session)")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--model", default="tiny.en")
    ap.add_argument("--out", type=Path)
    ap.add_argument(
        "--no-after", action="store_true", help="never transcribe afterwards (else: after run 1)"
    )
    args = ap.parse_args(argv)
    from localnotes.bench import machine

    pcm, dialogs = session_audio(args.minutes)
    runs = []
    for i in range(args.runs):
        r = run_once(pcm, dialogs, args, after=i == 0 and not args.no_after)  # deterministic
        runs.append(r)
        print(f"run {i + 1}: {json.dumps(r)}", flush=True)
    ready = [float(r["stop_to_ready_s"]) for r in runs]  # type: ignore[arg-type]
    doc = {
        "audio_s": round(len(pcm) / 2 / 16000, 1),
        "model": args.model,
        "speed": args.speed,
        "runs": runs,
        "stop_to_ready_s": spread(ready),
        "attribution_s": statistics.median(float(r["attribution_s"]) for r in runs),  # type: ignore[arg-type]
        "cpu_per_audio_s": statistics.median(float(r["cpu_per_audio_s"]) for r in runs),  # type: ignore[arg-type]
        "load_average": [r["load_average"] for r in runs],
        "machine": machine(),
    }
    report(doc, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
