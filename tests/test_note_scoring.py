"""The note benchmark's scoring (benchmarks/note_scoring.py, through harness/drug_names.py): what
it counts as said."""

from __future__ import annotations

import pytest

from harness.drug_names import named_in


@pytest.mark.parametrize(
    ("label", "text", "said"),
    [
        ("sertraline", "I take sertraline, fifty milligrams.", True),
        ("sertraline", "The Zoloft, fifty.", True),  # a brand of the lexicon
        # a label naming the brand beside the generic: either name said counts (it counted
        # neither until the thirtieth pass)
        ("zuclopenthixol (Clopixol)", "The Clopixol, two hundred.", True),
        ("citalopram (Cipramil)", "still on the citalopram twenty", True),
        ("sertraline (Zoloft)", "The sir trailing, fifty.", False),  # misheard: not said
    ],
)
def test_named_in(label: str, text: str, said: bool) -> None:
    assert named_in(label, text) is said
