"""The log and the certificates say why something was deleted as it happened (the clinician
deleted it, the patient asked, the consent was withdrawn, retention ran out) and what deletion
covers and what it cannot (a backup made earlier, disks that keep old blocks)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import DEMO_AUDIO, Cli, grant


def cert_text(cli: Cli, tmp_path: Path, *args: str) -> tuple[str, str]:
    out = tmp_path / f"cert-{len(list(tmp_path.glob('cert-*.json')))}.json"
    cli(*args, "--receipt-out", str(out), "--yes", check=True)
    reason = json.loads(json.loads(out.read_text())["event"])["reason"]
    return reason, out.with_suffix(".txt").read_text()


def test_each_deletion_says_its_own_reason_and_what_it_covers(
    initialized: Cli, tmp_path: Path
) -> None:
    for p in ("P-C", "P-A", "P-W"):
        grant(initialized, p, "--retain-audio", "30d")
    sids = {
        p: initialized.json("transcribe", p, str(DEMO_AUDIO))["session_id"] for p in ("P-C", "P-A")
    }
    initialized.json("transcribe", "P-W", str(DEMO_AUDIO))
    reason, text = cert_text(initialized, tmp_path, "delete", sids["P-C"])
    assert reason == "clinician" and "your clinician deleted it" in text
    assert "asked for it" not in text
    assert "backup" in text and "not covered" in text  # no promise about copies made earlier
    reason, text = cert_text(initialized, tmp_path, "delete", sids["P-A"], "--patient-asked")
    assert reason == "patient_request" and "you asked for it to be deleted" in text
    reason, text = cert_text(initialized, tmp_path, "consent", "withdraw", "P-W")
    assert reason == "consent_withdrawn" and "you withdrew your consent" in text
    log = initialized("log", "P-C", check=True).stdout
    assert "your clinician deleted it" in log and "you asked for it" not in log
