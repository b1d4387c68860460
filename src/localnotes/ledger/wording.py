"""Plain-language wording of ledger events, for patients who are not technical.

Shared by the history (`localnotes log`) and by receipts, so a patient reads the same sentence
for the same event in both. Everything here is derived from the entry itself, which holds no
identifying information, so nothing here can reveal any.
"""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo
from typing import Any

from localnotes.ledger import events as ev
from localnotes.ledger import merkle
from localnotes.ledger.log import canonical_json

KIND_NAMES = {
    "audio": "the audio recording",
    "transcript": "the full transcript",
    "redacted": "the transcript with identifying details removed",
    "known": "the list of names and details to remove from transcripts",
    "patient": "the clinician's reference for you",
    "note": "the draft session note",
    "partial": "the transcript made so far during a recording",
}

REASON_PHRASES = {
    ev.REASON_PATIENT_REQUEST: "you asked for it to be deleted",
    ev.REASON_CLINICIAN: "your clinician deleted it",
    ev.REASON_CONSENT_WITHDRAWN: "you withdrew your consent",
    ev.REASON_RETENTION: "the time it was allowed to be kept had run out",
    ev.REASON_CONSENT_EXPIRED: "your consent had come to its end date",
    ev.REASON_CRASH: "the program stopped unexpectedly",
    ev.REASON_ERROR: "of a technical problem",
    ev.REASON_STOPPED: "it was stopped",
    ev.REASON_REPLACED: "a newer version replaced it",
}


def format_when(iso: str, tz: tzinfo | None) -> str:
    """'27 November 2026 at 14:02' in the given time zone (None: this computer's)."""
    when = datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    local = when.astimezone(tz)
    return f"{local.day} {local:%B %Y} at {local:%H:%M}"


def zone_name(tz: tzinfo | None) -> str:
    return datetime.now(tz).astimezone(tz).tzname() or "local time"


def plain_duration(seconds: int) -> str:
    """'30 days', '1 year', '12 hours'; the largest whole unit that fits exactly."""
    for unit, size in (("year", 365 * 86400), ("week", 7 * 86400), ("day", 86400)):
        if seconds and seconds % size == 0:
            n = seconds // size
            return f"{n} {unit}{'s' if n != 1 else ''}"
    for unit, size in (("hour", 3600), ("minute", 60), ("second", 1)):
        if seconds and seconds % size == 0:
            n = seconds // size
            return f"{n} {unit}{'s' if n != 1 else ''}"
    return "0 days"


def plain_length(seconds: float) -> str:
    """How long a recording lasted: '52 minutes', '1 hour 5 minutes', '40 seconds'."""
    total = round(seconds)
    if total < 60:
        return f"{total} second{'s' if total != 1 else ''}"
    hours, minutes = divmod(round(total / 60), 60)
    parts = [f"{hours} hour{'s' if hours != 1 else ''}"] if hours else []
    if minutes or not hours:
        parts.append(f"{minutes} minute{'s' if minutes != 1 else ''}")
    return " ".join(parts)


def plain_size(size: int) -> str:
    """'840 bytes', '1.2 MB' (decimal units, as file managers show them)."""
    if size < 1000:
        return f"{size} bytes"
    value = float(size)
    for unit in ("kB", "MB", "GB", "TB"):
        value /= 1000
        if value < 1000:
            return f"{value:.1f} {unit}"
    return f"{value:.1f} TB"


def verification_code(entry_bytes: bytes) -> str:
    """The code a patient can compare between a receipt and the log: 16 hex digits of the
    entry's leaf hash, in groups of four."""
    digest = merkle.leaf_hash(entry_bytes).hex()[:16].upper()
    return " ".join(digest[i : i + 4] for i in range(0, 16, 4))


def kept_for(retention: dict[str, Any], kind: str) -> str:
    seconds = retention.get(kind)
    if not isinstance(seconds, int):
        return "for as long as the clinic's settings say"
    if seconds == 0:
        if kind == "audio":
            return "not kept: deleted as soon as it has been transcribed"
        return "not kept"
    return f"kept for {plain_duration(seconds)}"


def consent_clauses(entry: dict[str, Any]) -> list[str]:
    """What a consent allows, one clause per thing, in plain words."""
    scopes = entry.get("scopes", [])
    retention = entry.get("retention", {})
    clauses = []
    if "audio" in scopes:
        clauses.append(f"record the session's audio ({kept_for(retention, 'audio')})")
    elif "transcript" in scopes:
        clauses.append(
            "record the session's audio only to transcribe it (the recording is not kept)"
        )
    if "transcript" in scopes:
        clauses.append(
            f"transcribe it into text ({kept_for(retention, 'transcript')}; the version with "
            f"names and other identifying details removed is {kept_for(retention, 'redacted')})"
        )
        if "note" in retention:
            clauses.append(f"draft a session note from it ({kept_for(retention, 'note')})")
    return clauses


#: How an export's format reads to a patient ("... was exported as subtitles").
EXPORT_FORMAT_PHRASES = {
    "txt": " as plain text",
    "md": " as a formatted document",
    "json": " as data for another program",
    "srt": " as subtitles",
    "vtt": " as subtitles",
    "rttm": " as a list of who spoke when, without the words",
    "html": " as a web page",
}


def join_words(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def artifact_phrases(entry: dict[str, Any], tz: tzinfo | None) -> list[str]:
    """'the audio recording (1.2 MB, made 27 November 2026 at 14:02)', one per artifact."""
    out = []
    for a in entry.get("artifacts", []):
        name = KIND_NAMES.get(str(a.get("kind")), f"a stored item of type {a.get('kind')}")
        facts = []
        if "size" in a:
            facts.append("up to " + plain_size(int(a["size"])))  # a size class
        if "created" in a:
            facts.append(f"made {format_when(str(a['created']), tz)}")
        out.append(f"{name} ({', '.join(facts)})" if facts else name)
    if not out:
        out = [KIND_NAMES.get(k, k) for k in entry.get("kinds", [])]
    return out


def session_note(entry: dict[str, Any]) -> str:
    sid = entry.get("session_id")
    return f" (session {sid})" if sid else ""


def describe(entry: dict[str, Any], tz: tzinfo | None = None) -> str:
    """One plain sentence for one entry, without the date."""
    name = entry.get("event")
    reason = REASON_PHRASES.get(str(entry.get("reason")), "")
    s = session_note(entry)
    if name == ev.CONSENT_GRANTED:
        text = f"you gave consent to {join_words(consent_clauses(entry))}."
        if entry.get("replaces"):
            text += " It replaces the consent you had given before, which no longer applies."
        if "expires" in entry:
            text += f" This consent ends on {format_when(entry['expires'], tz)}."
        if "method" in entry:
            how = "out loud" if entry["method"] == "verbal" else "in writing"
            text += f" You gave it {how}" + (
                ", with a witness present." if entry.get("witnessed") else "."
            )
        return text
    if name == ev.CONSENT_WITHDRAWN:
        return "you withdrew your consent. Anything it covered is deleted."
    if name == ev.RECORDING_STARTED:
        src = "from the microphone" if entry.get("source") == "microphone" else "from a file"
        return f"a recording of your session started{s}, {src}."
    if name == ev.RECORDING_STOPPED:
        dur = entry.get("duration_s")
        length = f" after {plain_length(dur)}" if isinstance(dur, int | float) else ""
        return f"the recording stopped{length}{s}."
    if name == ev.RECORDING_INTERRUPTED:
        return f"the recording was interrupted{s}" + (f" because {reason}." if reason else ".")
    if name == ev.TRANSCRIPT_CREATED:
        return f"a written transcript of the session was made{s}."
    if name == ev.TRANSCRIPT_VIEWED_UNREDACTED:
        return f"the full transcript, including identifying details, was opened{s}."
    if name == ev.EXPORTED and str(entry.get("format", "")).startswith("note-"):
        fmt = EXPORT_FORMAT_PHRASES.get(str(entry["format"])[5:], "")
        return f"a copy of the draft session note was exported{fmt}{s}."
    if name == ev.EXPORTED:
        fmt = EXPORT_FORMAT_PHRASES.get(str(entry.get("format")), "")
        return f"a copy of the transcript, with identifying details removed, was exported{fmt}{s}."
    if name == ev.SPEAKERS_RELABELLED:
        return f"the labels saying who spoke in the transcript were corrected{s}."
    if name == ev.DELETED:
        what = join_words(artifact_phrases(entry, tz)) or "stored data"
        why = f" because {reason}" if reason else ""
        return (
            f"{what} {'was' if len(artifact_phrases(entry, tz)) <= 1 else 'were'} "
            f"deleted{why}{s}. The keys that unlock it were destroyed, so it cannot be read "
            "on this computer again."
        )
    if name == ev.DELETION_FAILED:
        what = join_words(artifact_phrases(entry, tz)) or "stored data"
        return f"deleting {what} did not finish{s}; it will be tried again."
    if name == ev.NOTE_DRAFTED:
        return f"a draft session note was made from the transcript{s}."
    if name == ev.NOTE_EDITED:
        return f"the clinician edited the draft session note{s}."
    if name == ev.RETENTION_RUN:
        n = entry.get("deleted_count", 0)
        return (
            f"the automatic clean-up ran and deleted {n} item{'s' if n != 1 else ''} whose "
            "time was up."
        )
    return f"an event of type {name} was recorded."


def entry_code(entry: dict[str, Any]) -> str:
    """The verification code of a parsed entry (entries are canonical JSON, so this is exact)."""
    return verification_code(canonical_json(entry))
