"""The committed golden vault (tests/golden/) must keep opening and decrypting, byte for byte:
the vault and container formats never change by accident. See tests/golden/README.md."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from localnotes.crypto.container import MAGIC
from localnotes.errors import PassphraseError
from localnotes.store.vault import Vault

GOLDEN = Path(__file__).parent / "golden"
MANIFEST = json.loads((GOLDEN / "golden.json").read_text())
# Pinned here as well as in golden.json, so regenerating the files cannot quietly move them.
TRANSCRIPT_SHA256 = "2328cc7f979618acbc46f1bc8dd042a0544353a0e5ab73edcacff3a298116080"
AUDIO_SHA256 = "f795672c4c36cad185f50a3f397c83cbaa301c01326404c7004070a20cc08796"


@pytest.fixture
def golden_copy(tmp_path: Path) -> Path:
    dst = tmp_path / "golden-vault"
    shutil.copytree(GOLDEN / "vault", dst)  # opening may write WAL files: never in the repo
    return dst


def test_golden_vault_decrypts_to_the_pinned_plaintexts(golden_copy: Path) -> None:
    v = Vault.open(golden_copy, MANIFEST["passphrase"])
    try:
        got = {}
        for a in MANIFEST["artifacts"]:
            row = v.artifact(a["id"])
            assert (
                row.kind,
                row.state,
                row.size,
                row.chunk_size,
                row.truncated,
            ) == (a["kind"], "complete", a["size"], a["chunk_size"], 0)
            got[a["kind"]] = hashlib.sha256(v.read_artifact(a["id"])).hexdigest()
            assert got[a["kind"]] == a["sha256"]
        assert got == {"transcript": TRANSCRIPT_SHA256, "audio": AUDIO_SHA256}
        assert v.recover() == {
            "recovered": 0,
            "discarded": 0,
            "orphan_blobs": 0,
            "orphan_keys": 0,
            "missing_blobs": 0,
        }
    finally:
        v.close()


def test_golden_header_and_blob_layout(golden_copy: Path) -> None:
    head = Vault.read_header(golden_copy)
    assert (head["format"], head["kdf_memory_kib"], head["kdf_iterations"], head["kdf_lanes"]) == (
        1,
        65536,
        1,
        1,
    )
    audio = next(a for a in MANIFEST["artifacts"] if a["kind"] == "audio")
    blob = (golden_copy / "blobs" / f"{audio['id']}.blob").read_bytes()
    assert blob[:8] == MAGIC + b"\x01\x01"
    assert int.from_bytes(blob[8:12], "big") == 32000
    assert blob[12:28] == bytes.fromhex(audio["id"])
    # header (6+1+1+4+16+1 + len("audio")) + 3 full chunks + a final chunk of 4000, tags of 16
    assert len(blob) == 34 + 3 * (32000 + 16) + 4000 + 16


def test_golden_vault_refuses_another_passphrase(golden_copy: Path) -> None:
    with pytest.raises(PassphraseError):
        Vault.open(golden_copy, MANIFEST["passphrase"] + "x")


def test_golden_files_in_the_repository_are_not_touched_by_the_tests() -> None:
    assert sorted(p.name for p in (GOLDEN / "vault").iterdir()) == ["blobs", "vault.db"]
