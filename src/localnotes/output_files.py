"""Files the clinician asks for by name (exports, receipts, history pages): never over an existing
file unless forced, never over anything that is not a regular file, always atomic.

A device node, a directory, a socket or a symbolic link at the path is refused even with --force:
replacing `/dev/full` with a regular file as root, or following a link somewhere else, is never
what was meant. A missing folder or a directory given as the file is one line naming the path.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Sequence
from pathlib import Path

from localnotes.errors import NotFoundError, UsageError
from localnotes.store.files import storage_error, write_file


def check_output(path: Path, force: bool) -> None:
    """Raise the error writing `path` would meet, before any work is done."""
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        if parent.exists():
            raise UsageError(f"cannot write {path}: {parent} is not a folder")
        raise NotFoundError(f"cannot write {path}: the folder {parent} does not exist")
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return
    if stat.S_ISDIR(st.st_mode):
        raise UsageError(f"{path} is a folder: give a file name inside it")
    if not stat.S_ISREG(st.st_mode):
        raise UsageError(f"{path} exists and is not a regular file; localnotes will not replace it")
    if not force:
        raise UsageError(f"{path} already exists; pass --force to replace it")


def check_outputs(paths: Sequence[Path], force: bool) -> None:
    for p in paths:
        check_output(p, force)


def write_output(path: Path, data: bytes, force: bool) -> None:
    """Write `data` to `path` atomically (temp file, fsync, rename, fsync the folder).

    Without `force` the final step is a hard link, which fails if the name appeared meanwhile, so
    a file created by someone else between the check and the write is never replaced."""
    check_output(path, force)
    try:
        write_file(path, data, replace=force)
    except FileExistsError:
        raise UsageError(f"{path} already exists; pass --force to replace it") from None
    except OSError as e:
        if e.errno == errno.EISDIR:
            raise UsageError(f"{path} is a folder: give a file name inside it") from None
        raise storage_error(e, f"writing {path}") from None
