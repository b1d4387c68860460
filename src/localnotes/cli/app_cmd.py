"""`app`: the local web app for clinicians and patients, on 127.0.0.1 only."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from localnotes.cli.context import Context

DEFAULT_IDLE_LOCK = "10m"
_EXTRA = ("starlette", "uvicorn", "jinja2", "h11")


def register(sub: Any) -> None:
    p = sub.add_parser(
        "app",
        help="the web app for clinicians and patients (this computer only)",
        description="Start the web app on 127.0.0.1 and open it in the browser. The link it "
        "prints carries a token that is new at every launch; without it the app refuses every "
        "request. The vault passphrase is asked in the page, and the app locks itself when "
        "left idle. Stop it with Ctrl-C.",
        epilog="Example: localnotes app --idle-lock 5m",
    )
    p.add_argument(
        "--port", type=int, default=0, metavar="N", help="port on 127.0.0.1 (default: a free one)"
    )
    p.add_argument("--no-browser", action="store_true", help="only print the link")
    p.add_argument(
        "--idle-lock",
        metavar="DUR",
        help="lock after this long without activity (default: [app] idle_lock, 10m)",
    )
    p.add_argument(
        "--device",
        "--input",
        dest="input_device",
        metavar="D",
        help="input device name or index (default: the system's default input)",
    )
    p.set_defaults(func=run)


def _idle_lock_s(ctx: Context, flag: str | None) -> int:
    from localnotes.errors import UsageError
    from localnotes.types import parse_duration

    text = flag
    if text is None:
        try:
            text = ctx.settings.idle_lock
        except KeyError:  # settings without an [app] section
            text = DEFAULT_IDLE_LOCK
    seconds = parse_duration(text)
    if seconds <= 0:
        raise UsageError("--idle-lock must be longer than 0s")
    return seconds


def run(ctx: Context, args: argparse.Namespace) -> int:
    from localnotes.errors import NotFoundError, UsageError

    if not 0 <= args.port <= 65535:
        raise UsageError("--port must be between 0 and 65535")
    idle = _idle_lock_s(ctx, args.idle_lock)
    from localnotes.store.vault import Vault

    if not Vault.exists(ctx.data_dir):
        raise NotFoundError(f"no vault in {ctx.data_dir}: run `localnotes init` first")
    try:
        from localnotes.web import server
    except ModuleNotFoundError as e:
        if e.name and e.name.split(".")[0] in _EXTRA:
            raise UsageError("the web app needs its extra: pip install 'localnotes[app]'") from None
        raise
    device: str | int | None = args.input_device
    if isinstance(device, str) and device.isdigit():
        device = int(device)

    def announce(url: str) -> None:
        ctx.emit({"url": url}, url)
        sys.stdout.flush()  # whoever started the app reads the link from a pipe
        ctx.info(
            "localnotes app: open the link above in a browser on this computer "
            "(it holds this launch's token). Ctrl-C stops the app."
        )

    server.serve(
        ctx.settings,
        ctx.data_dir,
        args.port,
        idle,
        announce,
        open_browser=not args.no_browser,
        device=device,
    )
    ctx.info("localnotes app: stopped; the vault is locked.")
    return 0
