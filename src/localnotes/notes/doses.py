"""Which numbers in a sentence are doses: a number with a unit ("75 mg"), a tablet's strength ("the
one fifty XL"), or a bare number right after a drug's name or a change word ("sertraline at one
fifty", "go up to 150"); a total restated after a count of tablets ("half a tab, so
twenty-five", "two of the two hundreds, so four hundred"), the steps of a titration ("the
twenty-five for a week, and then the fifty") and a strength said as hundreds ("the four
hundreds", "two of the five hundreds": two tablets of 500). A dose answered in the sentences
after a drug is named ("You're on sertraline?" "Fifty milligrams.") is `dose_answered`'s."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from localnotes.notes import dose_changes as dc
from localnotes.notes import dose_counts, dose_from, dose_plans, dose_worked_out, drug_mentions
from localnotes.notes import dose_wording as dw
from localnotes.notes.drug_mentions import Mention
from localnotes.notes.numbers import NumberSpan, find_numbers
from localnotes.notes.sentences import Sentence

#: a meal or time a dose is taken with: "with breakfast", "at bedtime"
_MEAL = r"(?:breakfast|lunch|dinner|supper|tea|bedtime|night|the evening meal|the main meal)"
#: a dose with its unit and its meal, then a comma: a bare number said next with its own meal is
#: a further dose in that unit ("six units with breakfast and lunch, eight with supper")
_LISTED_AT_MEAL = re.compile(
    rf"\b(units|mg|milligrams|micrograms|mcg)\s+(?:with|at|before|after)\s+{_MEAL}"
    rf"(?:\s+and\s+{_MEAL})?,\s+(?:and\s+|then\s+)?$",
    re.I,
)
_AT_MEAL_AFTER = re.compile(rf"\s+(?:with|at|before|after)\s+{_MEAL}\b", re.I)


@dataclass(frozen=True)
class Dose:
    number: NumberSpan
    unit: str | None
    total: bool = False  # a total restated after a count of tablets: "so four hundred"


def mentions(s: Sentence, dose_beside: bool = False, named_beside: bool = False) -> list[Mention]:
    return list(drug_mentions.mentions_in(s.text, dose_beside, named_beside))


#: a whole hundred, said before the rest of a dose that speech recognition writes apart
_HUNDREDS = frozenset(float(x) for x in range(100, 1000, 100))


#: a decimal said after "the", then "one" for the tablet: "the point four one" (0.4)
#: a strength, then "ones": the tablets of that strength ("the two hundred ones", "the fifty ones")
_THE_ONES = re.compile(r"\s+ones\b", re.I)
_THE = re.compile(r"\b(?:the|those|these|my|de|da)\s+$", re.I)
_THE_DECIMAL_ONE = re.compile(
    r"(point(?:\s+(?:one|two|three|four|five|six|seven|eight|nine))+)\s+one", re.I
)


def as_doses_are_said(text: str) -> list[NumberSpan]:
    """The numbers of `text`, read as doses are said: "one fifty milligram tablet" is one tablet
    of fifty; "half of the one milligram" is half a milligram; a range going down with one digit
    each side, "seven to five milligrams", is speech recognition's "seventy-five"."""
    out: list[NumberSpan] = []
    nums = list(find_numbers(text))
    for c in dw.COMBINED_STRENGTH.finditer(text):  # "the thirty five hundreds": 30 mg of codeine
        first = find_numbers(c.group(1))
        if first:
            out.append(NumberSpan(c.start(1), c.end(1), first[0].value))
            nums = [n for n in nums if not c.start() <= n.start < c.end()]
    nums = [
        n
        for n, m in itertools.zip_longest(nums, nums[1:])
        if not dose_counts.partners(text, n, m) and not _restarted(text, n, m)
    ]
    i = 0
    while i < len(nums):
        n = nums[i]
        said, after, ahead = text[n.start : n.end], text[n.end :], text[: n.start]
        nxt = nums[i + 1] if i + 1 < len(nums) else None
        if (
            100 < n.value < 200
            and re.match(r"one\s", said, re.I)
            and dw.A_TABLET_AFTER.match(after)
        ):
            one = re.match(r"one\s+", said, re.I)
            out.append(NumberSpan(n.start + (one.end() if one else 0), n.end, n.value - 100))
        elif (tablets := dose_counts.tablets_of_strength(text, nums[i : i + 2])) is not None:
            out.append(tablets)  # "two five hundreds": two tablets of 500, a dose of 1000
            i += 2
            continue
        elif dose_counts.digits_said_one_by_one(text, nums[i : i + 3]):  # "one eight seven mg"
            last = nums[i + 2]
            value = float("".join(str(int(x.value)) for x in nums[i : i + 3]))
            out.append(NumberSpan(n.start, last.end, value))
            i += 3
            continue
        elif (ones := _THE_DECIMAL_ONE.fullmatch(said)) and re.search(r"\bthe\s+$", ahead, re.I):
            # "the point four one": the tablet of 0.4 ("one" for it), not 0.41
            tablet = find_numbers(ones.group(1))
            out.append(NumberSpan(n.start, n.start + ones.end(1), tablet[0].value) if tablet else n)
        elif dw.HALF_OF_BEFORE.search(ahead) and (
            n.value >= 5 or dw.UNIT_AFTER.match(after) or re.match(r"\s*(?:[,.;!?]|$)", after)
        ):  # (a small one where the clause ends: "the Lexotan, half of the three, at night")
            out.append(NumberSpan(n.start, n.end, n.value / 2))  # "half of a twenty-five"
        elif (
            nxt is not None
            and re.fullmatch(r"\s+to\s+", text[n.end : nxt.start], re.I)
            and re.fullmatch(r"[a-z]+|\d", said, re.I)
            and re.fullmatch(r"[a-z]+|\d", text[nxt.start : nxt.end], re.I)
            and 1 <= nxt.value < n.value <= 9
            and not re.search(r"\bfrom\s+$", ahead, re.I)
        ):  # "seven to five milligrams": heard for "seventy-five"
            out.append(NumberSpan(n.start, nxt.end, n.value * 10 + nxt.value))
            i += 1
        elif (
            nxt is not None
            and n.value in _HUNDREDS
            and text[n.end : nxt.start] == " "
            and re.fullmatch(r"\d{1,2}", text[nxt.start : nxt.end])
            and 1 <= nxt.value <= 99
            and dw.UNIT_AFTER.match(text[nxt.end :])
        ):  # "300 80 milligrams": speech recognition's "three hundred eighty", one dose
            out.append(NumberSpan(n.start, nxt.end, n.value + nxt.value))
            i += 1
        elif not _ONE_OF_A_KIND.search(text, n.start, n.end + 12):  # "Sertraline is one of the"
            out.append(n)
        i += 1
    return sorted(out, key=lambda n: n.start)


#: between a number begun and the same said again in full: ", ", ", uh, ", "... "
_RESTART = re.compile(r"\s*(?:,|\.\.\.|-)\s*(?:(?:uh|um|er|erm),?\s+)?")


def _restarted(text: str, n: NumberSpan, m: NumberSpan | None) -> bool:
    """`n` is a number begun and said again, longer, right after it: "the six, six and a
    quarter" is 6.25, "one, one fifty" 150; the first only a false start."""
    if m is None or not _RESTART.fullmatch(text[n.end : m.start]) or m.value == n.value:
        return False
    said, again = text[n.start : n.end].lower(), text[m.start : m.end].lower()
    return again.startswith(said + " ") or again.startswith(said + "-")


def _begun(text: str, start: int, n: NumberSpan) -> int:
    """Where `n` begins after `start`: at a false start of it ("the six, six and a quarter")."""
    nums = find_numbers(text[start : n.start])
    if nums and _restarted(text, NumberSpan(nums[-1].start + start, nums[-1].end + start, 0), n):
        return nums[-1].start + start
    return n.start


def doses(s: Sentence, mentions: list[Mention], then: Sequence[Sentence] = ()) -> list[Dose]:
    """The doses of sentence `s`; `then`, the sentence after it, may split the tablet whose
    strength ends `s`."""
    out = [
        Dose(NumberSpan(f.start(), f.end(), 0.25 if "quarter" in f.group(0).lower() else 0.5), "mg")
        for f in dw.FRACTION_OF_UNIT.finditer(s.text)
    ]  # "half a milligram"
    out += [
        Dose(NumberSpan(f.start(), f.end(), 1.0), dw.UNITS[f.group(1).lower()])
        for f in dw.A_UNIT.finditer(s.text)
        # "paracetamol, a gram", "A gram, four times a day.": right after the name or leading
        if any(0 <= f.start() - m.end <= 4 for m in mentions)
        or not re.search(r"\w", s.text[: f.start()])
    ]  # "a gram"
    out += [
        Dose(NumberSpan(f.start(1), f.end(1), 0.25 if "quarter" in f.group(1) else 0.5), None, True)
        for f in dw.SO_FRACTION.finditer(s.text)
        if not re.search(r"\w", s.text[: f.start()])
        or dw.COUNT_WORDS.search(dw.clause_before(s.text[: f.start()]))
    ]  # "So a quarter." after "Half of one of her point fives."
    clocks = list(dw.CLOCK_TIME.finditer(s.text)) if " at " in s.text else []
    for n in as_doses_are_said(s.text):
        after = s.text[n.end :]
        so = dw.SO_TOTAL_AFTER.match(after)
        if dose_worked_out.counted_before_total(s.text, n):
            continue  # "two of the two hundreds, so four hundred": the count, not the dose
        if _split_next(s, n, then):
            continue  # "Oxazepam, the ten. But I break it in half, so five.": the tablet's
        if dose_from.from_after_change(s.text, n.start) or (
            any(m.end <= n.start for m in mentions)
            and dose_from.start_of_change(s.text, n.start, n.end)
        ):  # (the drug named before it, so the change is read as its own)
            continue  # "up to 100mg from 50mg", "Zoloft, it was 25, now 50": the change's
        if so and _PART_IS.match(after[so.end() :]):
            continue  # "the ten milligram tablets, so half is five milligrams": the tablet's
        if dose_worked_out.strength_before_total(s.text, n):
            continue  # "the sixty, but she said take only half, so thirty": the tablet's
        if dose_worked_out.counts_tablets(s.text, n) or dose_worked_out.strength_then_total(
            s.text, n
        ):  # "two five milligram tablets, ten at night": the count and the tablets' strength
            continue
        to = dw.FROM_TO.match(after)
        if to and dw.changed_from(s.text[: n.start], after[: to.end()]):
            nxt = find_numbers(after[to.end() :])
            if nxt and nxt[0].start == 0:
                continue  # "from thirty to sixty": the dose before, part of the change to sixty
        of_plural = dose_counts.count_of_plural(s.text, n)
        if of_plural is not None:  # "two of the tens": the count's tablets, a dose of twenty
            out.append(Dose(of_plural, None))
            continue
        if dose_counts.counted_strength(s.text, n):
            continue  # "two of the fifty milligram tablets": the fifty is the tablets' strength
        h = dw.HUNDREDS_AFTER.match(after)
        if h and re.search(r"\bof\s+(?:the|my|those|these)\s+$", s.text[: n.start], re.I):
            # "two of the five hundreds": the count's tablets, a dose of 1000 (the count alone
            # where a total follows: "three of the three hundreds, so nine hundred")
            taken = dose_counts.count_of_hundreds(s.text, n, n.end + h.end())
            if taken is not None:
                out.append(Dose(taken, None))
            continue
        if h and 1 <= n.value <= 9:  # "the four hundreds": the 400 mg tablets
            out.append(Dose(NumberSpan(n.start, n.end + h.end(), n.value * 100), None))
            continue
        if (
            (n.value >= 5 or n.value < 1)
            and _THE_ONES.match(after)
            and _THE.search(s.text[: n.start])
        ):
            out.append(Dose(n, None))  # "the two hundred ones from the shop": the tablets'
            continue
        # "point five of a milligram": a fraction of the unit
        u = dw.UNIT_AFTER.match(after) or (dw.OF_A_UNIT.match(after) if n.value < 1 else None)
        if u is None and not dw.DRINKING.search(s.text):
            # insulin's "thirty-two units"; "vitamin D3, sixty thousand units weekly"
            u = dw.UNITS_AFTER.match(after) or dose_counts.units_over_time(s.text, n, mentions)
        if u and dw.FOOD_AFTER.match(after[u.end() :]):
            continue  # "one unit for ten grams of carbs": food weighed, not a dose
        money = dw.MONEY_BEFORE.search(dw.clause_before(s.text[: n.start]))
        if u and u.group(1).lower() == "mil" and money:
            continue  # "We owe thirty mil on the house": a million, not milligrams
        if u and u.group(1).lower() == "mil" and dw.LIQUID.search(s.text):
            out.append(Dose(n, "ml"))  # "Two and a half mil on the little spoon": a volume
            continue
        if u:
            out.append(Dose(n, dw.UNITS[u.group(1).lower()]))
            continue
        listed = _LISTED_AT_MEAL.search(s.text[: n.start])
        if listed and _AT_MEAL_AFTER.match(after):  # "..., eight with supper": the same unit's
            out.append(Dose(n, dw.UNITS[listed.group(1).lower()]))
            continue
        if dw.RELEASE_AFTER.match(after) and 1 <= n.value <= 3000:
            out.append(Dose(n, None))  # "the one fifty XL": a tablet's strength
            continue
        if (
            mentions
            and dw.PERCENT_AFTER.match(after)
            and n.value <= 10
            and dw.TOPICAL.search(s.text)
        ):
            out.append(Dose(n, "%"))  # "the lidocaine ointment, the five percent one"
            continue
        decimal = 0.05 <= n.value < 0.25 and bool(
            re.match(r"(?:point|\.|0\.)", s.text[n.start :], re.I)
        )
        if (
            n.value in (1, 2, 3, 4) or re.search(r"\bno more than\s+$", s.text[: n.start], re.I)
        ) and dw.COUNT_A_DAY_AFTER.match(after):
            continue  # "up to two a day", "no more than eight a day": tablets
        if n.value == 1 and dose_counts.UNIT_BEFORE_ONE.search(s.text[: n.start]):
            continue  # "the three milligram one": the tablet, not a dose of one
        if n.value == 1 and _THE_ONE_WHICH.search(s.text[: n.start]) and _ONE_WHICH.match(after):
            continue  # "The Lyrica is the one for the nerves": which drug, not a dose of one
        if dw.NOT_DOSE_AFTER.match(after) or not (0.25 <= n.value <= 3000 or decimal):
            continue  # (a small decimal said as one, "point one", may be a dose: clonidine)
        if dw.LEVEL_BEFORE.search(s.text[: n.start]):
            continue  # "your lithium level was 0.6": a blood level, not a dose
        if dw.said_as_hour(s.text[: n.start], n.value) or dw.RANGE_TO_DOSE.match(after):
            continue  # "up at 6": a time; "one to two milligrams": the range's end has the unit
        if any(c.start() <= n.start < c.end() for c in clocks):
            continue  # "at nine fifteen": a time of day
        ahead = s.text[: n.start]
        if n.value in range(1, 13) and _AT_AFTER_A_DOSE.search(ahead[-40:]):
            continue  # "Circadin, two milligrams, at nine in the evening": when it is taken
        # "Half of that, point two five", "half of the fifty, twenty-five": the total
        if dose_counts.HALF_OF_THAT.search(ahead) or dose_counts.part_then_total(ahead, n.value):
            out.append(Dose(n, None, total=True))
            continue
        if re.search(r"\bby\s+$", ahead, re.I):
            continue  # "take the diazepam down by five": the step, not the dose
        if dw.ARTICLE_BEFORE.search(ahead) and not dw.HALF_OF_BEFORE.search(ahead):
            continue  # "it was a seven": a rating or a count (not "half of a fifty": a tablet)
        if dw.SO_TOTAL_BEFORE.search(ahead) and re.search(
            r"\d|\b(?:half|quarter|one|two|three|four)\b|" + dw.COUNT_WORDS.pattern,
            dw.clause_before(ahead),
            re.I,
        ):
            out.append(Dose(n, None, total=True))  # "half a tab, so twenty-five": the total
            continue
        if dose_counts.day_total(ahead, after):  # "So nine hundred a day.": the day's total
            out.append(Dose(n, None, total=True))
            continue
        if dw.SAID_BEFORE.search(ahead) and dw.IF_AFTER.match(after):
            out.append(Dose(n, None))  # "said a thousand if the level is still low"
            continue
        if dw.IS_NOW_AFTER.match(after) and dw.IS_NOW_BEFORE.search(ahead):
            out.append(Dose(n, None))  # "and it's twenty now"
            continue
        if n.value >= 5 and dw.STEP_THEN_AFTER.match(after):
            out.append(Dose(n, None))  # "the twenty-five for a week, and then the fifty"
            continue
        if dw.THEN_DOSE_BEFORE.search(ahead) and n.value >= 5 and out:
            out.append(Dose(n, None))  # "twenty-five for a week, then the fifty" (not a count)
            continue
        # a bare number counts only right after a drug's name or a change word: "Zoloft 100",
        # "sertraline at one fifty", "go up to 150"
        before = s.text[max(0, n.start - 40) : n.start]
        near_drug = any(
            # (with no other number between: "the Zimovane, 7.5, one a night" counts the one)
            (
                0 <= n.start - m.end <= 12
                and not find_numbers(s.text[m.end : _begun(s.text, m.end, n)])
            )
            # "metoprolol for my heart, twenty-five, twice a day"
            or (0 <= n.start - m.end <= 30 and dw.BARE_WITH_FREQUENCY.match(after))
            # "the Invega Sustenna, the one fifty-six" (what it is for and its look may stand
            # between: "the Zoton for my stomach with it, the wee melty one, fifteen")
            or (
                0 <= n.start - m.end <= 60
                and dw.NAME_THEN_DOSE.fullmatch(s.text[m.end : _begun(s.text, m.end, n)])
            )
            # "twenty-five of lamotrigine"
            or (m.start > n.end and dw.OF_DRUG.fullmatch(s.text[n.end : m.start]))
            # "eight hundred of the Priadel" (not "two of the lamotrigine": a count)
            or (
                m.start > n.end
                and dose_counts.strength_of_the(s.text[n.end : m.start], n.value, None, m, before)
            )
            # "bisoprolol, he takes the wee half of the five": a tablet split, said of the drug
            or dw.HALF_AFTER_NAME.fullmatch(s.text[m.end : n.start])
            # "the Zomorph at night, still the two hundred?"
            or (0 <= n.start - m.end <= 40 and dw.STILL_AT.search(s.text[m.end : n.start]))
            for m in mentions
        )
        changing = dc.BARE_CHANGE_BEFORE.search(before)
        if changing and dw.AT_A_CLOCK.search(before) and n.value in range(1, 13):
            changing = None  # "the call from the platform at six": a time of day
        if changing and _AT_AFTER_A_DOSE.search(before) and n.value in range(1, 13):
            changing = None  # "melatonin, three milligrams, at nine": when the dose is taken
        changing = None if dw.AGES_FROM.search(before) else changing  # "When I was ..., from 8 to"
        dated = dose_plans.starts_on_a_day(s.text, n) or dose_plans.set_beside(s.text, n, mentions)
        if near_drug or (changing and dw.BARE_BEFORE.search(before)) or dated:  # "the X, the ten"
            out.append(Dose(n, None))
    return out + [
        Dose(h, None)
        for h in dose_plans.hundred_beside(s.text, mentions)
        if not _split_next(s, h, then)
    ]


def _split_next(s: Sentence, n: NumberSpan, then: Sequence[Sentence]) -> bool:
    """`n` ends `s` as a tablet's strength that the next sentence of the same turn splits."""
    return bool(
        then
        and then[0].segment == s.segment
        and dose_worked_out.strength_split_next(s.text, n, then[0].text)
    )


#: after a dose said with its unit, the hour it is taken: "melatonin, three milligrams, at nine"
_AT_AFTER_A_DOSE = re.compile(
    r"\b(?:mgs?|milligrams?|micrograms?|mcg|mls?|millilit(?:er|re)s?|units?|puffs?|tablets?|pills?)"
    r",?\s+at\s+$",
    re.I,
)
#: "one" said of which drug, a clause after it: "the one for the nerves", "the one that makes me
#: sleepy"
_THE_ONE_WHICH = re.compile(r"\bthe\s+$", re.I)
_ONE_WHICH = re.compile(r"\s+(?:for|that|which|who|i|you|he|she|they|we|with|from)\b", re.I)
#: a part of the tablet said before the dose it makes: "so half is five milligrams"
_PART_IS = re.compile(
    r"(?:a\s+)?(?:half|quarter|third)(?:\s+of\s+(?:it|that|one|them))?\s+(?:is|makes|would be|"
    r"comes to|gives you)\s+(?:an?\s+)?(?=[\w.])",
    re.I,
)
_ONE_OF_A_KIND = re.compile(r"(?<=\bis )one of (?:the|my|our|those|these)\b", re.I)


def said_between(sentences: Sequence[Sentence], a: int, b: int) -> int:
    """How many sentences from a to b say something: "Right." and "Yeah." do not count."""
    return sum(
        1 for s in sentences[a + 1 : b + 1] if len(s.text.split()) > 2 or find_numbers(s.text)
    )
