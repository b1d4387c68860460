"""Where the CPU time that word timestamps add to transcription goes.

    .venv/bin/python benchmarks/word_timestamp_cost.py [--model tiny.en|base]

The cases of `diarization_eval.py` that speaker attribution needs words for (the phone call and
the six two-voice dialogs, synthesised there and cached) are transcribed as the product does it,
without and then with `word_timestamps`. faster-whisper's encoder and its word alignment
(`WhisperModel.add_word_timestamps`: one cross-attention pass and DTW per 30 s window) are
wrapped to count encoder windows and sum their CPU time (every thread of the process). Prints one
JSON object: per pass, CPU seconds in all, encoder windows and CPU, alignment CPU, segments.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

import diarization_eval as de  # noqa: E402
import faster_whisper.transcribe as ft  # noqa: E402

from localnotes import transcription  # noqa: E402
from localnotes.asr import whisper  # noqa: E402

STAT: dict[str, float] = {}


def _timed(name: str, fn: Any) -> Any:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        cpu = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            STAT[name + "_cpu_s"] = STAT.get(name + "_cpu_s", 0.0) + time.process_time() - cpu
            STAT[name + "_calls"] = STAT.get(name + "_calls", 0) + 1

    return wrapper


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", default="tiny.en")
    args = ap.parse_args()
    de.CACHE.mkdir(parents=True, exist_ok=True)
    files = [de.SPEECH / "phone_call_2spk.wav"]
    for client in ("espeak", "pitch"):
        files += [de.synth_dialog(de.DIALOGS / d, client)[0] for d in de.DIALOG_FILES]
    ft.WhisperModel.encode = _timed("encode", ft.WhisperModel.encode)  # type: ignore[method-assign]
    ft.WhisperModel.add_word_timestamps = _timed(  # type: ignore[method-assign]
        "align", ft.WhisperModel.add_word_timestamps
    )
    out: dict[str, Any] = {"model": args.model}
    for words in (False, True):
        opts = whisper.AsrOptions(model=args.model, word_timestamps=words)
        whisper.load_model(opts, de.CACHE / "models")
        STAT.clear()
        cpu, segments = time.process_time(), 0
        for f in files:
            segments += len(transcription.transcribe_file(f, opts, de.CACHE / "models").segments)
        out["words" if words else "plain"] = {
            "cpu_s": round(time.process_time() - cpu, 2),
            "encoder_windows": int(STAT.get("encode_calls", 0)),
            "encoder_cpu_s": round(STAT.get("encode_cpu_s", 0.0), 2),
            "align_cpu_s": round(STAT.get("align_cpu_s", 0.0), 2),
            "segments": segments,
        }
    plain = out["plain"]["cpu_s"]
    out["added_cpu_share"] = round((out["words"]["cpu_s"] - plain) / plain, 3)
    out["align_cpu_share"] = round(out["words"]["align_cpu_s"] / plain, 3)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
