"""`localnotes doctor`: each check on a real directory tree, and the report's shape."""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from localnotes import doctor, host_checks, offline
from localnotes.cli import doctor_cmd
from localnotes.config import load_settings


def make_vault(data_dir: Path, memory_kib: int = 262144, iterations: int = 3) -> Path:
    """A stand-in vault: the header columns doctor reads, a blob, the modes init creates."""
    (data_dir / "blobs").mkdir(parents=True, mode=0o700)
    data_dir.chmod(0o700)
    db = data_dir / "vault.db"
    conn = sqlite3.connect(db)
    conn.execute(
        "CREATE TABLE header (id INTEGER PRIMARY KEY, kdf_memory_kib INTEGER, "
        "kdf_iterations INTEGER, kdf_lanes INTEGER)"
    )
    conn.execute("INSERT INTO header VALUES (1, ?, ?, 4)", (memory_kib, iterations))
    conn.commit()
    conn.close()
    db.chmod(0o600)
    blob = data_dir / "blobs" / "0f3a9c"
    blob.write_bytes(b"\x00" * 64)
    blob.chmod(0o600)
    return data_dir


def test_a_private_vault_passes_the_permission_check(tmp_path: Path) -> None:
    check = doctor.check_vault_permissions(make_vault(tmp_path / "data"))
    assert check.status == "ok"


@pytest.mark.parametrize(
    ("relative", "mode"),
    [(".", 0o755), ("vault.db", 0o644), ("blobs", 0o750), ("blobs/0f3a9c", 0o604)],
)
def test_vault_readable_by_others_is_a_failure(tmp_path: Path, relative: str, mode: int) -> None:
    data_dir = make_vault(tmp_path / "data")
    (data_dir / relative).chmod(mode)
    check = doctor.check_vault_permissions(data_dir)
    assert check.status == "fail"
    assert check.fix is not None and "chmod" in check.fix
    assert doctor.exit_code([check]) == 1


def test_no_vault_yet_is_a_warning_not_a_failure(tmp_path: Path) -> None:
    missing = tmp_path / "not-created"
    assert doctor.check_vault_permissions(missing).status == "warn"
    assert doctor.check_vault_kdf(missing).status == "warn"
    assert not missing.exists()  # doctor never creates the data directory


def test_kdf_parameters_are_read_from_the_header(tmp_path: Path) -> None:
    assert doctor.check_vault_kdf(make_vault(tmp_path / "a")).status == "ok"
    weak = doctor.check_vault_kdf(make_vault(tmp_path / "b", memory_kib=65536, iterations=1))
    assert weak.status == "warn" and "64 MiB" in weak.detail
    broken = doctor.check_vault_kdf(make_vault(tmp_path / "c", memory_kib=8192))
    assert broken.status == "fail"


@pytest.mark.parametrize(
    ("parts", "provider"),
    [
        (("Dropbox", "clinic", "localnotes"), "Dropbox"),
        (("Dropbox (Personal)", "notes"), "Dropbox"),
        (("OneDrive - Northside Clinic", "localnotes"), "OneDrive"),
        (("Library", "Mobile Documents", "com~apple~CloudDocs", "ln"), "iCloud Drive"),
        (("Google Drive", "My Drive", "ln"), "Google Drive"),
        (("GoogleDrive", "ln"), "Google Drive"),
    ],
)
def test_data_dir_in_a_cloud_synced_folder_warns_loudly(
    tmp_path: Path, parts: tuple[str, ...], provider: str
) -> None:
    data_dir = tmp_path.joinpath(*parts)
    check = host_checks.check_cloud_sync(data_dir)
    assert check.status == "warn"
    assert check.detail.startswith("WARNING") and provider in check.detail
    assert check.fix is not None and "LOCALNOTES_DATA_DIR" in check.fix


def test_a_dropbox_marker_in_an_ancestor_is_detected(tmp_path: Path) -> None:
    synced = tmp_path / "work-sync"
    (synced / ".dropbox").mkdir(parents=True)
    assert host_checks.cloud_provider(synced / "patients" / "localnotes") == "Dropbox"


def test_an_ordinary_folder_is_not_cloud_synced(tmp_path: Path) -> None:
    assert host_checks.check_cloud_sync(tmp_path / "localnotes").status == "ok"


def test_swap_encryption_is_read_from_proc_swaps(tmp_path: Path) -> None:
    swaps = tmp_path / "swaps"
    swaps.write_text("Filename\tType\tSize\tUsed\tPriority\n")
    assert host_checks.check_swap(swaps).status == "ok"
    swaps.write_text(
        "Filename\tType\tSize\tUsed\tPriority\n/dev/zram0  partition  4194300  0  100\n"
    )
    assert host_checks.check_swap(swaps).status == "ok"
    swaps.write_text(
        "Filename\tType\tSize\tUsed\tPriority\n/dev/nonexistent9  partition  4194300  0  -2\n"
    )
    check = host_checks.check_swap(swaps)
    assert check.status == "warn" and check.fix is not None and "swapoff" in check.fix


def test_network_guard_check_fails_when_the_guard_is_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(offline, "_installed", False)
    assert doctor.check_network_guard().status == "fail"
    monkeypatch.setattr(offline, "_installed", True)
    monkeypatch.setattr(offline, "_late_imports", ())
    for key, value in offline.environment_overrides().items():
        monkeypatch.setenv(key, value)
    assert doctor.check_network_guard().status == "ok"
    monkeypatch.setenv("HF_HUB_OFFLINE", "0")
    assert doctor.check_network_guard().status == "fail"


def test_secure_delete_is_checked_through_the_vaults_own_connect() -> None:
    assert doctor.check_secure_delete().status == "ok"


class FakeContext:
    def __init__(self, data_dir: Path, as_json: bool) -> None:
        self.data_dir = data_dir
        self.settings = load_settings(environ={})
        self.json = as_json
        self.emitted: list[tuple[Any, str | None]] = []

    def emit(self, data: Any, text: str | None = None) -> None:
        self.emitted.append((data, text))


def test_doctor_command_reports_every_check_in_json(tmp_path: Path) -> None:
    ctx = FakeContext(make_vault(tmp_path / "data"), as_json=True)
    code = doctor_cmd.run(ctx, argparse.Namespace())  # type: ignore[arg-type]
    data, text = ctx.emitted[0]
    report = json.loads(json.dumps(data))
    assert set(report) == {"ok", "data_dir", "checks", "summary", "offline_environment"}
    names = [c["name"] for c in report["checks"]]
    assert len(names) == len(set(names)) >= 12
    for c in report["checks"]:
        assert set(c) == {"name", "status", "detail", "fix"}
        assert c["status"] in ("ok", "warn", "fail")
    assert sum(report["summary"].values()) == len(names)
    assert report["ok"] is (code == 0)
    assert report["offline_environment"]["ORT_DISABLE_TELEMETRY"] == "1"
    # this test process runs without the guard (unless another test installed it)
    guard = next(c for c in report["checks"] if c["name"] == "network guard")
    assert (guard["status"] == "ok") is offline.is_installed()
    assert "network guard" in (text or "")


def test_doctor_exits_nonzero_only_when_a_guarantee_is_broken(tmp_path: Path) -> None:
    data_dir = make_vault(tmp_path / "data")
    (data_dir / "vault.db").chmod(0o644)
    ctx = FakeContext(data_dir, as_json=False)
    assert doctor_cmd.run(ctx, argparse.Namespace()) == 1  # type: ignore[arg-type]
    text = ctx.emitted[0][1] or ""
    assert "FAIL  vault permissions" in text and "fix: chmod" in text
    warn_only = [doctor.Check("swap", "warn", "x", "y"), doctor.Check("GPU", "ok", "z")]
    assert doctor.exit_code(warn_only) == 0


def test_doctor_warns_when_the_data_directory_is_not_on_an_encrypted_volume(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "vault"  # not made yet: the check looks at the folder that will hold it
    st = os.stat(tmp_path)
    fake = tmp_path / "sys-dev-block"
    node = fake / f"{os.major(st.st_dev)}:{os.minor(st.st_dev)}"
    (node / "dm").mkdir(parents=True)
    (node / "dm" / "uuid").write_text("LVM-plain\n")
    monkeypatch.setattr(host_checks, "_mount_type", lambda p: "ext4")
    plain = host_checks.check_encrypted_volume(data, fake)
    assert plain.status == "warn" and plain.fix is not None and "LUKS" in plain.fix
    (node / "dm" / "uuid").write_text("CRYPT-LUKS2-0123-data\n")
    crypt = host_checks.check_encrypted_volume(data, fake)
    assert crypt.status == "ok" and "dm-crypt" in crypt.detail
    monkeypatch.setattr(host_checks, "_mount_type", lambda p: "fuse.gocryptfs")
    assert host_checks.check_encrypted_volume(data, tmp_path / "none").status == "ok"
    names = [c.name for c in doctor.run_checks(data)]
    assert "encrypted volume" in names


def test_drug_names_are_reported_from_the_installed_dictionary() -> None:
    check = doctor.check_drug_names()
    assert check.status == "ok", check.detail
    assert int(check.detail.split()[0]) > 5000


def test_a_missing_drug_dictionary_is_a_warning_not_silence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A package of that name without its dictionary (or a broken one) is found first."""
    import importlib

    from localnotes import drug_dictionary as drug_names

    fake = tmp_path / "site" / drug_names.PACKAGE
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text("")
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    importlib.invalidate_caches()
    drug_names.more_names.cache_clear()
    try:
        check = doctor.check_drug_names()
        assert check.status == "warn"
        assert "missing or unreadable" in check.detail and "drug-named-entity-recognition" in (
            check.fix or ""
        )
    finally:
        drug_names.more_names.cache_clear()
