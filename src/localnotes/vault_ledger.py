"""The vault's own ledger: its tables live in vault.db and its checkpoints are signed with the
vault's key under the origin `localnotes.local/<vault id>`."""

from __future__ import annotations

from localnotes.ledger.log import SCHEMA, Ledger
from localnotes.store.vault import Vault


def origin_of(vault: Vault) -> str:
    return f"localnotes.local/{vault.vault_id}"


def ledger_of(vault: Vault) -> Ledger:
    """The vault's ledger, its entries sealed at rest; raises IntegrityError if the log is shorter
    than its sealed high-water mark (cut at its end) or does not match it."""
    vault.conn.executescript(SCHEMA)
    ledger = Ledger(vault.conn, vault.signer, origin_of(vault), guard=vault.ledger_guard())
    ledger.check_mark()
    return ledger
