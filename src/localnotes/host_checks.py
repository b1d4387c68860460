"""Checks of the computer around localnotes, for `doctor`: swap, core dumps, and whether the
vault sits in a cloud-synced or network folder. Each returns a `Check`; they only read."""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Literal

from localnotes import offline

Status = Literal["ok", "warn", "fail"]
# Folder names (lower case) of sync clients; "Dropbox (Personal)", "OneDrive - Clinic" match too.
_CLOUD_FOLDERS = {
    **dict.fromkeys(("dropbox", ".dropbox"), "Dropbox"),
    **dict.fromkeys(("onedrive",), "OneDrive"),
    **dict.fromkeys(
        ("icloud drive", "iclouddrive", "mobile documents", "com~apple~clouddocs"), "iCloud Drive"
    ),
    **dict.fromkeys(
        ("google drive", "googledrive", "my drive", ".tmp.drivedownload"), "Google Drive"
    ),
    **dict.fromkeys(
        ("nextcloud", ".nextcloudsync.log", "owncloud", ".owncloudsync.log"), "Nextcloud/ownCloud"
    ),
    **dict.fromkeys(
        ("cloudstorage", "box sync", "pcloud drive", "megasync", ".sync"), "a cloud sync service"
    ),
}
# Files a sync client leaves at the root of the folder it syncs.
_CLOUD_MARKERS = (
    ".dropbox",
    ".dropbox.cache",
    ".tmp.drivedownload",
    ".nextcloudsync.log",
    ".owncloudsync.log",
    ".sync",
)
_NETWORK_FS = (
    "nfs",
    "nfs4",
    "cifs",
    "smb3",
    "smbfs",
    "davfs",
    "fuse.sshfs",
    "fuse.rclone",
    "fuse.google-drive-ocamlfuse",
    "fuse.onedriver",
    "afpfs",
    "ceph",
    "9p",
)


@dataclass(frozen=True)
class Check:
    """One line of the report. `fix` says what to do, for "warn" and "fail"."""

    name: str
    status: Status
    detail: str
    fix: str | None = None

    def to_dict(self) -> dict[str, str | None]:
        return asdict(self)


def _block_is_encrypted(sys_dev: Path, depth: int = 0) -> bool:
    """A /sys block device is dm-crypt, or stacked (LVM) on one."""
    uuid = sys_dev / "dm" / "uuid"
    if uuid.exists() and uuid.read_text().startswith("CRYPT-"):
        return True
    slaves = sys_dev / "slaves"
    if depth < 8 and slaves.is_dir():
        return any(_block_is_encrypted(s.resolve(), depth + 1) for s in slaves.iterdir())
    return False


def _swap_is_protected(path: str, kind: str) -> bool:
    if kind == "partition":
        dev = os.path.realpath(path)
        if os.path.basename(dev).startswith("zram"):
            return True  # compressed RAM, never on disk
        sys_dev = Path("/sys/class/block") / os.path.basename(dev)
    else:  # a swap file: the device of the filesystem that holds it
        st = os.stat(path)
        sys_dev = Path(f"/sys/dev/block/{os.major(st.st_dev)}:{os.minor(st.st_dev)}")
    return sys_dev.exists() and _block_is_encrypted(sys_dev.resolve())


def check_swap(proc_swaps: Path = Path("/proc/swaps")) -> Check:
    name = "swap"
    if not proc_swaps.exists():
        return Check(
            name,
            "warn",
            "cannot tell on this system whether swap is encrypted",
            "use encrypted swap or none (FileVault / BitLocker encrypt it)",
        )
    rows = [line.split() for line in proc_swaps.read_text().splitlines()[1:] if line.strip()]
    if not rows:
        return Check(name, "ok", "no swap: memory is never written to disk")
    plain = [r[0] for r in rows if not _swap_is_protected(r[0].replace("\\040", " "), r[1])]
    if plain:
        return Check(
            name,
            "warn",
            f"swap on {', '.join(plain)} is not encrypted: a transcript in "
            "memory could be written there in the clear",
            "encrypt swap (a random-key entry in /etc/crypttab, or zram) or turn it off: "
            "sudo swapoff -a",
        )
    return Check(name, "ok", "swap is encrypted (or in RAM)")


def check_core_dumps() -> Check:
    import resource

    name = "core dumps"
    soft, _ = resource.getrlimit(resource.RLIMIT_CORE)
    dumpable = offline.process_is_dumpable()
    pattern = Path("/proc/sys/kernel/core_pattern")
    piped = pattern.exists() and pattern.read_text().startswith("|")
    suid = Path("/proc/sys/fs/suid_dumpable")
    dumps_protected = suid.exists() and suid.read_text().strip() == "2"
    fix = (
        "run localnotes through its own command; to turn core dumps off system-wide, set "
        "`* hard core 0` in /etc/security/limits.conf and Storage=none in "
        "/etc/systemd/coredump.conf"
    )
    if soft != 0 or dumpable:
        return Check(
            name,
            "warn",
            "a crash of this process could write its memory (patient "
            "audio and text) to a core file",
            fix,
        )
    if piped and dumps_protected:
        return Check(
            name,
            "warn",
            "fs.suid_dumpable=2 with a piped core_pattern: the system's "
            "crash handler may still receive localnotes' memory",
            fix,
        )
    return Check(
        name,
        "ok",
        "off for localnotes: it sets its core size limit to 0 and marks "
        "itself non-dumpable, so its memory never lands in a core file",
    )


def _mount_type(path: Path) -> str | None:
    try:
        lines = Path("/proc/self/mountinfo").read_text().splitlines()
    except OSError:
        return None
    best, fstype = "", None
    for line in lines:
        left, _, right = line.partition(" - ")
        point = left.split()[4].replace("\\040", " ")
        inside = str(path) == point or str(path).startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, fstype = point, right.split()[0]
    return fstype


def cloud_provider(data_dir: Path) -> str | None:
    """The sync service or network filesystem that would copy `data_dir` off this computer."""
    path = data_dir.expanduser().absolute()
    for part in path.parts:
        key = part.lower()
        base = key.split(" (", 1)[0].split(" - ", 1)[0]
        if key in _CLOUD_FOLDERS or base in _CLOUD_FOLDERS:
            return _CLOUD_FOLDERS.get(key) or _CLOUD_FOLDERS[base]
    for ancestor in [path, *path.parents]:
        for marker in _CLOUD_MARKERS:
            if (ancestor / marker).exists():
                return _CLOUD_FOLDERS[marker]
    existing = next((p for p in [path, *path.parents] if p.exists()), None)
    fstype = _mount_type(existing.resolve()) if existing is not None else None
    if fstype in _NETWORK_FS:
        return f"a network file system ({fstype})"
    return None


def check_cloud_sync(data_dir: Path) -> Check:
    provider = cloud_provider(data_dir)
    if provider is None:
        return Check("cloud sync", "ok", f"{data_dir} is not in a cloud-synced or network folder")
    return Check(
        "cloud sync",
        "warn",
        f"WARNING: {data_dir} is inside {provider}. The vault is "
        "encrypted, but it is being copied to someone else's servers, and deleted "
        "sessions may survive there in old versions",
        "move the data directory out of the synced folder (for example to "
        "~/.local/share/localnotes), point LOCALNOTES_DATA_DIR or --data-dir at it, and "
        "delete the synced copy",
    )


_ENCRYPTING_FS = ("ecryptfs", "fuse.gocryptfs", "fuse.encfs", "fuse.cryfs", "fuse.securefs")
_IN_MEMORY_FS = ("tmpfs", "ramfs")
_FS_IOC_GETFLAGS, _FS_ENCRYPT_FL = 0x80086601, 0x800


def _fscrypt(path: Path) -> bool:
    """The directory is encrypted with fscrypt (ext4, f2fs, ubifs): the inode's encrypt flag."""
    import array
    import fcntl

    try:
        fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return False
    try:
        buf = array.array("l", [0])
        fcntl.ioctl(fd, _FS_IOC_GETFLAGS, buf, True)
        return bool(buf[0] & _FS_ENCRYPT_FL)
    except OSError:
        return False
    finally:
        os.close(fd)


def check_encrypted_volume(data_dir: Path, sys_dev_block: Path = Path("/sys/dev/block")) -> Check:
    """Whether the data directory is on an encrypted volume: deletion overwrites keys in place,
    but SSDs and some file systems keep old blocks no program can reach, and a stolen disk holds
    whatever was not yet overwritten; an encrypted volume keeps those out of reach."""
    name = "encrypted volume"
    here = data_dir
    while not here.exists() and here != here.parent:
        here = here.parent
    fstype = _mount_type(here.resolve()) or ""
    ok = "the data directory is on {}: leftovers of deleted keys on the disk are ciphertext"
    if fstype in _IN_MEMORY_FS:
        return Check(name, "ok", f"the data directory is in memory ({fstype})")
    if fstype in _ENCRYPTING_FS:
        return Check(name, "ok", ok.format(f"an encrypted file system ({fstype})"))
    if _fscrypt(here):
        return Check(name, "ok", ok.format("an fscrypt-encrypted directory"))
    st = os.stat(here)
    dev = sys_dev_block / f"{os.major(st.st_dev)}:{os.minor(st.st_dev)}"
    if dev.exists() and _block_is_encrypted(dev.resolve()):
        return Check(name, "ok", ok.format("an encrypted block device (dm-crypt/LUKS)"))
    return Check(
        name,
        "warn",
        f"{data_dir} is not on an encrypted volume: deletion overwrites the keys in place, but "
        "SSDs and some file systems keep old copies of blocks that no program can overwrite",
        "keep the data directory on an encrypted volume: LUKS/dm-crypt, fscrypt, or an "
        "encrypted home folder",
    )
