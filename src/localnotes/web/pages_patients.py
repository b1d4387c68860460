"""Patients, consent (grant, withdraw), receipts, and the patient's own view of their history.

Addresses carry the patient hash, never the reference: what is in an address ends up in the
browser's history on disk, and a reference may be a name. References travel in POST forms.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import TYPE_CHECKING, Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from localnotes.errors import NotFoundError, UsageError
from localnotes.web.context import ctx_of, form, see_other, with_vault
from localnotes.web.guard import RECEIPT_CSP
from localnotes.web.render import page

if TYPE_CHECKING:
    from localnotes.store.vault import Vault

_HASH = re.compile(r"^[0-9a-f]{64}$")


def _patient_hash(request: Request) -> str:
    ph = str(request.path_params["ph"])
    if not _HASH.match(ph):
        raise NotFoundError("no such patient")
    return ph


def _ref_of(request: Request, vault: Vault, ph: str) -> str | None:
    from localnotes import patients

    return ctx_of(request).vaults.refs.get(ph) or patients.known_refs(vault).get(ph)


async def patients(request: Request) -> Response:
    from localnotes import patients as directory

    vaults = ctx_of(request).vaults
    found = await with_vault(request, lambda v: directory.directory(v, vaults.refs))
    notes, vaults.maintenance = vaults.maintenance, []
    return page(request, "patients.html", patients=found, maintenance=notes)


async def open_patient(request: Request) -> Response:
    ref = " ".join(form(request).get("ref", "").split())
    if not ref:
        raise UsageError("type the patient's reference")
    ph = await with_vault(request, lambda v: v.patient_hash(ref))
    ctx_of(request).vaults.refs[ph] = ref
    return see_other(f"/patients/{ph}")


async def patient(request: Request) -> Response:
    from localnotes import consent, patients, sessions

    ph = _patient_hash(request)

    def load(v: Vault) -> dict[str, Any]:
        found = sessions.list_sessions(v, ph)
        return {
            "p": patients.summary(v, ph, _ref_of(request, v, ph)),
            "consents": consent.consents_of(v, ph),
            "sessions": found,
            "stored": {s.id: sorted({a.kind for a in v.session_artifacts(s.id)}) for s in found},
        }

    return page(request, "patient.html", **await with_vault(request, load))


async def consent_form(request: Request) -> Response:
    from localnotes import consent
    from localnotes.types import format_duration

    ph = request.query_params.get("patient", "")
    ref = await with_vault(request, lambda v: _ref_of(request, v, ph) if _HASH.match(ph) else None)
    s = ctx_of(request).settings
    d, mx = s.retention_defaults, s.retention_maximums

    def spelled(p: Any) -> dict[str, str]:
        return {
            "audio": format_duration(p.audio_s),
            "transcript": format_duration(p.transcript_s),
            "redacted": format_duration(p.redacted_s),
        }

    notice = consent.default_notice()
    return page(
        request,
        "consent_form.html",
        ref=ref,
        notice=notice,
        notice_sha256=hashlib.sha256(notice.encode()).hexdigest(),
        defaults=spelled(d),
        maxima=spelled(mx),
    )


async def grant(request: Request) -> Response:
    from localnotes import consent, consent_intake

    f = form(request)
    settings = ctx_of(request).settings
    ref = " ".join(f.get("ref", "").split())
    if f.get("agreed") != "1":
        raise UsageError("the patient's agreement was not confirmed; nothing was recorded")
    notice = consent.default_notice()
    if f.get("notice_sha256") != hashlib.sha256(notice.encode()).hexdigest():
        raise UsageError("the notice changed since the page was shown; show it again")
    scopes = consent.parse_scopes(
        ",".join(name for name in ("audio", "transcript") if f.get(f"scope_{name}") == "1")
    )
    pol = consent.retention_for(
        settings,
        scopes,
        f.get("retain_audio") or None,
        f.get("retain_transcript") or None,
        f.get("retain_redacted") or None,
    )
    asked = consent_intake.GrantRequest(
        ref,
        scopes,
        pol,
        f.get("method", "verbal"),
        f.get("witness") or None,
        notice,
        f.get("expires") or None,
        tuple(n.strip() for n in f.get("known", "").splitlines() if n.strip()),
    )
    done = await with_vault(
        request, lambda v: consent_intake.grant(v, asked, settings.clinic_details)
    )
    ctx_of(request).vaults.refs[done.record.patient_hash] = ref
    return see_other(f"/receipts/{done.ledger_index}?done=consent")


async def withdraw_page(request: Request) -> Response:
    from localnotes import sessions

    ph = _patient_hash(request)
    ref, count = await with_vault(
        request, lambda v: (_ref_of(request, v, ph), len(sessions.list_sessions(v, ph)))
    )
    return page(request, "withdraw.html", patient_hash=ph, ref=ref, sessions=count)


async def withdraw(request: Request) -> Response:
    from localnotes import withdrawal

    ctx = ctx_of(request)
    ph = _patient_hash(request)
    f = form(request)
    ref = " ".join(f.get("ref", "").split())
    if f.get("confirm") != "1":
        raise UsageError("not confirmed; nothing was changed")
    if await with_vault(request, lambda v: v.patient_hash(ref)) != ph:
        raise UsageError("that reference is not this patient's; nothing was changed")
    if ctx.recorder.active and ctx.recorder.patient_hash == ph:
        # this process's own recording: stop it and let it finish before deleting under it
        ctx.recorder.stop()
        await run_in_threadpool(ctx.recorder.wait)
    result = await with_vault(
        request,
        lambda v: withdrawal.withdraw_and_delete(v, ctx.settings, ref, f.get("method", "verbal")),
    )
    index = result.certificate["index"] if result.certificate else None
    return see_other(
        f"/receipts/{index}?done=withdrawn" if index is not None else f"/patients/{ph}"
    )


def _receipt_for(v: Vault, index: int, details: dict[str, str]) -> dict[str, Any]:
    from localnotes.ledger import events as ev
    from localnotes.ledger.log import parse_entry
    from localnotes.ledger.receipts import make_receipt
    from localnotes.vault_ledger import ledger_of

    ledger = ledger_of(v)
    if not 0 <= index < ledger.size():
        raise NotFoundError("no such receipt")
    event = parse_entry(ledger.entry_bytes(index))["event"]
    kinds = {ev.CONSENT_GRANTED: "consent", ev.CONSENT_WITHDRAWN: "consent", ev.DELETED: "deletion"}
    if event not in kinds:
        raise NotFoundError("that log entry has no receipt")
    return make_receipt(ledger, index, kinds[event], details)


_DONE = {
    "consent": "Consent recorded. Give the patient this receipt.",
    "withdrawn": "Consent withdrawn and everything it covered deleted. Give the patient "
    "this certificate.",
    "deleted": "Deleted. Give the patient this deletion certificate.",
}


async def receipt(request: Request) -> Response:
    from localnotes.ledger.log import parse_entry
    from localnotes.ledger.receipt_render import render_text

    index = int(request.path_params["index"])
    clinic = ctx_of(request).settings.clinic_details
    rec = await with_vault(request, lambda v: _receipt_for(v, index, clinic))
    entry = parse_entry(rec["event"].encode())
    names = (f"receipt-{index}.html", f"receipt-{index}.json")
    return page(
        request,
        "receipt.html",
        text=render_text(rec, None, *names),
        index=index,
        kind=rec["kind"],
        title=render_text(rec, None, *names).splitlines()[0],
        patient_hash=entry.get("patient"),
        message=_DONE.get(request.query_params.get("done", "")),
    )


async def receipt_page(request: Request) -> Response:
    """The self-checking page of `receipt_page`, the same file the CLI writes: one hash-pinned
    inline script, its own inline style, nothing fetched. `?download=1` saves it."""
    from localnotes.ledger.receipt_page import csp, render_html

    index = int(request.path_params["index"])
    clinic = ctx_of(request).settings.clinic_details
    rec = await with_vault(request, lambda v: _receipt_for(v, index, clinic))
    name = f"receipt-{index}.html"
    disposition = "attachment" if request.query_params.get("download") else "inline"
    return HTMLResponse(
        render_html(rec, html_name=name, json_name=f"receipt-{index}.json"),
        headers={
            "content-security-policy": f"{csp()}; {RECEIPT_CSP}",
            "content-disposition": f'{disposition}; filename="{name}"',
        },
    )


async def receipt_json(request: Request) -> Response:
    index = int(request.path_params["index"])
    clinic = ctx_of(request).settings.clinic_details
    rec = await with_vault(request, lambda v: _receipt_for(v, index, clinic))
    body = json.dumps(rec, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    return Response(
        body,
        media_type="application/json",
        headers={"content-disposition": f'attachment; filename="receipt-{index}.json"'},
    )


async def patient_view(request: Request) -> Response:
    from localnotes.ledger import events as ev
    from localnotes.ledger.history import history_lines
    from localnotes.ledger.note import key_fingerprint
    from localnotes.ledger.wording import entry_code, format_when, zone_name
    from localnotes.vault_ledger import ledger_of

    ph = _patient_hash(request)
    titles = {
        ev.CONSENT_GRANTED: "Consent receipt",
        ev.CONSENT_WITHDRAWN: "Receipt for withdrawing consent",
        ev.DELETED: "Deletion certificate",
    }

    def load(v: Vault) -> dict[str, Any]:
        ledger = ledger_of(v)
        entries = ledger.entries(ph)
        receipts = [
            {
                "index": e["seq"],
                "title": titles[e["event"]],
                "code": entry_code(e),
                "when": format_when(e["time"], None),
            }
            for e in entries
            if e["event"] in titles
        ]
        return {
            "lines": history_lines(entries),
            "receipts": receipts,
            "vkey": ledger.vkey,
            "fingerprint": key_fingerprint(ledger.public_key_raw),
        }

    data = await with_vault(request, load)
    clinic = ctx_of(request).settings.clinic_details
    return page(
        request, "patient_view.html", patient_hash=ph, zone=zone_name(None), clinic=clinic, **data
    )
