"""The ledger's entry format: canonical JSON (sorted keys, no spaces, UTF-8) with a version, a
sequence number and a UTC time to the second. The same bytes are stored, hashed and signed."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from localnotes.errors import IntegrityError
from localnotes.types import UTC_FORMAT, format_utc

ENTRY_VERSION = 1
_TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


def canonical_json(obj: Mapping[str, Any]) -> bytes:
    """The one byte string an entry is stored, hashed and signed as."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def format_time(when: datetime) -> str:
    """ISO-8601 in UTC to the second, like 2026-11-27T14:02:05Z (`types.format_utc`)."""
    return format_utc(when.timestamp())


def parse_time(text: str) -> datetime:
    """The inverse of format_time."""
    return datetime.strptime(text, UTC_FORMAT).replace(tzinfo=UTC)


def stored_bytes(value: object) -> bytes:
    """A stored BLOB as bytes; a row rewritten with another type is tampering, not a crash."""
    if isinstance(value, bytes):
        return value
    if isinstance(value, str):
        return value.encode("utf-8")
    raise IntegrityError("the ledger holds a value of the wrong type: run localnotes verify")


def parse_entry(entry_bytes: bytes) -> dict[str, Any]:
    """A stored entry as a dict; ValueError if it is not canonical JSON of an entry."""
    obj = json.loads(entry_bytes.decode("utf-8"))
    if not isinstance(obj, dict) or canonical_json(obj) != entry_bytes:
        raise ValueError("not canonical JSON")
    if obj.get("v") != ENTRY_VERSION or not isinstance(obj.get("event"), str):
        raise ValueError("not a ledger entry")
    if not isinstance(obj.get("seq"), int) or not _TIME.match(str(obj.get("time"))):
        raise ValueError("not a ledger entry")
    return obj
