"""A step between two doses said after them, for `extract`: "So fifty-five a day now, down from
sixty." "That's it. Five mil." The five is how far the dose came down, not a dose of its own. A
drug's dose said bare, after two other doses of it, that is just the difference between them is
left out: a step is not taken, it is what one dose is less or more than the other."""

from __future__ import annotations

import re
from collections.abc import Sequence

from localnotes.notes.model import Medication


def _first_said(m: Medication) -> float:
    return min(e.start for e in m.evidence) if m.evidence else 0.0


def _last_said(m: Medication) -> float:
    return max(e.start for e in m.evidence) if m.evidence else 0.0


def _doses_of(m: Medication) -> set[float]:
    """The entry's dose and the doses of its change ("decrease to 30 mg")."""
    found = {float(x) for x in re.findall(r"\d+(?:\.\d+)?", m.change or "")}
    return found | ({m.dose} if m.dose is not None else set())


def steps_left_out(meds: Sequence[Medication]) -> list[Medication]:
    """`meds` less each dose, with no change of its own, said only after two other doses of the
    same drug and equal to the difference between them."""
    out: list[Medication] = []
    for m in meds:
        if m.dose is not None and m.change is None:
            said = max(e.start for e in m.evidence[1:]) if len(m.evidence) > 1 else _first_said(m)
            before = [
                x
                for o in meds
                if o is not m and o.name == m.name and _last_said(o) <= said
                for x in _doses_of(o)
                if x > m.dose
            ]
            if any(abs(a - b) == m.dose for a in before for b in before):
                continue
        out.append(m)
    return out
