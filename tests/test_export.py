"""Exports: every format renders, and srt/vtt parse back with the same times, text and speakers."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from localnotes.errors import UsageError
from localnotes.export import (
    FORMATS,
    export,
    parse_srt,
    parse_vtt,
    to_json,
    to_md,
    to_srt,
    to_txt,
    to_vtt,
)
from localnotes.types import Segment, Transcript

SPEAKERS = ("clinician", "client")


def _transcript(*segments: Segment) -> Transcript:
    return Transcript(segments, "en", "tiny.en", 3725.5, {"PERSON": 2})


SAMPLE = _transcript(
    Segment(0.0, 2.5, "How have the nights been?", "clinician"),
    Segment(2.52, 7.049, "Terrible. I'm up at three <every> morning & night.", "client"),
    Segment(3661.001, 3663.999, "She takes sertraline, 50 mg."),
)


def test_srt_has_numbered_cues_with_comma_milliseconds() -> None:
    text = to_srt(SAMPLE)
    assert text.startswith("1\n00:00:00,000 --> 00:00:02,500\nclinician: How have")
    assert "3\n01:01:01,001 --> 01:01:03,999\nShe takes sertraline, 50 mg.\n" in text


def test_vtt_has_header_and_voice_spans() -> None:
    text = to_vtt(SAMPLE)
    assert text.startswith("WEBVTT\n\n00:00:00.000 --> 00:00:02.500\n<v clinician>How have")
    assert "&lt;every&gt; morning &amp; night" in text


@pytest.mark.parametrize("fmt", ["srt", "vtt"])
def test_subtitles_parse_back_to_the_same_segments(fmt: str) -> None:
    parsed = parse_srt(to_srt(SAMPLE), SPEAKERS) if fmt == "srt" else parse_vtt(to_vtt(SAMPLE))
    assert parsed == list(SAMPLE.segments)


_text = st.text(
    st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=40
).filter(lambda t: t.split() != [])


@given(
    st.lists(
        st.tuples(
            st.integers(0, 30 * 3_600_000),
            st.integers(0, 600_000),
            _text,
            st.sampled_from([None, *SPEAKERS]),
        ),
        max_size=8,
    )
)
def test_round_trip_keeps_times_to_the_millisecond(
    rows: list[tuple[int, int, str, str | None]],
) -> None:
    segs = tuple(Segment(a / 1000, (a + d) / 1000, t, who) for a, d, t, who in rows)
    expected = [Segment(s.start, s.end, " ".join(s.text.split()), s.speaker) for s in segs]
    transcript = _transcript(*segs)
    vtt = parse_vtt(to_vtt(transcript))
    srt = parse_srt(to_srt(transcript), SPEAKERS)
    assert [(s.start, s.end, s.speaker) for s in vtt] == [
        (s.start, s.end, s.speaker) for s in expected
    ]
    assert [(s.start, s.end, s.speaker) for s in srt] == [
        (s.start, s.end, s.speaker) for s in expected
    ]
    assert [s.text for s in vtt] == [s.text.replace("-->", "->") for s in expected]
    assert [s.text for s in srt] == [s.text.replace("-->", "->") for s in expected]


def test_txt_and_md_show_times_and_speakers() -> None:
    txt = to_txt(SAMPLE)
    assert txt.splitlines()[0] == "[00:00:00] clinician: How have the nights been?"
    assert txt.splitlines()[2] == "[01:01:01] She takes sertraline, 50 mg."
    md = to_md(SAMPLE)
    assert md.startswith("# Transcript\n")
    assert "- Redacted: PERSON 2" in md
    assert "**client** Terrible." in md


def test_json_holds_every_segment() -> None:
    doc = json.loads(to_json(SAMPLE))
    assert doc["model"] == "tiny.en" and doc["language"] == "en"
    assert [s["speaker"] for s in doc["segments"]] == ["clinician", "client", None]
    assert doc["segments"][1]["start"] == 2.52


def test_empty_transcript_exports_cleanly() -> None:
    empty = _transcript()
    assert to_txt(empty) == ""
    assert parse_srt(to_srt(empty)) == []
    assert parse_vtt(to_vtt(empty)) == []


def test_every_format_is_reachable_and_unknown_is_refused() -> None:
    for fmt in FORMATS:
        assert export(SAMPLE, fmt)
    with pytest.raises(UsageError):
        export(SAMPLE, "docx")


def test_parsers_reject_malformed_input() -> None:
    with pytest.raises(UsageError):
        parse_vtt("1\n00:00:01,000 --> 00:00:02,000\nhi\n")
    with pytest.raises(UsageError):
        parse_srt("1\n00:00:01 --> 00:00:02,000\nhi\n")
    with pytest.raises(UsageError):
        parse_srt("1\n00:61:01,000 --> 00:62:02,000\nhi\n")
