"""Which numbers in a sentence are doses: a number with a unit ("75 mg"), a tablet's strength
("the one fifty XL"), or a bare number right after a drug's name or a change word ("sertraline at
one fifty", "go up to 150"); a total restated after a count of tablets ("half a tab, so
twenty-five", "two of the two hundreds, so four hundred"), the steps of a titration ("the
twenty-five for a week, and then the fifty") and a strength said as hundreds ("the four
hundreds"); and a dose answered in the sentences after a drug is named ("You're on
sertraline?" "Fifty milligrams."), or said alone after a drug stopped ("The hundred.")."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from localnotes.clinical_lexicon import load_lexicon
from localnotes.notes import dose_answers, dose_counts, dose_plans, drug_mentions, earlier_doses
from localnotes.notes import dose_changes as dc
from localnotes.notes import dose_wording as dw
from localnotes.notes.drug_mentions import Mention
from localnotes.notes.numbers import NumberSpan, find_numbers
from localnotes.notes.rating_prompts import SCALE_SET_UP
from localnotes.notes.sentences import Sentence


@dataclass(frozen=True)
class Dose:
    number: NumberSpan
    unit: str | None
    total: bool = False  # a total restated after a count of tablets: "so four hundred"


def mentions(s: Sentence, dose_beside: bool = False, named_beside: bool = False) -> list[Mention]:
    return list(drug_mentions.mentions_in(s.text, dose_beside, named_beside))


def _as_doses_are_said(text: str) -> list[NumberSpan]:
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
        n for n, m in itertools.zip_longest(nums, nums[1:]) if not dose_counts.partners(text, n, m)
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
        elif not _ONE_OF_A_KIND.search(text, n.start, n.end + 12):  # "Sertraline is one of the"
            out.append(n)
        i += 1
    return sorted(out, key=lambda n: n.start)


def doses(s: Sentence, mentions: list[Mention]) -> list[Dose]:
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
    for n in _as_doses_are_said(s.text):
        after = s.text[n.end :]
        so = dw.SO_TOTAL_AFTER.match(after)
        if so and dw.COUNT_WORDS.search(dw.clause_before(s.text[: n.end] + after[: so.start()])):
            total = after[so.end() :]
            if (find_numbers(total) or [None])[0] is not None and find_numbers(total)[0].start == 0:
                continue  # "two of the two hundreds, so four hundred": the count, not the dose
            if dw.FRACTION_OF_UNIT.match(total):
                continue
        to = dw.FROM_TO.match(after)
        if to and dw.changed_from(s.text[: n.start], after[: to.end()]):
            nxt = find_numbers(after[to.end() :])
            if nxt and nxt[0].start == 0:
                continue  # "from thirty to sixty": the dose before, part of the change to sixty
        h = dw.HUNDREDS_AFTER.match(after)
        if h and re.search(r"\bof\s+(?:the|my|those|these)\s+$", s.text[: n.start], re.I):
            continue  # "three of the three hundreds": the count's tablet, not the dose
        if h and 1 <= n.value <= 9:  # "the four hundreds": the 400 mg tablets
            out.append(Dose(NumberSpan(n.start, n.end + h.end(), n.value * 100), None))
            continue
        # "point five of a milligram": a fraction of the unit
        u = dw.UNIT_AFTER.match(after) or (dw.OF_A_UNIT.match(after) if n.value < 1 else None)
        if u is None and not dw.DRINKING.search(s.text):
            # insulin's "thirty-two units"; "vitamin D3, sixty thousand units weekly"
            u = dw.UNITS_AFTER.match(after) or dose_counts.units_over_time(s.text, n, mentions)
        if u and dw.FOOD_AFTER.match(after[u.end() :]):
            continue  # "one unit for ten grams of carbs": food weighed, not a dose
        if u:
            out.append(Dose(n, dw.UNITS[u.group(1).lower()]))
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
        if dw.NOT_DOSE_AFTER.match(after) or not (0.25 <= n.value <= 3000 or decimal):
            continue  # (a small decimal said as one, "point one", may be a dose: clonidine)
        if dw.LEVEL_BEFORE.search(s.text[: n.start]):
            continue  # "your lithium level was 0.6": a blood level, not a dose
        if dw.said_as_hour(s.text[: n.start], n.value) or dw.RANGE_TO_DOSE.match(after):
            continue  # "up at 6": a time; "one to two milligrams": the range's end has the unit
        if any(c.start() <= n.start < c.end() for c in clocks):
            continue  # "at nine fifteen": a time of day
        ahead = s.text[: n.start]
        if dose_counts.HALF_OF_THAT.search(ahead):  # "Half of that, point two five": the total
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
            0 <= n.start - m.end <= 12
            # "metoprolol for my heart, twenty-five, twice a day"
            or (0 <= n.start - m.end <= 30 and dw.BARE_WITH_FREQUENCY.match(after))
            # "the Invega Sustenna, the one fifty-six"
            or (0 <= n.start - m.end <= 30 and dw.NAME_THEN_DOSE.fullmatch(s.text[m.end : n.start]))
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
        changing = None if dw.AGES_FROM.search(before) else changing  # "When I was ..., from 8 to"
        dated = dose_plans.starts_on_a_day(s.text, n) or dose_plans.set_beside(s.text, n, mentions)
        if near_drug or (changing and dw.BARE_BEFORE.search(before)) or dated:  # "the X, the ten"
            out.append(Dose(n, None))
    return out + [Dose(h, None) for h in dose_plans.hundred_beside(s.text, mentions)]


#: before a small bare number, tablets handed to someone: "He can give me one when I need it"
#: ("I take three at bedtime" may be the dose)
_GIVEN_COUNT = re.compile(
    r"\b(?:give|gives|gave|hand|hands|handed|get|gets|got|bring|brings|brought)\s+"
    r"(?:me|you|him|her|them|us)\s+(?:another\s+)?$",
    re.I,
)
_LEADS = re.compile(r"\W*(?:(?:and|so|but|now)\s+)?(?:(?:the|your|his|her|my)\s+)?", re.I)
_ONE_OF_A_KIND = re.compile(r"(?<=\bis )one of (?:the|my|our|those|these)\b", re.I)
#: before a bare number, a time of day: "when I get home at seven in the morning"
_AT_A_TIME = re.compile(r"\b(?:at|by|until|till|around|about|after|before)\s+$", re.I)


def dose_nearby(
    sentences: Sequence[Sentence], k: int, generic: str
) -> tuple[list[Dose], list[Sentence]]:
    """A dose with a unit in the next sentence or two (the answer to "you're on sertraline?"),
    when those sentences name no drug themselves; and the sentence it was found in. A number said
    alone ("And the Prozac?" "Same." "Forty.") is one where it is a usual dose of the drug."""
    drug = load_lexicon().medication(generic)
    for j in range(k + 1, len(sentences)):
        # sentences that count the drug's tablets reach on to the total: "It's the little point
        # one eight tablets." ... "So three of the point one eights." "That's point five four
        # milligrams each time."
        told = sum(1 for x in sentences[k + 1 : j] if _COUNTS.search(x.text) and not mentions(x))
        if said_between(sentences, k, j) > 3 + min(told, 2):
            break
        s = sentences[j]
        named = mentions(s)
        if any(not m.past for m in named):
            # "Dr. Brand has you on citalopram." "20 milligrams in the morning, and the
            # lisinopril, 10.": a dose leading the answer, before the next drug, is the first's
            first = min(m.start for m in named)
            leading = [
                d
                for d in doses(s, named)
                if d.unit
                and d.number.end <= first
                and not re.search(r"\w", s.text[: d.number.start])
                and not dw.DOSE_BEFORE.fullmatch(s.text[d.number.end : first])
                and not dw.OF_DRUG.fullmatch(s.text[d.number.end : first])
            ]
            # "30 milligrams, and she wants me on 60 from this week, and she made me stop the 5HTP"
            leading += [
                d
                for d in doses(s, named)
                if leading
                and leading[0].number.end < d.number.start
                and d.number.end <= first
                and dc.BARE_CHANGE_BEFORE.search(
                    s.text[max(0, d.number.start - 40) : d.number.start]
                )
            ]
            return (leading[:2], [s]) if leading else ([], [])
        if named:  # only drugs stopped or taken before: the doses said ahead of them are ours
            # "30 milligrams, and she wants me on 60 from this week, and she made me stop the 5HTP"
            first = min(m.start for m in named)
            ahead = [
                d
                for d in doses(s, [])
                if d.number.end <= first
                and (d.unit or (drug is not None and drug.plausible_dose(d.number.value)))
            ]
            if ahead and not re.search(r"\w", s.text[: ahead[0].number.start]):
                return ahead, [s]
            continue
        if (
            dw.STARTS_ANOTHER.search(s.text)
            or (s.is_question and dw.ASKS_ELSE.match(s.text))
            # another drug by the dictionary's name, leading its sentence: "The Mirapex is the
            # culprit. Bring it down." (not "It is safe with your dolutegravir.")
            or any(
                m.generic != generic and _LEADS.fullmatch(s.text[: m.start])
                for m in mentions(s, named_beside=True)
            )
        ):
            break  # "The GP also started search for line, twenty-five": another drug, misheard
        if s.is_question and SCALE_SET_UP.search(s.text):
            break  # "Sleep out of ten at the moment?" "Four.": a rating's answer, no dose
        if earlier_doses.told_as_a_time(s.text):
            continue  # "When we were on the fifty I was sick.": the dose before, not today's
        # a bare number after a change or "I'm on" ("The doctor made it twenty.") where it is a
        # usual dose of the drug
        found = [
            d
            for d in doses(s, [])
            if not dose_counts.grams_it_cannot_be(drug, d.number.value, d.unit)
            and (
                d.unit
                or dw.RELEASE_AFTER.match(s.text[d.number.end :])
                or (
                    drug is not None
                    and drug.plausible_dose(d.number.value, drug.units[0])
                    and not _AT_A_TIME.search(s.text[: d.number.start])
                )
            )
        ]
        alone = (
            [  # "500.", "The point two five."
                n
                for n in find_numbers(s.text)
                if not re.search(r"\w", dw.HEDGED_LEAD.sub("", s.text[: n.start]))
                and not re.search(r"\w", s.text[n.end :])
            ]
            or dose_counts.plural_strength(s.text)
        )  # "Tens.", "The twos."
        if (
            not found
            and alone
            and dose_answers.alone_is_dose(
                alone[0].value, drug, sentences[j + 1].text if j + 1 < len(sentences) else ""
            )
        ):  # "500." "Twice a day."
            found = [Dose(alone[0], None)]
        # "Five hundred, twice a day." (but not "Two in the morning": tablets); "Twenty-five at
        # first, now fifty." (the change found, the first dose told by how it was taken)
        found += [
            d
            for d in (
                Dose(n, None)
                # (read as doses are said: "Half of a fifty, every morning." is twenty-five)
                for n in _as_doses_are_said(s.text)
                # (below one where said so: "Point five, four times a week")
                if (1 <= n.value <= 3000 or s.text[n.start :].lower().startswith("point"))
                and dw.BARE_WITH_FREQUENCY.match(s.text[n.end :])
                and (drug is None or drug.plausible_dose(n.value, drug.units[0]))
                and not (n.value == 1 and dose_counts.UNIT_BEFORE_ONE.search(s.text[: n.start]))
                and not _AT_A_TIME.search(s.text[: n.start])
                and not (n.value <= 4 and _GIVEN_COUNT.search(s.text[: n.start]))
                # "Two a day in his juice.": sachets or tablets counted, not a dose
                and not (n.value in (1, 2, 3, 4) and dw.COUNT_A_DAY_AFTER.match(s.text[n.end :]))
            )
            if all(d.number.start != f.number.start for f in found)
        ]
        # "Omeprazole?" "Forty, because of the swallowing.": the dose leading the answer
        if j == k + 1 and sentences[k].is_question:
            lead = dose_answers.leading_dose(s.text, drug)
            if lead is not None and all(d.number.start != lead.start for d in found):
                found.append(Dose(lead, None))
            if not found and dose_answers.combined_strength(s.text):
                return [], []  # "The twenty-five, one hundred tablets.": not one dose to read
        found = dose_counts.without_split(s.text, sorted(found, key=lambda d: d.number.start))
        if found:
            # "The five hundreds, two at night." "So a thousand milligrams.": the total's sentence
            # (or after the tablets counted: "The tens." "One in the morning, ..." "So thirty.")
            for nxt in sentences[j + 1 : j + 3]:
                if mentions(nxt):
                    break
                so = re.match(r"\W*so\b", nxt.text, re.I) is not None
                totals = [d for d in doses(nxt, []) if d.total or (so and d.unit)]
                # (not a change said from one dose to another, its day's total restated after)
                if totals and not any(d.total for d in found) and len(found) == 1:
                    each, day = found[0].number.value, totals[0].number.value
                    both = nxt is sentences[j + 1] and dose_counts.each_and_total(s.text, each, day)
                    return ([*found, *totals] if both else totals), [s, nxt]
                if not dose_counts.counts_only(nxt.text):
                    break
            return found, [s]
    return [], []


_COUNTS = re.compile(r"\b(?:tablets?|pills?|capsules?|of (?:them|those|these|the))\b", re.I)


def said_between(sentences: Sequence[Sentence], a: int, b: int) -> int:
    """How many sentences from a to b say something: "Right." and "Yeah." do not count."""
    return sum(
        1 for s in sentences[a + 1 : b + 1] if len(s.text.split()) > 2 or find_numbers(s.text)
    )
