"""Durable file operations: atomic replace, directory fsync, private modes."""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
from collections.abc import Iterator
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


@contextlib.contextmanager
def dir_lock(path: Path, operation: int) -> Iterator[None]:
    """A flock (`fcntl.LOCK_SH` or `LOCK_EX`) on the directory `path`, held for the block; every
    process that takes it on the same directory waits for the others as `operation` says."""
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        fcntl.flock(fd, operation)
        yield
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


def write_file(path: Path, data: bytes, replace: bool = True) -> None:
    """The one atomic save (as borgbackup's SaveFile): a temp file in the same folder, written,
    fsynced, then renamed over `path` (or, with replace=False, hard-linked to it, which fails with
    FileExistsError if the name exists), then the folder fsynced. Either the old or the new
    content is there after a crash. Raises OSError; callers say what it means."""
    parent = path.parent if str(path.parent) else Path(".")
    tmp = parent / f".{path.name}.{os.getpid()}.{os.urandom(4).hex()}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        if replace:
            os.replace(tmp, path)
        else:
            os.link(tmp, path)
        fsync_dir(parent)
    finally:
        tmp.unlink(missing_ok=True)


def atomic_write(path: Path, data: bytes) -> None:
    """write_file, with a failure turned into a one-line StorageError."""
    try:
        write_file(path, data)
    except OSError as e:
        raise storage_error(e, f"writing {path.name}") from None
