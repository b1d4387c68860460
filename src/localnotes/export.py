"""Transcript exports (txt, md, json, srt, vtt, rttm) and the srt/vtt parsers that read them back.

Pure functions of a `Transcript`: no I/O, no vault. Speaker labels appear when known. Timestamps
are written to the millisecond, and parsing an export gives back the same times and text, so a
clinician's subtitle editor and our own tests agree on what was said when.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import asdict
from typing import Any

from localnotes.errors import UsageError
from localnotes.types import Segment, Transcript

FORMATS = ("txt", "md", "json", "srt", "vtt", "rttm")
_SRT_TIME = re.compile(r"^(\d+):(\d{2}):(\d{2})[,.](\d{3})$")
_VTT_TIME = re.compile(r"^(?:(\d+):)?(\d{2}):(\d{2})\.(\d{3})$")
_CUE = re.compile(r"^\s*(\S+)\s+-->\s+(\S+)")
_VOICE = re.compile(r"^<v(?:\.[^ >]*)?\s+([^>]+)>(.*?)(?:</v>)?$", re.S)


def _ms(seconds: float) -> int:
    return max(0, round(seconds * 1000))


def _clock(seconds: float, sep: str) -> str:
    ms = _ms(seconds)
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{ms:03d}"


def _one_line(text: str) -> str:
    """Cue text may not contain a blank line (it would end the cue) or `-->`."""
    return " ".join(text.split()).replace("-->", "->")


def _spoken(segments: tuple[Segment, ...]) -> list[Segment]:
    return [s for s in segments if s.text.strip()]


def to_txt(transcript: Transcript) -> str:
    """One line per segment, `[mm:ss] speaker: text` (speaker only when known)."""
    lines = []
    for s in _spoken(transcript.segments):
        who = f"{s.speaker}: " if s.speaker else ""
        lines.append(f"[{_clock(s.start, '.')[:8]}] {who}{_one_line(s.text)}")
    return "\n".join(lines) + ("\n" if lines else "")


def to_md(transcript: Transcript) -> str:
    """A Markdown document: a short header, then one paragraph per segment."""
    out = [
        "# Transcript",
        "",
        f"- Model: {transcript.model}",
        f"- Language: {transcript.language}",
        f"- Duration: {_clock(transcript.duration_s, '.')[:8]}",
    ]
    if transcript.redaction_report:
        found = ", ".join(f"{k} {v}" for k, v in sorted(transcript.redaction_report.items()))
        out.append(f"- Redacted: {found}")
    out.append("")
    for s in _spoken(transcript.segments):
        who = f"**{s.speaker}** " if s.speaker else ""
        text = _one_line(s.text).replace("*", r"\*").replace("_", r"\_")
        out += [f"`{_clock(s.start, '.')[:8]}` {who}{text}", ""]
    return "\n".join(out)


def to_json(transcript: Transcript) -> str:
    """The whole transcript as one JSON document."""
    doc: dict[str, Any] = {
        "model": transcript.model,
        "language": transcript.language,
        "duration_s": transcript.duration_s,
        "redaction_report": dict(transcript.redaction_report),
        "segments": [
            {"start": s.start, "end": s.end, "speaker": s.speaker, "text": s.text}
            for s in transcript.segments
        ],
        # every clinical term put right after recognition: what was heard, what is written, when
        "repairs": [asdict(r) for r in transcript.repairs],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def to_srt(transcript: Transcript) -> str:
    """SubRip: numbered cues, `HH:MM:SS,mmm`; the speaker as a `speaker: ` prefix."""
    blocks = []
    for i, s in enumerate(_spoken(transcript.segments), start=1):
        who = f"{s.speaker}: " if s.speaker else ""
        times = f"{_clock(s.start, ',')} --> {_clock(s.end, ',')}"
        blocks.append(f"{i}\n{times}\n{who}{_one_line(s.text)}\n")
    return "\n".join(blocks)


def to_vtt(transcript: Transcript) -> str:
    """WebVTT: `HH:MM:SS.mmm` cues; the speaker as a voice span `<v speaker>`."""
    blocks = ["WEBVTT\n"]
    for s in _spoken(transcript.segments):
        text = _one_line(s.text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        if s.speaker:
            text = f"<v {_one_line(s.speaker).replace('>', '')}>{text}"
        blocks.append(f"{_clock(s.start, '.')} --> {_clock(s.end, '.')}\n{text}\n")
    return "\n".join(blocks)


def to_rttm(transcript: Transcript) -> str:
    """NIST RTTM, who spoke when: one `SPEAKER` line per labelled turn, times and labels only (the
    file is called `session`, spaces in labels become `_`), nothing said and nothing identifying."""
    lines = []
    for s in _spoken(transcript.segments):
        if not s.speaker or s.end <= s.start:
            continue
        who = "_".join(s.speaker.split())
        lines.append(
            f"SPEAKER session 1 {s.start:.3f} {s.end - s.start:.3f} <NA> <NA> {who} <NA> <NA>"
        )
    return "\n".join(lines) + ("\n" if lines else "")


def export(transcript: Transcript, fmt: str) -> str:
    """The transcript in `fmt`, one of FORMATS."""
    writers = {
        "txt": to_txt,
        "md": to_md,
        "json": to_json,
        "srt": to_srt,
        "vtt": to_vtt,
        "rttm": to_rttm,
    }
    if fmt not in writers:
        raise UsageError(f"export format {fmt!r}: use one of {', '.join(FORMATS)}")
    return writers[fmt](transcript)


def _seconds(stamp: str, pattern: re.Pattern[str]) -> float:
    m = pattern.match(stamp)
    if not m:
        raise UsageError(f"bad timestamp {stamp!r}")
    h, mi, s, ms = (int(g) if g else 0 for g in m.groups())
    if mi > 59 or s > 59:
        raise UsageError(f"bad timestamp {stamp!r}")
    return ((h * 3600 + mi * 60 + s) * 1000 + ms) / 1000


def _cues(text: str, pattern: re.Pattern[str]) -> list[tuple[float, float, str]]:
    cues = []
    for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n").strip()):
        lines = block.split("\n")
        idx = next((i for i, line in enumerate(lines) if "-->" in line), None)
        if idx is None:
            continue  # the WEBVTT header, a NOTE or a STYLE block
        m = _CUE.match(lines[idx])
        if not m:
            raise UsageError(f"bad cue timing line {lines[idx]!r}")
        start, end = _seconds(m.group(1), pattern), _seconds(m.group(2), pattern)
        cues.append((start, end, "\n".join(lines[idx + 1 :])))
    return cues


def parse_srt(text: str, speakers: Iterable[str] = ()) -> list[Segment]:
    """Segments from SubRip text; a `speaker: ` prefix is split off for the given speaker names."""
    known = tuple(speakers)
    out = []
    for start, end, body in _cues(text, _SRT_TIME):
        speaker = next((k for k in known if body.startswith(f"{k}: ")), None)
        if speaker is not None:
            body = body[len(speaker) + 2 :]
        out.append(Segment(start, end, body, speaker))
    return out


def parse_vtt(text: str) -> list[Segment]:
    """Segments from WebVTT text, with the speaker of a `<v speaker>` span."""
    if not text.lstrip("\ufeff").startswith("WEBVTT"):
        raise UsageError("not a WebVTT file: it must start with WEBVTT")
    out = []
    for start, end, body in _cues(text, _VTT_TIME):
        speaker = None
        m = _VOICE.match(body)
        if m:
            speaker, body = m.group(1).strip(), m.group(2)
        body = body.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
        out.append(Segment(start, end, body, speaker))
    return out
