"""Consent: grant, withdraw, status, and the only place a CaptureGrant is issued.

A consent names the patient (stored only as the vault's keyed hash), the scopes, the retention of
each artifact kind, how it was obtained, an optional witness (sealed), the SHA-256 of the notice
shown, and an optional expiry. Recording or transcribing without a live consent is refused before
any device or file is opened.
"""

from __future__ import annotations

import hashlib
import secrets
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from typing import Any

from localnotes import known
from localnotes.config import Settings
from localnotes.errors import ConsentError, IntegrityError, NotFoundError, UsageError
from localnotes.ledger import events as ev
from localnotes.ledger.log import Ledger
from localnotes.store import patient_keys, side_tables
from localnotes.store.vault import Vault
from localnotes.types import (
    CONSENT_METHODS,
    ArtifactKind,
    CaptureGrant,
    RetentionPolicy,
    Scope,
    format_duration,
    format_utc,
    parse_duration,
)

METHODS = CONSENT_METHODS


@dataclass(frozen=True)
class ConsentRecord:
    id: str
    patient_hash: str
    scopes: frozenset[Scope]
    retention: RetentionPolicy
    method: str
    witnessed: bool
    notice_sha256: str
    granted_at: float
    expires_at: float | None
    withdrawn_at: float | None
    ledger_index: int | None
    replaced_by: str | None = None  # a later consent, granted while this one was in force

    def live(self, now: float) -> bool:
        return self.withdrawn_at is None and (self.expires_at is None or now < self.expires_at)

    def in_force_at(self, t: float) -> bool:
        return self.granted_at <= t and self.live(t)

    def as_dict(self) -> dict[str, Any]:
        return {
            "consent_id": self.id,
            "scopes": sorted(s.value for s in self.scopes),
            "retention": {
                "audio": format_duration(self.retention.audio_s),
                "transcript": format_duration(self.retention.transcript_s),
                "redacted": format_duration(self.retention.redacted_s),
                "note": format_duration(self.retention.for_kind(ArtifactKind.NOTE) or 0),
            },
            "method": self.method,
            "witnessed": self.witnessed,
            "notice_sha256": self.notice_sha256,
            "granted_at": format_utc(self.granted_at),
            "expires_at": format_utc(self.expires_at) if self.expires_at else None,
            "withdrawn_at": format_utc(self.withdrawn_at) if self.withdrawn_at else None,
            "live": self.live(time.time()) and self.replaced_by is None,
            "replaced_by": self.replaced_by,
        }


def default_notice() -> str:
    return resources.files("localnotes").joinpath("data/notice.txt").read_text(encoding="utf-8")


def read_notice(path: str | None) -> str:
    if not path:
        return default_notice()
    try:
        return Path(path).read_text(encoding="utf-8")
    except OSError as e:
        raise NotFoundError(f"cannot read the notice file {path}: {e.strerror}") from None


def parse_scopes(text: str) -> frozenset[Scope]:
    out = set()
    for part in text.split(","):
        part = part.strip().lower()
        try:
            out.add(Scope(part))
        except ValueError:
            raise UsageError(f"unknown scope {part!r}: use audio, transcript or both") from None
    if not out:
        raise UsageError("name at least one scope: audio, transcript")
    return frozenset(out)


def retention_for(
    settings: Settings,
    scopes: frozenset[Scope],
    audio: str | None,
    transcript: str | None,
    redacted: str | None,
    note: str | None = None,
) -> RetentionPolicy:
    """The consent's retention: asked-for values or defaults, refused above the maximums. A note
    draft is kept as long as the redacted transcript unless the consent says otherwise."""
    d, mx = settings.retention_defaults, settings.retention_maximums
    pol = RetentionPolicy(
        audio_s=parse_duration(audio) if audio else d.audio_s,
        transcript_s=parse_duration(transcript) if transcript else d.transcript_s,
        redacted_s=parse_duration(redacted) if redacted else d.redacted_s,
        note_s=parse_duration(note) if note else None,
    )
    for name, asked, most in (
        ("audio", pol.audio_s, mx.audio_s),
        ("transcript", pol.transcript_s, mx.transcript_s),
        ("redacted transcript", pol.redacted_s, mx.redacted_s),
        ("note draft", pol.note_s or 0, mx.redacted_s),
    ):
        if asked > most:
            raise UsageError(
                f"keeping the {name} for {format_duration(asked)} is more than the "
                f"maximum of {format_duration(most)} set in the configuration"
            )
    if Scope.AUDIO not in scopes:
        pol = replace(pol, audio_s=0)
    if Scope.TRANSCRIPT not in scopes and Scope.AUDIO in scopes and audio is None:
        # audio-only consent: the audio is the record, so keep it as long as a transcript would be
        pol = RetentionPolicy(max(pol.audio_s, pol.transcript_s), 0, 0)
    return pol


def _row(r: dict[str, Any]) -> ConsentRecord:
    return ConsentRecord(
        id=r["id"],
        patient_hash=r["patient_hash"],
        scopes=frozenset(Scope(s) for s in r["scopes"].split(",")),
        retention=RetentionPolicy(r["retain_audio"], r["retain_transcript"], r["retain_redacted"]),
        method=r["method"],
        witnessed=r["witness"] is not None,
        notice_sha256=r["notice_sha256"],
        granted_at=r["granted_at"],
        expires_at=r["expires_at"],
        withdrawn_at=r["withdrawn_at"],
        ledger_index=r["ledger_index"],
    )


def _cross_check(records: list[ConsentRecord], ledger: Ledger) -> None:
    """A consent row must agree with the ledger: its grant entry names it with the same patient,
    scopes and retention, and a withdrawal in the log is a withdrawal in the row. A row put back
    from before its withdrawal (its seal was genuine then) fails here."""
    if not records:
        return
    entries = ledger.entries()
    withdrawn = {e.get("consent_id") for e in entries if e.get("event") == ev.CONSENT_WITHDRAWN}
    for rec in records:
        idx = rec.ledger_index
        grant = entries[idx] if isinstance(idx, int) and 0 <= idx < len(entries) else {}
        kept = {
            "audio": rec.retention.audio_s,
            "transcript": rec.retention.transcript_s,
            "redacted": rec.retention.redacted_s,
        }
        if "note" in (grant.get("retention") or {}):  # grants from before note drafts have none
            kept["note"] = rec.retention.for_kind(ArtifactKind.NOTE) or 0
        elif rec.retention.note_s is not None:
            kept["note"] = rec.retention.note_s
        if (
            grant.get("event") != ev.CONSENT_GRANTED
            or grant.get("consent_id") != rec.id
            or grant.get("patient") != rec.patient_hash
            or grant.get("scopes") != sorted(s.value for s in rec.scopes)
            or grant.get("retention") != kept
        ):
            raise IntegrityError(
                f"consent {rec.id} does not match its grant in the ledger (scope, retention or "
                "patient): the vault was altered; nothing was done"
            )
        if rec.id in withdrawn and rec.withdrawn_at is None:
            raise IntegrityError(
                f"consent {rec.id} reads as live but the ledger records its withdrawal: the "
                "vault was altered; nothing was done"
            )


def _with_note_retention(vault: Vault, rec: ConsentRecord) -> ConsentRecord:
    keep = side_tables.note_retention(vault, rec.id)
    if keep is None:
        return rec
    return replace(rec, retention=replace(rec.retention, note_s=keep))


def consents_of(vault: Vault, patient_hash: str) -> list[ConsentRecord]:
    """A patient's consents, each row checked against its seal and against the ledger."""
    from localnotes.vault_ledger import ledger_of

    records = [
        _with_note_retention(vault, _row(r))
        for r in vault.rows("consents", "patient_hash = ?", (patient_hash,))
    ]
    _cross_check(records, ledger_of(vault))
    for i, c in enumerate(records):  # which later consent replaced it, if any
        later = next((d for d in records[i + 1 :] if c.in_force_at(d.granted_at)), None)
        records[i] = replace(c, replaced_by=later.id if later else None)
    return records


def live_consent(vault: Vault, patient_hash: str, now: float | None = None) -> ConsentRecord | None:
    now = time.time() if now is None else now
    live = [c for c in consents_of(vault, patient_hash) if c.live(now)]
    return live[-1] if live else None


def check_all(vault: Vault, ledger: Ledger) -> int:
    """Every consent row checked against its seal and against the ledger; how many there are."""
    records = [_with_note_retention(vault, _row(r)) for r in vault.rows("consents")]
    _cross_check(records, ledger)
    return len(records)


def get_consent(vault: Vault, consent_id: str) -> ConsentRecord:
    from localnotes.vault_ledger import ledger_of

    found = vault.rows("consents", "id = ?", (consent_id,))
    if not found:
        raise NotFoundError("no such consent")
    rec = _with_note_retention(vault, _row(found[0]))
    _cross_check([rec], ledger_of(vault))
    return rec


def grant(
    vault: Vault,
    ledger: Ledger,
    patient_ref: str,
    scopes: frozenset[Scope],
    retention: RetentionPolicy,
    method: str,
    witness: str | None,
    notice: str,
    expires: str | None,
    known_names: Sequence[str] = (),
) -> tuple[ConsentRecord, int]:
    """Record a consent, its ledger entry and the patient's `known_names` (always redacted) in
    one transaction: a name refused leaves no consent. Returns it and its ledger index."""
    if method not in METHODS:
        raise UsageError(f"unknown method {method!r}: use verbal or written")
    if not patient_ref.strip():
        raise UsageError("the patient reference may not be empty")
    now = time.time()
    expires_at = now + parse_duration(expires) if expires else None
    if expires_at is not None and expires_at <= now:
        raise UsageError("a consent that expires at once allows nothing; give a positive --expires")
    ph = vault.patient_hash(patient_ref)
    cid = secrets.token_hex(8)
    notice_sha = hashlib.sha256(notice.encode("utf-8")).hexdigest()
    names = known.merged(vault, ph, known_names) if known_names else None
    replaced = [c.id for c in consents_of(vault, ph) if c.live(now) and c.replaced_by is None]
    event: dict[str, Any] = {
        "event": ev.CONSENT_GRANTED,
        "patient": ph,
        "consent_id": cid,
        "scopes": sorted(s.value for s in scopes),
        "retention": {
            "audio": retention.audio_s,
            "transcript": retention.transcript_s,
            "redacted": retention.redacted_s,
            "note": retention.for_kind(ArtifactKind.NOTE) or 0,
        },
        "method": method,
        "witnessed": witness is not None,
        "notice_sha256": notice_sha,
    }
    if expires_at is not None:
        event["expires"] = format_utc(expires_at)
    if replaced:  # the log says that this consent replaces the one in force
        event["replaces"] = replaced
    with vault.transaction():
        ref = ledger.append(event)
        vault.insert_row(
            "consents",
            cid,
            {
                "patient_hash": ph,
                "scopes": ",".join(sorted(s.value for s in scopes)),
                "retain_audio": retention.audio_s,
                "retain_transcript": retention.transcript_s,
                "retain_redacted": retention.redacted_s,
                "method": method,
                "notice_sha256": notice_sha,
                "granted_at": now,
                "expires_at": expires_at,
                "withdrawn_at": None,
                "ledger_index": ref.index,
            },
            extra={
                "witness": patient_keys.seal(vault, ph, "witness", cid, witness.encode())
                if witness
                else None
            },
        )
        if retention.note_s is not None:
            side_tables.set_note_retention(vault, cid, retention.note_s)
        if names is not None:
            known.store(vault, ph, names)
    return get_consent(vault, cid), ref.index


def capture_grant(
    vault: Vault, patient_ref: str, scope: Scope, now: float | None = None
) -> CaptureGrant:
    """The permission to record or transcribe, or ConsentError (exit 3) naming what is missing."""
    now = time.time() if now is None else now
    ph = vault.patient_hash(patient_ref)
    history = consents_of(vault, ph)
    c = live_consent(vault, ph, now)
    if c is None:
        if not history:
            raise ConsentError(
                "no consent on record for this patient: record it first with "
                "`localnotes consent grant`"
            )
        last = history[-1]
        why = "was withdrawn" if last.withdrawn_at else "has expired"
        raise ConsentError(f"this patient's consent {why}; nothing was recorded or read")
    if scope not in c.scopes:
        raise ConsentError(
            f"this patient's consent does not cover {scope.value}; nothing was recorded or read"
        )
    return CaptureGrant(
        consent_id=c.id,
        patient_hash=ph,
        scopes=c.scopes,
        retention=c.retention,
        expires_at=c.expires_at,
    )


def is_withdrawn(vault: Vault, consent_id: str) -> bool:
    """Polled by a running recording: has this consent been withdrawn (by any process)?"""
    found = vault.rows("consents", "id = ?", (consent_id,))
    return not found or found[0]["withdrawn_at"] is not None


def withdraw(
    vault: Vault, ledger: Ledger, patient_ref: str, method: str = "verbal"
) -> list[ConsentRecord]:
    """Mark every live consent of the patient withdrawn, with a ledger entry each. Deleting what
    they covered is the caller's next step (see `withdrawal.withdraw_and_delete`)."""
    ph = vault.patient_hash(patient_ref)
    now = time.time()
    live = [c for c in consents_of(vault, ph) if c.live(now)]
    if not live:
        raise NotFoundError("this patient has no live consent to withdraw")
    with vault.transaction():
        for rec in live:
            ledger.append(
                {
                    "event": ev.CONSENT_WITHDRAWN,
                    "patient": ph,
                    "consent_id": rec.id,
                    "method": method,
                }
            )
            vault.update_row("consents", rec.id, {"withdrawn_at": now})
    return [get_consent(vault, rec.id) for rec in live]


def own_voice_grant(seconds: float) -> CaptureGrant:
    """Permission to capture the clinician's own voice for `voice enroll`: no patient is
    recorded, so no patient consent is needed; the audio is kept only in memory, as long as the
    enrolment takes, and only its voice vector is stored."""
    return CaptureGrant(
        consent_id="clinician-own-voice",
        patient_hash="",
        scopes=frozenset({Scope.AUDIO}),
        retention=RetentionPolicy(0, 0, 0),
        expires_at=time.time() + seconds + 60.0,
    )


def grant_of(rec: ConsentRecord) -> CaptureGrant:
    """The grant a consent already on record gives: for finishing a recording a crash interrupted
    (the caller has checked that it is live and covers what it will do)."""
    return CaptureGrant(rec.id, rec.patient_hash, rec.scopes, rec.retention, rec.expires_at)
