"""Authenticated rows: the rows that decide access cannot be edited, swapped or replayed quietly.

Every row of `consents`, `sessions`, `artifacts` and `pending_deletions` carries a `seal`:
AES-256-GCM under the vault subkey "rows" (HKDF label, so no other key or purpose shares it) over
canonical JSON of the row's deciding columns, with the table and the row id as associated data. A
seal copied onto another row, or a column edited or swapped with another row's, no longer matches.

The clear columns stay so that SQL can find rows, but the ones that would draw a patient's
calendar (exact times, sizes, the pid of the process) hold only placeholders (0 or NULL): their
true values live in the seal. Reading a row opens its seal and compares every clear column with
what was sealed; a difference is an IntegrityError naming the table, the row and the columns.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Mapping
from typing import Any

from localnotes.crypto import keys as K
from localnotes.errors import IntegrityError

# The sealed columns of each table, besides the row id (which is the associated data).
COLUMNS: dict[str, tuple[str, ...]] = {
    "consents": (
        "patient_hash",
        "scopes",
        "retain_audio",
        "retain_transcript",
        "retain_redacted",
        "method",
        "notice_sha256",
        "granted_at",
        "expires_at",
        "withdrawn_at",
        "ledger_index",
    ),
    "sessions": ("patient_hash", "consent_id", "created_at", "state", "source", "pid", "meta"),
    "artifacts": (
        "session_id",
        "kind",
        "state",
        "created_at",
        "expires_at",
        "size",
        "chunk_size",
        "truncated",
        "meta",
    ),
    "pending_deletions": (
        "deletion_id",
        "session_id",
        "patient_hash",
        "kind",
        "size",
        "created_at",
        "reason",
        "requested_at",
    ),
}

_ZERO: Callable[[Any], Any] = lambda v: 0  # noqa: E731 - a NOT NULL column's placeholder
_NULL: Callable[[Any], Any] = lambda v: None  # noqa: E731
_FLAG: Callable[[Any], Any] = lambda v: None if v is None else 0  # noqa: E731 - set or not

# What a hidden column holds in clear, from its true value.
HIDDEN: dict[str, dict[str, Callable[[Any], Any]]] = {
    "consents": {"granted_at": _ZERO, "expires_at": _FLAG, "withdrawn_at": _FLAG},
    "sessions": {"created_at": _ZERO, "pid": _NULL},
    "artifacts": {"created_at": _ZERO, "expires_at": _FLAG, "size": _ZERO},
    "pending_deletions": {"size": _ZERO, "created_at": _ZERO, "requested_at": _ZERO},
}

_WHAT = {
    "consents": "consent",
    "sessions": "session",
    "artifacts": "artifact",
    "pending_deletions": "queued deletion",
}


# The column that names a row (the associated data of its seal).
ID = {"pending_deletions": "artifact_id"}


def _id(table: str) -> str:
    return ID.get(table, "id")


def _context(table: str, row_id: str) -> bytes:
    return f"row|{table}|{row_id}".encode()


def seal(key: bytes, table: str, row_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """The row to store: clear columns (placeholders where hidden), the id and the seal."""
    cols = COLUMNS[table]
    true = {c: values[c] for c in cols}
    body = json.dumps(true, sort_keys=True, separators=(",", ":")).encode()
    hidden = HIDDEN[table]
    clear = {c: hidden[c](v) if c in hidden else v for c, v in true.items()}
    return {_id(table): row_id, **clear, "seal": K.wrap(key, body, _context(table, row_id))}


def check(key: bytes, table: str, row: Mapping[str, Any]) -> dict[str, Any]:
    """The row's true values, after checking its seal and every clear column against it."""
    row_id = str(row[_id(table)])
    what = f"{_WHAT[table]} {row_id}"
    sealed = row.get("seal")
    if not isinstance(sealed, bytes):
        raise IntegrityError(f"the {what} has lost its seal: the vault was altered")
    try:
        true = json.loads(K.unwrap(key, sealed, _context(table, row_id)))
    except IntegrityError:
        raise IntegrityError(
            f"the seal of {what} does not open: the row was altered or swapped"
        ) from None
    hidden = HIDDEN[table]
    altered = [
        c
        for c in COLUMNS[table]
        if (hidden[c](true.get(c)) if c in hidden else true.get(c)) != row.get(c)
    ]
    if altered:
        raise IntegrityError(
            f"the {what} was altered outside localnotes ({', '.join(altered)}): "
            "nothing was done; run localnotes verify"
        )
    return {**row, **{c: true.get(c) for c in COLUMNS[table]}}


def insert(
    conn: sqlite3.Connection,
    key: bytes,
    table: str,
    row_id: str,
    values: Mapping[str, Any],
    extra: Mapping[str, Any] | None = None,
    verb: str = "INSERT",
) -> None:
    """Store a sealed row; `extra` holds columns outside the seal (sealed on their own)."""
    row = {**seal(key, table, row_id, values), **(extra or {})}
    cols = ", ".join(row)
    conn.execute(
        f"{verb} INTO {table} ({cols}) VALUES ({','.join('?' * len(row))})", tuple(row.values())
    )


def select(
    conn: sqlite3.Connection, key: bytes, table: str, where: str = "", args: tuple[Any, ...] = ()
) -> list[dict[str, Any]]:
    """Checked rows in insertion order. `where` is SQL written by this package, never by a user."""
    sql = f"SELECT * FROM {table}" + (f" WHERE {where}" if where else "") + " ORDER BY rowid"
    cur = conn.execute(sql, args)
    names = [d[0] for d in cur.description]
    return [check(key, table, dict(zip(names, r, strict=True))) for r in cur.fetchall()]


def update(
    conn: sqlite3.Connection, key: bytes, table: str, row_id: str, changes: Mapping[str, Any]
) -> dict[str, Any] | None:
    """Change some columns of a checked row and seal it again; None if there is no such row."""
    rows = select(conn, key, table, f"{_id(table)} = ?", (row_id,))
    if not rows:
        return None
    values = {**{c: rows[0][c] for c in COLUMNS[table]}, **changes}
    row = seal(key, table, row_id, values)
    idc = _id(table)
    sets = ", ".join(f"{c} = ?" for c in row if c != idc)
    conn.execute(
        f"UPDATE {table} SET {sets} WHERE {idc} = ?",
        (*[v for c, v in row.items() if c != idc], row_id),
    )
    return values
