"""How long live mode takes to show a word after it is spoken, through a real microphone path.

Starts a private PulseAudio virtual microphone, plays real speech (jfk.flac) into it with
paplay, records it with `localnotes.audio.capture.record` (PortAudio) and feeds the blocks to
the product's live view (`LiveTranscriber` over `asr.live_window.make_live_window`, tiny.en on the
CPU), and, as `record --live` does, to the session transcriber that makes the stored transcript
at the same time (`--no-stored` leaves it out). For each word shown, the latency is the moment it
appeared minus the moment the word ended in the playback (paplay's start plus the word's end
time in the file, from an offline transcription). paplay's own output buffering is counted in,
so the figures err on the slow side. `--runs N` repeats the whole measurement and reports each
run and the spread; the load average of the machine is stated with each run.

    python benchmarks/live_latency.py [--runs 5] [--repeat 3] [--threads 2] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from localnotes.audio.capture import record  # noqa: E402
from localnotes.audio.live import LiveTranscriber  # noqa: E402
from localnotes.types import CaptureGrant, RetentionPolicy, Scope  # noqa: E402
from localnotes.wer import wer  # noqa: E402
from tests.audio_fixtures import (  # noqa: E402 - after the path is set
    JFK_TEXT,
    decode_jfk,
    missing_tools,
    start_virtual_mic,
    write_wav16,
)

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
    ap.add_argument("--json", action="store_true", help="print one JSON document")
    args = ap.parse_args()
    reason = missing_tools()
    if reason:
        print(f"cannot run: {reason}", file=sys.stderr)
        return 2
    from localnotes.asr.live_window import make_live_window
    from localnotes.asr.whisper import AsrOptions

    models = Path(tempfile.mkdtemp(prefix="ln-bench-models-"))
    opts = AsrOptions(model="tiny.en", device="cpu", threads=args.threads)
    window = make_live_window(opts, models)  # the product's live pass

    def reference_words(audio: np.ndarray[Any, Any]) -> list[tuple[float, float, str]]:
        return [(float(s), float(e), str(w)) for s, e, w in window(audio)]

    speech = decode_jfk()
    reference = reference_words(speech)  # word end times within the file
    runs = []
    mic = start_virtual_mic()
    os.environ["XDG_RUNTIME_DIR"] = str(mic.runtime_dir)  # before sounddevice is imported
    try:
        for i in range(args.runs):
            r = one_run(args, mic, window, speech, reference, models)
            runs.append(r)
            if not args.json:
                print(
                    f"run {i + 1}: {json.dumps({k: v for k, v in r.items() if k != 'latencies'})}",
                    flush=True,
                )
    finally:
        mic.stop()
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
    from localnotes.asr.whisper import AsrOptions
    from localnotes.session_transcriber import SessionTranscriber

    workdir = Path(tempfile.mkdtemp(prefix="ln-bench-"))
    wav = write_wav16(workdir / "jfk.wav", speech)
    shown: list[tuple[float, str]] = []
    play_starts: list[float] = []
    stop = threading.Event()
    live = LiveTranscriber(window, lambda text, start: shown.append((time.monotonic(), text)))
    stored = None
    if not args.no_stored:  # as record --live: the stored transcript on one thread of its own
        stored_opts = AsrOptions(model="tiny.en", device="cpu", threads=1, word_timestamps=True)
        stored = SessionTranscriber(stored_opts, models, window_s=20.0).start()

    def sink(pcm: bytes) -> None:
        live.feed(pcm)
        if stored is not None:
            stored.feed(pcm)

    def player() -> None:
        try:
            mic.wait_until_recording()
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
        shutil.rmtree(workdir, ignore_errors=True)

    expected = [
        (t0 + end, key(word)) for t0 in play_starts for _, end, word in reference if key(word)
    ]
    latencies: list[float] = []
    j = 0
    for at, text in shown:
        k = key(text)
        for jj in range(j, min(j + 4, len(expected))):  # in order, skipping a missed word or so
            if expected[jj][1] == k:
                latencies.append(at - expected[jj][0])
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
    }


if __name__ == "__main__":
    raise SystemExit(main())
