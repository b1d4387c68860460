"""Speech recognition: the pinned model registry and the faster-whisper adapter.

Nothing heavy is imported here; faster-whisper loads inside `localnotes.asr.whisper` when a
transcription starts.

The one thing done on import: CTranslate2's OpenMP threads are told to sleep, not spin, while
they wait for work (`OMP_WAIT_POLICY=PASSIVE`), unless the user's environment says otherwise.
libgomp reads the setting once, when ctranslate2 is first imported, and every import of
ctranslate2 in localnotes goes through this package. Spinning threads burn the cores they wait
on: with the live view's passes, the stored transcript's windows and anything else the clinician
runs sharing two cores, the spinning took the cores from the work itself (issue 21: the live
view's median delay 13 s with spinning, 3 s without, at a load average of 10-12;
`benchmarks/live_latency.py`).
"""

from __future__ import annotations

import os

#: how ctranslate2's OpenMP threads wait, unless OMP_WAIT_POLICY is set already
OMP_WAIT_POLICY = "PASSIVE"

os.environ.setdefault("OMP_WAIT_POLICY", OMP_WAIT_POLICY)
