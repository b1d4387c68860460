"""What `doctor` asks the store without unlocking it: the key derivation a vault was made with, and
whether the vault's own connections overwrite what they delete."""

from __future__ import annotations

from pathlib import Path

from localnotes.store.connection import DB_NAME, connect
from localnotes.store.vault import Vault


def header_kdf(data_dir: Path) -> dict[str, int] | None:
    """The vault's Argon2id parameters from its header (read-only, unlocked by nothing); None when
    there is no vault. IntegrityError when vault.db is not a readable vault."""
    if not (data_dir / DB_NAME).exists():
        return None
    head = Vault.read_header(data_dir)
    return {
        "memory_kib": int(head["kdf_memory_kib"]),
        "iterations": int(head["kdf_iterations"]),
        "lanes": int(head["kdf_lanes"]),
    }


def secure_delete_is_on() -> bool:
    """Asked of a connection made by the vault's own `connect()`, in memory (no vault touched)."""
    conn = connect(Path(":memory:"))
    try:
        return bool(conn.execute("PRAGMA secure_delete").fetchone()[0] == 1)
    finally:
        conn.close()
