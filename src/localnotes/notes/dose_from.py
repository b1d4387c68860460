"""The dose a change started from, said in the change's own sentence: "from thirty to sixty",
"She started me on 37.5, and then put it up to 75", "before fifty, now seventy-five", or after the
new dose, "I'm on the eighteen now instead of the twelve"."""

from __future__ import annotations

import itertools
import re

from localnotes.notes import dose_counts
from localnotes.notes.dose_wording import FROM_TO, changed_from
from localnotes.notes.numbers import find_numbers

#: a starting dose before its change in one sentence: "She started me on 37.5, and then put it up
#: to 75", "It was fifty micrograms, and she's put me up to seventy-five", "I started on 25, and
#: now I'm at 50"
STARTED_AT = re.compile(
    # ("wis": Scots "was"; "The Clozaril, was three hundred": the drug named, then "was")
    r"(?:\b(?:started (?:me |her |him |you )?(?:on|at)|(?:it|that) (?:was|wis)|"
    r"(?:i|you|ah) (?:was|were|wis) on|(?<=,\s)was|"
    # the dose given first: "First week she give me five, then after one week go up to ten"
    r"(?:she|he|they|doctor|gp) (?:gave|give|gives) (?:me|her|him|you)|"
    r"(?:i|you)(?:'ve| have) been on|had (?:me|you|him|her) on|"
    # the subject left out, as speech drops it: "Was the one-fifty, now it's the three hundred"
    r"^\W*(?:was|wis)(?:\s+on)?)\s+(?:the\s+[A-Za-z]{2,3},\s+)?(?:the\s+)?"
    # a sentence that opens with the dose: "Twenty for a year, and now forty" (after how long,
    # or the tablet told by its size: "One week the small one, point five, and now the one")
    r"|^\W*(?:(?:for\s+)?(?:one|a|the first|first)\s+(?:week|month|fortnight),?\s+)?"
    r"(?:the\s+(?:small|little|low|lower|first)\s+one,\s+)?)$",
    re.I,
)
THEN_CHANGED_TO = re.compile(
    r"\s*(?:mgs?|milligrams?|micrograms?|mcg)?"
    # "I was on fifty of the sertraline, he put it up to a hundred", "one fifty of the XL"
    r"(?:\s+of\s+(?:the|my|your|his|her)\s+[\w-]+)?(?:\s+(?:since|for)\b[^,.;]{0,30})?"
    # the form named after the dose: "Was the one-fifty, the XL, now it's the three hundred"
    r"(?:,\s+the\s+(?:XL|XR|SR|CR|MR|ER|LA|CD)\b)?"
    # "was three hundred at night, now is three fifty", "Forty before, now sixty"
    r"(?:\s+(?:at night|in the morning|twice a day|a day|daily|before))?"
    r"(?:,?\s+(?:and|but|then)\s+|,\s+(?=(?:he|she|they|the doctor|my doctor|dr\.? \w+|i|we)\s)"
    # "It was two and a half, now five"
    r"|,\s+(?=now\b))"
    r"(?:[\w']+\s+){0,7}?"
    r"(?:(?:up|down|upped|raised|increased|lowered|cut|reduced|took|take|put|bumped|go|went|doubled|"
    r"halved)"
    r"(?:\s+\w+)?(?:\s+(?:up|down))?\s+to|"
    # "and I started three hundred on the first"
    r"(?:started|moved|switched)(?:\s+(?:me|her|him|you))?(?:\s+(?:on|at|to))?(?:\s+the)?|"
    # "It was twenty-five, now the doctor made it fifty": the new dose made so
    r"(?:made|makes|make|has made|'s made)\s+(?:it|them|that)(?:\s+the)?|"
    r"now(?:,?\s+(?:i'm|i am|it's|it is|is|she's|he's)(?:\s+(?:at|on))?)?(?:\s+the)?|it's|it is)"
    r"\s+$",
    re.I,
)
#: between the new dose and the one it replaced: "the eighteen twice a day now instead of the
#: twelve", "a hundred rather than the fifty"
INSTEAD_OF = re.compile(
    r"\s*(?:mgs?|milligrams?)?"
    r"(?:\s+(?:a day|daily|twice a day|in the morning|at night|now|then)){0,2}"
    r",?\s+(?:now\s+)?(?:instead of|rather than|in place of)\s+(?:the\s+)?",
    re.I,
)


#: "before" for the dose taken until now, then "now" for the new one, as second-language English
#: says a change: "The Depromel, before fifty, now seventy-five.", "Before three hundred at night,
#: now six hundred.", "before I take twenty-five, now fifty"
BEFORE_THEN = re.compile(
    # (or "last time", "at first": "Last time fifty, now one hundred")
    r"(?:^|[,;]\s*|\b(?:yes|yeah|the\s+[\w-]+),?\s+)(?:before|last time|at first|previously),?\s+"
    r"(?:(?:i|he|she|we|you|they)\s+(?:take|took|takes|taking|was on|were on|had|have)\s+)?"
    r"(?:the\s+)?$",
    re.I,
)
NOW_AFTER = re.compile(
    r"\s*(?:mgs?|milligrams?|micrograms?|mcg)?(?:\s+(?:at night|in the morning|a day|daily))?"
    # (or "this time": "Last time two point five, this time she said five.")
    r",?\s+(?:and\s+|but\s+)?(?:now|this (?:time|cycle|round|month)),?\s+"
    r"(?:(?:it's|it is|i take|i'm on|i am on|he takes|she takes|"
    r"(?:she|he|they|the doctor|dr\.? \[person\]) (?:said|says|wants|put (?:me|her|him) on))\s+)?"
    r"(?:the\s+)?$",
    re.I,
)


#: a change to a dose said before the one it came from: "up to a hundred from fifty", "the doctor
#: brought it down to 20mg from 40mg"
_CHANGED_TO = re.compile(
    r"\b(?:up|down|increased|raised|lowered|reduced|upped|cut|dropped|changed|moved|switched|"
    r"doubled|halved)(?:\s+(?:it|me|him|her|you|them|the dose))?\s+to\s+(?:the\s+)?$",
    re.I,
)
_TO_FROM = re.compile(
    r"\s*(?:mgs?|milligrams?|micrograms?|mcg)?(?:\s+(?:a day|daily|at night|in the morning))?"
    r",?\s+from\s+(?:the\s+)?",
    re.I,
)


def from_after_change(text: str, start: int) -> bool:
    """Whether the number at `start` is the dose a change said just before it came from: the
    fifty of "went up to 100mg from 50mg" (the change's, not a dose of its own)."""
    for y in find_numbers(text[:start]):
        if _TO_FROM.fullmatch(text, y.end, start) and _CHANGED_TO.search(text[: y.start]):
            return True
    return False


def start_of_change(text: str, start: int, end: int) -> bool:
    """Whether the number at text[start:end] is the dose a change said after it in the sentence
    started from: the twenty-five of "it was 25, now 50" (the change's, not a dose of its own)."""
    if not STARTED_AT.search(text[:start]):
        return False
    return any(
        y.start >= end
        and THEN_CHANGED_TO.match(text[end : y.start]) is not None
        and dose_before(text, y.value) is not None
        for y in find_numbers(text)
    )


def dose_before(text: str, value: float) -> float | None:
    """The dose before a change to `value` said in one sentence: "from X to Y", or a starting
    dose and then the change ("started me on X, and then put it up to Y"), or the new dose and
    then the one it replaced ("on Y now instead of X"), or None."""
    # (a count of tablets of a strength as the new dose: "from twenty to two of the twenties")
    nums = [dose_counts.count_of_plural(text, n) or n for n in find_numbers(text)]
    for x, y in itertools.combinations(nums, 2):  # "and then two weeks ago" may stand between
        between, ahead = text[x.end : y.start], text[: x.start]
        if (
            x.value == value != y.value
            and INSTEAD_OF.fullmatch(between)
            and not re.search(r"\b(?:at|by|until|till|around)\s+$", ahead, re.I)  # a time
        ):  # "Y now instead of the X"
            return y.value
        if (
            x.value == value != y.value
            and _TO_FROM.fullmatch(between)
            and _CHANGED_TO.search(ahead)
            and not re.search(r"\bfrom\s", ahead, re.I)
        ):  # "up to Y from X" (not "from X up to Y from Monday")
            return y.value
        if y.value != value or x.value == value:
            continue
        if (
            (FROM_TO.fullmatch(between) and changed_from(ahead, between))
            or (STARTED_AT.search(ahead) and THEN_CHANGED_TO.match(between))
            or (BEFORE_THEN.search(ahead) and NOW_AFTER.fullmatch(between))
        ):
            return x.value
    return None
