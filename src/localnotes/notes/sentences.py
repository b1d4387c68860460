"""Transcript segments cut into sentences that remember where they came from.

A sentence is a literal slice of one segment's text, so its quote is always found in the
transcript within its segment's start and end -- except where speech recognition cut a sentence
between two segments of the same speaker ("... easier to just" | "not be here anymore."): the
segment ends without a full stop and the next goes on (or speaker attribution changed the speaker
in mid-phrase: "He interfered with" | "me for about two years."), and the sentence is the end of
the one and the start of the other, joined by a space. Its evidence then spans both segments,
and its quote is found in their texts joined the same way (as `show` prints them, one after the
other).

The speaker's role (clinician or client) comes from the segment's speaker label when speaker
attribution made one; otherwise it is unknown.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from localnotes.notes.model import Evidence
from localnotes.types import Segment

_MERGE_GAP_S = 2.0  # a pause longer than this ends a sentence even without a full stop
_ENDED = re.compile(r"[.?!][\"')\]]*$")
#: a segment speech recognition wrote with no punctuation at all, in lower case, of five words or
#: more ("in fifth year i used to cut my legs not since i came to college"): where the next is
#: written so too ("any cutting or hurting yourself this year"), a run of them, each ends where
#: its segment ends (the next is another turn as often as not; one sentence cut in two keeps
#: its full stop: "... easier to just" "not be here anymore.")
_UNPUNCTUATED = re.compile(r"^[a-z][^.?!,;:]*(?:\s[^.?!,;:\s]+){4,}$")
_END = re.compile(r"(?<=[.?!])[\"')\]]*\s+|(?<=[.?!])[\"')\]]*$")
#: a full stop that may end no sentence: a title's, or a spelled-out abbreviation's
#: ("Ph.D.U. 9 was 12": speech recognition's PHQ-9, its first part two letters)
_NOT_AN_END = re.compile(
    r"(?:\b(?:Dr|Mr|Mrs|Ms|Prof)|(?<![A-Za-z.])[A-Za-z]{1,2}\.(?:[A-Za-z]\.)*[A-Za-z])\.$"
)
#: a title, written as one ("MS." for multiple sclerosis ends a sentence)
_TITLE = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Prof)\.$")
_CLINICIAN = re.compile(r"^(?:clinician|therapist|counsel+or|doctor|provider|t)\b", re.I)
_CLIENT = re.compile(r"^(?:client|patient|c|p)\b", re.I)
_QUESTION_START = re.compile(
    # not "When I was nineteen.", "When he gets home he's tired": a time told, not asked (but
    # "When you say you'll kill her, ..." checks what was said)
    r"^(?!(?:and |so |but )?when (?:i|we|he|she|they|it|(?:my|our|his|her|their|the) \w+)\b"
    r"(?!.*\?\W*$))"
    r"(?:and |so |okay,? |ok,? |now,? |also,? |but |right,? |alright,? )?"
    # whom it is about said first: "The children, has he ever hurt the children?"
    r"(?:(?:the|your|and the|and your) (?:kids|children|baby|boys|girls|twins|grandchildren), )?"
    r"(?:have|has|do|does|did|are|is|was|were|would|could|can|any|anything|how|what|when|"
    r"who|where|why|will"
    # the "do" dropped: "You ever feel like hurting him"
    r"|you(?= ever (?:feel|felt|get|got|think|thought|have|had|want|wanted|wish|been)\b)"
    # "has" heard as "as": "as he ever hurt the children"
    r"|as(?= (?:he|she|they|anyone|anybody|someone|somebody|you) ever (?:hurt|hit|harmed|"
    r"touched|threatened|pushed|left|been|had|done|felt|thought|tried|taken|lashed|attacked|"
    r"shouted|frightened|scared|grabbed|shoved)\b))\b(?!')",
    # not "Can't say I have.", "Won't happen."
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


def index_of(sentences: Sequence[Sentence], quoted: Evidence) -> int | None:
    """Where in `sentences` the sentence is that evidence `quoted` quotes whole, if any."""
    return next((k for k, s in enumerate(sentences) if s.evidence() == quoted), None)


def split(segments: Sequence[Segment]) -> list[Sentence]:
    """Every sentence of every segment, in order; a sentence cut between two segments of one
    speaker is one sentence."""
    out: list[Sentence] = []
    for s in _split_each(segments):
        prev = out[-1] if out else None
        if prev is not None and _goes_on(segments, prev, s):
            out[-1] = Sentence(
                prev.index, prev.segment, prev.char_start, f"{prev.text} {s.text}",
                prev.start, s.end, prev.speaker, prev.role,
            )  # fmt: skip
            continue
        out.append(Sentence(len(out), s.segment, s.char_start, s.text, s.start, s.end,
                            s.speaker, s.role))  # fmt: skip
    return out


def _goes_on(segments: Sequence[Segment], prev: Sentence, s: Sentence) -> bool:
    """Sentence `s`, the first of its segment, finishes `prev`, the last of the segment before:
    same speaker, no full stop between, a short pause, and `s` starts in lower case or a digit."""
    if s.segment == 0 or segments[s.segment].text[: s.char_start].strip():
        return False
    before = segments[s.segment - 1]
    return (
        prev.end == before.end
        and (prev.speaker == s.speaker or _cut_mid_phrase(prev, s))
        and not _ENDED.search(prev.text)
        and not (
            _UNPUNCTUATED.match(before.text.strip())
            and _UNPUNCTUATED.match(segments[s.segment].text.strip())
        )
        and s.start - prev.end <= _MERGE_GAP_S
        and (s.text[:1].islower() or s.text[:1].isdigit())
    )


#: a word no sentence ends on: a preposition, an article, a possessive
_DANGLING = re.compile(
    r"\b(?:with|to|the|a|an|of|for|at|from|into|onto|my|his|her|your|our|their|and|but|or|"
    r"that|than|about)$",
    re.I,
)
_SPEAKER_SEAM_S = 0.3  # speaker attribution's cut, with no pause at all


def _cut_mid_phrase(prev: Sentence, s: Sentence) -> bool:
    """Speaker attribution changed the speaker in mid-phrase ("He interfered with" | "me for
    about two years."): the first ends on a word no sentence ends on, and the next starts at
    once, in lower case."""
    return bool(_DANGLING.search(prev.text.strip())) and s.start - prev.end <= _SPEAKER_SEAM_S


def _split_each(segments: Sequence[Segment]) -> list[Sentence]:
    """Every sentence of every segment, each within its segment."""
    out: list[Sentence] = []
    for si, seg in enumerate(segments):
        text = seg.text
        role = role_of(seg.speaker)
        at = 0
        pieces = []
        for m in _END.finditer(text):
            if _NOT_AN_END.search(text[: m.start()]) and (
                _TITLE.search(text[: m.start()]) or re.match(r"[a-z0-9]", text[m.end() :])
            ):
                continue  # "Dr. Moore", "your G.A.D. 7 was 12": no sentence ends there
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
