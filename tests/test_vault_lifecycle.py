"""The vault's life: a wrong passphrase changes nothing (exit 4), rekey, init that refuses to
overwrite, private file modes, crypto-shredding that leaves no key behind, no plaintext on disk,
and recover() leaving live writers and missing blobs alone."""

from __future__ import annotations

import os
import stat
import subprocess
from pathlib import Path

import pytest

from localnotes.errors import IntegrityError, NotFoundError, PassphraseError, UsageError
from localnotes.store.schema import FORMAT
from localnotes.store.vault import Vault
from tests.vault_fixtures import (
    FAST_KDF,
    PASSPHRASE,
    cli_cmd,
    cli_env,
    raw_conn,
    snapshot,
    tree_bytes,
    vault_fixture,  # noqa: F401 - the `vault` fixture
)

TEXT = (
    "Maribel described her panic attacks on the Harborview commute and her sister Odalys "
    "in Tallahassee"
)


def run(data_dir: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        cli_cmd(data_dir, *args),
        env=env,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


@pytest.fixture
def cli_vault(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    data_dir = tmp_path / "data"
    env = cli_env(tmp_path)
    r = run(data_dir, env, "init")
    assert r.returncode == 0, r.stderr
    v = Vault.open(data_dir, PASSPHRASE)
    v.put_artifact("s1", "transcript", TEXT.encode())
    v.close()
    return data_dir, env


def test_wrong_passphrase_exits_4_and_changes_no_file(
    cli_vault: tuple[Path, dict[str, str]],
) -> None:
    data_dir, env = cli_vault
    before = snapshot(data_dir)
    assert len(before) == 2  # vault.db and one blob
    bad = {**env, "LOCALNOTES_PASSPHRASE": "wrong", "LOCALNOTES_NEW_PASSPHRASE": "newer"}
    for cmd in (["rekey"], ["sessions"]):
        r = run(data_dir, bad, *cmd)
        assert r.returncode == 4, r.stderr
        lines = r.stderr.strip().splitlines()
        assert len(lines) == 1 and "wrong passphrase" in lines[0], r.stderr
        assert "Traceback" not in r.stderr and r.stdout == ""
        assert snapshot(data_dir) == before  # same files, same bytes: no WAL left either
    assert run(data_dir, env, "sessions").returncode == 0


def test_rekey_new_passphrase_opens_old_fails_artifacts_still_read(vault: Vault) -> None:
    aid = vault.put_artifact("s1", "transcript", b"kept across rekey")
    vault.rekey("a new passphrase", FAST_KDF)
    with pytest.raises(PassphraseError):
        Vault.open(vault.data_dir, PASSPHRASE)
    v = Vault.open(vault.data_dir, "a new passphrase")
    try:
        assert v.read_artifact(aid) == b"kept across rekey"
        assert v.vault_id == vault.vault_id and v.public_key() == vault.public_key()
    finally:
        v.close()
    with pytest.raises(UsageError):
        vault.rekey("", FAST_KDF)


def test_rekey_through_the_cli(cli_vault: tuple[Path, dict[str, str]]) -> None:
    data_dir, env = cli_vault
    r = run(data_dir, {**env, "LOCALNOTES_NEW_PASSPHRASE": "second passphrase"}, "rekey")
    assert r.returncode == 0, r.stderr
    assert run(data_dir, env, "sessions").returncode == 4
    assert (
        run(data_dir, {**env, "LOCALNOTES_PASSPHRASE": "second passphrase"}, "sessions").returncode
        == 0
    )


def test_init_refuses_to_overwrite_and_touches_nothing(
    cli_vault: tuple[Path, dict[str, str]],
) -> None:
    data_dir, env = cli_vault
    before = snapshot(data_dir)
    for passphrase in (PASSPHRASE, "another"):
        r = run(data_dir, {**env, "LOCALNOTES_PASSPHRASE": passphrase}, "init")
        assert r.returncode == 2, r.stderr
        assert "already exists" in r.stderr and len(r.stderr.strip().splitlines()) == 1
        assert snapshot(data_dir) == before
    with pytest.raises(UsageError):
        Vault.create(data_dir, PASSPHRASE, FAST_KDF)
    assert snapshot(data_dir) == before


def test_data_dir_is_0700_and_every_file_0600(tmp_path: Path) -> None:
    old = os.umask(0o022)  # a permissive umask must not leak into the vault
    try:
        v = Vault.create(tmp_path / "data", PASSPHRASE, FAST_KDF)
        v.put_artifact("s", "transcript", b"x")
        with v.artifact_writer("s", "audio") as w:
            w.write(b"y" * 100_000)
        names = set()
        for p in [v.data_dir, *v.data_dir.rglob("*")]:  # while open: WAL and shm exist too
            mode = stat.S_IMODE(p.stat().st_mode)
            names.add(p.name)
            assert mode == (0o700 if p.is_dir() else 0o600), (p, oct(mode))
        assert {"vault.db-wal", "vault.db-shm", "blobs"} <= names
        v.close()
    finally:
        os.umask(old)


def test_crypto_shredding_leaves_no_key_bytes_and_no_blob(vault: Vault) -> None:
    keep = vault.put_artifact("s0", "transcript", b"another session")
    aid = vault.put_artifact("s1", "transcript", b"to be deleted")
    wrapped = (
        raw_conn(vault)
        .execute("SELECT wrapped FROM keys WHERE artifact_id=?", (aid,))
        .fetchone()[0]
    )
    assert len(wrapped) == 12 + 32 + 16
    assert any(wrapped in b for b in tree_bytes(vault.data_dir).values())  # the scan can see it
    vault.shred_keys([aid], "del-1", "ph", "patient request")
    pending = vault.unlink_pending_blobs()
    assert [(p.artifact_id, p.blob_state) for p in pending] == [(aid, "removed")]
    assert not vault.blob_path(aid).exists()
    files = tree_bytes(vault.data_dir)
    assert "vault.db" in files
    for name, content in files.items():  # vault.db, -wal, -shm, blobs
        assert wrapped not in content, name
        assert wrapped[12:28] not in content, name  # not even part of it
    with pytest.raises(NotFoundError):
        vault.read_artifact(aid)
    assert vault.read_artifact(keep) == b"another session"
    vault.close()
    for name, content in tree_bytes(vault.data_dir).items():
        assert wrapped[12:28] not in content, name
    v = Vault.open(vault.data_dir, PASSPHRASE)
    try:
        with pytest.raises(NotFoundError):
            v.read_artifact(aid)
        assert v.recover()["orphan_blobs"] == 0
    finally:
        v.close()


def test_no_word_of_a_stored_text_is_anywhere_on_disk(vault: Vault) -> None:
    vault.put_artifact("s1", "transcript", TEXT.encode())
    with vault.artifact_writer("s1", "transcript", chunk_size=40) as w:
        w.write(TEXT.encode())
    vault.put_artifact("s1", "transcript", TEXT.encode("utf-16-le"))
    words = {w for w in TEXT.split() if len(w) >= 4}
    needles = {e: [w.encode(e) for w in words] for e in ("utf-8", "utf-16-le", "utf-16-be")}
    needles["utf-8"] += [w.lower().encode() for w in words]

    def scan(expect: set[str]) -> None:
        files = tree_bytes(vault.data_dir)
        assert expect <= set(files)
        assert len([f for f in files if f.startswith("blobs")]) == 3
        for name, content in files.items():
            for enc, ws in needles.items():
                for needle in ws:
                    assert needle not in content, (name, enc, needle)

    scan({"vault.db", "vault.db-wal", "vault.db-shm"})  # with the WAL in use
    vault.close()
    scan({"vault.db"})


def test_recover_leaves_a_live_writer_alone(vault: Vault) -> None:
    w = vault.artifact_writer("s1", "audio", chunk_size=1000)
    w.write(b"a" * 2500)
    w.sync()
    assert vault.recover() == {
        "recovered": 0,
        "discarded": 0,
        "orphan_blobs": 0,
        "orphan_keys": 0,
        "missing_blobs": 0,
    }
    assert vault.artifact(w.id).state == "writing"
    w.write(b"b" * 10)
    w.close()
    assert vault.read_artifact(w.id) == b"a" * 2500 + b"b" * 10


def test_a_missing_blob_keeps_its_key_and_comes_back(vault: Vault) -> None:
    aid = vault.put_artifact("s1", "transcript", b"on a disk being restored")
    path = vault.blob_path(aid)
    saved = path.read_bytes()
    path.unlink()
    assert vault.recover()["missing_blobs"] == 1
    assert vault.artifact(aid).state == "missing"
    with pytest.raises(IntegrityError, match="missing"):
        vault.read_artifact(aid)
    assert vault.recover()["orphan_keys"] == 0  # the key must survive until the blob is back
    path.write_bytes(saved)
    vault.recover()
    assert vault.artifact(aid).state == "complete"
    assert vault.read_artifact(aid) == b"on a disk being restored"


def test_recover_cleans_debris_of_a_dead_writer(vault: Vault) -> None:
    (vault.blob_dir / ".tmp-0123").write_bytes(b"half")
    (vault.blob_dir / ("ab" * 16 + ".blob")).write_bytes(b"no row")
    report = vault.recover()
    assert report["orphan_blobs"] == 2
    assert list(vault.blob_dir.iterdir()) == []


@pytest.mark.parametrize("name", ["with #hash", "with ?query", "with %20percent"])
def test_a_data_dir_with_uri_characters_works(tmp_path: Path, name: str) -> None:
    v = Vault.create(tmp_path / name, PASSPHRASE, FAST_KDF)
    aid = v.put_artifact("s", "transcript", b"ok")
    v.close()
    assert Vault.read_header(tmp_path / name)["format"] == FORMAT
    v = Vault.open(tmp_path / name, PASSPHRASE)
    try:
        assert v.read_artifact(aid) == b"ok"
    finally:
        v.close()


def test_a_file_that_is_not_a_vault_is_an_integrity_error(tmp_path: Path) -> None:
    d = tmp_path / "data"
    d.mkdir()
    (d / "vault.db").write_bytes(b"not sqlite at all" * 100)
    with pytest.raises(IntegrityError):
        Vault.open(d, PASSPHRASE)
    with pytest.raises(NotFoundError):
        Vault.open(tmp_path / "nothing", PASSPHRASE)
