"""Without the passphrase the data directory draws no patient's calendar: no file holds a
session's times (in any common encoding), its duration or the sizes of what it produced, and the
ledger still logs, verifies and issues receipts with the passphrase."""

from __future__ import annotations

import shutil
import sqlite3
import struct
import time
from datetime import UTC, datetime
from pathlib import Path

from localnotes.ledger.log import parse_time
from localnotes.sessions import find, load_transcript
from localnotes.store.vault import Vault
from localnotes.types import ArtifactKind
from localnotes.vault_ledger import ledger_of
from tests.conftest import DEMO_AUDIO, PASSPHRASE, Cli, grant


def time_patterns(s: int) -> list[bytes]:
    dt = datetime.fromtimestamp(s, UTC)
    return [
        dt.strftime("%Y-%m-%dT%H:%M:%S").encode(),
        dt.strftime("%Y-%m-%d %H:%M:%S").encode(),
        dt.strftime("%Y%m%d%H%M%S").encode(),
        str(s).encode(),
        struct.pack(">i", s),
        struct.pack("<i", s),
        struct.pack(">q", s),
        struct.pack("<q", s),
        struct.pack(">d", float(s))[:5],  # a REAL of that second, whatever its fraction
        struct.pack("<d", float(s))[3:],
    ]


def cleartext(path: Path, data: bytes) -> bytes:
    """What of a file can hold a pattern: all of it, but of an artifact's blob only its header
    (magic to kind, `crypto/container.py`). The AES-GCM chunks after it are random bytes: a
    4-byte pattern turns up by chance in a few MB of them (a fresh clone's run found a size
    packed as 4 bytes inside the audio's ciphertext), and no plaintext can show through them."""
    return data[: 29 + data[28]] if path.name.endswith(".blob") else data


def test_no_file_holds_a_sessions_times_duration_or_sizes(initialized: Cli, tmp_path: Path) -> None:
    grant(initialized, "P-1", "--retain-audio", "1d", "--retain-transcript", "30d")
    t0 = time.time()
    sid = initialized.json("transcribe", "P-1", str(DEMO_AUDIO))["session_id"]
    initialized("show", "--unredacted", sid, check=True)  # an unredacted view is logged too
    t1 = time.time()
    raw = tmp_path / "raw"
    shutil.copytree(initialized.data_dir, raw)  # what an attacker copies, before we open it
    files = {p: p.read_bytes() for p in raw.rglob("*") if p.is_file()}
    assert any(p.name.endswith(".blob") for p in files)

    v = Vault.open(initialized.data_dir, PASSPHRASE)
    try:
        entries = ledger_of(v).entries()
        arts = v.session_artifacts(sid)
        session = v.sessions("id = ?", (sid,))[0]
        durations = [e["duration_s"] for e in entries if "duration_s" in e]
        true_duration = load_transcript(v, find(v, sid), ArtifactKind.TRANSCRIPT_FULL).duration_s
    finally:
        v.close()
    seconds = set(range(int(t0) - 1, int(t1) + 2))
    seconds |= {int(parse_time(e["time"]).timestamp()) for e in entries}
    seconds |= {int(a.created_at) for a in arts} | {int(session.created_at)}
    patterns = {p for s in seconds for p in time_patterns(s)}
    patterns |= {repr(true_duration).encode(), struct.pack(">d", true_duration)}
    for a in arts:
        assert a.size > 255
        patterns |= {struct.pack(">i", a.size), struct.pack(">q", a.size)}
    assert all(data.startswith(b"LNBLOB") for p, data in files.items() if p.name.endswith(".blob"))
    hits = [
        (p.name, pat) for p, data in files.items() for pat in patterns if pat in cleartext(p, data)
    ]
    assert hits == []
    # the ledger keeps whole minutes and size classes, never the exact figures
    assert durations and all(d % 60 == 0 for d in durations)
    sizes = [a["size"] for e in entries for a in e.get("artifacts", []) if "size" in a]
    assert sizes and all(n & (n - 1) == 0 for n in sizes)
    assert true_duration not in durations
    # no pid and no exact time in the clear columns
    db = sqlite3.connect(raw / "vault.db")
    clear = db.execute("SELECT created_at, pid FROM sessions").fetchall()
    clear += db.execute("SELECT created_at, size FROM artifacts").fetchall()
    db.close()
    assert clear and all(row[0] == 0 and row[1] in (None, 0) for row in clear)
    # with the passphrase, the log still reads and verifies
    assert initialized.json("log", "P-1")["entries"]
    assert initialized("verify").returncode == 0
