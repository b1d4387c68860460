"""Durable file operations: atomic replace, directory fsync, private modes."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from localnotes.errors import StorageError

DIR_MODE = 0o700
FILE_MODE = 0o600


def fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def make_private_dir(path: Path) -> None:
    path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    os.chmod(path, DIR_MODE)


def storage_error(e: OSError, what: str) -> StorageError:
    """A one-line, person-readable error for a failed write."""
    if e.errno == errno.ENOSPC:
        return StorageError(f"the disk is full while {what}; nothing was changed")
    if e.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return StorageError(f"permission denied while {what}; nothing was changed")
    return StorageError(
        f"could not write to disk while {what} ({errno.errorcode.get(e.errno or 0, e)})"
    )


def atomic_write(path: Path, data: bytes) -> None:
    """Write data to path so that either the old or the new content is there after a crash."""
    tmp = path.with_name(f".tmp-{path.name}-{os.getpid()}")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
        try:
            view = memoryview(data)
            while view:
                n = os.write(fd, view)
                view = view[n:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise storage_error(e, f"writing {path.name}") from None
