"""The one audio format every layer speaks: 16 kHz mono float32 PCM (s16le at rest).

Capture, decoding, the recogniser, the voice encoder and the vault's audio journal all meet at this
rate; it is defined here once so that none of them has to import another to agree on it.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

SAMPLE_RATE = 16_000
#: Bytes in one second of audio as the vault stores it (s16le mono).
BYTES_PER_SECOND = SAMPLE_RATE * 2
Float32Array = npt.NDArray[np.float32]
