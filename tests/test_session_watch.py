"""The watch a recording polls (20 times a second) reads the consent and the session only when the
vault changed, and still sees a withdrawal or a deletion made by another process or by its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from localnotes import consent, sessions
from localnotes.store.vault import KdfSettings, Vault
from localnotes.types import RetentionPolicy, Scope
from localnotes.vault_ledger import ledger_of

KDF = KdfSettings(65536, 1, 1)


def _recording(v: Vault, patient: str) -> tuple[str, str]:
    ledger = ledger_of(v)
    rec, _ = consent.grant(
        v,
        ledger,
        patient,
        frozenset({Scope.AUDIO, Scope.TRANSCRIPT}),
        RetentionPolicy(0, 86400, 86400),
        "verbal",
        None,
        "notice",
        None,
    )
    g = consent.capture_grant(v, patient, Scope.TRANSCRIPT)
    sid = sessions.start(v, ledger, g, patient, "microphone", "recording")
    return sid, rec.id


def test_nothing_changed_costs_no_reading(tmp_path: Path) -> None:
    v = Vault.create(tmp_path / "v", "pw", KDF)
    sid, cid = _recording(v, "P-1")
    w = sessions.Watch(v, sid, cid, every_s=0.0)
    for _ in range(50):
        w.check()
    assert w.readings == 1  # the first poll reads; the 49 after it see an unchanged vault
    v.close()


@pytest.mark.parametrize("where", ["another connection", "this connection"])
def test_a_withdrawal_is_seen_at_the_next_poll(tmp_path: Path, where: str) -> None:
    v = Vault.create(tmp_path / "v", "pw", KDF)
    sid, cid = _recording(v, "P-2")
    w = sessions.Watch(v, sid, cid, every_s=0.0)
    w.check()
    other = Vault.open(tmp_path / "v", "pw") if where == "another connection" else v
    consent.withdraw(other, ledger_of(other), "P-2")
    with pytest.raises(sessions.Cancelled) as e:
        w.check()
    assert e.value.why == "withdrawn"
    assert w.stopped()
    if other is not v:
        other.close()
    v.close()


def test_a_deletion_elsewhere_is_seen(tmp_path: Path) -> None:
    v = Vault.create(tmp_path / "v", "pw", KDF)
    sid, cid = _recording(v, "P-3")
    w = sessions.Watch(v, sid, cid, every_s=0.0)
    w.check()
    other = Vault.open(tmp_path / "v", "pw")
    with other.transaction():
        sessions.set_state(other, sid, "deleted")
    other.close()
    with pytest.raises(sessions.Cancelled) as e:
        w.check()
    assert e.value.why == "deleted"
    v.close()
