"""The demo: a complete session on the bundled recording, in a temporary vault that is removed
afterwards. Everything said in the recording is invented."""

from __future__ import annotations

import secrets
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from localnotes import consent, known, pipeline, sessions
from localnotes.config import Settings
from localnotes.ledger.history import render_history_text
from localnotes.ledger.receipts import make_receipt, verify_receipt_against
from localnotes.store.vault import KdfSettings, Vault
from localnotes.types import ArtifactKind, Scope
from localnotes.vault_ledger import ledger_of

PATIENT = "DEMO-001"


@dataclass
class DemoResult:
    session_id: str
    redacted_text: str
    history_text: str
    summary: dict[str, Any]


def recording() -> Path:
    return Path(str(resources.files("localnotes").joinpath("data/demo_session.ogg")))


def run(
    settings: Settings, kdf: KdfSettings, say: Callable[[str], None], keep: Path | None = None
) -> DemoResult:
    tmp = Path(tempfile.mkdtemp(prefix="localnotes-demo-"))
    data_dir = keep or tmp / "vault"
    try:
        say(f"1. Creating a temporary encrypted vault in {data_dir}")
        vault = Vault.create(data_dir, secrets.token_urlsafe(24), kdf)
        try:
            return _session(vault, settings, say)
        finally:
            vault.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _session(vault: Vault, settings: Settings, say: Callable[[str], None]) -> DemoResult:
    ledger = ledger_of(vault)
    scopes = frozenset({Scope.AUDIO, Scope.TRANSCRIPT})
    pol = consent.retention_for(settings, scopes, None, None, None)
    rec, index = consent.grant(
        vault,
        ledger,
        PATIENT,
        scopes,
        pol,
        "verbal",
        None,
        consent.default_notice(),
        None,
    )
    known.add(vault, rec.patient_hash, ["Daniel"])
    receipt = make_receipt(ledger, index, details=settings.clinic_details)
    say(
        f"2. Consent recorded for patient {PATIENT} (audio kept 0 days, full transcript 30 days, "
        f"redacted transcript 7 years); receipt code {receipt['verification_code']}"
    )
    say("3. Transcribing the bundled recording on this computer (no network), then redacting")
    res = pipeline.transcribe_file(
        vault, ledger, settings, PATIENT, recording(), pipeline.asr_options(settings)
    )
    info = sessions.find(vault, res.session_id)
    redacted = sessions.load_transcript(vault, info, ArtifactKind.TRANSCRIPT_REDACTED)
    text = "\n".join(s.text.strip() for s in redacted.segments if s.text.strip())
    verify_receipt_against(ledger, receipt)
    ledger.verify_all()
    history = render_history_text(ledger.entries(rec.patient_hash))
    audio_left = [a for a in vault.session_artifacts(res.session_id) if a.kind == "audio"]
    summary = {
        "session_id": res.session_id,
        "duration_s": res.duration_s,
        "words": res.words,
        "redaction_report": res.redaction_report,
        "audio_left": len(audio_left),
        "receipt_verified": True,
        "log_verified": True,
    }
    return DemoResult(res.session_id, text, history, summary)
