"""A previous score of a measure said in the sentences after today's, for `measures`: "It added
up to 19." "It's up from 14 in October."; "Is that worse?" "It was 3.8 in January."; "What was
it before?" "Nineteen, at your one-year check." A dose ("up from ten to fifteen milligrams") or
a rating asked for next is none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from localnotes.notes import rated_feelings, rating_scores, score_wording
from localnotes.notes.drug_mentions import mentions_in
from localnotes.notes.measure_named import lexicon_named
from localnotes.notes.model import Evidence, Measure
from localnotes.notes.numbers import NumberSpan, find_numbers
from localnotes.notes.rating_prompts import SCALE_SET_UP
from localnotes.notes.sentences import Sentence

Ev = tuple[Evidence, ...]
#: another questionnaire named by what it is: "the self-report one", "the parent one" (not "the
#: first one", the same measure's earlier time)
_ANOTHER_ONE = re.compile(
    r"\b(?:the|your) (?!(?:first|last|second|third|previous|other|same|earlier|old|new)\b)"
    r"[a-z]+(?:-[a-z]+)? one\b",
    re.I,
)

_AGE_BEFORE = re.compile(r"\b(?:when|since) (?:you|i|he|she|they|we) (?:was|were)\s+$", re.I)
_HOW_OFTEN = re.compile(r"\s+(?:a|an|per|each|every)\s+(?:day|night|week|month|year)\b", re.I)
_IT_CHANGED = re.compile(
    r"\b(?:put|puts|took|takes|brought|moved|went|upped)\s+(?:it|them|that)\s+(?:up|down)\b", re.I
)
#: after a drug's name, its dose changed: "the Valdoxan up from twenty-five"
_DRUG_CHANGED = re.compile(r"\s+(?:up|down|back down|back up)\s+(?:from|to)\b", re.I)
_DOSE_UNIT = re.compile(r"\b(?:milligrams?|mg|micrograms?|mcg|mils?|ml|units)\b", re.I)


def _listed_after(text: str, n: NumberSpan, most: float) -> list[NumberSpan]:
    """Further earlier scores listed after `n`, each with its time: "At the six-week check it
    was 19, and last month 16"."""
    out = []
    for x in find_numbers(text[n.end :]):
        start = n.end + x.start
        if not 0 <= x.value <= most or not score_wording.ANOTHER_EARLIER.match(text[n.end : start]):
            break
        out.append(NumberSpan(start, n.end + x.end, x.value))
        n = out[-1]
    return out


#: today's score listed after an earlier one: "On Friday it was 11, and this morning it's 7."
_TODAY_LISTED = re.compile(
    r"^,?\s+and\s+(?:this (?:morning|afternoon|week)|today|now),?\s+(?:it's|it is|you're at|"
    r"you are at|you scored|it came to)\s+(?:an?\s+)?$",
    re.I,
)


def _today_listed(text: str, n: NumberSpan, most: float) -> list[NumberSpan]:
    x = next(iter(find_numbers(text[n.end :])), None)
    if x is None or not 0 <= x.value <= most:
        return []
    if not _TODAY_LISTED.match(text[n.end : n.end + x.start]):
        return []
    return [NumberSpan(n.end + x.start, n.end + x.end, x.value)]


#: the same form filled in by another informant, said after the first's: "And his teacher's came
#: to 31.", "The school's one was 40."
_INFORMANTS = r"(?:teacher|parent|mum|mother|dad|father|school|partner|carer|wife|husband)"
#: a person told by name: "Mrs Tan", "Jun Wei", "[PERSON]"
_NAMED = r"(?-i:(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|\[[^\]]+\]+)"
_INFORMANT_SAID = re.compile(
    # (told by name, and for whom: "Mrs Tan, your parent report for him was 33.")
    rf"^\W*(?:and\s+)?(?:{_NAMED},\s+)?(?:the|his|her|their|your)\s+{_INFORMANTS}(?:s|'s|s')?\s+"
    r"(?:one\s+|form\s+|version\s+|report\s+)?(?:for\s+(?:him|her|them)\s+)?"
    r"(?:came (?:to|out at)|was|is|scored)\s+(?:an?\s+)?$|"
    # the other partner told by name: "Marcus, you were 38 and today 47."
    # (with a title, or two names: "Mr Tan, yours was 35.", "Jun Wei, yours came to 41.")
    r"^\W*(?:and\s+)?(?!(?:okay|ok|yes|yeah|so|well|now|and|but|right)\b)"
    r"(?-i:(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|\[[^\]]+\]+),"
    r"\s+(?:you (?:were|scored|came (?:to|out at))|yours (?:was|came to))\s+(?:at\s+)?(?:an?\s+)?$|"
    # told by name, with how it was done: "Jay, you did yours on the tablet, and yours was six."
    r"^\W*(?-i:[A-Z][a-z]+|\[[^\]]+\]+),\s+you (?:did|filled in|filled out|completed) yours\b"
    r"[^.?!]{0,60},?\s+and\s+(?:yours|it)\s+(?:was|came to)\s+(?:an?\s+)?$",
    re.I,
)
#: the informant's today said after an earlier one: "Marcus, you were 38 and today 47.", "Sam,
#: yours was 22 and it's 26."
_AND_TODAY = re.compile(
    r"^,?\s+and\s+(?:(?:today|now|this (?:week|time)),?\s+(?:it's\s+|you're\s+)?|"
    r"(?:it's|it is|you're|you are)\s+(?:(?:now|today)\s+)?)$",
    re.I,
)


def informant(
    sentences: Sequence[Sentence], k: int, name: str, most: float, whole: bool, ev: Ev, said: str
) -> list[Measure]:
    """Another informant's score of the measure in the four sentences after k, naming no other
    measure ("His teacher's came to thirty-one.")."""
    for s in sentences[k + 1 : k + 5]:
        if lexicon_named(s.text):
            return []
        for n in find_numbers(s.text):
            fits = 0 <= n.value <= most and not (whole and n.value != int(n.value))
            if fits and _INFORMANT_SAID.match(s.text[: n.start]):
                today = [
                    x
                    for x in find_numbers(s.text[n.end :])[:1]
                    if 0 <= x.value <= most
                    and _AND_TODAY.match(s.text[n.end : n.end + x.start])
                    # a score ends its clause: not "and it's ten past four"
                    and re.match(r"\s*(?:[.,;!?]|$|today\b|now\b)", s.text[n.end + x.end :])
                ]
                return [
                    Measure(name, x.value, most, (*ev, s.evidence())[:3], False, said)
                    for x in [n, *today]
                ]
    return []


def after(
    sentences: Sequence[Sentence], k: int, name: str, most: float, whole: bool, ev: Ev, said: str
) -> list[Measure]:
    """Earlier scores said after today's (`_after`), and another informant's (`informant`)."""
    return _after(sentences, k, name, most, whole, ev, said) + informant(
        sentences, k, name, most, whole, ev, said
    )


def _after(
    sentences: Sequence[Sentence], k: int, name: str, most: float, whole: bool, ev: Ev, said: str
) -> list[Measure]:
    """A previous score of the measure said in the four sentences after today's ("It added up to
    19." "It's up from 14 in October."; "Is that worse?" "It was 3.8 in January."), when they
    name no measure of their own ("A bit." and "It is." not counted)."""
    told = 0
    for i, s in enumerate(sentences[k + 1 : k + 8], k + 1):
        # (the scale told is still the measure's: "Higher is better, and it's out of thirty-five.")
        told += (len(s.text.split()) > 2 or bool(find_numbers(s.text))) and not _scale_told(
            s.text, most
        )
        if told > 4:
            break
        # "What was it before?" "Nineteen, at your one-year check."
        asked_before = sentences[i - 1].is_question and (
            score_wording.ASKS_EARLIER.search(sentences[i - 1].text)
            or score_wording.ASKS_EARLIER_FIRST.search(sentences[i - 1].text)
        )
        named = [a for _, a, _ in lexicon_named(s.text)]
        # "My GP put my Lexapro up from ten to fifteen mg": a dose; "Propranolol. The GP put it up
        # from twenty to forty.": one of the drug named before
        # (or the drug named in it: "Dr Hollis put the Valdoxan up from twenty-five to fifty.")
        if (
            _DOSE_UNIT.search(s.text)
            or (_IT_CHANGED.search(s.text) and mentions_in(sentences[i - 1].text))
            or any(_DRUG_CHANGED.match(s.text, m.end) for m in mentions_in(s.text))
        ):
            if s.is_question:
                return []  # "He went from ten milligrams up to fifteen?": the answer is a dose
            continue
        if SCALE_SET_UP.search(s.text) and (
            (s.is_question and rated_feelings.rated(s.text))
            or re.search(r"\b(?:how|rate)\b", s.text, re.I)
        ):  # a rating asked for ("And cravings, zero to ten?"): a value after it is the rating's
            return []
        # "your kids, the self-report one, was 40": another questionnaire, described
        other = _ANOTHER_ONE.search(s.text)
        named += [other.start()] if other else []
        end = min(named, default=len(s.text))  # "Last time it was 51, and the PHQ-9 was 14."
        for n in find_numbers(s.text[:end]):
            before, after = s.text[: n.start], s.text[n.end :]
            if not 0 <= n.value <= most or (whole and n.value != int(n.value)):
                continue
            if rating_scores.NOT_SCORE_AFTER.match(after):
                continue
            if (
                re.search(r"\b(?:had|got|w(?:as|ere) on)\s+$", before)
                and not re.match(r"\s*(?:[.,;!?]|$)", after)
                and not score_wording.EARLIER_AFTER.match(after)  # "on 19 when you saw the GP"
            ):  # "two years ago you had 3 kids at home", "you were on six tablets": a count
                continue
            if _AGE_BEFORE.search(before):
                continue  # "last time you told me of when you were fourteen": an age
            if _HOW_OFTEN.match(after):
                continue  # "Down from five a week to two.": how often, not a score
            if (
                (
                    score_wording.EARLIER_SAID.search(before)
                    and (
                        re.search(r"(?:up|down) from\s+$", before, re.I)
                        or re.search(
                            r"\blast (?:time|month|week|year|"
                            r"spring|summer|autumn|fall|winter|visit|session|appointment|review)\b",
                            before,
                            re.I,
                        )
                        or score_wording.EARLIER_AFTER.match(after)
                    )
                )
                or score_wording.EARLIER_TIME_BEFORE.search(before)
                or score_wording.than_earlier(before, after)  # "lower than the 66 you got in May"
                # "Last month, twenty.": the time leads, the score alone ends the clause
                or (
                    score_wording.TIME_LEADS.match(before)
                    and score_wording.ENDS_CLAUSE.match(after)
                )
                or (
                    score_wording.LEADS.match(before)
                    and score_wording.EARLIER_AFTER.match(after.lstrip(" ,"))
                )
                or (i > k + 1 and asked_before and score_wording.LEADS.match(before))
                # a part of it scored today, its earlier score: "... depression eighteen, anxiety
                # twelve." "And depression was twenty-four in the summer."
                or (
                    _part_scored(sentences[k].text, before)
                    and score_wording.EARLIER_AFTER.match(after)
                )
            ):
                listed = [n, *_listed_after(s.text[:end], n, most)]
                return [
                    Measure(name, x.value, most, (*ev, s.evidence())[:3], x in listed, said)
                    for x in [*listed, *_today_listed(s.text[:end], listed[-1], most)]
                ]
        if named:
            return []
    return []


#: how a measure's scale reads, said of the measure: "Higher is better on this one"
_WAY_UP = re.compile(
    r"^\W*(?:and\s+)?(?:the\s+)?(?:higher|lower|more|less)(?:\s+(?:the\s+)?(?:score|number))?\s+"
    r"(?:is|means|are)\s+(?:better|worse)\b",
    re.I,
)


def _scale_told(text: str, most: float) -> bool:
    """The sentence tells only how the measure's scale reads: which way is better, its top ("and
    it's out of thirty-five"), and no other number."""
    nums = [
        n
        for n in find_numbers(text)  # (not "this one": the measure)
        if not re.search(r"\b(?:this|that|the) one$", text[: n.end], re.I)
    ]
    top = [n for n in nums if n.value == most and re.search(r"\bout of\s+$", text[: n.start])]
    return len(nums) == len(top) and bool(_WAY_UP.search(text) or top)


def today_at(sentences: Sequence[Sentence], k: int) -> int:
    """Where today's score after an earlier one may be said: the next sentence, or the first after
    one or two that say no number, name no measure and ask nothing (the client's "It was." "I was
    right down then." before "Today it's nine.")."""
    for j in range(k + 1, min(len(sentences), k + 4)):
        s = sentences[j]
        said = s.is_question or find_numbers(s.text) or lexicon_named(s.text)
        if said or j == k + 3 or j + 1 >= len(sentences):
            return j
    return k + 1


_PART_LEADS = re.compile(r"^\W*(?:(?:and|but|so)\s+)?(?:the\s+|your\s+)?([a-z]+)\s+was\s+$", re.I)


def _part_scored(today: str, before: str) -> bool:
    """`before` leads with a word that names a part scored in today's sentence ("depression
    eighteen", "the anxiety part was 12"): its earlier score follows."""
    lead = _PART_LEADS.match(before)
    if lead is None or lead.group(1).lower() in ("it", "that", "this", "which", "there"):
        return False
    word = re.escape(lead.group(1))
    return any(
        re.search(rf"\b{word}(?:\s+(?:part|score|subscale))?(?:\s+(?:was|is|of))?\s+$",
                  today[: n.start], re.I)
        for n in find_numbers(today)
    )  # fmt: skip
