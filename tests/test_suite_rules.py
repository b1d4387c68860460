"""The suite's own rules: no skip outside the allow-list, and no test or benchmark reading data from
outside the repository (a clone with nothing beside it must run everything)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

PROBE = """
import pytest

def test_skipped_for_a_missing_tool():
    pytest.skip("strace is not installed")

@pytest.mark.skipif(True, reason="sox is not installed")
def test_skipped_by_a_marker():
    pass

def test_skipped_for_an_allowed_reason():
    pytest.skip("no CUDA GPU on this machine")

def test_that_runs():
    pass
"""


def test_a_skip_outside_the_allow_list_fails_the_run(tmp_path: Path) -> None:
    probe = tmp_path / "test_probe.py"
    probe.write_text(PROBE, encoding="utf-8")
    r = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-p", "tests.conftest",
         "-q", "-rs", str(probe)],
        cwd=REPO, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert r.returncode == 1, r.stdout
    tail = r.stdout.strip().splitlines()[-1]
    assert re.search(r"1 failed, 1 passed, 1 skipped, 1 error", tail), tail
    assert "not in ALLOWED_SKIPS: strace is not installed" in r.stdout
    assert "not in ALLOWED_SKIPS: sox is not installed" in r.stdout


def test_no_test_or_benchmark_reads_the_shared_folder() -> None:
    pattern = re.compile(r"""["']shared["']|\.\./shared""")
    offenders = [
        f"{p.relative_to(REPO)}:{n}"
        for folder in ("tests", "benchmarks")
        for p in sorted((REPO / folder).rglob("*.py"))
        if p.name != Path(__file__).name
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert offenders == []


def test_the_real_recordings_are_in_the_repository_with_their_licences() -> None:
    data = REPO / "tests" / "data" / "real-speech"
    readme = (data / "README.md").read_text(encoding="utf-8")
    for f in sorted(data.iterdir()):
        if f.suffix in {".flac", ".wav"}:
            assert f"`{f.name}`" in readme, f"{f.name} has no attribution"
    assert "MIT" in readme and "CC BY 4.0" in readme
