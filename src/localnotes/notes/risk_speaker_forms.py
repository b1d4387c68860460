"""The speaker as dialects say and speech recognition hears them: "mi" for "I" and for "my"
(Jamaican English), "us" for "me" (the north of England). Split from `risk_framing` (issue 17's
thirty-second pass), which reads what the words around a cue change.
"""

from __future__ import annotations

import re

#: "mi" for "I" before a verb, as Jamaican English says it ("Some nights mi think to go find him")
_MI = re.compile(
    r"\bmi(?= (?:think|tink|want|wish|feel|did|do|go|a go|never|just|cyaan|cant|can't|tell|try|"
    r"tried|haffi|would|woulda|wan|waan|cut|burn|burned|burnt|bun|hit|lick|took|tek|punch|"
    r"punched|scratch|scratched|chop|chopped|ago|ah go|gwine|gonna|going|buss|bus|have)\b)|"
    # and "mi" heard as "my", before what no "my" comes before: "My did want to hurt him"
    r"\bmy(?= (?:did|nearly|never|cyaan|haffi|woulda|waan|tink|think|want|wanted|feel|felt|would|"
    r"can't|cant|remember)\b)"
)


#: "us" for "me", as the north of England says it, after what voices tell: "They were telling
#: us to batter him."
_US_FOR_ME = re.compile(
    r"\b((?:the )?(?:voices?|they) (?:(?:were|was|are|is|keep|kept|keeps|have been|had been) )?"
    r"(?:tell\w*|told|telt) )us(?= to\b)"
)


#: "mi" for "my" before the body: "Mi cut up mi arm"; Scots "ma" too ("I cut ma arms"); "me"
#: (Newfoundland, Ireland, the north of England: "carving into me arm again", p24)
_MI_MY = re.compile(
    # (not before "hand": "makes me hand over my grant")
    r"\bme(?= (?:arms?|wrists?|legs?|skin|head|belly|thighs?|face|body|neck|throat|chest)\b)|"
    r"\bm[ia](?= (?:arms?|wrists?|legs?|skin|head|hands?|belly|thighs?|face|self|body|neck|throat|"
    r"chest|foot|feet|stomach|ankles?|hips?)\b)"  # "mi foot bottom" (the eleventh battery)
)


#: "Ah" for "I" (the north of England, Scotland): "Ah had him up against the wall", "Ah'm not"
_AH = re.compile(
    r"\bah(?=(?:'m|'ve|'d|'ll| (?:had|have|was|were|wanted|want|felt|feel|think|thought|tried|"
    r"hit|punched|did|do|just|never|could|would|will|kna|know|cut|took|nearly|went|got)\b))"
)


#: "ima" and "imma" for "I'm going to" before a verb (offsets kept: "i'm", "i'ma"): "ima run him
#: over" (not "Ima" as a name: only before these verbs)
_IMMA = re.compile(
    r"\bim(m?)a(?= (?:kill|stab|shoot|beat|batter|smash|hurt|slap|punch|merk|shank|slash|cut|jump|"
    r"knock|run|end|take)\b)"
)


#: "meself" for "myself" (the north of England, Ireland, the Midlands): "To hurt meself"
_MESELF = re.compile(r"\bmeself\b")

#: "me" for "my" before kin (Ireland, the north of England, Australia): "Me cousin's fella was
#: knocking her about" (another's harm), "me mam"
_ME_MY = re.compile(
    r"\bme(?= (?:mam|mum|ma|mom|da|dad|cousin|brother|sister|nan|nana|gran|granny|granda|uncle|"
    r"auntie|aunt|missus|fella|bloke|mate|son|daughter|kids|husband|wife|partner)(?:'s|s)?\b)"
)


def spoken_i(low: str) -> str:
    """The sentence with "mi" or "Ah" said for "I" (or "mi" heard as "my") written " i", "mi"
    said for "my" before the body and "me" before kin written "my", and "us" said for "me" after
    what voices tell written "me" (offsets kept)."""
    low = _MESELF.sub("myself", low)  # "To hurt meself": the same length, offsets kept
    low = _IMMA.sub(lambda m: "i'ma" if m.group(1) else "i'm", low)
    low = _ME_MY.sub("my", low)
    low = _AH.sub(" i", low)
    return _US_FOR_ME.sub(r"\1me", _MI.sub(" i", _MI_MY.sub("my", low)))
