"""Batteries of plain telling (tests/data/risk_battery_41 and risk_battery_41b, issue 17's
forty-first pass), each written by a helper that read nothing of the project. The first was read
and tuned on; the second was written after the first's rules and is kept unread, as a measure of
how far they carry. Every statement is pinned as read as the risk of its kind, and every everyday
sentence as no risk, with and without speaker labels, save those listed (line numbers from 0),
so that one read right at last fails here until the list is brought up to date."""

from __future__ import annotations

from pathlib import Path

import pytest

from harness.turns import risk_found

_DATA = Path(__file__).parent / "data"
_HOW = "How have things been?"
#: still missed. In the first: oneself as "you" ("you're googling knots at three in the
#: morning"), and a beating told in Scots ("Ah gied the neighbour a right doin"). The second, not
#: tuned on: 56 of 100 when it was written (the first battery's rules had taken the first from 64
#: missed to 2)
_STILL_MISSED = {
    "risk_battery_41": {24, 59},
    "risk_battery_41b": {1, 2, 4, 6, 8, 9, 11, 13, 14, 15, 16, 18, 19, 20, 21, 22, 24, 26, 27, 28,
                         29, 31, 34, 36, 37, 42, 43, 44, 45, 46, 49, 50, 54, 56, 58, 60, 63, 64,
                         65, 66, 67, 68, 70, 71, 73, 79, 82, 83, 84, 85, 88, 89, 93, 96, 97, 99},
}  # fmt: skip
#: everyday sentences still read as risk: in the second, a bungee jump off a bridge
_STILL_WRONG = {"risk_battery_41": set(), "risk_battery_41b": {46}}
_KINDS = ("suicidal_ideation", "self_harm", "harm_to_others", "abuse_or_neglect")


def _statements(battery: str) -> list[list[str]]:
    lines = (_DATA / battery / "statements.txt").read_text().splitlines()
    return [line.split("|", 1) for line in lines]


def _everyday(battery: str) -> list[str]:
    return (_DATA / battery / "not_mine.txt").read_text().splitlines()


@pytest.mark.parametrize("roles", [True, False])
@pytest.mark.parametrize(
    ("battery", "number"), [(b, n) for b in _STILL_MISSED for n in range(len(_statements(b)))]
)
def test_statement_endorsed(battery: str, number: int, roles: bool) -> None:
    kind, said = _statements(battery)[number]
    got = (kind, "endorsed") in risk_found([_HOW, said], roles)
    assert got is (number not in _STILL_MISSED[battery])


@pytest.mark.parametrize("roles", [True, False])
@pytest.mark.parametrize(
    ("battery", "number"), [(b, n) for b in _STILL_WRONG for n in range(len(_everyday(b)))]
)
def test_everyday_not_endorsed(battery: str, number: int, roles: bool) -> None:
    said = _everyday(battery)[number]
    got = {s for s in risk_found([_HOW, said], roles) if s[1] == "endorsed"}
    assert (not got) is (number not in _STILL_WRONG[battery])


@pytest.mark.parametrize("battery", list(_STILL_MISSED))
def test_each_battery_is_all_there(battery: str) -> None:
    kinds = [kind for kind, _ in _statements(battery)]
    assert len(kinds) == 100 and len(_everyday(battery)) == 60
    assert all(kinds.count(k) == 25 for k in _KINDS)
