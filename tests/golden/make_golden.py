"""Write the golden vault and the container test vector that pin today's on-disk formats.

Run this ONLY on a deliberate format change (a new container or vault format version), and say so
in the changelog: the golden tests exist to fail when the format changes by accident, and
regenerating the files silences them. Usage, from the repository root:

    python tests/golden/make_golden.py

It replaces tests/golden/vault/, tests/golden/golden.json, tests/golden/container_vector.json and
tests/golden/README.md.
"""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent / "src"))

from localnotes.crypto.container import SealWriter  # noqa: E402
from localnotes.store.vault import KdfSettings, Vault  # noqa: E402

PASSPHRASE = "golden vault passphrase (test only)"
KDF = KdfSettings(memory_kib=65536, iterations=1, lanes=1)
TRANSCRIPT = (
    b"Golden transcript. The client described a calm week and a plan for the next session.\n"
)
STREAM_CHUNK = 32000


def stream_plaintext() -> bytes:
    """Four chunks of 32000 bytes: three full ones and a final one of 4000."""
    return hashlib.shake_256(b"localnotes golden audio").digest(3 * STREAM_CHUNK + 4000)


def vector() -> dict[str, object]:
    key, aid, kind = bytes(range(32)), bytes(range(16)), "transcript"
    pt = b"localnotes container format test vector: three chunks of 48 and a short one.\n" * 2
    chunk = 48
    buf = io.BytesIO()
    w = SealWriter(buf, key, aid, kind, chunk)
    w.write(pt)
    w._seal(bytes(w._buf), last=True)  # close() would fsync, which a memory file cannot
    return {
        "description": "container format 1 (AES-256-GCM STREAM); regenerate only on a "
        "deliberate format change (tests/golden/make_golden.py)",
        "key": key.hex(),
        "artifact_id": aid.hex(),
        "kind": kind,
        "chunk_size": chunk,
        "plaintext": pt.hex(),
        "ciphertext": buf.getvalue().hex(),
    }


def main() -> None:
    out = HERE / "vault"
    if out.exists():
        shutil.rmtree(out)
    v = Vault.create(out, PASSPHRASE, KDF)
    tid = v.put_artifact("golden-session", "transcript", TRANSCRIPT, meta={"golden": True})
    audio = stream_plaintext()
    with v.artifact_writer("golden-session", "audio", chunk_size=STREAM_CHUNK) as w:
        for i in range(0, len(audio), 10000):  # several writes, as a recorder makes them
            w.write(audio[i : i + 10000])
    aid = w.id
    v.close()
    for extra in ("vault.db-wal", "vault.db-shm"):
        (out / extra).unlink(missing_ok=True)
    golden: dict[str, Any] = {
        "passphrase": PASSPHRASE,
        "kdf": {"memory_kib": KDF.memory_kib, "iterations": KDF.iterations, "lanes": KDF.lanes},
        "artifacts": [
            {
                "id": tid,
                "kind": "transcript",
                "size": len(TRANSCRIPT),
                "chunk_size": 65536,
                "sha256": hashlib.sha256(TRANSCRIPT).hexdigest(),
                "plaintext": TRANSCRIPT.decode(),
            },
            {
                "id": aid,
                "kind": "audio",
                "size": len(audio),
                "chunk_size": STREAM_CHUNK,
                "sha256": hashlib.sha256(audio).hexdigest(),
            },
        ],
    }
    (HERE / "golden.json").write_text(json.dumps(golden, indent=2) + "\n")
    (HERE / "container_vector.json").write_text(json.dumps(vector(), indent=2) + "\n")
    rows = "\n".join(
        f"| `{a['id']}` | {a['kind']} | {a['size']} | {a['chunk_size']} | `{a['sha256']}` |"
        for a in golden["artifacts"]
    )
    (HERE / "README.md").write_text(f"""# Golden files: the on-disk format, pinned

These files were written by `make_golden.py` with today's vault format (schema {1}) and container
format (version 1, AES-256-GCM STREAM). `tests/test_vault_golden.py` opens a copy of the vault and
must read these artifacts back byte for byte; `tests/test_container.py` re-seals the test vector
and must produce exactly the committed ciphertext.

**Re-run `python tests/golden/make_golden.py` only on a deliberate format change** (and record it
in the changelog, with a migration for existing vaults). If a golden test fails after any other
change, the change broke the format: fix the code, not these files.

- Passphrase (test only): `{PASSPHRASE}`
- KDF: Argon2id, memory {KDF.memory_kib} KiB, {KDF.iterations} iteration, {KDF.lanes} lane
  (fast, for tests; real vaults use far more)
- `vault/` holds `vault.db` and `blobs/<id>.blob`.

| artifact id | kind | plaintext bytes | chunk size | plaintext SHA-256 |
|---|---|---|---|---|
{rows}

The transcript artifact was stored with `Vault.put_artifact` and holds this text:

    {TRANSCRIPT.decode().strip()}

The audio artifact was streamed with `Vault.artifact_writer(..., chunk_size=32000)` in writes of
10000 bytes: three full chunks and a final chunk of 4000 bytes. Its plaintext is
`SHAKE-256("localnotes golden audio")`, the first {3 * STREAM_CHUNK + 4000} bytes.

`container_vector.json`: a fixed key, artifact id, kind and plaintext, and the exact ciphertext
the container format must produce for them (AES-GCM is deterministic given key and nonce, and the
nonces are chunk counters).
""")
    print(f"wrote {out} and the vector; transcript {tid}, audio {aid}")


if __name__ == "__main__":
    main()
