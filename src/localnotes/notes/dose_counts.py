"""Doses said as a count of tablets of a strength, or one digit at a time.

People say a dose of two tablets as the count and the tablet's strength in the plural: "two five
hundreds" or "two 500s" is one dose of 1000 mg (paracetamol taken two at a time), where "two of the
five hundreds" is said of tablets (two of them, the same 1000) and "two five hundred
milligram tablets" names the strength. A strength of three digits may be said one digit at a time
("one eight seven milligram"). "Eight hundred of the Priadel" is a strength, "two of the
lamotrigine" a count.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

from localnotes.clinical_lexicon import Medication as ClinicalMedication
from localnotes.clinical_lexicon import load_lexicon
from localnotes.notes import dose_wording as dw
from localnotes.notes.drug_mentions import Mention
from localnotes.notes.model import Medication
from localnotes.notes.numbers import NumberSpan, find_numbers

#: the count of tablets taken at a time, as a word or a digit
_COUNT = re.compile(r"(?:two|three|four|[234])", re.I)
#: a strength said in the plural: "five hundreds" (the number's word, then "hundreds"), "500s"
_HUNDREDS = re.compile(r"\s+hundreds\b", re.I)
_PLURAL_S = re.compile(r"s\b")


def tablets_of_strength(text: str, nums: Sequence[NumberSpan]) -> NumberSpan | None:
    """ "two five hundreds" (the first two numbers of `nums`): the count times the strength, over
    both; else None."""
    if len(nums) < 2:
        return None
    count, strength = nums[0], nums[1]
    counted = _COUNT.fullmatch(text, count.start, count.end)
    if counted is None or text[count.end : strength.start] != " ":
        return None
    said = text[strength.start : strength.end]
    if 1 <= strength.value <= 9 and re.fullmatch(r"[a-z]+", said, re.I):
        h = _HUNDREDS.match(text, strength.end)
        if h is None:
            return None
        return NumberSpan(count.start, h.end(), count.value * strength.value * 100)
    if strength.value >= 100 and _PLURAL_S.match(text, strength.end):
        return NumberSpan(count.start, strength.end + 1, count.value * strength.value)
    return None


#: "two of the ": a count of tablets, then the strength they are
_COUNT_OF_THE = re.compile(r"\b(two|three|four|[234])\s+of\s+(?:the|my|those|these)\s+$", re.I)


def count_of_hundreds(text: str, strength: NumberSpan, end: int) -> NumberSpan | None:
    """ "two of the five hundreds" (`strength` the five, `end` past "hundreds"): two tablets of
    500, a dose of 1000 over the whole; None where no count is said before, or where the total
    is said after ("three of the three hundreds, so nine hundred": that total is the dose)."""
    c = _COUNT_OF_THE.search(text, 0, strength.start)
    if c is None or not 1 <= strength.value <= 9 or dw.SO_TOTAL_AFTER.match(text[end:]):
        return None
    count = find_numbers(c.group(1))[0].value
    return NumberSpan(c.start(), end, count * strength.value * 100)


#: after a count of tablets, their strength said as a plural: "two of the tens", "three of the
#: twenty-fives" (not "hundreds", read as the strength's own word)
_OF_THE_PLURAL = re.compile(
    # (in digits as speech recognition writes them: "two of the 20s", "one of the 10's")
    r"\s+of\s+(?:the|my|those|these|his|her)\s+([a-z]+(?:-[a-z]+)?|\d+(?:\.\d+)?)'?(ies|s)\b",
    re.I,
)


#: after a count of tablets, their strength said in the singular as a tablet's: "two of the
#: twenty-five milligram tablets", "Two of the twenty-five?" (a dose of fifty)
_OF_THE_TABLETS = re.compile(
    r"\s+of\s+(?:the|my|those|these)\s+([a-z]+(?:-[a-z]+)?|\d+(?:\.\d+)?)"
    r"(?:(?:\s*-\s*|\s+)(?:milligrams?|mg))?(?:\s+(?:tablets|pills|capsules)\b|(?=\s*\?))",
    re.I,
)
#: one tablet of a strength said as a plural: "the Temaze, one of the tens" (a dose of ten)
_ONE = re.compile(r"(?:one|1)", re.I)
#: what tablets counted are told to be or to have done, not taken: "were left", "fell out"
_TOLD_OF = re.compile(r"\s+(?:were|was|are|is|got|fell|went|had|have|left)\b", re.I)
#: what follows one tablet taken: the clause's end, or when or how often it is taken
_ONE_TAKEN = re.compile(
    r"\s*(?:[,.;!?]|$|(?:at|in the|when|if|every|each|twice|a day|before|after|with)\b)", re.I
)


def count_of_plural(text: str, count: NumberSpan) -> NumberSpan | None:
    """ "two of the tens" (`count` the two): two tablets of 10, a dose of 20 over the whole ("one of
    the tens": ten); None where the words after the count are no strength's plural, or a total is
    said after ("two of the tens, so twenty": that total is the dose)."""
    one = _ONE.fullmatch(text, count.start, count.end) is not None
    if not (one or _COUNT.fullmatch(text, count.start, count.end)):
        return None
    tablets = None if one else _OF_THE_TABLETS.match(text, count.end)
    if tablets is not None and not _TOLD_OF.match(text, tablets.end()):
        said = find_numbers(tablets.group(1))
        if len(said) == 1 and said[0].end - said[0].start == len(tablets.group(1)):
            return NumberSpan(count.start, tablets.end(), count.value * said[0].value)
    m = _OF_THE_PLURAL.match(text, count.end)
    if m is None or m.group(1).lower() == "hundred" or dw.SO_TOTAL_AFTER.match(text[m.end() :]):
        return None
    if one and not _ONE_TAKEN.match(text, m.end()):
        return None  # "one of the fifties I gave to my sister": a tablet told of, not taken
    if _TOLD_OF.match(text, m.end()):
        return None  # "Two of the twenties were left in the box.": tablets told of
    singular = m.group(1) + ("y" if m.group(2).lower() == "ies" else "")
    if singular.lower().endswith("ie"):  # "twenties": the "ies" of twenty, read as its "s"
        singular = singular[:-2] + "y"
    said = find_numbers(singular)
    if len(said) != 1 or said[0].start != 0 or said[0].end != len(singular) or said[0].value < 2:
        return None
    return NumberSpan(count.start, m.end(), count.value * said[0].value)


def counted_strength(text: str, n: NumberSpan) -> bool:
    """The number is the strength of tablets counted before it ("two of the fifty milligram
    tablets"): the dose is the count's total, not the strength."""
    c = _COUNT_OF_THE.search(text[: n.start])
    if c is None:
        return False
    count = NumberSpan(c.start(1), c.end(1), find_numbers(c.group(1))[0].value)
    total = count_of_plural(text, count)
    return total is not None and total.end >= n.end


def digits_said_one_by_one(text: str, nums: Sequence[NumberSpan]) -> bool:
    """Three digits said one by one before a unit ("one eight seven milligram", "1-8-7 mg"): a
    strength of three digits, 187."""
    return (
        len(nums) == 3
        and nums[0].value >= 1
        and all(x.value == int(x.value) and 0 <= x.value <= 9 for x in nums)
        and all(re.fullmatch(r"[a-z]+|\d", text[x.start : x.end], re.I) for x in nums)
        and all(text[a.end : b.start] in (" ", "-") for a, b in itertools.pairwise(nums))
        and dw.UNIT_AFTER.match(text[nums[2].end :]) is not None
    )


#: "from forty to sixty on the fluoxetine": a dose changed to, then the drug it is on (not "I was
#: twenty on the olanzapine", an age)
_ON_THE = re.compile(r"\s+on\s+(?:the|your|my)\s+", re.I)
_CHANGED_TO = re.compile(r"\bto\s+$", re.I)


_NAME_SET_AFTER = re.compile(r",\s+(?:the\s+|my\s+)?", re.I)
_ANSWER_LEADS = re.compile(r"\W*(?:(?:yes|yeah|yep|still|just)\W+)*", re.I)


def strength_of_the(
    between: str, value: float, unit: str | None, m: Mention, before: str = ""
) -> bool:
    """ "eight hundred of the Priadel", "seven point five of the zopiclone", "Yes, fifty, the
    Trittico": a strength the drug comes in, not a count of its tablets ("two of the
    lamotrigine", "forty of the Tylenol")."""
    known = load_lexicon().medication(m.generic)
    on_the = _ON_THE.fullmatch(between) is not None and _CHANGED_TO.search(before) is not None
    # leading the answer, the name set after it: "Yes, fifty, the Trittico, at night."
    leads = bool(_NAME_SET_AFTER.fullmatch(between) and _ANSWER_LEADS.fullmatch(before))
    return (
        (dw.OF_THE_DRUG.fullmatch(between) is not None or on_the or leads)
        and known is not None
        and not (value <= 4 and float(value).is_integer())
        and known.plausible_dose(value, unit or known.units[0])
    )


def strength_before(text: str, n: NumberSpan, unit: str | None, m: Mention) -> bool:
    """Number n of `text`, said before drug mention m, is a strength of it (`strength_of_the`)."""
    return strength_of_the(text[n.end : m.start], n.value, unit, m, text[: n.start])


#: after the number of a sentence that restates the day's dose: "So nine hundred.", "So three
#: hundred a day in total."
_A_DAY_TOTAL = re.compile(
    r"\s*(?:mgs?|milligrams?)?(?:\s+(?:a|per) day|\s+daily|\s+in total|\s+altogether|\s+total)*"
    r"\s*[.!]?\s*$",
    re.I,
)
_TIMES_A_DAY = re.compile(r"\b(twice|three times|four times) (?:a|per) day\b", re.I)
_TIMES = {"twice": 2, "three times": 3, "four times": 4}


#: a part of a tablet, then its strength in apposition: "I take half a tablet, three point seven
#: five"
_PART_THEN = re.compile(
    r"\b(?:half|a quarter of|quarter of) (?:a |one )?(?:tablet|tab|pill)s?,\s+$", re.I
)


def day_total(ahead: str, after: str) -> bool:
    """The number between `ahead` and `after` leads a sentence that restates the day's dose, or
    is the strength of the part of a tablet said before it."""
    return bool(
        (re.fullmatch(r"\W*so,?\s+", ahead, re.I) and _A_DAY_TOTAL.match(after))
        or _PART_THEN.search(ahead)
    )


def each_and_total(text: str, each: float, total: float) -> bool:
    """`text` gives a dose taken several times a day and `total` is the day's sum of it ("Three
    hundred, three times a day." "So nine hundred."): both are said doses."""
    m = _TIMES_A_DAY.search(text)
    return m is not None and abs(each * _TIMES[m.group(1).lower()] - total) < 1e-6


#: a sentence that is only a strength said as a plural: "Tens.", "Yeah, the twos."
_PLURAL_ALONE = re.compile(
    r"^\W*(?:(?:yeah|yes|yep)\W+)?(?:the\s+)?(?P<n>twos|fives|tens|twenties|fifties|hundreds)\W*$",
    re.I,
)
_PLURALS = {"twos": 2.0, "fives": 5.0, "tens": 10.0, "twenties": 20.0, "fifties": 50.0,
            "hundreds": 100.0}  # fmt: skip


def plural_strength(text: str) -> list[NumberSpan]:
    """The strength of a sentence that is only a plural of it ("Tens."), or none."""
    m = _PLURAL_ALONE.match(text)
    if m is None:
        return []
    return [NumberSpan(m.start("n"), m.end("n"), _PLURALS[m.group("n").lower()])]


def a_count_not_a_dose(
    generic: str, value: float, unit: str | None, larger_before: bool = False
) -> bool:
    """A small bare number that no dose of the drug could be: tablets or melts counted ("the
    Minirin, still one at bedtime": desmopressin is given in tens of micrograms); of a drug the
    lexicon does not know, one said after its larger strength ("the fifteen ten, one at night":
    the Lybalvi's strength, then one tablet)."""
    drug = load_lexicon().medication(generic)
    if unit is None and drug is None and larger_before and value in (1, 2, 3, 4):
        return True
    return (
        unit is None
        and drug is not None
        and value in (1, 2, 3, 4)
        and not drug.plausible_dose(value, drug.units[0])
    )


def partners(text: str, a: NumberSpan, b: NumberSpan | None) -> bool:
    """`a` is the partner drug's strength in a combination tablet said "a over b" ("Sinemet,
    twenty-five over a hundred": carbidopa's 25 with the named levodopa's 100): not a dose."""
    return (
        b is not None
        and b.value > a.value
        and re.fullmatch(r"\s*(?:over|/)\s*", text[a.end : b.start], re.I) is not None
    )


class NumberSpanned(Protocol):
    """A dose found: its number."""

    @property
    def number(self) -> NumberSpan: ...


#: a part of a tablet said before the total it makes: "Half a tablet, so", "a quarter of one, so"
_PART_SO = re.compile(
    r"\b(half|a quarter)(?: of)? (?:a |one |the )?(?:tablet|tab|pill|one)s?\b[^.?!]{0,12}\bso\b",
    re.I,
)


#: before a dose, a part or a multiple of the one talked about, the new total: "Half of that,
#: point two five, at night"
HALF_OF_THAT = re.compile(
    r"^\W*(?:(?:so|then|and),?\s+)?(half|a quarter|double|twice)(?: of)? (?:that|it|this)\s*,\s+$",
    re.I,
)
_PARTS = {"half": 0.5, "a quarter": 0.25, "double": 2.0, "twice": 2.0}
#: a part of a tablet of a strength, then a comma: the total said next ("half of the fifty,
#: twenty-five")
_PART_OF_STRENGTH = re.compile(
    r"\b(half|a quarter)(?: of)? (?:the|a|one) ([a-z]+(?:[\s-][a-z]+)?|\d+(?:\.\d+)?)\s*,\s+$", re.I
)


def part_then_total(ahead: str, value: float) -> bool:
    """The number after `ahead` is the dose a part of a tablet makes, said after it: "I take half
    of the fifty, twenty-five" (the part times the strength, never another number)."""
    m = _PART_OF_STRENGTH.search(ahead)
    # ("the hundred": "the" for "a")
    said = (find_numbers(m.group(2)) or find_numbers("a " + m.group(2))) if m else ()
    return bool(m and len(said) == 1 and said[0].value * _PARTS[m.group(1).lower()] == value)


def total_of(
    text: str,
    d: NumberSpanned,
    said: int,
    last: tuple[int, Mention, object] | None,
    entries: Sequence[Medication],
) -> bool:
    """The total `d` said in `text` is a dose of the drug talked about (`last`: where it was
    named, its mention), `said` sentences on: said right after it, or as the part of a tablet
    said before it of the dose listed for the drug (7.5 mg, "Half a tablet, so three point seven
    five"; 0.5 mg, "Half of that, point two five"), however far back the drug was named."""
    if last is None:
        return False
    if said <= 1:
        return True
    m = _PART_SO.search(text) or HALF_OF_THAT.search(text[: d.number.start])
    part = _PARTS.get(m.group(1).lower(), 0.25) if m else 0.25
    return m is not None and any(
        e.name == last[1].generic and e.dose and abs(e.dose * part - d.number.value) < 1e-6
        for e in entries
    )


def grams_it_cannot_be(drug: ClinicalMedication | None, value: float, unit: str | None) -> bool:
    """A dose in grams of a drug given in milligrams, a thousand times too much for it ("forty
    grams of alcohol a day" after "your sertraline"), or in micrograms, a thousand times too
    little ("seventy-five micrograms", a patch's, after "the Utrogestan"): another thing's
    amount."""
    per_mg = {"g": 1000.0, "mcg": 0.001}.get(unit or "")
    return (
        drug is not None
        and per_mg is not None
        and unit not in drug.units
        and "mg" in drug.units
        and not drug.plausible_dose(value * per_mg, "mg")
    )


def far_outside(drug: ClinicalMedication | None, value: float, unit: str | None) -> bool:
    """A dose in one of the drug's units a hundred times and more outside its usual range ("How is
    the twenty milligrams?" after "And Cerazette, the pill.", a pill of seventy-five micrograms):
    another drug's dose, said next (not a low dose: naltrexone's one and a half milligrams)."""
    if drug is None or unit is None or unit not in drug.units:
        return False
    lo, hi = drug.usual_daily_dose
    grams = {"g": 1000.0, "mg": 1.0, "mcg": 0.001}
    if unit in grams and drug.units[0] in grams:
        value *= grams[unit] / grams[drug.units[0]]
    return not lo / 100 <= value <= hi * 100


_D = TypeVar("_D", bound=NumberSpanned)
#: after a day's total: "Twenty-five a day: ten in the morning, ..."
_A_DAY = re.compile(r"\s*(?:mgs?|milligrams?)?\s*(?:a|per) day\b|\s*daily\b", re.I)


def without_split(text: str, found: list[_D]) -> list[_D]:
    """The doses of `text`, less the parts a day's total is split into when they add up to it
    ("Twenty-five a day: ten in the morning, five at dinner, ten at night." is 25)."""
    if len(found) < 2 or not _A_DAY.match(text[found[0].number.end :]):
        return found
    parts = [n.value for n in find_numbers(text[found[0].number.end :])]
    return (
        found[:1] if len(parts) >= 2 and abs(sum(parts) - found[0].number.value) < 1e-6 else found
    )


def counts_only(text: str) -> bool:
    """`text` only counts tablets, one to four at a time: "One in the morning, one dinner, one
    at night." """
    said = find_numbers(text)
    return bool(said) and all(n.value in (1, 2, 3, 4) for n in said) and not _A_UNIT.search(text)


_A_UNIT = re.compile(r"\b(?:mgs?|milligrams?|mcg|micrograms?|ml|grams?)\b", re.I)


#: "one" after a strength or "the" and a word is the tablet: "the three milligram one", "the
#: drospirenone one"
UNIT_BEFORE_ONE = re.compile(
    r"(?:\b(?:mgs?|milligrams?|micrograms?|mcg|grams?)|\bthe\s+[a-z-]+)\s+$", re.I
)
_UNITS_WEEKLY = re.compile(r"^\s+(units)\b(?=\s+(?:a|per|each|every)\s+week\b|\s+weekly\b)", re.I)
_UNITS_A_DAY = re.compile(r"^\s+(units)\b(?=\s+(?:a|per|each|every)\s+day\b|\s+daily\b)", re.I)


def units_over_time(text: str, n: NumberSpan, mentions: Sequence[Mention]) -> re.Match[str] | None:
    """The units of a dose said with how often: a weekly one right after a drug given in units
    ("vitamin D3, sixty thousand units weekly"), not units a week said with no drug beside them
    (of alcohol); and a hundred units a day or more with or without the drug ("Two thousand units
    a day." after "And the vitamin D?"), more than anyone drinks."""
    if n.value >= 100 and (daily := _UNITS_A_DAY.match(text[n.end :])):
        return daily
    lexicon = load_lexicon()
    for m in mentions:
        drug = lexicon.medication(m.generic)
        if drug is not None and "units" in drug.units and 0 <= n.start - m.end <= 4:
            return _UNITS_WEEKLY.match(text[n.end :])
    return None
