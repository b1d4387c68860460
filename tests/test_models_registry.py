"""The model registry: pins match the installed files, a flipped byte refuses to load (exit 5),
the verification cache never vouches for a changed file, and `base` assembles once, atomically."""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pytest

from localnotes.asr import integrity, registry
from localnotes.errors import IntegrityError, NotFoundError, UsageError

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def tiny_dir() -> Path:
    return registry.resolve_model("tiny.en", Path("/nonexistent-models-dir"))


@pytest.fixture
def hash_calls(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    calls: list[Path] = []
    real = integrity.sha256_file

    def counting(path: Path) -> str:
        calls.append(path)
        return real(path)

    monkeypatch.setattr(integrity, "sha256_file", counting)
    return calls


def _flip_byte_keep_mtime(path: Path, offset: int) -> None:
    st = path.stat()
    with open(path, "r+b") as f:
        f.seek(offset)
        b = f.read(1)
        f.seek(offset)
        f.write(bytes([b[0] ^ 0x01]))
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))  # hide the edit from an mtime-only check


def test_repo_registry_and_packaged_copy_are_identical() -> None:
    packaged = REPO / "src" / "localnotes" / "data" / "models.json"
    assert (REPO / "models" / "registry.json").read_bytes() == packaged.read_bytes()


def test_every_file_is_pinned_by_hash_and_size() -> None:
    for entry in registry.builtin_entries():
        assert entry["language"] in ("en", "multilingual")
        assert entry["packages"]
        for f in entry["files"]:
            assert len(f["sha256"]) == 64 and f["size"] > 0
            if entry["install"] == "assemble":
                assert sum(p["size"] for p in f["parts"]) == f["size"]


def test_tiny_en_is_the_installed_default(tmp_path: Path) -> None:
    infos = {i.name: i for i in registry.list_models(tmp_path)}
    tiny = infos["tiny.en"]
    assert tiny.default and tiny.installed and tiny.language == "en"
    assert tiny.path is not None and (tiny.path / "tokenizer.json").is_file()
    assert infos["base"].language == "multilingual"
    assert "localnotes[base]" in infos["base"].install_hint


def test_tiny_en_verifies_and_second_check_uses_the_cache(
    tmp_path: Path, tiny_dir: Path, hash_calls: list[Path]
) -> None:
    # The cache rightly will not vouch for a file changed in the last 10 s (a fresh install):
    # wait until it is old enough instead of skipping.
    age_ns = time.time_ns() - os.stat(tiny_dir / "model.bin").st_ctime_ns
    if age_ns < 11 * 10**9:
        time.sleep((11 * 10**9 - age_ns) / 1e9)
    info = registry.verify_model("tiny.en", tmp_path)
    assert info.verified and info.path == tiny_dir
    first = len(hash_calls)
    assert first == 4
    registry.verify_model("tiny.en", tmp_path)
    assert len(hash_calls) == first  # unchanged files are not rehashed when loading
    registry.verify_model("tiny.en", tmp_path, rehash=True)
    assert len(hash_calls) == 2 * first  # `models verify` reads every file again


def test_models_verify_finds_a_flipped_byte_the_stat_cache_would_miss(
    tmp_path: Path, cli_env: dict[str, str]
) -> None:
    """A copy whose flipped byte keeps size, mtime, and (re-stat'd) cache entry: `models verify`
    rehashes and finds it (exit 5), it does not trust the cache."""
    from tests.conftest import Cli

    cli = Cli(tmp_path / "vault", cli_env)
    src = registry.resolve_model("tiny.en", tmp_path / "probe")
    user = tmp_path / "mine"
    shutil.copytree(src, user)
    assert cli("models", "add", str(user), "--name", "mine", "--language", "en").returncode == 0
    user = cli.data_dir / "models" / "mine"  # the pinned copy
    old = time.time_ns() - 60 * 10**9
    for f in user.iterdir():
        os.utime(f, ns=(old, old))
    assert cli("models", "verify", "mine").returncode == 0
    good = integrity.sha256_file(user / "model.bin")
    with open(user / "model.bin", "r+b") as f:  # flip a byte, then put the mtime back
        f.seek(1234)
        b = f.read(1)
        f.seek(1234)
        f.write(bytes([b[0] ^ 1]))
    os.utime(user / "model.bin", ns=(old, old))
    # and make the cache vouch for the altered file, as a stale or edited cache could
    cache_file = cli.data_dir / "models" / integrity.CACHE_NAME
    cache = json.loads(cache_file.read_text()) if cache_file.exists() else {"files": {}}
    stat_key = integrity._stat_key(os.stat(user / "model.bin"))
    cache["files"][str(user / "model.bin")] = {"stat": stat_key, "sha256": good}
    cache_file.write_text(json.dumps(cache))
    registry.resolve_model("mine", cli.data_dir / "models")  # loading trusts the cache: no error
    r = cli("models", "verify", "mine")
    assert r.returncode == 5, r.stderr
    assert "model.bin does not match its pinned SHA-256" in r.stderr


def test_unknown_model_is_not_found(tmp_path: Path) -> None:
    with pytest.raises(NotFoundError) as err:
        registry.resolve_model("large-v9", tmp_path)
    assert err.value.exit_code == 6 and "tiny.en" in str(err.value)


def test_missing_package_says_how_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(registry, "_package_dir", lambda pkg: None)
    with pytest.raises(NotFoundError) as err:
        registry.resolve_model("base", tmp_path)
    assert "pip install 'localnotes[base]'" in str(err.value)
    assert not registry.list_models(tmp_path)[1].installed


@pytest.fixture
def user_model(tmp_path: Path, tiny_dir: Path) -> Path:
    models = tmp_path / "models"
    registry.add_model(tiny_dir, "mine.en", models)
    return models


def test_added_model_is_copied_pinned_and_listed(user_model: Path) -> None:
    pinned = json.loads((user_model / "registry.json").read_text())["models"]
    assert [m["name"] for m in pinned] == ["mine.en"]
    assert {f["path"] for f in pinned[0]["files"]} >= {"model.bin", "tokenizer.json"}
    info = next(i for i in registry.list_models(user_model) if i.name == "mine.en")
    assert info.origin == "user" and info.language == "en" and info.path == user_model / "mine.en"
    assert registry.resolve_model("mine.en", user_model) == user_model / "mine.en"


def test_flipped_byte_refuses_to_load_even_with_mtime_restored(
    user_model: Path, hash_calls: list[Path]
) -> None:
    registry.verify_model("mine.en", user_model)
    _flip_byte_keep_mtime(user_model / "mine.en" / "model.bin", 12_345_678)
    with pytest.raises(IntegrityError) as err:
        registry.resolve_model("mine.en", user_model)
    assert err.value.exit_code == 5 and "model.bin" in str(err.value)


def test_cached_verification_is_not_fooled_by_a_restored_mtime(
    user_model: Path, hash_calls: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Pretend the copy is old enough to be cached, then edit it after a real pause.
    monkeypatch.setattr(integrity, "RACY_WINDOW_NS", 0)
    registry.verify_model("mine.en", user_model)
    registry.verify_model("mine.en", user_model)
    assert len([p for p in hash_calls if p.name == "model.bin"]) == 1  # cached
    time.sleep(0.05)  # more than one tick of the kernel's coarse file clock
    _flip_byte_keep_mtime(user_model / "mine.en" / "model.bin", 1000)
    with pytest.raises(IntegrityError):
        registry.verify_model("mine.en", user_model)


def test_freshly_written_files_are_hashed_again(user_model: Path, hash_calls: list[Path]) -> None:
    registry.verify_model("mine.en", user_model)
    registry.verify_model("mine.en", user_model)
    assert len([p for p in hash_calls if p.name == "model.bin"]) == 2  # racily clean: no cache


def test_truncated_file_is_an_integrity_error(user_model: Path) -> None:
    with open(user_model / "mine.en" / "tokenizer.json", "r+b") as f:
        f.truncate(100)
    with pytest.raises(IntegrityError, match="pins"):
        registry.verify_model("mine.en", user_model)


def test_add_model_refuses_bad_names_duplicates_and_non_models(
    tmp_path: Path, tiny_dir: Path, user_model: Path
) -> None:
    for bad in ("../evil", "", "a/b", ".hidden"):
        with pytest.raises(UsageError):
            registry.add_model(tiny_dir, bad, user_model)
    for taken in ("tiny.en", "mine.en"):
        with pytest.raises(UsageError, match="already exists"):
            registry.add_model(tiny_dir, taken, user_model)
    (tmp_path / "junk").mkdir()
    (tmp_path / "junk" / "model.bin").write_bytes(b"x")
    with pytest.raises(UsageError, match="lacks"):
        registry.add_model(tmp_path / "junk", "junk", user_model)
    assert not (user_model / "junk").exists()


def test_corrupt_user_registry_is_an_integrity_error(user_model: Path) -> None:
    (user_model / "registry.json").write_text("{not json")
    with pytest.raises(IntegrityError):
        registry.list_models(user_model)


def test_base_assembles_once_into_the_models_dir(tmp_path: Path) -> None:
    info = next(i for i in registry.list_models(tmp_path) if i.name == "base")
    if not info.installed:
        pytest.fail(
            "base model packages not installed (scripts/setup.sh installs localnotes[base])"
        )
    path = registry.resolve_model("base", tmp_path)
    assert path == tmp_path / "base"
    inode = (path / "model.bin").stat().st_ino
    assert registry.resolve_model("base", tmp_path) == path
    assert (path / "model.bin").stat().st_ino == inode  # not rebuilt
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".base")) == []
    _flip_byte_keep_mtime(path / "model.bin", 99)
    with pytest.raises(IntegrityError):
        registry.resolve_model("base", tmp_path)


def test_base_assembly_rejects_a_corrupt_part(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry = next(e for e in registry.builtin_entries() if e["name"] == "base")
    dirs = registry._package_dirs(entry)
    if dirs is None:
        pytest.fail(
            "base model packages not installed (scripts/setup.sh installs localnotes[base])"
        )
    fake = []
    for i, d in enumerate(dirs):
        copy = tmp_path / f"pkg{i}"
        shutil.copytree(d, copy)
        fake.append(copy)
    _flip_byte_keep_mtime(fake[1] / "model.bin.part2", 5)
    monkeypatch.setattr(registry, "_package_dirs", lambda e: fake)
    models = tmp_path / "models"
    with pytest.raises(IntegrityError, match="part2"):
        registry.resolve_model("base", models)
    assert not (models / "base").exists()
    assert list(models.iterdir()) == []  # the half-built copy is gone
