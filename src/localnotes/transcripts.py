"""Reading and exporting a session's transcript, each access logged as the ledger requires.

`read_transcript` is the one way a person gets to read a transcript: the redacted one by default;
the full one only together with a `transcript_viewed_unredacted` ledger entry, written after the
transcript was decrypted (so the log never claims a view that failed) and before it is returned
(so nobody reads it unlogged). `export_transcript` does the same for exports, which are always
of the redacted transcript. `redaction_pieces` splits redacted text around its placeholders so a
front end can highlight them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from localnotes import export as exporters
from localnotes import sessions
from localnotes.errors import UsageError
from localnotes.ledger import events as ev
from localnotes.store.vault import Vault
from localnotes.types import ArtifactKind, Transcript
from localnotes.vault_ledger import log_session_event

FORMATS = exporters.FORMATS

# What the redactor puts in place of an identifier, in each mode: [PERSON], [PERSON-2], *****.
_PLACEHOLDER = re.compile(r"\[([A-Z][A-Z_]*)(?:-\d+)?\]|(\*{3,})")


@dataclass(frozen=True)
class TranscriptView:
    session: sessions.SessionInfo
    transcript: Transcript
    redacted: bool


@dataclass(frozen=True)
class ExportedTranscript:
    session: sessions.SessionInfo
    format: str
    text: str


def read_transcript(vault: Vault, session_ref: str, unredacted: bool = False) -> TranscriptView:
    """The session's redacted transcript, or with `unredacted` the full one, logged."""
    s = sessions.find(vault, session_ref)
    kind = ArtifactKind.TRANSCRIPT_FULL if unredacted else ArtifactKind.TRANSCRIPT_REDACTED
    t = sessions.load_transcript(vault, s, kind)
    if unredacted:
        log_session_event(vault, s, ev.TRANSCRIPT_VIEWED_UNREDACTED)
    return TranscriptView(s, t, not unredacted)


def export_transcript(
    vault: Vault, session_ref: str, fmt: str, deliver: Callable[[str], None] | None = None
) -> ExportedTranscript:
    """The redacted transcript in `fmt` (txt, md, json, srt, vtt), with its `exported` entry.
    `deliver` (writing the file, say) runs before the entry is written, so a failed delivery is
    never logged as an export."""
    if fmt not in FORMATS:  # before anything is read, so a bad format decrypts nothing
        raise UsageError(f"unknown export format {fmt!r}: use {', '.join(FORMATS)}")
    s = sessions.find(vault, session_ref)
    t = sessions.load_transcript(vault, s, ArtifactKind.TRANSCRIPT_REDACTED)
    text = exporters.export(t, fmt)
    if deliver is not None:
        deliver(text)
    log_session_event(vault, s, ev.EXPORTED, format=fmt)
    return ExportedTranscript(s, fmt, text)


def redaction_pieces(text: str) -> list[tuple[str, str | None]]:
    """`text` cut into (piece, kind) pairs: kind is the entity kind of a placeholder
    ("PERSON", or "MASKED" for a mask), None for ordinary text. Joined, the pieces are `text`."""
    out: list[tuple[str, str | None]] = []
    at = 0
    for m in _PLACEHOLDER.finditer(text):
        if m.start() > at:
            out.append((text[at : m.start()], None))
        out.append((m.group(0), m.group(1) or "MASKED"))
        at = m.end()
    if at < len(text):
        out.append((text[at:], None))
    return out
