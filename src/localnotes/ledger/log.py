"""The ledger: an append-only, signed log of events, stored in the vault's SQLite database.

Each entry is canonical JSON (sorted keys, no spaces, UTF-8) and a leaf of an RFC 6962 Merkle
tree. Every append stores a checkpoint for the new tree size, signed as a C2SP signed note with
the vault's Ed25519 key, so each prefix of the log is pinned by a signature. `verify_all`
recomputes everything from the stored bytes and names the first entry that does not add up.

In a vault the entry bodies are sealed at rest (a `LedgerGuard` seals and opens them; the leaf
hashes still commit to the canonical entry, so receipts are unchanged), and every append also
stores a sealed high-water mark (size and root) that catches a log cut at its end.

The log never commits: the caller's transaction (BEGIN IMMEDIATE) covers both the event and the
change it records, so neither can exist without the other.
"""

from __future__ import annotations

import base64
import hmac
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

from localnotes.errors import IntegrityError, NotFoundError
from localnotes.ledger import merkle
from localnotes.ledger.entry import (
    ENTRY_VERSION,
    canonical_json,
    format_time,
    parse_entry,
    parse_time,
    stored_bytes,
)
from localnotes.ledger.events import check_event, coarsen
from localnotes.ledger.note import (
    NoteSigner,
    format_checkpoint,
    key_fingerprint,
    open_note,
    parse_checkpoint,
    sign_note,
    verifier_key,
)
from localnotes.store.ledger_tables import SCHEMA, LedgerTables

# The entry format lives in ledger/entry.py; these names are also read from here.
__all__ = [
    "ENTRY_VERSION",
    "SCHEMA",
    "EntryRef",
    "Ledger",
    "LedgerGuard",
    "LedgerIntegrityError",
    "VerifyReport",
    "canonical_json",
    "format_time",
    "parse_entry",
    "parse_time",
]


class LedgerIntegrityError(IntegrityError):
    """The ledger failed verification; `index` is the first entry that does not add up."""

    def __init__(self, index: int, problem: str) -> None:
        super().__init__(f"the ledger fails verification at entry {index}: {problem}")
        self.index = index


class LedgerGuard(Protocol):
    """What a vault gives its ledger: entry bodies sealed at rest, and a sealed high-water mark."""

    def seal_entry(self, index: int, entry: bytes) -> bytes: ...

    def open_entry(self, index: int, stored: bytes) -> bytes: ...

    def write_mark(self, size: int, root: bytes) -> None: ...

    def read_mark(self) -> tuple[int, bytes]: ...


@dataclass(frozen=True)
class EntryRef:
    """Where an appended event landed, and the exact bytes that were stored and signed."""

    index: int
    entry_bytes: bytes


@dataclass(frozen=True)
class VerifyReport:
    """What a whole-log verification established."""

    size: int
    root: bytes
    checkpoint: str
    origin: str
    key_fingerprint: str


class Ledger:
    """The signed log over its stored rows (store/ledger_tables.py: a vault's, or a bare database's
    whose schema includes SCHEMA).

    The key that signs checkpoints is named after the origin, as tlog-checkpoint suggests, so
    the origin must be one token without spaces or '+', e.g. "localnotes.local/vault/3f9c".
    """

    def __init__(
        self,
        tables: LedgerTables,
        signer: NoteSigner,
        origin: str,
        clock: Callable[[], datetime] | None = None,
        guard: LedgerGuard | None = None,
    ) -> None:
        self.tables = tables
        self.guard = guard
        self.signer = signer
        self.origin = origin
        self.key_name = origin
        self.public_key_raw = signer.public_key_raw()
        self.vkey = verifier_key(self.key_name, self.public_key_raw)
        self._clock = clock or (lambda: datetime.now(UTC))
        self._leaves: list[bytes] = []
        self._frontier: list[tuple[int, bytes]] = []
        self._loaded = False

    # -- writing ---------------------------------------------------------------------------

    def append(self, event: Mapping[str, Any]) -> EntryRef:
        """Add an event and sign the new checkpoint, inside the caller's transaction."""
        check_event(event)
        event = coarsen(event)
        if not self.tables.in_transaction():
            raise ValueError("Ledger.append must run inside the caller's transaction")
        self._sync()
        index = len(self._leaves)
        entry = {**event, "v": ENTRY_VERSION, "seq": index, "time": format_time(self._clock())}
        data = canonical_json(entry)
        leaf = merkle.leaf_hash(data)
        frontier = merkle.frontier_append(self._frontier, leaf)
        body = format_checkpoint(self.origin, index + 1, merkle.frontier_root(frontier))
        note = sign_note(body, self.key_name, self.signer)
        stored = self.guard.seal_entry(index, data) if self.guard else data
        self.tables.insert(index, stored, leaf, index + 1, note)
        if self.guard:
            self.guard.write_mark(index + 1, merkle.frontier_root(frontier))
        self._leaves.append(leaf)
        self._frontier = frontier
        return EntryRef(index, data)

    # -- reading ---------------------------------------------------------------------------

    def _open(self, index: int, stored: object) -> bytes:
        """The canonical bytes of a stored entry (opened from its seal in a vault)."""
        data = stored_bytes(stored)
        return self.guard.open_entry(index, data) if self.guard else data

    def check_mark(self) -> None:
        """The log is at least as long as its sealed high-water mark, and its prefix of that size
        has the marked root: a log cut at its end, or rewritten, is an IntegrityError."""
        if self.guard is None:
            return
        self._sync()
        size, root = self.guard.read_mark()
        problem = _mark_problem(size, root, len(self._leaves), self._leaves)
        if problem:
            raise LedgerIntegrityError(min(size, len(self._leaves)), problem)

    def size(self) -> int:
        self._sync()
        return len(self._leaves)

    def root(self) -> bytes:
        """The root of the whole log as stored now."""
        self._sync()
        return merkle.frontier_root(self._frontier)

    def entry_bytes(self, index: int) -> bytes:
        stored = self.tables.entry(index)
        if stored is None:
            raise NotFoundError(f"the ledger has no entry {index}")
        return self._open(index, stored)

    def entries(self, patient_hash: str | None = None) -> list[dict[str, Any]]:
        """Every entry in order, or only those about one patient (by keyed hash)."""
        out = []
        for idx, data in self.tables.entries():
            try:
                obj: dict[str, Any] = json.loads(self._open(idx, data).decode("utf-8"))
            except ValueError as exc:
                raise IntegrityError("a ledger entry is unreadable: run localnotes verify") from exc
            if patient_hash is None or obj.get("patient") == patient_hash:
                out.append(obj)
        return out

    def checkpoint(self) -> str:
        """The latest signed checkpoint note."""
        note = self.tables.latest_checkpoint()
        if note is None:
            raise NotFoundError("the ledger is empty: there is no checkpoint yet")
        return note

    def prove_inclusion(self, index: int, size: int | None = None) -> list[bytes]:
        self._sync()
        n = len(self._leaves) if size is None else size
        return merkle.inclusion_proof(index, n, self._leaves)

    def checkpoint_at(self, size: int) -> str:
        """The signed checkpoint note stored when the log reached `size` entries."""
        note = self.tables.checkpoint(size)
        if note is None:
            raise NotFoundError(f"the ledger has no checkpoint for size {size}")
        return note

    def prove_consistency(self, old_size: int, size: int | None = None) -> list[bytes]:
        """Proof that the tree of `old_size` entries is a prefix of the tree of `size` entries
        (by default, the log as it is now)."""
        self._sync()
        n = len(self._leaves) if size is None else size
        if old_size > n:
            raise IntegrityError(
                f"the log has {n} entries, fewer than the {old_size} it had before: "
                "entries were removed"
            )
        return merkle.consistency_proof(old_size, n, self._leaves)

    def receipt_for(self, index: int, size: int | None = None) -> dict[str, Any]:
        """The proof material for entry `index` against the checkpoint of `size` entries
        (by default the latest one)."""
        self._sync()
        if not 0 <= index < len(self._leaves):
            raise NotFoundError(f"the ledger has no entry {index}")
        n = len(self._leaves) if size is None else size
        if not index < n <= len(self._leaves):
            raise ValueError(f"tree size {n} does not hold entry {index}")
        return {
            "index": index,
            "tree_size": n,
            "event": self.entry_bytes(index).decode("utf-8"),
            "inclusion_proof": [
                base64.b64encode(h).decode() for h in merkle.inclusion_proof(index, n, self._leaves)
            ],
            "checkpoint": self.checkpoint() if size is None else self.checkpoint_at(n),
            "origin": self.origin,
            "public_key": {
                "vkey": self.vkey,
                "ed25519": base64.b64encode(self.public_key_raw).decode(),
                "fingerprint": key_fingerprint(self.public_key_raw),
            },
        }

    # -- verification ----------------------------------------------------------------------

    def verify_all(self) -> VerifyReport:
        """Recompute every leaf and every checkpoint from the stored bytes; raise
        LedgerIntegrityError naming the first entry that was edited, removed, reordered or
        inserted, or whose checkpoint was replaced."""
        notes = self.tables.checkpoints()
        frontier: list[tuple[int, bytes]] = []
        leaves: list[bytes] = []
        expected = 0
        for idx, data, leaf in self.tables.entries_and_leaves():
            if idx != expected:
                raise LedgerIntegrityError(expected, "the entry is missing")
            try:
                entry_bytes = self._open(idx, data)
                entry = parse_entry(entry_bytes)
            except (ValueError, IntegrityError) as exc:
                raise LedgerIntegrityError(idx, "the entry is not a well-formed entry") from exc
            if entry["seq"] != idx:
                raise LedgerIntegrityError(
                    idx, f"it carries sequence number {entry['seq']}: entries were moved"
                )
            computed = merkle.leaf_hash(entry_bytes)
            if not isinstance(leaf, bytes) or not hmac.compare_digest(computed, leaf):
                raise LedgerIntegrityError(idx, "its content does not match its stored hash")
            frontier = merkle.frontier_append(frontier, computed)
            self._check_checkpoint(idx, notes.pop(idx + 1, None), merkle.frontier_root(frontier))
            leaves.append(computed)
            expected += 1
        if notes:
            extra = max(notes)
            if extra > expected:
                raise LedgerIntegrityError(
                    expected,
                    f"a signed checkpoint covers {extra} entries, but only "
                    f"{expected} remain: entries were removed",
                )
            raise LedgerIntegrityError(0, f"there is a checkpoint for an impossible size {extra}")
        if self.guard is not None:
            size, root = self.guard.read_mark()
            problem = _mark_problem(size, root, expected, leaves)
            if problem:
                raise LedgerIntegrityError(min(size, expected), problem)
        return VerifyReport(
            size=expected,
            root=merkle.frontier_root(frontier),
            checkpoint=self.checkpoint() if expected else "",
            origin=self.origin,
            key_fingerprint=key_fingerprint(self.public_key_raw),
        )

    def _check_checkpoint(self, idx: int, note: str | None, root: bytes) -> None:
        """The checkpoint stored after entry idx: present, signed by us, and over this tree."""
        if note is None:
            raise LedgerIntegrityError(idx, "the signed checkpoint that follows it is missing")
        try:
            text = open_note(note, self.key_name, self.public_key_raw)
            origin, size, signed_root = parse_checkpoint(text)
        except IntegrityError as exc:
            raise LedgerIntegrityError(
                idx, "the checkpoint that follows it is not signed by this vault: it was replaced"
            ) from exc
        if origin != self.origin or size != idx + 1:
            raise LedgerIntegrityError(idx, "the checkpoint that follows it is for another log")
        if not hmac.compare_digest(signed_root, root):
            raise LedgerIntegrityError(idx, "it was changed after it was signed")

    # -- cache -------------------------------------------------------------------------------

    def _sync(self) -> None:
        """Keep the in-memory leaf hashes equal to the stored log. The cheap check (last index
        and leaf) catches a rolled-back append or another writer; a reload then recomputes the
        leaves from the entries and checks them against the latest signed checkpoint, so the
        log is never extended on top of a tampered tip."""
        row = self.tables.last_leaf()
        if self._loaded:
            if row is None and not self._leaves:
                return
            if (
                row is not None
                and row[0] == len(self._leaves) - 1
                and isinstance(row[1], bytes)
                and hmac.compare_digest(row[1], self._leaves[-1])
            ):
                return
        self._reload()

    def _reload(self) -> None:
        leaves: list[bytes] = []
        frontier: list[tuple[int, bytes]] = []
        for idx, data in self.tables.entries():
            if idx != len(leaves):
                self.verify_all()
                raise IntegrityError("the ledger has a gap; run localnotes verify")
            leaf = merkle.leaf_hash(self._open(idx, data))
            leaves.append(leaf)
            frontier = merkle.frontier_append(frontier, leaf)
        if leaves:
            try:
                text = open_note(self.checkpoint(), self.key_name, self.public_key_raw)
                origin, size, signed = parse_checkpoint(text)
            except IntegrityError:
                origin, size, signed = "", -1, b""
            root = merkle.frontier_root(frontier)
            if (origin, size) != (self.origin, len(leaves)) or signed != root:
                self.verify_all()
                raise IntegrityError(
                    "the ledger does not match its latest signed checkpoint; run localnotes verify"
                )
        self._leaves, self._frontier, self._loaded = leaves, frontier, True


def _mark_problem(size: int, root: bytes, have: int, leaves: list[bytes]) -> str | None:
    """Why a log of `have` entries does not reach its high-water mark, or None."""
    if size > have:
        return (
            f"the log ends after {have} entries but its sealed high-water mark records {size}: "
            "entries were cut from its end"
        )
    if not hmac.compare_digest(merkle.root(leaves[:size]), root):
        return "the log does not match its sealed high-water mark: it was rewritten"
    return None
