"""Sessions, the transcript (redacted, or revealed and logged), export, delete, retention."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response

from localnotes.errors import UsageError
from localnotes.web.context import ctx_of, form, see_other, with_vault
from localnotes.web.render import page

if TYPE_CHECKING:
    from localnotes.store.vault import Vault

_MEDIA = {
    "txt": "text/plain",
    "md": "text/markdown",
    "json": "application/json",
    "srt": "application/x-subrip",
    "vtt": "text/vtt",
    "rttm": "text/plain",
}


def _sid(request: Request) -> str:
    return str(request.path_params["sid"])


async def session_list(request: Request) -> Response:
    from localnotes.session_rows import SessionRow, session_rows

    def load(v: Vault) -> list[SessionRow]:
        return list(reversed(session_rows(v)))  # newest first

    return page(request, "sessions.html", rows=await with_vault(request, load))


async def _transcript_page(request: Request, unredacted: bool) -> Response:
    from localnotes import sessions, transcripts

    sid = _sid(request)

    def load(v: Vault) -> tuple[transcripts.TranscriptView, str]:
        view = transcripts.read_transcript(v, sid, unredacted=unredacted)
        return view, sessions.patient_ref(v, view.session.id)

    view, ref = await with_vault(request, load)
    from localnotes.speaker_labels import VOCABULARY

    labels = sorted({s.speaker for s in view.transcript.segments if s.speaker})
    return page(
        request,
        "transcript.html",
        view=view,
        ref=ref,
        formats=transcripts.FORMATS,
        labels=labels,
        vocabulary=VOCABULARY,
    )


async def transcript(request: Request) -> Response:
    return await _transcript_page(request, unredacted=False)


async def reveal(request: Request) -> Response:
    """A POST, so the full text is shown only through a logged, CSRF-checked request (a GET
    could be replayed from the history or prefetched)."""
    return await _transcript_page(request, unredacted=True)


async def export(request: Request) -> Response:
    from localnotes import transcripts

    sid, fmt = _sid(request), form(request).get("format", "txt")
    done = await with_vault(request, lambda v: transcripts.export_transcript(v, sid, fmt))
    return Response(
        done.text,
        media_type=f"{_MEDIA[fmt]}; charset=utf-8",
        headers={"content-disposition": f'attachment; filename="session-{done.session.id}.{fmt}"'},
    )


async def relabel(request: Request) -> Response:
    """Rename one speaker label, or swap two; logged by the use case."""
    from localnotes.speaker_labels import relabel as relabel_session

    sid, f = _sid(request), form(request)
    if f.get("action") == "swap":
        swap = (f.get("a", ""), f.get("b", ""))
        await with_vault(request, lambda v: relabel_session(v, sid, {}, swap))
    else:
        renames = {f.get("from", ""): f.get("to", "")}
        await with_vault(request, lambda v: relabel_session(v, sid, renames))
    return see_other(f"/sessions/{sid}")


async def delete_page(request: Request) -> Response:
    from localnotes.deletion_request import plan_session

    sid = _sid(request)
    plan = await with_vault(request, lambda v: plan_session(v, sid))
    return page(request, "delete_confirm.html", session=plan.sessions[0])


async def delete(request: Request) -> Response:
    from localnotes import deletion_request as dr
    from localnotes.ledger import events as ev

    sid = _sid(request)
    if form(request).get("confirm") != "1":
        raise UsageError("not confirmed; nothing was deleted")
    clinic = ctx_of(request).settings.clinic_details

    def run(v: Vault) -> int | None:
        return dr.carry_out(v, dr.plan_session(v, sid), ev.REASON_CLINICIAN, clinic).ledger_index

    index = await with_vault(request, run)
    if index is None:  # keys destroyed; a file could not be removed yet and is retried
        return page(
            request,
            "error.html",
            heading="Deletion pending",
            message=(
                "The keys are destroyed, so nothing can be read; a file could not be removed yet "
                "and is retried on every unlock. The certificate follows once it is gone."
            ),
            status=202,
        )
    return see_other(f"/receipts/{index}?done=deleted")


def _overview(v: Vault) -> dict[str, Any]:
    from localnotes import retention, sessions

    now = time.time()
    rows = []
    for s in sessions.list_sessions(v):
        ref = sessions.patient_label(v, s.id)
        for a in v.session_artifacts(s.id):
            rows.append(
                {
                    "session_id": s.id,
                    "ref": ref,
                    "kind": a.kind,
                    "size": a.size,
                    "created_at": a.created_at,
                    "expires_at": a.expires_at,
                    "due": a.expires_at is not None and a.expires_at <= now,
                }
            )
    rows.sort(key=lambda r: (r["expires_at"] is None, r["expires_at"] or 0))
    return {"rows": rows, "due": retention.due_artifacts(v, now)}


async def retention_page(request: Request) -> Response:
    return page(request, "retention.html", **await with_vault(request, _overview))


async def retention_run(request: Request) -> Response:
    from localnotes import retention
    from localnotes.vault_ledger import ledger_of

    def run(v: Vault) -> dict[str, Any]:
        report = retention.enforce(v, ledger_of(v), record_run=True)
        return {**_overview(v), "ran": {"deleted": len(report.deleted_sessions)}}

    return page(request, "retention.html", **await with_vault(request, run))
