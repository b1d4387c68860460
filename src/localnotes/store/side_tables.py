"""The vault's small tables that carry no row seal of their own, and the SQL that reads and writes
them: how long a consent keeps note drafts, a patient's known identifiers (sealed under the
patient's key), and the retry count of a deletion whose blobs are not all gone yet."""

from __future__ import annotations

import sqlite3


def note_retention(conn: sqlite3.Connection, consent_id: str) -> int | None:
    """Seconds the consent keeps note drafts; None: as long as the redacted transcript."""
    row = conn.execute(
        "SELECT retain_note FROM note_retention WHERE consent_id=?", (consent_id,)
    ).fetchone()
    return None if row is None else int(row[0])


def set_note_retention(conn: sqlite3.Connection, consent_id: str, seconds: int) -> None:
    conn.execute(
        "INSERT INTO note_retention (consent_id, retain_note) VALUES (?, ?)", (consent_id, seconds)
    )


def known_sealed(conn: sqlite3.Connection, patient_hash: str) -> bytes | None:
    """The patient's known identifiers as stored (sealed), or None."""
    row = conn.execute(
        "SELECT sealed FROM known_identifiers WHERE patient_hash=?", (patient_hash,)
    ).fetchone()
    return None if row is None else bytes(row[0])


def put_known_sealed(conn: sqlite3.Connection, patient_hash: str, sealed: bytes) -> None:
    conn.execute("INSERT OR REPLACE INTO known_identifiers VALUES (?, ?)", (patient_hash, sealed))


def deletion_attempts(conn: sqlite3.Connection, deletion_id: str) -> int | None:
    """How many times the deletion's blobs were tried (the most of any of them)."""
    row = conn.execute(
        "SELECT max(attempts) FROM pending_deletions WHERE deletion_id=?", (deletion_id,)
    ).fetchone()
    return None if row is None or row[0] is None else int(row[0])


def drop_pending(conn: sqlite3.Connection, deletion_id: str) -> None:
    """The deletion is complete and logged: its queue rows go."""
    conn.execute("DELETE FROM pending_deletions WHERE deletion_id=?", (deletion_id,))
