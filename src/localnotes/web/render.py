"""Pages from the package's Jinja2 templates, with what every page shows: the CSRF token for its
forms, whether the vault is unlocked, and the recording banner."""

from __future__ import annotations

import time
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.requests import Request
from starlette.responses import HTMLResponse

from localnotes.transcripts import redaction_pieces
from localnotes.web.context import ctx_of, unlocked_here

_env = Environment(
    loader=PackageLoader("localnotes.web", "templates"),
    autoescape=select_autoescape(default=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


def _when(t: float | None) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(t)) if t else ""


def _clock(seconds: float) -> str:
    m, s = divmod(int(seconds), 60)
    h, m = divmod(m, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m:02d}:{s:02d}"


def _size(n: int) -> str:
    if n < 1024:
        return f"{n} bytes"
    x = n / 1024
    for unit in ("KB", "MB"):
        if x < 1024:
            return f"{x:.1f} {unit}"
        x /= 1024
    return f"{x:.1f} GB"


_env.filters.update(when=_when, clock=_clock, size=_size, pieces=redaction_pieces)


def page(request: Request, template: str, status: int = 200, **data: Any) -> HTMLResponse:
    ctx = ctx_of(request)
    common = {
        "csrf": ctx.guard.csrf,
        "unlocked": unlocked_here(request),
        "recording": ctx.recorder.snapshot(),
        "path": request.url.path,
        "idle_lock_s": ctx.vaults.idle_lock_s,
    }
    html = _env.get_template(template).render(**common, **data)
    return HTMLResponse(html, status_code=status)
