"""Two receipts side by side: same clinic key, and the log only grew between them.

Each receipt is proved against the checkpoint signed right after its entry, and carries
consistency proofs from the tree sizes of the receipts the vault issued to the same patient
before (`receipts.make_receipt`). So a patient holding an earlier and a later receipt can show,
with nothing else, that both come from one log and that nothing in it was removed or rewritten in
between. The receipt page's script (`receipt_verify.js`, compareReceipts) does the same, with the
same messages.
"""

from __future__ import annotations

import base64
import hmac
from typing import Any

from localnotes.errors import IntegrityError
from localnotes.ledger import merkle
from localnotes.ledger.note import key_fingerprint, open_note, parse_checkpoint
from localnotes.ledger.receipts import verify_receipt_offline


def _fingerprint(embedded: str) -> str:
    return key_fingerprint(base64.b64decode(embedded, validate=True))


def _root(receipt: dict[str, Any]) -> bytes:
    pub = base64.b64decode(receipt["public_key"]["ed25519"], validate=True)
    return parse_checkpoint(open_note(receipt["checkpoint"], receipt["origin"], pub))[2]


def compare_receipts(
    first: dict[str, Any], second: dict[str, Any], public_key: bytes | str | None = None
) -> tuple[int, int]:
    """Check both receipts (against `public_key`, or each against the key it carries), then
    that they carry the same key and origin and that the later one's log extends the earlier
    one's. Returns the two tree sizes, smaller first; IntegrityError says what failed."""
    for receipt in (first, second):
        key = public_key if public_key is not None else receipt.get("public_key", {}).get("ed25519")
        if not isinstance(key, bytes | str):
            raise IntegrityError("the receipt is malformed: 'public_key' is missing or wrong")
        verify_receipt_offline(receipt, key)
    a, b = first["public_key"]["ed25519"], second["public_key"]["ed25519"]
    if a != b:
        raise IntegrityError(
            f"the two receipts were signed by different keys (fingerprints {_fingerprint(a)} and "
            f"{_fingerprint(b)}): they are not from the same log"
        )
    if first["origin"] != second["origin"]:
        raise IntegrityError("the two receipts come from different logs")
    early, late = sorted((first, second), key=lambda r: int(r["tree_size"]))
    m, n = early["tree_size"], late["tree_size"]
    if m == n:
        if not hmac.compare_digest(_root(early), _root(late)):
            raise IntegrityError(
                "the log was rewritten: the two receipts show different logs of the same size"
            )
        return m, n
    item = next((c for c in late.get("consistency", []) if c["tree_size"] == m), None)
    if item is None:
        raise IntegrityError(
            "the later receipt carries no proof that the log grew from the earlier receipt's "
            f"({m} entries): it was issued to someone else, or by an older version"
        )
    proof = [base64.b64decode(h, validate=True) for h in item["proof"]]
    if not merkle.verify_consistency(m, n, _root(early), _root(late), proof):
        raise IntegrityError(
            "the log was rewritten: the later receipt's log does not extend the earlier one's"
        )
    return m, n
