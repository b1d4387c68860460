"""The recording started from the page: `recording.record_session` in a background thread.

The capture runs here, on this computer's microphone; the browser is a remote control. The hooks
of `record_session` write the level, elapsed time, live text and phase into a `RecordingState`,
which the page polls as JSON. Stop sets the event `record_session` watches. The live text is
kept in memory only, and dropped when the vault locks.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import Any

from localnotes.errors import LocalNotesError, UsageError
from localnotes.web.vault_session import VaultSession

ACTIVE = ("starting", "recording", "transcribing")
MAX_LIVE_LINES = 20000
PARAGRAPH_S = 20.0


@dataclass
class RecordingState:
    phase: str = "idle"  # idle | starting | recording | transcribing | done | failed
    patient_hash: str | None = None
    session_id: str | None = None
    started_at: float | None = None
    elapsed_s: float = 0.0
    level_dbfs: float = -120.0
    live: list[tuple[float, str]] = field(default_factory=list)
    error: str | None = None
    result: dict[str, Any] | None = None
    #: while recording, when this computer falls behind: about how long after Stop it is ready
    ready_after_s: float | None = None
    #: after Stop: the audio left to transcribe, then how long the stored transcript took
    left_s: float | None = None
    stopped_at: float | None = None
    ready_in_s: float | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "phase": self.phase,
            "active": self.phase in ACTIVE,
            "session_id": self.session_id,
            "elapsed_s": round(self.elapsed_s, 1),
            "level_dbfs": round(self.level_dbfs, 1),
            "live": paragraphs(self.live),
            "error": self.error,
            "result": self.result,
            "ready_after_min": None
            if self.ready_after_s is None
            else ready_minutes(self.ready_after_s),
            "left_s": None if self.left_s is None else round(self.left_s),
            "ready_in_s": None if self.ready_in_s is None else round(self.ready_in_s, 1),
        }


def ready_minutes(seconds: float) -> int:
    """'ready about N minutes after you stop', N at least 1."""
    return max(1, round(seconds / 60))


def paragraphs(items: list[tuple[float, str]], span_s: float = PARAGRAPH_S) -> list[dict[str, Any]]:
    """Live text (committed a word or a phrase at a time) as readable paragraphs: a new one
    after the end of a sentence, or when the current one spans `span_s` seconds."""
    out: list[dict[str, Any]] = []
    for at, text in items:
        if out and not out[-1]["text"].endswith((".", "?", "!")) and at - out[-1]["at"] < span_s:
            out[-1]["text"] += " " + text
        else:
            out.append({"at": round(at, 1), "text": text})
    return out


class Recorder:
    def __init__(self, vaults: VaultSession) -> None:
        self._vaults = vaults
        self._mutex = threading.Lock()
        self._state = RecordingState()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        vaults.busy = lambda: self.active
        vaults.on_lock(self.forget)

    @property
    def active(self) -> bool:
        return self._state.phase in ACTIVE

    def snapshot(self) -> dict[str, Any]:
        with self._mutex:
            return self._state.as_json()

    @property
    def patient_hash(self) -> str | None:
        return self._state.patient_hash

    def start(self, patient_ref: str, device: str | int | None = None) -> None:
        """Check the consent now (ConsentError before any device opens), then record."""
        from localnotes import pipeline, recording

        if self.active:
            raise UsageError("a recording is already running: stop it first")
        # outside the mutex: use() may lock an idle vault, and locking calls forget()
        with self._vaults.use() as vault:
            grant = recording.grant_for_recording(vault, patient_ref)
        opts = pipeline.asr_options(self._vaults.settings)
        with self._mutex:
            if self._state.phase in ACTIVE:
                raise UsageError("a recording is already running: stop it first")
            self._state = RecordingState(
                phase="starting", patient_hash=grant.patient_hash, started_at=time.time()
            )
            self._stop = threading.Event()
            self._thread = threading.Thread(
                target=self._run,
                args=(patient_ref, device, opts),
                name="localnotes-recording",
                daemon=True,
            )
            self._thread.start()

    def stop(self) -> None:
        self._stop.set()

    def wait(self, timeout: float | None = None) -> None:
        t = self._thread
        if t is not None:
            t.join(timeout)

    def forget(self) -> None:
        """Drop the live text and result (the vault locked)."""
        with self._mutex:
            if self._state.phase not in ACTIVE:
                self._state = RecordingState()

    def _set(self, **changes: Any) -> None:
        with self._mutex:
            for key, value in changes.items():
                setattr(self._state, key, value)

    def _level(self, elapsed_s: float, dbfs: float) -> None:
        self._set(elapsed_s=elapsed_s, level_dbfs=dbfs)

    def _phase(self, phase: str) -> None:
        """'transcribing' comes as the capture ends: the clock of stop-to-ready starts."""
        self._set(phase=phase, stopped_at=time.time() if phase == "transcribing" else None)

    def _text(self, text: str, start_s: float) -> None:
        with self._mutex:
            if len(self._state.live) < MAX_LIVE_LINES:
                self._state.live.append((start_s, text.strip()))

    def hooks(self) -> Any:
        """What `record_session` reports, written into the state the page polls."""
        from localnotes import recording

        return recording.RecordingHooks(
            on_level=self._level,
            on_live_text=self._text,
            on_started=lambda sid: self._set(phase="recording", session_id=sid),
            on_phase=self._phase,
            on_behind=lambda s: self._set(ready_after_s=s),
            on_backlog=lambda s: self._set(left_s=s),
        )

    def _run(self, patient_ref: str, device: str | int | None, opts: Any) -> None:
        from localnotes import recording
        from localnotes.vault_ledger import ledger_of

        hooks = self.hooks()
        try:
            vault = self._vaults.recording_vault()
        except LocalNotesError as e:
            self._set(phase="failed", error=e.message)
            return
        try:
            res = recording.record_session(
                vault,
                ledger_of(vault),
                self._vaults.settings,
                patient_ref,
                opts,
                device,
                None,
                hooks,
                self._stop,
            )
            stopped = self._state.stopped_at
            self._set(
                phase="done",
                result=res.as_dict() if res else {"transcribed": False},
                ready_in_s=None if stopped is None else time.time() - stopped,
            )
        except LocalNotesError as e:
            self._set(phase="failed", error=e.message)
        except Exception as e:  # the page must learn the recording ended, whatever happened
            self._set(phase="failed", error=f"unexpected error: {type(e).__name__}")
            raise
        finally:
            vault.close()
