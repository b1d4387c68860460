"""The clinician's screens the browser test does not walk through, in process over a real vault:
withdrawal, refusals for lack of consent, every export format, receipts, retention, doctor.
Each action must leave the same ledger entries the CLI leaves."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from localnotes.config import load_settings
from localnotes.web.app import context_of, create_app
from tests.conftest import PASSPHRASE, real_speech
from tests.web_fixtures import PATIENT, base_env, cli, prepare_vault, unlocked_client
from tests.web_fixtures import ledger_events as events
from tests.web_fixtures import post_form as post

PORT = 48212
BASE = f"http://127.0.0.1:{PORT}"
TOKEN = "k" * 43


@pytest.fixture(scope="module")
def made_once(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    tmp = tmp_path_factory.mktemp("web-pages")
    return prepare_vault(tmp, base_env(tmp))


@pytest.fixture
def vault(made_once: tuple[Path, str], tmp_path: Path) -> tuple[Path, str]:
    """A copy of one prepared vault per test (transcribing for each would take minutes)."""
    data_dir = tmp_path / "vault"
    shutil.copytree(made_once[0], data_dir)
    return data_dir, made_once[1]


@pytest.fixture
def app(vault: tuple[Path, str]) -> Any:
    data_dir = vault[0]
    settings = load_settings(None, overrides={("storage", "data_dir"): str(data_dir)})
    return create_app(settings, data_dir, TOKEN, idle_lock_s=600, port=PORT)


@pytest.fixture
def c(app: Any) -> Iterator[TestClient]:
    with unlocked_client(app, TOKEN, BASE) as client:
        yield client


def patient_url(c: TestClient, ref: str) -> str:
    r = post(c, "/patients/open", {"ref": ref})
    assert r.status_code == 303
    return str(r.headers["location"])


def test_wrong_passphrase_is_a_clear_refusal(app: Any) -> None:
    with TestClient(app, base_url=BASE, follow_redirects=False) as c:
        c.get(f"/?token={TOKEN}")
        r = post(c, "/unlock", {"passphrase": "nope"})
        assert r.status_code == 401 and "wrong passphrase" in r.text
        assert not context_of(app).vaults.unlocked


def test_patients_list_the_consent_status(c: TestClient) -> None:
    page = c.get("/patients").text
    assert PATIENT in page and "consent live" in page
    url = patient_url(c, "P-NEW")
    assert "No consent on record" in c.get(url).text
    assert "P-NEW" in c.get("/patients").text  # typed in this sitting: remembered until lock


def test_consent_needs_the_agreement_and_the_notice_that_was_shown(
    c: TestClient, vault: tuple[Path, str]
) -> None:
    form = c.get("/consent/new").text
    sha = re.search(r'name="notice_sha256" value="([0-9a-f]{64})"', form)
    assert sha
    base = {
        "ref": "P-300",
        "scope_audio": "1",
        "scope_transcript": "1",
        "method": "written",
        "retain_audio": "0d",
        "retain_transcript": "30d",
        "retain_redacted": "7y",
    }
    before = events(vault[0])
    assert post(c, "/consent", {**base, "notice_sha256": sha.group(1)}).status_code == 400
    assert (
        post(c, "/consent", {**base, "agreed": "1", "notice_sha256": "0" * 64}).status_code == 400
    )
    too_long = post(
        c,
        "/consent",
        {**base, "agreed": "1", "notice_sha256": sha.group(1), "retain_transcript": "5y"},
    )
    assert too_long.status_code == 400 and "maximum" in too_long.text
    assert events(vault[0]) == before
    ok = post(
        c,
        "/consent",
        {
            **base,
            "agreed": "1",
            "notice_sha256": sha.group(1),
            "known": "Maria Lopez\nLakeside School\n",
        },
    )
    assert ok.status_code == 303 and "done=consent" in ok.headers["location"]
    receipt = c.get(ok.headers["location"]).text
    assert "Consent receipt" in receipt and "in writing" in receipt
    assert events(vault[0])[-1] == "consent_granted"


def test_recording_without_consent_is_refused_before_any_device(c: TestClient) -> None:
    r = post(c, "/record/start", {"ref": "P-NOBODY"})
    assert r.status_code == 403 and "no consent" in r.text
    assert c.get("/record/status").json()["phase"] == "idle"


def test_the_recording_screen_says_when_the_transcript_will_be_ready(
    c: TestClient, app: Any
) -> None:
    """What record_session reports through its hooks reaches the screen: a computer that falls
    behind says how long after Stop the transcript will be ready; after Stop, what was left."""
    hooks = context_of(app).recorder.hooks()
    hooks.on_started("0123456789ab")
    page = c.get("/record").text
    assert "data-rec-behind hidden" in page  # keeping up: nothing to say
    hooks.on_behind(200.0)
    st = c.get("/record/status").json()
    assert st["phase"] == "recording" and st["ready_after_min"] == 3
    page = c.get("/record").text
    assert re.search(r"ready about <strong data-rec-behind-min>3</strong> minute", page), page
    assert "Nothing is lost" in page and "data-rec-behind hidden" not in page
    hooks.on_phase("transcribing")
    hooks.on_backlog(12.4)
    st = c.get("/record/status").json()
    assert st["phase"] == "transcribing" and st["left_s"] == 12
    assert "<strong data-rec-left-s>12</strong> s of audio were left" in c.get("/record").text


@pytest.mark.parametrize("fmt", ["txt", "md", "json", "srt", "vtt"])
def test_every_export_format_is_redacted_and_logged(
    c: TestClient, vault: tuple[Path, str], fmt: str
) -> None:
    data_dir, sid = vault
    r = post(c, f"/sessions/{sid}/export", {"format": fmt})
    assert r.status_code == 200
    assert f'filename="session-{sid}.{fmt}"' in r.headers["content-disposition"]
    assert "PERSON" in r.text and "Americans" not in r.text
    if fmt == "json":
        json.loads(r.text)
    assert events(data_dir)[-1] == "exported"


def test_rttm_export_has_times_and_labels_only(c: TestClient, vault: tuple[Path, str]) -> None:
    data_dir, sid = vault
    r = post(c, f"/sessions/{sid}/export", {"format": "rttm"})
    assert r.status_code == 200 and r.text.startswith("SPEAKER session 1 ")
    assert "PERSON" not in r.text and "Americans" not in r.text
    assert events(data_dir)[-1] == "exported"


def test_the_transcript_shows_turns_and_a_label_is_renamed_with_a_log_entry(
    c: TestClient, vault: tuple[Path, str]
) -> None:
    data_dir, sid = vault
    page = c.get(f"/sessions/{sid}").text
    assert 'class="turn"' in page and '<span class="speaker">speaker 1:</span>' in page
    before = events(data_dir)
    r = post(c, f"/sessions/{sid}/speakers", {"from": "speaker 1", "to": "clinician"})
    assert r.status_code == 303
    page = c.get(f"/sessions/{sid}").text
    assert '<span class="speaker">clinician:</span>' in page and "speaker 1:" not in page
    assert events(data_dir) == [*before, "speakers_relabelled"]
    refused = post(c, f"/sessions/{sid}/speakers", {"from": "clinician", "to": "Kennedy"})
    assert refused.status_code == 400 and "names are not allowed" in refused.text
    assert events(data_dir) == [*before, "speakers_relabelled"]


def test_unknown_export_format_decrypts_nothing(c: TestClient, vault: tuple[Path, str]) -> None:
    data_dir, sid = vault
    before = events(data_dir)
    assert post(c, f"/sessions/{sid}/export", {"format": "docx"}).status_code == 400
    assert events(data_dir) == before


def test_the_redacted_view_is_not_logged_and_the_reveal_is(
    c: TestClient, vault: tuple[Path, str]
) -> None:
    data_dir, sid = vault
    before = events(data_dir)
    page = c.get(f"/sessions/{sid}").text
    assert '<span class="redacted" data-kind="PERSON">[PERSON]</span>' in page
    assert events(data_dir) == before
    shown = post(c, f"/sessions/{sid}/reveal", {})
    assert "Americans" in shown.text and shown.headers["cache-control"] == "no-store"
    assert events(data_dir) == [*before, "transcript_viewed_unredacted"]
    assert c.get(f"/sessions/{sid}/reveal").status_code == 405  # never by GET


def test_withdrawal_deletes_everything_and_gives_a_certificate(
    c: TestClient, vault: tuple[Path, str]
) -> None:
    data_dir, sid = vault
    url = patient_url(c, PATIENT)
    ph = url.rsplit("/", 1)[1]
    assert "Withdraw consent" in c.get(url).text
    assert post(c, f"{url}/withdraw", {"ref": PATIENT}).status_code == 400  # not confirmed
    wrong = post(c, f"{url}/withdraw", {"ref": "P-OTHER", "confirm": "1"})
    assert wrong.status_code == 400
    r = post(c, f"{url}/withdraw", {"ref": PATIENT, "confirm": "1", "method": "written"})
    assert r.status_code == 303 and "done=withdrawn" in r.headers["location"]
    assert "Deletion certificate" in c.get(r.headers["location"]).text
    assert "was withdrawn" in c.get(url).text
    assert c.get(f"/sessions/{sid}").status_code == 404
    assert events(data_dir)[-2:] == ["consent_withdrawn", "deleted"]
    view = c.get(f"/patients/{ph}/view").text
    assert "you withdrew your consent" in view
    refused = post(c, "/record/start", {"ref": PATIENT})
    assert refused.status_code == 403 and "withdrawn" in refused.text


def test_receipts_exist_only_for_consent_and_deletion_entries(c: TestClient) -> None:
    assert c.get("/receipts/0").status_code == 200  # consent_granted
    assert "Consent receipt" in c.get("/receipts/0/page").text
    page = c.get("/receipts/0/page")
    # the same self-checking page the CLI writes: only its hash-pinned script, nothing loaded
    from localnotes.ledger.receipt_page import csp

    policy = page.headers["content-security-policy"]
    assert policy == f"{csp()}; frame-ancestors 'none'" and "unsafe-inline" not in policy
    assert 'id="ln-verdict"' in page.text and '<b data-file="html">receipt-0.html</b>' in page.text
    saved = c.get("/receipts/0/page?download=1")
    assert saved.headers["content-disposition"] == 'attachment; filename="receipt-0.html"'
    assert saved.text == page.text
    receipt = c.get("/receipts/0/json")
    assert receipt.json()["kind"] == "consent"
    assert c.get("/receipts/1").status_code == 404  # recording_started: no receipt
    assert c.get("/receipts/999").status_code == 404


def test_delete_needs_confirmation(c: TestClient, vault: tuple[Path, str]) -> None:
    data_dir, sid = vault
    confirm = c.get(f"/sessions/{sid}/delete").text
    assert "redacted" in confirm and "cannot be read on this computer again" in confirm
    assert "a backup made before the deletion is not covered" in confirm
    assert post(c, f"/sessions/{sid}/delete", {}).status_code == 400
    assert c.get(f"/sessions/{sid}").status_code == 200
    r = post(c, f"/sessions/{sid}/delete", {"confirm": "1"})
    assert r.status_code == 303 and "done=deleted" in r.headers["location"]
    assert "Deletion certificate" in c.get(r.headers["location"]).text
    assert events(data_dir)[-1] == "deleted"


def test_retention_overview_and_run(c: TestClient, vault: tuple[Path, str]) -> None:
    data_dir, sid = vault
    page = c.get("/retention").text
    assert sid in page and "transcript" in page and "Nothing is past its time" in page
    ran = post(c, "/retention/run", {})
    assert ran.status_code == 200 and "Retention enforced: 0" in ran.text
    assert events(data_dir)[-1] == "retention_run"


def test_doctor_report_renders(c: TestClient) -> None:
    page = c.get("/doctor").text
    assert "network guard" in page and "vault permissions" in page
    assert re.search(r"\d+ failed, \d+ warnings", page)


def test_unknown_session_is_not_found(c: TestClient) -> None:
    assert c.get("/sessions/abcdef").status_code == 404
    assert c.get("/sessions/zz").status_code == 404
    assert c.get("/patients/" + "0" * 63).status_code == 404


def test_the_clinics_name_and_contact_reach_receipts_and_the_patient_view(
    vault: tuple[Path, str],
) -> None:
    data_dir = vault[0]
    settings = load_settings(
        None,
        overrides={
            ("storage", "data_dir"): str(data_dir),
            ("clinic", "name"): "Riverbend Counselling",
            ("clinic", "contact"): "front desk 555 0100",
        },
    )
    app = create_app(settings, data_dir, TOKEN, idle_lock_s=600, port=PORT)
    with TestClient(app, base_url=BASE, follow_redirects=False) as client:
        assert client.get(f"/?token={TOKEN}").status_code == 303
        assert post(client, "/unlock", {"passphrase": PASSPHRASE}).status_code == 303
        page = client.get("/receipts/0/page").text
        assert "Riverbend Counselling" in page and "front desk 555 0100" in page
        assert client.get("/receipts/0/json").json()["details"]["controller"] == (
            "Riverbend Counselling"
        )
        ph = patient_url(client, PATIENT).rsplit("/", 1)[1]
        view = client.get(f"/patients/{ph}/view").text
        assert "From: Riverbend Counselling. Contact: front desk 555 0100" in view


def test_an_expiry_beyond_any_date_is_a_400_not_a_500(
    c: TestClient, vault: tuple[Path, str]
) -> None:
    form = c.get("/consent/new").text
    sha = re.search(r'name="notice_sha256" value="([0-9a-f]{64})"', form)
    assert sha
    before = events(vault[0])
    r = post(
        c,
        "/consent",
        {
            "ref": "P-301",
            "scope_audio": "1",
            "scope_transcript": "1",
            "method": "verbal",
            "agreed": "1",
            "notice_sha256": sha.group(1),
            "expires": "999999999999y",
        },
    )
    assert r.status_code == 400 and "100 years" in r.text
    assert events(vault[0]) == before


@pytest.fixture(scope="module")
def two_voices(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A vault with the two-person phone call transcribed (two speaker labels)."""
    tmp = tmp_path_factory.mktemp("web-two-voices")
    env = base_env(tmp)
    data_dir, _ = prepare_vault(tmp, env, transcribe=False)
    done = cli(data_dir, env, "transcribe", PATIENT, str(real_speech("phone_call_2spk.wav")))
    return data_dir, str(done["session_id"])


@pytest.mark.slow
def test_two_speakers_are_swapped_from_the_transcript_page_with_a_log_entry(
    two_voices: tuple[Path, str],
) -> None:
    data_dir, sid = two_voices
    settings = load_settings(None, overrides={("storage", "data_dir"): str(data_dir)})
    app = create_app(settings, data_dir, TOKEN, idle_lock_s=600, port=PORT)
    turn = re.compile(r'<span class="speaker">(speaker [12]):</span>')
    with TestClient(app, base_url=BASE, follow_redirects=False) as client:
        assert client.get(f"/?token={TOKEN}").status_code == 303
        assert post(client, "/unlock", {"passphrase": PASSPHRASE}).status_code == 303
        page = client.get(f"/sessions/{sid}").text
        assert "data-swap" in page
        shown = turn.findall(page)
        assert set(shown) == {"speaker 1", "speaker 2"}
        before = events(data_dir)
        swap = {"action": "swap", "a": "speaker 1", "b": "speaker 2"}
        assert post(client, f"/sessions/{sid}/speakers", swap).status_code == 303
        flip = {"speaker 1": "speaker 2", "speaker 2": "speaker 1"}
        assert turn.findall(client.get(f"/sessions/{sid}").text) == [flip[s] for s in shown]
    assert events(data_dir) == [*before, "speakers_relabelled"]
