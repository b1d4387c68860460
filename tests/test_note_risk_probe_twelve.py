"""The twelfth risk probe (benchmarks/data/risk_probes/p12), written blind by a helper session in
issue 17's thirty-sixth pass, measured blind over two passes and read in the thirty-eighth: every
item is pinned, read as the probe means it with and without speaker labels, save one that the
draft reads by its own rule (past ideation is endorsed as past, however long ago)."""

from __future__ import annotations

import pytest

from harness.probe_items import items, right

#: read otherwise on purpose: past ideation "long gone" is still charted as past ideation
_BY_OUR_RULE = {
    "I used to think about ending it, years ago, after the divorce, but honestly that's long gone. "
    "I'm in a good place now. Just tired from work."
}
_ITEMS = items("p12")


@pytest.mark.parametrize(
    ("name", "line"), _ITEMS, ids=[f"{n}-{i}" for i, (n, _) in enumerate(_ITEMS)]
)
def test_read_as_meant(name: str, line: str) -> None:
    assert right(name, line) is (line not in _BY_OUR_RULE)


def test_the_probe_is_all_there() -> None:
    assert len(_ITEMS) == 184
