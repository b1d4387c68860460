"""The web app: its parts (the vault session, the recorder, the guard) and its routes.

`create_app` returns the ASGI application to serve: the `Guard` around a Starlette app. Handlers
live in the `pages_*` modules; each reads its form, calls a service function in a worker thread
through `with_vault`, and renders a template. Errors of the services become a page with their
message; a locked vault sends the browser to the unlock page.
"""

from __future__ import annotations

from pathlib import Path

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from localnotes.config import Settings
from localnotes.errors import (
    ConsentError,
    LocalNotesError,
    NotFoundError,
    PassphraseError,
    UsageError,
)
from localnotes.web import pages_notes, pages_patients, pages_record, pages_sessions, pages_vault
from localnotes.web.context import WebContext, see_other
from localnotes.web.guard import Guard
from localnotes.web.recorder import Recorder
from localnotes.web.render import page
from localnotes.web.vault_session import VaultLocked, VaultSession

_STATUS = ((PassphraseError, 401), (ConsentError, 403), (NotFoundError, 404), (UsageError, 400))


async def _error(request: Request, exc: Exception) -> Response:
    if isinstance(exc, VaultLocked):
        return see_other("/unlock")
    assert isinstance(exc, LocalNotesError)
    status = next((code for kind, code in _STATUS if isinstance(exc, kind)), 500)
    heading = {
        401: "Wrong passphrase",
        403: "Refused: no consent",
        404: "Not found",
        400: "Not done",
    }.get(status, "Something went wrong")
    return page(request, "error.html", status=status, heading=heading, message=exc.message)


def routes() -> list[Route | Mount]:
    get, post = ["GET"], ["POST"]
    return [
        Route("/", pages_vault.home, methods=get),
        Route("/unlock", pages_vault.unlock_page, methods=get),
        Route("/unlock", pages_vault.unlock, methods=post),
        Route("/lock", pages_vault.lock, methods=post),
        Route("/state", pages_vault.state, methods=get),
        Route("/doctor", pages_vault.doctor, methods=get),
        Route("/patients", pages_patients.patients, methods=get),
        Route("/patients/open", pages_patients.open_patient, methods=post),
        Route("/patients/{ph:str}", pages_patients.patient, methods=get),
        Route("/patients/{ph:str}/view", pages_patients.patient_view, methods=get),
        Route("/patients/{ph:str}/withdraw", pages_patients.withdraw_page, methods=get),
        Route("/patients/{ph:str}/withdraw", pages_patients.withdraw, methods=post),
        Route("/consent/new", pages_patients.consent_form, methods=get),
        Route("/consent", pages_patients.grant, methods=post),
        Route("/receipts/{index:int}", pages_patients.receipt, methods=get),
        Route("/receipts/{index:int}/page", pages_patients.receipt_page, methods=get),
        Route("/receipts/{index:int}/json", pages_patients.receipt_json, methods=get),
        Route("/record", pages_record.record_page, methods=get),
        Route("/record/start", pages_record.start, methods=post),
        Route("/record/stop", pages_record.stop, methods=post),
        Route("/record/status", pages_record.status, methods=get),
        Route("/sessions", pages_sessions.session_list, methods=get),
        Route("/sessions/{sid:str}", pages_sessions.transcript, methods=get),
        Route("/sessions/{sid:str}/reveal", pages_sessions.reveal, methods=post),
        Route("/sessions/{sid:str}/export", pages_sessions.export, methods=post),
        Route("/sessions/{sid:str}/speakers", pages_sessions.relabel, methods=post),
        Route("/sessions/{sid:str}/note", pages_notes.note_page, methods=get),
        Route("/sessions/{sid:str}/note", pages_notes.save, methods=post),
        Route("/sessions/{sid:str}/note/draft", pages_notes.draft, methods=post),
        Route("/sessions/{sid:str}/delete", pages_sessions.delete_page, methods=get),
        Route("/sessions/{sid:str}/delete", pages_sessions.delete, methods=post),
        Route("/retention", pages_sessions.retention_page, methods=get),
        Route("/retention/run", pages_sessions.retention_run, methods=post),
        Mount("/static", app=StaticFiles(packages=[("localnotes.web", "static")]), name="static"),
    ]


def create_app(
    settings: Settings,
    data_dir: Path,
    token: str,
    idle_lock_s: float,
    port: int = 0,
    device: str | int | None = None,
    host: str | None = None,
) -> Guard:
    """The app to serve. Set `.port` on the result once the socket is bound."""
    vaults = VaultSession(data_dir, settings, idle_lock_s)
    recorder = Recorder(vaults)
    inner = Starlette(routes=routes(), exception_handlers={LocalNotesError: _error})
    guard = Guard(inner, token, port, host)
    vaults.on_lock(guard.rotate_csrf)
    inner.state.ctx = WebContext(vaults, recorder, guard, settings, device)
    return guard


def context_of(app: Guard) -> WebContext:
    """The parts behind an app made by `create_app` (for the server and tests)."""
    inner = app.app
    assert isinstance(inner, Starlette)
    ctx: WebContext = inner.state.ctx
    return ctx
