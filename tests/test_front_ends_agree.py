"""The CLI and the web app share one use case each for deleting a session
(`deletion_request`) and for recording a consent with the patient's known names
(`consent_intake`): the same plan and the same certificate from both front ends, and a grant
whose names fail leaves no consent, no ledger entry and no receipt in either."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from localnotes import known
from localnotes.config import load_settings
from localnotes.errors import StorageError
from localnotes.web.app import create_app
from tests.conftest import initialized_in
from tests.web_fixtures import base_env, cli, prepare_vault, unlocked_client
from tests.web_fixtures import ledger_events as events
from tests.web_fixtures import post_form as post

PORT = 48214
BASE = f"http://127.0.0.1:{PORT}"
TOKEN = "f" * 43


@pytest.fixture(scope="module")
def made_once(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    tmp = tmp_path_factory.mktemp("front-ends")
    return prepare_vault(tmp, base_env(tmp))


@contextmanager
def web(data_dir: Path) -> Iterator[TestClient]:
    settings = load_settings(None, overrides={("storage", "data_dir"): str(data_dir)})
    app = create_app(settings, data_dir, TOKEN, idle_lock_s=600, port=PORT)
    with unlocked_client(app, TOKEN, BASE) as client:
        yield client


def comparable(cert: dict[str, Any]) -> dict[str, Any]:
    """A certificate less what differs between two deletions of the same thing: the entry's time
    and its random deletion id, and what is signed or proved over them."""
    entry = json.loads(cert["event"])
    del entry["time"], entry["deletion_id"]
    same = ("kind", "index", "tree_size", "inclusion_proof", "origin", "public_key", "details")
    return {**{k: cert[k] for k in same}, "entry": entry, "title": cert["wording"]["title"]}


def test_a_session_is_planned_and_certified_alike_by_the_cli_and_the_web(
    made_once: tuple[Path, str], tmp_path: Path
) -> None:
    """Two copies of one vault: the same session deleted with `localnotes delete` in one and
    from its web page in the other."""
    sid = made_once[1]
    by_cli, by_web = tmp_path / "cli", tmp_path / "web"
    shutil.copytree(made_once[0], by_cli)
    shutil.copytree(made_once[0], by_web)
    env = base_env(tmp_path)
    cli_plan = cli(by_cli, env, "delete", sid, "--dry-run")["would_delete"]
    assert [p["session_id"] for p in cli_plan] == [sid] and cli_plan[0]["artifacts"]
    out = tmp_path / "cert.json"
    done = cli(by_cli, env, "delete", sid, "--yes", "--receipt-out", str(out))
    assert done["deleted"] == cli_plan
    cli_cert = json.loads(out.read_text())

    with web(by_web) as c:
        page = c.get(f"/sessions/{sid}/delete").text
        web_plan = [
            {"kind": kind, "size": int(size)}
            for kind, size in re.findall(r'<li data-kind="(\w+)" data-size="(\d+)">', page)
        ]
        r = post(c, f"/sessions/{sid}/delete", {"confirm": "1"})
        assert r.status_code == 303
        index = int(re.findall(r"/receipts/(\d+)\?done=deleted", r.headers["location"])[0])
        web_cert = c.get(f"/receipts/{index}/json").json()

    assert web_plan == cli_plan[0]["artifacts"]
    assert index == done["ledger_index"]
    assert comparable(web_cert) == comparable(cli_cert)
    assert comparable(cli_cert)["entry"]["reason"] == "clinician"
    assert events(by_cli) == events(by_web)


def no_consent_at_all(data_dir: Path, env: dict[str, str], ref: str) -> None:
    status = cli(data_dir, env, "consent", "status", ref)
    assert status == {"live": None, "history": []}
    assert cli(data_dir, env, "known", "list", ref) == {"known_identifiers": []}


def test_a_grant_with_an_empty_known_name_records_nothing_from_the_cli(tmp_path: Path) -> None:
    run = initialized_in(tmp_path)
    before = events(run.data_dir)
    receipt = tmp_path / "receipt.json"
    r = run(
        "consent", "grant", "P-9", "--scope", "audio,transcript", "--yes",
        "--known", "Maria Lopez", "--known", "   ", "--receipt-out", str(receipt),
    )  # fmt: skip
    assert r.returncode == 2, r.stderr
    assert r.stderr.strip() == "localnotes: a known identifier may not be empty"
    assert events(run.data_dir) == before
    assert list(tmp_path.glob("receipt*")) == []
    no_consent_at_all(run.data_dir, run.env, "P-9")


def test_a_grant_whose_names_fail_to_store_leaves_no_consent_from_the_web(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The names are sealed inside the grant's transaction: a failure there (a full disk, say)
    takes the consent and its ledger entry with it."""
    env = base_env(tmp_path)
    data_dir, _ = prepare_vault(tmp_path, env, transcribe=False)
    before = events(data_dir)

    def full_disk(*_args: Any) -> None:
        raise StorageError("the disk is full")

    with web(data_dir) as c:
        form = c.get("/consent/new").text
        sha = re.search(r'name="notice_sha256" value="([0-9a-f]{64})"', form)
        assert sha
        grant = {
            "ref": "P-10",
            "scope_transcript": "1",
            "agreed": "1",
            "notice_sha256": sha.group(1),
            "known": "Maria Lopez\nLakeside School\n",
        }
        with monkeypatch.context() as m:
            m.setattr(known, "store", full_disk)
            r = post(c, "/consent", grant)
        assert r.status_code == 500 and "the disk is full" in r.text
        assert c.get(f"/receipts/{len(before)}").status_code == 404
        assert events(data_dir) == before
        no_consent_at_all(data_dir, env, "P-10")
        ok = post(c, "/consent", grant)  # the same grant, once the names can be stored
        assert ok.status_code == 303 and f"/receipts/{len(before)}?" in ok.headers["location"]
    names = cli(data_dir, env, "known", "list", "P-10")["known_identifiers"]
    assert [n["text"] for n in names] == ["Maria Lopez", "Lakeside School"]
