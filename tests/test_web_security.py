"""The web app's gate, in process: every request without this launch's token, from another
origin, with another Host, or without the CSRF token is refused, and refused before it can
change anything. Also: the headers, no external assets, no patient reference in any address,
and what the idle lock leaves behind."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from localnotes.config import load_settings
from localnotes.transcripts import redaction_pieces
from localnotes.web import guard
from localnotes.web.app import context_of, create_app
from tests.conftest import PASSPHRASE
from tests.vault_fixtures import raw_conn
from tests.web_fixtures import base_env, prepare_vault

PORT = 48211
BASE = f"http://127.0.0.1:{PORT}"
TOKEN = "t" * 43
WEB = Path(__file__).resolve().parent.parent / "src" / "localnotes" / "web"


@pytest.fixture(scope="module")
def vault_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("web-security")
    return prepare_vault(tmp, base_env(tmp), transcribe=False)[0]


@pytest.fixture
def app(vault_dir: Path) -> Any:
    settings = load_settings(None, overrides={("storage", "data_dir"): str(vault_dir)})
    return create_app(settings, vault_dir, TOKEN, idle_lock_s=600, port=PORT)


@pytest.fixture
def anon(app: Any) -> Iterator[TestClient]:
    """A client that never saw the link."""
    with TestClient(app, base_url=BASE, follow_redirects=False) as c:
        yield c


@pytest.fixture
def client(app: Any) -> Iterator[TestClient]:
    """A client that opened the link (so it holds the cookie)."""
    with TestClient(app, base_url=BASE, follow_redirects=False) as c:
        assert c.get(f"/?token={TOKEN}").status_code == 303
        yield c


def csrf(c: TestClient, path: str = "/unlock") -> str:
    m = re.search(r'name="csrf" value="([^"]+)"', c.get(path).text)
    assert m
    return m.group(1)


def unlock(c: TestClient, **headers: str) -> Any:
    return c.post(
        "/unlock",
        data={"passphrase": PASSPHRASE, "csrf": csrf(c)},
        headers={"origin": BASE, **headers},
    )


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/unlock",
        "/patients",
        "/sessions",
        "/record/status",
        "/static/app.js",
        "/static/app.css",
        "/doctor",
        "/receipts/0",
    ],
)
def test_no_token_is_refused_everywhere(anon: TestClient, path: str) -> None:
    r = anon.get(path)
    assert r.status_code == 403
    assert "token" in r.text and "set-cookie" not in r.headers


def test_post_without_token_is_refused_and_unlocks_nothing(anon: TestClient, app: Any) -> None:
    r = anon.post(
        "/unlock", data={"passphrase": PASSPHRASE, "csrf": app.csrf}, headers={"origin": BASE}
    )
    assert r.status_code == 403
    assert not context_of(app).vaults.unlocked


def test_wrong_token_is_refused_and_sets_no_cookie(anon: TestClient) -> None:
    for wrong in ("x" * 43, TOKEN[:-1], TOKEN + "x", ""):
        r = anon.get("/", params={"token": wrong})
        assert r.status_code == 403 and "set-cookie" not in r.headers, wrong
    anon.cookies.set(guard.COOKIE, "x" * 43)
    assert anon.get("/patients").status_code == 403


def test_the_token_becomes_a_strict_httponly_cookie_and_leaves_the_address(
    anon: TestClient,
) -> None:
    r = anon.get(f"/unlock?token={TOKEN}&x=1")
    assert r.status_code == 303
    assert r.headers["location"] == "/unlock?x=1"
    cookie = r.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and TOKEN in cookie
    assert anon.get("/unlock").status_code == 200


def test_the_token_redirect_never_leaves_the_app(anon: TestClient) -> None:
    r = anon.get(f"//evil.example/?token={TOKEN}")
    assert not r.headers["location"].startswith("//")


@pytest.mark.parametrize(
    "host",
    [
        "evil.example",
        f"evil.example:{PORT}",
        "127.0.0.1:1",
        f"192.0.2.2:{PORT}",
        f"[::1]:{PORT}",
        "",
    ],
)
def test_other_host_headers_are_refused_even_with_the_cookie(client: TestClient, host: str) -> None:
    assert client.get("/unlock", headers={"host": host}).status_code == 421


def test_cross_origin_post_is_refused(client: TestClient, app: Any) -> None:
    for origin in (
        "http://evil.example",
        "null",
        f"http://127.0.0.1:{PORT + 1}",
        f"https://127.0.0.1:{PORT}",
    ):
        r = unlock(client, origin=origin)
        assert r.status_code == 403 and "another site" in r.text, origin
    assert not context_of(app).vaults.unlocked


def test_post_naming_no_origin_and_no_referer_is_refused(client: TestClient, app: Any) -> None:
    r = client.post("/unlock", data={"passphrase": PASSPHRASE, "csrf": csrf(client)})
    assert r.status_code == 403
    bad_referer = client.post(
        "/unlock",
        data={"passphrase": PASSPHRASE, "csrf": csrf(client)},
        headers={"referer": "http://evil.example/x"},
    )
    assert bad_referer.status_code == 403
    assert not context_of(app).vaults.unlocked
    ok = client.post(
        "/unlock",
        data={"passphrase": PASSPHRASE, "csrf": csrf(client)},
        headers={"referer": BASE + "/unlock"},
    )
    assert ok.status_code == 303


def test_missing_or_wrong_csrf_token_is_refused(client: TestClient, app: Any) -> None:
    for data in (
        {"passphrase": PASSPHRASE},
        {"passphrase": PASSPHRASE, "csrf": ""},
        {"passphrase": PASSPHRASE, "csrf": "x" * 43},
    ):
        r = client.post("/unlock", data=data, headers={"origin": BASE})
        assert r.status_code == 403 and "form token" in r.text
    assert not context_of(app).vaults.unlocked
    assert unlock(client).status_code == 303
    assert context_of(app).vaults.unlocked


def test_only_urlencoded_forms_and_only_post(client: TestClient) -> None:
    token = csrf(client)
    r = client.post(
        "/unlock",
        json={"passphrase": PASSPHRASE, "csrf": token},
        headers={"origin": BASE, "x-csrf-token": token},
    )
    assert r.status_code == 403
    for method in ("PUT", "DELETE", "PATCH"):
        r = client.request(
            method, "/sessions/abcd", headers={"origin": BASE, "x-csrf-token": token}
        )
        assert r.status_code == 403, method
    big = client.post(
        "/unlock",
        content=b"a=" + b"x" * (guard.MAX_BODY + 1),
        headers={"origin": BASE, "content-type": "application/x-www-form-urlencoded"},
    )
    assert big.status_code == 413


def test_a_lock_rotates_the_csrf_token(client: TestClient, app: Any) -> None:
    assert unlock(client).status_code == 303
    old = csrf(client, "/patients")
    assert client.post("/lock", data={"csrf": old}, headers={"origin": BASE}).status_code == 303
    r = client.post(
        "/unlock", data={"passphrase": PASSPHRASE, "csrf": old}, headers={"origin": BASE}
    )
    assert r.status_code == 403


def test_pages_carry_strict_security_headers(client: TestClient) -> None:
    assert unlock(client).status_code == 303
    for path in ("/patients", "/unlock", "/doctor", "/static/app.js", "/record/status"):
        h = client.get(path).headers
        assert h["content-security-policy"] == guard.CSP, path
        assert h["x-frame-options"] == "DENY"
        assert h["cache-control"] == "no-store"
        assert h["x-content-type-options"] == "nosniff"
        assert h["referrer-policy"] == "same-origin"
    assert "'unsafe-inline'" not in guard.CSP and "http" not in guard.CSP


def test_every_asset_ships_in_the_package_and_nothing_is_fetched_from_elsewhere() -> None:
    files = [*WEB.joinpath("templates").iterdir(), *WEB.joinpath("static").iterdir()]
    assert {"app.js", "app.css"} <= {f.name for f in files}
    for f in files:
        text = f.read_text(encoding="utf-8")
        assert not re.search(r"(https?:)?//[a-z0-9.-]+\.[a-z]{2,}", text, re.I), f.name
        assert "@import" not in text and "@font-face" not in text, f.name
        if f.suffix == ".html":
            assert not re.search(r"<script(?![^>]*\bsrc=\"/static/)", text), f.name
            assert " style=" not in text and "<style" not in text, f.name
            assert not re.search(r"\bon[a-z]+=", text), f.name  # no inline handlers


def test_patient_references_never_appear_in_addresses(client: TestClient) -> None:
    assert unlock(client).status_code == 303
    r = client.post(
        "/patients/open",
        data={"ref": "Maria Lopez", "csrf": csrf(client, "/patients")},
        headers={"origin": BASE},
    )
    assert r.status_code == 303
    assert re.fullmatch(r"/patients/[0-9a-f]{64}", r.headers["location"])
    page = client.get(r.headers["location"]).text
    assert "Maria Lopez" in page
    hrefs = re.findall(r'(?:href|action)="([^"]*)"', page)
    assert hrefs and not any("Maria" in h or "Lopez" in h for h in hrefs)


def test_the_idle_lock_closes_the_vault_and_forgets_what_was_typed(app: Any) -> None:
    from localnotes.errors import LocalNotesError

    vaults = context_of(app).vaults
    vaults.idle_lock_s = 0.2
    vaults.unlock(PASSPHRASE)
    with vaults.use() as v:
        vaults.refs[v.patient_hash("P-001")] = "P-001"
        conn = raw_conn(v)
    import time

    time.sleep(0.3)
    assert vaults.lock_if_idle()
    assert not vaults.unlocked and vaults.refs == {} and vaults.locked_for_idle
    with pytest.raises(Exception, match="closed"):
        conn.execute("SELECT 1")
    with pytest.raises(LocalNotesError, match="locked"), vaults.use():
        pass


def test_the_idle_lock_waits_for_a_running_recording(app: Any) -> None:
    vaults = context_of(app).vaults
    vaults.idle_lock_s = 0.0
    vaults.unlock(PASSPHRASE)
    vaults.busy = lambda: True
    assert not vaults.lock_if_idle() and vaults.unlocked
    vaults.busy = lambda: False
    assert vaults.lock_if_idle() and not vaults.unlocked


def test_redaction_pieces_mark_every_placeholder_and_keep_the_text() -> None:
    text = "And so my fellow [PERSON] met [PERSON-2] at ***** on [DATE_TIME]."
    pieces = redaction_pieces(text)
    assert "".join(p for p, _ in pieces) == text
    assert [k for _, k in pieces if k] == ["PERSON", "PERSON", "MASKED", "DATE_TIME"]
    assert redaction_pieces("no marks [here] or **") == [("no marks [here] or **", None)]
