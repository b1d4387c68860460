"""Recording from the page: start, stop, and the status the page polls every half second."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from localnotes.errors import UsageError
from localnotes.web.context import ctx_of, form, see_other, unlocked_here, with_vault
from localnotes.web.render import page

if TYPE_CHECKING:
    from localnotes.store.vault import Vault

_HASH = re.compile(r"^[0-9a-f]{64}$")


async def record_page(request: Request) -> Response:
    from localnotes import patients

    ctx = ctx_of(request)
    ph = request.query_params.get("patient", "") or ctx.recorder.patient_hash or ""

    def ref_of(v: Vault) -> str | None:
        if not _HASH.match(ph):
            return None
        return ctx.vaults.refs.get(ph) or patients.known_refs(v).get(ph)

    ref = await with_vault(request, ref_of)
    device = ctx.device if ctx.device is not None else "the default input"
    return page(request, "record.html", ref=ref, device=device)


async def start(request: Request) -> Response:
    ctx = ctx_of(request)
    ref = " ".join(form(request).get("ref", "").split())
    if not ref:
        raise UsageError("type the patient's reference")
    ph = await with_vault(request, lambda v: v.patient_hash(ref))
    ctx.vaults.refs[ph] = ref
    await run_in_threadpool(ctx.recorder.start, ref, ctx.device)
    return see_other("/record")


async def stop(request: Request) -> Response:
    ctx_of(request).recorder.stop()
    return see_other("/record")


async def status(request: Request) -> Response:
    """Polled every 500 ms; not activity (an open page must still lock). The live text is
    patient speech: it is shown only while the vault is unlocked."""
    ctx = ctx_of(request)
    snap = ctx.recorder.snapshot()
    if not unlocked_here(request):
        snap["live"], snap["result"] = [], None
    return JSONResponse(snap)
