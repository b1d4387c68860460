"""File hashing for model verification, with an honest cache of past results.

Rehashing tiny.en's 75 MB costs about 0.2 s; a larger model costs seconds. So a file whose
SHA-256 matched once is remembered in `<models_dir>/.verified.json`, keyed by everything the
kernel changes when the file's bytes change: size, inode, device, mtime_ns and ctime_ns. mtime
alone is not honest (anyone can set it back with `touch -d`); ctime cannot be set from user space
and moves on every write, rename or utime. Like git's "racily clean" rule, a result is cached only
if the file had been still for a while before hashing began, because coarse filesystem clocks can
give a write made just after the hash the same timestamps as the hashed version.

The cache defends against corruption and accidental edits. Someone who can write to the model
files and to this cache can also edit the pinned hashes of user-added models, so it is no weaker
than the registry itself.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from localnotes.errors import IntegrityError
from localnotes.store.files import write_file

log = logging.getLogger(__name__)

CACHE_NAME = ".verified.json"
#: A file changed within this long before hashing began is hashed again next time.
RACY_WINDOW_NS = 3_000_000_000
_CHUNK = 1 << 20


@dataclass(frozen=True)
class PinnedFile:
    """One file of a model as the registry pins it."""

    path: str
    sha256: str
    size: int


def sha256_file(path: Path) -> str:
    """The hex SHA-256 of a file, read in 1 MiB chunks."""
    digest = hashlib.sha256()
    with open(path, "rb", buffering=0) as f:
        while chunk := f.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _stat_key(st: os.stat_result) -> list[int]:
    return [st.st_size, st.st_ino, st.st_dev, st.st_mtime_ns, st.st_ctime_ns]


class VerifyCache:
    """The `.verified.json` of one models directory: path -> stat key and hash that matched."""

    def __init__(self, models_dir: Path, trust: bool = True) -> None:
        # trust=False: vouch for nothing (`models verify` rehashes every file), still remember
        self.trust = trust
        self.file = models_dir / CACHE_NAME
        self._entries: dict[str, dict[str, Any]] = {}
        self._dirty = False
        try:
            loaded = json.loads(self.file.read_text(encoding="utf-8"))
            if isinstance(loaded, dict) and isinstance(loaded.get("files"), dict):
                self._entries = loaded["files"]
        except FileNotFoundError:
            pass
        except (OSError, ValueError) as exc:
            # An unreadable cache only costs a rehash; it never vouches for anything.
            log.debug("ignoring unreadable verification cache %s: %s", self.file, exc)

    def matches(self, path: Path, st: os.stat_result, sha256: str) -> bool:
        entry = self._entries.get(str(path))
        return (
            self.trust
            and entry is not None
            and entry.get("sha256") == sha256
            and entry.get("stat") == _stat_key(st)
        )

    def remember(self, path: Path, st: os.stat_result, sha256: str, hashed_at_ns: int) -> None:
        if max(st.st_mtime_ns, st.st_ctime_ns) >= hashed_at_ns - RACY_WINDOW_NS:
            self._entries.pop(str(path), None)  # racily clean: hash it again next time
        else:
            self._entries[str(path)] = {"stat": _stat_key(st), "sha256": sha256}
        self._dirty = True

    def forget(self, path: Path) -> None:
        if self._entries.pop(str(path), None) is not None:
            self._dirty = True

    def save(self) -> None:
        """Write the cache atomically; a failure is logged, since it only costs time later."""
        if not self._dirty:
            return
        body = json.dumps({"format": 1, "files": self._entries}, indent=1, sort_keys=True)
        try:
            self.file.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            write_file(self.file, body.encode("utf-8"))
            self._dirty = False
        except OSError as exc:
            log.debug("could not save verification cache %s: %s", self.file, exc)


def verify_files(
    model: str, directory: Path, pinned: list[PinnedFile], cache: VerifyCache | None
) -> None:
    """Check every pinned file in `directory`; raise IntegrityError naming the first mismatch."""
    for pin in pinned:
        path = directory / pin.path
        try:
            st = path.stat()
        except FileNotFoundError:
            raise IntegrityError(
                f"model {model}: file {pin.path} is missing from {directory}"
            ) from None
        if st.st_size != pin.size:
            raise IntegrityError(
                f"model {model}: {path} has {st.st_size} bytes, the registry pins {pin.size}"
            )
        if cache is not None and cache.matches(path, st, pin.sha256):
            continue
        hashed_at = time.time_ns()
        actual = sha256_file(path)
        if actual != pin.sha256:
            if cache is not None:
                cache.forget(path)
                cache.save()
            raise IntegrityError(
                f"model {model}: {path} does not match its pinned SHA-256 (corrupt or altered)"
            )
        if cache is not None:
            # Stat again: a write during hashing must not be cached as verified.
            after = path.stat()
            if _stat_key(after) == _stat_key(st):
                cache.remember(path, st, pin.sha256, hashed_at)
    if cache is not None:
        cache.save()
