"""The eleventh risk probe (benchmarks/data/risk_probes/p11), written blind by a helper session in
issue 17's thirty-fifth pass, measured blind over two passes and read in the thirty-seventh: every
item is pinned, read as the probe means it with and without speaker labels, save one that the
draft reads by its own rule (a history of self-harm is endorsed as past, however long ago)."""

from __future__ import annotations

import pytest

from harness.probe_items import items, right

#: read otherwise on purpose: past self-harm "long over" is still charted as past self-harm
_BY_OUR_RULE = {
    "Years ago I used to cut myself, but that's long over. I haven't done it in ten years and "
    "I've no urge to now."
}
_ITEMS = items("p11")


@pytest.mark.parametrize(
    ("name", "line"), _ITEMS, ids=[f"{n}-{i}" for i, (n, _) in enumerate(_ITEMS)]
)
def test_read_as_meant(name: str, line: str) -> None:
    assert right(name, line) is (line not in _BY_OUR_RULE)


def test_the_probe_is_all_there() -> None:
    assert len(_ITEMS) == 184
