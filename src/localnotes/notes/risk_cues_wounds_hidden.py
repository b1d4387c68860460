"""Self-harm told by the wound, the tool and the hiding (issue 17's fifty-third pass, from the
probe p27's misses, each made general): a pencil sharpener taken apart for its blade; burns or
cuts owned as "me doing it"; lines or cuts kept where "no one sees"; skin poked or dug at "until
blood"; Patwa "cut up yuhself". Cues as in risk_cues, whose shape they share. Patterns run on
lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue

#: where on the body one hurts oneself
_BODY = (
    r"(?:arms?|wrists?|thighs?|legs?|hips?|stomach|tummy|belly|skin|hands?|forearms?|shoulders?|"
    r"ankles?|chest|sides?)"
)

CUES: tuple[Cue, ...] = (
    cue(
        "self_harm",
        # a sharpener broken for its blade: "I snapped the sharpener to get the blade out", "a
        # sharpener I took apart" (not "the sharpener's broken, can I borrow yours", nor "I took
        # the hoover apart")
        r"\bsharpeners?\b[^.?!]{0,30}?\b(?:i|i've|i have|i had) (?:took|taken|broke|broken|"
        r"snapped|smashed|unscrewed|pulled) (?:it )?(?:apart|open|the blade out)\b|"
        r"\b(?:took|taken|broke|broken|snapped|smashed|unscrewed|taking|breaking|pulled) (?:apart |"
        r"open )?(?:a|the|my|an old) (?:pencil )?sharpeners?\b(?: apart| open)?[^.?!]{0,40}?\b"
        r"(?:blade|blades|to cut|for the blade)\b|"
        r"\bblades? (?:out of|from) (?:a|the|my|an old) (?:pencil )?sharpeners?\b",
        True,
    ),
    cue(
        "self_harm",
        # a wound owned: "the burns on my arm, that's me doing it", "the scratches on my legs, it
        # was me that did them" (not "the burns from the oven, that's me being clumsy", nor "the
        # bruise, that's me walking into the door")
        rf"\b(?:burns?|cuts?|marks?|scratches|scars?|bruises?|lines|slashes)\b (?:on|down|across) "
        rf"(?:my|mi|me|ma) {_BODY}\b[^.?!]{{0,60}}?\b(?:that's|that is|that was|it's|it is|it was)"
        r" (?:me|mi|all me|just me) (?:doing (?:it|them|that)|that (?:does|did|done) (?:it|them|"
        r"that)|who (?:does|did) (?:it|them))\b",
        True,
    ),
    cue(
        "self_harm",
        # cuts kept out of sight: "ten lines, always on my hip so nobody sees", "cuts on my
        # thighs where no one can see" (not "tattoo on my hip so my mum doesn't see", nor "a
        # rash on my thigh so nobody sees it in shorts": lines or cuts counted)
        rf"\b(?:lines|cuts|slashes|marks|scratches|nicks)\b[^.?!]{{0,40}}?\b(?:on|across|down) "
        rf"(?:my|mi|me|ma) {_BODY}\b[^.?!]{{0,20}}?\b(?:so|where) (?:no one|nobody|no-one|no body|"
        r"people|they|my (?:mum|mam|mom|dad|parents|family|wife|husband|partner)) (?:can't |won't |"
        r"doesn't |don't |can |will )?(?:sees?|see them|notices?|knows?|finds? out)\b",
        True,
    ),
    cue(
        "self_harm",
        # "I dig the pin into my hand until it bleeds", "poke my arm until got blood" (not "poked
        # my finger on a rose until it bled", nor "scratched my arm till it bled on the bramble"
        # told of a tool the body meets by chance: a chosen act, told as a habit or to calm)
        rf"\b(?:poke|pokes|poked|poking|stab|stabs|stabbed|stabbing|dig|digs|dug|digging|jab|jabs|"
        rf"jabbed|jabbing|scratch|scratches|scratched|scratching|pick|picking) (?:at |into )?(?:my|"
        rf"mi|me|ma) {_BODY}\b[^.?!]{{0,30}}?\b(?:until|till|til|'til|untill) (?:it |they |there "
        r"(?:is |was )?)?(?:got |get |gets |come |comes |is |was |start )?(?:blood|bleed|bleeds|"
        r"bled|bleeding|bloody)\b(?![^.?!]*\b(?:thorn|rose|bramble|nettle|by accident|accidentally"
        r")\b)",
        True,
    ),
    cue(
        "self_harm",
        # Patwa "yuh still a cut up yuhself?", "mi cut up miself" (not "cut up yuh food")
        r"\bcut(?:ting|tin'?)? up (?:yuhself|yuself|yourself|yoself|miself|myself|meself|mi self|"
        r"yuh self)\b",
        True,
    ),
)
