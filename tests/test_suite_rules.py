"""The suite's own rules: no skip outside the allow-list, and no test or benchmark reading data from
outside the repository (a clone with nothing beside it must run everything), and tests and
benchmarks never importing each other (what both need lives in harness/)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from tests.test_layering import imports  # the top-level names a file imports, lazily too

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
        for folder in ("tests", "benchmarks", "harness")
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


def cross_imports(root: Path) -> list[str]:
    """Each file of tests/ that imports a benchmark, and of benchmarks/ that imports a test module
    (as a package, or by a module's own name after a sys.path insert). What both need lives in
    harness/."""
    names = {
        folder: {folder} | {p.stem for p in (root / folder).glob("*.py") if p.stem != "__init__"}
        for folder in ("tests", "benchmarks")
    }
    out = []
    for here, there in (("tests", "benchmarks"), ("benchmarks", "tests")):
        for p in sorted((root / here).rglob("*.py")):
            for name in sorted(imports(p) & names[there]):
                out.append(f"{p.relative_to(root)} imports {there}: {name}")
    return out


def test_tests_and_benchmarks_do_not_import_each_other() -> None:
    assert cross_imports(REPO) == []


def test_the_rule_catches_a_test_importing_a_benchmark_and_the_other_way(tmp_path: Path) -> None:
    for rel, text in {
        "tests/__init__.py": "",
        "tests/audio_fixtures.py": "from harness.speech import JFK_TEXT\n",
        "tests/test_x.py": "def test():\n    import redaction_eval\n",
        "benchmarks/redaction_eval.py": "import json\n",
        "benchmarks/live.py": "from tests.audio_fixtures import JFK_TEXT\n",
    }.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text, encoding="utf-8")
    assert cross_imports(tmp_path) == [
        "tests/test_x.py imports benchmarks: redaction_eval",
        "benchmarks/live.py imports tests: tests",
    ]
