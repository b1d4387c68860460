"""A new dose said bare with the day it starts, leading its sentence: "So a hundred and fifty from
Monday.", "One fifty from Monday." (after "You're on the Zoloft, a hundred milligrams. Dr Chen
suggested one fifty."). It is a change to that dose of the drug talked about, named a few
sentences before; a number with anything else after it ("Ten from Monday's group") is not."""

from __future__ import annotations

import re

from localnotes.notes.numbers import NumberSpan

_DAY = (
    r"(?:(?:this |next |on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"tomorrow|today|tonight|next week|this week|the weekend)"
)
#: before the number: nothing but "so", "okay", "then" or "the"
_LEADS = re.compile(r"^\W*(?:(?:so|okay|ok|right|then|and),?\s+)?(?:the\s+)?$", re.I)
#: after it: its unit, maybe, and the day it starts, then the sentence ends
_STARTS_ON = re.compile(
    rf"^\s*(?:mgs?|milligrams?)?\s*(?:from|starting|as of)\s+{_DAY}\s*(?:[.!]|$)", re.I
)


def starts_on_a_day(text: str, n: NumberSpan) -> bool:
    """The number `n` of `text` is a dose said with the day it starts, and nothing else."""
    return bool(_LEADS.match(text[: n.start]) and _STARTS_ON.match(text[n.end :]))
