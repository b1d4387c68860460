"""Transcript segments cut into sentences that remember where they came from.

A sentence is a literal slice of one segment's text, so its quote is always found in the
transcript within its segment's start and end. The speaker's role (clinician or client) comes from
the segment's speaker label when speaker attribution made one; otherwise it is unknown.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from localnotes.notes.model import Evidence
from localnotes.types import Segment

_END = re.compile(r"(?<=[.?!])[\"')\]]*\s+|(?<=[.?!])[\"')\]]*$")
_CLINICIAN = re.compile(r"^(?:clinician|therapist|counsel+or|doctor|provider|t)\b", re.I)
_CLIENT = re.compile(r"^(?:client|patient|c|p)\b", re.I)
_QUESTION_START = re.compile(
    r"^(?:and |so |okay,? |ok,? |now,? |also,? |but )?"
    r"(?:have|has|do|does|did|are|is|was|were|would|could|can|any|anything|how|what|when|"
    r"who|where|why|will)\b",
    re.I,
)


@dataclass(frozen=True)
class Sentence:
    index: int  # position in the whole transcript
    segment: int
    char_start: int  # in the segment's text
    text: str
    start: float
    end: float
    speaker: str | None
    role: str | None  # "clinician", "client" or None when unknown

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_question(self) -> bool:
        t = self.text.rstrip()
        return t.endswith("?") or bool(_QUESTION_START.match(t))

    def evidence(self, quote: str | None = None) -> Evidence:
        """Evidence for this sentence, or for a part of it (which must be a literal slice)."""
        q = self.text if quote is None else quote
        assert q in self.text, "a quote must be a literal piece of its sentence"
        return Evidence(self.start, self.end, self.speaker, q.strip())


def role_of(speaker: str | None) -> str | None:
    if not speaker:
        return None
    if _CLINICIAN.match(speaker.strip()):
        return "clinician"
    if _CLIENT.match(speaker.strip()):
        return "client"
    return None


def split(segments: Sequence[Segment]) -> list[Sentence]:
    """Every sentence of every segment, in order."""
    out: list[Sentence] = []
    for si, seg in enumerate(segments):
        text = seg.text
        role = role_of(seg.speaker)
        at = 0
        pieces = []
        for m in _END.finditer(text):
            pieces.append((at, m.start()))
            at = m.end()
        if at < len(text):
            pieces.append((at, len(text)))
        for a, b in pieces:
            raw = text[a:b]
            lead = len(raw) - len(raw.lstrip())
            piece = raw.strip()
            if not re.search(r"[A-Za-z0-9]", piece):
                continue
            out.append(
                Sentence(len(out), si, a + lead, piece, seg.start, seg.end, seg.speaker, role)
            )
    return out


def speakers_known(sentences: Sequence[Sentence]) -> bool:
    return any(s.role is not None for s in sentences)
