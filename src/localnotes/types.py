"""Frozen value types shared by every layer. No I/O here."""

from __future__ import annotations

import re
import time
import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum

from localnotes.errors import UsageError

_DURATION = re.compile(r"^\s*(\d+)\s*([smhdwy])\s*$")
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400, "y": 365 * 86400}
# Nothing is kept or consented to for longer; and a date past year 9999 cannot be written down.
MAX_DURATION_S = 100 * 365 * 86400


def parse_duration(text: str) -> int:
    """Seconds in a duration written like `0d`, `30d`, `12h`, `7y` (s, m, h, d, w, y)."""
    m = _DURATION.match(text)
    if not m:
        raise UsageError(
            f"bad duration {text!r}: write a number and a unit, like 0d, 30d, 12h or 7y"
        )
    seconds = int(m.group(1)) * _UNIT_SECONDS[m.group(2)]
    if seconds > MAX_DURATION_S:
        raise UsageError(f"duration {text.strip()!r} is longer than 100 years")
    return seconds


MAX_PATIENT_REF_CHARS = 200


def normalise_patient_ref(text: str) -> str:
    """A patient reference as the vault keeps it: NFC (so the composed and decomposed spellings of
    "Zoë" are one patient), trimmed; UsageError for control or format characters (a newline
    would split a row, an escape sequence would reach the terminal) or an over-long reference."""
    ref = unicodedata.normalize("NFC", text).strip()
    if not ref:
        raise UsageError("the patient reference may not be empty")
    if len(ref) > MAX_PATIENT_REF_CHARS:
        raise UsageError(f"the patient reference is longer than {MAX_PATIENT_REF_CHARS} characters")
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") for ch in ref):
        raise UsageError("the patient reference holds a control character; type it plainly")
    return ref


def printable(text: str) -> str:
    """Text safe to print on a terminal: control and format characters shown as escapes."""
    return "".join(
        ch.encode("unicode_escape").decode("ascii")
        if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp")
        else ch
        for ch in text
    )


#: ISO-8601 in UTC to the second: the one form every record, entry and report writes a time in.
UTC_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


def format_utc(t: float) -> str:
    """Unix time as ISO-8601 UTC to the second, the form every record and report uses."""
    return time.strftime(UTC_FORMAT, time.gmtime(t))


def format_duration(seconds: int) -> str:
    """The shortest exact spelling of a duration, the inverse of parse_duration."""
    for unit in ("y", "w", "d", "h", "m"):
        n = _UNIT_SECONDS[unit]
        if seconds and seconds % n == 0:
            return f"{seconds // n}{unit}"
    return f"{seconds}s" if seconds else "0d"


# The choices each defined once: settings, CLI flags, the ledger's checks and the adapters read
# them from here.
#: How redaction replaces what it finds.
REDACTION_MODES = ("placeholder", "pseudonym", "mask")
#: Where speech recognition runs.
ASR_DEVICES = ("auto", "cpu", "cuda")
#: How a consent was obtained.
CONSENT_METHODS = ("verbal", "written")


class ArtifactKind(StrEnum):
    """What an encrypted artifact holds. The value is bound into every ciphertext."""

    AUDIO = "audio"
    TRANSCRIPT_FULL = "transcript"
    TRANSCRIPT_REDACTED = "redacted"
    KNOWN_IDENTIFIERS = "known"
    PATIENT_REF = "patient"
    NOTE = "note"
    #: the transcript made so far while a session records, kept only until it is stored
    TRANSCRIPT_PARTIAL = "partial"


class SessionState(StrEnum):
    """Where a session is in its life; the value is what its row stores (store/schema.py)."""

    RECORDING = "recording"
    TRANSCRIBING = "transcribing"
    COMPLETE = "complete"
    #: a crash stopped it; the next command's start-up transcribes what was saved
    INTERRUPTED = "interrupted"
    #: consent was withdrawn (or ran out) while it recorded: nothing of it is transcribed
    WITHDRAWN = "withdrawn"
    DELETED = "deleted"

    @property
    def in_progress(self) -> bool:
        """Its transcript may still be made (a crashed one included)."""
        return self in (SessionState.RECORDING, SessionState.TRANSCRIBING, SessionState.INTERRUPTED)

    @property
    def running(self) -> bool:
        """A process is recording or transcribing it now (or was, until it crashed)."""
        return self in (SessionState.RECORDING, SessionState.TRANSCRIBING)


class Scope(StrEnum):
    """What a consent allows: keep the recording, transcribe and keep the text."""

    AUDIO = "audio"
    TRANSCRIPT = "transcript"


@dataclass(frozen=True)
class RetentionPolicy:
    """How long each artifact kind is kept, in seconds after it is created."""

    audio_s: int
    transcript_s: int
    redacted_s: int
    note_s: int | None = None  # the note draft; None: as long as the redacted transcript

    def for_kind(self, kind: ArtifactKind) -> int | None:
        return {
            ArtifactKind.AUDIO: self.audio_s,
            ArtifactKind.TRANSCRIPT_FULL: self.transcript_s,
            ArtifactKind.TRANSCRIPT_PARTIAL: self.transcript_s,
            ArtifactKind.TRANSCRIPT_REDACTED: self.redacted_s,
            ArtifactKind.NOTE: self.redacted_s if self.note_s is None else self.note_s,
        }.get(kind)


@dataclass(frozen=True)
class Word:
    """One recognised word with its times; `text` keeps Whisper's leading space."""

    start: float
    end: float
    text: str


@dataclass(frozen=True)
class Segment:
    """One stretch of transcribed speech. Times in seconds from the start of the recording.
    `words` is filled while a transcription runs (for speaker attribution) and never stored."""

    start: float
    end: float
    text: str
    speaker: str | None = None
    words: tuple[Word, ...] = field(default=(), compare=False, repr=False)


@dataclass(frozen=True)
class Span:
    """A found identifier in a text: [start, end) character offsets, its kind, and a score."""

    start: int
    end: int
    kind: str
    score: float = 1.0


@dataclass(frozen=True)
class TermRepair:
    """A clinical term put right after recognition: what was heard, what is written, when
    (seconds, estimated within the segment), and the rule of context that allowed it."""

    start: float
    end: float
    original: str
    replacement: str
    rule: str


@dataclass(frozen=True)
class Transcript:
    """A session's transcript: its segments and what produced them."""

    segments: tuple[Segment, ...]
    language: str
    model: str
    duration_s: float
    redaction_report: dict[str, int] = field(default_factory=dict)
    repairs: tuple[TermRepair, ...] = ()

    @property
    def text(self) -> str:
        return "\n".join(s.text.strip() for s in self.segments if s.text.strip())


@dataclass(frozen=True)
class CaptureGrant:
    """Permission to capture or transcribe, issued only by `localnotes.consent` for a live consent.

    Adapters that open a microphone or read a recording take one and check it before doing so;
    there is no other way in. It holds no identifying information.
    """

    consent_id: str
    patient_hash: str
    scopes: frozenset[Scope]
    retention: RetentionPolicy
    expires_at: float | None  # Unix time, or None for no expiry

    def covers(self, scope: Scope, now: float) -> bool:
        live = self.expires_at is None or now < self.expires_at
        return live and scope in self.scopes
