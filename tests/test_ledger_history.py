"""The patient's history in plain words, and the event vocabulary that keeps it free of names."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from localnotes.crypto.signing import Signer
from localnotes.ledger import events as ev
from localnotes.ledger.history import render_history_html, render_history_text
from localnotes.ledger.log import SCHEMA, Ledger, canonical_json, parse_entry
from localnotes.ledger.receipts import make_receipt
from localnotes.ledger.wording import plain_duration, plain_length, plain_size
from localnotes.store.ledger_tables import LedgerTables

PATIENT = hashlib.sha256(b"p").hexdigest()


def history_ledger() -> Ledger:
    conn = sqlite3.connect(":memory:")
    conn.executescript(SCHEMA)
    t = [datetime(2026, 11, 27, 14, 2, tzinfo=UTC)]

    def clock() -> datetime:
        now = t[0]
        t[0] += timedelta(minutes=1)
        return now

    led = Ledger(LedgerTables(conn), Signer.generate(), "localnotes.test/h", clock=clock)
    s: dict[str, Any] = {"patient": PATIENT, "session_id": "a1b2c3d4e5f6", "consent_id": "c1"}
    events: list[dict[str, Any]] = [
        {"event": ev.CONSENT_GRANTED, "patient": PATIENT, "consent_id": "c1",
         "scopes": ["audio", "transcript"], "method": "verbal",
         "retention": {"audio": 0, "transcript": 30 * 86400, "redacted": 2 * 365 * 86400}},
        {**s, "event": ev.RECORDING_STARTED, "source": "microphone"},
        {**s, "event": ev.RECORDING_STOPPED, "duration_s": 3125.4, "reason": ev.REASON_STOPPED},
        {**s, "event": ev.TRANSCRIPT_CREATED, "model": "base.en"},
        {**s, "event": ev.TRANSCRIPT_VIEWED_UNREDACTED},
        {**s, "event": ev.EXPORTED, "format": "md"},
        {**s, "event": ev.DELETED, "reason": ev.REASON_RETENTION,
         "artifacts": [{"kind": "audio", "size": 5_000_000, "created": "2026-11-27T14:03:00Z"}]},
        {**s, "event": ev.DELETION_FAILED, "reason": ev.REASON_RETENTION, "error": "disk",
         "artifacts": [{"kind": "transcript", "size": 10}]},
        {**s, "event": ev.RECORDING_INTERRUPTED, "reason": ev.REASON_CRASH},
        {"event": ev.CONSENT_WITHDRAWN, "patient": PATIENT, "consent_id": "c1"},
        {"event": ev.RETENTION_RUN, "checked": 3, "deleted_count": 1, "failed_count": 0},
    ]  # fmt: skip
    for event in events:
        led.append(event)
    return led


def test_history_reads_as_plain_sentences() -> None:
    led = history_ledger()
    text = render_history_text(led.entries(PATIENT), UTC)
    assert (
        "On 27 November 2026 at 14:02 you gave consent to record the session's audio (not kept: "
        "deleted as soon as it has been transcribed) and transcribe it into text (kept for "
        "30 days; the version with names and other identifying details removed is kept for "
        "2 years). You gave it out loud." in text
    )
    assert "On 27 November 2026 at 14:03 a recording of your session started" in text
    # 3125.4 s, rounded up to whole minutes when logged (durations are coarsened at rest)
    assert "the recording stopped after 53 minutes (session a1b2c3d4e5f6)" in text
    assert "the full transcript, including identifying details, was opened" in text
    assert (
        "a copy of the transcript, with identifying details removed, was exported as a "
        "formatted document" in text
    )
    assert (
        # 5,000,000 bytes, logged as the next power of two (sizes are coarsened at rest)
        "the audio recording (up to 8.4 MB, made 27 November 2026 at 14:03) was deleted because "
        "the time it was allowed to be kept had run out" in text
    )
    assert "did not finish" in text and "interrupted" in text and "you withdrew" in text
    assert "Times are shown in UTC." in text
    assert PATIENT not in text
    assert "clean-up" not in text  # not about this patient


def test_history_code_matches_the_receipt_code() -> None:
    led = history_ledger()
    receipt = make_receipt(led, 0, "consent", {})
    assert receipt["verification_code"] in render_history_text(led.entries(PATIENT), UTC)


def test_history_uses_the_time_zone_it_is_given() -> None:
    led = history_ledger()
    text = render_history_text(led.entries(PATIENT)[:1], timezone(timedelta(hours=-5), "EST"))
    assert "On 27 November 2026 at 09:02 you gave consent" in text
    assert "Times are shown in EST." in text


def test_retention_runs_read_plainly_in_the_whole_log() -> None:
    text = render_history_text(history_ledger().entries(), UTC)
    assert "the automatic clean-up ran and deleted 1 item whose time was up" in text


def test_empty_history() -> None:
    assert "Nothing has been recorded" in render_history_text([], UTC)
    assert "Nothing has been recorded" in render_history_html([], UTC)


def test_history_html_is_self_contained() -> None:
    page = render_history_html(history_ledger().entries(PATIENT), UTC)
    assert page.startswith("<!DOCTYPE html>")
    assert page.count("<li>") == 10
    for banned in ("http", "<script", "<link", "src=", "url(", "@import"):
        assert banned not in page.lower()


def test_every_event_has_documented_fields() -> None:
    names = {getattr(ev, n) for n in dir(ev) if n.isupper() and isinstance(getattr(ev, n), str)}
    assert set(ev.FIELDS) <= names
    assert len(ev.FIELDS) == 14
    for fields in ev.FIELDS.values():
        assert not fields & ev.RESERVED


@pytest.mark.parametrize("field", ["patient", "consent_id", "session_id", "model", "format"])
def test_names_cannot_pass_as_identifiers(field: str) -> None:
    event: dict[str, Any] = {"event": ev.EXPORTED, "patient": PATIENT, field: "Maria Lopez"}
    if field == "consent_id":
        event["event"] = ev.RECORDING_STARTED
    with pytest.raises(ValueError):
        ev.check_event(event)


@given(st.dictionaries(st.text(max_size=5), st.integers() | st.text(max_size=5), max_size=5))
def test_canonical_json_is_what_parse_entry_accepts(extra: dict[str, Any]) -> None:
    entry = {**extra, "v": 1, "seq": 3, "event": "x", "time": "2026-01-01T00:00:00Z"}
    data = canonical_json(entry)
    assert parse_entry(data) == entry
    assert canonical_json(parse_entry(data)) == data


@pytest.mark.parametrize(
    ("seconds", "words"),
    [(0, "0 days"), (86400, "1 day"), (30 * 86400, "30 days"), (14 * 86400, "2 weeks"),
     (365 * 86400, "1 year"), (7 * 365 * 86400, "7 years"), (12 * 3600, "12 hours")],
)  # fmt: skip
def test_plain_durations(seconds: int, words: str) -> None:
    assert plain_duration(seconds) == words


def test_plain_lengths_and_sizes() -> None:
    assert plain_length(40.2) == "40 seconds"
    assert plain_length(3900) == "1 hour 5 minutes"
    assert plain_length(7200) == "2 hours"
    assert plain_size(999) == "999 bytes"
    assert plain_size(1_500_000) == "1.5 MB"
