"""Harm to others owned as what one would have done, or told in Caribbean English's "chop" (issue
17's fifty-fourth pass, from the set bj, made general): "I think I would've gone at him", "I'd
have used it on him", "Me chop him with the cutlass". Cues as in risk_cues, whose shape they
share. Patterns run on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue

#: a blade of field or kitchen
_BLADE = r"(?:cutlass|machete|axe|hatchet|cane knife|panga|bill ?hook|knife|blade)"

CUES: tuple[Cue, ...] = (
    cue(
        "harm_to_others",
        # "I think I woulda gone at him", "I'd have gone for her with it" (not "I'd have gone for
        # him at the airport", which fetches; "gone at it", a task)
        r"\b(?:i|ah|me) (?:think |reckon |know )?(?:i |ah )?(?:would(?:'ve| have)|woulda|'d have|"
        r"'d've|'da) (?:gone|went) (?:at|for) (?:him|her|them)\b(?! (?:at|from) the (?:airport|"
        r"station|school|bus)\b)|"
        # "I think I would've used it on him" (a weapon kept for someone; not "I'd have used it
        # on the fence")
        r"\b(?:i|ah|me) (?:think |reckon |know )?(?:i |ah )?(?:would(?:'ve| have)|woulda|'d have|"
        r"'d've|'da) used (?:it|the \w+|that \w+) on (?:him|her|them)\b",
        True,
    ),
    cue(
        "harm_to_others",
        # "Me chop him. With the cutlass.", "I chopped her with a machete" (not "chop the onions",
        # "chop him up a bit of firewood"; a chop at someone with a blade)
        rf"\b(?:i|me|mi|ah) (?:did |done )?chop(?:ped)? (?:him|her|them|he|she|somebody|someone|"
        rf"a man|a (?:boy|fella|guy)|me \w+|my \w+)\b(?! (?:up )?(?:some|a bit of|a few|wood|"
        rf"firewood|kindling|veg|vegetables|onions))|"
        rf"\bchop(?:ped)? (?:him|her|them|somebody|someone) (?:\w+ ){{0,3}}with (?:the|a|my|me) "
        rf"{_BLADE}\b",
        True,
    ),
)
