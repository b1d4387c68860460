"""`localnotes app` as a user starts it: the link it prints, where it listens, and the idle lock.

The app runs in a subprocess (`python -m localnotes app --no-browser --port 0`) on a vault made
with the real CLI (init, consent, transcription of jfk.flac with the bundled model). The helpers
(`prepare_vault`, `AppProcess`) live in tests/web_fixtures.py, shared with the browser tests.
"""

from __future__ import annotations

import contextlib
import re
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import PASSPHRASE
from tests.web_fixtures import AppProcess, base_env, csrf_of, prepare_vault


def post(c: Any, path: str, data: dict[str, str], page: str = "/unlock") -> Any:
    token = csrf_of(c.get(page).text)
    return c.post(
        path, data={**data, "csrf": token}, headers={"origin": str(c.base_url).rstrip("/")}
    )


@pytest.fixture(scope="module")
def vault_with_session(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Path, dict[str, str], str]:
    tmp = tmp_path_factory.mktemp("web-server")
    env = base_env(tmp)
    data_dir, sid = prepare_vault(tmp, env)
    return data_dir, env, sid


@pytest.fixture
def app_proc(vault_with_session: tuple[Path, dict[str, str], str]) -> Iterator[AppProcess]:
    data_dir, env, _ = vault_with_session
    app = AppProcess(data_dir, env, "--idle-lock", "2s")
    try:
        yield app
    finally:
        assert app.stop() == 0, app.log.read_text()[-800:]


def _listening(port: int) -> list[str]:
    """Local addresses of the sockets listening on `port` (from /proc/net/tcp and tcp6)."""
    found = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with contextlib.suppress(FileNotFoundError), open(table) as f:
            for line in f.readlines()[1:]:
                fields = line.split()
                addr, _, hexport = fields[1].partition(":")
                if fields[3] == "0A" and int(hexport, 16) == port:
                    found.append(addr)
    return found


def _other_addresses() -> list[str]:
    """This machine's addresses that are not loopback."""
    out: list[str] = []
    if shutil.which("ip"):
        for family in ("-4", "-6"):
            text = subprocess.run(
                ["ip", family, "-o", "addr"], capture_output=True, text=True
            ).stdout
            out += re.findall(r"inet6? ([0-9a-fA-F.:]+)/", text)
    return [a for a in out if not (a.startswith("127.") or a == "::1" or a.startswith("fe80"))]


def test_app_prints_a_link_with_a_fresh_token_each_launch(
    vault_with_session: tuple[Path, dict[str, str], str],
) -> None:
    data_dir, env, _ = vault_with_session
    first = AppProcess(data_dir, env)
    second = AppProcess(data_dir, env)
    try:
        assert first.token != second.token and first.port != second.port
        with httpx.Client(base_url=first.base) as c:
            assert c.get("/", params={"token": second.token}).status_code == 403
    finally:
        codes = first.stop(), second.stop()  # both, whatever happened
    assert codes == (0, 0)


def test_app_listens_on_loopback_only(app_proc: AppProcess) -> None:
    assert _listening(app_proc.port) == ["0100007F"]  # 127.0.0.1, and nothing else
    with httpx.Client() as c:  # loopback answers (and refuses without the token)
        assert c.get(app_proc.base + "/").status_code == 403


def test_app_is_unreachable_on_the_machines_other_addresses(app_proc: AppProcess) -> None:
    others = _other_addresses()
    # scripts/test.sh gives its network namespace an interface of its own (192.0.2.1, 2001:db8::1,
    # on a bridge with no uplink) so that this runs there too
    assert others, "no address besides loopback to try: run the suite through scripts/test.sh"
    for addr in others:
        family = socket.AF_INET6 if ":" in addr else socket.AF_INET
        with socket.socket(family, socket.SOCK_STREAM) as s:
            s.settimeout(3)
            with pytest.raises(OSError):
                s.connect((addr, app_proc.port))


def test_app_offers_no_way_to_listen_elsewhere() -> None:
    from localnotes.web import server

    r = subprocess.run(
        [sys.executable, "-m", "localnotes", "app", "--help"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "--host" not in r.stdout and "--bind" not in r.stdout
    assert server.BIND_ADDRESS == "127.0.0.1"
    bad = subprocess.run(
        [sys.executable, "-m", "localnotes", "app", "--host", "0.0.0.0"],
        capture_output=True,
        text=True,
    )
    assert bad.returncode == 2


def test_help_loads_no_web_framework_and_a_missing_extra_is_one_clear_line(
    vault_with_session: tuple[Path, dict[str, str], str],
) -> None:
    data_dir, env, _ = vault_with_session
    probe = (
        "import sys; from localnotes.cli.main import build_parser; build_parser(); "
        "print([m for m in ('starlette', 'uvicorn', 'jinja2') if m in sys.modules])"
    )
    r = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env)
    assert r.stdout.strip() == "[]", r.stderr
    without = (
        "import sys; sys.modules['starlette'] = None; "
        "from localnotes.cli.main import main; "
        f"raise SystemExit(main(['--data-dir', {str(data_dir)!r}, 'app', '--no-browser']))"
    )
    r = subprocess.run([sys.executable, "-c", without], capture_output=True, text=True, env=env)
    assert r.returncode == 2 and "pip install 'localnotes[app]'" in r.stderr


def test_idle_lock_drops_the_vault_and_transcripts_need_the_passphrase_again(
    app_proc: AppProcess, vault_with_session: tuple[Path, dict[str, str], str]
) -> None:
    _, _, sid = vault_with_session
    with app_proc.client() as c:
        assert post(c, "/unlock", {"passphrase": PASSPHRASE}).status_code == 303
        shown = c.get(f"/sessions/{sid}")
        assert shown.status_code == 200 and "[PERSON]" in shown.text
        assert c.get("/state").json()["unlocked"] is True
        time.sleep(3.5)  # idle for longer than --idle-lock 2s; the watcher locks on its own
        assert c.get("/state").json()["unlocked"] is False
        for path in (f"/sessions/{sid}", "/patients", "/sessions"):
            r = c.get(path)
            assert r.status_code == 303 and r.headers["location"] == "/unlock", path
        # the old page's form token died with the lock, and a fresh one still needs the vault
        stale = c.post(
            f"/sessions/{sid}/reveal",
            data={"csrf": csrf_of(shown.text)},
            headers={"origin": app_proc.base},
        )
        assert stale.status_code == 403
        fresh = post(c, f"/sessions/{sid}/reveal", {})
        assert fresh.status_code == 303 and fresh.headers["location"] == "/unlock"
        page = c.get("/unlock").text
        assert "locked itself" in page
        assert post(c, "/unlock", {"passphrase": "wrong"}).status_code == 401
        assert c.get(f"/sessions/{sid}").status_code == 303
        assert post(c, "/unlock", {"passphrase": PASSPHRASE}).status_code == 303
        assert "Americans" in post(c, f"/sessions/{sid}/reveal", {}, page=f"/sessions/{sid}").text


def test_polling_does_not_keep_the_vault_open(app_proc: AppProcess) -> None:
    with app_proc.client() as c:
        assert post(c, "/unlock", {"passphrase": PASSPHRASE}).status_code == 303
        deadline = time.monotonic() + 4
        while time.monotonic() < deadline:  # what an open page does all day
            c.get("/state")
            c.get("/record/status")
            time.sleep(0.3)
        assert c.get("/state").json()["unlocked"] is False
