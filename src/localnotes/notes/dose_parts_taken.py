"""The dose taken as a part or a count of the tablets prescribed, worked out and said, for
`extract`: "The doctor gave me trazodone. Fifty milligrams. But she said start with half, so I am
taking twenty-five."; "Propranolol, the ten. I only take a half of one. Five, I suppose that is.";
"He start me on one milligram, den he say take two of de ones. So two now." The number said is
the dose taken, an entry of its own beside the strength prescribed, where it is exactly that part
(or count) of the strength, said in the few sentences after the drug's entry that name no other
drug; a number the draft did not hear said is never worked out."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from localnotes.notes import drug_mentions
from localnotes.notes.model import Medication
from localnotes.notes.numbers import find_numbers
from localnotes.notes.sentences import Sentence, index_of

#: a part of a tablet, and the share of it: "half", "a half of one", "half a tablet", "a quarter"
_PART = re.compile(
    r"\b(?<!and )(?<!an )(?P<half>(?:a |one )?half(?: (?:a|of))?"
    r"(?: (?:one|it|them|(?:a |the |de )?(?:tablet|pill|tab|capsule)s?))?)\b|"
    # the tablet cut: "I cut it in half", "she halves them"
    r"\b(?P<cut>halve[sd]?|(?:cut|cuts|split|splits|break|breaks|broke|snap|snaps|snapped) "
    r"(?:it|them|the tablets?|the pills?|each one|one) in (?:half|two))\b|"
    r"\b(?P<quarter>(?:a |one )?quarter(?: (?:of )?(?:one|it|(?:a |the )?(?:tablet|pill|tab)))?)\b|"
    # a count of the tablets: "take two of the ones", "two of de ones", "three of them"
    r"\b(?P<count>two|three|four) (?:of )?(?:the|de|dem|them|those)(?: ones| tablets?| pills?)?\b",
    re.I,
)
#: right before the part, its taking: "take half", "start with half", "I only take a"
_TAKEN_BEFORE = re.compile(
    r"\b(?:take|takes|taking|took|tek|have|having|use|using|swallow|cut|cuts|break|breaks|snap|"
    r"split|(?:start|started|starting)(?: (?:me|her|him|you|them))? (?:with|on)|on)"
    r"\s+(?:(?:just|only|about)\s+)?$",
    re.I,
)
#: the part said as one of the tablets: "a half of one", "half a tablet", "two of the ones"
_OF_TABLET = re.compile(r"\b(?:ones?|tablets?|pills?|tabs?|capsules?)$", re.I)
_COUNTS = {"two": 2.0, "three": 3.0, "four": 4.0}
#: after the number, what makes it no dose: a time, a length, a count of days
_NOT_A_DOSE_AFTER = re.compile(
    r"\s*(?:o'?clock|a\.?m\b|p\.?m\b|hours?|minutes?|days?|weeks?|months?|years?|times?|percent|"
    r"%|pounds?|quid|dollars?|euros?|kilos?|miles?)",
    re.I,
)
#: right before the number, the dose it comes to: "so I am taking twenty-five", "Five, I suppose
#: that is.", "So two now.", "that's five"
_WORKED_BEFORE = re.compile(
    r"(?:^\W*|\b(?:so|taking|take|takes|that's|that is|which is|makes|making|it's|on)\s+"
    r"(?:(?:i am|i'm|i|really|just|only|about|like|then|now|the)\s+)*)$",
    re.I,
)
#: how many sentences after the entry's last the part and its number may be said
_NEAR = 3


def _share(m: re.Match[str]) -> float:
    if m.group("half") or m.group("cut"):
        return 0.5
    if m.group("quarter"):
        return 0.25
    return _COUNTS[m.group("count").lower()]


def parts_taken(sentences: Sequence[Sentence], meds: Sequence[Medication]) -> list[Medication]:
    """`meds`, and after each entry with a dose, the dose taken as a part (or a count) of it where
    the sentences after it say the part and the number it comes to."""
    out = list(meds)
    for m in meds:
        if m.dose is None or m.change in ("stop", "earlier", "declined"):
            continue
        said = [k for k in (index_of(sentences, e) for e in m.evidence) if k is not None]
        if not said:
            continue
        last = max(said)
        window = [
            sentences[last]
        ]  # "He start me on one milligram, den he say take two of de ones."
        for s in sentences[last + 1 : last + 1 + _NEAR]:
            if drug_mentions.mentions_in(s.text) or s.is_question:
                break
            window.append(s)
        taken = _part_said(window, m.dose)
        if taken is None or any(o.name == m.name and o.dose == taken[0] for o in out):
            continue
        value, s = taken
        out.append(replace(m, dose=value, change=None, evidence=(m.evidence[0], s.evidence())))
    return out


def _part_said(window: Sequence[Sentence], dose: float) -> tuple[float, Sentence] | None:
    """The number a part of `dose` said in `window` comes to, and its sentence: said in the
    part's sentence or one after it, not inside the part's own words."""
    for i, s in enumerate(window):
        for part in _PART.finditer(s.text):
            taken = _TAKEN_BEFORE.search(s.text[: part.start()]) or _OF_TABLET.search(part[0])
            if not (taken or part.group("cut")):
                continue  # "Half the time I forget.": no part of a tablet
            value = dose * _share(part)
            for t in window[i:]:
                for n in find_numbers(t.text):
                    inside = t is s and part.start() <= n.start < part.end()
                    if (
                        n.value == value
                        and not inside
                        and not (t is s and n.end <= part.start())
                        and not _NOT_A_DOSE_AFTER.match(t.text[n.end :])
                        and _WORKED_BEFORE.search(t.text[: n.start])
                    ):
                        return value, t
    return None
