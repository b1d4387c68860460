"""The events the ledger records, and the only fields each may carry.

Entries hold no identifying information: no names, no patient reference, no transcript text and
no free text of any kind. The patient appears only as `patient`, the vault's keyed hash (64 hex
digits) of the clinician's patient reference. `Ledger.append` refuses an event that is not listed
here, a field that is not listed for it, or a `patient` that is not such a hash.

Fields (all optional unless the service that writes the event needs them):
- `patient`: keyed hash of the patient reference (64 lowercase hex digits).
- `consent_id`, `session_id`, `deletion_id`: random identifiers made by the vault.
- `replaces`: the consent ids a new consent replaces (those in force when it was granted).
- `scopes`: list of "audio", "transcript".
- `retention`: seconds each kind is kept, {"audio": s, "transcript": s, "redacted": s, "note": s}.
- `expires`: ISO-8601 UTC time the consent ends, or absent for no end.
- `method`: how consent was obtained or withdrawn: "verbal" or "written".
- `witnessed`: true if a witness was present (never the witness's name).
- `notice_sha256`: SHA-256 hex of the notice text shown to the patient.
- `source`: "microphone" or "file".
- `duration_s`: seconds of audio, rounded up to whole minutes by `coarsen`.
- `artifacts`: list of {"kind", "size", "created", "session_id"} (kind from ArtifactKind,
  size in bytes as a size class (a power of two, see `coarsen`), created as ISO-8601 UTC) —
  never the content.
- `kinds`, `sizes`: artifact kinds and sizes in bytes when a whole list is not needed.
- `model`: the transcription model's name; `format`: an export format (for a note draft, its
  template: "soap", "dap", "birp" or "custom").
- `reason`: a fixed word, one of REASONS.
- `error`: a fixed word naming the kind of failure (e.g. "disk", "missing"), never a message.
- `checked`, `deleted_count`, `failed_count`: counts for a retention run.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any, Final

from localnotes.types import CONSENT_METHODS

CONSENT_GRANTED: Final = "consent_granted"
CONSENT_WITHDRAWN: Final = "consent_withdrawn"
RECORDING_STARTED: Final = "recording_started"
RECORDING_STOPPED: Final = "recording_stopped"
RECORDING_INTERRUPTED: Final = "recording_interrupted"
TRANSCRIPT_CREATED: Final = "transcript_created"
TRANSCRIPT_VIEWED_UNREDACTED: Final = "transcript_viewed_unredacted"
EXPORTED: Final = "exported"
SPEAKERS_RELABELLED: Final = "speakers_relabelled"
DELETED: Final = "deleted"
DELETION_FAILED: Final = "deletion_failed"
RETENTION_RUN: Final = "retention_run"
NOTE_DRAFTED: Final = "note_drafted"
NOTE_EDITED: Final = "note_edited"

# Why something was deleted or interrupted.
REASON_PATIENT_REQUEST: Final = "patient_request"
REASON_CLINICIAN: Final = "clinician"  # the clinician deleted it (not at the patient's request)
REASON_CONSENT_WITHDRAWN: Final = "consent_withdrawn"
REASON_RETENTION: Final = "retention"
REASON_CONSENT_EXPIRED: Final = "consent_expired"
REASON_CRASH: Final = "crash"
REASON_ERROR: Final = "error"
REASON_STOPPED: Final = "stopped"
REASON_REPLACED: Final = "replaced"  # a note draft replaced by a newer or edited one
REASONS: Final = frozenset(
    {
        REASON_PATIENT_REQUEST,
        REASON_CLINICIAN,
        REASON_CONSENT_WITHDRAWN,
        REASON_RETENTION,
        REASON_CONSENT_EXPIRED,
        REASON_CRASH,
        REASON_ERROR,
        REASON_STOPPED,
        REASON_REPLACED,
    }
)

# Set by the ledger itself on every entry.
RESERVED: Final = frozenset({"v", "seq", "time", "event"})

_SESSION = frozenset({"patient", "session_id", "consent_id"})

FIELDS: Final[Mapping[str, frozenset[str]]] = {
    CONSENT_GRANTED: frozenset(
        {"patient", "consent_id", "scopes", "retention", "expires", "method", "witnessed"}
        | {"notice_sha256", "replaces"}
    ),
    CONSENT_WITHDRAWN: frozenset({"patient", "consent_id", "method", "reason"}),
    RECORDING_STARTED: _SESSION | {"source", "scopes"},
    RECORDING_STOPPED: _SESSION | {"duration_s", "sizes", "kinds", "reason"},
    RECORDING_INTERRUPTED: _SESSION | {"duration_s", "sizes", "kinds", "reason"},
    TRANSCRIPT_CREATED: _SESSION | {"kinds", "sizes", "duration_s", "model", "artifacts"},
    TRANSCRIPT_VIEWED_UNREDACTED: _SESSION,
    EXPORTED: _SESSION | {"format", "kinds", "sizes"},
    SPEAKERS_RELABELLED: _SESSION,
    DELETED: _SESSION | {"deletion_id", "artifacts", "reason", "kinds", "sizes"},
    DELETION_FAILED: _SESSION | {"deletion_id", "artifacts", "reason", "error"},
    RETENTION_RUN: frozenset({"checked", "deleted_count", "failed_count"}),
    NOTE_DRAFTED: _SESSION | {"kinds", "sizes", "format"},
    NOTE_EDITED: _SESSION | {"kinds", "sizes"},
}

_HASH = re.compile(r"^[0-9a-f]{64}$")
_WORD = re.compile(r"^[a-z0-9_.:+-]{1,64}$")
_TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_NAME = re.compile(r"^[A-Za-z0-9_.:+-]{1,64}$")


def _word_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) and _WORD.match(v) for v in value)


def _int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _number(value: Any) -> bool:
    return _int(value) or (isinstance(value, float) and value >= 0)


def _artifacts(value: Any) -> bool:
    if not isinstance(value, list):
        return False
    for a in value:
        if not isinstance(a, dict) or not set(a) <= {"kind", "size", "created", "session_id"}:
            return False
        if not (isinstance(a.get("kind"), str) and _WORD.match(a["kind"])):
            return False
        if "session_id" in a and not (
            isinstance(a["session_id"], str) and _ID.match(a["session_id"])
        ):
            return False
        if "size" in a and not _int(a["size"]):
            return False
        if "created" in a and not (isinstance(a["created"], str) and _TIME.match(a["created"])):
            return False
    return True


def _retention(value: Any) -> bool:
    return isinstance(value, dict) and all(
        isinstance(k, str) and _WORD.match(k) and _int(v) for k, v in value.items()
    )


def _sizes(value: Any) -> bool:
    if isinstance(value, dict):
        return all(isinstance(k, str) and _WORD.match(k) and _int(v) for k, v in value.items())
    return isinstance(value, list) and all(_int(v) for v in value)


# Each field's shape. Only fixed words, numbers, hashes and random ids: free text cannot pass.
_CHECKS: Final[Mapping[str, Any]] = {
    "patient": lambda v: isinstance(v, str) and bool(_HASH.match(v)),
    "consent_id": lambda v: isinstance(v, str) and bool(_ID.match(v)),
    "session_id": lambda v: isinstance(v, str) and bool(_ID.match(v)),
    "deletion_id": lambda v: isinstance(v, str) and bool(_ID.match(v)),
    "replaces": lambda v: (
        isinstance(v, list) and all(isinstance(x, str) and bool(_ID.match(x)) for x in v)
    ),
    "scopes": _word_list,
    "kinds": _word_list,
    "retention": _retention,
    "expires": lambda v: isinstance(v, str) and bool(_TIME.match(v)),
    "method": lambda v: v in CONSENT_METHODS,
    "witnessed": lambda v: isinstance(v, bool),
    "notice_sha256": lambda v: isinstance(v, str) and bool(_HASH.match(v)),
    "source": lambda v: v in ("microphone", "file"),
    "duration_s": _number,
    "sizes": _sizes,
    "artifacts": _artifacts,
    "model": lambda v: isinstance(v, str) and bool(_NAME.match(v)),
    "format": lambda v: isinstance(v, str) and bool(_WORD.match(v)),
    "reason": lambda v: v in REASONS,
    "error": lambda v: isinstance(v, str) and bool(_WORD.match(v)),
    "checked": _int,
    "deleted_count": _int,
    "failed_count": _int,
}


def size_class(n: int) -> int:
    """A byte count rounded up to a power of two: the ledger keeps the order of magnitude of an
    artifact, not its exact size (an exact transcript size tells what was redacted)."""
    return 0 if n <= 0 else 1 << (n - 1).bit_length()


def coarse_seconds(seconds: float) -> int:
    """A duration rounded up to whole minutes, in seconds."""
    return 60 * math.ceil(seconds / 60) if seconds > 0 else 0


def coarsen(event: Mapping[str, Any]) -> dict[str, Any]:
    """The event as the ledger keeps it: durations in whole minutes, sizes as size classes.
    Applied by `Ledger.append` to every event, so no caller can log an exact figure."""
    out = dict(event)
    if _number(out.get("duration_s")):
        out["duration_s"] = coarse_seconds(out["duration_s"])
    sizes = out.get("sizes")
    if isinstance(sizes, dict):
        out["sizes"] = {k: size_class(v) if _int(v) else v for k, v in sizes.items()}
    elif isinstance(sizes, list):
        out["sizes"] = [size_class(v) if _int(v) else v for v in sizes]
    arts = out.get("artifacts")
    if isinstance(arts, list):
        out["artifacts"] = [
            {**a, "size": size_class(a["size"])}
            if isinstance(a, dict) and _int(a.get("size"))
            else a
            for a in arts
        ]
    return out


def check_event(event: Mapping[str, Any]) -> None:
    """Raise ValueError unless `event` is a known event with only its documented fields, each
    of the documented shape. This is the guard that keeps identifying text out of the log."""
    name = event.get("event")
    if not isinstance(name, str) or name not in FIELDS:
        raise ValueError(f"unknown ledger event {name!r}")
    for key, value in event.items():
        if key == "event":
            continue
        if key in RESERVED:
            raise ValueError(f"the ledger sets {key!r} itself")
        if key not in FIELDS[name]:
            raise ValueError(f"a {name} event has no field {key!r}")
        if not _CHECKS[key](value):
            raise ValueError(f"field {key!r} of a {name} event has the wrong shape")
