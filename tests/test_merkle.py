"""The Merkle code against RFC 6962 section 2.1, written out naively, and known test vectors."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from localnotes.ledger import merkle

# --- a naive reference, straight from RFC 6962 section 2.1 -----------------------------------


def ref_mth(d: list[bytes]) -> bytes:
    n = len(d)
    if n == 0:
        return hashlib.sha256(b"").digest()
    if n == 1:
        return hashlib.sha256(b"\x00" + d[0]).digest()
    k = 1
    while k * 2 < n:
        k *= 2
    return hashlib.sha256(b"\x01" + ref_mth(d[:k]) + ref_mth(d[k:])).digest()


def ref_path(m: int, d: list[bytes]) -> list[bytes]:
    n = len(d)
    if n == 1:
        return []
    k = 1
    while k * 2 < n:
        k *= 2
    if m < k:
        return [*ref_path(m, d[:k]), ref_mth(d[k:])]
    return [*ref_path(m - k, d[k:]), ref_mth(d[:k])]


def ref_subproof(m: int, d: list[bytes], b: bool) -> list[bytes]:
    n = len(d)
    if m == n:
        return [] if b else [ref_mth(d)]
    k = 1
    while k * 2 < n:
        k *= 2
    if m <= k:
        return [*ref_subproof(m, d[:k], b), ref_mth(d[k:])]
    return [*ref_subproof(m - k, d[k:], False), ref_mth(d[:k])]


def ref_proof(m: int, d: list[bytes]) -> list[bytes]:
    return ref_subproof(m, d, True)


MAX = 64
DATA = [f"leaf {i}".encode() for i in range(MAX + 6)]
LEAVES = [merkle.leaf_hash(x) for x in DATA]


@pytest.mark.parametrize("n", range(MAX + 7))
def test_root_matches_rfc6962_mth(n: int) -> None:
    assert merkle.root(LEAVES[:n]) == ref_mth(DATA[:n])


@pytest.mark.parametrize("n", range(1, MAX + 7))
def test_every_inclusion_proof_matches_rfc6962_path_and_verifies(n: int) -> None:
    r = ref_mth(DATA[:n])
    for i in range(n):
        proof = merkle.inclusion_proof(i, n, LEAVES)
        assert proof == ref_path(i, DATA[:n])
        assert merkle.verify_inclusion(i, n, LEAVES[i], proof, r)
        assert not merkle.verify_inclusion(i, n, merkle.leaf_hash(b"other"), proof, r)
        if n > 1:
            assert not merkle.verify_inclusion((i + 1) % n, n, LEAVES[i], proof, r)
            assert not merkle.verify_inclusion(i, n, LEAVES[i], proof[:-1], r)
            assert not merkle.verify_inclusion(i, n, LEAVES[i], [*proof, proof[0]], r)
            bad = [bytes([proof[0][0] ^ 1]) + proof[0][1:], *proof[1:]]
            assert not merkle.verify_inclusion(i, n, LEAVES[i], bad, r)


@pytest.mark.parametrize("n", range(1, MAX + 7))
def test_every_consistency_proof_matches_rfc6962_proof_and_verifies(n: int) -> None:
    rn = ref_mth(DATA[:n])
    for m in range(1, n + 1):
        proof = merkle.consistency_proof(m, n, LEAVES)
        assert proof == ref_proof(m, DATA[:n])
        rm = ref_mth(DATA[:m])
        assert merkle.verify_consistency(m, n, rm, rn, proof)
        if m < n:
            assert not merkle.verify_consistency(m, n, rn, rn, proof)
            assert not merkle.verify_consistency(m, n, rm, rm, proof)
            assert not merkle.verify_consistency(m, n, rm, rn, proof[:-1])
            assert not merkle.verify_consistency(m, n, rm, rn, [*proof, rn])
            for j in range(len(proof)):
                bad = list(proof)
                bad[j] = hashlib.sha256(bad[j]).digest()
                assert not merkle.verify_consistency(m, n, rm, rn, bad)
            if m > 1:
                assert not merkle.verify_consistency(m - 1, n, rm, rn, proof)


def test_consistency_with_the_empty_tree_and_with_itself() -> None:
    r5 = merkle.root(LEAVES[:5])
    assert merkle.consistency_proof(0, 5, LEAVES) == []
    assert merkle.consistency_proof(5, 5, LEAVES) == []
    assert merkle.verify_consistency(0, 5, merkle.EMPTY_ROOT, r5, [])
    assert merkle.verify_consistency(5, 5, r5, r5, [])
    assert not merkle.verify_consistency(5, 5, r5, merkle.EMPTY_ROOT, [])
    assert not merkle.verify_consistency(5, 5, r5, r5, [r5])
    assert not merkle.verify_consistency(6, 5, r5, r5, [])


def test_bad_arguments_are_refused() -> None:
    with pytest.raises(ValueError):
        merkle.inclusion_proof(3, 3, LEAVES)
    with pytest.raises(ValueError):
        merkle.inclusion_proof(0, len(LEAVES) + 1, LEAVES)
    with pytest.raises(ValueError):
        merkle.consistency_proof(4, 3, LEAVES)
    assert not merkle.verify_inclusion(-1, 3, LEAVES[0], [], merkle.root(LEAVES[:3]))
    assert not merkle.verify_inclusion(0, 0, LEAVES[0], [], merkle.EMPTY_ROOT)


@given(st.lists(st.binary(max_size=8), max_size=40))
def test_frontier_root_equals_root_after_every_append(data: list[bytes]) -> None:
    frontier: list[tuple[int, bytes]] = []
    leaves = [merkle.leaf_hash(x) for x in data]
    for i, leaf in enumerate(leaves):
        frontier = merkle.frontier_append(frontier, leaf)
        assert merkle.frontier_root(frontier) == ref_mth(data[: i + 1])
    assert len(frontier) == bin(len(data)).count("1")


# --- fixed vectors ----------------------------------------------------------------------------


def test_empty_tree_root_is_sha256_of_nothing() -> None:
    assert merkle.root([]).hex() == (
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    )


def test_leaf_and_node_hashes_use_rfc6962_domain_separation() -> None:
    assert merkle.leaf_hash(b"").hex() == (
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d"
    )
    assert (
        merkle.node_hash(b"a" * 32, b"b" * 32)
        == hashlib.sha256(b"\x01" + b"a" * 32 + b"b" * 32).digest()
    )


# The eight leaves and roots of certificate-transparency's and transparency-dev's Merkle tests,
# with the proofs from those suites that are quoted here exactly.
CT_LEAVES = [
    b"",
    b"\x00",
    b"\x10",
    b"\x20\x21",
    b"\x30\x31",
    b"\x40\x41\x42\x43",
    b"\x50\x51\x52\x53\x54\x55\x56\x57",
    b"\x60\x61\x62\x63\x64\x65\x66\x67\x68\x69\x6a\x6b\x6c\x6d\x6e\x6f",
]
CT_ROOTS = [
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
]
CT_LEAF_HASHES = [merkle.leaf_hash(x) for x in CT_LEAVES]


@pytest.mark.parametrize("n", range(1, 9))
def test_certificate_transparency_roots(n: int) -> None:
    assert merkle.root(CT_LEAF_HASHES[:n]).hex() == CT_ROOTS[n - 1]


@pytest.mark.parametrize(
    ("index", "size", "path"),
    [
        (5, 8, ["bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"]),
        (2, 3, ["fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"]),
    ],
)  # fmt: skip
def test_certificate_transparency_inclusion_proofs(index: int, size: int, path: list[str]) -> None:
    proof = merkle.inclusion_proof(index, size, CT_LEAF_HASHES)
    assert [p.hex() for p in proof] == path
    root = bytes.fromhex(CT_ROOTS[size - 1])
    assert merkle.verify_inclusion(index, size, CT_LEAF_HASHES[index], proof, root)


@pytest.mark.parametrize(
    ("m", "n", "path"),
    [
        (6, 8, ["0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"]),
    ],
)  # fmt: skip
def test_certificate_transparency_consistency_proofs(m: int, n: int, path: list[str]) -> None:
    proof = merkle.consistency_proof(m, n, CT_LEAF_HASHES)
    assert [p.hex() for p in proof] == path
    root_m, root_n = bytes.fromhex(CT_ROOTS[m - 1]), bytes.fromhex(CT_ROOTS[n - 1])
    assert merkle.verify_consistency(m, n, root_m, root_n, proof)
