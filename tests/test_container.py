"""The container format on its own: round trips over sizes and write splits, the pinned test
vector, and the reader's verdict on every kind of damage to a stream of sealed chunks."""

from __future__ import annotations

import hashlib
import io
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from localnotes.crypto.container import TAG, SealReader, SealWriter, build_header
from localnotes.errors import IntegrityError

KEY = bytes(range(32))
AID = bytes(range(16))
KIND = "transcript"
VECTOR = Path(__file__).parent / "golden" / "container_vector.json"


def seal(
    data: bytes,
    chunk: int,
    splits: list[int] | None = None,
    key: bytes = KEY,
    aid: bytes = AID,
    kind: str = KIND,
) -> bytes:
    with tempfile.TemporaryFile() as f:  # a real file: close() fsyncs
        w = SealWriter(f, key, aid, kind, chunk)
        pos = 0
        for n in splits or []:
            w.write(data[pos : pos + n])
            pos += n
        w.write(data[pos:])
        w.close()
        f.seek(0)
        return f.read()


def unseal(
    blob: bytes, key: bytes = KEY, aid: bytes = AID, kind: str = KIND, allow_truncated: bool = False
) -> tuple[bytes, bool]:
    r = SealReader(io.BytesIO(blob), key, aid, kind, allow_truncated)
    return b"".join(r), r.truncated


def chunks_of(blob: bytes, chunk: int, kind: str = KIND) -> tuple[bytes, list[bytes]]:
    h = len(build_header(AID, kind, chunk))
    step = chunk + TAG
    return blob[:h], [blob[i : i + step] for i in range(h, len(blob), step)]


@pytest.mark.parametrize("size", [0, 1, 65535, 65536, 65537, 3 * 65536, 3 * 65536 + 7])
def test_round_trip_at_chunk_edges(size: int) -> None:
    data = hashlib.shake_256(str(size).encode()).digest(size) if size else b""
    blob = seal(data, 65536)
    assert unseal(blob) == (data, False)
    # a non-final chunk is always full and the final one is always there, even if empty
    n_chunks = size // 65536 + 1
    assert len(blob) == len(build_header(AID, KIND)) + size + n_chunks * TAG


@settings(max_examples=150, deadline=None)
@given(
    data=st.binary(max_size=2000),
    chunk=st.integers(1, 300),
    splits=st.lists(st.integers(0, 400), max_size=12),
)
def test_round_trip_any_size_any_write_split(data: bytes, chunk: int, splits: list[int]) -> None:
    blob = seal(data, chunk, splits)
    # counter nonces: how the plaintext was split into write calls leaves no trace
    assert blob == seal(data, chunk)
    assert unseal(blob) == (data, False)


@settings(max_examples=60, deadline=None)
@given(data=st.binary(min_size=1, max_size=600), chunk=st.integers(1, 64), cut=st.data())
def test_any_truncation_is_an_integrity_error(data: bytes, chunk: int, cut: st.DataObject) -> None:
    blob = seal(data, chunk)
    n = cut.draw(st.integers(0, len(blob) - 1))
    with pytest.raises(IntegrityError):
        unseal(blob[:n])


def test_same_key_and_nonce_give_the_same_bytes_so_the_vector_pins_the_format() -> None:
    vec = json.loads(VECTOR.read_text())
    key, aid = bytes.fromhex(vec["key"]), bytes.fromhex(vec["artifact_id"])
    pt = bytes.fromhex(vec["plaintext"])
    blob = seal(pt, vec["chunk_size"], key=key, aid=aid, kind=vec["kind"])
    assert blob.hex() == vec["ciphertext"]
    assert unseal(bytes.fromhex(vec["ciphertext"]), key, aid, vec["kind"])[0] == pt
    assert vec["ciphertext"].startswith(b"LNBLOB\x01\x01".hex())


def test_every_flipped_bit_of_a_multi_chunk_blob_is_detected() -> None:
    blob_pt = b"session audio " * 20
    blob = seal(blob_pt, 50)
    for i in range(len(blob)):
        for mask in (0x01, 0x80):
            bad = bytearray(blob)
            bad[i] ^= mask
            with pytest.raises(IntegrityError):
                unseal(bytes(bad))
            # recovery mode may keep an authenticated prefix, never the whole or altered text
            try:
                pt, truncated = unseal(bytes(bad), allow_truncated=True)
            except IntegrityError:
                continue
            assert truncated and len(pt) < len(blob) and blob_pt.startswith(pt), i


def test_reordered_duplicated_or_dropped_chunks_are_detected() -> None:
    data = bytes(range(256)) * 2
    head, parts = chunks_of(seal(data, 64), 64)
    assert len(parts) == 9
    for i in range(len(parts) - 1):
        swapped = parts.copy()
        swapped[i], swapped[i + 1] = swapped[i + 1], swapped[i]
        dup = [*parts[: i + 1], parts[i], *parts[i + 1 :]]
        dropped = parts[:i] + parts[i + 1 :]
        for variant in (swapped, dup, dropped):
            with pytest.raises(IntegrityError):
                unseal(head + b"".join(variant))
    with pytest.raises(IntegrityError):
        unseal(head + b"".join(parts) + parts[-1])  # the final chunk twice
    with pytest.raises(IntegrityError):
        unseal(head + b"".join(parts) + b"\x00")  # anything after the final chunk


def test_a_blob_under_another_id_kind_or_key_is_rejected() -> None:
    blob = seal(b"x" * 100, 32)
    with pytest.raises(IntegrityError, match="another artifact"):
        unseal(blob, aid=bytes(16))
    with pytest.raises(IntegrityError, match="another artifact"):
        unseal(blob, kind="audio")
    with pytest.raises(IntegrityError):
        unseal(blob, key=bytes(32))


def test_recovery_reads_the_whole_chunks_before_a_missing_or_torn_final_chunk() -> None:
    data = bytes(range(200))
    blob = seal(data, 64)  # chunks of 64, 64, 64, then a final 8
    head, parts = chunks_of(blob, 64)
    at_boundary = head + b"".join(parts[:2])
    assert unseal(at_boundary, allow_truncated=True) == (data[:128], True)
    with pytest.raises(IntegrityError, match="cut short"):
        unseal(at_boundary)
    torn = head + b"".join(parts[:3]) + parts[3][:5]
    assert unseal(torn, allow_truncated=True) == (data[:192], True)
    torn_full = head + b"".join(parts[:2]) + parts[2][:-1]  # the third chunk one byte short
    assert unseal(torn_full, allow_truncated=True) == (data[:128], True)
    assert unseal(head, allow_truncated=True) == (b"", True)
    # a damaged chunk in the middle is not a crash: recovery refuses it too
    bad = bytearray(blob)
    bad[len(head) + 3] ^= 1
    with pytest.raises(IntegrityError):
        unseal(bytes(bad), allow_truncated=True)


class _ShortWrites(io.FileIO):
    """A real file that takes at most 7 bytes per write, as a filling disk or a signal may."""

    def write(self, b: bytes) -> int:  # type: ignore[override]
        return super().write(bytes(memoryview(b)[:7]))


def test_short_writes_are_completed_not_torn(tmp_path: Path) -> None:
    data = hashlib.sha256(b"x").digest() * 40
    path = tmp_path / "blob"
    with _ShortWrites(path, "wb") as f:
        w = SealWriter(f, KEY, AID, KIND, 100)
        w.write(data)
        w.close()
    assert unseal(path.read_bytes()) == (data, False)
    assert path.read_bytes() == seal(data, 100)
