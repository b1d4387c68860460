"""Recording a session from a microphone: consent first, then capture straight into a sealed,
streaming audio artifact (never plaintext on disk, never the whole session in memory), then the
pipeline. Withdrawal of consent in another process stops the capture within a fraction of a second.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace

from localnotes import consent, deletion, pipeline, sessions
from localnotes.asr.whisper import AsrOptions, TranscriptionResult
from localnotes.audio.live import LiveTranscriber
from localnotes.config import Settings
from localnotes.errors import ConsentError, LocalNotesError
from localnotes.ledger import events as ev
from localnotes.ledger.log import Ledger
from localnotes.pcm import SAMPLE_RATE
from localnotes.session_transcriber import SessionTranscriber
from localnotes.store.vault import ArtifactWriter, Vault
from localnotes.transcript_journal import JournalWriter
from localnotes.types import ArtifactKind, CaptureGrant, Scope, Segment, SessionState

SYNC_EVERY_S = 2.0
BEHIND_EVERY_S = 30.0


@dataclass(frozen=True)
class RecordingHooks:
    on_level: Callable[[float, float], None] | None = None
    on_live_text: Callable[[str, float], None] | None = None
    on_started: Callable[[str], None] | None = None
    on_phase: Callable[[str], None] | None = None
    #: seconds of audio still to transcribe when capture ends (usually under one window)
    on_backlog: Callable[[float], None] | None = None
    #: while recording, when transcription falls behind: about how long after stop it will be ready
    on_behind: Callable[[float], None] | None = None


def _transcriber(
    vault: Vault, settings: Settings, opts: AsrOptions, live: bool, journal: list[JournalWriter]
) -> SessionTranscriber:
    """The stored transcript is made while the session records (see session_transcriber), and
    each window's part of it is sealed in the journal (made once the session starts) as soon as
    it exists. With the live view on, it runs beside it (`beside_live`: a model instance of its
    own with one thread, at a lower priority), so that its windows never hold up the live view's
    short passes."""
    from localnotes.asr.whisper import resolve_auto

    # word timestamps: speaker attribution splits turns at words when the session ends
    opts = replace(resolve_auto(opts, pipeline.models_dir(vault)), word_timestamps=True)
    broken: list[bool] = []

    def journal_window(end_sample: int, segments: list[Segment]) -> None:
        if broken or not journal:
            return
        try:
            journal[0].add(end_sample, segments)
        except LocalNotesError:  # a full disk: the session goes on; a crash would redo more
            broken.append(True)

    return SessionTranscriber(
        opts,
        pipeline.models_dir(vault),
        prepare=lambda: pipeline.warm_up(settings),
        on_window=journal_window,
        embed_voices=True,  # speaker attribution window by window: only the grouping at stop
        beside_live=live,
    ).start()


def _why_stopped(watch: sessions.Watch) -> sessions.Cancelled:
    try:
        watch.check(force=True)
    except sessions.Cancelled as e:
        return e
    return sessions.Cancelled("deleted")


def _attributed(
    vault: Vault, sid: str, streaming: SessionTranscriber, speakers: int | None
) -> TranscriptionResult:
    """The whole session's transcription labelled by speaker: from the voices embedded while it
    recorded (only the grouping is left), or else from the whole sealed recording."""
    from localnotes import attribution

    result = streaming.finish()
    labelled = streaming.attributed(result, speakers, attribution.clinician_profile(vault))
    if labelled is not None:
        return labelled
    return pipeline.attribute_recording(vault, sid, result, speakers)


def grant_for_recording(vault: Vault, patient_ref: str) -> CaptureGrant:
    """Recording needs a live consent covering the transcript, or at least the audio."""
    try:
        return consent.capture_grant(vault, patient_ref, Scope.TRANSCRIPT)
    except ConsentError as first:
        try:
            return consent.capture_grant(vault, patient_ref, Scope.AUDIO)
        except ConsentError:
            raise first from None


def _live(opts: AsrOptions, vault: Vault, on_text: Callable[[str, float], None]) -> LiveTranscriber:
    from localnotes.asr.live_window import make_live_window

    return LiveTranscriber(make_live_window(opts, pipeline.models_dir(vault)), on_text).start()


def record_session(
    vault: Vault,
    ledger: Ledger,
    settings: Settings,
    patient_ref: str,
    opts: AsrOptions,
    device: str | int | None = None,
    seconds: float | None = None,
    hooks: RecordingHooks | None = None,
    stop_event: threading.Event | None = None,
    speakers: int | None = 2,
) -> pipeline.SessionResult | None:
    """Record, then transcribe. Returns None when the consent covers audio only."""
    from localnotes.audio import capture

    hooks = hooks or RecordingHooks()
    grant = grant_for_recording(vault, patient_ref)  # exit 3 before any device is opened
    live = _live(opts, vault, hooks.on_live_text) if hooks.on_live_text else None
    journal: list[JournalWriter] = []  # the transcript so far, sealed window by window
    streaming = (
        _transcriber(vault, settings, opts, live is not None, journal)
        if grant.covers(Scope.TRANSCRIPT, time.time())
        else None
    )

    def drop_journal() -> None:
        if streaming is not None:
            streaming.cancel()
        if journal:
            with contextlib.suppress(LocalNotesError):  # if not, maintenance shreds it later
                journal[0].discard()

    meta = {"sample_rate": SAMPLE_RATE, "channels": 1, "format": "s16le"}
    keep_s = grant.retention.audio_s if Scope.AUDIO in grant.scopes else 0
    last_sync = [time.monotonic()]
    last_told = [time.monotonic()]
    opened: list[tuple[str, ArtifactWriter, sessions.Watch]] = []

    def on_open() -> None:
        # only once the device is open and capturing: a microphone that cannot be used leaves
        # no session and no `recording_started` entry behind
        sid = sessions.start(
            vault, ledger, grant, patient_ref, "microphone", SessionState.RECORDING
        )
        w = vault.artifact_writer(
            sid,
            ArtifactKind.AUDIO.value,
            meta,
            chunk_size=pipeline.AUDIO_CHUNK,
            expires_at=time.time() + keep_s,
        )
        # a withdrawal or a deletion of this session in another process stops the capture
        opened.append((sid, w, sessions.Watch(vault, sid, grant.consent_id)))
        if streaming is not None:
            expires = time.time() + grant.retention.transcript_s
            journal.append(JournalWriter(vault, sid, expires))
        if hooks.on_started:
            hooks.on_started(sid)

    def sink(pcm: bytes) -> None:
        writer = opened[0][1]
        writer.write(pcm)
        if streaming is not None:
            streaming.feed(pcm)
            # a machine that cannot keep up says so, at most every BEHIND_EVERY_S
            now = time.monotonic()
            if (
                hooks.on_behind
                and now - last_told[0] >= BEHIND_EVERY_S
                and streaming.backlog_s > 2 * streaming.window_s
            ):
                last_told[0] = now
                hooks.on_behind(streaming.ready_after_stop_s)
        if live is not None:
            live.feed(pcm)
        if time.monotonic() - last_sync[0] >= SYNC_EVERY_S:
            writer.sync()
            last_sync[0] = time.monotonic()

    try:
        stats = capture.record(
            grant,
            sink,
            device=device,
            seconds=seconds,
            should_stop=lambda: bool(opened) and opened[0][2].stopped(),
            on_level=hooks.on_level,
            stop_event=stop_event,
            on_open=on_open,
        )
    except BaseException:
        if opened:
            opened[0][1].close()
        if streaming is not None:
            streaming.cancel()
        if journal:
            with contextlib.suppress(LocalNotesError):
                journal[0].close()  # what was transcribed is kept for the recovery
        if live is not None:
            live.close()
        raise  # a session that started is finished by the next command's recovery
    sid, writer, watch = opened[0]
    writer.close()
    if live is not None:
        live.close()
    withdrawn = consent.is_withdrawn(vault, grant.consent_id)
    if not withdrawn and watch.stopped():  # deleted (or its consent ran out) meanwhile
        drop_journal()
        why = _why_stopped(watch)
        deletion.abandon(vault, ledger, sid, grant.patient_hash, why)
        raise why
    with vault.transaction():
        ledger.append(
            {
                "event": ev.RECORDING_STOPPED,
                "patient": grant.patient_hash,
                "session_id": sid,
                "consent_id": grant.consent_id,
                "duration_s": round(stats.seconds, 1),
                "reason": ev.REASON_CONSENT_WITHDRAWN if withdrawn else ev.REASON_STOPPED,
            }
        )
        state = SessionState.WITHDRAWN if withdrawn else SessionState.TRANSCRIBING
        sessions.set_state(vault, sid, state)
    covered = grant.covers(Scope.TRANSCRIPT, time.time())
    if withdrawn or not covered:
        drop_journal()
    if withdrawn:
        raise ConsentError(
            "consent was withdrawn during the session: the recording stopped and "
            "what it covered is deleted"
        )
    if not covered:
        with vault.transaction():
            sessions.set_state(vault, sid, SessionState.COMPLETE)
        return None
    try:
        if streaming is None:  # not covered when capture began, covered now: transcribe afterwards
            if hooks.on_phase:
                hooks.on_phase("transcribing")
            return pipeline.transcribe_recording(vault, ledger, settings, sid, grant, opts)
        if hooks.on_phase:
            hooks.on_phase("transcribing")
        if hooks.on_backlog:
            hooks.on_backlog(streaming.backlog_s)
        result = _attributed(vault, sid, streaming, speakers)
        stored = pipeline.store_recording(vault, ledger, settings, sid, grant, result)
    except sessions.Cancelled as e:  # withdrawn or deleted while the last window was transcribed
        drop_journal()
        deletion.abandon(vault, ledger, sid, grant.patient_hash, e)
        raise
    except LocalNotesError:
        drop_journal()
        with vault.transaction():
            sessions.set_state(vault, sid, SessionState.INTERRUPTED)
        raise
    drop_journal()  # the transcripts are stored: the transcript so far goes
    return stored
