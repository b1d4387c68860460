"""Round trips and tampering on a real vault on disk: every kind of damage to a blob is an
IntegrityError (exit 5 through the CLI) and harms nothing else in the vault."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from localnotes import sessions
from localnotes.crypto.container import TAG
from localnotes.errors import IntegrityError
from localnotes.store.vault import Vault
from tests.vault_fixtures import (
    FAST_KDF,
    PASSPHRASE,
    chunk_offsets,
    cli_cmd,
    cli_env,
    flip_byte,
    header_len,
    restore_byte,
    vault_fixture,  # noqa: F401 - the `vault` fixture
)

MB = 1 << 20


def data_of(n: int, seed: str = "") -> bytes:
    return hashlib.shake_256(f"{seed}{n}".encode()).digest(n) if n else b""


def stream(v: Vault, data: bytes, chunk: int, kind: str = "audio", piece: int = 10007) -> str:
    with v.artifact_writer("s1", kind, chunk_size=chunk) as w:
        for i in range(0, len(data), piece):
            w.write(data[i : i + piece])
    return str(w.id)


# ---- round trips --------------------------------------------------------------------------------


@pytest.mark.parametrize("size", [0, 1, 64 * 1024, 64 * 1024 + 1])
def test_round_trip_edge_sizes(vault: Vault, size: int) -> None:
    data = data_of(size)
    put = vault.put_artifact("s1", "transcript", data)
    streamed = stream(vault, data, 64 * 1024)
    for aid in (put, streamed):
        assert vault.read_artifact(aid) == data
        row = vault.artifact(aid)
        assert (row.state, row.size, row.truncated) == ("complete", size, 0)
    # and from a fresh unlock, not only the process that wrote them
    again = Vault.open(vault.data_dir, PASSPHRASE)
    try:
        assert again.read_artifact(put) == again.read_artifact(streamed) == data
    finally:
        again.close()


def test_round_trip_50_mb(vault: Vault) -> None:
    data = data_of(50 * MB)
    aid = vault.put_artifact("s1", "audio", data)
    assert hashlib.sha256(vault.read_artifact(aid)).digest() == hashlib.sha256(data).digest()
    sid = stream(vault, data, 32000, piece=1 << 20)
    assert sum(len(c) for c in vault.iter_artifact(sid)) == len(data)
    assert vault.read_artifact(sid) == data


@pytest.fixture(scope="module")
def shared_vault(tmp_path_factory: pytest.TempPathFactory) -> Vault:
    v = Vault.create(tmp_path_factory.mktemp("hyp") / "data", PASSPHRASE, FAST_KDF)
    return v


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    size=st.integers(0, 200_000),
    chunk=st.sampled_from([1000, 32000, 65536]),
    splits=st.lists(st.integers(0, 70_000), max_size=8),
)
def test_round_trip_any_size_and_write_split(
    shared_vault: Vault, size: int, chunk: int, splits: list[int]
) -> None:
    data = data_of(size, "h")
    with shared_vault.artifact_writer("s1", "audio", chunk_size=chunk) as w:
        pos = 0
        for n in splits:
            w.write(data[pos : pos + n])
            pos = min(pos + n, size)
        w.write(data[pos:])
    assert shared_vault.read_artifact(w.id) == data
    assert shared_vault.artifact(w.id).size == size
    blob = shared_vault.blob_path(w.id).stat().st_size
    assert blob == header_len("audio") + size + (size // chunk + 1) * TAG
    if size <= 20_000:
        assert shared_vault.read_artifact(shared_vault.put_artifact("s1", "t", data)) == data


# ---- tampering ----------------------------------------------------------------------------------


def _bystanders(v: Vault) -> dict[str, bytes]:
    """Two other artifacts that every damage test checks are unharmed."""
    a = data_of(3000, "bystander-a")
    b = data_of(70_000, "bystander-b")
    return {v.put_artifact("s0", "transcript", a): a, stream(v, b, 32000): b}


def _assert_unharmed(v: Vault, others: dict[str, bytes]) -> None:
    for aid, data in others.items():
        assert v.read_artifact(aid) == data


def test_every_flipped_byte_of_a_small_blob_is_an_integrity_error(vault: Vault) -> None:
    others = _bystanders(vault)
    aid = vault.put_artifact("s1", "transcript", b"The client talked about the week." * 3)
    path = vault.blob_path(aid)
    for off in range(path.stat().st_size):
        old = flip_byte(path, off)
        with pytest.raises(IntegrityError):
            vault.read_artifact(aid)
        restore_byte(path, off, old)
        _assert_unharmed(vault, others)
    assert vault.read_artifact(aid) == b"The client talked about the week." * 3


def test_every_flipped_byte_of_a_multi_chunk_blob_is_an_integrity_error(vault: Vault) -> None:
    others = _bystanders(vault)
    data = data_of(300, "multi")
    aid = stream(vault, data, 64, piece=50)  # chunks of 64: four full and a final of 44
    path = vault.blob_path(aid)
    for off in range(path.stat().st_size):
        old = flip_byte(path, off, 0x80)
        with pytest.raises(IntegrityError):
            vault.read_artifact(aid)
        restore_byte(path, off, old)
    _assert_unharmed(vault, others)
    assert vault.read_artifact(aid) == data


def test_sampled_flips_in_a_50_mb_blob_are_integrity_errors(vault: Vault) -> None:
    others = _bystanders(vault)
    data = data_of(50 * MB, "big")
    aid = vault.put_artifact("s1", "audio", data)
    path = vault.blob_path(aid)
    size = path.stat().st_size
    rng = random.Random(20240601)
    starts = chunk_offsets(size, "audio", 65536)
    offsets = [*range(header_len("audio")), size - 1, starts[-1], starts[1] - 1]
    offsets += rng.sample(range(size), 24)
    for off in offsets:
        old = flip_byte(path, off, 1 << rng.randrange(8))
        with pytest.raises(IntegrityError):
            for _ in vault.iter_artifact(aid):  # streaming: it stops at the damaged chunk
                pass
        restore_byte(path, off, old)
    _assert_unharmed(vault, others)
    assert hashlib.sha256(vault.read_artifact(aid)).digest() == hashlib.sha256(data).digest()


def test_truncation_at_every_chunk_boundary_is_an_integrity_error(vault: Vault) -> None:
    others = _bystanders(vault)
    data = data_of(5 * 1000 + 123, "cut")
    aid = stream(vault, data, 1000)
    path = vault.blob_path(aid)
    original = path.read_bytes()
    starts = chunk_offsets(len(original), "audio", 1000)
    assert len(starts) == 6
    cuts = {0, 1, header_len("audio") - 1, len(original) - 1}
    for s in starts:
        cuts |= {s, s + 1, s + TAG, s - 1}
    for cut in sorted(cuts):
        path.write_bytes(original[:cut])
        with pytest.raises(IntegrityError):
            vault.read_artifact(aid)
    path.write_bytes(original)
    assert vault.read_artifact(aid) == data
    _assert_unharmed(vault, others)


def _chunks(original: bytes, chunk: int) -> tuple[bytes, list[bytes]]:
    h = header_len("audio")
    return original[:h], [
        original[i : i + chunk + TAG] for i in range(h, len(original), chunk + TAG)
    ]


def test_swapped_duplicated_or_dropped_chunks_are_integrity_errors(vault: Vault) -> None:
    others = _bystanders(vault)
    data = data_of(4 * 32000 + 500, "order")
    aid = stream(vault, data, 32000)
    path = vault.blob_path(aid)
    original = path.read_bytes()
    head, parts = _chunks(original, 32000)
    assert len(parts) == 5
    variants = []
    for i in range(len(parts) - 1):
        swapped = parts.copy()
        swapped[i], swapped[i + 1] = swapped[i + 1], swapped[i]
        duplicated = [*parts[: i + 1], parts[i], *parts[i + 1 :]]
        variants += [swapped, duplicated, parts[:i] + parts[i + 1 :]]
    variants.append([*parts, parts[-1]])
    variants.append([parts[0], parts[2], parts[1], parts[3], parts[4]])
    for variant in variants:
        path.write_bytes(head + b"".join(variant))
        with pytest.raises(IntegrityError):
            vault.read_artifact(aid)
    path.write_bytes(original)
    assert vault.read_artifact(aid) == data
    _assert_unharmed(vault, others)


def test_a_blob_renamed_to_another_artifacts_name_is_an_integrity_error(vault: Vault) -> None:
    others = _bystanders(vault)
    a = vault.put_artifact("s1", "transcript", b"first transcript")
    b = vault.put_artifact("s1", "transcript", b"second transcript")
    c = stream(vault, b"some audio" * 100, 32000)
    pa, pb, pc = vault.blob_path(a), vault.blob_path(b), vault.blob_path(c)
    keep_b, keep_c = pb.read_bytes(), pc.read_bytes()
    shutil.copyfile(pa, pb)  # same kind, same session: only the bound id tells them apart
    with pytest.raises(IntegrityError, match="another artifact"):
        vault.read_artifact(b)
    os.replace(pa, pc)  # and a blob of another kind under an audio artifact's name
    with pytest.raises(IntegrityError):
        vault.read_artifact(c)
    with pytest.raises(IntegrityError, match="missing"):
        vault.read_artifact(a)
    pb.write_bytes(keep_b)
    pc.write_bytes(keep_c)
    assert vault.read_artifact(b) == b"second transcript"
    assert vault.read_artifact(c) == b"some audio" * 100
    _assert_unharmed(vault, others)
    # the vault as a whole still unlocks after all that
    Vault.open(vault.data_dir, PASSPHRASE).close()


def test_a_damaged_blob_exits_5_through_the_cli_and_other_sessions_still_show(
    tmp_path: Path,
) -> None:
    from localnotes.types import (
        ArtifactKind,
        CaptureGrant,
        RetentionPolicy,
        Scope,
        Segment,
        Transcript,
    )
    from localnotes.vault_ledger import ledger_of

    data_dir = tmp_path / "data"
    v = Vault.create(data_dir, PASSPHRASE, FAST_KDF)
    ids = []
    grant = CaptureGrant(
        "c-test",
        v.patient_hash("P-001"),
        frozenset({Scope.TRANSCRIPT}),
        RetentionPolicy(0, 86400, 86400),
        None,
    )
    for text in ("first session text", "second session text"):
        sid = sessions.start(v, ledger_of(v), grant, "P-001", "file", "complete")
        t = Transcript((Segment(0.0, 1.0, text),), "en", "test", 1.0, {})
        v.put_artifact(sid, ArtifactKind.TRANSCRIPT_REDACTED.value, sessions.transcript_to_bytes(t))
        ids.append(sid)
    damaged = v.session_artifacts(ids[0])[0].id
    v.close()
    env = cli_env(tmp_path)
    ok = subprocess.run(
        cli_cmd(data_dir, "show", ids[0]),
        env=env,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    assert ok.returncode == 0, ok.stderr
    assert "first session text" in ok.stdout
    flip_byte(data_dir / "blobs" / f"{damaged}.blob", 60)
    bad = subprocess.run(
        cli_cmd(data_dir, "show", ids[0]),
        env=env,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    assert bad.returncode == 5
    assert bad.stdout == ""
    assert len(bad.stderr.strip().splitlines()) == 1 and "altered" in bad.stderr, bad.stderr
    other = subprocess.run(
        cli_cmd(data_dir, "show", ids[1]),
        env=env,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    assert other.returncode == 0 and "second session text" in other.stdout
