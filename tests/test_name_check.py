"""Drug names checked against the audio (`localnotes.name_check`): the candidates, the thresholds
and what is recorded, with a stand-in for the model's scores; then the real scorer on real speech
and the check inside a transcription."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from localnotes.name_check import GAIN_NATS, WORD_GAIN_NATS, check_names, check_segment
from localnotes.types import Segment

CLIP = np.zeros(16000, dtype=np.float32)


def scores_with(name: str, gain: float, calls: list[tuple[list[str], str]] | None = None) -> Any:
    """A stand-in scorer: a text holding `name` scores `gain` above any other."""

    def score(clip: Any, texts: Sequence[str], prompt: str) -> list[float]:
        if calls is not None:
            calls.append((list(texts), prompt))
        return [gain if name in t.lower() else 0.0 for t in texts]

    return score


def never_scored(clip: Any, texts: Sequence[str], prompt: str) -> list[float]:
    raise AssertionError(f"scored {texts!r}: nothing here sounds like a drug's name")


def test_a_name_the_model_prefers_is_written_in_and_recorded() -> None:
    seg = Segment(10.0, 14.0, "He put me on Adore Vastatin, 20 milligrams.")
    out, made = check_segment(seg, CLIP, scores_with("atorvastatin", GAIN_NATS + 2))
    assert out.text == "He put me on Atorvastatin, 20 milligrams."
    assert [(r.original, r.replacement) for r in made] == [("Adore Vastatin", "Atorvastatin")]
    assert "nats" in made[0].rule and 10.0 <= made[0].start < made[0].end <= 14.0


def test_a_name_the_model_only_slightly_prefers_is_not_written() -> None:
    seg = Segment(0.0, 3.0, "Good, do you have now exon at home?")
    out, made = check_segment(seg, CLIP, scores_with("naloxone", GAIN_NATS - 0.5))
    assert out == seg and made == []
    out, made = check_segment(seg, CLIP, scores_with("naloxone", GAIN_NATS + 0.5))
    assert out.text == "Good, do you have naloxone at home?"


def test_a_whole_english_word_needs_a_larger_margin() -> None:
    seg = Segment(0.0, 3.0, "And the concern, is that helping at all?")
    out, _ = check_segment(seg, CLIP, scores_with("concerta", (GAIN_NATS + WORD_GAIN_NATS) / 2))
    assert out.text == seg.text
    out, _ = check_segment(seg, CLIP, scores_with("concerta", WORD_GAIN_NATS + 1))
    assert out.text == "And the Concerta, is that helping at all?"


@pytest.mark.parametrize(
    "said",
    [
        "We talked about your week at work.",
        "I take sertraline, 50 milligrams, every morning.",  # a name heard right stays as it is
        "The nightmares are less since the present from my sister.",
    ],
)
def test_speech_with_nothing_like_a_misheard_name_is_never_scored(said: str) -> None:
    seg = Segment(0.0, 2.0, said)
    out, made = check_segment(seg, CLIP, never_scored)
    assert out == seg and made == []


def test_the_model_is_prompted_with_the_candidates_and_scores_each_sentence() -> None:
    calls: list[tuple[list[str], str]] = []
    seg = Segment(0.0, 4.0, "He put me on Adore Vastatin, 20 milligrams.")
    check_segment(seg, CLIP, scores_with("atorvastatin", 0.0, calls))
    ((texts, prompt),) = calls
    assert texts[0] == seg.text  # what Whisper wrote, then one sentence per candidate
    assert "He put me on Atorvastatin, 20 milligrams." in texts[1:]
    assert "atorvastatin" in prompt


def test_each_segment_is_scored_on_its_own_stretch_of_the_window() -> None:
    samples = np.arange(5 * 16000, dtype=np.float32)  # a window starting at 100 s
    clips: list[Any] = []

    def score(clip: Any, texts: Sequence[str], prompt: str) -> list[float]:
        clips.append(clip)
        return [0.0] * len(texts)

    segs = [Segment(101.0, 102.5, "And the limotrigin?"), Segment(103.0, 104.0, "Yes.")]
    out, made = check_names(segs, samples, 100.0, score)
    assert out == segs and made == []
    (clip,) = clips
    assert clip.shape[0] == 24000 and clip[0] == 16000.0


# -- the real model -----------------------------------------------------------------------------


def test_the_model_scores_what_was_said_above_a_sound_alike(whisper_tiny: Any) -> None:
    from harness.speech import decode_jfk
    from localnotes.asr.clip_scores import scorer

    audio = decode_jfk()[: 16000 * 11]
    said = "And so my fellow Americans, ask not what your country can do for you"
    other = "And so my fellow Americans, ask not what your county can do for you"
    right, wrong = scorer(whisper_tiny)(audio, [said, other], "")
    assert right > wrong + 2.0
    # a prompt naming the wrong word raises its score, as hotwords do
    (prompted,) = scorer(whisper_tiny)(audio, [other], "county")
    assert prompted > wrong


def test_a_transcription_records_the_names_the_model_confirmed(tmp_path: Path) -> None:
    from localnotes.asr.whisper import AsrOptions
    from localnotes.transcription import transcribe_file

    demo = Path(__file__).resolve().parent.parent / "src/localnotes/data/demo_session.ogg"
    off = transcribe_file(demo, AsrOptions(check_drug_names=False), tmp_path)
    on = transcribe_file(demo, AsrOptions(check_drug_names=True), tmp_path)
    assert off.repairs == ()
    changed = {(s.text, t.text) for s, t in zip(off.segments, on.segments, strict=True)}
    changed = {c for c in changed if c[0] != c[1]}
    # every change is recorded, and each is a drug's name written where other words were heard
    assert len(changed) == len(on.repairs)
    for r in on.repairs:
        assert r.replacement.lower() in " ".join(t for _, t in changed).lower()
        assert r.original in " ".join(s for s, _ in changed)
        assert "nats" in r.rule


def test_the_words_are_rewritten_too_so_speaker_attribution_keeps_the_name() -> None:
    from localnotes.types import Word

    words = (
        Word(1.0, 1.2, " He"), Word(1.2, 1.4, " put"), Word(1.4, 1.5, " me"), Word(1.5, 1.6, " on"),
        Word(1.6, 2.0, " Adore"), Word(2.0, 2.6, " Vastatin,"), Word(2.7, 3.0, " 20"),
        Word(3.0, 3.6, " milligrams."),
    )  # fmt: skip
    seg = Segment(1.0, 3.6, "He put me on Adore Vastatin, 20 milligrams.", words=words)
    out, _ = check_segment(seg, CLIP, scores_with("atorvastatin", GAIN_NATS + 2))
    assert "".join(w.text for w in out.words).strip() == out.text
    (name,) = [w for w in out.words if "Atorvastatin" in w.text]
    assert (name.start, name.end, name.text) == (1.6, 2.6, " Atorvastatin,")
