"""The validity of cognition (VOC) of EMDR: how true a positive belief feels when the memory is
held, from one (completely false) to seven (completely true). The clinician asks it in the
protocol's words ("How true does 'I'm safe now' feel, one to seven?", "On a scale of one to
seven, how true does it feel?") and the client answers with a number ("A two."). Its scale of
seven is no self-rating's, so `ratings` does not read it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from localnotes.notes.model import Measure
from localnotes.notes.numbers import find_numbers
from localnotes.notes.rating_answers import LEADS_WITH_NUMBER
from localnotes.notes.sentences import Sentence

NAME = "VOC (Validity of Cognition)"
_ONE_TO_SEVEN = (
    r"\b(?:one|1)\b(?:,[^?.!]{0,30},)?\s+(?:to|through)\s+(?:a\s+)?(?:seven|7)\b|\b1-7\b"
)
#: how true a belief feels, asked on the scale of one to seven, either way round
_ASKS = re.compile(
    rf"\bhow true\b[^?.!]{{0,80}}?\b(?:feels?|is|seems?)\b[^?.!]{{0,30}}?(?:{_ONE_TO_SEVEN})|"
    rf"(?:{_ONE_TO_SEVEN})[^?.!]{{0,60}}?\bhow true\b",
    re.I,
)


#: the VOC hoped for, asked right after today's: "And where would you like it to be?"
_HOPED = re.compile(
    r"\bwhere (?:would|do) you (?:like|want) it\b|\bwhat would you like it to be\b|"
    r"\b(?:hope|want|like) it to (?:be|get|reach)\b",
    re.I,
)


#: the question going on in a few words of its own: "At the end?", "When you look at it."
_GOES_ON = re.compile(r"\W*(?:[\w']+\W+){0,5}\w+[?.]\W*")
#: the scale said in a sentence of its own after the question, as speech recognition may cut it:
#: "How true does it feel?" "One to seven."
_SCALE_ALONE = re.compile(rf"^\W*(?:on a scale of |from )?(?:{_ONE_TO_SEVEN})\W*$", re.I)


def _answered(sentences: Sequence[Sentence], k: int) -> tuple[int, Measure] | None:
    """The number leading the answer to sentence k in the two sentences after, and where."""
    for j, answer in enumerate(sentences[k + 1 : k + 3], k + 1):
        nums = [n for n in find_numbers(answer.text) if 1 <= n.value <= 7]
        if nums and LEADS_WITH_NUMBER.match(answer.text[: nums[0].start]):
            ev = (sentences[k].evidence(), answer.evidence())
            return j, Measure(NAME, nums[0].value, 7.0, ev)
        if answer.is_question and not find_numbers(answer.text) and _GOES_ON.fullmatch(answer.text):
            continue  # "And where would you like it to be?" "At the end?" "A six."
        if answer.is_question or find_numbers(answer.text):
            return None  # another question, or a number that is no answer: "It was 2019."
    return None


def _asked(sentences: Sequence[Sentence], k: int) -> int | None:
    """Where the VOC asked in sentence k ends: k, or the next sentence when it is the scale said
    alone ("How true does I'm safe now feel?" "One to seven.")."""
    if _ASKS.search(sentences[k].text):
        return k
    alone = k + 1 < len(sentences) and _SCALE_ALONE.match(sentences[k + 1].text)
    if alone and re.search(r"\bhow true\b", sentences[k].text, re.I):
        return k + 1
    return None


def extract(sentences: Sequence[Sentence]) -> list[Measure]:
    """Each VOC asked and answered: the number leading the answer in the two sentences after,
    and the one hoped for when it is asked next ("And where would you like it to be?")."""
    out = []
    for i in range(len(sentences)):
        k = _asked(sentences, i)
        if k is None:
            continue
        found = _answered(sentences, k)
        if found is None:
            continue
        j, today = found
        out.append(today)
        hoped = next((i for i in (j + 1, j + 2) if i < len(sentences)), None)
        if hoped is not None and sentences[hoped].is_question:
            asked = _HOPED.search(sentences[hoped].text)
            more = _answered(sentences, hoped) if asked else None
            out += [more[1]] if more else []
    return out
