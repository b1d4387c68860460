"""Doses speech recognition hears wrong the one way that sounds right: "fifteen" and "fifty".

Whisper turns "fifteen milligrams" into "50 milligrams" often enough that a draft must not copy it
silently: mirtazapine at 50 mg is above its usual range, and 15 mg, which sounds the same, is
inside it. When a dose lies outside the drug's usual daily range (`localnotes.clinical_lexicon`)
and its sound-alike (13-19 and 30-90, the pair differing only in "-teen"/"-ty") lies inside and
is a round dose, the draft gives the sound-alike as the dose (so too "one ten milligrams" written
"110 milligrams": a dose from 110 to 199 outside the range whose last two digits are inside),
keeps what was heard in `heard_dose`, and says so in `check`; the evidence still quotes what the
transcript says. Any other dose is left as heard, in range or not, and so is a dose in the range
of one long-acting injection of a drug given so, where the evidence talks of a depot.
"""

from __future__ import annotations

import re
from dataclasses import replace

from localnotes.clinical_lexicon import load_lexicon
from localnotes.notes.model import Medication
from localnotes.notes.numbers import plain

#: a long-acting injection talked of: its name, or how often it is given
_DEPOT = re.compile(
    r"\b(?:depot|injections?|injectables?|jabs?|shots?|monthly|fortnightly|every (?:fortnight|"
    r"month|(?:two|three|four|2|3|4) weeks|(?:three|3) months))\b",
    re.I,
)
_TEEN_TY = {13: 30, 14: 40, 15: 50, 16: 60, 17: 70, 18: 80, 19: 90}
SOUND_ALIKE = {**_TEEN_TY, **{ty: teen for teen, ty in _TEEN_TY.items()}}


def checked(m: Medication) -> Medication:
    """The medication with a sound-alike dose put right (and said so), or as it was."""
    if m.dose is None or m.unit not in (None, "mg") or m.dose != int(m.dose):
        return m
    twin = SOUND_ALIKE.get(int(m.dose))
    if twin is None and 110 <= m.dose <= 199:  # "one ten" written "110"
        twin = int(m.dose) % 100
    drug = load_lexicon().medication(m.name)
    if twin is None or drug is None or "mg" not in drug.units:
        return m
    lo, hi = drug.usual_daily_dose
    if lo <= m.dose <= hi or not lo <= twin <= hi or twin % 5:
        return m
    depot = drug.depot_dose
    if depot and depot[0] <= m.dose <= depot[1] and any(_DEPOT.search(e.quote) for e in m.evidence):
        return m  # a long-acting injection's dose: "fifty milligrams every four weeks"
    heard, said = plain(m.dose), plain(twin)
    check = (
        f"heard as {heard} mg, outside {m.name}'s usual daily dose of {plain(lo)}-{plain(hi)} mg; "
        f"{said} sounds the same: check"
    )
    change = m.change.replace(f"{heard} mg", f"{said} mg") if m.change else m.change
    return replace(m, dose=float(twin), heard_dose=m.dose, check=check, change=change)
