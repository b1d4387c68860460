"""The numbers of a self-rating's answer that can be its score, for `ratings`: not the scale's
own numbers ("zero to ten", "out of ten", "ten is the worst"), not a count of time or things."""

from __future__ import annotations

import re

from localnotes.notes.numbers import NumberSpan, find_numbers
from localnotes.notes.rating_answers import (
    LEADS_AS_PERCENT,
    LEADS_WITH_NUMBER,
    SOUND_ALIKE,
    SOUND_ALIKES,
)
from localnotes.notes.sentences import Sentence

NOT_SCORE_AFTER = re.compile(
    # (a count of questions said with a word before: "four short questions", "the five worry
    # questions", "the fifteen yes-or-no questions")
    r"^\s*(?:-\s*)?(?:[a-z]+(?:-[a-z]+)*\s+(?=questions?\b|items?\b))?"
    r"(?:weeks?|days?|months?|years?|hours?|minutes?|times?|o'clock|sessions?|"
    r"questions?|items?|drinks?|mg|milligrams?|grams?\b|am\b|pm\b|a\.m|p\.m|nights?|percent|%|pages?|"
    # a count of a form's scores or parts: "the two scores from the ProQOL", "its three parts";
    # of the forms themselves: "the two forms the nurse left, the QIDS and the Altman"
    r"scores\b|subscales\b|parts\b|forms\b|questionnaires\b|sheets\b|scales\b|"
    r"centimet|inch|feet|foot|miles?|kilomet|pounds|kilos?|kg\b|lbs?\b|"
    # a scale's end told by what it means: "nought for not at all up to four for extremely"
    r"for (?:not at all|never|none|nothing|extremely|very (?:often|much)|always)\b|"
    # the first digit of a number read in groups: "one seventeen" (117, or a time), not 1
    r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b)",
    re.I,
)
_OUT_OF = re.compile(
    # (with the day it was: "a four on Thursday, out of five")
    r"^\s*,?\s*(?:(?:today|now|right now|this week|tonight|on \w+day),?\s*)?"
    r"(?:out o(?:f|')|/|on a scale (?:of|from) \w+ to)\s*",
    re.I,
)


def out_of_top(after: str) -> float | None:
    """The top of the scale said right after a number ("a four out of ten", "6/10", ten where it
    is left unsaid: "a four out of"), or None: no scale, or words that are none ("up at four out
    of habit", "out of the blue")."""
    m = _OUT_OF.match(after)
    if not m:
        return None
    rest = find_numbers(after[m.end() :][:20])
    if not rest and re.match(r"[a-z]", after[m.end() :], re.I):
        return None
    return rest[0].value if rest else 10.0


SCALE_RANGE = re.compile(  # as speech recognition writes it too: "0-10", "not to ten"
    r"\b(?:(?:zero|nought|not|one|[01]) t(?:o|hrough) |[01]-|(?<=\bon )out to |"
    # "nought to" heard otherwise, set off by commas: ", not the 10,", ", much to ten,"
    r"(?<=, )(?:not the|much to|month to) (?=(?:ten|10)\b\s*[,.?]))"
    r"(?:ten|10|five|5|(?:a|one) hundred|100)\b",
    re.I,
)
_ANCHOR_AFTER = re.compile(
    r"^\s*(?:is|being|means|meaning|would be|=)\s+(?:the\s+|you\s+)?(?:worst|best|most|least|"
    r"highest|lowest|none|nothing|no\b|not at all|extreme|max|perfect|terrible|awful|great)",
    re.I,
)
#: a scale's end told by what it means, whatever the word: "10 being sharp", "10 the highest",
#: "zero not at all", "0 = none"
_END_ANCHOR_AFTER = re.compile(
    r"^\s*,?\s*(?:(?:is|being|was|means|meaning|would be|=|as)\s+\w+|the \w+est\b|"
    r"not at all\b|none\b|nothing\b)",
    re.I,
)
_TOP_BEFORE = re.compile(r"\b(?:out\s+)?of\s+$", re.I)
#: a value supposed, not given: "If it was a ten I'd be in hospital.", "if it were a nine"
_SUPPOSED_BEFORE = re.compile(
    r"\b(?:if|even if)\s+(?:it|that|this|i|the \w+)\s+(?:was|were|got to|went to|hit)\s+"
    r"(?:an?\s+)?$",
    re.I,
)
_OUT_OF_BEFORE = re.compile(r"\bout o(?:f|')\s+$", re.I)
_THEN_BEFORE = re.compile(r",\s*then\s+$", re.I)
_PERCENT_ENDS = re.compile(r"^\s*(?:percent|per cent|%)\s*(?:[.,;!]|$)", re.I)


def answer_scores(text: str, top: float) -> list[NumberSpan]:
    """The numbers of an answer that can be a score from 0 to `top`: not the scale's own numbers
    ("zero to ten", "out of ten", "ten is the worst"), not a count of time or things; sound-alike
    words in score position included."""
    scale = [(m.start(), m.end()) for m in SCALE_RANGE.finditer(text)]

    def score_like(start: int, end: int, value: float) -> bool:
        return (
            0 <= value <= top
            and not any(a <= start < b for a, b in scale)
            and not (value == top and _TOP_BEFORE.search(text[:start]))
            # any number after "out of" is a scale's top: "It's out of eighty, and ..."
            and not _OUT_OF_BEFORE.search(text[:start])
            and not _ANCHOR_AFTER.match(text[end:])
            and not _SUPPOSED_BEFORE.search(text[:start])
            and not (value in (0.0, 1.0, top) and _END_ANCHOR_AFTER.match(text[end:]))
        )

    out = [
        n
        for n in find_numbers(text)
        if score_like(n.start, n.end, n.value)
        and (
            not NOT_SCORE_AFTER.match(text[n.end :])
            # on a scale to a hundred the number leading the answer is its value, as a percent:
            # "Ninety percent. Maybe a ten percent chance it's nothing."
            or (top == 100 and LEADS_AS_PERCENT.match(text[: n.start] + "#" + text[n.end :]))
            # or a further one said with "then", its clause ended: "40 percent, but on test days
            # the sirens, then 90 percent, I hid."
            or (
                top == 100
                and _THEN_BEFORE.search(text[: n.start])
                and _PERCENT_ENDS.match(text[n.end :])
            )
        )
    ]
    for m in SOUND_ALIKE.finditer(text):
        value = SOUND_ALIKES[m.group(1).lower()]
        if score_like(m.start(1), m.end(1), value):
            out.append(NumberSpan(m.start(1), m.end(1), value))
    return sorted(out, key=lambda n: n.start)


def leads_with_number(s: Sentence, top: float) -> bool:
    nums = answer_scores(s.text, top)
    return bool(nums) and bool(LEADS_WITH_NUMBER.match(s.text[: nums[0].start]))
