"""Measures of issue 17's forty-sixth pass, on invented sentences: instruments added to the lexicon
(the Suicidal Ideation Attributes Scale, the Maudsley Obsessional-Compulsive Inventory, the Kenny
Music Performance Anxiety Inventory, the Shirom-Melamed Burnout Measure as a mean of its items,
the Trauma Screening Questionnaire and the Vulnerability to Abuse Screening Scale), each named by
its letters, its title or its author's name before a scale's word ("the Maudsley questionnaire");
the Montgomery-Åsberg scale named with its accent beside the MADRS; and an earlier score said in
its own clause after today's, in the sentence after the name ("It's 21 today, last time it was
26")."""

from __future__ import annotations

import pytest

from tests.note_fixtures import has_measure as _has
from tests.note_fixtures import measures


@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        (("Your SIDAS this week came to eighteen.",), "SIDAS", 18.0),
        (("The sidas questionnaire came to twelve.",), "SIDAS", 12.0),
        (("The suicidal ideation attributes questionnaire, you scored twenty-two on it.",),
         "SIDAS", 22.0),
        (("We did the Maudsley inventory together. It added up to fourteen.",), "MOCI", 14.0),
        (("Your MOCI was seventeen.",), "MOCI", 17.0),
        (("The Kenny questionnaire for performers came to ninety-four.",), "K-MPAI", 94.0),
        (("Your K-MPAI is a hundred and two.",), "K-MPAI", 102.0),
        (("The Shirom-Melamed came out at four point three.",), "SMBM", 4.3),
        (("Last week's TSQ was six.",), "TSQ", 6.0),
        (("The trauma screening questionnaire: you ticked five.",), "TSQ", 5.0),
        (("Your VASS came to four.",), "VASS", 4.0),
        (("We went through the Montgomery-Åsberg. It came to twenty-eight.",), "MADRS", 28.0),
        (("The MADRS, the Montgomery-Åsberg rating, was nineteen this morning.",), "MADRS", 19.0),
    ],
)  # fmt: skip
def test_instruments_added_are_read_with_their_score(
    turns: tuple[str, ...], name: str, score: float
) -> None:
    found = measures(*turns)
    assert _has(found, name, score), found


@pytest.mark.parametrize(
    "text",
    [
        "Maudsley is the hospital she was in for six weeks.",
        "Kenny came round at nine and stayed till two.",
        "The vass of it all, twenty people in one flat.",
        "Her name is Sidas, she's seven.",
        "Moci, my cousin, is twelve next week.",
    ],
)
def test_everyday_words_name_no_instrument_added(text: str) -> None:
    found = measures(text)
    assert not any(n.split()[0] in {"MOCI", "K-MPAI", "VASS", "SIDAS"} for n, _ in found), found


@pytest.mark.parametrize(
    ("turns", "today", "before"),
    [
        (("You did the OCI-R again.", "It's thirty today, last time it was thirty-eight."),
         30.0, 38.0),
        (("We repeated the PHQ-9.", "It came to nine; four weeks ago it was fourteen."), 9.0, 14.0),
        (("You filled in the GAD-7.", "Eleven now, last month it was fifteen."), 11.0, 15.0),
    ],
)  # fmt: skip
def test_an_earlier_score_in_its_own_clause_after_todays(
    turns: tuple[str, ...], today: float, before: float
) -> None:
    found = measures(*turns)
    assert {today, before} <= {s for _, s in found}, found


@pytest.mark.parametrize(
    "turns",
    [
        ("You did the PHQ-9 again.", "It came to nine, last time it was a hard week with 3 exams."),
        ("You did the GAD-7.", "It's eleven today, last time it was 2 in the morning you did it."),
        ("You did the PHQ-9.", "It came to 9, last time it was 3 weeks late."),
    ],
)
def test_a_number_after_last_time_that_is_no_score(turns: tuple[str, ...]) -> None:
    found = measures(*turns)
    assert len(found) == 1, found
