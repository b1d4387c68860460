"""Serving the app: a socket on 127.0.0.1 only, a random token per launch, uvicorn, the idle
watcher, and a clean end (recording stopped and finished, vault locked) on Ctrl-C.

There is no option to bind any other address: the app shows patient data and must never be
reachable from another computer. Importing this module imports the web framework (the `app`
extra); the CLI does so only when `localnotes app` runs.
"""

from __future__ import annotations

import html
import os
import secrets
import socket
import tempfile
import threading
import webbrowser
from collections.abc import Callable
from pathlib import Path

import uvicorn

from localnotes.config import Settings
from localnotes.errors import UsageError
from localnotes.web.app import context_of, create_app

BIND_ADDRESS = "127.0.0.1"
STOP_RECORDING_WAIT_S = 600.0


def bind(port: int) -> socket.socket:
    """A listening TCP socket on 127.0.0.1 (port 0: a free one)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((BIND_ADDRESS, port))
        sock.listen(64)
    except OSError as e:
        sock.close()
        raise UsageError(f"cannot listen on {BIND_ADDRESS}:{port}: {e.strerror}") from None
    return sock


def launch_host() -> str:
    """A host name new at every launch under `.localhost` (which browsers resolve to loopback
    themselves): the session cookie is host-only to it, so no other local server, on any port,
    is sent it."""
    return f"{secrets.token_hex(8)}.localhost"


def url_of(port: int, token: str, host: str = BIND_ADDRESS) -> str:
    return f"http://{host}:{port}/?token={token}"


def launch_file(url: str) -> Path:
    """A page that sends the browser on to `url`, readable by this user only (0600, in a 0700
    folder). The browser is started with this file's name, never with the link: a process's
    command line is readable by every user of the computer (/proc/PID/cmdline), and the link
    holds the launch token. Jupyter does the same."""
    folder = Path(tempfile.mkdtemp(prefix="localnotes-app-"))  # 0700
    path = folder / "open-localnotes.html"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    safe = html.escape(url, quote=True)
    page = (
        '<!doctype html><meta charset="utf-8">'
        f'<meta http-equiv="refresh" content="0;url={safe}">'
        f'<title>localnotes</title><p><a href="{safe}">Open localnotes</a></p>'
    )
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(page)
    return path


def serve(
    settings: Settings,
    data_dir: Path,
    port: int,
    idle_lock_s: float,
    announce: Callable[[str], None],
    open_browser: bool = True,
    device: str | int | None = None,
) -> None:
    """Run until interrupted. `announce(url)` is called once the socket listens."""
    token = secrets.token_urlsafe(32)
    sock = bind(port)
    port = sock.getsockname()[1]
    host = launch_host()
    app = create_app(settings, data_dir, token, idle_lock_s, port, device, host)
    ctx = context_of(app)
    stop = threading.Event()
    ctx.vaults.watch(stop)
    config = uvicorn.Config(
        app,
        http="h11",
        ws="none",
        lifespan="off",
        log_level="warning",
        access_log=False,  # an access log would hold the token and paths
        server_header=False,
        proxy_headers=False,
    )
    url = url_of(port, token, host)
    announce(url)
    launch: Path | None = None
    if open_browser:
        launch = launch_file(url)
        webbrowser.open(launch.as_uri())
    try:
        uvicorn.Server(config).run(sockets=[sock])
    except KeyboardInterrupt:
        pass  # Ctrl-C is how the app is meant to stop (uvicorn re-raises it after shutting down)
    finally:
        stop.set()
        ctx.recorder.stop()  # a recording still running is stopped, transcribed and stored
        ctx.recorder.wait(STOP_RECORDING_WAIT_S)
        ctx.vaults.lock()
        sock.close()
        if launch is not None:
            launch.unlink(missing_ok=True)
            launch.parent.rmdir()
