"""Drug names checked against the audio, while the recording and the model are still at hand.

Whisper's small models write a drug's name they do not know as ordinary words ("at our rastatin",
"the limotrigin", "now exon"). Text alone cannot tell "now exon" from naloxone safely, so term
repair (`localnotes.term_repair`) asks for a dose or a medication verb beside it. Here the model
itself is asked: for each segment where a run of one to three words sounds like a drug's name
(the same Metaphone and spelling similarity term repair uses), the segment's audio is encoded once
and the model scores the words it wrote and the same sentence with the drug's name instead, with
the candidate names given as its prompt, as hotwords are (`localnotes.asr.clip_scores`). The name
is written only when the model finds it clearly more likely (`GAIN_NATS`); every change is
returned as a `TermRepair` and stored with the transcript, like term repair's.

Candidates are the clinical lexicon's drugs (generic and brand names) and the generic names of the
drug dictionary (`localnotes.drug_dictionary`); never its foreign or abbreviated spellings.
Thresholds were set on the tuned dialogs; `benchmarks/note_eval.py` measures what the check gains
on the held-out ones. Runs for English only.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache

import jellyfish

from localnotes.asr.clip_scores import scorer
from localnotes.asr.whisper import AsrOptions, Recogniser
from localnotes.clinical_lexicon import load_lexicon
from localnotes.drug_dictionary import drug_named, more_names
from localnotes.pcm import SAMPLE_RATE, Float32Array
from localnotes.term_repair import similar_coded
from localnotes.term_repair_words import LINK_WORDS, PRONOUNS
from localnotes.types import Segment, TermRepair, Word
from localnotes.word_lists import common_words

#: How much likelier (log-probability, nats) the sentence with the drug's name must be.
GAIN_NATS = 3.0
#: A single whole English word ("concern", "present") must lose by more to become a drug.
WORD_GAIN_NATS = 9.0
#: How alike the words and the name must sound and read (`term_repair.similarity`).
SIMILAR = 0.8
#: Names scored per segment (each costs one pass of the decoder).
CANDIDATES = 4
_MAX_WORDS = 3
_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")
_NAME = re.compile(r"[a-z]{5,}")

#: Scores texts against one clip of audio: (clip, texts, prompt) -> log-likelihoods.
Scorer = Callable[[Float32Array, Sequence[str], str], list[float]]


@dataclass(frozen=True)
class _Name:
    written: str
    key: str
    code: str


@dataclass(frozen=True)
class _Option:
    similar: float
    start: int  # character offsets in the segment's text
    end: int
    name: _Name


@cache
def _names() -> dict[str, tuple[_Name, ...]]:
    """Candidate names, by the first letter of their Metaphone code."""
    written: dict[str, str] = {}
    for med in load_lexicon().medications:
        for n in med.names:
            if _NAME.fullmatch(n.lower()):
                written.setdefault(n.lower(), n)
    for generic in set(more_names().values()):
        if _NAME.fullmatch(generic):
            written.setdefault(generic, generic)
    out: dict[str, list[_Name]] = {}
    for key, w in written.items():
        code = jellyfish.metaphone(key)
        if code:
            out.setdefault(code[0], []).append(_Name(w, key, code))
    return {k: tuple(v) for k, v in out.items()}


def _is_drug(word: str) -> bool:
    return load_lexicon().is_known(word) or drug_named(word) is not None


def _options(text: str) -> list[_Option]:
    """Runs of words that sound like a drug's name, best first, one name each."""
    words = list(_WORD.finditer(text))
    known = {i for i, w in enumerate(words) if _is_drug(w.group(0))}
    found: list[_Option] = []
    for i in range(len(words)):
        if words[i].group(0).lower() in LINK_WORDS | PRONOUNS or i in known:
            continue
        for j in range(i + 1, min(i + _MAX_WORDS, len(words)) + 1):
            if j - 1 in known or words[j - 1].group(0).lower() in LINK_WORDS:
                break
            heard = "".join(w.group(0).lower() for w in words[i:j]).replace("'", "")
            code = jellyfish.metaphone(heard)
            if len(heard) < 5 or not code:
                continue
            for name in _names().get(code[0], ()):
                if not 0.7 <= len(heard) / len(name.key) <= 1.4:
                    continue
                s = similar_coded(heard, code, name.key, name.code)
                if s >= SIMILAR:
                    found.append(_Option(s, words[i].start(), words[j - 1].end(), name))
    found.sort(key=lambda o: -o.similar)
    out: list[_Option] = []
    for o in found:
        if all(o.name != p.name for p in out):
            out.append(o)
        if len(out) == CANDIDATES:
            break
    return out


def _written(name: _Name, heard: str) -> str:
    if heard[:1].isupper() and name.written.islower():
        return name.written[:1].upper() + name.written[1:]
    return name.written


def _needed(heard: str) -> float:
    one_word = _WORD.fullmatch(heard) is not None
    return WORD_GAIN_NATS if one_word and heard.lower() in common_words() else GAIN_NATS


def _rewrite_words(words: tuple[Word, ...], a: int, b: int, term: str) -> tuple[Word, ...]:
    """The words with those covering characters a..b of the segment's text made one word, `term`,
    so speaker attribution (which rebuilds turns from words) keeps the name. Words that do not
    spell the text are left as they are."""
    joined = "".join(w.text for w in words)
    pos = -(len(joined) - len(joined.lstrip()))  # offsets in the stripped text
    spans = []
    for w in words:
        spans.append((pos, pos + len(w.text)))
        pos += len(w.text)
    hit = [i for i, (x, y) in enumerate(spans) if x < b and y > a]
    if not hit or joined.strip() == "":
        return words
    first, last = hit[0], hit[-1]
    x0 = spans[first][0]
    head = words[first].text[: max(0, a - x0)]
    tail = words[last].text[max(0, b - spans[last][0]) :]
    merged = Word(words[first].start, words[last].end, head + term + tail)
    return (*words[:first], merged, *words[last + 1 :])


def check_segment(
    seg: Segment, clip: Float32Array, score: Scorer
) -> tuple[Segment, list[TermRepair]]:
    """The segment with the drug names the model confirms written in, and what was changed."""
    options = _options(seg.text)
    if not options:
        return seg, []
    text = seg.text
    alternatives = [text[: o.start] + _written(o.name, text[o.start : o.end]) + text[o.end :]
                    for o in options]  # fmt: skip
    prompt = ", ".join(o.name.written for o in options)
    scores = score(clip, [text, *alternatives], prompt)
    gains = sorted(
        ((s - scores[0], o) for s, o in zip(scores[1:], options, strict=True)),
        key=lambda g: -g[0],
    )
    chosen: list[tuple[float, _Option]] = []
    for gain, o in gains:
        if gain < _needed(text[o.start : o.end]):
            continue
        if all(o.end <= p.start or o.start >= p.end for _, p in chosen):
            chosen.append((gain, o))
    if not chosen:
        return seg, []
    made: list[TermRepair] = []
    words = seg.words
    span = max(seg.end - seg.start, 0.0)
    for gain, o in sorted(chosen, key=lambda c: -c[1].start):  # from the end, offsets hold
        heard = text[o.start : o.end]
        term = _written(o.name, heard)
        t0 = seg.start + span * o.start / max(len(seg.text), 1)
        t1 = seg.start + span * o.end / max(len(seg.text), 1)
        rule = f"the model prefers the name (+{gain:.1f} nats)"
        made.append(TermRepair(round(t0, 2), round(t1, 2), heard, term, rule))
        if "".join(w.text for w in words).strip() == text:
            words = _rewrite_words(words, o.start, o.end, term)
        text = text[: o.start] + term + text[o.end :]
    return replace(seg, text=text, words=words), made[::-1]


class NameCheck:
    """The check for one transcription, window by window (`transcribe_windows`' `after_window`);
    `repairs` collects what it changed."""

    def __init__(self) -> None:
        self.repairs: list[TermRepair] = []

    def __call__(
        self, rec: Recogniser, segs: list[Segment], samples: Float32Array, start_s: float
    ) -> list[Segment]:
        if not segs or rec.language != "en":
            return segs
        out, made = check_names(segs, samples, start_s, scorer(rec.loaded.whisper))
        self.repairs += made
        return out


def name_check_for(opts: AsrOptions) -> NameCheck | None:
    """A check for one transcription with these options, or None when they turn it off."""
    return NameCheck() if opts.check_drug_names else None


def repairs_of(check: NameCheck | None) -> tuple[TermRepair, ...]:
    """What the check changed (nothing when there was none)."""
    return tuple(check.repairs) if check else ()


def check_names(
    segments: Sequence[Segment], samples: Float32Array, offset_s: float, score: Scorer
) -> tuple[list[Segment], list[TermRepair]]:
    """Check every segment of one window of audio (`samples`, starting at `offset_s`)."""
    out: list[Segment] = []
    made: list[TermRepair] = []
    for seg in segments:
        a = max(0, round((seg.start - offset_s) * SAMPLE_RATE))
        b = min(samples.shape[-1], round((seg.end - offset_s) * SAMPLE_RATE))
        if b <= a:
            out.append(seg)
            continue
        checked, repairs = check_segment(seg, samples[a:b], score)
        out.append(checked)
        made += repairs
    return out, made
