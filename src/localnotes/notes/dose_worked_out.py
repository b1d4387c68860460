"""A tablet's strength said before the dose worked out from it, for `doses`: "The Diamicron, the
sixty, but the doctor said take only half, so thirty", "The one milligram, but I break it and
take only half, so point five", "two of the five hundred in the morning, so a thousand" (said
"two a di five hundred" in Belizean Kriol). The strength is the tablet's, not a dose: the dose is
the total after "so", which must be the strength halved, quartered or counted (two, three or four
tablets) for the strength to be left out, so "sixty, and the other one, so thirty" keeps both.
The split may be told in the next sentence of the same turn ("Oxazepam, the ten. But I break it
in half, so five."), and the tablets counted before the strength with their word ("three
capsules of twenty every morning, so sixty"). A count of tablets said before their strength and
unit ("two five milligram tablets") is no dose, and the strength none where the total follows in
the sentence ("two five milligram tablets, ten at night").
"""

from __future__ import annotations

import re

from localnotes.notes import dose_wording as dw
from localnotes.notes.numbers import NumberSpan, find_numbers

#: up to the total: a clause that splits or counts the tablets, then "so" (no sentence end)
_SO_TOTAL = re.compile(
    r"\s*(?:mgs?|milligrams?|mcg|micrograms?)?([^.?!;]{0,80}?),?\s+so,?\s+"
    r"(?:that's\s+|that is\s+|it's\s+|it is\s+)?(?=\S)",
    re.I,
)
_HALF = re.compile(r"\bhalf\b|\bhalves\b", re.I)
_QUARTER = re.compile(r"\bquarters?\b", re.I)
#: a count of tablets right before the strength: "two of the", "two a di", "three x"
_COUNT_BEFORE = re.compile(r"\b(two|three|four)\s+(?:[a-z]{1,3}\s+){1,2}$", re.I)
_COUNTS = {"two": 2.0, "three": 3.0, "four": 4.0}


def strength_before_total(text: str, n: NumberSpan) -> bool:
    """Whether `n` is a tablet's strength from which a total said after "so" in the same sentence
    is worked out: half or a quarter of it (the split said between them), or a count of it (the
    count said right before it)."""
    m = _SO_TOTAL.match(text, n.end)
    if m is None:
        return False
    total = next(iter(find_numbers(text[m.end() :])), None)
    if total is None or total.start != 0 or n.value <= 0:
        return False
    between = m.group(1)
    if _HALF.search(between) and total.value == n.value / 2:
        return True
    if _QUARTER.search(between) and total.value == n.value / 4:
        return True
    c = _COUNT_BEFORE.search(text, 0, n.start)
    return c is not None and total.value == n.value * _COUNTS[c.group(1).lower()]


def counted_before_total(text: str, n: NumberSpan) -> bool:
    """Whether `n` is the strength in a clause that counts or splits tablets, with the total
    after "so": "two of the two hundreds, so four hundred", "three capsules of twenty every
    morning, so sixty", "half a milligram tablet, so half a milligram"."""
    after = text[n.end :]
    so = dw.SO_TOTAL_AFTER.match(after)
    if not so or not dw.COUNT_WORDS.search(dw.clause_before(text[: n.end] + after[: so.start()])):
        return False
    total = after[so.end() :]
    first = next(iter(find_numbers(total)), None)
    return (first is not None and first.start == 0) or bool(dw.FRACTION_OF_UNIT.match(total))


#: a sentence that goes on to split the tablet just named: "But I break it in half, so five."
_SPLIT_NEXT = re.compile(r"\W*(?:(?:but|and|then)\s+)?(?:I|you|he|she|we|they)\b", re.I)


def strength_split_next(text: str, n: NumberSpan, nxt: str) -> bool:
    """Whether `n`, ending its sentence `text`, is the strength of a tablet that the next sentence
    of the same turn, `nxt`, splits into the dose worked out after "so": "Oxazepam, the ten. But I
    break it in half, so five." (not "Sertraline, the fifty. I take two of them, so a hundred":
    a count said in the next sentence does not say which number it counts)."""
    if re.search(r"\w", text[n.end :]) or not _SPLIT_NEXT.match(nxt):
        return False
    joined = text[: n.end] + ", " + nxt
    m = _SO_TOTAL.match(joined, n.end)
    if m is None or not (_HALF.search(m.group(1)) or _QUARTER.search(m.group(1))):
        return False
    return strength_before_total(joined, n)


#: a count of tablets, their strength and unit: "two five milligram tablets", "three 10mg caps"
_COUNT_OF_STRENGTH = re.compile(
    r"(?P<count>\b(?:two|three|four)\b|(?<![\d.])[234])\s+(?P<strength>[\w.-]+?)(?:\s*-\s*|\s*)"
    r"(?:milligrams?|mgs?|micrograms?|mcg)\s+(?:tablets|tabs|pills|capsules|caps)\b",
    re.I,
)


def counts_tablets(text: str, n: NumberSpan) -> bool:
    """Whether `n` is the count in "two five milligram tablets": two tablets, not a dose of two."""
    m = _COUNT_OF_STRENGTH.match(text, n.start)
    return m is not None and m.end("count") == n.end and bool(find_numbers(m.group("strength")))


def strength_then_total(text: str, n: NumberSpan) -> bool:
    """Whether `n` is the strength in "two five milligram tablets, ten at night": the tablets'
    strength, where their count times it is said after them in the sentence, as the dose."""
    for m in _COUNT_OF_STRENGTH.finditer(text, 0, n.end + 40):
        if m.start("strength") != n.start:
            continue
        count = find_numbers(m.group("count"))
        later = find_numbers(text[m.end() :])
        return bool(count) and any(x.value == count[0].value * n.value for x in later)
    return False
