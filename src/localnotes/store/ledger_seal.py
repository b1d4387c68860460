"""The vault's side of the ledger: entry bodies sealed at rest, and the sealed high-water mark.

Entries are canonical JSON holding, per patient pseudonym, when consent was given, when each
session started and what it produced: a calendar. At rest each body is sealed with AES-256-GCM under
the vault subkey "ledger-entries", its index bound as associated data (an entry moved to another
index does not open). The leaf hashes and the signed checkpoints stay in clear: they commit to the
canonical entry, so receipts carry and verify the entry exactly as before.

The high-water mark is the log's size and root, sealed under the subkey "high-water" and rewritten
in the transaction of every append. A log shorter than its mark (rows and checkpoints cut from its
end) or with another root at that size fails at open and in `verify`. Its limit: a copy of the
whole vault file (or of the mark's row together with the rows it covers) taken earlier and put
back is a consistent older vault; only something kept outside the vault, such as the patient's
latest receipt (`verify RECEIPT` proves the log grew from it), shows such a rollback.
"""

from __future__ import annotations

import json
import sqlite3

from localnotes.crypto import keys as K
from localnotes.errors import IntegrityError

_MARK_CONTEXT = "high-water|{}"


def seal_entry(key: bytes, index: int, entry: bytes) -> bytes:
    return K.wrap(key, entry, f"ledger-entry|{index}".encode())


def write_mark(conn: sqlite3.Connection, key: bytes, vault_id: str, size: int, root: bytes) -> None:
    body = json.dumps({"size": size, "root": root.hex()}, sort_keys=True).encode()
    sealed = K.wrap(key, body, _MARK_CONTEXT.format(vault_id).encode())
    conn.execute("INSERT OR REPLACE INTO high_water (id, sealed) VALUES (1, ?)", (sealed,))


class VaultLedgerGuard:
    """Implements ledger.log.LedgerGuard over the vault's connection and subkeys."""

    def __init__(
        self, conn: sqlite3.Connection, entry_key: bytes, mark_key: bytes, vault_id: str
    ) -> None:
        self._conn = conn
        self._entry_key = entry_key
        self._mark_key = mark_key
        self._vault_id = vault_id

    def seal_entry(self, index: int, entry: bytes) -> bytes:
        return seal_entry(self._entry_key, index, entry)

    def open_entry(self, index: int, stored: bytes) -> bytes:
        try:
            return K.unwrap(self._entry_key, stored, f"ledger-entry|{index}".encode())
        except IntegrityError:
            raise IntegrityError(
                f"ledger entry {index} does not open: it was altered or moved"
            ) from None

    def write_mark(self, size: int, root: bytes) -> None:
        write_mark(self._conn, self._mark_key, self._vault_id, size, root)

    def read_mark(self) -> tuple[int, bytes]:
        row = self._conn.execute("SELECT sealed FROM high_water WHERE id = 1").fetchone()
        if row is None or not isinstance(row[0], bytes):
            raise IntegrityError(
                "the ledger's sealed high-water mark is missing: the vault was altered"
            )
        try:
            body = json.loads(
                K.unwrap(self._mark_key, row[0], _MARK_CONTEXT.format(self._vault_id).encode())
            )
            return int(body["size"]), bytes.fromhex(body["root"])
        except (IntegrityError, ValueError, KeyError, TypeError):
            raise IntegrityError(
                "the ledger's sealed high-water mark does not open: the vault was altered"
            ) from None
