"""The dose before a change, said in a sentence of its own: "The doctor raised it to sixty." "I was
on forty before." A sentence that names no drug and only says what the dose was ("I was on fifty
since October", "It was ten before", "They had me on a hundred", "Last month it went up from
ninety-six"), or says it as the time something
else happened ("When we were on the fifty I was sick all day"), gives the dose a change started
from, for the entry of the drug whose dose the sentence next to it says; the entry's change then
reads "increase from forty to sixty", and its evidence quotes the sentence too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from localnotes.clinical_lexicon import load_lexicon
from localnotes.notes import dose_from, drug_mentions
from localnotes.notes.model import Medication
from localnotes.notes.numbers import NumberSpan, find_numbers, plain
from localnotes.notes.sentences import Sentence

#: a sentence that is only the dose before: "I was on forty before.", "It was ten before.", "They
#: had me on a hundred.", "I'd been on fifty since October."
_WAS_AT = re.compile(
    # (after "before": "Before it was a quarter of a mil, so fifty.")
    r"^\W*(?:before,?\s+)?"
    # after the change said without its number: "They put it up in the hospital, before it was
    # five."
    r"(?:(?:they|she|he|the doctor|my doctor|dr\.? (?:\w+|\[person\])|\[person\])\s+"
    r"(?:put|brought|moved|upped|raised|increased|lowered|reduced|cut|doubled|halved)\s+"
    r"(?:it|me|her|him|the dose)\b(?:\s+(?:up|down))?[^,.;?!\d]{0,40},\s+"
    r"(?:and\s+|but\s+)?before,?\s+)?"
    # when it changed, then the change from the dose before: "Last month it went up from
    # ninety-six."
    r"(?:(?:(?:last|that) (?:week|month|year|time)|(?:a|one|two|three|four|a few) (?:days?|weeks?|"
    r"months?) ago),?\s+)?"
    r"(?:(?:it|that|the dose|she|he|they|the doctor|my doctor|dr\.? (?:\w+|\[person\])|"
    r"\[person\])\s+"
    r"(?:went|came|was (?:put|brought|taken|moved)|(?:put|brought|took|moved) (?:it|me))\s+"
    r"(?:up|down)\s+from|"
    r"(?:i|you) (?:was|were|had been|'d been)|(?:i|you)(?:'d| had) been|"
    r"it (?:was|were)|that was|"
    # the subject left out, as speech drops it: "Was on the seventy-five before."
    r"^\W*was on|"
    r"it used to be|"
    r"(?:they|she|he|the doctor|my doctor|doctor \w+|dr\.? \w+|(?:the|my|your) (?:gp|psychiatrist|"
    r"consultant|doctor|team)|\[person\]) had (?:me|you|him|her))"
    r"\s+(?:on|at)?\s*(?:the\s+)?"
    # the part or count of what it comes in, then the dose: "a quarter of a mil, so fifty"
    r"(?:(?:a quarter|half|a half|a third|two|three|four) (?:of )?(?:an? )?(?:mils?|ml|tablets?|"
    r"tabs?|pills?|capsules?),?\s+so\s+|"
    # one tablet, its strength after it: "Before it was one capsule, twenty."
    r"one (?:capsule|tablet|tab|pill),\s+)?$",
    re.I,
)
_WAS_AFTER = re.compile(
    r"^\s*(?:mgs?|milligrams?|micrograms?|mcg)?\s*"
    # how often it was given: "You were on twenty-five every two weeks before."
    r"(?:(?:every (?:\w+ )?(?:days?|weeks?|months?)|fortnightly|monthly|weekly|(?:once|twice) a "
    r"(?:day|week)|a day|at night|in the morning)\s*)?(?:before|at first|to start|until then|"
    r"(?:since|for|from|until|till)\s+[\w\s\[\]]{1,25}?|"
    # when it changed: "Dr Khan put it up from ten in March.", "It went down from forty last week."
    r"in (?:(?:jan|febr)uary|march|april|may|june|july|august|(?:septem|octo|novem|decem)ber|"
    r"the (?:spring|summer|autumn|fall|winter))|last (?:week|month|year|time)|"
    r"(?:(?:about|around|nearly|over|almost) )?(?:a|one|two|three|four|a few) (?:days?|weeks?|"
    r"months?) ago)?\s*"
    # "It was twenty, but he says at my age ...", "It was two twenty-five until the summer, then
    # Dr Morris put it up": a clause after it says no other dose
    # (or with no comma: "It was eighty and my legs were aching")
    r"(?:,?\s*(?:but|and|so|because|though|then|for|after|when)\b[^.?!\d]*)?[.!]?\s*$",
    re.I,
)
#: ... or told as the time something else happened, the number its only one: "When we were on the
#: seventeen point eight I was flagging by lunch."
_WHEN_ON = re.compile(
    r"^\W*(?:and |but |so )?when (?:(?:i|we|you) (?:was|were) (?:still )?on|"
    # the dose as the subject: "When it was the one fifty, me was stiff like board."
    r"(?:it|the dose) (?:was|were)(?= the\b))\s+(?:the\s+)?$",
    re.I,
)
_NEAR = 1  # the entry's own sentence is the one right before or after


def told_as_a_time(text: str) -> bool:
    """The sentence says a dose as the time something else happened: "When we were on the fifty
    I was sick all day." (the dose before, not the one taken now)."""
    return any(_WHEN_ON.search(text[: n.start]) for n in find_numbers(text))


#: the drug said first as the topic: "On the citalopram, the GP had you on twenty."
_TOPIC = re.compile(r"^\W*(?:on|and|about|with) (?:the|your|my) [\w-]+,\s*", re.I)


def _dose_before_said(s: Sentence) -> float | None:
    text = s.text
    named = drug_mentions.mentions_in(text)
    if named:
        topic = _TOPIC.match(text)
        if topic is None or len(named) > 1 or named[0].end > topic.end():
            return None
        text = text[topic.end() :]
    # (not the count of how often: "every two weeks")
    nums = tuple(n for n in find_numbers(text) if not _PERIOD.match(text[n.end :]))
    if len(nums) == 2 and _SO_TOTAL.fullmatch(s.text[nums[0].end : nums[1].start]):
        nums = (NumberSpan(nums[0].start, nums[1].end, nums[1].value),)  # "two, so fifteen"
    if (
        len(nums) == 2
        and nums[0].value == 1
        and _ONE_OF.fullmatch(text[nums[0].end : nums[1].start])
    ):
        nums = nums[1:]  # "one capsule, twenty": the capsule's strength
    if len(nums) != 1 or not 0.25 <= nums[0].value <= 3000:
        return None
    n = nums[0]
    if _WAS_AT.search(text[: n.start]) and _WAS_AFTER.match(text[n.end :]):
        return n.value
    if _WHEN_ON.search(text[: n.start]) and not named:
        return n.value
    return None


#: a sentence that says a dose was changed, and nothing of the dose: "They put it up in the
#: hospital.", "She upped it last month."
_CHANGE_UNSAID = re.compile(
    r"\W*(?:(?:and|so|but)\s+)?(?:they|she|he|the doctor|my doctor|dr\.? (?:\w+|\[person\])|"
    r"\[person\])\s+(?:put|brought|moved|upped|raised|increased|lowered|reduced|cut|doubled|"
    r"halved)\s+(?:it|me|her|him|the dose)\b(?:\s+(?:up|down))?[^,.;?!\d]{0,40}[.!]?\s*",
    re.I,
)
_PERIOD = re.compile(r"\s*(?:days?|weeks?|months?)\b", re.I)
#: one tablet, then its strength: "one capsule, twenty"
_ONE_OF = re.compile(r"\s+(?:capsule|tablet|tab|pill),\s+", re.I)
#: a count of tablets, then the total it makes: "It used to be two, so fifteen."
_SO_TOTAL = re.compile(r",?\s+so\s+", re.I)


def _only_a_dose(text: str) -> bool:
    """The sentence says a number and nothing else: "Three hundred." """
    said = find_numbers(text)
    return len(said) == 1 and not re.search(r"\w", text[: said[0].start] + text[said[0].end :])


#: the dose now, leading a sentence: "Now the hundred, ...", "Now it's fifty and ..."
_NOW_LEADS = re.compile(
    r"\W*(?:(?:and|but|so)\s+)?now,?\s+(?:(?:it's|it is|i'm on|i am on|we're on|on)\s+)?"
    r"(?:the\s+)?",
    re.I,
)
#: how many sentences before the dose before the entry set against it may be
_NOW_REACH = 4


def _now_dose(text: str) -> float | None:
    lead = _NOW_LEADS.match(text)
    if lead is None:
        return None
    if re.match(r"hundred\b", text[lead.end() :], re.I) and lead.group(0).lower().endswith("the "):
        return 100.0  # "Now the hundred": "the" for "a"
    said = find_numbers(text)
    return said[0].value if said and said[0].start == lead.end() else None


def _opens_with_a_dose(text: str) -> float | None:
    """The number an answer opens with, said again: "Sixty, yeah, in the morning." """
    said = find_numbers(text)
    return said[0].value if said and not re.search(r"\w", text[: said[0].start]) else None


def with_doses_before(sentences: Sequence[Sentence], entries: list[Medication]) -> None:
    """Give each changed entry (or one whose dose a change word set) the dose before it, where a
    sentence beside the entry's says only that dose; `entries` is changed in place."""
    for k, s in enumerate(sentences):
        only = _dose_before_said(s)
        # "Last time two point five, this time she said five. Five milligrams.": the change said
        # whole, in a sentence that names no drug, beside the entry of its new dose
        whole = only is None and not drug_mentions.mentions_in(s.text)
        if only is None and not whole:
            continue
        near = {sentences[j].evidence() for j in range(max(0, k - _NEAR), k + _NEAR + 1)
                if j != k and j < len(sentences)}  # fmt: skip
        # "Venlafaxine three hundred?" "Three hundred. It was two twenty-five until the summer.":
        # the question two before, when the sentence between only says its dose again
        if k >= 2 and _only_a_dose(sentences[k - 1].text):
            near.add(sentences[k - 2].evidence())
        # ... or only says the change, with no number: "The olanzapine, ten. They put it up in the
        # hospital. Before it was five."
        if k >= 2 and _CHANGE_UNSAID.fullmatch(sentences[k - 1].text):
            near.add(sentences[k - 2].evidence())
        # ... or opens with it: "On fluoxetine, sixty?" "Sixty, yeah, three of the twenties.
        # Dr Okafor put it up from forty."
        echo = _opens_with_a_dose(sentences[k - 1].text) if k >= 2 else None
        # ... or is set against the dose now, said next: "When it was the one fifty, me was stiff
        # like board. Now the hundred, me does feel like me again." (the entry's a few before)
        now = _now_dose(sentences[k + 1].text) if only and k + 1 < len(sentences) else None
        recent = {x.evidence() for x in sentences[max(0, k - _NOW_REACH) : k]}
        for i, e in enumerate(entries):
            was = only if only is not None else dose_from.dose_before(s.text, e.dose or 0)
            if was is None or e.dose is None or e.dose == was or "from" in (e.change or ""):
                continue
            asked = echo == e.dose and sentences[k - 2].evidence() in e.evidence
            asked = asked or (now == e.dose and bool(recent & set(e.evidence)))
            if e.change in ("stop", "earlier", "continue") or not (near & set(e.evidence) or asked):
                continue
            known = load_lexicon().medication(e.name)
            if known and not (
                known.plausible_dose(was, e.unit) if e.unit else known.plausible_unsaid(was)
            ):
                continue  # "I was on ten at night" (another drug) before "paracetamol, a gram"
            way = "increase" if e.dose > was else "decrease"
            unit = f" {e.unit}" if e.unit else ""
            change = f"{way} from {plain(was)} to {plain(e.dose)}{unit}"
            entries[i] = replace(e, change=change, evidence=(*e.evidence, s.evidence())[:4])
            break
