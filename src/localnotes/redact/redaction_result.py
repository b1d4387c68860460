"""The result of redacting a transcript: new segments and counts per kind (never values)."""

from __future__ import annotations

from dataclasses import dataclass, field

from localnotes.types import Segment


@dataclass(frozen=True)
class RedactionResult:
    """Redacted segments (timings and speakers kept) and how many identifiers of each kind."""

    segments: tuple[Segment, ...]
    report: dict[str, int] = field(default_factory=dict)
