"""The transcript made so far, sealed as each window is transcribed, so that a crash mid-session
keeps it: recovery then transcribes only the audio after it.

One streaming artifact of kind `partial` per recording. Each transcribed window is one JSON line
`{"end": SAMPLES, "segments": [[start, end, text, [[w_start, w_end, w_text], ...]], ...]}` padded
with newlines to whole sealed chunks, written and fsynced at once: a crash keeps every window
whose line was written, and the vault's recovery cuts a torn chunk off. A line cut short by a
lost chunk does not parse and is ignored, with everything after it. The words are kept (sealed)
because speaker attribution splits turns at them; the journal is discarded once the session's
transcripts are stored. It expires with the full transcript.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from localnotes.store.vault import ArtifactWriter, Vault
from localnotes.types import ArtifactKind, Segment, Word

#: Small enough that a 30-s window's line (a few kB with its words) wastes little padding.
CHUNK = 4096


class JournalWriter:
    """Appends transcribed windows to a session's journal; one thread at a time."""

    def __init__(self, vault: Vault, session_id: str, expires_at: float) -> None:
        self._w: ArtifactWriter = vault.artifact_writer(
            session_id,
            ArtifactKind.TRANSCRIPT_PARTIAL.value,
            {"format": "jsonl", "version": 1},
            chunk_size=CHUNK,
            expires_at=expires_at,
        )
        self.windows = 0

    def add(self, end_sample: int, segments: Sequence[Segment]) -> None:
        """A window transcribed: its segments (times from the session's start) and the sample
        where it ends. Durable when this returns."""
        line = json.dumps(
            {"end": end_sample, "segments": [_pack(s) for s in segments]},
            ensure_ascii=False,
            separators=(",", ":"),
        ).encode("utf-8")
        line += b"\n" * (CHUNK - len(line) % CHUNK)  # whole chunks: sealed as soon as written
        self._w.write(line)
        self._w.sync()
        self.windows += 1

    def close(self) -> None:
        """Keep it (the session could not be finished here: recovery will use it)."""
        self._w.close()

    def discard(self) -> None:
        """The session's transcripts are stored (or nothing may be): the journal goes."""
        self._w.abort()


@dataclass(frozen=True)
class Journal:
    segments: tuple[Segment, ...]
    end_sample: int  # audio before this sample is transcribed
    artifact_ids: tuple[str, ...]


def read(vault: Vault, session_id: str) -> Journal:
    """What a session's journal holds (empty when it has none), up to its first damaged line."""
    ids = tuple(
        a.id
        for a in vault.session_artifacts(session_id)
        if a.kind == ArtifactKind.TRANSCRIPT_PARTIAL.value
    )
    segments: list[Segment] = []
    end = 0
    if len(ids) == 1:  # one recording, one journal; anything else is not resumable
        for raw in vault.read_artifact(ids[0]).split(b"\n"):
            if not raw:
                continue
            try:
                rec = json.loads(raw)
                window = [_unpack(s) for s in rec["segments"]]
                window_end = int(rec["end"])
            except (ValueError, KeyError, TypeError, IndexError):
                break  # cut short by the crash: this window is transcribed again
            if window_end <= end:
                break
            segments.extend(window)
            end = window_end
    return Journal(tuple(segments), end, ids)


def _pack(s: Segment) -> list[Any]:
    return [s.start, s.end, s.text, [[w.start, w.end, w.text] for w in s.words]]


def _unpack(v: list[Any]) -> Segment:
    start, end, text, words = v
    return Segment(
        float(start),
        float(end),
        str(text),
        words=tuple(Word(float(a), float(b), str(t)) for a, b, t in words),
    )
