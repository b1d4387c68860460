"""A second `consent grant` for a patient with a live consent replaces it, and says so: the log
entry names the consent it replaces, and `consent status` shows which one is live."""

from __future__ import annotations

from tests.conftest import Cli, grant


def test_a_second_grant_replaces_the_first_and_the_log_says_so(initialized: Cli) -> None:
    first = grant(initialized, "P-2X")["consent_id"]
    r = initialized("consent", "grant", "P-2X", "--scope", "transcript", "--yes", check=True)
    assert "replaces" in r.stdout
    second = initialized.json("consent", "status", "P-2X")
    assert second["live"]["scopes"] == ["transcript"]
    history = {c["consent_id"]: c for c in second["history"]}
    live_id = second["live"]["consent_id"]
    assert history[first]["live"] is False and history[first]["replaced_by"] == live_id
    assert history[live_id]["live"] is True and history[live_id]["replaced_by"] is None
    entries = initialized.json("log", "P-2X")["entries"]
    granted = [e for e in entries if e["event"] == "consent_granted"]
    assert granted[1]["replaces"] == [first] and "replaces" not in granted[0]
    assert "It replaces the consent you had given before" in initialized("log", "P-2X").stdout
    # withdrawing withdraws both, so nothing either covered survives
    initialized("consent", "withdraw", "P-2X", "--yes", check=True)
    after = initialized.json("consent", "status", "P-2X")
    assert after["live"] is None and all(c["withdrawn_at"] for c in after["history"])
