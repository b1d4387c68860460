"""The next step of a change said with it: "We'd go to seventy-five for a fortnight, then the
hundred", "start at fifty, then up to a hundred after two weeks". The step is told in the entry's
change ("increase to 75 mg, then 100"), so the plan reads as said."""

from __future__ import annotations

import re

from localnotes.notes.numbers import find_numbers, plain

#: between the change's dose and the next step
_THEN = re.compile(
    r"^(?:(?![.?!;]|\bbut\b|\bor\b)[^\d])*?\b(?:then|and then|after that|and after that)\s+"
    r"(?:(?:we'd|we'll|we will|we would|you'd|you'll|it'll|it would|it goes|go|going|come|"
    r"comes|coming|drop|drops|dropping)\s+)?(?:(?:up|down)\s+)?(?:to\s+|on\s+to\s+|onto\s+)?"
    r"(?:the\s+|a\s+|the a\s+)?$",
    re.I,
)


def then_step(text: str, end: int, dose: float, unit: str | None) -> str:
    """ ", then N" for the next step said after the dose that ends at `end`, or ""."""
    rest = re.sub(r"\bthe (hundred|thousand)\b", r"the a \1", text[end:], flags=re.I)
    for n in find_numbers(rest):
        if _THEN.match(rest[: n.start]):
            if n.value == dose or not 0.25 <= n.value <= 3000:
                return ""
            u = f" {unit}" if unit else ""
            return f", then {plain(n.value)}{u}"
    return ""
