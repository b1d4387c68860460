"""What the ledger and receipt tests share: an origin, two patients (as keyed hashes), a clinic's
details, a consent entry, and a clock that ticks on each call."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from localnotes.ledger import events as ev
from localnotes.ledger.log import Ledger

ORIGIN = "localnotes.test/vault/0001"
PATIENT = hashlib.sha256(b"patient A").hexdigest()
OTHER = hashlib.sha256(b"patient B").hexdigest()
DETAILS = {"controller": "Riverside Counselling", "jurisdiction": "GB", "contact": "reception"}
GRANT: dict[str, Any] = {
    "event": ev.CONSENT_GRANTED,
    "patient": PATIENT,
    "consent_id": "c1",
    "scopes": ["audio", "transcript"],
    "retention": {"audio": 0, "transcript": 30 * 86400, "redacted": 365 * 86400},
    "method": "written",
    "witnessed": True,
    "notice_sha256": hashlib.sha256(b"notice").hexdigest(),
}


def ticking_clock(
    start: datetime = datetime(2026, 11, 27, 14, 2, 0, tzinfo=UTC), step_s: int = 61
) -> Callable[[], datetime]:
    """A clock that moves `step_s` seconds on at every reading, from `start`."""
    t = [start]

    def now() -> datetime:
        t[0] += timedelta(seconds=step_s)
        return t[0]

    return now


def conn_of(ledger: Ledger) -> sqlite3.Connection:
    """The connection under a test's bare ledger, to commit or to alter what is stored (the log
    itself never sees it: store/ledger_tables.py does)."""
    return ledger.tables._conn
