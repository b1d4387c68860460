"""Whether CTranslate2 (faster-whisper's engine) can use a CUDA GPU here.

ctranslate2 is imported inside the function, so importing this module loads nothing.
"""

from __future__ import annotations


def cuda_device_count() -> int:
    """CUDA devices CTranslate2 can use; 0 when there are none, no driver, or no ctranslate2."""
    try:
        import ctranslate2
    except ImportError:
        return 0
    try:
        return int(ctranslate2.get_cuda_device_count())
    except RuntimeError:  # raised when the CUDA driver is missing or broken
        return 0
