"""Plain faster-whisper, called the way a user would without localnotes: the yardstick that
`localnotes bench --compare` and the benchmarks measure the product against. Its own defaults,
no hotwords, only the same model directory (verified by the caller) and VAD."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def import_engine() -> None:
    """Import faster-whisper now, so that its import is not counted as model load time."""
    import faster_whisper  # noqa: F401


def load(path: Path, device: str, compute_type: str) -> tuple[Any, bool]:
    """The model and whether it is English-only."""
    from faster_whisper import WhisperModel

    model = WhisperModel(str(path), device=device, compute_type=compute_type, local_files_only=True)
    return model, not model.model.is_multilingual


def transcribe(model: Any, audio: Path, language: str | None, beam_size: int) -> str:
    segs, _ = model.transcribe(str(audio), language=language, beam_size=beam_size, vad_filter=True)
    return " ".join(s.text.strip() for s in segs)
