"""Joining segments into one text for analysis, and cutting the redacted text back apart.

Whisper splits sentences across segments, so an identifier may straddle two ("my number is
6-2-8 |5-5-5-0143"). The segments are joined with single spaces, analysed as one text, and
each span is clipped to the segments it covers: the placeholder goes where the span starts,
and the rest of the span is removed from the following segments.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from localnotes.types import Segment, Span


@dataclass(frozen=True)
class SegmentTextMap:
    """The joined text and where each segment's text starts in it."""

    text: str
    starts: tuple[int, ...]
    lengths: tuple[int, ...]

    @classmethod
    def join(cls, segments: Sequence[Segment]) -> SegmentTextMap:
        starts: list[int] = []
        lengths: list[int] = []
        pos = 0
        parts: list[str] = []
        for seg in segments:
            starts.append(pos)
            lengths.append(len(seg.text))
            parts.append(seg.text)
            pos += len(seg.text) + 1
        return cls(" ".join(parts), tuple(starts), tuple(lengths))

    def clip(self, spans: Sequence[Span]) -> list[list[tuple[Span, bool]]]:
        """Per segment, the spans in its own offsets, each flagged True where it begins there."""
        out: list[list[tuple[Span, bool]]] = [[] for _ in self.starts]
        for span in spans:
            first = True
            i = max(0, bisect.bisect_right(self.starts, span.start) - 1)
            while i < len(self.starts) and self.starts[i] < span.end:
                s0, n = self.starts[i], self.lengths[i]
                lo, hi = max(span.start, s0), min(span.end, s0 + n)
                if lo < hi:
                    out[i].append((Span(lo - s0, hi - s0, span.kind, span.score), first))
                    first = False
                i += 1
        return out
