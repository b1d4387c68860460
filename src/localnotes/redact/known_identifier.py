"""What the clinician already knows identifies this patient: names, workplace, school."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class KnownIdentifier:
    """One known identifier and its kind ("PERSON", "ORGANIZATION", "LOCATION", ...)."""

    text: str
    kind: str = "PERSON"
