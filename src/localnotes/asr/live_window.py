"""The recogniser behind live mode: a fast, word-level pass over the last seconds of audio.

Live text only has to be good enough to follow the session; the stored transcript is made
separately (session_transcriber) with the full settings. Greedy decoding with word timestamps
lets the live transcriber commit word by word, which keeps the delay from speech to screen short.

A pass may write at most as many tokens as its audio could hold (8 a second, speech runs at 2-5)
and a word written four or more times in a row is cut back to one: a greedy decode that starts to
loop ("straight straight straight ...") would otherwise run to Whisper's 448 tokens, seconds of
CPU, and put the loop on the screen.

Faster-whisper pads every window to Whisper's 30 s, so most of the encoder's work in a pass is
padding. An encoder that took only the heard audio and a little padding halved the pass's CPU,
but the live view's word error rate on held-out dialogs went up by 3-4 points
(`python benchmarks/live_wer.py --short-context`), so the pass keeps the full context.

The model is loaded and warmed up before the session starts: a model's first decode is slower
than the next ones (buffers allocated, kernels chosen), and so is the first use of the voice
activity detector (loaded on first use); neither is left for the first words spoken.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from localnotes.asr.whisper import AsrOptions, load_model
from localnotes.pcm import SAMPLE_RATE

WordWindow = Callable[[Any], list[tuple[float, float, str]]]
_WARM_UP_S = 1.0
_TOKENS_PER_S = 8  # speech runs at 2-5 tokens a second; more is a loop
_MIN_TOKENS = 24
_LOOP = 4  # the same word this many times in a row is a loop


def without_loops(words: list[tuple[float, float, str]]) -> list[tuple[float, float, str]]:
    """Runs of one word said _LOOP times or more in a row cut back to the first."""
    out: list[tuple[float, float, str]] = []
    run = 0
    for w in words:
        same = bool(out) and w[2].strip().lower() == out[-1][2].strip().lower()
        run = run + 1 if same else 1
        out.append(w)
        if run == _LOOP:
            del out[-(_LOOP - 1) :]
        elif run > _LOOP:
            out.pop()
    return out


def make_live_window(opts: AsrOptions, models_dir: Path) -> WordWindow:
    loaded = load_model(opts, models_dir)  # verified and loaded before the session starts
    return live_pass(loaded.whisper, "en" if loaded.english_only else opts.language)


def live_pass(whisper: Any, language: str | None) -> WordWindow:
    """The live pass over a loaded faster-whisper model, warmed up."""

    def decode(samples: Any, vad: bool) -> list[tuple[float, float, str]]:
        seconds = len(samples) / SAMPLE_RATE
        segments, _ = whisper.transcribe(
            samples,
            language=language,
            beam_size=1,
            word_timestamps=True,
            condition_on_previous_text=False,
            vad_filter=vad,
            # one greedy decode, never the fallback at higher temperatures: a window cut
            # mid-word can look like a failed decode, and the fallback would decode it up to
            # five more times; the next pass hears the word whole anyway
            temperature=0.0,
            max_new_tokens=max(_MIN_TOKENS, int(seconds * _TOKENS_PER_S)),
        )
        out = []
        for seg in segments:
            for w in seg.words or []:
                out.append((float(w.start), float(w.end), str(w.word)))
        return without_loops(out)

    def window(samples: Any) -> list[tuple[float, float, str]]:
        return decode(samples, vad=True)

    # Warm up on faint noise: once without voice activity detection, so that the encoder and
    # the decoder run; once with it, so that the detector loads and runs (it hears no speech,
    # and nothing is decoded). What they return is thrown away.
    noise = np.random.default_rng(0).normal(0.0, 0.003, int(_WARM_UP_S * SAMPLE_RATE))
    decode(noise.astype(np.float32), vad=False)
    decode(noise.astype(np.float32), vad=True)
    return window
