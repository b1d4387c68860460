"""The vault's own ledger: its tables live in vault.db and its checkpoints are signed with the
vault's key under the origin `localnotes.local/<vault id>`."""

from __future__ import annotations

from localnotes.ledger.log import SCHEMA, Ledger
from localnotes.store.vault import Vault


def origin_of(vault: Vault) -> str:
    return f"localnotes.local/{vault.vault_id}"


def ledger_of(vault: Vault) -> Ledger:
    vault.conn.executescript(SCHEMA)
    return Ledger(vault.conn, vault.signer, origin_of(vault))
