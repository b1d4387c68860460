"""The total of a questionnaire read aloud item by item, for `measures`: the clinician names it
and says it will be read out ("Let's go through the GAD-7 out loud. Over the last two weeks,
...: not at all, several days, ...?"), reads each item and hears each answer, and says the total
at the end ("That adds up to seventeen.", "That comes to sixteen."), many sentences after the
name. An answer's own number ("I'd put a one.") is an item's, not the total; another measure
named, or a rating asked on its own scale, ends the reading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from localnotes.notes import measure_named, rating_scores
from localnotes.notes.model import Evidence
from localnotes.notes.numbers import NumberSpan, find_numbers
from localnotes.notes.sentences import Sentence

#: the questionnaire said to be read out, or its first item read with its time frame or its
#: answers: "out loud", "Over the last two weeks", "In the past seven days", "not at all,
#: several days", "just yes or no"
_READ_OUT = re.compile(
    r"\b(?:out loud|aloud|read (?:it|them|the questions|each (?:one|item)) (?:out|to you)|"
    r"item by item|one question at a time|(?:just )?yes or no)\b|"
    r"\bread (?:you )?(?:the|these) (?:\w+ )?(?:questions|items)\b|"  # "I'll read the five"
    r"\b(?:over|in|during) the (?:last|past) (?:two weeks|fortnight|seven days|week|month)\b|"
    r"\bnot at all, several days\b|\bmore than half the days\b",
    re.I,
)
#: the total said at the end: "That adds up to seventeen.", "That's twelve.", "So in total, 14."
#: (not "It's a two", an answer to an item)
_TOTAL = re.compile(
    r"^\W*(?:(?:so|okay|right|well),?\s+)?"
    # "Adding them all up, your total is 22."
    r"(?:add(?:ing|ed) (?:them|those|it|that|these) (?:all )?up,?\s+)?(?:that(?:'s| is)"
    r"(?: a total of)?|"
    r"(?:that|which|it|this) (?:comes to|came to|adds (?:up )?to|added (?:up )?to|makes|gives|"
    r"totals|"
    r"gives (?:you|us))(?: a (?:total|score) of| (?:your|the) (?:total|score))?|"
    r"(?:in )?total,?(?: that's| it's)?|"
    # "Your total today is eleven."
    # (of a part of the form: "So your total for part A is 17.")
    r"(?:the |your )?total (?:for part \w+ )?(?:(?:today|now|this (?:time|week)) )?"
    r"(?:is|was|comes to|came to)|"
    r"you (?:came out at|scored)|altogether,?(?: that's| it's)?)\s+(?:an?\s+)?$",
    re.I,
)
#: the total said as one by its word ("The total is fourteen.", "That adds up to ten"), not
#: only "That's four", which may score the item just answered
_SAID_AS_TOTAL = re.compile(
    r"\b(?:total|totals|add|adds|added|adding|comes|came|makes|gives|scored|altogether)\b", re.I
)
#: how many sentences after a "That's four" a total said by its word is still the total
_TOTAL_SOON_AFTER = 8
_ITEMS_AT_MOST = 60  # sentences: ten items, each asked, answered and talked about


def total(
    sentences: Sequence[Sentence], k: int, most: float, whole: bool, read_out: bool = False
) -> tuple[list[NumberSpan], tuple[Evidence, ...], int]:
    """The total said at the end of the questionnaire named in sentence k and read out after
    it (`read_out`: its first item is read in k); none when it is not read out."""
    if not read_out and not any(_READ_OUT.search(s.text) for s in sentences[k : k + 3]):
        return [], (sentences[k].evidence(),), k
    weak: tuple[list[NumberSpan], tuple[Evidence, ...], int] | None = None
    for j in range(k + 1, min(len(sentences), k + _ITEMS_AT_MOST)):
        s = sentences[j]
        # said by the reader, where speakers are known: the client's "a two" is an item's
        reader = s.role is None or s.role == sentences[k].role
        said = [
            n
            for n in find_numbers(s.text)
            if reader
            and 0 <= n.value <= most
            and (not whole or n.value == int(n.value))
            and _TOTAL.match(s.text[: n.start])
            and not rating_scores.NOT_SCORE_AFTER.match(s.text[n.end :])
        ]
        if said and (_SAID_AS_TOTAL.search(s.text[: said[0].start]) or j - k == 1):
            return said[:1], (sentences[k].evidence(), s.evidence()), j
        if said:  # "That's four as well." may score an item: a total said so soon after wins
            weak = (said[:1], (sentences[k].evidence(), s.evidence()), j)
        if weak is not None and j - weak[2] >= _TOTAL_SOON_AFTER:
            return weak
        if measure_named.named(s.text) or rating_scores.SCALE_RANGE.search(s.text):
            break
    return weak or ([], (sentences[k].evidence(),), k)


def said_total(text: str, most: float) -> NumberSpan | None:
    """The total `text` says as it opens, up to `most`: "That totals nine.", "So that's three."."""
    for n in find_numbers(text):
        if (
            0 <= n.value <= most
            and _TOTAL.match(text[: n.start])
            and not rating_scores.NOT_SCORE_AFTER.match(text[n.end :])
        ):
            return n
    return None
