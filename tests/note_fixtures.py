"""Transcripts of invented turns for the note extractor's tests: a segment of 3.5 s per turn,
one every 4 s, no speaker labels."""

from __future__ import annotations

import pytest

from harness.turns import risk_found, said
from localnotes.notes.extract import extract
from localnotes.types import Segment

#: each risk case run with speaker labels and without
ROLES = pytest.mark.parametrize("roles", [True, False])


def segs(*turns: str) -> list[Segment]:
    return said(turns, roles=False)


def measures(*turns: str) -> set[tuple[str, float]]:
    """(name, score) of every measure the extractor finds in the turns."""
    return {(m.name, m.score) for m in extract(segs(*turns)).measures}


def labelled_measures(*turns: str) -> set[tuple[str, float]]:
    """(name, score) of the measures in turns said in turn by the clinician and the client."""
    return {(m.name, m.score) for m in extract(said(turns)).measures}


def measures_said(labelled: bool, *turns: str) -> set[tuple[str, float]]:
    """The measures in the turns, with speaker labels or without."""
    return labelled_measures(*turns) if labelled else measures(*turns)


def has_measure(found: set[tuple[str, float]], name: str, score: float) -> bool:
    """A measure whose name starts with `name` found with `score`."""
    return any(n.startswith(name) and s == score for n, s in found)


def found(*turns: str, roles: bool = True) -> set[tuple[str, str]]:
    """(kind, status) of every risk statement in the turns, said in turn by the clinician and the
    client (with `roles`), or by speakers unknown."""
    return risk_found(turns, roles)


def endorsed(*turns: str, roles: bool) -> set[str]:
    """The kinds the risk reader charts endorsed in the turns."""
    return {k for k, s in found(*turns, roles=roles) if s == "endorsed"}


def medications(*turns: str, speakers: bool = True) -> dict[str, tuple[float | None, str | None]]:
    """name -> (dose, change) of every medication in the turns, said in turn by the clinician and
    the client (with `speakers`), or by speakers unknown."""
    return {m.name: (m.dose, m.change) for m in extract(said(turns, speakers)).medications}


def medication_entries(*turns: str) -> list[tuple[str, float | None, str | None]]:
    """(name, dose, change) of every medication in the turns, said in turn by the clinician and
    the client, in the draft's order."""
    return [(m.name, m.dose, m.change) for m in extract(segs(*turns)).medications]


def told(text: str) -> set[tuple[str, str]]:
    """What the client's answer to an open question tells."""
    return found("How have things been?", text)
