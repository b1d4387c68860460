"""The guard against invented lines: text Whisper writes where nobody spoke.

Whisper is a language model as much as a recogniser: given noise, breath or the last second of a
recording it can write a fluent sentence nobody said ("Thank you for watching."). faster-whisper's
voice activity detection removes most silence before decoding, but it pads each stretch of speech
and Whisper's own timestamps are coarse, so a line can still come out where there was no voice.

Two rules, each cheap and each on what was measured rather than on the words alone:

1. A segment that overlaps the speech Silero VAD finds (without padding) by less than a fifth of
   its length, and by under half a second, is dropped: it falls where nobody spoke.
2. A segment that is one of the phrases Whisper is known to invent at the end of audio or in
   silence ("thank you", "thanks for watching", "bye", subtitle credits...) is dropped unless it
   lies squarely in speech and Whisper was confident of it, so a client's real "Thank you." stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from localnotes.pcm import SAMPLE_RATE

#: Phrases Whisper is known to write over silence, noise and the end of a recording (folded:
#: lower case, letters and spaces). Documented in Whisper's issue tracker and measured here.
KNOWN_INVENTED = frozenset(
    {
        "thank you", "thank you very much", "thanks", "thanks for watching",
        "thank you for watching", "thank you so much for watching", "thanks for listening",
        "thank you for listening", "please subscribe", "like and subscribe",
        "subscribe to my channel", "bye", "bye bye", "goodbye", "you", "so", "okay", "oh",
        "subtitles by the amara org community", "transcribed by", "heres the net",
        "see you next time", "see you in the next video", "music", "applause", "silence",
    }
)  # fmt: skip
_MIN_SPEECH_SHARE = 0.2
_MIN_SPEECH_S = 0.5
_CONFIDENT_LOGPROB = -0.6
_CONFIDENT_NO_SPEECH = 0.3
_KNOWN_SPEECH_SHARE = 0.6


@dataclass(frozen=True)
class Heard:
    """A segment as Whisper returned it, with the confidences the guard looks at."""

    start: float
    end: float
    text: str
    avg_logprob: float = 0.0
    no_speech_prob: float = 0.0


def fold(text: str) -> str:
    return " ".join(re.sub(r"[^a-z ]+", "", text.lower().replace("-", " ")).split())


def _overlap(start: float, end: float, speech: Sequence[tuple[float, float]]) -> float:
    return sum(max(0.0, min(end, b) - max(start, a)) for a, b in speech)


def invented(seg: Heard, speech: Sequence[tuple[float, float]]) -> str | None:
    """Why this segment is an invented line, or None when it is speech to keep."""
    length = max(seg.end - seg.start, 1e-3)
    voiced = _overlap(seg.start, seg.end, speech)
    if voiced < _MIN_SPEECH_S and voiced / length < _MIN_SPEECH_SHARE:
        return "no speech there"
    if fold(seg.text) in KNOWN_INVENTED:
        confident = (
            seg.avg_logprob >= _CONFIDENT_LOGPROB and seg.no_speech_prob < _CONFIDENT_NO_SPEECH
        )
        if not confident or voiced / length < _KNOWN_SPEECH_SHARE:
            return "known invented phrase"
    return None


def speech_regions(samples: Any, sample_rate: int = SAMPLE_RATE) -> list[tuple[float, float]]:
    """Where Silero VAD (as shipped with faster-whisper) hears speech, in seconds, unpadded."""
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    found = get_speech_timestamps(samples, VadOptions(speech_pad_ms=0), sampling_rate=sample_rate)
    return [(t["start"] / sample_rate, t["end"] / sample_rate) for t in found]
