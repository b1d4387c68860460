"""The ledger over a real SQLite file: appends, transactions, and tamper detection."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from localnotes.crypto.signing import Signer
from localnotes.errors import IntegrityError
from localnotes.ledger import events as ev
from localnotes.ledger import merkle
from localnotes.ledger.log import SCHEMA, Ledger, LedgerIntegrityError, canonical_json
from localnotes.ledger.note import format_checkpoint, open_note, parse_checkpoint, sign_note
from localnotes.store.ledger_tables import LedgerTables
from tests.ledger_fixtures import ORIGIN, OTHER, PATIENT, conn_of, ticking_clock


@pytest.fixture
def db(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(tmp_path / "vault.db")
    conn.executescript(SCHEMA)
    yield conn
    conn.close()


@pytest.fixture
def signer() -> Signer:
    return Signer.generate()


@pytest.fixture
def ledger(db: sqlite3.Connection, signer: Signer) -> Ledger:
    return Ledger(LedgerTables(db), signer, ORIGIN, clock=ticking_clock())


def grant(patient: str = PATIENT) -> dict[str, object]:
    return {
        "event": ev.CONSENT_GRANTED,
        "patient": patient,
        "consent_id": "c1",
        "scopes": ["audio", "transcript"],
        "retention": {"audio": 0, "transcript": 30 * 86400, "redacted": 365 * 86400},
        "method": "verbal",
    }


def fill(ledger: Ledger, n: int) -> None:
    for i in range(n):
        ledger.append(grant(PATIENT if i % 2 else OTHER))
    conn_of(ledger).commit()


def test_append_stores_canonical_json_with_version_seq_and_time(ledger: Ledger) -> None:
    ref = ledger.append(grant())
    assert ref.index == 0
    entry = json.loads(ref.entry_bytes)
    assert entry["v"] == 1 and entry["seq"] == 0 and entry["time"] == "2026-11-27T14:03:01Z"
    assert ref.entry_bytes == canonical_json(entry)
    assert ref.entry_bytes == ledger.entry_bytes(0)
    assert ledger.append(grant()).index == 1


def test_each_append_signs_a_checkpoint_over_the_new_tree(ledger: Ledger, signer: Signer) -> None:
    leaves = []
    for _ in range(5):
        ref = ledger.append(grant())
        leaves.append(merkle.leaf_hash(ref.entry_bytes))
        text = open_note(ledger.checkpoint(), ORIGIN, signer.public_key_raw())
        assert parse_checkpoint(text) == (ORIGIN, len(leaves), merkle.root(leaves))
    assert ledger.root() == merkle.root(leaves)


def test_append_does_not_commit(tmp_path: Path, ledger: Ledger) -> None:
    ledger.append(grant())
    other = sqlite3.connect(tmp_path / "vault.db")
    assert other.execute("SELECT count(*) FROM ledger").fetchone() == (0,)
    conn_of(ledger).commit()
    assert other.execute("SELECT count(*) FROM ledger").fetchone() == (1,)
    other.close()


def test_a_rolled_back_append_leaves_no_trace(ledger: Ledger) -> None:
    ledger.append(grant())
    conn_of(ledger).commit()
    conn_of(ledger).execute("BEGIN IMMEDIATE")
    ledger.append(grant())
    conn_of(ledger).rollback()
    ref = ledger.append(grant(OTHER))
    conn_of(ledger).commit()
    assert ref.index == 1
    assert ledger.verify_all().size == 2


def test_append_refuses_to_run_outside_a_transaction_in_autocommit(
    tmp_path: Path, signer: Signer
) -> None:
    conn = sqlite3.connect(tmp_path / "auto.db", isolation_level=None)
    conn.executescript(SCHEMA)
    with pytest.raises(ValueError, match="transaction"):
        Ledger(LedgerTables(conn), signer, ORIGIN).append(grant())
    conn.execute("BEGIN IMMEDIATE")
    Ledger(LedgerTables(conn), signer, ORIGIN).append(grant())
    conn.execute("COMMIT")
    conn.close()


def test_two_ledger_objects_on_one_database_stay_in_step(
    db: sqlite3.Connection, signer: Signer
) -> None:
    a, b = Ledger(LedgerTables(db), signer, ORIGIN), Ledger(LedgerTables(db), signer, ORIGIN)
    a.append(grant())
    b.append(grant())
    a.append(grant())
    assert a.verify_all().size == 3 and b.size() == 3 and a.root() == b.root()


@pytest.mark.parametrize(
    "event",
    [
        {"event": "made_up"},
        {"event": ev.CONSENT_GRANTED, "patient": "Jane Doe"},
        {"event": ev.CONSENT_GRANTED, "patient": PATIENT, "name": "Jane Doe"},
        {"event": ev.CONSENT_GRANTED, "patient": PATIENT, "seq": 7},
        {"event": ev.DELETED, "patient": PATIENT, "reason": "she said so"},
        {"event": ev.DELETED, "patient": PATIENT, "artifacts": [{"kind": "audio", "text": "x"}]},
        {"event": ev.EXPORTED, "patient": PATIENT, "format": "Jane Doe's notes"},
    ],
)
def test_append_refuses_unknown_events_fields_and_free_text(
    ledger: Ledger, event: dict[str, object]
) -> None:
    with pytest.raises(ValueError):
        ledger.append(event)
    assert ledger.size() == 0


def test_entries_filter_by_patient_hash(ledger: Ledger) -> None:
    fill(ledger, 6)
    mine = ledger.entries(PATIENT)
    assert [e["seq"] for e in mine] == [1, 3, 5]
    assert len(ledger.entries()) == 6


def test_verify_all_passes_on_an_honest_log_of_many_entries(ledger: Ledger) -> None:
    fill(ledger, 300)
    report = ledger.verify_all()
    assert report.size == 300 and report.root == ledger.root() and report.origin == ORIGIN


def test_verify_all_on_an_empty_log(ledger: Ledger) -> None:
    report = ledger.verify_all()
    assert report.size == 0 and report.root == merkle.EMPTY_ROOT


def test_prove_consistency_links_every_earlier_size(ledger: Ledger) -> None:
    roots = []
    for _ in range(20):
        ledger.append(grant())
        roots.append(ledger.root())
    for m in range(1, 21):
        proof = ledger.prove_consistency(m)
        assert merkle.verify_consistency(m, 20, roots[m - 1], roots[-1], proof)
    with pytest.raises(IntegrityError):
        ledger.prove_consistency(21)


# --- tampering: each case names the first bad entry, with exit code 5 -----------------------


def _expect_bad(ledger: Ledger, index: int) -> None:
    with pytest.raises(LedgerIntegrityError) as info:
        Ledger(ledger.tables, ledger.signer, ORIGIN).verify_all()
    assert info.value.index == index
    assert info.value.exit_code == 5
    assert f"entry {index}" in str(info.value)


def _set_entry(conn: sqlite3.Connection, idx: int, entry: bytes, leaf: bool) -> None:
    if leaf:
        conn.execute(
            "UPDATE ledger SET entry = ?, leaf = ? WHERE idx = ?",
            (entry, merkle.leaf_hash(entry), idx),
        )
    else:
        conn.execute("UPDATE ledger SET entry = ? WHERE idx = ?", (entry, idx))


@pytest.mark.parametrize("fix_leaf", [False, True])
def test_an_edited_entry_is_named(ledger: Ledger, fix_leaf: bool) -> None:
    fill(ledger, 10)
    entry = json.loads(ledger.entry_bytes(4))
    entry["retention"]["transcript"] = 10 * 365 * 86400
    _set_entry(conn_of(ledger), 4, canonical_json(entry), fix_leaf)
    _expect_bad(ledger, 4)


def test_a_non_canonical_rewrite_of_the_same_entry_is_named(ledger: Ledger) -> None:
    fill(ledger, 5)
    pretty = json.dumps(json.loads(ledger.entry_bytes(2)), indent=1).encode()
    _set_entry(conn_of(ledger), 2, pretty, True)
    _expect_bad(ledger, 2)


def test_a_deleted_entry_is_named(ledger: Ledger) -> None:
    fill(ledger, 10)
    conn_of(ledger).execute("DELETE FROM ledger WHERE idx = 6")
    _expect_bad(ledger, 6)


def test_a_deleted_and_renumbered_entry_is_named(ledger: Ledger) -> None:
    fill(ledger, 10)
    conn_of(ledger).execute("DELETE FROM ledger WHERE idx = 6")
    conn_of(ledger).execute("UPDATE ledger SET idx = idx - 1 WHERE idx > 6")
    _expect_bad(ledger, 6)


def test_deleting_the_newest_entries_is_detected(ledger: Ledger) -> None:
    fill(ledger, 10)
    conn_of(ledger).execute("DELETE FROM ledger WHERE idx >= 8")
    _expect_bad(ledger, 8)


def test_swapped_entries_are_named(ledger: Ledger) -> None:
    fill(ledger, 10)
    a, b = ledger.entry_bytes(3), ledger.entry_bytes(7)
    _set_entry(conn_of(ledger), 3, b, True)
    _set_entry(conn_of(ledger), 7, a, True)
    _expect_bad(ledger, 3)


def test_swapped_entries_with_rewritten_seq_are_named(ledger: Ledger) -> None:
    fill(ledger, 10)
    a, b = json.loads(ledger.entry_bytes(3)), json.loads(ledger.entry_bytes(7))
    a["seq"], b["seq"] = 7, 3
    _set_entry(conn_of(ledger), 3, canonical_json(b), True)
    _set_entry(conn_of(ledger), 7, canonical_json(a), True)
    _expect_bad(ledger, 3)


def test_an_inserted_entry_is_named(ledger: Ledger) -> None:
    fill(ledger, 10)
    conn_of(ledger).execute("UPDATE ledger SET idx = idx + 1000 WHERE idx >= 5")
    conn_of(ledger).execute("UPDATE ledger SET idx = idx - 999 WHERE idx >= 1000")
    forged = json.loads(ledger.entry_bytes(4))
    forged["seq"] = 5
    entry = canonical_json(forged)
    conn_of(ledger).execute("INSERT INTO ledger VALUES (5, ?, ?)", (entry, merkle.leaf_hash(entry)))
    _expect_bad(ledger, 5)


def test_an_entry_appended_without_the_vault_key_is_named(ledger: Ledger) -> None:
    fill(ledger, 10)
    forged = json.loads(ledger.entry_bytes(9))
    forged["seq"] = 10
    entry = canonical_json(forged)
    conn_of(ledger).execute(
        "INSERT INTO ledger VALUES (10, ?, ?)", (entry, merkle.leaf_hash(entry))
    )
    _expect_bad(ledger, 10)


def test_a_checkpoint_signed_by_another_key_is_named(ledger: Ledger) -> None:
    fill(ledger, 10)
    leaves = [merkle.leaf_hash(ledger.entry_bytes(i)) for i in range(10)]
    body = format_checkpoint(ORIGIN, 6, merkle.root(leaves[:6]))
    conn_of(ledger).execute(
        "UPDATE checkpoints SET note = ? WHERE size = 6",
        (sign_note(body, ORIGIN, Signer.generate()),),
    )
    _expect_bad(ledger, 5)


def test_a_checkpoint_replaced_by_another_of_ours_is_named(ledger: Ledger) -> None:
    fill(ledger, 10)
    note7 = conn_of(ledger).execute("SELECT note FROM checkpoints WHERE size = 7").fetchone()[0]
    conn_of(ledger).execute("UPDATE checkpoints SET note = ? WHERE size = 4", (note7,))
    _expect_bad(ledger, 3)


def test_a_missing_checkpoint_is_named(ledger: Ledger) -> None:
    fill(ledger, 10)
    conn_of(ledger).execute("DELETE FROM checkpoints WHERE size = 9")
    _expect_bad(ledger, 8)


def test_a_rewritten_history_resigned_by_the_vault_key_is_named(ledger: Ledger) -> None:
    # Someone with the key rewrites entry 2 and re-signs only the newest checkpoint.
    fill(ledger, 10)
    entry = json.loads(ledger.entry_bytes(2))
    entry["method"] = "written"
    _set_entry(conn_of(ledger), 2, canonical_json(entry), True)
    leaves = [merkle.leaf_hash(ledger.entry_bytes(i)) for i in range(10)]
    body = format_checkpoint(ORIGIN, 10, merkle.root(leaves))
    conn_of(ledger).execute(
        "UPDATE checkpoints SET note = ? WHERE size = 10", (sign_note(body, ORIGIN, ledger.signer),)
    )
    _expect_bad(ledger, 2)


def test_append_refuses_to_extend_a_tampered_tip(db: sqlite3.Connection, signer: Signer) -> None:
    first = Ledger(LedgerTables(db), signer, ORIGIN)
    fill(first, 5)
    entry = json.loads(first.entry_bytes(4))
    entry["method"] = "written"
    _set_entry(db, 4, canonical_json(entry), True)
    with pytest.raises(IntegrityError, match="entry 4"):
        Ledger(LedgerTables(db), signer, ORIGIN).append(grant())
