"""Start-up maintenance, run whenever a command opens the vault, in this order:

1. crash recovery of the vault (partial blobs re-sealed up to their last good chunk, orphans gone);
2. deletions a crash interrupted are finished and logged;
3. recordings a crash interrupted are closed, logged, and transcribed if the consent allows;
4. retention is enforced.

When there is nothing to do this costs a handful of indexed queries. Reports hold counts and
random ids only, never patient data.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from localnotes import consent, deletion, retention, sessions
from localnotes.config import Settings
from localnotes.errors import LocalNotesError
from localnotes.ledger import events as ev
from localnotes.ledger.log import Ledger
from localnotes.pcm import BYTES_PER_SECOND
from localnotes.store.vault import Vault
from localnotes.types import ArtifactKind, Scope, SessionState
from localnotes.vault_ledger import ledger_of, session_entry

log = logging.getLogger(__name__)


def interrupted_sessions(vault: Vault) -> list[sessions.SessionInfo]:
    out = []
    for s in sessions.list_sessions(vault):
        if not s.state.running:
            continue
        writing = vault.session_artifacts(s.id, ("writing",))
        if writing or sessions.running_elsewhere(s.pid):
            continue  # still running in another process
        out.append(s)
    return out


def complete_interrupted(
    vault: Vault,
    ledger: Ledger,
    settings: Settings,
    s: sessions.SessionInfo,
    announce: Callable[[str], None] | None = None,
    progress: Callable[[float], None] | None = None,
) -> dict[str, Any]:
    """Close a session whose process died: log it, keep what the recording saved, and finish it.
    Transcribing it can take minutes: `announce` says so first, `progress` follows it."""
    audio = [a for a in vault.session_artifacts(s.id) if a.kind == ArtifactKind.AUDIO.value]
    seconds = round(sum(a.size for a in audio) / BYTES_PER_SECOND, 1)
    with vault.transaction():
        ledger.append(
            session_entry(s, ev.RECORDING_INTERRUPTED, duration_s=seconds, reason=ev.REASON_CRASH)
        )
        sessions.set_state(vault, s.id, SessionState.INTERRUPTED)
    outcome: dict[str, Any] = {"session_id": s.id, "recovered_audio_s": seconds}
    rec = consent.get_consent(vault, s.consent_id)
    live = rec.live(time.time())
    # an empty recording is never completed (nor "transcribed"): it is closed as deleted
    if s.source == "microphone" and seconds > 0 and live and Scope.TRANSCRIPT in rec.scopes:
        from localnotes import pipeline

        if announce is not None:
            announce(
                f"session {s.id} was interrupted by a crash: transcribing the {seconds} s "
                "of audio it saved"
            )
        res = pipeline.transcribe_recording(
            vault,
            ledger,
            settings,
            s.id,
            consent.grant_of(rec),
            pipeline.asr_options(settings),
            progress=progress,
        )
        outcome["transcribed"] = True
        outcome["segments"] = res.segments
        outcome["resumed_s"] = res.resumed_s  # transcribed before the crash: not redone
    elif seconds > 0 and live and Scope.AUDIO in rec.scopes:
        with vault.transaction():
            sessions.set_state(vault, s.id, SessionState.COMPLETE)
        outcome["kept_audio_only"] = True
    else:
        reason = ev.REASON_CONSENT_WITHDRAWN if rec.withdrawn_at else ev.REASON_CRASH
        deletion.delete_sessions(vault, ledger, [s.id], s.patient_hash, reason)
        outcome["deleted"] = True
    return outcome


def drop_finished_journals(vault: Vault, ledger: Ledger) -> int:
    """A journal (the transcript so far) whose session is over is debris: a crash came between
    storing the transcripts and discarding it. It is shredded like any artifact."""
    kind = ArtifactKind.TRANSCRIPT_PARTIAL.value
    found = vault.artifacts("kind = ? AND state = 'complete'", (kind,))
    n = 0
    for a in found:
        owner = vault.sessions("id = ?", (a.session_id,))
        if owner and not owner[0].state.running:
            deletion.delete_artifacts(
                vault, ledger, [a.id], owner[0].patient_hash, ev.REASON_REPLACED
            )
            n += 1
    return n


def run(
    vault: Vault,
    settings: Settings,
    announce: Callable[[str], None] | None = None,
    progress: Callable[[float], None] | None = None,
) -> dict[str, Any]:
    """Everything above, in order; `announce` and `progress` are told before a slow step (the
    transcription of an interrupted recording) and while it runs."""
    report: dict[str, Any] = {"recovery": vault.recover()}
    ledger = ledger_of(vault)
    consent.check_all(vault, ledger)  # a consent row edited or put back is exit 5 at once
    finished = deletion.complete(vault, ledger)
    report["deletions_finished"] = len(finished)
    report["interrupted"] = []
    for s in interrupted_sessions(vault):
        try:
            done = complete_interrupted(vault, ledger, settings, s, announce, progress)
            report["interrupted"].append(done)
        except LocalNotesError as e:
            report["interrupted"].append({"session_id": s.id, "error": e.message})
    report["journals_dropped"] = drop_finished_journals(vault, ledger)
    ret = retention.enforce(vault, ledger)
    report["retention_deleted_sessions"] = ret.deleted_sessions
    report["retention"] = ret.as_dict()
    log.debug("maintenance: %s", {k: v for k, v in report.items() if k != "interrupted"})
    return report


def describe(report: dict[str, Any]) -> list[str]:
    """Lines for a person about what maintenance did (ids and counts only)."""
    out = []
    rec = report.get("recovery", {})
    if rec.get("recovered"):
        out.append(f"recovered {rec['recovered']} artifact(s) cut short by a crash")
    if rec.get("missing_blobs"):
        out.append(f"warning: {rec['missing_blobs']} encrypted file(s) are missing from the vault")
    if report.get("deletions_finished"):
        out.append(f"finished {report['deletions_finished']} interrupted deletion(s)")
    for i in report.get("interrupted", []):
        what = (
            "transcribed"
            if i.get("transcribed")
            else "deleted"
            if i.get("deleted")
            else "kept"
            if i.get("kept_audio_only")
            else f"not finished: {i.get('error')}"
        )
        if i.get("resumed_s"):
            what += f" ({i['resumed_s']} s of it had been transcribed before the crash)"
        out.append(
            f"session {i['session_id']} was interrupted by a crash "
            f"({i.get('recovered_audio_s', 0)} s of audio saved): {what}"
        )
    n = len(report.get("retention_deleted_sessions", []))
    if n:
        out.append(f"retention: deleted expired data of {n} session(s)")
    return out
