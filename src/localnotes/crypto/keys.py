"""The key hierarchy: passphrase -> Argon2id KEK -> master key -> subkeys and wrapped data keys.

Every wrap binds its context as associated data, so a wrapped key copied into another row, another
vault or another purpose fails to unwrap. Subkeys are derived with HKDF under distinct labels.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, hmac
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from localnotes.errors import IntegrityError

KEY_BYTES = 32
NONCE_BYTES = 12
LABEL_PREFIX = b"localnotes/v1/"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters, stored in the vault header."""

    salt: bytes
    memory_kib: int
    iterations: int
    lanes: int


def random_key() -> bytes:
    return os.urandom(KEY_BYTES)


def derive_kek(passphrase: str, params: KdfParams) -> bytes:
    """The key-encryption key from the passphrase (Argon2id, RFC 9106)."""
    kdf = Argon2id(
        salt=params.salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(passphrase.encode("utf-8"))


def subkey(master: bytes, label: str) -> bytes:
    """A key for one purpose, derived from the master key (HKDF-SHA256, label as info)."""
    return HKDF(
        algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=LABEL_PREFIX + label.encode()
    ).derive(master)


def wrap(key: bytes, plaintext: bytes, context: bytes) -> bytes:
    """AES-256-GCM seal: nonce || ciphertext+tag, with context bound as associated data."""
    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, LABEL_PREFIX + context)


def unwrap(key: bytes, sealed: bytes, context: bytes) -> bytes:
    """Open what `wrap` sealed under the same key and context, or raise IntegrityError."""
    if len(sealed) < NONCE_BYTES + 16:
        raise IntegrityError("a wrapped key is too short: the vault is damaged")
    try:
        return AESGCM(key).decrypt(
            sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], LABEL_PREFIX + context
        )
    except InvalidTag:
        raise IntegrityError("a wrapped key failed authentication: the vault is damaged") from None


def try_unwrap(key: bytes, sealed: bytes, context: bytes) -> bytes | None:
    """Like unwrap, but None when authentication fails (a wrong passphrase, not damage)."""
    try:
        return unwrap(key, sealed, context)
    except IntegrityError:
        return None


def keyed_hash(key: bytes, data: bytes) -> bytes:
    """HMAC-SHA256, for pseudonymous identifiers such as the patient hash."""
    h = hmac.HMAC(key, hashes.SHA256())
    h.update(data)
    return h.finalize()
