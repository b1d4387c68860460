"""Issue 18 as a user meets it: a known identifier wins over the state policy, and the policy is a
setting. The real phone call of tests/data ("I'm Sheila in Texas", "Diane in New Jersey") is
transcribed through the CLI and shown redacted."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import Cli, grant

CALL = Path(__file__).resolve().parent / "data" / "real-speech" / "phone_call_2spk.wav"


def _shown(cli: Cli, *global_args: str) -> tuple[str, str]:
    sid = cli.json(*global_args, "transcribe", "P-001", str(CALL))["session_id"]
    red = cli(*global_args, "show", sid, check=True).stdout
    full = cli(*global_args, "show", sid, "--unredacted", check=True).stdout
    return red, full


@pytest.mark.slow
def test_states_stay_by_default_and_a_known_state_is_redacted(initialized: Cli) -> None:
    grant(initialized, "P-001")
    red, full = _shown(initialized)
    assert "Texas" in full and "Jersey" in full  # what the call says, so the checks below can fail
    assert "Texas" in red and "New Jersey" in red  # one policy: both states kept
    initialized("known", "add", "P-001", "Texas", "--kind", "LOCATION", check=True)
    red, _full = _shown(initialized)
    assert "Texas" not in red and "[LOCATION]" in red
    assert "New Jersey" in red


@pytest.mark.slow
def test_the_state_policy_can_redact_states(initialized: Cli, tmp_path: Path) -> None:
    conf = tmp_path / "localnotes.toml"
    conf.write_text('[redaction]\nstates = "redact"\n')
    grant(initialized, "P-001")
    red, full = _shown(initialized, "--config", str(conf))
    assert "Texas" in full and "Jersey" in full
    assert "Texas" not in red and "Jersey" not in red
