"""A dose answered in the sentences after a drug is named: "You're on sertraline?" "Fifty
milligrams."; "And the Prozac?" "Same." "Forty."; "Omeprazole?" "Forty, because of the
swallowing."; a total restated after the tablets are counted ("The five hundreds, two at night."
"So a thousand milligrams."). The sentences read stop at another drug's name, a question about
something else, or a rating's scale; which numbers of a sentence are doses is `doses`'."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from localnotes.clinical_lexicon import load_lexicon
from localnotes.notes import dose_answers, dose_counts, dose_worked_out, earlier_doses
from localnotes.notes import dose_changes as dc
from localnotes.notes import dose_wording as dw
from localnotes.notes.doses import Dose, as_doses_are_said, doses, mentions, said_between
from localnotes.notes.numbers import find_numbers
from localnotes.notes.rating_prompts import SCALE_SET_UP
from localnotes.notes.sentences import Sentence

#: before a small bare number, tablets handed to someone: "He can give me one when I need it"
#: ("I take three at bedtime" may be the dose)
_GIVEN_COUNT = re.compile(
    r"\b(?:give|gives|gave|hand|hands|handed|get|gets|got|bring|brings|brought)\s+"
    r"(?:me|you|him|her|them|us)\s+(?:another\s+)?$",
    re.I,
)
_LEADS = re.compile(r"\W*(?:(?:and|so|but|now)\s+)?(?:(?:the|your|his|her|my)\s+)?", re.I)
#: a sentence that tells the dose before: "Before it was a quarter of a mil, so fifty."
_BEFORE_LEADS = re.compile(
    r"\W*(?:(?:and|but)\s+)?(?:before|previously|at first|"
    r"(?:the\s+)?last (?:time|month|week|year))\b",
    re.I,
)
#: a dose said with its unit, then a comma: a small number after it counts its tablets ("Yes,
#: five milligrams, one in the morning")
_UNIT_THEN_COUNT = re.compile(
    r"\b(?:mgs?|milligrams?|micrograms?|mcg|grams?)\s*,\s*(?:just\s+|only\s+)?$", re.I
)
#: a sentence that only says who speaks: "Mum here.", "[PERSON] here.", "It's his dad here."
_WHO_SPEAKS = re.compile(
    r"\W*(?:(?:it's|this is)\s+)?(?:(?:his|her|their)\s+)?(?:mum|mom|mam|dad|mother|father|"
    r"(?-i:[A-Z][a-z]+)|\[+[^\]]+\]+)\s+here\W*",
    re.I,
)
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
            and not dose_counts.far_outside(drug, d.number.value, d.unit)
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
                for n in as_doses_are_said(s.text)
                # (below one where said so: "Point five, four times a week")
                if (1 <= n.value <= 3000 or s.text[n.start :].lower().startswith("point"))
                and dw.BARE_WITH_FREQUENCY.match(s.text[n.end :])
                and (drug is None or drug.plausible_dose(n.value, drug.units[0]))
                and not (n.value == 1 and dose_counts.UNIT_BEFORE_ONE.search(s.text[: n.start]))
                and not _AT_A_TIME.search(s.text[: n.start])
                and not (n.value <= 4 and _GIVEN_COUNT.search(s.text[: n.start]))
                # "Two a day in his juice.": sachets or tablets counted, not a dose
                and not (n.value in (1, 2, 3, 4) and dw.COUNT_A_DAY_AFTER.match(s.text[n.end :]))
                # "Five milligrams, one in the morning.": the tablets of that strength counted
                and not (n.value in (1, 2, 3, 4) and _UNIT_THEN_COUNT.search(s.text[: n.start]))
                # "Three capsules of twenty every morning, so sixty.": the capsule's strength
                and not dose_worked_out.counted_before_total(s.text, n)
                and not dose_worked_out.strength_before_total(s.text, n)
            )
            if all(d.number.start != f.number.start for f in found)
        ]
        # "Omeprazole?" "Forty, because of the swallowing.": the dose leading the answer
        # (or after the name said alone in the same turn: "The Panadol Osteo, yes. Six hundred and
        # sixty-five, two in the morning and two at night.")
        # (after who answers says so: "How much Panadol?" "Mum here. One tablet, five hundred.")
        next_said = j == k + 1 or bool(j == k + 2 and _WHO_SPEAKS.fullmatch(sentences[k + 1].text))
        if next_said and (sentences[k].is_question or _name_alone(sentences[k], s)):
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
                # (not the dose before, told next: "Before it was a quarter of a mil, so fifty.")
                if mentions(nxt) or _BEFORE_LEADS.match(nxt.text):
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
            split = _taken_split(sentences, j, found[0].number.value) if len(found) == 1 else None
            return (found + split[0], [s, split[1]]) if split else (found, [s])
    return [], []


def _name_alone(named: Sentence, after: Sentence) -> bool:
    """`named` says little but the drug's name ("The Panadol Osteo, yes."), and `after` goes on
    in the same turn."""
    return (
        named.segment == after.segment
        and len(named.text.split()) <= 5
        and not find_numbers(named.text)
        and len(mentions(named)) == 1
    )


_COUNTS = re.compile(r"\b(?:tablets?|pills?|capsules?|of (?:them|those|these|the))\b", re.I)


_WHEN = (
    r"(?:in the (?:morning|evening|afternoon)|at (?:night|bedtime|lunch(?:time)?|teatime|"
    r"breakfast|dinner)|with (?:breakfast|lunch|dinner|tea|supper))"
)
#: between the two halves of a dose taken split: "a seventy-five in the morning and a seventy-five
#: at night"
_SPLIT = re.compile(rf"\s+{_WHEN},?\s+and\s+(?:an?|the|another)\s+", re.I)
_WHEN_AFTER = re.compile(rf"\s+{_WHEN}\b", re.I)


def _taken_split(
    sentences: Sequence[Sentence], j: int, dose: float
) -> tuple[list[Dose], Sentence] | None:
    """The dose of sentence j as it is taken, split in two, said next in the same turn ("She gave
    me the hundred and fifty at night. But I'm after splitting it. I take a seventy-five in the
    morning and a seventy-five at night."): half the dose, said twice, each with its time."""
    for nxt in sentences[j + 1 : j + 3]:
        if nxt.segment != sentences[j].segment or mentions(nxt):
            return None
        nums = find_numbers(nxt.text)
        for a, b in pairwise(nums):
            if (
                a.value == b.value
                and a.value * 2 == dose
                and _SPLIT.fullmatch(nxt.text[a.end : b.start])
                and _WHEN_AFTER.match(nxt.text[b.end :])
            ):
                return [Dose(a, None)], nxt
    return None
