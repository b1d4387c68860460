"""The network guard and the forced offline settings (`localnotes.offline`).

The guard is an audit hook that cannot be removed, so every test runs it in a child process and
keeps this one clean. Public addresses are never actually reached: the guard refuses before any
packet is sent, and CI runs these tests in a network namespace with only loopback besides.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

SRC = Path(__file__).resolve().parent.parent / "src"
PREAMBLE = """
import json, os, socket, sys
from localnotes import offline
from localnotes.errors import NetworkBlockedError, LocalNotesError
def attempt(fn):
    try:
        fn()
    except NetworkBlockedError as e:
        return {"blocked": True, "message": str(e), "root": isinstance(e, LocalNotesError),
                "oserror": isinstance(e, OSError)}
    except OSError as e:
        return {"blocked": False, "error": f"{type(e).__name__}: {e}"}
    return {"blocked": False, "error": None}
"""


def clean_env(home: Path | None = None, **extra: str) -> dict[str, str]:
    """This environment without any offline variable the user might have set."""
    from localnotes.offline import environment_overrides  # importing it installs nothing

    forced = set(environment_overrides())  # an earlier in-process install() may have set them
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("HF_", "ORT_", "TLDEXTRACT", "TRANSFORMERS", "PIP_"))
        and k not in forced
    }
    env["PYTHONPATH"] = os.pathsep.join([str(SRC), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    if home is not None:
        env["HOME"] = str(home)
        for k in ("XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
            env.pop(k, None)
    env.update(extra)
    return env


def run_child(code: str, tmp_path: Path, env: dict[str, str] | None = None) -> Any:
    """Run PREAMBLE + code in a fresh interpreter; the code prints one JSON line last."""
    script = tmp_path / "child.py"
    script.write_text(PREAMBLE + textwrap.dedent(code), encoding="utf-8")
    r = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env or clean_env(),
        timeout=300,
    )
    assert r.returncode == 0, r.stderr[-2000:]
    return json.loads(r.stdout.strip().splitlines()[-1])


def test_tcp_connection_to_a_public_address_is_blocked_with_a_clear_error(tmp_path: Path) -> None:
    out = run_child(
        """
        offline.install()
        print(json.dumps(attempt(lambda: socket.create_connection(("93.184.216.34", 80), 2))))
        """,
        tmp_path,
    )
    assert isinstance(out, dict)
    assert out["blocked"] and out["root"] and not out["oserror"]
    assert out["message"].startswith("blocked a network connection to 93.184.216.34:80")
    assert "attempted by __main__." in out["message"]
    assert out["message"].endswith("localnotes never uses the network")


def test_connect_ex_udp_and_ipv6_to_public_addresses_are_blocked(tmp_path: Path) -> None:
    out = run_child(
        """
        offline.install()
        udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        results = {
            "connect_ex": attempt(lambda: socket.socket().connect_ex(("1.1.1.1", 443))),
            "sendto": attempt(lambda: udp.sendto(b"x", ("8.8.8.8", 53))),
            "udp_connect": attempt(lambda: udp.connect(("9.9.9.9", 53))),
            "ipv6": attempt(lambda: socket.socket(socket.AF_INET6).connect(
                ("2606:4700:4700::1111", 443, 0, 0))),
            "lan": attempt(lambda: socket.socket().connect(("192.168.1.10", 22))),
        }
        print(json.dumps(results))
        """,
        tmp_path,
    )
    assert isinstance(out, dict)
    for name, result in out.items():
        assert result["blocked"], f"{name} was not blocked: {result}"
    assert "8.8.8.8:53" in out["sendto"]["message"]
    assert "[2606:4700:4700::1111]:443" in out["ipv6"]["message"]


def test_name_lookups_of_public_names_are_blocked(tmp_path: Path) -> None:
    out = run_child(
        """
        offline.install()
        print(json.dumps({
            "getaddrinfo": attempt(lambda: socket.getaddrinfo("huggingface.co", 443)),
            "gethostbyname": attempt(lambda: socket.gethostbyname("example.com")),
            "gethostbyname_ex": attempt(lambda: socket.gethostbyname_ex("example.com")),
            "gethostbyaddr": attempt(lambda: socket.gethostbyaddr("8.8.8.8")),
        }))
        """,
        tmp_path,
    )
    assert isinstance(out, dict)
    for name, result in out.items():
        assert result["blocked"], f"{name} was not blocked: {result}"
    assert "huggingface.co:443 (name lookup)" in out["getaddrinfo"]["message"]


def test_loopback_and_unix_sockets_stay_allowed(tmp_path: Path) -> None:
    out = run_child(
        f"""
        offline.install()
        server = socket.socket()
        server.bind(("127.0.0.1", 0))
        server.listen()
        port = server.getsockname()[1]
        client = socket.create_connection(("localhost", port), 5)
        peer, _ = server.accept()
        client.sendall(b"ping")
        tcp = peer.recv(4).decode()
        lookup = socket.getaddrinfo("localhost", port)[0][4][0]
        path = {str(tmp_path / "s.sock")!r}
        userver = socket.socket(socket.AF_UNIX)
        userver.bind(path)
        userver.listen()
        uclient = socket.socket(socket.AF_UNIX)
        uclient.connect(path)
        upeer, _ = userver.accept()
        uclient.sendall(b"pong")
        print(json.dumps({{"tcp": tcp, "lookup": lookup, "unix": upeer.recv(4).decode(),
                           "blocked": offline.blocked_attempts()}}))
        """,
        tmp_path,
    )
    assert out["lookup"] in ("127.0.0.1", "::1")
    assert out == {"tcp": "ping", "lookup": out["lookup"], "unix": "pong", "blocked": []}


def test_a_dependency_phoning_home_gets_the_guards_error_naming_it(tmp_path: Path) -> None:
    (tmp_path / "chatty_dependency.py").write_text(
        textwrap.dedent(
            """
            import urllib.request

            def send_usage_report():
                urllib.request.urlopen("http://telemetry.example.com/collect", timeout=5)
            """
        ),
        encoding="utf-8",
    )
    out = run_child(
        """
        offline.install()
        import chatty_dependency
        print(json.dumps(attempt(chatty_dependency.send_usage_report)))
        """,
        tmp_path,
    )
    assert isinstance(out, dict)
    assert out["blocked"]
    assert "telemetry.example.com:80" in out["message"]
    assert "attempted by chatty_dependency.send_usage_report" in out["message"]
    assert "(via urllib.request.urlopen)" in out["message"]


def test_blocked_connection_is_never_retried_by_an_http_client(tmp_path: Path) -> None:
    out = run_child(
        """
        attempts = []
        def count(event, args):
            if event in ("socket.connect", "socket.getaddrinfo"):
                attempts.append(event)
        sys.addaudithook(count)  # added first, so it sees every attempt the guard refuses
        offline.install()
        import requests
        from requests.adapters import HTTPAdapter
        from urllib3.util.retry import Retry
        session = requests.Session()
        retry = Retry(total=5, connect=5, backoff_factor=0)
        session.mount("http://", HTTPAdapter(max_retries=retry))
        result = attempt(lambda: session.get("http://example.com/", timeout=5))
        result["attempts"] = len(attempts)
        print(json.dumps(result))
        """,
        tmp_path,
    )
    assert isinstance(out, dict)
    assert out["blocked"]
    assert out["attempts"] == 1
    assert "requests.sessions.Session.get" in out["message"] or "__main__" in out["message"]


def test_offline_settings_are_forced_over_the_users_environment(tmp_path: Path) -> None:
    env = clean_env(
        HF_HUB_OFFLINE="0",
        ORT_DISABLE_TELEMETRY="0",
        TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS="https://publicsuffix.org/list/public_suffix_list.dat",
        HF_HUB_DISABLE_TELEMETRY="false",
    )
    out = run_child(
        """
        offline.install()
        forced = offline.environment_overrides()
        import huggingface_hub.constants as hub
        print(json.dumps({
            "env": {k: os.environ.get(k) for k in forced},
            "forced": forced,
            "hub_offline": hub.HF_HUB_OFFLINE,
            "hub_telemetry_off": hub.HF_HUB_DISABLE_TELEMETRY,
        }))
        """,
        tmp_path,
        env,
    )
    assert isinstance(out, dict)
    assert out["env"] == out["forced"]
    forced = out["forced"]
    assert forced["HF_HUB_OFFLINE"] == "1"
    assert forced["ORT_DISABLE_TELEMETRY"] == "1"
    assert forced["TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"] == ""
    assert out["hub_offline"] is True and out["hub_telemetry_off"] is True


def test_install_is_idempotent_cheap_and_hardens_the_process(tmp_path: Path) -> None:
    out = run_child(
        """
        before = set(sys.modules)
        offline.install()
        offline.install()
        import resource
        loaded = sorted(set(sys.modules) - before)
        print(json.dumps({
            "installed": offline.is_installed(),
            "heavy": [m for m in loaded if m.split(".")[0] in
                      ("numpy", "onnxruntime", "huggingface_hub", "requests", "ctranslate2",
                       "faster_whisper", "presidio_analyzer", "spacy", "tldextract")],
            "core": resource.getrlimit(resource.RLIMIT_CORE),
            "dumpable": offline.process_is_dumpable(),
            "late": offline.late_imports(),
            "one_message": attempt(lambda: socket.gethostbyname("example.com"))["blocked"]
                           and len(offline.blocked_attempts()) == 1,
        }))
        """,
        tmp_path,
    )
    assert out == {
        "installed": True,
        "heavy": [],
        "core": [0, 0],
        "dumpable": False,
        "late": [],
        "one_message": True,
    }


def test_tldextract_uses_its_snapshot_without_network_or_a_cache_in_home(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    out = run_child(
        """
        offline.install()
        import tldextract
        from tldextract.tldextract import TLD_EXTRACTOR
        r = tldextract.extract("http://forums.bbc.co.uk/x")
        print(json.dumps({"suffix": r.suffix, "urls": list(TLD_EXTRACTOR.suffix_list_urls),
                          "blocked": offline.blocked_attempts()}))
        """,
        tmp_path,
        clean_env(home),
    )
    assert out == {"suffix": "co.uk", "urls": [], "blocked": []}
    assert [p for p in home.rglob("*") if p.is_file()] == []


VAD = """
import numpy as np
from faster_whisper.vad import get_speech_timestamps
t = np.arange(16000 * 4) / 16000
audio = (0.3 * np.sin(2 * np.pi * 220 * t) * (t % 2 < 1)).astype(np.float32)
get_speech_timestamps(audio)
"""


def _telemetry_files(home: Path) -> list[str]:
    return sorted(str(p.relative_to(home)) for p in home.rglob("*") if "Microsoft" in str(p))


@pytest.mark.slow
def test_onnxruntime_vad_leaves_no_telemetry_store_in_a_fresh_home(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    out = run_child(
        "offline.install()\n" + VAD + "print(json.dumps(offline.blocked_attempts()))\n",
        tmp_path,
        clean_env(home),
    )
    assert out == []
    assert _telemetry_files(home) == []


@pytest.mark.slow
def test_without_the_settings_onnxruntime_would_write_its_telemetry_store(tmp_path: Path) -> None:
    """The control for the test above: proves it can see the store. Runs without a network."""
    probe = subprocess.run(["unshare", "-rn", "true"], capture_output=True, text=True)
    assert probe.returncode == 0, f"cannot create a network namespace here: {probe.stderr}"
    home = tmp_path / "home"
    home.mkdir()
    (tmp_path / "vad.py").write_text(VAD, encoding="utf-8")
    env = clean_env(home)
    env.pop("CI", None)  # onnxruntime keeps quiet when CI is set; a clinician's machine has no CI
    r = subprocess.run(
        ["unshare", "-rn", sys.executable, str(tmp_path / "vad.py")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=300,
    )
    assert r.returncode == 0, r.stderr[-2000:]
    assert any(f.endswith("deviceid") for f in _telemetry_files(home))
