"""How likely the loaded Whisper model finds a given text for a stretch of audio.

Forced decoding: the clip is encoded once, as it is with half a second of silence after it (not
padded to Whisper's 30 seconds: a clip of a few seconds then costs a fraction of a 30-second
encoding), and each text's tokens are fed to the decoder as if it had written them (CTranslate2's
`align`, the pass faster-whisper uses for word timestamps); the sum of the tokens'
log-probabilities is the text's score. A prompt of words (as Whisper's "previous text") may come
first, as hotwords do in recognition. Used by `localnotes.name_check` to ask the model itself
whether a drug's name fits the sound better than the words it wrote.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from localnotes.pcm import SAMPLE_RATE, Float32Array

#: Whisper's encoder reads 30 seconds of 10 ms frames.
_FRAMES = 3000
_MIN_SAMPLES = SAMPLE_RATE // 10
#: Silence after the clip: the encoder reads the clip and half a second more, not a padded 30 s
#: (3.4x faster with tiny.en; measured in docs/asr.md).
_TAIL = SAMPLE_RATE // 2


class ClipScorer:
    """One clip, encoded once; `log_likelihoods` scores texts against it."""

    def __init__(self, whisper: Any, samples: Float32Array, language: str = "en") -> None:
        from faster_whisper.tokenizer import Tokenizer

        self._model = whisper.model
        multilingual = bool(whisper.model.is_multilingual)
        self._tokenizer = Tokenizer(
            whisper.hf_tokenizer,
            multilingual,
            task="transcribe",
            language=language if multilingual else None,
        )
        clip = np.ascontiguousarray(samples, dtype=np.float32)
        if clip.shape[-1] < _MIN_SAMPLES:
            clip = np.pad(clip, (0, _MIN_SAMPLES - clip.shape[-1]))
        features = whisper.feature_extractor(np.pad(clip, (0, _TAIL)))
        self._frames = int(min(features.shape[-1], _FRAMES))
        frames = self._frames - self._frames % 2  # the encoder halves the frames
        self._encoded = whisper.encode(np.ascontiguousarray(features[:, :frames]))

    def log_likelihoods(self, texts: Sequence[str], prompt: str = "") -> list[float]:
        """Each text's log-probability (nats) under the model, after the prompt's words."""
        tok = self._tokenizer
        start = list(tok.sot_sequence)
        if prompt:
            start = [tok.sot_prev, *tok.encode(" " + prompt.strip()), *start]
        out: list[float] = []
        for text in texts:
            tokens = tok.encode(" " + text.strip())
            if not tokens:
                out.append(float("-inf"))
                continue
            result = self._model.align(self._encoded, start, [tokens], self._frames)[0]
            probs = np.asarray(result.text_token_probs, dtype=np.float64)
            out.append(float(np.sum(np.log(np.maximum(probs, 1e-12)))))
        return out


def scorer(
    whisper: Any, language: str = "en"
) -> Callable[[Float32Array, Sequence[str], str], list[float]]:
    """A function scoring texts against a clip with this model (`name_check.Scorer`)."""

    def score(clip: Float32Array, texts: Sequence[str], prompt: str) -> list[float]:
        return ClipScorer(whisper, clip, language).log_likelihoods(texts, prompt)

    return score
