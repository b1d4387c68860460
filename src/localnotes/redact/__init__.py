"""Redaction of identifying information from transcripts (Presidio plus speech recognizers).

    from localnotes.redact import get_redactor, KnownIdentifier
    result = get_redactor().redact(segments, known=[KnownIdentifier("Robert Haines")])

Importing this package is cheap: Presidio and spaCy load on the first `get_redactor()`.
"""

from __future__ import annotations

from localnotes.redact.known_identifier import KnownIdentifier
from localnotes.redact.redaction_result import RedactionResult
from localnotes.redact.redactor import MODES, Redactor, build_beside, get_redactor

__all__ = [
    "MODES",
    "KnownIdentifier",
    "RedactionResult",
    "Redactor",
    "build_beside",
    "get_redactor",
]
