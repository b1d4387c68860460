"""C2SP signed notes and tlog checkpoints (https://c2sp.org/signed-note, /tlog-checkpoint).

A checkpoint is three lines: the log's origin, its size in decimal, and its root hash in base64.
A signed note is that text, a blank line, and one line per signature:
`— <key name> <base64(4-byte key hash || Ed25519 signature)>`, where the key hash is the first
four bytes of SHA-256(name || "\\n" || 0x01 || public key). The same key is written for people
and tools as a verifier key: `<name>+<8 hex digits of key hash>+<base64(0x01 || public key)>`.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from typing import Protocol

from localnotes.crypto.signing import verify_signature
from localnotes.errors import IntegrityError

ALG_ED25519 = b"\x01"
SIG_PREFIX = "\u2014 "  # em dash and a space
_SIZE = re.compile(r"^(0|[1-9][0-9]{0,18})$")
_MAX_SIGNATURES = 100


class NoteSigner(Protocol):
    """What signs a note: the vault's Ed25519 key (localnotes.crypto.signing.Signer)."""

    def sign(self, msg: bytes) -> bytes: ...

    def public_key_raw(self) -> bytes: ...


def _check_name(name: str) -> None:
    if not name or "+" in name or any(c.isspace() for c in name):
        raise ValueError(f"bad key name {name!r}: it must be non-empty, without spaces or '+'")


def _check_text(text: str) -> None:
    if not text.endswith("\n"):
        raise ValueError("a note's text must end with a newline")
    if any((ord(c) < 0x20 and c != "\n") or c == "\x7f" for c in text):
        raise ValueError("a note's text must not contain control characters")


def key_hash(name: str, public_raw: bytes) -> bytes:
    """The 4-byte key ID of an Ed25519 key named `name`."""
    return hashlib.sha256(name.encode() + b"\n" + ALG_ED25519 + public_raw).digest()[:4]


def verifier_key(name: str, public_raw: bytes) -> str:
    """The vkey form of a public key: `name+hash+base64(0x01 || key)`."""
    _check_name(name)
    if len(public_raw) != 32:
        raise ValueError("an Ed25519 public key is 32 bytes")
    data = base64.b64encode(ALG_ED25519 + public_raw).decode()
    return f"{name}+{key_hash(name, public_raw).hex()}+{data}"


def parse_verifier_key(vkey: str) -> tuple[str, bytes]:
    """(name, raw Ed25519 public key) from a vkey; IntegrityError if malformed or inconsistent."""
    parts = vkey.strip().split("+", 2)  # the base64 key data may itself contain '+'
    if len(parts) != 3:
        raise IntegrityError("the public key is not in the form name+hash+key")
    name, hash_hex, data = parts
    try:
        _check_name(name)
        key = _b64decode(data)
        want = bytes.fromhex(hash_hex)
    except ValueError as exc:
        raise IntegrityError("the public key is malformed") from exc
    if len(key) != 33 or key[:1] != ALG_ED25519:
        raise IntegrityError("the public key is not an Ed25519 key")
    if len(hash_hex) != 8 or key_hash(name, key[1:]) != want:
        raise IntegrityError("the public key's check digits do not match the key")
    return name, key[1:]


def _b64decode(text: str) -> bytes:
    """Strict standard base64: padding required, nothing but the alphabet."""
    try:
        raw = base64.b64decode(text, validate=True)
    except binascii.Error as exc:
        raise ValueError("bad base64") from exc
    if base64.b64encode(raw).decode() != text:
        raise ValueError("non-canonical base64")
    return raw


def format_checkpoint(origin: str, size: int, root_hash: bytes) -> str:
    """The body of a tlog checkpoint: origin, size and root hash, one per line."""
    if not origin or "\n" in origin:
        raise ValueError("a checkpoint origin is one non-empty line")
    if size < 0 or len(root_hash) != 32:
        raise ValueError("a checkpoint needs a size >= 0 and a 32-byte root hash")
    return f"{origin}\n{size}\n{base64.b64encode(root_hash).decode()}\n"


def parse_checkpoint(text: str) -> tuple[str, int, bytes]:
    """(origin, size, root hash) from a checkpoint body; IntegrityError if it is not one.
    Extension lines after the root are allowed and ignored, as the spec says."""
    _bad = IntegrityError("the signed checkpoint is malformed")
    if not text.endswith("\n"):
        raise _bad
    lines = text[:-1].split("\n")
    if len(lines) < 3 or not lines[0] or not _SIZE.match(lines[1]) or "" in lines[3:]:
        raise _bad
    try:
        root_hash = _b64decode(lines[2])
    except ValueError as exc:
        raise _bad from exc
    if len(root_hash) != 32:
        raise _bad
    return lines[0], int(lines[1]), root_hash


def sign_note(text: str, key_name: str, signer: NoteSigner) -> str:
    """`text` followed by a blank line and one Ed25519 signature line by `key_name`."""
    _check_name(key_name)
    _check_text(text)
    sig = signer.sign(text.encode())
    stamp = base64.b64encode(key_hash(key_name, signer.public_key_raw()) + sig).decode()
    return f"{text}\n{SIG_PREFIX}{key_name} {stamp}\n"


def _split(note: str) -> tuple[str, list[tuple[str, bytes]]]:
    """The text of a note and its (name, 4-byte hash + signature) pairs."""
    _bad = IntegrityError("the signed note is malformed")
    split = note.rfind("\n\n")
    if split < 0 or not note.endswith("\n"):
        raise _bad
    text, sig_block = note[: split + 1], note[split + 2 :]
    try:
        _check_text(text)
    except ValueError as exc:
        raise _bad from exc
    lines = sig_block[:-1].split("\n")
    if not sig_block or len(lines) > _MAX_SIGNATURES:
        raise _bad
    sigs = []
    for line in lines:
        if not line.startswith(SIG_PREFIX):
            raise _bad
        name, _, data = line[len(SIG_PREFIX) :].partition(" ")
        try:
            _check_name(name)
            raw = _b64decode(data)
        except ValueError as exc:
            raise _bad from exc
        if len(raw) < 5:
            raise _bad
        sigs.append((name, raw))
    return text, sigs


def open_note(note: str, key_name: str, public_key_raw: bytes) -> str:
    """The text of `note` if it carries a valid signature by this key; IntegrityError if not.
    Signatures by other keys are ignored, as the spec asks of verifiers."""
    text, sigs = _split(note)
    want = key_hash(key_name, public_key_raw)
    mine = [raw for name, raw in sigs if name == key_name and raw[:4] == want]
    if not mine:
        raise IntegrityError(f"the signed note carries no signature by the key {key_name!r}")
    if not all(verify_signature(public_key_raw, text.encode(), raw[4:]) for raw in mine):
        raise IntegrityError("the signature on the note is not valid: it was altered")
    return text


def note_signers(note: str) -> list[str]:
    """The key names that signed a note, without checking anything."""
    return [name for name, _ in _split(note)[1]]


def key_fingerprint(public_raw: bytes) -> str:
    """A short code a person can compare: 16 hex digits of SHA-256(key), in groups of four."""
    digest = hashlib.sha256(public_raw).hexdigest()[:16].upper()
    return " ".join(digest[i : i + 4] for i in range(0, 16, 4))
