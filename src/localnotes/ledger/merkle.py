"""RFC 6962 / RFC 9162 Merkle tree hashing, inclusion proofs and consistency proofs.

Pure functions over lists of leaf hashes, no I/O. Hashes are SHA-256 with the RFC's domain
separation: 0x00 before a leaf, 0x01 before an interior node. Proof generation follows the
recursive definitions of RFC 6962 section 2.1 (PATH, PROOF/SUBPROOF), answered from the tree's
levels so that a proof costs one pass over the leaves; verification is the iterative algorithm
of RFC 9162 sections 2.1.3.2 and 2.1.4.2. A compact "frontier" lets a log compute its new root
after an append in O(log n).
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Sequence

HASH_SIZE = 32
EMPTY_ROOT = hashlib.sha256(b"").digest()


def leaf_hash(data: bytes) -> bytes:
    """MTH of a one-leaf tree: SHA-256(0x00 || data)."""
    return hashlib.sha256(b"\x00" + data).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    """An interior node: SHA-256(0x01 || left || right)."""
    return hashlib.sha256(b"\x01" + left + right).digest()


def _levels(leaf_hashes: Sequence[bytes]) -> list[list[bytes]]:
    """Every level of the tree, leaves first. A last odd node is promoted unchanged, which gives
    exactly RFC 6962's left-balanced tree: node (k, j) is MTH of leaves [j*2^k, (j+1)*2^k)
    clipped to the tree's size."""
    levels = [list(leaf_hashes)]
    while len(levels[-1]) > 1:
        below = levels[-1]
        above = [node_hash(below[i], below[i + 1]) for i in range(0, len(below) - 1, 2)]
        if len(below) % 2:
            above.append(below[-1])
        levels.append(above)
    return levels


def root(leaf_hashes: Sequence[bytes]) -> bytes:
    """The Merkle tree hash (MTH) of the leaves; SHA-256 of nothing for the empty tree."""
    if not leaf_hashes:
        return EMPTY_ROOT
    frontier: list[tuple[int, bytes]] = []
    for h in leaf_hashes:
        frontier = frontier_append(frontier, h)
    return frontier_root(frontier)


def _check_size(size: int, leaf_hashes: Sequence[bytes]) -> None:
    if size < 0 or size > len(leaf_hashes):
        raise ValueError(f"tree size {size} is outside 0..{len(leaf_hashes)}")


def _largest_power_of_two_below(n: int) -> int:
    """The k of RFC 6962: the largest power of two strictly smaller than n (n > 1)."""
    return 1 << ((n - 1).bit_length() - 1)


def _subtree(levels: list[list[bytes]], start: int, end: int) -> bytes:
    """MTH of leaves [start, end), for the aligned ranges the RFC recursion produces."""
    height = (end - start - 1).bit_length()
    return levels[height][start >> height]


def inclusion_proof(index: int, size: int, leaf_hashes: Sequence[bytes]) -> list[bytes]:
    """PATH(index, D[0:size]) of RFC 6962 section 2.1.1, nearest sibling first."""
    _check_size(size, leaf_hashes)
    if not 0 <= index < size:
        raise ValueError(f"leaf index {index} is outside a tree of size {size}")
    levels = _levels(leaf_hashes[:size])
    proof = []
    i = index
    for level in levels[:-1]:
        sibling = i ^ 1
        if sibling < len(level):
            proof.append(level[sibling])
        i >>= 1
    return proof


def consistency_proof(m: int, n: int, leaf_hashes: Sequence[bytes]) -> list[bytes]:
    """PROOF(m, D[0:n]) of RFC 6962 section 2.1.2; empty when m is 0 or m equals n."""
    _check_size(n, leaf_hashes)
    if not 0 <= m <= n:
        raise ValueError(f"old size {m} is outside 0..{n}")
    if m in (0, n):
        return []
    levels = _levels(leaf_hashes[:n])
    proof: list[bytes] = []
    # SUBPROOF(m, D[start:end], b), unrolled: every step descends into one half.
    start, end, complete = 0, n, True
    while True:
        size = end - start
        if m == size:
            if not complete:
                proof.append(_subtree(levels, start, end))
            break
        k = _largest_power_of_two_below(size)
        if m <= k:
            proof.append(_subtree(levels, start + k, end))
            end = start + k
        else:
            proof.append(_subtree(levels, start, start + k))
            start, m, complete = start + k, m - k, False
    proof.reverse()
    return proof


def verify_inclusion(
    index: int, size: int, leaf: bytes, proof: Sequence[bytes], root_hash: bytes
) -> bool:
    """RFC 9162 section 2.1.3.2: does `proof` show leaf `index` of a tree of `size` has hash
    `leaf`, in the tree whose root is `root_hash`?"""
    if not 0 <= index < size:
        return False
    fn, sn, r = index, size - 1, leaf
    for p in proof:
        if len(p) != HASH_SIZE or sn == 0:
            return False
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            while fn and not fn & 1:
                fn >>= 1
                sn >>= 1
        else:
            r = node_hash(r, p)
        fn >>= 1
        sn >>= 1
    return sn == 0 and hmac.compare_digest(r, root_hash)


def verify_consistency(
    m: int, n: int, root_m: bytes, root_n: bytes, proof: Sequence[bytes]
) -> bool:
    """RFC 9162 section 2.1.4.2: does `proof` show the tree of size `m` with root `root_m` is a
    prefix of the tree of size `n` with root `root_n`?"""
    if not 0 <= m <= n:
        return False
    if m == n:
        return not proof and hmac.compare_digest(root_m, root_n)
    if m == 0:
        # Every tree extends the empty one; RFC 9162 defines no proof for it.
        return not proof and hmac.compare_digest(root_m, EMPTY_ROOT)
    if not proof or any(len(c) != HASH_SIZE for c in proof):
        return False
    path = list(proof)
    if m & (m - 1) == 0:
        path.insert(0, root_m)
    fn, sn = m - 1, n - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr = node_hash(c, fr)
            sr = node_hash(c, sr)
            while fn and not fn & 1:
                fn >>= 1
                sn >>= 1
        else:
            sr = node_hash(sr, c)
        fn >>= 1
        sn >>= 1
    return sn == 0 and hmac.compare_digest(fr, root_m) and hmac.compare_digest(sr, root_n)


def frontier_append(frontier: list[tuple[int, bytes]], leaf: bytes) -> list[tuple[int, bytes]]:
    """Add a leaf to a compact range: the roots of the perfect subtrees covering the leaves so
    far, largest first, each with its height. Returns the new frontier; the input is unchanged."""
    out = list(frontier)
    height, carry = 0, leaf
    while out and out[-1][0] == height:
        _, left = out.pop()
        carry = node_hash(left, carry)
        height += 1
    out.append((height, carry))
    return out


def frontier_root(frontier: Sequence[tuple[int, bytes]]) -> bytes:
    """The root of the tree a frontier describes: its subtrees folded from the right."""
    if not frontier:
        return EMPTY_ROOT
    r = frontier[-1][1]
    for _, h in reversed(frontier[:-1]):
        r = node_hash(h, r)
    return r
