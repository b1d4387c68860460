"""The note benchmark's scoring (benchmarks/note_scoring.py, through harness/drug_names.py): what
it counts as said."""

from __future__ import annotations

import pytest

from harness.drug_names import named_in, same_drug


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


@pytest.mark.parametrize(
    ("label", "drafted", "same"),
    [
        # another generic name of the drug the draft names (INN and USAN), and a brand of it with
        # its form ("ER"): the same drug (counted wrong until the thirty-fifth pass)
        ("paracetamol (Panadol Osteo)", "acetaminophen", True),
        ("divalproex (Depakote ER)", "valproate", True),
        ("sertraline", "fluoxetine", False),
        ("zuclopenthixol (Clopixol)", "haloperidol", False),
        ("a drug the lexicon does not know", "sertraline", False),
    ],
)
def test_same_drug(label: str, drafted: str, same: bool) -> None:
    assert same_drug(label, drafted) is same
