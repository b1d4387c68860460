"""Ed25519 signing for the ledger's checkpoints and receipts."""

from __future__ import annotations

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)


class Signer:
    """The vault's Ed25519 key. The private half lives only wrapped in the vault and in memory."""

    def __init__(self, private_raw: bytes) -> None:
        self._key = Ed25519PrivateKey.from_private_bytes(private_raw)

    @staticmethod
    def generate() -> Signer:
        key = Ed25519PrivateKey.generate()
        return Signer(key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()))

    def private_raw(self) -> bytes:
        return self._key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())

    def public_key_raw(self) -> bytes:
        return self._key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)

    def sign(self, msg: bytes) -> bytes:
        return self._key.sign(msg)


def verify_signature(public_raw: bytes, msg: bytes, sig: bytes) -> bool:
    """True only for a valid Ed25519 signature of msg by public_raw."""
    try:
        Ed25519PublicKey.from_public_bytes(public_raw).verify(sig, msg)
    except (InvalidSignature, ValueError):
        return False
    return True
