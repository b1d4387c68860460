"""Correcting who said what: rename or swap a session's speaker labels, logged.

Labels come from a fixed vocabulary (`clinician`, `client`, `client N`, `speaker N`), never free
text: they are printed in every export and are not redacted, so a name typed here would leak. The
correction is a mapping from the labels the attribution gave to the labels shown, kept in the
session's row (it holds no identifier) and applied wherever a transcript is read; each change is a
`speakers_relabelled` ledger entry, which carries no label.
"""

from __future__ import annotations

import re

from localnotes import sessions
from localnotes.errors import UsageError
from localnotes.ledger import events as ev
from localnotes.store.vault import Vault
from localnotes.types import Segment, Transcript
from localnotes.vault_ledger import ledger_of, session_entry

META_KEY = "speaker_labels"
_LABEL = re.compile(r"^(clinician|client|client [1-6]|speaker [1-6])$")
VOCABULARY = (
    "clinician",
    "client",
    *(f"client {n}" for n in range(1, 7)),
    *(f"speaker {n}" for n in range(1, 7)),
)


def check_label(label: str) -> str:
    label = " ".join(label.split()).lower()
    if not _LABEL.match(label):
        raise UsageError(
            f"speaker label {label!r}: use clinician, client, client 1..6 or speaker 1..6 "
            "(labels are not redacted, so names are not allowed)"
        )
    return label


def apply(transcript: Transcript, mapping: dict[str, str]) -> Transcript:
    """`transcript` with its labels mapped (labels not in `mapping` stay as they are)."""
    if not mapping:
        return transcript
    segs = tuple(
        Segment(s.start, s.end, s.text, mapping.get(s.speaker, s.speaker) if s.speaker else None)
        for s in transcript.segments
    )
    return Transcript(
        segs,
        transcript.language,
        transcript.model,
        transcript.duration_s,
        transcript.redaction_report,
    )


def relabel(
    vault: Vault, session_ref: str, renames: dict[str, str], swap: tuple[str, str] | None = None
) -> dict[str, str]:
    """Rename labels (`{"speaker 1": "clinician"}`) and/or swap two, as the transcript shows them
    now; returns the labels shown afterwards, each from the one the attribution gave."""
    s = sessions.find(vault, session_ref)
    from localnotes.types import ArtifactKind

    shown = sessions.load_transcript(vault, s, ArtifactKind.TRANSCRIPT_REDACTED)
    present = sorted({seg.speaker for seg in shown.segments if seg.speaker})
    if not renames and swap is None:
        raise UsageError("give --rename OLD=NEW or --swap A B")
    change: dict[str, str] = {}
    for old, new in renames.items():
        old = " ".join(old.split()).lower()
        if old not in present:
            raise UsageError(f"this session has no speaker {old!r}; it has {', '.join(present)}")
        change[old] = check_label(new)
    if swap is not None:
        a, b = (" ".join(x.split()).lower() for x in swap)
        for x in (a, b):
            if x not in present:
                raise UsageError(f"this session has no speaker {x!r}; it has {', '.join(present)}")
        change[a], change[b] = b, a
    after = [change.get(p, p) for p in present]
    if len(set(after)) != len(after):
        raise UsageError("two speakers would get the same label; swap them instead")
    current: dict[str, str] = dict(s.meta.get(META_KEY, {}))
    originals = {seg.speaker for seg in _stored(vault, s).segments if seg.speaker}
    mapping = {o: change.get(current.get(o, o), current.get(o, o)) for o in originals}
    meta = dict(s.meta)
    meta[META_KEY] = {o: n for o, n in mapping.items() if o != n}
    ledger = ledger_of(vault)
    with vault.transaction():
        sessions.set_state(vault, s.id, s.state, meta=meta)
        ledger.append(session_entry(s, ev.SPEAKERS_RELABELLED))
    return dict(sorted(mapping.items()))


def _stored(vault: Vault, s: sessions.SessionInfo) -> Transcript:
    from localnotes.types import ArtifactKind

    return sessions.load_transcript(vault, s, ArtifactKind.TRANSCRIPT_REDACTED, relabelled=False)
