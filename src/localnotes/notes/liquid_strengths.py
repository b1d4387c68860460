"""A liquid's strength said beside the volume taken of it: "It's the liquid, one milligram in every
mil, and she has three mils." "Twenty milligrams in five mils, and I give him the five mils." The
strength's weight and volume are no doses of their own: the dose is the volume taken, weighed by
the strength (three milligrams; twenty milligrams)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from localnotes.notes.model import Medication
from localnotes.notes.numbers import find_numbers

_ML = r"(?:mls?|mils?|millilit(?:re|er)s?)\b"
#: the weight of drug in a volume of the liquid: "one milligram in every mil", "twenty milligrams
#: in five mils", "2 mg per ml"
_STRENGTH = re.compile(
    r"(?P<weight>(?:[\w.-]+\s+){0,3}?[\w.-]+)\s*(?:mg|milligrams?)\s+(?:in|per)\s+"
    rf"(?:(?:every|each|a|one)\s+|(?P<volume>[\w.-]+)\s+)?{_ML}",
    re.I,
)


def _strength(m: Medication) -> tuple[float, float] | None:
    """(weight in mg, volume in ml) of the liquid's strength said in the drug's evidence."""
    for e in m.evidence:
        for s in _STRENGTH.finditer(e.quote):
            said = s.group("weight").rstrip()
            weight = find_numbers(said)
            volume = find_numbers(s.group("volume") or "one")
            # (the number right before the unit: not "two doses of 5 mg per ml")
            if weight and volume and volume[-1].value > 0 and weight[-1].end == len(said):
                return weight[-1].value, volume[-1].value
    return None


def weighed_by_strength(meds: Sequence[Medication]) -> list[Medication]:
    """The medications with a liquid's volume taken weighed by its strength said beside it, and
    the strength's own weight left out where it is no dose worked out."""
    out = list(meds)
    for name in dict.fromkeys(m.name for m in meds):
        volumes = [m for m in out if m.name == name and m.unit == "ml" and m.dose is not None]
        strength = next((s for m in volumes if (s := _strength(m)) is not None), None)
        if strength is None:
            continue
        weight, volume = strength
        # the strength's own volume, where another is taken: "ten milligrams in five mils, two
        # and a half mils when the pain is bad"
        taken = [m for m in volumes if m.dose != volume]
        dropped = {id(m) for m in volumes if taken and m.dose == volume}
        volumes = taken or volumes
        weighed = {
            id(m): replace(m, dose=round(m.dose * weight / volume, 3), unit="mg")
            for m in volumes
            if m.dose is not None
        }
        doses = {m.dose for m in weighed.values()}
        kept: list[Medication] = []
        for m in out:
            if id(m) in dropped:
                continue
            if id(m) in weighed:
                m = weighed[id(m)]
            elif m.name == name and m.unit == "mg" and m.dose == weight and weight not in doses:
                continue  # the strength's weight, no dose: "one milligram in every mil"
            if m.name != name or not any(k.name == name and k.dose == m.dose for k in kept):
                kept.append(m)  # (the volume weighed may be the dose said as such)
        out = kept
    return out
