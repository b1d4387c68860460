"""The live view's words on dialogs it was not tuned on: word error rate of what it commits.

Replays spoken dialogs through the product's live view (`LiveTranscriber` over
`asr.live_window.make_live_window`, tiny.en, a pass every 0.5 s of audio as if each took no time:
`LiveTranscriber.replay`) and reports the word error rate of the committed text against what was
said, the CPU time per pass, and, for scale, the word error rate of the stored transcript
(tiny.en, beam 5, the whole file afterwards). Dialogs: the held-out set (benchmarks/data/heldout,
never tuned on), spoken with piper as redaction_eval.py speaks them (same cache).

`--short-context` also runs the same live pass with an encoder that hears only the audio and
END_PAD_S of padding (at least MIN_CONTEXT_S in all) instead of the 30 s faster-whisper pads every
window to: about half the CPU per pass, and the word error rate it costs.

    python benchmarks/live_wer.py [DIALOG ...] [--short-context] [--json]
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
import time
import wave
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO / "src"))

import redaction_eval as speech  # noqa: E402  (same synthesis and cache)

HELD_OUT = HERE / "data" / "heldout"
MIN_CONTEXT_S = 15
END_PAD_S = 3


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dialogs", nargs="*", type=Path)
    ap.add_argument("--short-context", action="store_true", help="also the short encoder")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    from localnotes.asr import live_window
    from localnotes.asr.whisper import AsrOptions, load_model
    from localnotes.audio.live import LiveTranscriber
    from localnotes.wer import wer

    paths = args.dialogs or sorted(HELD_OUT.glob("h*.txt"))
    models = speech.CACHE / "models"
    opts = AsrOptions(model="tiny.en", device="cpu", threads=2)
    variants = {"live": live_window.make_live_window(opts, models)}
    if args.short_context:
        loaded = load_model(opts, models)
        variants["short_context"] = short_context_window(loaded.whisper)
    rows = []
    for path in paths:
        d = speech.parse(path)
        stored = speech.transcript_for(d)  # synthesizes (and caches) the audio
        wav = next(speech.CACHE.glob(f"{path.stem}.*.seed{speech.SYNTH_SEED}.wav"))
        pcm = read_pcm(wav)
        said = " ".join(t for _, t in d.turns)
        row: dict[str, Any] = {"dialog": path.stem, "audio_s": round(len(pcm) / 32000, 1)}
        for name, window in variants.items():
            words: list[str] = []
            live = LiveTranscriber(window, lambda text, start, w=words: w.append(text))
            c0 = time.process_time()
            live.replay(pcm)
            row[f"{name}_wer"] = round(wer(said, " ".join(words)), 4)
            row[f"{name}_cpu_per_pass_s"] = round((time.process_time() - c0) / live.passes, 3)
        row["stored_wer"] = round(wer(said, " ".join(str(s["text"]) for s in stored)), 4)
        rows.append(row)
        if not args.json:
            print(json.dumps(row), flush=True)
    total = sum(r["audio_s"] for r in rows)
    keys = [k for k in rows[0] if k not in ("dialog", "audio_s")] if rows else []
    summary: dict[str, Any] = {
        k: round(sum(r[k] * r["audio_s"] for r in rows) / total, 4) for k in keys
    }
    summary.update(dialogs=len(rows), audio_s=round(total, 1), weighting="by audio length")
    print(json.dumps({"rows": rows, **summary} if args.json else summary))
    return 0


def short_context_window(whisper: Any) -> Any:
    """The product's live pass on a copy of the model whose encoder takes only the heard audio
    and END_PAD_S of faster-whisper's zero padding (never under MIN_CONTEXT_S)."""
    from faster_whisper.transcribe import get_ctranslate2_storage

    from localnotes.asr import live_window

    view = copy.copy(whisper)

    def encode(features: Any) -> Any:
        if features.ndim == 2:
            features = np.expand_dims(features, 0)
        heard = np.flatnonzero(np.any(features[0] != 0.0, axis=0))  # the padding is exact zeros
        n = int(heard[-1]) + 1 if heard.size else 0
        keep = max(MIN_CONTEXT_S * 100, -(-(n + END_PAD_S * 100) // 100) * 100)
        features = np.ascontiguousarray(features[..., : min(features.shape[-1], keep)])
        return whisper.model.encode(get_ctranslate2_storage(features), to_cpu=False)

    view.encode = encode
    return live_window.live_pass(view, "en")


def read_pcm(wav: Path) -> bytes:
    with wave.open(str(wav), "rb") as w:
        assert w.getframerate() == 16000 and w.getnchannels() == 1 and w.getsampwidth() == 2
        return w.readframes(w.getnframes())


if __name__ == "__main__":
    raise SystemExit(main())
