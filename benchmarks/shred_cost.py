"""What overwriting the WAL before truncating it (store/wal.py) costs a deletion, on this machine.

A vault with a patient whose consent covers N sessions (default 50), each with a 1-minute
recording kept (1.9 MB: blob size does not change what the WAL holds) and two transcripts (40 kB
each), stored through the vault's own
API (no model is run). It times, with the WAL scrub and with the plain `wal_checkpoint(TRUNCATE)`
it replaced: deleting one session as `delete SESSION` does (keys, blobs, log entry), and withdrawing
the consent of the patient with all N sessions as `consent withdraw` does (one deletion of every
session, the known identifiers and the patient's key). It prints the medians and writes
benchmarks/results/shred_cost.json.

    python benchmarks/shred_cost.py [--sessions 50] [--repeat 3] [--dir DIR]

--dir puts the vaults on another file system (the figures depend on its fsync).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from crypto_throughput import machine  # noqa: E402

from localnotes import consent, deletion, known, sessions, withdrawal  # noqa: E402
from localnotes.config import load_settings  # noqa: E402
from localnotes.ledger import events as ev  # noqa: E402
from localnotes.store import wal  # noqa: E402
from localnotes.store.connection import DB_NAME  # noqa: E402
from localnotes.store.vault import KdfSettings, Vault  # noqa: E402
from localnotes.types import RetentionPolicy, Scope  # noqa: E402
from localnotes.vault_ledger import ledger_of  # noqa: E402

OUT = ROOT / "benchmarks" / "results" / "shred_cost.json"
PASS = "benchmark passphrase"
AUDIO = b"\x01\x02" * (16000 * 60)  # 1 minute of 16 kHz s16 mono
TRANSCRIPT = b'{"segments": []}' + b" " * 40000


def fs_type(path: Path) -> str:
    best, kind = "", "unknown"
    for line in Path("/proc/mounts").read_text().splitlines():
        parts = line.split()
        if str(path.resolve()).startswith(parts[1]) and len(parts[1]) > len(best):
            best, kind = parts[1], parts[2]
    return kind


def plain_truncate(conn: object, db: Path, what: str = "") -> int:
    """What Vault.checkpoint did before: fold and truncate, overwriting nothing."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[attr-defined]
    return 0


def make_vault(base: Path, n: int) -> tuple[Vault, list[str]]:
    data = Path(tempfile.mkdtemp(prefix="shred-", dir=base))
    shutil.rmtree(data)
    v = Vault.create(data, PASS, KdfSettings(memory_kib=65536, iterations=1, lanes=1))
    ledger = ledger_of(v)
    scopes = frozenset({Scope.AUDIO, Scope.TRANSCRIPT})
    pol = RetentionPolicy(30 * 86400, 30 * 86400, 7 * 365 * 86400)
    consent.grant(v, ledger, "P-BENCH", scopes, pol, "verbal", None, "notice", None)
    known.add(v, v.patient_hash("P-BENCH"), ["Marisol Quintanilla"])
    grant = consent.capture_grant(v, "P-BENCH", Scope.TRANSCRIPT)
    sids = []
    for _ in range(n):
        sid = sessions.start(v, ledger, grant, "P-BENCH", "file", "complete")
        with v.artifact_writer(sid, "audio", chunk_size=32000) as w:
            w.write(AUDIO)
        v.put_artifact(sid, "transcript", TRANSCRIPT)
        v.put_artifact(sid, "redacted", TRANSCRIPT)
        sids.append(sid)
    v.checkpoint()
    return v, sids


def timed(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def one_round(base: Path, n: int) -> dict[str, float]:
    out: dict[str, float] = {}
    v, sids = make_vault(base, n)
    try:
        ledger = ledger_of(v)
        ph = v.patient_hash("P-BENCH")
        wal_before = (v.data_dir / (DB_NAME + "-wal")).stat().st_size
        out["delete_session_s"] = timed(
            lambda: deletion.delete_sessions(v, ledger, [sids[0]], ph, ev.REASON_CLINICIAN)
        )
        out["wal_bytes_at_rest"] = wal_before
        out[f"withdraw_{n - 1}_sessions_s"] = timed(
            lambda: withdrawal.withdraw_and_delete(v, load_settings(environ={}), "P-BENCH")
        )
    finally:
        v.close()
        shutil.rmtree(v.data_dir, ignore_errors=True)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sessions", type=int, default=50)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--dir", type=Path, default=None)
    args = ap.parse_args()
    base = args.dir or Path(tempfile.gettempdir())
    n = args.sessions + 1  # one is deleted on its own first, N are withdrawn
    results: dict[str, dict[str, float]] = {}
    scrub = wal.scrub
    for label, impl in (("scrub", scrub), ("plain_truncate", plain_truncate)):
        wal.scrub = impl  # type: ignore[assignment]
        rounds = [one_round(base, n) for _ in range(args.repeat)]
        results[label] = {k: round(statistics.median(r[k] for r in rounds), 4) for k in rounds[0]}
        print(label, json.dumps(results[label]))
    wal.scrub = scrub
    report = {
        "command": f"python benchmarks/shred_cost.py --sessions {args.sessions} "
        f"--repeat {args.repeat}" + (f" --dir {args.dir}" if args.dir else ""),
        "sessions_withdrawn": args.sessions,
        "median": results,
        "dir": str(base),
        "file_system": fs_type(base),
        "machine": machine(),
    }
    OUT.write_text(json.dumps(report, indent=2) + "\n")
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
