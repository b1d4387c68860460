"""The web app stays with the browser that opened it, in headless Chromium (Debian's, driven by
Playwright): its cookies never reach a server on another port, and a second browser given the
launch link sees the unlock page, not the unlocked vault."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from typing import Any, ClassVar

import pytest

from tests.conftest import PASSPHRASE
from tests.web_fixtures import (
    PATIENT,
    AppProcess,
    base_env,
    chromium,
    prepare_vault,
)

pytestmark = [pytest.mark.slow]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    yield from chromium()


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppProcess]:
    tmp = tmp_path_factory.mktemp("web-isolation")
    env = base_env(tmp)
    data_dir, _ = prepare_vault(tmp, env, transcribe=False)
    proc = AppProcess(data_dir, env)
    try:
        yield proc
    finally:
        assert proc.stop() == 0, proc.log.read_text()[-800:]


def unlock(context: Any, app: AppProcess) -> Any:
    page = context.new_page()
    page.set_default_timeout(30_000)
    page.goto(app.url)
    assert page.url == app.site + "/unlock"
    page.fill("#passphrase", PASSPHRASE)
    page.click("button:has-text('Unlock')")
    page.wait_for_url(app.site + "/patients")
    assert PATIENT in page.content()
    return page


class CookieCatcher(http.server.BaseHTTPRequestHandler):
    seen: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        CookieCatcher.seen.append(self.headers.get("cookie") or "")
        body = b"<!doctype html><title>another local server</title>"
        self.send_response(200)
        self.send_header("content-type", "text/html")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


def test_a_page_on_another_port_receives_no_localnotes_cookie(
    browser: Any, app: AppProcess
) -> None:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), CookieCatcher)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    other = server.server_address[1]
    context = browser.new_context()
    try:
        page = unlock(context, app)
        CookieCatcher.seen.clear()
        for url in (f"http://127.0.0.1:{other}/", f"http://localhost:{other}/"):
            page.goto(url)
        names = [c["name"] for c in context.cookies()]
        assert "localnotes_session" in names and "localnotes_unlock" in names
        assert {c["domain"] for c in context.cookies()} == {app.host}  # host-only cookies
    finally:
        context.close()
        server.shutdown()
    assert len(CookieCatcher.seen) >= 2  # both pages (and the favicons they ask for)
    assert not any("localnotes" in c for c in CookieCatcher.seen), CookieCatcher.seen


def test_a_second_browser_with_the_launch_link_sees_the_unlock_page_not_data(
    browser: Any, app: AppProcess
) -> None:
    first = browser.new_context()
    second = browser.new_context()
    try:
        unlock(first, app)
        page = second.new_page()
        page.set_default_timeout(30_000)
        page.goto(app.url)  # it holds the launch token, as a leaked cookie or link would give
        assert page.url == app.site + "/unlock"
        for path in ("/patients", "/sessions", "/retention"):
            page.goto(app.site + path)
            assert page.url == app.site + "/unlock", path
            assert PATIENT not in page.content()
        state = page.evaluate("fetch('/state').then(r => r.json())")
        assert state["unlocked"] is False
        # the first browser is still in
        again = first.pages[0]
        again.goto(app.site + "/patients")
        assert PATIENT in again.content()
        # the passphrase lets the second one in too; a wrong one does not
        page.goto(app.site + "/unlock")
        page.fill("#passphrase", "not the passphrase at all")
        page.click("button:has-text('Unlock')")
        assert "wrong passphrase" in page.content().lower()
        page.fill("#passphrase", PASSPHRASE)
        page.click("button:has-text('Unlock')")
        page.wait_for_url(app.site + "/patients")
        assert PATIENT in page.content()
    finally:
        first.close()
        second.close()
