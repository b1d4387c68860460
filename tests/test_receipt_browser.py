"""The receipt page checks itself in a browser (Debian's Chromium, driven by Playwright, offline).

Receipts come from the CLI as a patient gets them (`consent grant` and `consent withdraw` with
--receipt-out). Each alteration is made to the file the patient holds; the page must say what
`localnotes verify --offline` says about the same change, word for word.
"""

from __future__ import annotations

import base64
import json
import os
import re
import sqlite3
import wave
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import sync_playwright

from localnotes.crypto.signing import Signer
from localnotes.errors import IntegrityError
from localnotes.ledger import events as ev
from localnotes.ledger.log import SCHEMA, Ledger
from localnotes.ledger.receipt_page import render_html
from localnotes.ledger.receipts import make_receipt, verify_receipt_offline
from localnotes.store.ledger_tables import LedgerTables
from tests.conftest import FAST_KDF, PASSPHRASE, Cli

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
PATIENT = "P-300"
L = 2**252 + 27742317777372353535851937790883648493  # the Ed25519 group order


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    assert Path(CHROMIUM).exists(), f"{CHROMIUM} is missing: scripts/setup.sh installs it"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            yield b
        finally:
            b.close()


class Issued:
    """A vault's receipts as the patient got them, the vault's key, and another vault's."""

    def __init__(self, where: Path) -> None:
        home = where / "home"
        home.mkdir()
        env = {k: v for k, v in os.environ.items() if not k.startswith("LOCALNOTES_")}
        env.update(FAST_KDF, LOCALNOTES_PASSPHRASE=PASSPHRASE, HOME=str(home))
        self.dir = where
        self.cli = Cli(where / "vault", env)
        self.cli("init", check=True)
        self.cli("consent", "grant", "P-299", "--scope", "audio", "--yes", check=True)
        self.cli(
            "consent", "grant", PATIENT, "--scope", "audio,transcript", "--retain-transcript",
            "30d", "--yes", "--receipt-out", str(where / "consent.json"), check=True,
        )  # fmt: skip
        quiet = where / "quiet.wav"  # a short recording, so withdrawal deletes a session
        with wave.open(str(quiet), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(16000)
            w.writeframes(bytes(2 * 16000))
        self.cli("transcribe", PATIENT, str(quiet), check=True)
        self.cli(
            "consent", "withdraw", PATIENT, "--yes", "--receipt-out", str(where / "cert.json"),
            check=True,
        )  # fmt: skip
        self.vkey = self.cli("log", "--public-key", check=True).stdout.strip()
        other = Cli(where / "other", env)
        other("init", check=True)
        other("consent", "grant", "P-9", "--scope", "audio", "--yes", check=True)
        other("consent", "withdraw", "P-9", "--yes", "--receipt-out", str(where / "foreign.json"))
        self.other_vkey = other("log", "--public-key", check=True).stdout.strip()

    def receipt(self, name: str) -> dict[str, Any]:
        data: dict[str, Any] = json.loads((self.dir / f"{name}.json").read_text())
        return data

    def cli_verdict(self, receipt: dict[str, Any], key: str | None = None) -> tuple[int, str]:
        """What `localnotes verify RECEIPT --offline --public-key KEY` says (exit code, error)."""
        path = self.dir / "checked.json"
        path.write_text(json.dumps(receipt))
        r = self.cli("verify", str(path), "--offline", "--public-key", key or self.vkey)
        return r.returncode, r.stderr.strip().removeprefix("localnotes: ")

    def verdict(self, receipt: dict[str, Any], key: str | None = None) -> tuple[int, str]:
        """The same, from the function the CLI calls, in this process: the machine is shared and
        each CLI start costs seconds (test_the_cli_and_the_function_agree shows they agree)."""
        try:
            verify_receipt_offline(json.loads(json.dumps(receipt)), key or self.vkey)
        except IntegrityError as exc:
            return exc.exit_code, str(exc)
        return 0, ""


@pytest.fixture(scope="module")
def issued(tmp_path_factory: pytest.TempPathFactory) -> Issued:
    return Issued(tmp_path_factory.mktemp("receipts"))


def with_data(page_html: str, receipt: dict[str, Any]) -> str:
    """The page with its receipt data replaced, as an edit of the file would."""
    text = json.dumps(receipt, sort_keys=True, ensure_ascii=False)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    out, n = re.subn(
        r'(<script type="application/json" id="ln-receipt">).*?(</script>)',
        lambda m: m.group(1) + text + m.group(2),
        page_html,
        flags=re.S,
    )
    assert n == 1
    return out


class Opened:
    def __init__(self, page: Any, requests: list[str]) -> None:
        self.page, self.requests = page, requests
        self.verdict = page.get_attribute("#ln-verdict", "data-verdict")
        self.text = page.inner_text("#ln-verdict")
        self.body = page.inner_text("body")


@contextmanager
def open_page(
    browser: Any, path: Path, *, js: bool = True, no_ed25519: bool = False
) -> Iterator[Opened]:
    context = browser.new_context(java_script_enabled=js)
    if no_ed25519:  # a browser without Ed25519 in WebCrypto: TweetNaCl takes over
        context.add_init_script(
            "const imp = crypto.subtle.importKey.bind(crypto.subtle);"
            "crypto.subtle.importKey = (f, k, alg, ...r) => (alg && (alg.name || alg) === "
            "'Ed25519') ? Promise.reject(new DOMException('no', 'NotSupportedError'))"
            " : imp(f, k, alg, ...r);"
        )
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda rq: requests.append(rq.url))
    try:
        page.goto(path.as_uri())
        if js:
            page.wait_for_function(
                "document.querySelector('#ln-verdict').dataset.verdict !== 'unchecked'",
                timeout=90_000,
            )
        yield Opened(page, requests)
    finally:
        context.close()


def opened(browser: Any, path: Path, **kw: Any) -> Opened:
    """Open, read everything needed, close."""
    with open_page(browser, path, **kw) as seen:
        return seen


@pytest.mark.parametrize("name", ["consent", "cert"])
def test_a_genuine_receipt_says_genuine_and_asks_for_nothing(
    browser: Any, issued: Issued, name: str
) -> None:
    path = issued.dir / f"{name}.html"
    seen = opened(browser, path)
    assert seen.verdict == "genuine"
    assert "This receipt is genuine and unaltered." in seen.text
    assert "altered" not in seen.body.replace("unaltered", "")
    assert seen.requests == [path.as_uri()]  # the file itself, nothing else
    receipt = issued.receipt(name)
    fingerprint = receipt["public_key"]["fingerprint"]
    assert re.fullmatch(r"([0-9A-F]{4} ){3}[0-9A-F]{4}", fingerprint)
    assert f"fingerprint {fingerprint}" in seen.text
    # "How to check" names the files the patient has
    assert f"Open {name}.html in any web browser" in seen.body
    assert f"localnotes verify {name}.json --offline --public-key {issued.vkey}" in seen.body
    assert issued.cli_verdict(receipt) == (0, "")


def _swap_time(r: dict[str, Any]) -> None:
    r["event"] = re.sub(r'"time":"(\d{4})', lambda m: f'"time":"{int(m[1]) - 1}', r["event"])


def _set_in_event(r: dict[str, Any], old: str, new: str) -> None:
    assert old in r["event"], (old, r["event"])
    r["event"] = r["event"].replace(old, new)


def _other_key(issued: Issued) -> Callable[[dict[str, Any]], None]:
    def swap(r: dict[str, Any]) -> None:
        r["public_key"] = issued.receipt("foreign")["public_key"]

    return swap


def _zero_proof(r: dict[str, Any]) -> None:
    r["inclusion_proof"][0] = base64.b64encode(b"\0" * 32).decode()


def _checkpoint(r: dict[str, Any]) -> None:
    r["checkpoint"] = r["checkpoint"].replace(f"\n{r['tree_size']}\n", f"\n{r['tree_size'] + 1}\n")


def _signature(r: dict[str, Any]) -> None:
    head, _, line = r["signature"].rpartition(" ")
    raw = bytearray(base64.b64decode(line))
    raw[10] ^= 1
    r["signature"] = f"{head} {base64.b64encode(bytes(raw)).decode()}\n"


def _malleable(r: dict[str, Any]) -> None:
    """S + L: the same signature to a lax verifier, refused by OpenSSL (and so by the CLI)."""
    text, _, sig_line = r["checkpoint"].rstrip("\n").rpartition("\n")
    head, _, data = sig_line.rpartition(" ")
    raw = base64.b64decode(data)
    s = int.from_bytes(raw[36:], "little") + L
    assert s < 2**256
    forged = raw[:36] + s.to_bytes(32, "little")
    r["checkpoint"] = f"{text}\n{head} {base64.b64encode(forged).decode()}\n"


ALTERATIONS: dict[str, list[tuple[str, Callable[[dict[str, Any]], None]]]] = {
    "consent": [
        ("date", _swap_time),
        ("scope", lambda r: _set_in_event(r, '["audio","transcript"]', '["audio"]')),
        ("retention", lambda r: _set_in_event(r, '"transcript":2592000', '"transcript":2592001')),
        (
            "retention shown",
            lambda r: r["consent_receipt"]["services"][1]["purposes"][0].__setitem__(
                "termination", "kept forever"
            ),
        ),
        ("entry", lambda r: _set_in_event(r, '"method":"verbal"', '"method":"written"')),
        ("proof", _zero_proof),
        ("checkpoint", _checkpoint),
        ("signature", _signature),
        ("malleated signature", _malleable),
        ("wording", lambda r: r["wording"]["sections"][1].__setitem__(1, "Nothing at all.")),
    ],
    "cert": [
        ("date", _swap_time),
        ("entry", lambda r: _set_in_event(r, '"reason":"consent_withdrawn"', '"reason":"error"')),
        ("proof", _zero_proof),
        ("checkpoint", _checkpoint),
        ("signature", _signature),
        ("clinic", lambda r: r["details"].__setitem__("controller", "Someone Else")),
    ],
}
CASES = [(kind, what, alter) for kind, items in ALTERATIONS.items() for what, alter in items]


@pytest.mark.parametrize(("name", "what", "alter"), CASES, ids=[f"{k}-{w}" for k, w, _ in CASES])
def test_each_alteration_gets_the_same_verdict_as_the_cli(
    browser: Any,
    issued: Issued,
    tmp_path: Path,
    name: str,
    what: str,
    alter: Callable[[dict[str, Any]], None],
) -> None:
    receipt = issued.receipt(name)
    alter(receipt)
    code, message = issued.verdict(receipt)
    assert code == 5 and message, (what, code, message)
    page = tmp_path / f"{name}.html"
    page.write_text(with_data((issued.dir / f"{name}.html").read_text(), receipt))
    # the fallback library too, where a signature is what failed
    lax = what in ("signature", "malleated signature", "checkpoint")
    for no_ed25519 in (False, True) if lax else (False,):
        seen = opened(browser, page, no_ed25519=no_ed25519)
        assert seen.verdict == "altered", (what, seen.text)
        assert "It was altered" in seen.text
        assert f"What failed: {message}." in seen.text, (what, no_ed25519, seen.text)
        assert seen.requests == [page.as_uri()]


@pytest.mark.parametrize("name", ["consent", "cert"])
def test_another_vaults_key_fails_in_the_page_as_in_the_cli(
    browser: Any, issued: Issued, tmp_path: Path, name: str
) -> None:
    # the genuine receipt, checked against another vault's key
    code, message = issued.cli_verdict(issued.receipt(name), issued.other_vkey)
    assert code == 5 and "different vault" in message
    with open_page(browser, issued.dir / f"{name}.html") as seen:
        seen.page.fill("#ln-key-input", issued.other_vkey)
        seen.page.wait_for_selector("#ln-key-result[data-key-match=no]")
        assert seen.page.inner_text("#ln-key-result") == f"Not the same key: {message}."
        seen.page.fill("#ln-key-input", issued.vkey)
        seen.page.wait_for_selector("#ln-key-result[data-key-match=yes]")
        fingerprint = issued.receipt(name)["public_key"]["fingerprint"]
        seen.page.fill("#ln-key-input", fingerprint.lower().replace(" ", "-"))
        seen.page.wait_for_selector("#ln-key-result[data-key-match=yes]")
    # the other vault's key swapped into the receipt: the CLI (with the clinic's key) and the
    # page (with the key the receipt now carries) both refuse it
    receipt = issued.receipt(name)
    _other_key(issued)(receipt)
    code, message = issued.verdict(receipt)
    assert code == 5 and "signed by a different vault" in message
    page = tmp_path / "swapped.html"
    page.write_text(with_data((issued.dir / f"{name}.html").read_text(), receipt))
    with open_page(browser, page) as seen:
        assert seen.verdict == "altered"
        assert "What failed: the receipt's checkpoint is not signed by this vault." in seen.text
        seen.page.fill("#ln-key-input", issued.vkey)
        seen.page.wait_for_selector("#ln-key-result[data-key-match=no]")
        assert seen.page.inner_text("#ln-key-result") == f"Not the same key: {message}."


@pytest.mark.parametrize(
    ("what", "edit", "failed"),
    [
        ("date", lambda t, r: _shown(t, "When", lambda p: p.replace("20", "19", 1)), "When"),
        ("scope", lambda t, r: _shown(t, "What you agreed to", _scope), "What you agreed to"),
        ("retention", lambda t, r: t.replace("kept for 30 days", "kept for 7 years"), "What"),
        ("code", lambda t, r: _shown(t, "Verification code", lambda p: "0000 0000"), "Verif"),
        (
            "fingerprint",
            lambda t, r: t.replace(f">{r['public_key']['fingerprint']}<", ">AAAA BBBB CCCC DDDD<"),
            "key fingerprint shown on this page",
        ),
    ],
)
def test_words_edited_on_the_page_are_caught(
    browser: Any,
    issued: Issued,
    tmp_path: Path,
    what: str,
    edit: Callable[[str, dict[str, Any]], str],
    failed: str,
) -> None:
    original = (issued.dir / "consent.html").read_text()
    changed = edit(original, issued.receipt("consent"))
    assert changed != original, what
    page = tmp_path / "consent.html"
    page.write_text(changed)
    seen = opened(browser, page)
    assert seen.verdict == "altered" and failed in seen.text, (what, seen.text)


def _shown(page_html: str, heading: str, change: Callable[[str], str]) -> str:
    pattern = rf"(<h2>{re.escape(heading)}</h2><p[^>]*>)(.*?)(</p>)"
    return re.sub(pattern, lambda m: m[1] + change(m[2]) + m[3], page_html, count=1)


def _scope(paragraph: str) -> str:
    # the transcript clause is no longer the last one (the note draft's follows it)
    return paragraph.replace("transcribe it into text", "keep it")


def test_one_character_of_a_signed_value_is_enough(
    browser: Any, issued: Issued, tmp_path: Path
) -> None:
    page_html = (issued.dir / "consent.html").read_text()
    receipt = issued.receipt("consent")
    patient = receipt["consent_receipt"]["piiPrincipalId"]
    assert page_html.count(patient) == 2  # in the Kantara fields and in the entry itself
    flipped = patient[:10] + ("0" if patient[10] != "0" else "1") + patient[11:]
    page = tmp_path / "consent.html"
    page.write_text(page_html.replace(patient, flipped))
    seen = opened(browser, page)
    assert seen.verdict == "altered"
    # the entry is checked before the receipt's own signature, as in verify --offline
    failed = "the receipt's event is not in the log its checkpoint describes"
    assert f"What failed: {failed}." in seen.text


def test_without_javascript_the_receipt_reads_and_says_how_to_check(
    browser: Any, issued: Issued
) -> None:
    seen = opened(browser, issued.dir / "consent.html", js=False)
    assert seen.verdict == "unchecked"
    assert "Not checked here." in seen.text and "How to check this receipt" in seen.text
    for words in ("Consent receipt", "What you agreed to", "kept for 30 days", "How to withdraw"):
        assert words in seen.body, words
    assert f"localnotes verify consent.json --offline --public-key {issued.vkey}" in seen.body
    assert "genuine" not in seen.body and "Compare with an earlier receipt" not in seen.body


def test_the_fallback_library_checks_when_the_browser_has_no_ed25519(
    browser: Any, issued: Issued
) -> None:
    seen = opened(browser, issued.dir / "cert.html", no_ed25519=True)
    assert seen.verdict == "genuine" and "TweetNaCl 1.0.3" in seen.text
    seen = opened(browser, issued.dir / "cert.html")
    assert seen.verdict == "genuine" and "built-in Ed25519" in seen.text


def test_print_view_keeps_the_verdict_and_codes_and_drops_the_tools(
    browser: Any, issued: Issued
) -> None:
    with open_page(browser, issued.dir / "consent.html") as seen:
        assert seen.page.is_visible("#ln-compare")
        seen.page.emulate_media(media="print")
        assert not seen.page.is_visible("#ln-compare") and not seen.page.is_visible("#ln-key")
        assert seen.page.is_visible("#ln-verdict") and seen.page.is_visible(".qr svg")


def compare_in_page(browser: Any, page: Path, other: Path) -> tuple[str, str]:
    with open_page(browser, page) as seen:
        seen.page.set_input_files("#ln-earlier", str(other))
        seen.page.wait_for_selector("#ln-compare-result[data-compare]")
        out = (
            str(seen.page.get_attribute("#ln-compare-result", "data-compare")),
            seen.page.inner_text("#ln-compare-result"),
        )
        assert seen.requests == [page.as_uri()]
    return out


def test_a_later_receipt_compared_with_an_earlier_one(browser: Any, issued: Issued) -> None:
    cert, consent = issued.receipt("cert"), issued.receipt("consent")
    assert consent["tree_size"] in [c["tree_size"] for c in cert["consistency"]]
    for page, other in (("cert.html", "consent.json"), ("consent.html", "cert.html")):
        verdict, text = compare_in_page(browser, issued.dir / page, issued.dir / other)
        assert verdict == "pass", text
        assert "Same clinic key, and the log only grew" in text
    r = issued.cli(
        "verify", str(issued.dir / "cert.json"), "--offline", "--public-key", issued.vkey,
        "--earlier", str(issued.dir / "consent.json"),
    )  # fmt: skip
    assert r.returncode == 0 and "only grew" in r.stdout, r.stderr
    # another vault's receipt
    verdict, text = compare_in_page(browser, issued.dir / "cert.html", issued.dir / "foreign.json")
    assert verdict == "fail" and "signed by different keys" in text


def _ledger(path: Path, signer: Signer) -> Ledger:
    conn = sqlite3.connect(path)
    conn.executescript(SCHEMA)
    return Ledger(LedgerTables(conn), signer, "localnotes.test/vault/fork")


def test_a_log_rewritten_with_the_same_key_fails_the_comparison(
    browser: Any, tmp_path: Path, issued: Issued
) -> None:
    signer = Signer.generate()
    patient = "a" * 64
    grant = {
        "event": ev.CONSENT_GRANTED, "patient": patient, "consent_id": "c1", "scopes": ["audio"],
        "retention": {"audio": 0, "transcript": 0, "redacted": 0}, "notice_sha256": "0" * 64,
    }  # fmt: skip
    later_event = {"event": ev.CONSENT_WITHDRAWN, "patient": patient, "consent_id": "c1"}
    honest, forked = _ledger(tmp_path / "a.db", signer), _ledger(tmp_path / "b.db", signer)
    for i in range(3):
        honest.append(
            {"event": ev.TRANSCRIPT_VIEWED_UNREDACTED, "patient": "b" * 64, "session_id": f"s{i}"}
        )
    earlier = make_receipt(honest, honest.append(grant).index)
    # the same key signs another history: the first entries changed, the grant where it was
    for i in range(3):
        forked.append(
            {"event": ev.TRANSCRIPT_VIEWED_UNREDACTED, "patient": "c" * 64, "session_id": f"s{i}"}
        )
    forked.append(grant)
    forked.append({"event": ev.TRANSCRIPT_VIEWED_UNREDACTED, "patient": patient, "session_id": "x"})
    later = make_receipt(forked, forked.append(later_event).index)
    grown = make_receipt(honest, honest.append(later_event).index)
    files = {}
    for name, receipt in (("earlier", earlier), ("later", later), ("grown", grown)):
        files[name] = tmp_path / f"{name}.json"
        files[name].write_text(json.dumps(receipt))
        (tmp_path / f"{name}.html").write_text(render_html(receipt, None, f"{name}.html"))
    verdict, rewritten = compare_in_page(browser, tmp_path / "later.html", files["earlier"])
    assert verdict == "fail" and "the log was rewritten" in rewritten, rewritten
    verdict, text = compare_in_page(browser, tmp_path / "grown.html", files["earlier"])
    assert verdict == "pass", text
    key = base64.b64encode(signer.public_key_raw()).decode()
    r = issued.cli(
        "verify", str(files["later"]), "--offline", "--public-key", key,
        "--earlier", str(files["earlier"]),
    )  # fmt: skip
    assert r.returncode == 5 and "the log was rewritten" in r.stderr
    assert r.stderr.strip().removeprefix("localnotes: ") + "." in rewritten


def test_the_cli_and_the_function_agree(issued: Issued) -> None:
    for name, what, alter in [c for c in CASES if c[1] in ("signature", "malleated signature")]:
        receipt = issued.receipt(name)
        alter(receipt)
        assert issued.cli_verdict(receipt) == issued.verdict(receipt), what
    receipt = issued.receipt("consent")
    assert issued.cli_verdict(receipt, issued.other_vkey) == issued.verdict(
        receipt, issued.other_vkey
    )


def test_the_history_page_links_to_the_same_self_checking_receipts(
    browser: Any, issued: Issued
) -> None:
    history = issued.dir / "history.html"
    issued.cli("log", PATIENT, "--html", str(history), check=True)
    links = re.findall(r'<a href="([^"]+)">', history.read_text())
    events = [json.loads(issued.receipt(n)["event"])["seq"] for n in ("consent", "cert")]
    assert [f"history-receipt-{seq}.html" for seq in events] == [links[0], links[-1]]
    for link in links:
        page = issued.dir / link
        assert page.with_suffix(".json").is_file()
        seen = opened(browser, page)
        assert seen.verdict == "genuine", seen.text
        assert f"Open {link} in any web browser" in seen.body
    # the receipt made for the history is the receipt the patient was given
    assert (issued.dir / links[0]).with_suffix(".json").read_text() == (
        issued.dir / "consent.json"
    ).read_text()
