"""Medications of issue 17's twenty-first pass, from o01-o22's misses (read after the set was
measured blind), in wordings of their own: a change said before the drug's name with "on the"
("from forty to sixty on the fluoxetine"), which is no age ("I was twenty on the olanzapine").
"""

from __future__ import annotations

import pytest

from tests.note_fixtures import medications as drafted


@pytest.mark.parametrize("speakers", [True, False])
@pytest.mark.parametrize(
    ("said", "name", "dose"),
    [
        ("So you went from fifty to a hundred on the sertraline in March?", "sertraline", 100.0),
        ("The GP took you down from thirty to fifteen on the mirtazapine?", "mirtazapine", 15.0),
    ],
)  # fmt: skip
def test_a_change_before_the_name_on_the_drug(
    said: str, name: str, dose: float, speakers: bool
) -> None:
    got = drafted(said, "That's right.", speakers=speakers)
    assert got[name][0] == dose and got[name][1] is not None


@pytest.mark.parametrize("speakers", [True, False])
@pytest.mark.parametrize(
    "said",
    [
        "How was that time?",
        "I was twenty on the olanzapine ward, it felt like forever.",
    ],
)
def test_a_number_on_the_drug_without_a_change_is_no_dose(said: str, speakers: bool) -> None:
    got = drafted("How was that time?", said, speakers=speakers)
    assert not [d for d, _ in got.values() if d == 20.0]
