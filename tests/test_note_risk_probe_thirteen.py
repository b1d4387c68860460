"""The thirteenth risk probe (benchmarks/data/risk_probes/p13), written blind by a helper session
in issue 17's thirty-seventh pass, measured blind over two passes and read in the thirty-ninth:
every item is pinned, read as the probe means it with and without speaker labels, save those
the draft still reads otherwise (listed, so that one read right at last fails here until the list
is brought up to date)."""

from __future__ import annotations

import pytest

from harness.probe_items import items, right

#: still read otherwise after the fortieth pass: the leftovers of the probe (file, line number
#: from 0): two histories told and said to be over, which the probe counts as no risk of one's
#: own and the dialogs' labels as past risk, endorsed (the fortieth pass read the overdose "not
#: to die" and the two indirect yeses)
_STILL_WRONG: dict[str, set[int]] = {
    "not_mine": {18, 5},
}
_ITEMS = items("p13")
_NUMBERED = [
    (name, [n for n, _ in _ITEMS[:i]].count(name), line) for i, (name, line) in enumerate(_ITEMS)
]


@pytest.mark.parametrize(
    ("name", "number", "line"), _NUMBERED, ids=[f"{n}-{k}" for n, k, _ in _NUMBERED]
)
def test_read_as_meant(name: str, number: int, line: str) -> None:
    assert right(name, line) is (number not in _STILL_WRONG.get(name, set()))


def test_the_probe_is_all_there() -> None:
    assert len(_ITEMS) == 184
