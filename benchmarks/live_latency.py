"""How long live mode takes to show a word after it is spoken, through a real microphone path.

Starts a private PulseAudio virtual microphone, plays real speech (jfk.flac) into it with
paplay, records it with `localnotes.audio.capture.record` (PortAudio) and feeds the blocks to
the product's live view (`LiveTranscriber` over `asr.live_window.make_live_window`, tiny.en on the
CPU, warmed up as the product warms it), and, as `record --live` does, to the session
transcriber that makes the stored transcript at the same time, beside the live view (one model
thread, a lower priority, the redactor built and each window's voices embedded; `--no-stored`
leaves it out, `--same-priority` runs it at the live view's priority as before issue 21).
For each word shown, the latency is the moment it appeared minus the moment the word ended in
the playback (paplay's start plus the word's end time in the file, from an offline
transcription). paplay's own output buffering is counted in, so the figures err on the slow side.
`--runs N` repeats the whole measurement and reports each run and the spread; the load average
of the machine is stated with each run. `--trace FILE` writes each run's timeline (every live
pass with the audio it heard, the stored transcript's windows, garbage collections over 5 ms,
each word's latency) to see what slow words waited for.

    python benchmarks/live_latency.py [--runs 5] [--repeat 3] [--threads 2] [--json]
                                      [--trace FILE] [--same-priority] [--trim-after S]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import re
import shutil
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from harness.speech import JFK_TEXT, decode_jfk, write_wav16  # noqa: E402
from harness.virtual_mic import missing_tools, start_virtual_mic  # noqa: E402
from localnotes.audio.capture import record  # noqa: E402
from localnotes.audio.live import LiveTranscriber  # noqa: E402
from localnotes.types import CaptureGrant, RetentionPolicy, Scope  # noqa: E402
from localnotes.wer import wer  # noqa: E402

# A synthetic grant: the speech is a public recording, not a patient.
GRANT = CaptureGrant(
    consent_id="benchmark",
    patient_hash="0" * 64,
    scopes=frozenset({Scope.TRANSCRIPT}),
    retention=RetentionPolicy(0, 0, 0),
    expires_at=None,
)


def key(text: str) -> str:
    return re.sub(r"[^\w']+", " ", text.lower()).strip()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5, help="whole measurements (default 5)")
    ap.add_argument("--repeat", type=int, default=3, help="times to play the speech per run")
    ap.add_argument("--threads", type=int, default=2, help="CPU threads for Whisper (default 2)")
    ap.add_argument("--no-stored", action="store_true", help="without the stored transcript")
    ap.add_argument(
        "--trim-after",
        type=float,
        help="seconds of audio after which the live window drops what it committed "
        "(default: the product's)",
    )
    ap.add_argument(
        "--same-priority",
        action="store_true",
        help="the stored transcript's thread at the live view's priority (as before issue 21)",
    )
    ap.add_argument("--json", action="store_true", help="print one JSON document")
    ap.add_argument(
        "--trace",
        type=Path,
        help="write each run's timeline here (live passes, stored windows, garbage collections, "
        "each word's latency), to see what the slow words waited for",
    )
    args = ap.parse_args()
    reason = missing_tools()
    if reason:
        print(f"cannot run: {reason}", file=sys.stderr)
        return 2
    from localnotes.asr.live_window import make_live_window
    from localnotes.asr.whisper import AsrOptions

    models = Path(tempfile.mkdtemp(prefix="ln-bench-models-"))
    opts = AsrOptions(model="tiny.en", device="cpu", threads=args.threads)
    window = make_live_window(opts, models)  # the product's live pass, warmed up as it is
    # the word times come from an instance of their own, so the live one has only decoded its
    # warm-up before the first run, as in `record --live`
    timing = make_live_window(replace(opts, threads=1), models)

    def reference_words(audio: np.ndarray[Any, Any]) -> list[tuple[float, float, str]]:
        return [(float(s), float(e), str(w)) for s, e, w in timing(audio)]

    speech = decode_jfk()
    reference = reference_words(speech)  # word end times within the file
    runs = []
    traces: list[dict[str, Any]] = []
    mic = start_virtual_mic()
    os.environ["XDG_RUNTIME_DIR"] = str(mic.runtime_dir)  # before sounddevice is imported
    try:
        for i in range(args.runs):
            r = one_run(args, mic, window, speech, reference, models)
            traces.append(r.pop("trace"))
            runs.append(r)
            if not args.json:
                print(
                    f"run {i + 1}: {json.dumps({k: v for k, v in r.items() if k != 'latencies'})}",
                    flush=True,
                )
    finally:
        mic.stop()
    if args.trace:
        args.trace.write_text(json.dumps(traces) + "\n")
    pooled = [x for r in runs for x in r.pop("latencies")]
    result = {
        "runs": runs,
        "latency_median_s": round(statistics.median(pooled), 2) if pooled else None,
        "latency_p90_s": round(float(np.percentile(pooled, 90)), 2) if pooled else None,
        "latency_max_s": round(max(pooled), 2) if pooled else None,
        "live_wer": round(statistics.median(r["live_wer"] for r in runs), 3),
        "words_expected": sum(r["words_expected"] for r in runs),
        "words_shown": sum(r["words_shown"] for r in runs),
        "cpu_count": os.cpu_count(),
        "whisper_threads": args.threads,
        "with_stored_transcript": not args.no_stored,
        "stored_at_lower_priority": not args.no_stored and not args.same_priority,
    }
    if args.json:
        print(json.dumps(result))
    else:
        for k, v in result.items():
            if k != "runs":
                print(f"{k:22} {v}")
    return 0


def one_run(
    args: argparse.Namespace,
    mic: Any,
    window: Any,
    speech: np.ndarray[Any, Any],
    reference: list[tuple[float, float, str]],
    models: Path,
) -> dict[str, Any]:
    from localnotes.asr.whisper import AsrOptions, transcribe_windows
    from localnotes.session_transcriber import SessionTranscriber

    workdir = Path(tempfile.mkdtemp(prefix="ln-bench-"))
    wav = write_wav16(workdir / "jfk.wav", speech)
    t0 = time.monotonic()
    passes: list[tuple[float, float, float]] = []  # (began, ended, seconds of audio heard)
    windows: list[tuple[float, float]] = []  # the stored transcript's windows: (began, ended)
    collections: list[tuple[float, float]] = []  # garbage collections: (began, ended)

    def timed_pass(samples: Any) -> Any:
        began = time.monotonic()
        items = window(samples)
        passes.append((began - t0, time.monotonic() - t0, len(samples) / 16000))
        return items

    def timed_windows(ws: Any, opts: Any, models_dir: Path) -> Any:
        def each() -> Any:
            for w in ws:
                began = time.monotonic()
                yield w
                windows.append((began - t0, time.monotonic() - t0))

        yield from transcribe_windows(each(), opts, models_dir)

    gc_began: list[float] = []

    def on_gc(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            gc_began[:] = [time.monotonic()]
        elif gc_began and time.monotonic() - gc_began[0] > 0.005:
            collections.append((gc_began[0] - t0, time.monotonic() - t0))

    gc.callbacks.append(on_gc)
    shown: list[tuple[float, str]] = []
    play_starts: list[float] = []
    stop = threading.Event()
    live = LiveTranscriber(
        timed_pass,
        lambda text, start: shown.append((time.monotonic(), text)),
        **({"trim_after_s": args.trim_after} if args.trim_after else {}),
    )
    stored = None
    if not args.no_stored:
        # as record --live: beside the live view (one thread, a lower priority), building the
        # redactor first and embedding each window's voices; 20-s windows, so that one is
        # transcribed while the speech plays
        from localnotes.redact import get_redactor

        stored_opts = AsrOptions(model="tiny.en", device="cpu", threads=1, word_timestamps=True)
        stored = SessionTranscriber(
            stored_opts,
            models,
            window_s=20.0,
            prepare=get_redactor,
            transcribe=timed_windows,
            embed_voices=True,
            beside_live=not args.same_priority,
        ).start()

    flowing = threading.Event()  # the first block has arrived: the device delivers audio

    def sink(pcm: bytes) -> None:
        flowing.set()
        live.feed(pcm)
        if stored is not None:
            stored.feed(pcm)

    def player() -> None:
        try:
            mic.wait_until_recording()
            # PulseAudio's null sink starts delivering about 2 s after the stream opens, and a
            # paplay started before that holds its sound back until then: timed from paplay's
            # start, the first play's words would carry that start-up as live-view latency
            flowing.wait(30.0)
            for _ in range(args.repeat):
                play_starts.append(time.monotonic())
                mic.play(wav)
                time.sleep(1.0)
            time.sleep(2.0)
        finally:
            stop.set()

    load = os.getloadavg()[0]
    try:
        live.start()
        threading.Thread(target=player, daemon=True).start()
        stats = record(GRANT, sink, stop_event=stop, seconds=600)
        live.close()
        if stored is not None:
            stored.finish()
    finally:
        gc.callbacks.remove(on_gc)
        shutil.rmtree(workdir, ignore_errors=True)

    expected = [
        (t0 + end, key(word)) for t0 in play_starts for _, end, word in reference if key(word)
    ]
    latencies: list[float] = []
    timed: list[tuple[float, float, str]] = []  # (shown at, latency, word)
    j = 0
    for at, text in shown:
        k = key(text)
        for jj in range(j, min(j + 4, len(expected))):  # in order, skipping a missed word or so
            if expected[jj][1] == k:
                latencies.append(at - expected[jj][0])
                timed.append((round(at - t0, 3), round(at - expected[jj][0], 3), k))
                j = jj + 1
                break
    text = " ".join(t.strip() for _, t in shown)
    return {
        "device_rate": stats.device_rate,
        "captured_s": round(stats.seconds, 2),
        "words_expected": len(expected),
        "words_shown": len(shown),
        "words_timed": len(latencies),
        "latency_median_s": round(statistics.median(latencies), 2) if latencies else None,
        "latency_p90_s": round(float(np.percentile(latencies, 90)), 2) if latencies else None,
        "latency_max_s": round(max(latencies), 2) if latencies else None,
        "live_wer": round(wer(" ".join([JFK_TEXT] * args.repeat), text), 3),
        "passes": live.passes,
        "load_average": round(load, 2),
        "latencies": latencies,
        "trace": {
            "play_starts": [round(p - t0, 3) for p in play_starts],
            "passes": [[round(x, 3) for x in p] for p in passes],
            "stored_windows": [[round(x, 3) for x in w] for w in windows],
            "gc": [[round(x, 3) for x in c] for c in collections],
            "words": timed,
        },
    }


if __name__ == "__main__":
    raise SystemExit(main())
