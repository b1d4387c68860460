"""A small progress bar and level meter on stderr, drawn only when stderr is a terminal."""

from __future__ import annotations

import sys
import time


class Bar:
    def __init__(self, label: str, enabled: bool | None = None) -> None:
        self.label = label
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self.started = time.monotonic()
        self._last = -1.0
        self.drawn = False

    def update(self, fraction: float, label: str | None = None) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if fraction < 1.0 and now - self._last < 0.2:
            return
        self._last = now
        self.drawn = True
        width = 30
        done = int(width * max(0.0, min(1.0, fraction)))
        sys.stderr.write(
            f"\r{label or self.label:<14} [{'#' * done}{'.' * (width - done)}] "
            f"{fraction * 100:5.1f}%  {now - self.started:5.0f}s"
        )
        sys.stderr.flush()

    def done(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")
            sys.stderr.flush()


def level_meter(elapsed_s: float, dbfs: float) -> None:
    """`● REC 00:12  [#######.......] -23 dBFS` on one line, redrawn in place."""
    if not sys.stderr.isatty():
        return
    width = 20
    filled = int(width * max(0.0, min(1.0, (dbfs + 60.0) / 60.0)))
    m, s = divmod(int(elapsed_s), 60)
    sys.stderr.write(
        f"\r\u25cf REC {m:02d}:{s:02d}  [{'#' * filled}{'.' * (width - filled)}] "
        f"{dbfs:6.1f} dBFS  (Ctrl-C to stop)"
    )
    sys.stderr.flush()
