"""Invented turns as a transcript: a segment of 3.5 s per turn, one every 4 s, said in turn by
the clinician and the client (with `roles`) or by speakers unknown; and the risk statements the
note draft finds in them. Shared by the note tests (`tests/note_fixtures.py`) and the risk
probes benchmark (`benchmarks/risk_probes.py`)."""

from __future__ import annotations

from collections.abc import Sequence

from localnotes.types import Segment


def said(turns: Sequence[str], roles: bool = True) -> list[Segment]:
    """The turns as segments, labelled clinician and client in turn with `roles`."""
    who = ("clinician", "client")
    return [
        Segment(i * 4.0, i * 4.0 + 3.5, t, who[i % 2] if roles else None)
        for i, t in enumerate(turns)
    ]


def risk_found(turns: Sequence[str], roles: bool = True) -> set[tuple[str, str]]:
    """(kind, status) of every risk statement the note draft finds in the turns."""
    from localnotes.notes.extract import extract

    return {(r.kind, r.status) for r in extract(said(turns, roles)).risk}
