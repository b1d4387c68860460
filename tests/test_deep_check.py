"""`verify --artifacts` and `doctor --artifacts`: a flipped byte in a stored transcript is found
by the deep check, named by session and kind, before anyone opens that session."""

from __future__ import annotations

import json

from tests.conftest import DEMO_AUDIO, Cli, grant


def test_a_flipped_byte_is_found_by_the_deep_check_and_named(initialized: Cli) -> None:
    grant(initialized, "P-1", "--retain-audio", "30d")
    sid = initialized.json("transcribe", "P-1", str(DEMO_AUDIO))["session_id"]
    ok = initialized.json("verify", "--artifacts")
    assert ok["valid"] and ok["artifacts"]["artifacts_checked"] == 3  # audio, full, redacted
    assert ok["artifacts"]["damaged"] == []
    assert initialized.json("doctor", "--artifacts")["checks"][-1]["status"] == "ok"

    blobs = sorted((initialized.data_dir / "blobs").rglob("*.blob"), key=lambda p: p.stat().st_size)
    victim = blobs[0]  # the smallest: a transcript, not the audio
    data = bytearray(victim.read_bytes())
    data[len(data) // 2] ^= 0x01
    victim.write_bytes(bytes(data))

    assert initialized("verify").returncode == 0  # the log alone cannot see it
    r = initialized("verify", "--artifacts")
    assert r.returncode == 5
    assert "1 of 3 stored file(s) failed authentication" in r.stderr
    assert f"damaged: session {sid} " in r.stdout and victim.stem in r.stdout
    j = initialized("--json", "verify", "--artifacts")
    out = json.loads(j.stdout)
    assert j.returncode == 5 and out["valid"] is False
    (bad,) = out["artifacts"]["damaged"]
    assert bad["session_id"] == sid and bad["kind"] in {"transcript", "redacted"}

    d = initialized("--json", "doctor", "--artifacts")
    assert d.returncode == 1
    check = json.loads(d.stdout)["checks"][-1]
    assert check["name"] == "stored files" and check["status"] == "fail"
    assert sid in check["detail"]
