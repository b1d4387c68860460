"""C2SP signed notes and tlog checkpoints: the published vector, round trips, and refusals."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from localnotes.crypto.signing import Signer
from localnotes.errors import IntegrityError
from localnotes.ledger import note

# The example key and note of golang.org/x/mod/sumdb/note, which C2SP signed-note describes.
GO_VKEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"
GO_SKEY_DATA = "AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz"
GO_TEXT = (
    "If you think cryptography is the answer to your problem,\n"
    "then you don't know what your problem is.\n"
)
GO_NOTE = (
    GO_TEXT + "\n\u2014 PeterNeumann "
    "x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n"
)


def test_go_sumdb_note_vector_opens_and_is_reproduced_exactly() -> None:
    name, pub = note.parse_verifier_key(GO_VKEY)
    assert name == "PeterNeumann"
    assert note.open_note(GO_NOTE, name, pub) == GO_TEXT
    signer = Signer(base64.b64decode(GO_SKEY_DATA)[1:])
    assert signer.public_key_raw() == pub
    assert note.verifier_key(name, pub) == GO_VKEY
    assert note.sign_note(GO_TEXT, name, signer) == GO_NOTE


def test_key_hash_is_sha256_of_name_newline_alg_key() -> None:
    pub = bytes(range(32))
    want = hashlib.sha256(b"example.com/log\n\x01" + pub).digest()[:4]
    assert note.key_hash("example.com/log", pub) == want
    assert note.verifier_key("example.com/log", pub).split("+")[1] == want.hex()


def test_checkpoint_body_is_origin_size_root_lines() -> None:
    root = hashlib.sha256(b"x").digest()
    body = note.format_checkpoint("example.com/log", 42, root)
    assert body == f"example.com/log\n42\n{base64.b64encode(root).decode()}\n"


@given(
    st.text(
        alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1
    ).filter(lambda s: "\n" not in s),
    st.integers(min_value=0, max_value=2**63 - 1),
    st.binary(min_size=32, max_size=32),
)
def test_checkpoint_round_trips(origin: str, size: int, root: bytes) -> None:
    assert note.parse_checkpoint(note.format_checkpoint(origin, size, root)) == (origin, size, root)


@pytest.mark.parametrize(
    "body",
    [
        "o\n1\n",
        "o\n01\n" + base64.b64encode(b"\0" * 32).decode() + "\n",
        "o\n-1\n" + base64.b64encode(b"\0" * 32).decode() + "\n",
        "o\n1\n" + base64.b64encode(b"\0" * 31).decode() + "\n",
        "o\n1\n" + base64.b64encode(b"\0" * 32).decode(),
        "\n1\n" + base64.b64encode(b"\0" * 32).decode() + "\n",
        "o\n1\nnot base64!\n",
    ],
)
def test_malformed_checkpoints_are_refused(body: str) -> None:
    with pytest.raises(IntegrityError):
        note.parse_checkpoint(body)


@given(st.lists(st.text(alphabet="abcdefgh ijk/.:-0123456789", max_size=30), min_size=1))
def test_sign_then_open_round_trips(lines: list[str]) -> None:
    signer = Signer(b"\x07" * 32)
    text = "".join(line + "\n" for line in lines)
    if "\n\n" in text:
        return
    signed = note.sign_note(text, "vault.test/log", signer)
    assert note.open_note(signed, "vault.test/log", signer.public_key_raw()) == text
    assert "\u2014 vault.test/log " in signed


def _signed() -> tuple[str, Signer]:
    signer = Signer.generate()
    body = note.format_checkpoint("vault.test/log", 3, hashlib.sha256(b"r").digest())
    return note.sign_note(body, "vault.test/log", signer), signer


def test_altered_text_fails_to_open() -> None:
    signed, signer = _signed()
    with pytest.raises(IntegrityError, match="altered"):
        note.open_note(signed.replace("\n3\n", "\n4\n"), "vault.test/log", signer.public_key_raw())


def test_another_key_fails_to_open() -> None:
    signed, _ = _signed()
    with pytest.raises(IntegrityError, match="no signature"):
        note.open_note(signed, "vault.test/log", Signer.generate().public_key_raw())


def test_signature_lines_by_other_keys_are_ignored() -> None:
    signed, signer = _signed()
    other = note.sign_note(signed.split("\n\n")[0] + "\n", "someone.else", Signer.generate())
    both = signed + other.split("\n\n")[1]
    assert note.note_signers(both) == ["vault.test/log", "someone.else"]
    assert note.open_note(both, "vault.test/log", signer.public_key_raw()).startswith("vault")


@pytest.mark.parametrize(
    "mangle",
    [
        lambda s: s.replace("\u2014", "-"),
        lambda s: s.replace("\n\n", "\n"),
        lambda s: s[:-1],
        lambda s: s.replace("\u2014 vault.test/log ", "\u2014 vault.test/log  "),
        lambda s: s + "trailing\n",
        lambda s: s.rsplit(" ", 1)[0] + " AAAA\n",
    ],
)
def test_malformed_notes_are_refused(mangle: Callable[[str], str]) -> None:
    signed, signer = _signed()
    with pytest.raises(IntegrityError):
        note.open_note(mangle(signed), "vault.test/log", signer.public_key_raw())


def test_sign_refuses_bad_names_and_text() -> None:
    signer = Signer.generate()
    for name in ("", "a b", "a+b"):
        with pytest.raises(ValueError):
            note.sign_note("x\n", name, signer)
    for text in ("no newline", "tab\there\n"):
        with pytest.raises(ValueError):
            note.sign_note(text, "ok", signer)


@pytest.mark.parametrize(
    "vkey",
    [
        "PeterNeumann+c74f20a4+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
        "PeterNeumann+c74f20a3+Ahpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
        "PeterNeumann+c74f20a3",
        "Peter+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
    ],
)
def test_bad_verifier_keys_are_refused(vkey: str) -> None:
    with pytest.raises(IntegrityError):
        note.parse_verifier_key(vkey)


def test_fingerprint_is_four_groups_of_hex() -> None:
    fp = note.key_fingerprint(b"\x01" * 32)
    assert fp == " ".join(
        hashlib.sha256(b"\x01" * 32).hexdigest()[:16].upper()[i : i + 4] for i in range(0, 16, 4)
    )
