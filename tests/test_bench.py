"""`localnotes bench` measures real models on real audio and reports a real-time factor; the
README's performance section is what benchmarks/make_readme_section.py makes of the results."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from harness.speech import write_wav16
from localnotes import bench
from localnotes.wer import word_errors
from tests.conftest import DEMO_AUDIO, REPO, Cli


def test_bench_json_reports_rtf_and_wer_for_a_short_file(cli: Cli, tmp_path: Path) -> None:
    ref = tmp_path / "ref.txt"
    ref.write_text(bench.demo_sample().reference or "", encoding="utf-8")
    doc = cli.json(
        "bench",
        "--models",
        "tiny.en",
        "--compute-type",
        "int8",
        "--audio",
        str(DEMO_AUDIO),
        "--reference",
        str(ref),
    )
    (row,) = doc["asr"]
    assert row["model"] == "tiny.en" and row["compute_type"] == "int8"
    assert 0 < row["rtf"] < 5
    assert row["load_s"] > 0 and row["peak_rss_mb"] > 50
    assert 0 <= row["wer"] < 0.35  # tiny.en on the demo's synthesized speech
    assert doc["redaction"]["words_per_s"] > 0
    assert doc["encryption"]["kdf_s"] > 0 and doc["encryption"]["seal_mb_per_s"] > 0
    assert doc["machine"]["cores"] >= 1


def test_bench_without_reference_omits_wer_and_prints_a_table(cli: Cli, tmp_path: Path) -> None:
    from faster_whisper import decode_audio

    clip = write_wav16(tmp_path / "clip.wav", decode_audio(str(DEMO_AUDIO))[: 16000 * 8])
    r = cli(
        "bench", "--models", "tiny.en", "--compute-type", "int8", "--audio", str(clip), check=True
    )
    assert "RTF" in r.stdout and "tiny.en" in r.stdout and "n/a" in r.stdout
    assert "ready after stop" in r.stdout  # the wait after a 50-minute session, per model
    assert r.stderr == ""  # no progress bar without a terminal


def test_bench_refuses_a_reference_without_audio(cli: Cli, tmp_path: Path) -> None:
    r = cli("bench", "--reference", str(tmp_path / "x.txt"))
    assert r.returncode == 2 and "--audio" in r.stderr


def test_bench_unknown_model_is_a_clear_error(cli: Cli) -> None:
    r = cli("bench", "--models", "no-such-model", "--audio", str(DEMO_AUDIO))
    assert r.returncode == 6 and "no-such-model" in r.stderr


@pytest.mark.parametrize(
    ("ref", "hyp", "errors"),
    [
        ("raised my sertraline to fifty milligrams", "raised my sertraline to 50 milligrams", 0),
        ("call me at five five five, two one four", "Call me at 555-214.", 0),
        ("until our next session on March the ninth", "until our next session on March 9th", 1),
        ("Doctor Patel", "Dr. Patel", 0),
        ("a b c", "a x c d", 2),
    ],
)
def test_word_errors_normalise_numbers_and_punctuation(ref: str, hyp: str, errors: int) -> None:
    assert word_errors(ref, hyp)[0] == errors


def test_readme_performance_section_is_up_to_date() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    if "<!-- perf:start -->" not in readme or "<!-- perf:end -->" not in readme:
        pytest.fail("README.md lost its performance markers (<!-- perf:start --> ... end)")
    r = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "make_readme_section.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert r.returncode == 0, r.stderr


def test_readme_section_replaces_only_what_is_between_the_markers(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text("before\n<!-- perf:start -->\nold\n<!-- perf:end -->\nafter\n")
    script = REPO / "benchmarks" / "make_readme_section.py"  # run, not imported (suite rules)
    args = ["--readme", str(readme), "--results", str(tmp_path)]

    def section(*extra: str) -> int:
        return subprocess.run([sys.executable, str(script), *args, *extra]).returncode

    assert section() == 0
    text = readme.read_text()
    assert text.startswith("before\n<!-- perf:start -->\n") and text.endswith("-->\nafter\n")
    assert "old" not in text
    assert section("--check") == 0
    readme.write_text(text.replace("Generated", "Edited"))
    assert section("--check") == 1


def test_readme_states_each_stop_to_ready_run_with_its_load(tmp_path: Path) -> None:
    # every run of a stop_to_ready.py results file is a row: the spread is shown, not one figure
    readme = tmp_path / "README.md"
    readme.write_text("<!-- perf:start -->\n<!-- perf:end -->\n")
    machine = {"cpu": "Test CPU", "usable_cores": 2, "packages": {"ctranslate2": "9.9"}}
    run = {
        "last_window_s": 1.0,
        "backlog_at_stop_s": 12.5,
        "cpu_per_audio_s": 0.1,
        "streamed": {"wer": 0.1019, "identifiers": 140, "leaked": 0},
    }
    doc = {
        "audio_s": 600.0,
        "model": "tiny.en",
        "command": "stop_to_ready.py --minutes 10",
        "runs": [
            {**run, "stop_to_ready_s": 7.46, "load_average": 8.6},
            {**run, "stop_to_ready_s": 91.5, "load_average": 12.1, "backlog_at_stop_s": 171.0},
        ],
        "stop_to_ready_s": {"median": 49.48, "min": 7.46, "max": 91.5},
        "machine": machine,
    }
    (tmp_path / "stop_to_ready.tiny.en.10min.json").write_text(json.dumps(doc))
    script = REPO / "benchmarks" / "make_readme_section.py"
    args = ["--readme", str(readme), "--results", str(tmp_path)]
    assert subprocess.run([sys.executable, str(script), *args]).returncode == 0
    text = readme.read_text()
    assert "#### 10-minute session (600 s), tiny.en" in text
    assert "`stop_to_ready.py --minutes 10`, on Test CPU, 2 cores" in text
    assert "median 49.48 s, 7.46-91.50 s over 2 runs" in text
    assert "| 1 | 7.46 s | 1.00 s | 12.5 s | 0.100 | 8.6 | 10.2% | 0/140 |" in text
    assert "| 2 | 91.50 s | 1.00 s | 171.0 s | 0.100 | 12.1 | 10.2% | 0/140 |" in text
