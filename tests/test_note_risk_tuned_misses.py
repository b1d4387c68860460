"""Risk said in ways older tuned dialogs used and no rule read (c07, f17; issue 17's
twenty-seventh pass): thoughts asked about "about yourself, about dying", a wish that what nearly
killed one had, and dying believed the right thing; each in wordings of its own with and without
speaker labels, and everyday sentences with the same words, which must not be read so."""

from __future__ import annotations

import pytest

from tests.note_fixtures import ROLES, found


@ROLES
@pytest.mark.parametrize(
    "turns",
    [
        # a wish that what nearly killed one had, answering a question about dying
        (
            "What about thoughts about yourself, about dying?",
            "The fall should have killed me. Some nights I wish it had.",
        ),
        ("Any thoughts of not being here?", "That crash nearly killed me. I half wish it did."),
        (
            "And thoughts of death lately?",
            "I nearly died in the fire. Honestly, I wish that had.",
        ),
        # dying believed the right, best or only thing
        ("Do you remember that time?", "I believed I was a burden and that dying was the answer."),
        ("What went through your mind?", "I was convinced that dying would be the kindest thing."),
        ("And back then?", "I thought my death was the only way out for all of us."),
    ],
)
def test_found(turns: tuple[str, ...], roles: bool) -> None:
    assert ("suicidal_ideation", "endorsed") in found(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "turns",
    [
        # a wish about something else, after the same question
        (
            "Any thoughts about dying?",
            "My dad's surgery was meant to fix his heart. I wish it had.",
        ),
        (
            "Any thoughts about yourself, about dying?",
            "The crash nearly killed me. I'm grateful every day it didn't.",
        ),
        # another's death, or a story's
        (
            "How was it with your mum at the end?",
            "I thought dying was the right thing for her, she was in so much pain.",
        ),
        ("How was the film?", "The hero decided dying was the only way out for the crew."),
        ("How was the book?", "She believed dying was the right thing for her people."),
    ],
)
def test_not_endorsed(turns: tuple[str, ...], roles: bool) -> None:
    assert ("suicidal_ideation", "endorsed") not in found(*turns, roles=roles)
