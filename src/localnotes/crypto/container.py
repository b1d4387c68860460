"""The encrypted container format for artifacts: a bound header, then an age-style STREAM.

Layout (all integers big-endian):

    magic      6 bytes  b"LNBLOB"
    version    1 byte   1
    cipher     1 byte   1 = AES-256-GCM STREAM
    chunk_size 4 bytes  plaintext bytes per non-final chunk (65536 by default)
    artifact   16 bytes the artifact id the blob belongs to
    kind_len   1 byte, then kind (ASCII): what the artifact holds
    chunks     each = AES-256-GCM(data key, nonce, plaintext, associated data = the header)

The nonce of chunk i is i as an 11-byte counter followed by a flag byte, 1 on the last chunk only.
Non-final chunks hold exactly chunk_size bytes; the last holds 0..chunk_size bytes (it may be empty
so that a streaming writer can seal full chunks as soon as they fill). Truncation, reordering,
duplication, a flipped bit, or a blob under another artifact's name all fail authentication.
"""

from __future__ import annotations

import errno
import os
import struct
from collections.abc import Iterator
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from localnotes.errors import IntegrityError

MAGIC = b"LNBLOB"
VERSION = 1
CIPHER_AES256GCM_STREAM = 1
DEFAULT_CHUNK = 64 * 1024
TAG = 16
_FIXED = struct.Struct(">6sBBI16sB")
MAX_COUNTER = 2**88 - 1


def build_header(artifact_id: bytes, kind: str, chunk_size: int = DEFAULT_CHUNK) -> bytes:
    if len(artifact_id) != 16:
        raise ValueError("artifact id must be 16 bytes")
    k = kind.encode("ascii")
    return _FIXED.pack(MAGIC, VERSION, CIPHER_AES256GCM_STREAM, chunk_size, artifact_id, len(k)) + k


def _nonce(counter: int, last: bool) -> bytes:
    if counter > MAX_COUNTER:
        raise IntegrityError("artifact too large for its nonce space")
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


class SealWriter:
    """Streams plaintext into a sealed blob. Full chunks are sealed and written as soon as they
    fill, so a crash loses at most the chunk in flight; `close()` seals the last chunk."""

    def __init__(
        self,
        fileobj: BinaryIO,
        key: bytes,
        artifact_id: bytes,
        kind: str,
        chunk_size: int = DEFAULT_CHUNK,
    ) -> None:
        if not 1 <= chunk_size <= 1 << 24:
            raise ValueError("chunk size out of range")
        self._f = fileobj
        self._aead = AESGCM(key)
        self._header = build_header(artifact_id, kind, chunk_size)
        self._chunk = chunk_size
        self._buf = bytearray()
        self._counter = 0
        self._closed = False
        self._failed = False
        self.plaintext_bytes = 0
        self._write_all(self._header)

    def _write_all(self, data: bytes) -> None:
        """Write every byte or raise. A raw file may write less than asked (a disk filling up, a
        signal); ignoring that would tear a chunk and misalign every chunk after it. After any
        failure the writer refuses more, so the blob ends at its last whole chunk plus at most one
        torn one, which recovery cuts off."""
        if self._failed:
            raise OSError(errno.EIO, "an earlier write to this blob failed")
        view = memoryview(data)
        try:
            while view:
                n = self._f.write(view)
                if n is None:  # a non-blocking file that would block
                    raise BlockingIOError(errno.EAGAIN, "the blob file would block")
                view = view[n:]
        except BaseException:
            self._failed = True
            raise

    def write(self, data: bytes) -> None:
        if self._closed:
            raise ValueError("write to a closed SealWriter")
        if self._failed:
            raise OSError(errno.EIO, "an earlier write to this blob failed")
        self._buf += data
        self.plaintext_bytes += len(data)
        while len(self._buf) >= self._chunk:
            self._seal(bytes(self._buf[: self._chunk]), last=False)
            del self._buf[: self._chunk]

    def _seal(self, pt: bytes, last: bool) -> None:
        self._write_all(self._aead.encrypt(_nonce(self._counter, last), pt, self._header))
        self._counter += 1

    def sync(self) -> None:
        """Make every sealed chunk durable (flush and fsync)."""
        if self._failed:
            raise OSError(errno.EIO, "an earlier write to this blob failed")
        try:
            self._f.flush()
            os.fsync(self._f.fileno())
        except BaseException:
            # after a failed fsync the kernel may have dropped the pages: trust nothing more
            self._failed = True
            raise

    def close(self) -> None:
        """Seal the final chunk and make the blob durable."""
        if self._closed:
            return
        self._seal(bytes(self._buf), last=True)
        self._buf.clear()
        self._closed = True
        self.sync()


class SealReader:
    """Reads a blob back chunk by chunk, authenticating each before yielding it.

    With allow_truncated, a blob that ends without its final chunk (a crash mid-write) yields what
    authenticates and sets `truncated`; otherwise that is an IntegrityError."""

    def __init__(
        self,
        fileobj: BinaryIO,
        key: bytes,
        artifact_id: bytes,
        kind: str,
        allow_truncated: bool = False,
    ) -> None:
        self._f = fileobj
        self._aead = AESGCM(key)
        self._allow_truncated = allow_truncated
        self.truncated = False
        fixed = fileobj.read(_FIXED.size)
        if len(fixed) != _FIXED.size:
            raise IntegrityError("an encrypted file is cut short in its header")
        magic, version, cipher, chunk, art, klen = _FIXED.unpack(fixed)
        if magic != MAGIC:
            raise IntegrityError("a file in the vault is not a localnotes blob")
        if version != VERSION or cipher != CIPHER_AES256GCM_STREAM:
            raise IntegrityError(f"a blob has unknown format version {version}.{cipher}")
        kind_b = fileobj.read(klen)
        if art != artifact_id or kind_b != kind.encode("ascii"):
            raise IntegrityError("a blob belongs to another artifact: it was moved or renamed")
        if not 1 <= chunk <= 1 << 24:
            raise IntegrityError("a blob header is damaged")
        self._header = fixed + kind_b
        self._chunk = chunk

    def _open(self, counter: int, ct: bytes, last: bool) -> bytes | None:
        try:
            return self._aead.decrypt(_nonce(counter, last), ct, self._header)
        except InvalidTag:
            return None

    def _cut(self) -> None:
        if not self._allow_truncated:
            raise IntegrityError("an encrypted artifact ends early: it was cut short or damaged")
        self.truncated = True

    def __iter__(self) -> Iterator[bytes]:
        size = self._chunk + TAG
        counter = 0
        cur = self._f.read(size)
        while True:
            nxt = self._f.read(size) if len(cur) == size else b""
            if nxt:
                pt = self._open(counter, cur, last=False)
                if pt is None:
                    raise IntegrityError(
                        "an encrypted artifact failed authentication: it was altered"
                    )
                yield pt
                counter += 1
                cur = nxt
                continue
            # cur is the last thing in the file, so it must be the final chunk
            pt = self._open(counter, cur, last=True) if len(cur) >= TAG else None
            if pt is not None:
                yield pt
                return
            whole = self._open(counter, cur, last=False) if len(cur) == size else None
            if whole is not None:
                # an intact non-final chunk where the final one was due: cut at a chunk boundary
                self._cut()
                yield whole
                return
            # A final chunk that fails: torn by a crash mid-write (recovery drops it), or altered.
            if self._allow_truncated and len(cur) < size:
                self.truncated = True
                return
            raise IntegrityError(
                "an encrypted artifact failed authentication: it was altered or cut short"
            )


def finish_truncated(
    fileobj: BinaryIO, key: bytes, artifact_id: bytes, kind: str
) -> tuple[int, bool]:
    """Make the blob of a writer that died readable again, in place: authenticate every whole
    chunk, cut off a torn tail, and append an empty final chunk. It needs no room for a copy (a
    crash often comes with a full disk) and is idempotent if it is itself interrupted.

    fileobj: the blob, opened for reading and writing at offset 0. Returns (plaintext bytes kept,
    whether the blob had to be cut). Raises IntegrityError if a chunk before the end is altered."""
    reader = SealReader(fileobj, key, artifact_id, kind, allow_truncated=True)
    size = count = 0
    for pt in reader:
        size += len(pt)
        count += 1
    if not reader.truncated:
        return size, False
    end = len(reader._header) + count * (reader._chunk + TAG)
    fileobj.truncate(end)
    fileobj.seek(end)
    if count:
        final = AESGCM(key).encrypt(_nonce(count, True), b"", reader._header)
        view = memoryview(final)
        while view:
            view = view[fileobj.write(view) or 0 :]
        fileobj.flush()
        os.fsync(fileobj.fileno())
    return size, True
