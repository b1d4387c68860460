"""Cryptography for localnotes: the only package that imports `cryptography`.

- `keys`: Argon2id key derivation, HKDF subkeys with domain separation, AES-GCM key wrapping.
- `container`: the streaming encrypted container format for artifacts (age-style STREAM).
- `signing`: Ed25519 signing for ledger checkpoints.
"""
