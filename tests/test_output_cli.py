"""Files written where the clinician says: never over an existing file without --force, never over
anything that is not a regular file, and a missing folder or a folder given as the file is one line
naming the path. A receipt that could not be written refuses the command before it acts."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from tests.conftest import DEMO_AUDIO, Cli, grant, initialized_in


@pytest.fixture(scope="module")
def with_session(tmp_path_factory: pytest.TempPathFactory) -> tuple[Cli, str, Path]:
    root = tmp_path_factory.mktemp("out")
    cli = initialized_in(root)
    grant(cli, "P-1")
    sid = cli.json("transcribe", "P-1", str(DEMO_AUDIO))["session_id"]
    return cli, sid, root


def test_export_refuses_an_existing_file_without_force(with_session: tuple[Cli, str, Path]) -> None:
    cli, sid, root = with_session
    out = root / "mine.txt"
    out.write_text("the clinician's own notes\n")
    r = cli("export", sid, "-o", str(out))
    assert r.returncode == 2
    assert r.stderr.strip().splitlines() == [
        f"localnotes: {out} already exists; pass --force to replace it"
    ]
    assert out.read_text() == "the clinician's own notes\n"
    cli("export", sid, "-o", str(out), "--force", check=True)
    assert "[PERSON]" in out.read_text()
    assert stat.S_IMODE(out.stat().st_mode) == 0o600  # a transcript is private to its owner


def test_export_never_replaces_what_is_not_a_regular_file(
    with_session: tuple[Cli, str, Path],
) -> None:
    cli, sid, root = with_session
    fifo, link, target = root / "pipe", root / "link.txt", root / "target.txt"
    os.mkfifo(fifo)
    target.write_text("keep\n")
    link.symlink_to(target)
    for path in (Path("/dev/full"), fifo, link):
        r = cli("export", sid, "-o", str(path), "--force")
        assert r.returncode == 2, r.stderr
        assert f"{path} exists and is not a regular file" in r.stderr
        assert len(r.stderr.strip().splitlines()) == 1
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode) and link.is_symlink()
    assert target.read_text() == "keep\n"


def test_export_into_a_folder_or_a_missing_folder_names_the_path(
    with_session: tuple[Cli, str, Path],
) -> None:
    cli, sid, root = with_session
    r = cli("export", sid, "-o", str(root))
    assert r.returncode == 2 and f"{root} is a folder" in r.stderr
    missing = root / "no-such-folder" / "a.txt"
    r = cli("export", sid, "-o", str(missing))
    assert r.returncode == 6
    assert f"the folder {missing.parent} does not exist" in r.stderr
    assert "EISDIR" not in r.stderr and "Traceback" not in r.stderr


def test_a_second_patients_receipt_does_not_replace_the_first(initialized: Cli) -> None:
    out = initialized.data_dir.parent / "receipt.json"
    grant(initialized, "P-A", "--receipt-out", str(out))
    first = out.read_text()
    r = initialized("consent", "grant", "P-B", "--scope", "transcript", "--yes",
                    "--receipt-out", str(out))  # fmt: skip
    assert r.returncode == 2 and "already exists; pass --force" in r.stderr
    assert out.read_text() == first
    # refused before it acted: P-B has no consent, so nothing was recorded without its receipt
    assert "No consent on record" in initialized("consent", "status", "P-B", check=True).stdout
    grant(initialized, "P-B", "--receipt-out", str(out), "--force")
    assert out.read_text() != first
    html = out.with_suffix(".html")
    assert html.is_file() and out.with_suffix(".txt").is_file()


def test_history_page_and_certificates_refuse_an_existing_file(initialized: Cli) -> None:
    grant(initialized, "P-C")
    page = initialized.data_dir.parent / "history.html"
    page.write_text("x")
    r = initialized("log", "P-C", "--html", str(page))
    assert r.returncode == 2 and page.read_text() == "x"
    cert = initialized.data_dir.parent / "cert.json"
    cert.write_text("{}")
    r = initialized("consent", "withdraw", "P-C", "--yes", "--receipt-out", str(cert))
    assert r.returncode == 2 and cert.read_text() == "{}"
    still = initialized("consent", "status", "P-C", check=True).stdout
    assert "No consent" not in still and "withdrawn" not in still.lower()  # nothing was withdrawn
