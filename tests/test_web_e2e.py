"""The web app end to end, in headless Chromium (Debian's, driven by Playwright; no browser is
downloaded): unlock, consent, a recording from the PulseAudio virtual microphone with its live
transcript, the redacted transcript, reveal, export, delete, and the deletion in the patient's
view; then the idle lock taking the transcript off the screen.

Screenshots of each screen go to $LOCALNOTES_ARTIFACTS (or the test's temporary directory).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from harness.virtual_mic import VirtualMic
from tests.conftest import PASSPHRASE
from tests.web_fixtures import (
    AppProcess,
    base_env,
    chromium,
    prepare_vault,
)

PATIENT = "P-200"

pytestmark = [pytest.mark.slow]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    yield from chromium()


@pytest.fixture(scope="module")
def artifacts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    where = os.environ.get("LOCALNOTES_ARTIFACTS")
    d = Path(where) / "web" if where else tmp_path_factory.mktemp("web-artifacts")
    d.mkdir(parents=True, exist_ok=True)
    return d


@pytest.fixture
def page(browser: Any, tmp_path: Path) -> Iterator[Any]:
    context = browser.new_context(accept_downloads=True, viewport={"width": 1200, "height": 900})
    p = context.new_page()
    p.set_default_timeout(30_000)
    try:
        yield p
    finally:
        context.close()


def shot(page: Any, artifacts: Path, name: str) -> None:
    page.screenshot(path=str(artifacts / f"{name}.png"), full_page=True)


def unlock(page: Any, app: AppProcess) -> None:
    page.goto(app.url)
    assert page.url == app.site + "/unlock"  # the token left the address bar
    page.fill("#passphrase", PASSPHRASE)
    page.click("button:has-text('Unlock')")
    page.wait_for_url(app.site + "/patients")


def test_a_whole_session_in_the_browser(
    page: Any, virtual_mic: VirtualMic, jfk_wav: Path, tmp_path: Path, artifacts: Path
) -> None:
    from localnotes.consent import default_notice

    env = base_env(tmp_path, virtual_mic.env)  # PortAudio finds the virtual microphone
    data_dir, _ = prepare_vault(tmp_path, env, transcribe=False)
    app = AppProcess(data_dir, env, "--idle-lock", "10m")
    try:
        page.goto(app.url.split("?")[0])  # without the token: refused
        assert "token" in page.content()
        page.goto(app.url)
        shot(page, artifacts, "01-unlock")
        unlock(page, app)

        # patients, then the consent flow with the notice in full
        page.fill("#ref", PATIENT)
        page.click("button:has-text('Open or add')")
        assert re.fullmatch(re.escape(app.site) + r"/patients/[0-9a-f]{64}", page.url)
        patient_url = page.url
        assert "No consent on record" in page.inner_text("[data-consent-status]")
        page.click("text=Record consent")
        shown = " ".join(page.inner_text("[data-notice]").split())
        assert shown == " ".join(default_notice().split())
        page.fill("#witness", "Dr Front Desk")
        page.fill("#known", "Americans")  # jfk names nobody: a known identifier to redact
        page.check("input[name=agreed]")
        shot(page, artifacts, "02-consent")
        page.click("button:has-text('Record consent and make the receipt')")
        page.wait_for_selector("[data-receipt=consent]")
        assert "Consent receipt" in page.inner_text("[data-receipt]")
        shot(page, artifacts, "03-consent-receipt")
        with page.expect_download() as dl:
            page.click("text=Download receipt.json")
        receipt = tmp_path / "receipt.json"
        dl.value.save_as(str(receipt))

        # record from the virtual microphone, watching the live transcript
        page.goto(patient_url)
        assert "consent live" in page.inner_text("h1")
        page.click("text=Record a session")
        assert page.input_value("#ref") == PATIENT
        page.click("[data-start]")
        page.wait_for_selector("#rec-banner")
        virtual_mic.wait_until_recording(timeout=120)
        assert page.is_visible("#rec-banner") and "RECORDING" in page.inner_text("#rec-banner")
        virtual_mic.play(jfk_wav)
        page.wait_for_function(
            "() => /country/i.test(document.querySelector('[data-live]').textContent)",
            timeout=120_000,
        )
        assert page.inner_text("[data-rec-phase]").strip() == "recording"
        assert page.inner_text("[data-rec-elapsed]") != "00:00"
        assert float(page.get_attribute("[data-rec-level]", "value") or -120) >= -60
        shot(page, artifacts, "04-recording")
        page.goto(app.site + "/sessions")  # the banner follows to every page
        assert page.is_visible("#rec-banner")
        page.click("#rec-banner [data-stop]")
        page.wait_for_selector("[data-rec-done]", timeout=300_000)
        assert not page.is_visible("#rec-banner")
        # made while recording: the screen says how soon after Stop it was ready
        assert float(page.inner_text("[data-ready-in]")) >= 0

        # the redacted transcript, then the logged reveal
        page.click("[data-open-transcript]")
        text = page.inner_text("[data-transcript]")
        assert "country" in text and "Americans" not in text
        assert page.locator(".redacted[data-kind=PERSON]").count() >= 1
        shot(page, artifacts, "05-transcript-redacted")
        transcript_url = page.url
        page.click("[data-reveal]")
        page.wait_for_selector("[data-unredacted]")
        assert "Americans" in page.inner_text("[data-transcript]")
        shot(page, artifacts, "06-transcript-revealed")

        # export (always the redacted text)
        page.goto(transcript_url)
        page.select_option("#format", "txt")
        with page.expect_download() as dl:
            page.click("[data-export]")
        exported = Path(dl.value.path()).read_text(encoding="utf-8")
        assert "[PERSON]" in exported and "Americans" not in exported
        assert "country" in exported

        # delete, with confirmation and a certificate
        page.click("text=Delete…")
        page.wait_for_selector("[data-plan] li")  # count() does not wait for the new page
        assert page.locator("[data-plan] li").count() >= 1
        shot(page, artifacts, "07-delete-confirm")
        page.check("input[name=confirm]")
        page.click("[data-delete]")
        page.wait_for_selector("[data-receipt=deletion]")
        assert "Deletion certificate" in page.inner_text("[data-receipt]")
        shot(page, artifacts, "08-deletion-certificate")
        page.goto(transcript_url)
        assert "does not exist or was deleted" in page.inner_text("main")

        # the patient's view: the whole history, the deletion, receipts and how to verify them
        page.goto(patient_url + "/view")
        history = page.inner_text("[data-history]")
        for said in (
            "you gave consent",
            "recording of your session started",
            "full transcript, including identifying details, was opened",
            "was exported as plain text",
            "deleted because",
        ):
            assert said in history, said
        # consent; the audio, deleted once transcribed (kept 0d); the session, deleted on request
        assert page.locator("[data-receipts] li").count() == 3
        assert not page.locator("header nav").count()  # nothing of the clinician's to click
        vkey = re.search(r"--public-key (\S+)", page.inner_text("pre.command"))
        assert vkey
        shot(page, artifacts, "09-patient-view")

        for path, name in (
            ("/retention", "10-retention"),
            ("/doctor", "11-doctor"),
            ("/patients", "12-patients"),
        ):
            page.goto(app.site + path)
            shot(page, artifacts, name)
        assert page.locator("[data-patients] tr", has_text=PATIENT).count() == 1
    finally:
        assert app.stop() == 0, app.log.read_text()[-1500:]

    # the patient's receipt checks out without the vault; the log holds each step
    ok = subprocess.run(
        [
            sys.executable,
            "-m",
            "localnotes",
            "verify",
            str(receipt),
            "--offline",
            "--public-key",
            vkey.group(1),
        ],
        capture_output=True,
        text=True,
        env=env,
    )
    assert ok.returncode == 0, ok.stderr
    log = subprocess.run(
        [sys.executable, "-m", "localnotes", "--data-dir", str(data_dir), "--json", "log", PATIENT],
        capture_output=True,
        text=True,
        env={**env, "LOCALNOTES_PASSPHRASE": PASSPHRASE},
    )
    events = [e["event"] for e in json.loads(log.stdout)["entries"]]
    assert events[:3] == ["consent_granted", "recording_started", "recording_stopped"]
    assert events[-3:] == ["transcript_viewed_unredacted", "exported", "deleted"]
    assert {"transcript_created", "deleted"} <= set(events[3:-3])


def test_the_idle_lock_takes_the_transcript_off_the_screen(
    page: Any, tmp_path: Path, artifacts: Path
) -> None:
    env = base_env(tmp_path)
    data_dir, sid = prepare_vault(tmp_path, env)
    app = AppProcess(data_dir, env, "--idle-lock", "3s")
    try:
        unlock(page, app)
        page.goto(f"{app.site}/sessions/{sid}")
        assert "[PERSON]" in page.inner_text("[data-transcript]")
        started = time.monotonic()
        page.wait_for_url(app.site + "/unlock", timeout=15_000)  # the page leaves by itself
        assert time.monotonic() - started < 10
        assert page.is_visible("[data-idle-locked]")
        shot(page, artifacts, "13-idle-locked")
        page.go_back()  # no-store: the browser asks again, and the app says "unlock"
        assert page.url == app.site + "/unlock"
        assert not page.locator("[data-transcript]").count()
        page.goto(f"{app.site}/sessions/{sid}")
        assert page.url == app.site + "/unlock"
        page.fill("#passphrase", "not the passphrase")
        page.click("button:has-text('Unlock')")
        assert "wrong passphrase" in page.inner_text("[role=alert]")
        page.goto(f"{app.site}/sessions/{sid}")
        assert page.url == app.site + "/unlock"
        page.fill("#passphrase", PASSPHRASE)
        page.click("button:has-text('Unlock')")
        page.goto(f"{app.site}/sessions/{sid}")
        assert "[PERSON]" in page.inner_text("[data-transcript]")
    finally:
        assert app.stop() == 0, app.log.read_text()[-1500:]
