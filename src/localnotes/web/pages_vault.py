"""Unlock, lock, the lock state the pages poll, and the `doctor` report."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from localnotes.errors import PassphraseError
from localnotes.web.context import UNLOCK_COOKIE, ctx_of, form, see_other, unlocked_here
from localnotes.web.render import page


async def home(request: Request) -> Response:
    return see_other("/patients" if unlocked_here(request) else "/unlock")


async def unlock_page(request: Request) -> Response:
    vaults = ctx_of(request).vaults
    if unlocked_here(request):
        return see_other("/patients")
    return page(request, "unlock.html", idle=vaults.locked_for_idle)


async def unlock(request: Request) -> Response:
    vaults = ctx_of(request).vaults
    try:
        await run_in_threadpool(vaults.unlock, form(request).get("passphrase", ""))
    except PassphraseError as e:
        return page(request, "unlock.html", status=401, error=e.message, idle=False)
    done = see_other("/patients")
    holder = vaults.holder
    if holder:
        done.set_cookie(UNLOCK_COOKIE, holder, httponly=True, samesite="strict", path="/")
    return done


async def lock(request: Request) -> Response:
    await run_in_threadpool(ctx_of(request).vaults.lock)
    return see_other("/unlock")


async def state(request: Request) -> Response:
    """Polled by every page (it does not count as activity), so a locked app leaves the screen."""
    ctx = ctx_of(request)
    await run_in_threadpool(ctx.vaults.lock_if_idle)
    return JSONResponse({"unlocked": unlocked_here(request), "recording": ctx.recorder.active})


async def doctor(request: Request) -> Response:
    from localnotes import doctor as checks

    ctx = ctx_of(request)
    found = await run_in_threadpool(checks.run_checks, ctx.vaults.data_dir, ctx.settings)
    counts = {s: sum(c.status == s for c in found) for s in ("ok", "warn", "fail")}
    return page(
        request,
        "doctor.html",
        checks=found,
        counts=counts,
        code=checks.exit_code(found),
        data_dir=str(ctx.vaults.data_dir),
    )
