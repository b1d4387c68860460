"""The recogniser behind live mode: a fast, word-level pass over the last seconds of audio.

Live text only has to be good enough to follow the session; the stored transcript is made
separately (session_transcriber) with the full settings. Greedy decoding with word timestamps
lets the live transcriber commit word by word, which keeps the delay from speech to screen short.

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


def make_live_window(opts: AsrOptions, models_dir: Path) -> WordWindow:
    loaded = load_model(opts, models_dir)  # verified and loaded before the session starts
    language = "en" if loaded.english_only else opts.language

    def decode(samples: Any, vad: bool) -> list[tuple[float, float, str]]:
        segments, _ = loaded.whisper.transcribe(
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
        )
        out = []
        for seg in segments:
            for w in seg.words or []:
                out.append((float(w.start), float(w.end), str(w.word)))
        return out

    def window(samples: Any) -> list[tuple[float, float, str]]:
        return decode(samples, vad=True)

    # Warm up on faint noise: once without voice activity detection, so that the encoder and
    # the decoder run; once with it, so that the detector loads and runs (it hears no speech,
    # and nothing is decoded). What they return is thrown away.
    noise = np.random.default_rng(0).normal(0.0, 0.003, int(_WARM_UP_S * SAMPLE_RATE))
    decode(noise.astype(np.float32), vad=False)
    decode(noise.astype(np.float32), vad=True)
    return window
