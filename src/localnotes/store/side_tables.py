"""The vault's small tables that carry no row seal of their own, and the SQL that reads and writes
them: how long a consent keeps note drafts, a patient's known identifiers (sealed under the
patient's key), and the retry count of a deletion whose blobs are not all gone yet. A write runs
inside the caller's transaction."""

from __future__ import annotations

from localnotes.store.core import VaultCore


def note_retention(vault: VaultCore, consent_id: str) -> int | None:
    """Seconds the consent keeps note drafts; None: as long as the redacted transcript."""
    row = vault._conn.execute(
        "SELECT retain_note FROM note_retention WHERE consent_id=?", (consent_id,)
    ).fetchone()
    return None if row is None else int(row[0])


def set_note_retention(vault: VaultCore, consent_id: str, seconds: int) -> None:
    vault._conn.execute(
        "INSERT INTO note_retention (consent_id, retain_note) VALUES (?, ?)", (consent_id, seconds)
    )


def known_sealed(vault: VaultCore, patient_hash: str) -> bytes | None:
    """The patient's known identifiers as stored (sealed), or None."""
    row = vault._conn.execute(
        "SELECT sealed FROM known_identifiers WHERE patient_hash=?", (patient_hash,)
    ).fetchone()
    return None if row is None else bytes(row[0])


def put_known_sealed(vault: VaultCore, patient_hash: str, sealed: bytes) -> None:
    vault._conn.execute(
        "INSERT OR REPLACE INTO known_identifiers VALUES (?, ?)", (patient_hash, sealed)
    )


def deletion_attempts(vault: VaultCore, deletion_id: str) -> int | None:
    """How many times the deletion's blobs were tried (the most of any of them)."""
    row = vault._conn.execute(
        "SELECT max(attempts) FROM pending_deletions WHERE deletion_id=?", (deletion_id,)
    ).fetchone()
    return None if row is None or row[0] is None else int(row[0])


def drop_pending(vault: VaultCore, deletion_id: str) -> None:
    """The deletion is complete and logged: its queue rows go."""
    vault._conn.execute("DELETE FROM pending_deletions WHERE deletion_id=?", (deletion_id,))
