"""The gate every request passes: host, launch token, origin and CSRF checks, security headers.

Why each check exists:
- Host must be this launch's own name (a random `<hex>.localhost`, which browsers resolve to
  loopback), 127.0.0.1:PORT or localhost:PORT: a page on another site that makes its own
  domain resolve to 127.0.0.1 (DNS rebinding) then sends its own name as Host, and is refused.
- The launch token (printed in the terminal, random per launch) is asked once, as `?token=`; it
  becomes an HttpOnly, SameSite=Strict cookie and the token leaves the address bar at once.
  Browsers do not keep cookies apart by port, so the link names a random host per launch: the
  cookie is host-only to that name, and a server on another port of 127.0.0.1 never receives it. Any
  request without the cookie (or the token) is refused: other users and programs on this
  computer can reach the port, but cannot know the token.
- State changes (POST only; no other unsafe method is served) need the page's own Origin
  (or, lacking one, Referer), an urlencoded body, and the CSRF token of this launch in the form
  field `csrf` or the header X-CSRF-Token. The SameSite cookie already keeps other sites out;
  these checks keep it so if a browser gets SameSite wrong.
- Headers: a CSP that allows only this app's own files (no inline script, nothing fetched from
  elsewhere), no framing, no referrer to other sites, and nothing stored in any cache.

The form body is read here (bounded) and handed to the handlers in `scope["localnotes.form"]`,
so no handler can forget the check.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import parse_qs, urlencode

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]

COOKIE = "localnotes_session"
FORM_KEY = "localnotes.form"
MAX_BODY = 64 * 1024
SAFE = ("GET", "HEAD")

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
# Added to a receipt page's own policy (ledger/receipt_page.csp: only its hash-pinned inline
# script and style), which a <meta> tag cannot say.
RECEIPT_CSP = "frame-ancestors 'none'"
HEADERS = {
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
    # same-origin, not no-referrer: with no-referrer a browser sends `Origin: null` on a form
    # POST, and the origin check below could not tell the app's own forms from anyone's.
    "referrer-policy": "same-origin",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=()",
    "cache-control": "no-store",
    "pragma": "no-cache",
}


class Guard:
    """ASGI middleware. `port` is set once the listening socket exists."""

    def __init__(self, app: App, token: str, port: int = 0, host: str | None = None) -> None:
        self.app = app
        self.token = token
        self.host = host
        self.csrf = secrets.token_urlsafe(32)
        self.port = port

    def rotate_csrf(self) -> None:
        """A new CSRF token (on lock): forms rendered before it no longer submit."""
        self.csrf = secrets.token_urlsafe(32)

    @property
    def origins(self) -> tuple[str, ...]:
        own = (f"http://{self.host}:{self.port}",) if self.host else ()
        return (*own, f"http://127.0.0.1:{self.port}", f"http://localhost:{self.port}")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self.app(scope, receive, send)
            return
        if scope["type"] != "http":  # no websockets
            await _refuse(send, 403, "refused")
            return
        headers = _headers(scope)
        host = headers.get("host", "")
        if host not in (o.split("//", 1)[1] for o in self.origins):
            await _refuse(
                send,
                421,
                "refused: this app answers only at 127.0.0.1 or localhost on its own port",
            )
            return
        method = scope["method"]
        query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
        offered = query.get("token", [""])[0]
        if offered and method in SAFE:
            if not _equal(offered, self.token):
                await _refuse(send, 403, "refused: wrong token. Open the link localnotes printed.")
                return
            rest = {k: v for k, v in query.items() if k != "token"}
            path = "/" + str(scope.get("path", "/")).lstrip("/")  # never //elsewhere
            target = path + ("?" + urlencode(rest, doseq=True) if rest else "")
            await _redirect(send, target, cookie=self.token)
            return
        if not _equal(_cookie(headers.get("cookie", ""), COOKIE), self.token):
            await _refuse(
                send,
                403,
                "refused: open the link localnotes printed in the terminal "
                "(it carries this launch's token)",
            )
            return
        if method not in SAFE:
            problem = self._unsafe_problem(method, headers)
            if problem:
                await _refuse(send, 403, f"refused: {problem}")
                return
            body = await _read_body(receive)
            if body is None:
                await _refuse(send, 413, "refused: request too large")
                return
            form = {
                k: v[-1]
                for k, v in parse_qs(
                    body.decode("utf-8", "replace"), keep_blank_values=True
                ).items()
            }
            sent = headers.get("x-csrf-token") or form.get("csrf", "")
            if not _equal(sent, self.csrf):
                await _refuse(
                    send,
                    403,
                    "refused: missing or stale form token. Reload the page and try again.",
                )
                return
            scope[FORM_KEY] = form
            receive = _replay(body)
        await self.app(scope, receive, _with_headers(send))

    def _unsafe_problem(self, method: str, headers: dict[str, str]) -> str | None:
        if method != "POST":
            return f"{method} is not served"
        origin = headers.get("origin")
        if origin is not None:
            if origin not in self.origins:
                return "the request came from another site"
        else:
            referer = headers.get("referer", "")
            if not any(referer.startswith(o + "/") for o in self.origins):
                return "the request does not say it came from this app"
        kind = headers.get("content-type", "").split(";", 1)[0].strip().lower()
        if kind != "application/x-www-form-urlencoded":
            return "only this app's own forms are accepted"
        return None


def _equal(a: str, b: str) -> bool:
    return bool(a) and hmac.compare_digest(a.encode(), b.encode())


def _headers(scope: Scope) -> dict[str, str]:
    out: dict[str, str] = {}
    for k, v in scope.get("headers", []):
        out[k.decode("latin-1").lower()] = v.decode("latin-1")
    return out


def _cookie(header: str, name: str) -> str:
    for part in header.split(";"):
        key, _, value = part.strip().partition("=")
        if key == name:
            return value
    return ""


async def _read_body(receive: Receive) -> bytes | None:
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return b"".join(chunks)
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_BODY:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


def _replay(body: bytes) -> Receive:
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return receive


def _with_headers(send: Send) -> Send:
    async def wrapped(message: Message) -> None:
        if message["type"] == "http.response.start":
            present = {k.lower() for k, _ in message.get("headers", [])}
            extra = [
                (k.encode(), v.encode()) for k, v in HEADERS.items() if k.encode() not in present
            ]
            if b"content-security-policy" not in present:
                extra.append((b"content-security-policy", CSP.encode()))
            message["headers"] = [*message.get("headers", []), *extra]
        await send(message)

    return wrapped


def _security_headers(content_type: bytes) -> list[tuple[bytes, bytes]]:
    out = [(k.encode(), v.encode()) for k, v in HEADERS.items()]
    out.append((b"content-security-policy", CSP.encode()))
    out.append((b"content-type", content_type))
    return out


async def _refuse(send: Send, status: int, text: str) -> None:
    body = (text + "\n").encode()
    headers = _security_headers(b"text/plain; charset=utf-8")
    headers.append((b"content-length", str(len(body)).encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


async def _redirect(send: Send, target: str, cookie: str) -> None:
    headers = _security_headers(b"text/plain; charset=utf-8")
    headers.append((b"location", target.encode("latin-1")))
    headers.append((b"content-length", b"0"))
    headers.append(
        (b"set-cookie", f"{COOKIE}={cookie}; HttpOnly; SameSite=Strict; Path=/".encode())
    )
    await send({"type": "http.response.start", "status": 303, "headers": headers})
    await send({"type": "http.response.body", "body": b""})
