"""Consent receipts and deletion certificates: issue, verify offline and against the log."""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import re
import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from localnotes.crypto.signing import Signer
from localnotes.errors import IntegrityError
from localnotes.ledger import events as ev
from localnotes.ledger import receipt_page
from localnotes.ledger.log import SCHEMA, Ledger
from localnotes.ledger.receipt_growth import compare_receipts
from localnotes.ledger.receipt_page import NACL_VERSION, csp
from localnotes.ledger.receipt_render import facts
from localnotes.ledger.receipts import (
    KANTARA_VERSION,
    describe_for,
    load_public_key,
    make_receipt,
    render_html,
    render_text,
    verify_receipt_against,
    verify_receipt_offline,
)
from localnotes.store.ledger_tables import LedgerTables
from tests.ledger_fixtures import DETAILS, GRANT, ORIGIN, PATIENT, conn_of, ticking_clock


def clock() -> Callable[[], datetime]:
    return ticking_clock(datetime(2026, 11, 27, 14, 1, 0, tzinfo=UTC), 60)


def open_ledger(path: Path, signer: Signer, origin: str = ORIGIN) -> Ledger:
    conn = sqlite3.connect(path)
    conn.executescript(SCHEMA)
    return Ledger(LedgerTables(conn), signer, origin, clock=clock())


@pytest.fixture
def ledger(tmp_path: Path) -> Iterator[Ledger]:
    led = open_ledger(tmp_path / "vault.db", Signer.generate())
    yield led
    conn_of(led).close()


DELETION: dict[str, Any] = {
    "event": ev.DELETED,
    "patient": PATIENT,
    "session_id": "s1",
    "deletion_id": "d1",
    "reason": ev.REASON_CONSENT_WITHDRAWN,
    "artifacts": [
        {"kind": "audio", "size": 1_234_567, "created": "2026-11-27T14:05:00Z"},
        {"kind": "transcript", "size": 2048, "created": "2026-11-27T14:40:00Z"},
    ],
}


def filler(i: int) -> dict[str, Any]:
    return {"event": ev.TRANSCRIPT_VIEWED_UNREDACTED, "patient": PATIENT, "session_id": f"s{i}"}


def issue(ledger: Ledger) -> dict[str, Any]:
    ref = ledger.append(GRANT)
    receipt = make_receipt(ledger, ref.index, "consent", DETAILS)
    conn_of(ledger).commit()
    as_filed: dict[str, Any] = json.loads(json.dumps(receipt))  # as the patient gets it
    return as_filed


def test_an_early_receipt_still_verifies_after_hundreds_of_later_events(ledger: Ledger) -> None:
    ledger.append(filler(0))
    receipt = issue(ledger)
    for i in range(400):
        ledger.append(filler(i))
    conn_of(ledger).commit()
    verify_receipt_against(ledger, receipt)
    verify_receipt_offline(receipt, ledger.public_key_raw)
    assert ledger.verify_all().size == 402


def test_a_receipt_verifies_offline_with_every_key_form(ledger: Ledger) -> None:
    receipt = issue(ledger)
    pub = ledger.public_key_raw
    for key in (pub, ledger.vkey, base64.b64encode(pub).decode(), f"  {ledger.vkey}\n"):
        verify_receipt_offline(receipt, key)
    assert load_public_key(ledger.vkey) == (ORIGIN, pub)


def test_the_receipt_carries_the_kantara_fields_that_apply(ledger: Ledger) -> None:
    receipt = issue(ledger)
    cr = receipt["consent_receipt"]
    assert cr["version"] == KANTARA_VERSION == "KI-CR-v1.1.0"
    assert cr["piiPrincipalId"] == PATIENT
    assert cr["consentTimestamp"] == int(datetime(2026, 11, 27, 14, 2, tzinfo=UTC).timestamp())
    assert cr["jurisdiction"] == "GB" and cr["sensitive"] is True and cr["spiCat"] == ["health"]
    assert cr["piiControllers"] == [
        {"piiController": "Riverside Counselling", "contact": "reception"}
    ]
    assert [s["service"] for s in cr["services"]] == ["recording", "transcription"]
    assert "policyUrl" not in cr
    assert receipt["public_key"]["vkey"] == ledger.vkey
    assert re.fullmatch(r"([0-9A-F]{4} ){3}[0-9A-F]{4}", receipt["public_key"]["fingerprint"])


ALTERATIONS: list[tuple[str, Callable[[dict[str, Any]], None]]] = [
    ("event", lambda r: r.__setitem__("event", r["event"].replace("written", "verbal"))),
    ("index", lambda r: r.__setitem__("index", r["index"] + 1)),
    ("tree_size", lambda r: r.__setitem__("tree_size", r["tree_size"] + 1)),
    ("proof", lambda r: r["inclusion_proof"].__setitem__(0, base64.b64encode(b"\0" * 32).decode())),
    ("proof dropped", lambda r: r["inclusion_proof"].pop()),
    (
        "checkpoint",
        lambda r: r.__setitem__("checkpoint", r["checkpoint"].replace("\n3\n", "\n4\n")),
    ),
    ("details", lambda r: r["details"].__setitem__("controller", "Someone Else")),
    (
        "retention shown",
        lambda r: r["consent_receipt"]["services"][1]["purposes"][0].__setitem__(
            "termination", "kept forever"
        ),
    ),
    ("code", lambda r: r.__setitem__("verification_code", "0000 0000 0000 0000")),
    ("kind", lambda r: r.__setitem__("kind", "deletion")),
    ("signature", lambda r: r.__setitem__("signature", r["signature"].replace("\n\n", "\n\nx"))),
    ("no signature", lambda r: r.pop("signature")),
    ("origin", lambda r: r.__setitem__("origin", "evil.example/log")),
]


@pytest.mark.parametrize(("what", "alter"), ALTERATIONS, ids=[a for a, _ in ALTERATIONS])
def test_an_altered_receipt_does_not_verify(
    ledger: Ledger, what: str, alter: Callable[[dict[str, Any]], None]
) -> None:
    ledger.append(filler(0))
    ledger.append(filler(1))
    receipt = issue(ledger)
    ledger.append(filler(2))
    bad = copy.deepcopy(receipt)
    alter(bad)
    with pytest.raises(IntegrityError) as info:
        verify_receipt_offline(bad, ledger.public_key_raw)
    assert info.value.exit_code == 5 and "\n" not in str(info.value)
    with pytest.raises(IntegrityError):
        verify_receipt_against(ledger, bad)


def test_a_receipt_from_another_vault_does_not_verify(ledger: Ledger, tmp_path: Path) -> None:
    other = open_ledger(tmp_path / "other.db", Signer.generate())
    foreign = issue(other)
    with pytest.raises(IntegrityError, match="different vault"):
        verify_receipt_offline(foreign, ledger.public_key_raw)
    with pytest.raises(IntegrityError, match="different vault"):
        verify_receipt_offline(foreign, ledger.vkey)
    with pytest.raises(IntegrityError):
        verify_receipt_against(ledger, foreign)
    # Swapping in this vault's key does not help: the signatures are not this vault's.
    forged = copy.deepcopy(foreign)
    forged["public_key"] = make_receipt_key(ledger)
    with pytest.raises(IntegrityError):
        verify_receipt_offline(forged, ledger.public_key_raw)
    conn_of(other).close()


def make_receipt_key(ledger: Ledger) -> dict[str, str]:
    return (
        ledger.receipt_for(0)["public_key"]
        if ledger.size()
        else {"ed25519": base64.b64encode(ledger.public_key_raw).decode()}
    )


def test_a_receipt_does_not_verify_once_the_log_is_cut_short(ledger: Ledger) -> None:
    for i in range(5):
        ledger.append(filler(i))
    receipt = issue(ledger)
    conn_of(ledger).execute("DELETE FROM ledger WHERE idx >= 3")
    conn_of(ledger).execute("DELETE FROM checkpoints WHERE size > 3")
    with pytest.raises(IntegrityError):
        verify_receipt_against(Ledger(ledger.tables, ledger.signer, ORIGIN), receipt)


def test_a_receipt_detects_a_log_rewritten_with_the_vault_key(tmp_path: Path) -> None:
    signer = Signer.generate()
    honest = open_ledger(tmp_path / "a.db", signer)
    for i in range(3):
        honest.append(filler(i))
    receipt = issue(honest)
    # The same key signs a different history of the same length and more.
    forked = open_ledger(tmp_path / "b.db", signer)
    for i in range(10, 13):
        forked.append(filler(i))
    forked.append(GRANT)
    with pytest.raises(IntegrityError):
        verify_receipt_against(forked, receipt)
    conn_of(honest).close()
    conn_of(forked).close()


def test_a_receipt_is_refused_when_the_current_log_was_tampered(ledger: Ledger) -> None:
    receipt = issue(ledger)
    ledger.append(filler(1))
    conn_of(ledger).execute("UPDATE ledger SET entry = entry || ' ' WHERE idx = 1")
    with pytest.raises(IntegrityError):
        verify_receipt_against(Ledger(ledger.tables, ledger.signer, ORIGIN), receipt)


def test_receipt_kinds_must_match_their_event(ledger: Ledger) -> None:
    ledger.append(filler(0))
    with pytest.raises(ValueError):
        make_receipt(ledger, 0, "consent", {})
    ledger.append(GRANT)
    with pytest.raises(ValueError):
        make_receipt(ledger, 1, "deletion", {})


def test_consent_receipt_reads_plainly(ledger: Ledger) -> None:
    receipt = issue(ledger)
    text = render_text(receipt, UTC)
    assert "Consent receipt" in text
    assert "27 November 2026 at 14:02" in text
    assert "record the session's audio (not kept" in text
    assert "kept for 30 days" in text and "kept for 1 year" in text
    assert "in writing, with a witness present" in text
    assert "Until you withdraw it" in text
    assert "withdraw your consent at any time" in text
    assert receipt["verification_code"] in text
    assert f"localnotes verify receipt.json --offline --public-key {ledger.vkey}" in text
    assert PATIENT not in text
    assert "valid consent receipt: entry 0" in describe_for(receipt, UTC)


def test_deletion_certificate_says_what_why_and_when_but_no_content(ledger: Ledger) -> None:
    ref = ledger.append(DELETION)
    cert = make_receipt(ledger, ref.index, "deletion", {})
    verify_receipt_offline(cert, ledger.vkey)
    verify_receipt_against(ledger, cert)
    text = render_text(cert, UTC)
    assert "Deletion certificate" in text
    # the ledger keeps size classes (powers of two), never exact sizes: 1,234,567 is kept as 2**21
    assert "The audio recording (up to 2.1 MB, made 27 November 2026 at 14:05)" in text
    assert "the full transcript (up to 2.0 kB, made 27 November 2026 at 14:40)" in text
    assert "because you withdrew your consent" in text
    assert "keys that unlock it were destroyed" in text
    assert "consent_receipt" not in cert


@pytest.mark.parametrize("kind", ["consent", "deletion"])
def test_html_receipt_is_self_contained(ledger: Ledger, kind: str) -> None:
    ledger.append(GRANT | {"expires": "2027-11-27T00:00:00Z"})
    ledger.append(DELETION)
    receipt = make_receipt(
        ledger, 0 if kind == "consent" else 1, kind, {"controller": "<b>&</script>"}, UTC
    )
    page = render_html(receipt, UTC)
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    lowered = page.lower()
    # nothing that loads anything: no links, sources, imports, frames, objects or fonts
    for banned in ("http:", "https:", "<link", "<img", "src=", "href=", "url(", "@import",
                   "<iframe", "<object", "<embed", "@font-face"):  # fmt: skip
        assert banned not in lowered.replace(ORIGIN.lower(), ""), banned
    # two scripts: the receipt as data, and the one inline script the policy pins by hash
    scripts = re.findall(r"<script([^>]*)>(.*?)</script>", page, flags=re.S)
    assert [attrs for attrs, _ in scripts] == [' type="application/json" id="ln-receipt"', ""]
    assert json.loads(scripts[0][1]) == receipt  # the data block, escaped, reads back the same
    assert "</script" not in scripts[0][1] and "<" not in scripts[0][1]
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert policy and policy.group(1) == csp()
    digest = base64.b64encode(hashlib.sha256(scripts[1][1].encode()).digest()).decode()
    style = re.search(r"<style>(.*?)</style>", page, flags=re.S)
    assert style
    style_digest = base64.b64encode(hashlib.sha256(style.group(1).encode()).digest()).decode()
    assert csp() == (
        f"default-src 'none'; script-src 'sha256-{digest}'; style-src 'sha256-{style_digest}'; "
        "base-uri 'none'; form-action 'none'"
    )
    assert "&lt;b&gt;&amp;&lt;/script&gt;" in page
    assert receipt["verification_code"] in page
    if kind == "consent":
        assert "Until 27 November 2027" in page


def test_the_vendored_library_is_the_pinned_npm_release() -> None:
    vendor = Path(receipt_page.__file__).parent / "vendor" / f"tweetnacl-{NACL_VERSION}"
    pins = json.loads((vendor / "VENDOR.json").read_text())
    assert pins["package"] == "tweetnacl" and pins["version"] == NACL_VERSION
    for name, digest in pins["files"].items():
        assert hashlib.sha256((vendor / name).read_bytes()).hexdigest() == digest, name
    assert "public domain" in (vendor / "LICENSE").read_text()
    assert (vendor / "nacl.min.js").read_text() in receipt_page.script()


def test_the_qr_code_holds_the_verification_code_and_fingerprint(ledger: Ledger) -> None:
    import segno

    receipt = issue(ledger)
    payload = (
        f"localnotes receipt\nverification code: {receipt['verification_code']}\n"
        f"clinic key fingerprint: {receipt['public_key']['fingerprint']}"
    )
    assert receipt_page.qr_payload(receipt) == payload
    svg = segno.make(payload, error="m").svg_inline(scale=3, dark="#000")
    assert svg in render_html(receipt, UTC)


def test_receipts_are_pinned_to_their_entry_and_prove_growth_from_earlier_ones(
    ledger: Ledger,
) -> None:
    first = issue(ledger)
    for i in range(4):
        ledger.append(filler(i))
    ledger.append({**filler(9), "patient": "f" * 64})  # another patient's entry
    ref = ledger.append(DELETION)
    later = json.loads(json.dumps(make_receipt(ledger, ref.index, "deletion", {}, UTC)))
    assert first["tree_size"] == 1 and later["tree_size"] == ref.index + 1
    assert [c["tree_size"] for c in later["consistency"]] == [1]
    assert make_receipt(ledger, 0, "consent", DETAILS, UTC)["checkpoint"] == first["checkpoint"]
    assert compare_receipts(first, later) == (1, ref.index + 1)
    assert compare_receipts(later, first, ledger.vkey) == (1, ref.index + 1)
    assert compare_receipts(first, first) == (1, 1)
    verify_receipt_against(ledger, later)
    # the signed wording is the wording a reader sees
    title, sections = facts(later, UTC)
    assert later["wording"] == {"title": title, "sections": [list(s) for s in sections]}


BAD_EXTENSIONS: list[tuple[str, Any]] = [
    ("consistency", {"tree_size": 1}),
    ("consistency", [{"tree_size": 0, "proof": []}]),
    ("consistency", [{"tree_size": 99, "proof": []}]),
    ("consistency", [{"tree_size": True, "proof": []}]),
    ("consistency", [{"tree_size": 1, "proof": ["AAAA"]}]),
    ("consistency", [{"tree_size": 1, "proof": [], "extra": 1}]),
    ("wording", {"title": "x"}),
    ("wording", {"title": "x", "sections": [["only one"]]}),
    ("wording", {"title": 1, "sections": []}),
]


@pytest.mark.parametrize(("name", "value"), BAD_EXTENSIONS)
def test_the_new_fields_are_checked_strictly_even_when_signed(
    ledger: Ledger, name: str, value: Any
) -> None:
    ledger.append(filler(0))
    ref = ledger.append(GRANT)
    receipt = make_receipt(ledger, ref.index, "consent", DETAILS, UTC)
    receipt[name] = value
    from localnotes.ledger.note import sign_note
    from localnotes.ledger.receipts import _signature_text

    receipt["signature"] = sign_note(_signature_text(receipt), ledger.key_name, ledger.signer)
    with pytest.raises(IntegrityError, match=f"malformed: '{name}'"):
        verify_receipt_offline(receipt, ledger.vkey)


def test_an_older_receipt_without_the_new_fields_still_verifies(ledger: Ledger) -> None:
    ref = ledger.append(GRANT)
    receipt = make_receipt(ledger, ref.index, "consent", DETAILS, UTC)
    for name in ("consistency", "wording"):
        del receipt[name]
    from localnotes.ledger.note import sign_note
    from localnotes.ledger.receipts import _signature_text

    receipt["signature"] = sign_note(_signature_text(receipt), ledger.key_name, ledger.signer)
    verify_receipt_offline(receipt, ledger.vkey)
    assert "Consent receipt" in render_html(receipt, UTC)


def test_comparing_receipts_of_different_keys_or_rewritten_logs_fails(tmp_path: Path) -> None:
    signer = Signer.generate()
    honest = open_ledger(tmp_path / "a.db", signer)
    for i in range(3):
        honest.append(filler(i))
    earlier = issue(honest)
    forked = open_ledger(tmp_path / "b.db", signer)
    for i in range(10, 13):
        forked.append(filler(i))
    same_size = issue(forked)  # the same key, another log of the same size
    with pytest.raises(IntegrityError, match="different logs of the same size"):
        compare_receipts(earlier, same_size)
    ref = forked.append(DELETION)
    later = make_receipt(forked, ref.index, "deletion", {}, UTC)
    with pytest.raises(IntegrityError, match="the log was rewritten"):
        compare_receipts(earlier, later)
    other = open_ledger(tmp_path / "c.db", Signer.generate())
    with pytest.raises(IntegrityError, match="different keys"):
        compare_receipts(earlier, issue(other))
