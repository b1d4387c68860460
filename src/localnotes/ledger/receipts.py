"""Receipts a patient takes home: consent receipts and deletion certificates.

A receipt is a JSON document holding one ledger entry, its inclusion proof, the signed checkpoint
it was proved against, and the vault's public key; consent receipts also carry the Kantara
Initiative Consent Receipt v1.1 fields that apply. The whole receipt is signed by the vault's key
as well, so no field can be changed. It verifies with no vault at all (`verify_receipt_offline`)
and, against the live log, proves the entry is still there and the log has only grown since
(`verify_receipt_against`). `render_text` and `render_html` say the same in plain language.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from datetime import tzinfo
from typing import Any

from localnotes.errors import IntegrityError
from localnotes.ledger import events as ev
from localnotes.ledger import merkle
from localnotes.ledger.log import Ledger, canonical_json, parse_entry, parse_time
from localnotes.ledger.note import (
    key_fingerprint,
    open_note,
    parse_checkpoint,
    parse_verifier_key,
    sign_note,
)
from localnotes.ledger.receipt_page import render_html
from localnotes.ledger.receipt_render import facts, render_text
from localnotes.ledger.receipt_shape import malformed_is_integrity
from localnotes.ledger.wording import format_when, kept_for, verification_code

FORMAT = "localnotes-receipt"
VERSION = 1
KANTARA_VERSION = "KI-CR-v1.1.0"
KINDS = {"consent": (ev.CONSENT_GRANTED, ev.CONSENT_WITHDRAWN), "deletion": (ev.DELETED,)}
_SIG_HEADER = "localnotes-receipt/v1"

__all__ = [
    "load_public_key",
    "make_receipt",
    "render_html",
    "render_text",
    "verify_receipt_against",
    "verify_receipt_offline",
]


def _kantara(entry: dict[str, Any], details: dict[str, Any], code_hex: str) -> dict[str, Any]:
    """The Kantara CR v1.1 fields that apply to a consent grant (policyUrl does not)."""
    retention = entry.get("retention", {})
    scopes = entry.get("scopes", [])
    controller = {"piiController": details.get("controller", "this clinic's computer")}
    for field in ("contact", "address", "email", "phone"):
        if field in details:
            controller[field] = details[field]
    audio_terms = kept_for(retention, "audio") if "audio" in scopes else "not kept"
    services = [
        {
            "service": "recording",
            "purposes": [
                {
                    "purpose": "record the therapy session on the clinician's computer",
                    "purposeCategory": ["health care"],
                    "consentType": "EXPLICIT",
                    "piiCategory": ["audio recording of the session"],
                    "primaryPurpose": True,
                    "termination": f"audio {audio_terms}; or until consent is withdrawn",
                    "thirdPartyDisclosure": False,
                }
            ],
        }
    ]
    if "transcript" in scopes:
        services.append(
            {
                "service": "transcription",
                "purposes": [
                    {
                        "purpose": "transcribe the session into text on the clinician's computer",
                        "purposeCategory": ["health care"],
                        "consentType": "EXPLICIT",
                        "piiCategory": ["transcript of the session"],
                        "primaryPurpose": True,
                        "termination": f"full transcript {kept_for(retention, 'transcript')}; "
                        f"redacted transcript {kept_for(retention, 'redacted')}; "
                        "or until consent is withdrawn",
                        "thirdPartyDisclosure": False,
                    }
                ],
            }
        )
    method = {"verbal": "given out loud", "written": "given in writing"}.get(
        str(entry.get("method")), "recorded by the clinician"
    )
    cr: dict[str, Any] = {
        "version": KANTARA_VERSION,
        "consentTimestamp": int(parse_time(entry["time"]).timestamp()),
        "collectionMethod": f"consent {method}, recorded in localnotes",
        "consentReceiptID": code_hex,
        "language": details.get("language", "en"),
        "piiPrincipalId": entry.get("patient", ""),
        "piiControllers": [controller],
        "services": services,
        "sensitive": True,
        "spiCat": ["health"],
    }
    if "jurisdiction" in details:
        cr["jurisdiction"] = details["jurisdiction"]
    return cr


def _signature_text(receipt: dict[str, Any]) -> str:
    body = {k: v for k, v in receipt.items() if k != "signature"}
    return f"{_SIG_HEADER}\n{hashlib.sha256(canonical_json(body)).hexdigest()}\n"


def make_receipt(
    ledger: Ledger,
    index: int,
    kind: str = "consent",
    details: dict[str, Any] | None = None,
    tz: tzinfo | None = None,
) -> dict[str, Any]:
    """The receipt for ledger entry `index`. `details` holds what the ledger must not: the
    clinic's name and contact (`controller`, `contact`, `address`, `email`, `phone`),
    `jurisdiction`, `language`. Never anything that identifies the patient.

    The receipt is proved against the checkpoint signed right after its entry (tree size
    index + 1), so the same entry always gets the same receipt, and it carries consistency
    proofs from the tree sizes of the receipts the vault issued to the same patient before:
    with an earlier receipt beside it, anyone can check that the log only grew in between.
    The plain-language wording (`tz` for its times) is signed with the rest, so the words a
    patient reads are covered by the signature too."""
    if kind not in KINDS:
        raise ValueError(f"unknown receipt kind {kind!r}")
    details = dict(details or {})
    receipt: dict[str, Any] = {"format": FORMAT, "version": VERSION, "kind": kind}
    receipt.update(ledger.receipt_for(index, index + 1))
    entry_bytes = receipt["event"].encode()
    entry = parse_entry(entry_bytes)
    if entry["event"] not in KINDS[kind]:
        raise ValueError(f"a {kind} receipt cannot be made for a {entry['event']} event")
    receipt["verification_code"] = verification_code(entry_bytes)
    receipt["details"] = details
    if entry["event"] == ev.CONSENT_GRANTED:
        code_hex = merkle.leaf_hash(entry_bytes)[:16].hex()
        receipt["consent_receipt"] = _kantara(entry, details, code_hex)
    receipt["consistency"] = _consistency(ledger, entry)
    title, sections = facts(receipt, tz)
    receipt["wording"] = {"title": title, "sections": [list(pair) for pair in sections]}
    receipt["signature"] = sign_note(_signature_text(receipt), ledger.key_name, ledger.signer)
    return receipt


def _consistency(ledger: Ledger, entry: dict[str, Any]) -> list[dict[str, Any]]:
    """Consistency proofs from the tree size of every earlier receipt of this patient (each
    receipt is pinned to the checkpoint right after its entry) to this receipt's tree size."""
    patient, size = entry.get("patient"), entry["seq"] + 1
    if not patient:
        return []
    receipted = {e for names in KINDS.values() for e in names}
    earlier = sorted(
        e["seq"] + 1
        for e in ledger.entries(patient)
        if e.get("event") in receipted and isinstance(e.get("seq"), int) and e["seq"] + 1 < size
    )
    return [
        {
            "tree_size": m,
            "proof": [base64.b64encode(h).decode() for h in ledger.prove_consistency(m, size)],
        }
        for m in earlier
    ]


def load_public_key(key: bytes | str) -> tuple[str | None, bytes]:
    """(key name or None, raw Ed25519 key) from raw bytes, a vkey, or base64 of the raw key."""
    if isinstance(key, bytes):
        if len(key) != 32:
            raise IntegrityError("an Ed25519 public key is 32 bytes")
        return None, key
    text = key.strip()
    try:
        raw = base64.b64decode(text, validate=True)
    except binascii.Error:
        raw = b""
    if len(raw) == 32:
        return None, raw
    if text.count("+") >= 2:
        return parse_verifier_key(text)
    raise IntegrityError("the public key is neither a vkey nor a 32-byte Ed25519 key in base64")


def _field(receipt: dict[str, Any], name: str, kind: type) -> Any:
    value = receipt.get(name)
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is int):
        raise IntegrityError(f"the receipt is malformed: {name!r} is missing or wrong")
    return value


@malformed_is_integrity
def verify_receipt_offline(receipt: dict[str, Any], public_key: bytes | str) -> None:
    """Check a receipt with nothing but the vault's public key: the checkpoint is signed by that
    key, the event is in the tree the checkpoint describes, and no field was changed."""
    if receipt.get("format") != FORMAT or receipt.get("version") != VERSION:
        raise IntegrityError("this is not a localnotes receipt of a version this program reads")
    name, pub = load_public_key(public_key)
    origin = _field(receipt, "origin", str)
    if name is not None and name != origin:
        raise IntegrityError("the receipt comes from a different vault than the key you gave")
    embedded = _field(receipt, "public_key", dict).get("ed25519")
    if embedded != base64.b64encode(pub).decode():
        raise IntegrityError(
            "the receipt was signed by a different vault (key fingerprint "
            f"{_embedded_fingerprint(embedded)}), not the one whose key you gave "
            f"({key_fingerprint(pub)})"
        )
    index, size = _field(receipt, "index", int), _field(receipt, "tree_size", int)
    try:
        text = open_note(_field(receipt, "checkpoint", str), origin, pub)
    except IntegrityError as exc:
        raise IntegrityError("the receipt's checkpoint is not signed by this vault") from exc
    cp_origin, cp_size, cp_root = parse_checkpoint(text)
    if cp_origin != origin or cp_size != size:
        raise IntegrityError("the receipt's checkpoint does not match the receipt")
    entry_bytes = _field(receipt, "event", str).encode()
    try:
        entry = parse_entry(entry_bytes)
        proof = [
            base64.b64decode(p, validate=True) for p in _field(receipt, "inclusion_proof", list)
        ]
    except (ValueError, binascii.Error) as exc:
        raise IntegrityError("the receipt's event or proof is malformed") from exc
    if entry["seq"] != index or entry["event"] not in KINDS.get(str(receipt.get("kind")), ()):
        raise IntegrityError("the receipt's event does not match the receipt")
    if not merkle.verify_inclusion(index, size, merkle.leaf_hash(entry_bytes), proof, cp_root):
        raise IntegrityError("the receipt's event is not in the log its checkpoint describes")
    try:
        signed = open_note(_field(receipt, "signature", str), origin, pub)
    except IntegrityError as exc:
        raise IntegrityError("the receipt's signature is not valid: it was altered") from exc
    if signed != _signature_text(receipt):
        raise IntegrityError("the receipt was altered after it was issued")
    _check_extensions(receipt)


def _is_hash_b64(value: Any) -> bool:
    try:
        return isinstance(value, str) and len(base64.b64decode(value, validate=True)) == 32
    except binascii.Error:
        return False


def _check_extensions(receipt: dict[str, Any]) -> None:
    """The optional fields of newer receipts, strictly: consistency proofs from earlier tree
    sizes (increasing, each below this receipt's), and the signed wording."""
    if "consistency" in receipt:
        items, last, size = receipt["consistency"], 0, receipt["tree_size"]
        if not isinstance(items, list):
            items = [None]
        for item in items:
            if (
                not isinstance(item, dict)
                or set(item) != {"tree_size", "proof"}
                or type(item["tree_size"]) is not int
                or not last < item["tree_size"] < size
                or not isinstance(item["proof"], list)
                or not all(_is_hash_b64(h) for h in item["proof"])
            ):
                raise IntegrityError("the receipt is malformed: 'consistency' is missing or wrong")
            last = item["tree_size"]
    if "wording" in receipt:
        w = receipt["wording"]
        if (
            not isinstance(w, dict)
            or set(w) != {"title", "sections"}
            or not isinstance(w["title"], str)
            or not isinstance(w["sections"], list)
            or not all(
                isinstance(s, list) and len(s) == 2 and all(isinstance(t, str) for t in s)
                for s in w["sections"]
            )
        ):
            raise IntegrityError("the receipt is malformed: 'wording' is missing or wrong")


def _embedded_fingerprint(embedded: Any) -> str:
    try:
        return key_fingerprint(base64.b64decode(str(embedded), validate=True))
    except binascii.Error:
        return "unreadable"


@malformed_is_integrity
def verify_receipt_against(ledger: Ledger, receipt: dict[str, Any]) -> None:
    """Everything verify_receipt_offline checks, and: the event is still entry `index` of this
    vault's log, it is included under the current checkpoint, and the current checkpoint is
    consistent with the receipt's (the log has only grown)."""
    verify_receipt_offline(receipt, ledger.public_key_raw)
    if receipt["origin"] != ledger.origin:
        raise IntegrityError("the receipt comes from a different log")
    index, old_size = receipt["index"], receipt["tree_size"]
    text = open_note(ledger.checkpoint(), ledger.key_name, ledger.public_key_raw)
    _, size, current_root = parse_checkpoint(text)
    if size != ledger.size() or current_root != ledger.root():
        raise IntegrityError("the log does not match its latest checkpoint; run localnotes verify")
    if size < old_size:
        raise IntegrityError(
            f"the log has {size} entries, fewer than the {old_size} it had when this receipt "
            "was issued: entries were removed"
        )
    entry_bytes = receipt["event"].encode()
    if ledger.entry_bytes(index) != entry_bytes:
        raise IntegrityError(f"entry {index} of the log is not the event on this receipt")
    leaf = merkle.leaf_hash(entry_bytes)
    if not merkle.verify_inclusion(index, size, leaf, ledger.prove_inclusion(index), current_root):
        raise IntegrityError("the receipt's event is not in the current log")
    _, _, old_root = parse_checkpoint(
        open_note(receipt["checkpoint"], ledger.key_name, ledger.public_key_raw)
    )
    proof = ledger.prove_consistency(old_size)
    if not merkle.verify_consistency(old_size, size, old_root, current_root, proof):
        raise IntegrityError(
            "the current log is not an extension of the log this receipt was issued from"
        )


@malformed_is_integrity
def describe_for(receipt: dict[str, Any], tz: tzinfo | None = None) -> str:
    """The one-line summary a CLI prints after a successful verification."""
    entry = parse_entry(receipt["event"].encode())
    return (
        f"valid {receipt['kind']} receipt: entry {receipt['index']} ({entry['event']}) of "
        f"{receipt['origin']}, {format_when(entry['time'], tz)}; "
        f"code {receipt['verification_code']}"
    )
