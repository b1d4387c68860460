"""A new dose said bare with the day it starts, leading its sentence: "So a hundred and fifty from
Monday.", "One fifty from Monday." (after "You're on the Zoloft, a hundred milligrams. Dr Chen
suggested one fifty."). It is a change to that dose of the drug talked about, named a few
sentences before; a number with anything else after it ("Ten from Monday's group") is not. And a
dose set beside the drug's name by a comma and "the": "And the temazepam, the ten."""

from __future__ import annotations

import re
from collections.abc import Sequence

from localnotes.clinical_lexicon import load_lexicon
from localnotes.notes.dose_wording import WHEN_TAKEN
from localnotes.notes.drug_mentions import Mention
from localnotes.notes.numbers import NumberSpan

_DAY = (
    r"(?:(?:this |next |on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"tomorrow|today|tonight|next week|this week|the weekend)"
)
#: before the number: nothing but "so", "okay", "then" or "the"
_LEADS = re.compile(r"^\W*(?:(?:so|okay|ok|right|then|and),?\s+)?(?:the\s+)?$", re.I)
#: after it: its unit, maybe, and the day it starts, then the sentence ends or goes on to what
#: is done next ("Eighty-five from Monday, and we hold there a month.")
_STARTS_ON = re.compile(
    rf"^\s*(?:mgs?|milligrams?)?\s*(?:from|starting|as of)\s+{_DAY}\s*"
    r"(?:[.!]|$|,\s+and\s+(?:we|you)\b)",
    re.I,
)


def starts_on_a_day(text: str, n: NumberSpan) -> bool:
    """The number `n` of `text` is a dose said with the day it starts, and nothing else."""
    return bool(_LEADS.match(text[: n.start]) and _STARTS_ON.match(text[n.end :]))


#: between a drug's name and a bare number, the dose set beside the name by a comma and "the":
#: "the temazepam, the ten", "the lithium in March, the eight hundred," (no sentence's end, no
#: other number between)
_SET_BESIDE = re.compile(r"^[^.;?!\d]{0,30},\s+the\s+$", re.I)
#: after it, nothing but the clause's end or when it is taken: "the hundred at night"
_BESIDE_ENDS = re.compile(
    r"^\s*(?:[,.;?!]|$|(?:at night|at bedtime|in the morning|every (?:morning|night)|"
    r"a day|daily)\b)",
    re.I,
)
_THE_HUNDRED = re.compile(r"(?<=\bthe )hundred\b", re.I)
#: "hundred" with no article as the new dose after the one before, as second-language English
#: says it: "The Serlift, before fifty, now hundred."
_NOW_HUNDRED = re.compile(r"\bbefore,?\s+[a-z\s-]{3,30}?,?\s+now,?\s+(hundred)\b", re.I)


def set_beside(text: str, n: NumberSpan, mentions: Sequence[Mention]) -> bool:
    """The number `n` of `text` is a usual dose of a drug named before it in the clause, set
    beside the name as its dose ("And the Seroquel, the quetiapine, the two hundred at night.",
    "The sertraline's fully out, the two hundred, I came off it."), not "the two of us"."""
    lexicon = load_lexicon()
    for m in mentions:
        drug = lexicon.medication(m.generic)
        if (
            m.end <= n.start
            and _SET_BESIDE.match(text[m.end : n.start])
            and _BESIDE_ENDS.match(text[n.end :])
            and drug is not None
            and drug.plausible_dose(n.value, drug.units[0])
        ):
            return True
    return False


def hundred_beside(text: str, mentions: Sequence[Mention]) -> list[NumberSpan]:
    """ "the hundred" set beside a drug's name as its dose ("the Seroquel, the hundred at
    night"), or said after the dose before ("the Serlift, before fifty, now hundred"), which
    `find_numbers` leaves out where it stands alone."""
    out = [NumberSpan(h.start(), h.end(), 100.0) for h in _THE_HUNDRED.finditer(text)]
    now = [
        NumberSpan(h.start(1), h.end(1), 100.0)
        for h in _NOW_HUNDRED.finditer(text)
        if any(m.end <= h.start() for m in mentions)
    ]
    return [h for h in out if set_beside(text, h, mentions)] + now


def beside_name(between: str) -> bool:
    """What is said between a drug's name and a bare strength sets the strength beside it: "the
    zopiclone 7.5", "the topiramate last year, the twenty-five", "the lithium in March, the eight
    hundred"."""
    return bool(
        re.fullmatch(f"(?:{WHEN_TAKEN})?" + r",\s+the\s+|\s+", between, re.I)
        or _SET_BESIDE.match(between)
    )
