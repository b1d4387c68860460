"""Which model fits this computer: `bench` measures, recommends and records; `--model auto` uses it.

The recommendation is the most accurate model (lowest word error rate) whose real-time factor on
this machine stays under 0.5: the recorder transcribes while the session runs, so such a model
keeps up with the speech while leaving half the computer for the live view and the clinician's
other work, and the transcript is ready seconds after Stop (`ready_after_stop_s`; a model over
1.0 falls behind and the wait grows with the session, which `bench` states for each model).
It is recorded in `<data_dir>/model-choice.json` with what it
was measured on; `auto` means that model, or the default model until `bench` has run.
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from localnotes.store.files import write_file

AUTO = "auto"
CHOICE_FILE = "model-choice.json"
MAX_RTF = 0.5


#: what `bench` states for each model: how soon after Stop a session of this length is stored
SESSION_S = 50 * 60.0
WINDOW_S = 30.0  # the recorder transcribes while it records, a window of at most this at a time


def ready_after_stop_s(
    rtf: float, session_s: float = SESSION_S, window_s: float = WINDOW_S
) -> float:
    """About how long after Stop the transcript of a `session_s` session is stored, when it is
    transcribed while it records. A model that keeps up (RTF under 1) has only the last window
    left; a slower one falls behind by (RTF - 1) seconds per second of session, and nothing is
    dropped, so that backlog is what the clinician waits for."""
    last = min(window_s, session_s) * rtf
    return last + max(0.0, rtf - 1.0) * max(0.0, session_s - window_s)


@dataclass(frozen=True)
class ModelChoice:
    """The model `auto` stands for on this computer, and the measurement behind it."""

    model: str
    compute_type: str
    device: str
    rtf: float
    wer: float | None
    measured_at: str
    cpu: str


def recommend(rows: Sequence[dict[str, Any]], max_rtf: float = MAX_RTF) -> dict[str, Any] | None:
    """The bench row of the most accurate model under `max_rtf` (ties: the faster), or None."""
    fit = [
        r
        for r in rows
        if r.get("engine", "localnotes") == "localnotes"
        and r["rtf"] < max_rtf
        and r.get("wer") is not None
    ]
    if not fit:
        return None
    return min(fit, key=lambda r: (round(float(r["wer"]), 4), float(r["rtf"])))


def choice_from(row: dict[str, Any], cpu: str) -> ModelChoice:
    return ModelChoice(
        model=str(row["model"]),
        compute_type=str(row["compute_type"]),
        device=str(row["device"]),
        rtf=float(row["rtf"]),
        wer=None if row.get("wer") is None else float(row["wer"]),
        measured_at=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        cpu=cpu,
    )


def save(data_dir: Path, choice: ModelChoice) -> Path:
    """Record the choice in the data directory (one atomic save)."""
    data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = data_dir / CHOICE_FILE
    text = json.dumps({"format": 1, **asdict(choice)}, indent=2) + "\n"
    write_file(path, text.encode("utf-8"))
    return path


def load(data_dir: Path) -> ModelChoice | None:
    """The recorded choice, or None when bench has not run here (or the file is unreadable)."""
    try:
        doc = json.loads((data_dir / CHOICE_FILE).read_text(encoding="utf-8"))
        doc.pop("format", None)
        return ModelChoice(**doc)
    except (OSError, ValueError, TypeError):
        return None


def resolve(name: str, data_dir: Path, default: str) -> tuple[str, ModelChoice | None]:
    """The model a name stands for: `auto` is the recorded choice, or `default` before bench."""
    if name != AUTO:
        return name, None
    choice = load(data_dir)
    return (choice.model, choice) if choice else (default, None)
