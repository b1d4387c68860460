"""The model registry: which Whisper models exist, where their files are, and what they hash to.

Built-in models are pinned in the packaged `localnotes/data/models.json` (a copy of the repository's
`models/registry.json`). A model installs from a Python package and never from the network:
`package` models load straight from the package's directory; `assemble` models (split across
packages to fit PyPI's size limit) are concatenated once into `<models_dir>/<name>/`, atomically,
and verified. Models a clinician adds are copied into `<models_dir>/<name>/` and their hashes
pinned in `<models_dir>/registry.json`. Every file is verified before a model is handed out.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import re
import shutil
import tempfile
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from typing import Any

from localnotes.asr.integrity import PinnedFile, VerifyCache, sha256_file, verify_files
from localnotes.errors import IntegrityError, NotFoundError, UsageError
from localnotes.store.files import atomic_write, fsync_dir

USER_REGISTRY = "registry.json"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
_REQUIRED = ("model.bin", "config.json", "tokenizer.json")
_OPTIONAL = ("vocabulary.txt", "vocabulary.json", "preprocessor_config.json")
_ENGLISH_ONLY_VOCAB = 51864  # the .en Whisper vocabularies; multilingual ones have 51865+


@dataclass(frozen=True)
class ModelInfo:
    """What `models list` shows about one model. `path` is set when its files are present."""

    name: str
    language: str  # "en" or "multilingual"
    origin: str  # "package", "assemble" or "user"
    description: str
    size_bytes: int
    installed: bool
    path: Path | None
    install_hint: str
    default: bool = False
    verified: bool = False


def builtin_entries() -> list[dict[str, Any]]:
    """The pinned built-in models from the packaged registry."""
    text = resources.files("localnotes").joinpath("data/models.json").read_text(encoding="utf-8")
    models: list[dict[str, Any]] = json.loads(text)["models"]
    return models


def _user_entries(models_dir: Path) -> list[dict[str, Any]]:
    try:
        text = (models_dir / USER_REGISTRY).read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    try:
        models: list[dict[str, Any]] = json.loads(text)["models"]
    except (ValueError, KeyError, TypeError):
        raise IntegrityError(f"the model list {models_dir / USER_REGISTRY} is not valid") from None
    return models


def _entry(name: str, models_dir: Path) -> dict[str, Any]:
    for entry in [*builtin_entries(), *_user_entries(models_dir)]:
        if entry["name"] == name:
            return entry
    known = ", ".join(e["name"] for e in [*builtin_entries(), *_user_entries(models_dir)])
    raise NotFoundError(f"no model named {name!r}; known models: {known}")


def _pins(entry: dict[str, Any]) -> list[PinnedFile]:
    return [PinnedFile(f["path"], f["sha256"], int(f["size"])) for f in entry["files"]]


def _install_hint(entry: dict[str, Any]) -> str:
    if entry.get("install") == "user":
        return f"add it again with: localnotes models add DIR --name {entry['name']}"
    if entry.get("extra"):
        return f"install it with: pip install 'localnotes[{entry['extra']}]'"
    pkgs = " ".join(f"{p['distribution']}=={p['version']}" for p in entry["packages"])
    return f"install it with: pip install {pkgs}"


def _package_dir(pkg: dict[str, Any]) -> Path | None:
    """The installed package's data directory, found without importing the package."""
    try:
        spec = importlib.util.find_spec(pkg["module"])
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    root = Path(next(iter(spec.submodule_search_locations)))
    return root / str(pkg["dir"])


def _package_dirs(entry: dict[str, Any]) -> list[Path] | None:
    dirs = [_package_dir(p) for p in entry["packages"]]
    if any(d is None or not d.is_dir() for d in dirs):
        return None
    return [d for d in dirs if d is not None]


def _model_dir(entry: dict[str, Any], models_dir: Path) -> Path | None:
    """Where the model's loadable files are, or None when they are not there (yet)."""
    install = entry.get("install")
    if install == "package":
        dirs = _package_dirs(entry)
        return dirs[0] if dirs else None
    target = models_dir / entry["name"]
    return target if target.is_dir() else None


def list_models(models_dir: Path) -> list[ModelInfo]:
    """Every known model, built-in first, without hashing anything."""
    infos = []
    for entry in [*builtin_entries(), *_user_entries(models_dir)]:
        path = _model_dir(entry, models_dir)
        installed = path is not None or (
            entry.get("install") == "assemble" and _package_dirs(entry) is not None
        )
        infos.append(
            ModelInfo(
                name=entry["name"],
                language=entry["language"],
                origin=entry.get("install", "user"),
                description=entry.get("description", ""),
                size_bytes=sum(int(f["size"]) for f in entry["files"]),
                installed=installed,
                path=path,
                install_hint=_install_hint(entry),
                default=bool(entry.get("default", False)),
            )
        )
    return infos


def _info(entry: dict[str, Any], models_dir: Path, path: Path | None) -> ModelInfo:
    info = next(i for i in list_models(models_dir) if i.name == entry["name"])
    return replace(info, path=path, verified=True)


def verify_model(name: str, models_dir: Path, rehash: bool = False) -> ModelInfo:
    """Hash-check a model's files (or, for an unassembled model, its parts). With `rehash`, every
    file is read and hashed again, whatever the stat cache says (what `models verify` does)."""
    entry = _entry(name, models_dir)
    cache = VerifyCache(models_dir, trust=not rehash)
    path = _model_dir(entry, models_dir)
    if path is not None:
        verify_files(name, path, _pins(entry), cache)
        return _info(entry, models_dir, path)
    if entry.get("install") == "assemble":
        dirs = _package_dirs(entry)
        if dirs is not None:
            for f in entry["files"]:
                parts = [PinnedFile(p["path"], p["sha256"], int(p["size"])) for p in f["parts"]]
                for part in parts:
                    src = dirs[int(_part_package(f, part))]
                    verify_files(name, src, [part], cache)
            return _info(entry, models_dir, None)
    raise NotFoundError(f"model {name} is not installed; {_install_hint(entry)}")


def _part_package(file_entry: dict[str, Any], part: PinnedFile) -> int:
    for p in file_entry["parts"]:
        if p["path"] == part.path:
            return int(p["package"])
    raise IntegrityError(f"registry entry for {file_entry['path']} is inconsistent")


def resolve_model(name: str, models_dir: Path) -> Path:
    """A verified directory faster-whisper can load; assembles a split model the first time."""
    entry = _entry(name, models_dir)
    path = _model_dir(entry, models_dir)
    if path is None and entry.get("install") == "assemble":
        path = _assemble(entry, models_dir)
    if path is None:
        raise NotFoundError(f"model {name} is not installed; {_install_hint(entry)}")
    verify_files(name, path, _pins(entry), VerifyCache(models_dir))
    if not (path / "tokenizer.json").is_file():  # without it faster-whisper would download one
        raise IntegrityError(f"model {name}: {path} has no tokenizer.json")
    return path


def _assemble(entry: dict[str, Any], models_dir: Path) -> Path:
    """Concatenate the parts into `<models_dir>/<name>/`, checking every hash on the way."""
    name = str(entry["name"])
    dirs = _package_dirs(entry)
    if dirs is None:
        raise NotFoundError(f"model {name} is not installed; {_install_hint(entry)}")
    models_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    target = models_dir / name
    tmp = Path(tempfile.mkdtemp(prefix=f".{name}-assembling-", dir=models_dir))
    try:
        for f in entry["files"]:
            whole = hashlib.sha256()
            with open(tmp / f["path"], "wb") as out:
                for part in f["parts"]:
                    piece = hashlib.sha256()
                    src = dirs[int(part["package"])] / part["path"]
                    try:
                        inp = open(src, "rb", buffering=0)  # noqa: SIM115 - closed below
                    except FileNotFoundError:
                        raise NotFoundError(
                            f"model {name}: {src} is missing; {_install_hint(entry)}"
                        ) from None
                    with inp:
                        while chunk := inp.read(1 << 20):
                            piece.update(chunk)
                            whole.update(chunk)
                            out.write(chunk)
                    if piece.hexdigest() != part["sha256"]:
                        raise IntegrityError(
                            f"model {name}: {src} does not match its pinned SHA-256"
                        )
                out.flush()
                os.fsync(out.fileno())
            if whole.hexdigest() != f["sha256"]:
                raise IntegrityError(f"model {name}: assembled {f['path']} does not match its pin")
        fsync_dir(tmp)
        try:
            os.rename(tmp, target)
        except OSError:
            if not target.is_dir():  # another process finished first; otherwise a real failure
                raise
        fsync_dir(models_dir)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return target


def _detect_language(src: Path) -> str:
    vocab_txt, vocab_json = src / "vocabulary.txt", src / "vocabulary.json"
    if vocab_txt.is_file():
        with open(vocab_txt, encoding="utf-8") as f:
            size = sum(1 for _ in f)
    elif vocab_json.is_file():
        size = len(json.loads(vocab_json.read_text(encoding="utf-8")))
    else:
        raise UsageError(f"{src} has no vocabulary.txt or vocabulary.json: not a Whisper model")
    return "en" if size <= _ENGLISH_ONLY_VOCAB else "multilingual"


def add_model(src_dir: Path, name: str, models_dir: Path, language: str | None = None) -> ModelInfo:
    """Copy a CTranslate2 Whisper model into `<models_dir>/<name>/` and pin its hashes."""
    if not _NAME.match(name) or name in (".", ".."):
        raise UsageError(f"model name {name!r}: use letters, digits, '.', '_' or '-'")
    if any(e["name"] == name for e in [*builtin_entries(), *_user_entries(models_dir)]):
        raise UsageError(f"a model named {name!r} already exists")
    if not src_dir.is_dir():
        raise NotFoundError(f"no model directory at {src_dir}")
    missing = [f for f in _REQUIRED if not (src_dir / f).is_file()]
    if missing:
        raise UsageError(
            f"{src_dir} is not a CTranslate2 Whisper model: it lacks {', '.join(missing)}"
        )
    try:
        config = json.loads((src_dir / "config.json").read_text(encoding="utf-8"))
    except ValueError:
        raise UsageError(f"{src_dir / 'config.json'} is not valid JSON") from None
    if not isinstance(config, dict) or "suppress_ids" not in config:
        raise UsageError(f"{src_dir} does not look like a Whisper model converted by CTranslate2")
    language = language or _detect_language(src_dir)
    names = [*_REQUIRED, *(f for f in _OPTIONAL if (src_dir / f).is_file())]

    models_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    target = models_dir / name
    if target.exists():
        raise UsageError(f"{target} already exists; remove it or choose another name")
    tmp = Path(tempfile.mkdtemp(prefix=f".{name}-adding-", dir=models_dir))
    try:
        files = []
        for fname in names:
            shutil.copyfile(src_dir / fname, tmp / fname)
            with open(tmp / fname, "rb") as f:
                os.fsync(f.fileno())
            files.append(
                {
                    "path": fname,
                    "sha256": sha256_file(tmp / fname),
                    "size": (tmp / fname).stat().st_size,
                }
            )
        fsync_dir(tmp)
        os.rename(tmp, target)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    entry = {
        "name": name,
        "language": language,
        "description": f"added from {src_dir}",
        "install": "user",
        "packages": [],
        "extra": None,
        "files": files,
    }
    _write_user_registry(models_dir, [*_user_entries(models_dir), entry])
    return _info(entry, models_dir, target)


def _write_user_registry(models_dir: Path, entries: list[dict[str, Any]]) -> None:
    body = json.dumps({"format": 1, "models": entries}, indent=2) + "\n"
    atomic_write(models_dir / USER_REGISTRY, body.encode("utf-8"))
