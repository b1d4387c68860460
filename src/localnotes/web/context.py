"""What every handler shares: the app's parts, the vault for one request, the checked form."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse

from localnotes.config import Settings
from localnotes.web.guard import FORM_KEY, Guard
from localnotes.web.recorder import Recorder
from localnotes.web.vault_session import VaultLocked, VaultSession

if TYPE_CHECKING:
    from localnotes.store.vault import Vault

T = TypeVar("T")


@dataclass
class WebContext:
    vaults: VaultSession
    recorder: Recorder
    guard: Guard
    settings: Settings
    device: str | int | None = None


UNLOCK_COOKIE = "localnotes_unlock"


def unlocked_here(request: Request) -> bool:
    """The vault is unlocked, and by this browser session (its unlock cookie): another browser
    that has only the launch token sees the unlock page."""
    return ctx_of(request).vaults.held_by(request.cookies.get(UNLOCK_COOKIE, ""))


async def with_vault(request: Request, fn: Callable[[Vault], T]) -> T:
    """Run `fn(vault)` in a worker thread, holding the vault for this request; VaultLocked (the
    unlock page) for a browser session that did not unlock it."""
    vaults = ctx_of(request).vaults
    if not unlocked_here(request):
        raise VaultLocked()

    def run() -> T:
        with vaults.use() as vault:
            return fn(vault)

    return await run_in_threadpool(run)


def form(request: Request) -> dict[str, str]:
    """The POST form, already read and CSRF-checked by the guard."""
    data: dict[str, str] = request.scope.get(FORM_KEY, {})
    return data


def see_other(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def ctx_of(request: Request) -> WebContext:
    ctx: WebContext = request.app.state.ctx
    return ctx
