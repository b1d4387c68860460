"""Receipts come from outside: a value of the wrong type anywhere is a malformed receipt (exit 5,
one line), never a crash. Hypothesis replaces one value at any depth with one of another type."""

from __future__ import annotations

import contextlib
import copy
import json
import sqlite3
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from localnotes.crypto.signing import Signer
from localnotes.errors import IntegrityError
from localnotes.ledger.log import SCHEMA, Ledger
from localnotes.ledger.receipts import (
    describe_for,
    make_receipt,
    verify_receipt_against,
    verify_receipt_offline,
)
from localnotes.store.ledger_tables import LedgerTables
from tests.conftest import Cli, grant
from tests.ledger_fixtures import DETAILS, GRANT, ORIGIN, ticking_clock

SIGNER = Signer.generate()
_CONN = sqlite3.connect(":memory:", check_same_thread=False)
_CONN.executescript(SCHEMA)
LEDGER = Ledger(LedgerTables(_CONN), SIGNER, ORIGIN, clock=ticking_clock())
RECEIPT: dict[str, Any] = json.loads(
    json.dumps(make_receipt(LEDGER, LEDGER.append(GRANT).index, "consent", DETAILS))
)
_CONN.commit()

ODD = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True),
    st.text(max_size=20),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)


def paths(obj: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix] if prefix else []
    if isinstance(obj, dict):
        for k, v in obj.items():
            out += paths(v, (*prefix, k))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            out += paths(v, (*prefix, i))
    return out


PATHS = paths(RECEIPT)


def replaced(path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    r = copy.deepcopy(RECEIPT)
    node: Any = r
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value
    return r


def test_the_untouched_receipt_verifies() -> None:
    verify_receipt_offline(RECEIPT, SIGNER.public_key_raw())
    verify_receipt_against(LEDGER, RECEIPT)
    assert len(PATHS) > 20


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.sampled_from(PATHS), ODD)
def test_any_value_of_another_type_is_a_malformed_receipt(
    path: tuple[Any, ...], value: Any
) -> None:
    receipt = replaced(path, value)
    for check in (
        lambda: verify_receipt_offline(receipt, SIGNER.public_key_raw()),
        lambda: verify_receipt_against(LEDGER, receipt),
        lambda: describe_for(receipt),
    ):
        with contextlib.suppress(IntegrityError):
            check()


def test_an_integer_in_the_inclusion_proof_is_exit_5_in_one_line(
    initialized: Cli, tmp_path: Path
) -> None:
    path = tmp_path / "r.json"
    grant(initialized, "P-1", "--receipt-out", str(path))
    receipt = json.loads(path.read_text())
    receipt["inclusion_proof"] = [7]
    path.write_text(json.dumps(receipt))
    r = initialized("verify", str(path))
    assert r.returncode == 5
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr
