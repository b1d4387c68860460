"""Transcripts of invented turns for the note extractor's tests: a segment of 3.5 s per turn,
one every 4 s, no speaker labels."""

from __future__ import annotations

from localnotes.notes.extract import extract
from localnotes.types import Segment


def segs(*turns: str) -> list[Segment]:
    return [Segment(i * 4.0, i * 4.0 + 3.5, t) for i, t in enumerate(turns)]


def measures(*turns: str) -> set[tuple[str, float]]:
    """(name, score) of every measure the extractor finds in the turns."""
    return {(m.name, m.score) for m in extract(segs(*turns)).measures}
