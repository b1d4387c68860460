"""The session pipeline: audio (a file or a recording in the vault) -> transcript -> redaction
-> encrypted storage -> ledger, with the consent's retention applied to every artifact.

Audio kept for 0 days is crypto-shredded as soon as the transcripts are stored; audio from a file
is stored only when the consent keeps it for longer than that."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from localnotes import consent, deletion, sessions, term_repair, transcript_journal
from localnotes.asr.whisper import AsrOptions, TranscriptionResult, usable_cores
from localnotes.config import Settings
from localnotes.errors import ConsentError
from localnotes.ledger import events as ev
from localnotes.ledger.log import Ledger
from localnotes.name_check import name_check_for, repairs_of
from localnotes.pcm import BYTES_PER_SECOND, SAMPLE_RATE, Float32Array
from localnotes.store.vault import Vault
from localnotes.types import (
    ArtifactKind,
    CaptureGrant,
    Scope,
    SessionState,
    Transcript,
    format_utc,
)

AUDIO_CHUNK = 32000  # 1 s of 16 kHz s16 mono per sealed chunk: a crash loses at most about 1 s
WINDOW_S = 600.0
#: Attribution reads 1.6 s pieces: a minute at a time keeps its memory small on long recordings.
ATTRIBUTION_WINDOW_S = 60.0
Progress = Callable[[str, float], None]


@dataclass(frozen=True)
class SessionResult:
    session_id: str
    duration_s: float
    segments: int
    words: int
    language: str
    model: str
    redaction_report: dict[str, int]
    audio_kept: bool
    resumed_s: float = 0.0  # transcribed before a crash, taken from the journal

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def asr_options(
    settings: Settings,
    model: str | None = None,
    device: str | None = None,
    compute_type: str | None = None,
    language: str | None = None,
) -> AsrOptions:
    from localnotes.asr.vocabulary import build_hotwords

    asr = settings.asr
    extra = asr.vocabulary_file
    # Hotwords are opt-in: docs/asr.md has what they cost and gain (benchmarks/asr_hotwords.py).
    hot = build_hotwords(Path(extra)) if extra else ""
    return AsrOptions(
        model=model or asr.model,
        device=device or asr.device,
        compute_type=compute_type or asr.compute_type,
        threads=asr.threads,
        beam_size=asr.beam_size,
        language=language or asr.language,
        hotwords=hot,
        check_drug_names=asr.check_drug_names,
    )


def models_dir(vault_or_dir: Vault | Path) -> Path:
    base = vault_or_dir.data_dir if isinstance(vault_or_dir, Vault) else vault_or_dir
    return base / "models"


def store_transcripts(
    vault: Vault,
    ledger: Ledger,
    settings: Settings,
    session_id: str,
    grant: CaptureGrant,
    result: TranscriptionResult,
    mode: str | None = None,
) -> Transcript:
    """Redact, seal both transcripts with their deadlines, and log it, then drop 0-day audio."""
    from localnotes import known as known_ids
    from localnotes.redact import get_redactor

    known = known_ids.load(vault, grant.patient_hash)
    red_settings = settings.redaction
    redactor = get_redactor(mode or red_settings.mode, red_settings.threshold, red_settings.states)
    # clinical term repair comes before redaction, so a repaired drug name is judged as one
    segments, repaired = term_repair.repair_segments(result.segments)
    repairs = result.repairs + repaired  # names checked against the audio, then term repair
    red = redactor.redact(segments, known=known)
    full = Transcript(
        segments, result.language, result.model, result.duration_s, red.report, repairs
    )
    redacted = Transcript(
        red.segments,
        result.language,
        result.model,
        result.duration_s,
        red.report,
        term_repair.redacted(repairs, redactor, known),
    )
    now = time.time()
    ids = [
        vault.put_artifact(
            session_id,
            ArtifactKind.TRANSCRIPT_FULL.value,
            sessions.transcript_to_bytes(full),
            expires_at=now + grant.retention.transcript_s,
        ),
        vault.put_artifact(
            session_id,
            ArtifactKind.TRANSCRIPT_REDACTED.value,
            sessions.transcript_to_bytes(redacted),
            expires_at=now + grant.retention.redacted_s,
        ),
    ]
    arts = [vault.artifact(i) for i in ids]
    with vault.transaction():
        # in the same transaction: a withdrawal or deletion that committed first wins
        sessions.still_wanted(vault, session_id, grant.consent_id)
        ledger.append(
            {
                "event": ev.TRANSCRIPT_CREATED,
                "patient": grant.patient_hash,
                "session_id": session_id,
                "consent_id": grant.consent_id,
                "model": result.model,
                "duration_s": round(result.duration_s, 1),
                "artifacts": [
                    {"kind": a.kind, "size": a.size, "created": format_utc(a.created_at)}
                    for a in arts
                ],
            }
        )
        sessions.set_state(vault, session_id, SessionState.COMPLETE)
    drop_zero_day_audio(vault, ledger, session_id, grant)
    return redacted


def warm_up(settings: Settings) -> None:
    """Build the redactor now (Presidio and spaCy load in about two seconds), so that a recording
    that transcribes as it goes has nothing slow left to do when the session stops."""
    from localnotes.redact import get_redactor

    get_redactor(settings.redaction.mode, settings.redaction.threshold)


def store_recording(
    vault: Vault,
    ledger: Ledger,
    settings: Settings,
    session_id: str,
    grant: CaptureGrant,
    result: TranscriptionResult,
) -> SessionResult:
    """Store a recording's transcription (made while it was recorded, or afterwards)."""
    redacted = store_transcripts(vault, ledger, settings, session_id, grant, result)
    kept = bool(deletion.session_artifact_ids(vault, session_id, (ArtifactKind.AUDIO.value,)))
    return _result(session_id, result, redacted, kept)


def drop_zero_day_audio(vault: Vault, ledger: Ledger, session_id: str, grant: CaptureGrant) -> None:
    """Audio the consent does not keep is shredded once the transcripts exist."""
    if grant.retention.audio_s > 0 and Scope.AUDIO in grant.scopes:
        return
    ids = deletion.session_artifact_ids(vault, session_id, (ArtifactKind.AUDIO.value,))
    if ids:
        deletion.delete_artifacts(vault, ledger, ids, grant.patient_hash, ev.REASON_RETENTION)


def transcribe_file(
    vault: Vault,
    ledger: Ledger,
    settings: Settings,
    patient_ref: str,
    path: Path,
    opts: AsrOptions,
    channels: str = "mix",
    progress: Progress | None = None,
    speakers: int | None = 2,
) -> SessionResult:
    """The whole pipeline for an existing recording. Refused (exit 3) before the file is read.
    A mixed (one-microphone) recording gets speaker labels for `speakers` voices (None: auto)."""
    from localnotes import transcription
    from localnotes.audio.decode import probe
    from localnotes.redact import build_beside

    grant = consent.capture_grant(vault, patient_ref, Scope.TRANSCRIPT)
    probe(path)  # a clear error for a missing, empty or non-audio file, before anything is stored
    sid = sessions.start(
        vault, ledger, grant, patient_ref, "file", SessionState.TRANSCRIBING, {"channels": channels}
    )
    keep_audio = Scope.AUDIO in grant.scopes and grant.retention.audio_s > 0
    attribute = channels != "split"
    watch = sessions.Watch(vault, sid, grant.consent_id)
    red = settings.redaction
    build_beside(red.mode, red.threshold, red.states)  # while Whisper runs; stored at the end

    def polled(f: float) -> None:
        watch.check()  # a withdrawal or deletion in another process stops the transcription
        if progress is not None:
            progress("transcribing", f)

    try:
        result = transcription.transcribe_file(
            path,
            replace(opts, word_timestamps=True) if attribute else opts,
            models_dir(vault),
            channels="split" if channels == "split" else "mix",
            progress=polled,
        )
        watch.check(force=True)
        if attribute:
            if progress:
                progress("attributing speakers", 0.0)
            result = attributed(vault, result, file_windows(path), speakers)
        if keep_audio:
            _store_file_audio(vault, sid, path, channels, grant)
        redacted = store_transcripts(vault, ledger, settings, sid, grant, result)
    except BaseException as e:
        deletion.abandon(vault, ledger, sid, grant.patient_hash, e)
        raise
    return _result(sid, result, redacted, keep_audio)


def file_windows(path: Path) -> Iterator[tuple[float, Float32Array]]:
    """A file as 16 kHz mono windows (start in seconds, samples), decoded once more."""
    from localnotes.audio.decode import iter_windows

    for w in iter_windows(path, window_s=ATTRIBUTION_WINDOW_S, channels="mix"):
        yield w.start_s, w.samples[0]


def _timed(
    windows: Iterable[Float32Array],
) -> Iterator[tuple[float, Float32Array]]:
    at = 0
    for w in windows:
        yield at / SAMPLE_RATE, w
        at += len(w)


def attributed(
    vault: Vault,
    result: TranscriptionResult,
    windows: Iterable[tuple[float, Float32Array]],
    speakers: int | None,
) -> TranscriptionResult:
    """The transcription with its segments re-cut into labelled turns."""
    from localnotes import attribution

    profile = attribution.clinician_profile(vault)
    workers = usable_cores()  # the transcription is done: its cores are free
    segments = attribution.attribute(result.segments, windows, speakers, profile, workers)
    return replace(result, segments=segments)


def _store_file_audio(
    vault: Vault, sid: str, path: Path, channels: str, grant: CaptureGrant
) -> None:
    from localnotes.audio.decode import Channels, iter_windows

    ch: Channels = "split" if channels == "split" else "mix"
    meta = {"sample_rate": SAMPLE_RATE, "channels": 2 if ch == "split" else 1, "format": "s16le"}
    with vault.artifact_writer(
        sid,
        ArtifactKind.AUDIO.value,
        meta,
        chunk_size=AUDIO_CHUNK,
        expires_at=time.time() + grant.retention.audio_s,
    ) as w:
        for window in iter_windows(path, window_s=WINDOW_S, channels=ch):
            pcm = np.clip(window.samples.T.reshape(-1), -1.0, 1.0)
            w.write((pcm * 32767.0).astype("<i2").tobytes())


def _result(
    sid: str, result: TranscriptionResult, redacted: Transcript, audio_kept: bool
) -> SessionResult:
    return SessionResult(
        sid,
        result.duration_s,
        len(result.segments),
        sum(len(s.text.split()) for s in result.segments),
        result.language,
        result.model,
        dict(redacted.redaction_report),
        audio_kept,
    )


def audio_windows(
    vault: Vault, artifact_id: str, window_s: float = WINDOW_S, skip: int = 0
) -> Iterator[Float32Array]:
    """A stored 16 kHz mono recording as float32 windows, read chunk by chunk from the vault,
    from its sample `skip` on."""
    limit = int(window_s * SAMPLE_RATE) * 2
    buf = bytearray()
    skip *= 2
    for chunk in vault.iter_artifact(artifact_id):
        if skip >= len(chunk):
            skip -= len(chunk)
            continue
        buf += chunk[skip:]
        skip = 0
        while len(buf) >= limit:
            yield np.frombuffer(bytes(buf[:limit]), dtype="<i2").astype(np.float32) / 32768.0
            del buf[:limit]
    if len(buf) >= 2:
        n = len(buf) // 2 * 2
        yield np.frombuffer(bytes(buf[:n]), dtype="<i2").astype(np.float32) / 32768.0


def transcribe_recording(
    vault: Vault,
    ledger: Ledger,
    settings: Settings,
    session_id: str,
    grant: CaptureGrant,
    opts: AsrOptions,
    speakers: int | None = 2,
    progress: Callable[[float], None] | None = None,
) -> SessionResult:
    """Transcribe a session's stored recording, label its speakers, then store the transcripts;
    `progress(fraction)` as the words come. What the recording already transcribed before a crash
    (its journal) is taken, not redone."""
    from localnotes.asr import whisper

    if not grant.covers(Scope.TRANSCRIPT, time.time()):
        raise ConsentError("the consent does not cover transcription; the audio was kept as agreed")
    audio = [a for a in vault.session_artifacts(session_id) if a.kind == ArtifactKind.AUDIO.value]
    opts = whisper.resolve_auto(opts, models_dir(vault))
    attribute = len(audio) == 1  # one recording: times in its segments match its audio
    watch = sessions.Watch(vault, session_id, grant.consent_id)
    journal = transcript_journal.read(vault, session_id)
    done = journal.end_sample if attribute else 0
    segments = list(journal.segments) if attribute else []
    total_s = max(sum(a.size for a in audio) / BYTES_PER_SECOND, 1e-9)
    before = 0.0  # seconds of the recordings already gone through
    # drug names checked against the audio (a part resumed from the journal was checked as it was
    # recorded; the record of its changes is not journaled, its text is)
    check = name_check_for(opts)
    for a in audio:
        for seg in whisper.transcribe_windows(
            audio_windows(vault, a.id, skip=done),
            replace(opts, word_timestamps=True) if attribute else opts,
            models_dir(vault),
            start_s=done / SAMPLE_RATE,
            after_window=check,
        ):
            watch.check()  # a withdrawal or deletion in another process stops it
            segments.append(seg)
            if progress is not None:
                progress(min(1.0, (before + seg.end) / total_s))
        before += a.size / BYTES_PER_SECOND
    duration = round(sum(a.size for a in audio) / BYTES_PER_SECOND, 3)
    result = TranscriptionResult(
        tuple(segments), opts.language or "en", duration, opts.model, repairs_of(check)
    )
    if attribute:
        result = attribute_recording(vault, session_id, result, speakers)
    stored = store_recording(vault, ledger, settings, session_id, grant, result)
    ids = list(journal.artifact_ids)
    deletion.delete_artifacts(vault, ledger, ids, grant.patient_hash, ev.REASON_REPLACED)
    return replace(stored, resumed_s=round(done / SAMPLE_RATE, 1))


def attribute_recording(
    vault: Vault, session_id: str, result: TranscriptionResult, speakers: int | None
) -> TranscriptionResult:
    """Label the turns of a session recorded as one stream, from its sealed audio."""
    audio = [a for a in vault.session_artifacts(session_id) if a.kind == ArtifactKind.AUDIO.value]
    if len(audio) != 1:  # times in the segments match one recording only
        return result
    windows = _timed(audio_windows(vault, audio[0].id, ATTRIBUTION_WINDOW_S))
    return attributed(vault, result, windows, speakers)
