"""A model that fits the machine: bench recommends the most accurate model with a real-time factor
under 0.5 and records it; `--model auto` (the default) uses it; `doctor` shows the choice."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from localnotes import bench
from localnotes.asr import model_choice
from localnotes.asr.model_choice import ModelChoice, recommend
from tests.conftest import DEMO_AUDIO, Cli, grant


def row(model: str, rtf: float, wer: float | None, engine: str = "localnotes") -> dict[str, object]:
    return {"engine": engine, "model": model, "compute_type": "int8", "device": "cpu",
            "rtf": rtf, "wer": wer}  # fmt: skip


def test_the_most_accurate_model_under_half_real_time_is_recommended() -> None:
    rows = [row("tiny.en", 0.06, 0.12), row("base", 0.14, 0.09), row("small", 0.62, 0.05)]
    assert recommend(rows) == rows[1]
    assert recommend([*rows, row("base", 0.1, 0.01, engine="faster-whisper")]) == rows[1]
    assert recommend([row("small", 0.7, 0.05), row("base", 0.2, None)]) is None


def test_the_wait_after_stop_is_the_last_window_or_the_backlog() -> None:
    """bench states, per model, how soon after Stop a 50-minute session is stored: a model that
    keeps up leaves one window (30 s of audio at its RTF); a slower one its whole backlog."""
    wait = model_choice.ready_after_stop_s
    assert wait(0.06) == pytest.approx(1.8)  # tiny.en here: the last window only
    assert wait(0.4) == pytest.approx(12.0)  # Whisper small: still only the last window
    assert wait(1.0) == pytest.approx(30.0)
    # RTF 1.2: 0.2 s behind per second of the 49.5 minutes before the last window
    assert wait(1.2) == pytest.approx(36.0 + 0.2 * (3000 - 30))
    assert wait(1.2, session_s=600) > wait(0.4, session_s=3000)  # slow models wait by length


def test_auto_is_the_default_model_until_bench_has_run(tmp_path: Path) -> None:
    assert model_choice.resolve("auto", tmp_path, "tiny.en") == ("tiny.en", None)
    assert model_choice.resolve("base", tmp_path, "tiny.en") == ("base", None)
    choice = ModelChoice("base", "int8", "cpu", 0.14, 0.09, "2026-11-30T00:00:00Z", "test cpu")
    model_choice.save(tmp_path, choice)
    assert model_choice.resolve("auto", tmp_path, "tiny.en") == ("base", choice)
    (tmp_path / model_choice.CHOICE_FILE).write_text("{not json")
    assert model_choice.load(tmp_path) is None


@pytest.mark.slow
def test_bench_records_its_choice_and_auto_and_doctor_use_it(
    initialized: Cli, tmp_path: Path
) -> None:
    ref = tmp_path / "ref.txt"
    ref.write_text(bench.demo_sample().reference or "", encoding="utf-8")
    doc = initialized.json(
        "bench", "--models", "tiny.en", "--compute-type", "int8",
        "--audio", str(DEMO_AUDIO), "--reference", str(ref),
    )  # fmt: skip
    (measured,) = doc["asr"]
    rec = doc["recommended"]
    if measured["rtf"] < 0.5:
        assert (rec["model"], rec["compute_type"]) == ("tiny.en", "int8")
        assert Path(rec["recorded_in"]) == initialized.data_dir / "model-choice.json"
    else:  # a machine too slow even for tiny.en: nothing is recommended, auto keeps the default
        assert rec is None
    # a recorded choice of base: the default `auto` now transcribes with base
    choice = ModelChoice("base", "int8", "cpu", 0.14, 0.09, "2026-11-30T00:00:00Z", "test cpu")
    model_choice.save(initialized.data_dir, choice)
    checks = json.loads(initialized("--json", "doctor").stdout)["checks"]  # exit 1 on a bare disk
    models = next(c for c in checks if c["name"] == "speech models")
    assert "model auto = base int8 (recommended by bench on 2026-11-30" in models["detail"]
    grant(initialized, "P-1")
    out = initialized.json("transcribe", "P-1", str(DEMO_AUDIO))
    assert out["model"] == "base"
    assert (
        initialized.json("transcribe", "P-1", str(DEMO_AUDIO), "--model", "tiny.en")["model"]
        == "tiny.en"
    )
