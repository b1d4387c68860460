"""Self-harm told as one's own marks and habits (issue 17's fifty-second pass, from the twelfth
battery's misses, each made general): skin scratched or cut "when I" am upset; a wall punched
till the knuckles bleed; a head banged against a wall until or when it gets too much; "a bit
naughty with the scissors" on one's arms; oneself belted or whipped; "cut up my belly"; cutting
"again" owned; "I done it meself with a blade". Cues as in risk_cues, whose shape they share.
Patterns run on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue

_BODY = (
    r"(?:thighs?|arms?|forearms?|wrists?|legs?|skin|stomach|belly|tummy|hips?|chest|ankles?|"
    r"shins?|hands?|face|neck|shoulders?)"
)
_MY = r"(?:my|me|ma|mi)"
_SELF = r"(?:myself|meself|masel|mesel|miself|mysel)"
#: what one does it with
_SHARP = (
    r"(?:blade|blades|razor|razors|compass|pin|safety pin|needle|scissors|kitchen scissors|"
    r"lighter|sharpener|glass|shard|dupatta pin|hair ?pin)"
)
#: what one feels when one does it: "when I vex", "when I can't breathe" (not "when I'm cooking")
_WHEN_UPSET = (
    r"when (?:i|ah|mi)(?:'m| am| get| gets| feel| is)? (?:so |really |too )?(?:vex|vexed|angry|"
    r"upset|stressed|low|sad|overwhelmed|panick\w*|anxious|numb|empty|worked up|wound up|like "
    r"that|that way|bad|can't breathe|cannot breathe|can't cope|can't take it|mess up|messed up|"
    r"fail|hate myself)\b"
)

CUES: tuple[Cue, ...] = (
    cue(
        "self_harm",
        # "I scratch my arms raw with a pin when I get upset" (not "I scratched my legs on the
        # brambles", nor "I burn my hands when I'm cooking")
        rf"\b(?:scratch|cut|carv|burn|slic|gouge|dig|stab|jab)\w* (?:up |at |into )?{_MY} (?:own )?"
        rf"{_BODY}\b[^.?!]{{0,50}}?\b{_WHEN_UPSET}|"
        # "I do them with a safety pin when I can't cope" (the marks: "I do them", "I make them")
        rf"\bi (?:do|did|done|make|made) (?:them|it|those|these)(?: {_SELF})? (?:with|wid|wi) "
        rf"(?:{_MY}|a|the) (?:\w+ )?{_SHARP}\b[^.?!]{{0,30}}?\b{_WHEN_UPSET}|"
        # "i smash the wall until my knuckles split" (not "I hit the wall at mile twenty")
        r"\bi (?:punch|hit|smash|bang|thump|batter)\w* (?:the|a|my|me) (?:\w+"
        r" )?walls?\b[^.?!]{0,40}?"
        r"\b(?:until|till|til|so hard|so) (?:my |me |the )?(?:knuckles|hands?"
        r"|fists?)\b[^.?!]{0,15}?"
        r"\b(?:bleed\w*|bled|split|broke|bust|crack\w*|bruise\w*)\b|"
        # "I've been banging my head on the bedroom wall until it hurts" (not the idiom, "banging
        # my head against a brick wall with this paperwork")
        rf"\b(?:bash|bang|smash|hit|slam|knock)\w*'? {_MY} head (?:against|on|into|off) (?:the|a) "
        r"(?!brick)(?:\w+ )?(?:wall|door|floor|mirror|sink|radiator)\b[^.?!]{0,20}?\b(?:until|till|"
        r"til|so hard|when it gets (?:too much|bad)|when i)\b|"
        # "I've been a bit silly with a razor on my legs" (not "naughty with the chocolate")
        rf"\b(?:naughty|silly|stupid|bad|careless) with (?:the |my |a |me )?(?:\w+ )?{_SHARP}\b"
        rf"[^.?!]{{0,30}}?\bon {_MY} {_BODY}\b|"
        # "I whip myself with a cord when I fail" (not "beat myself up about it")
        rf"\b(?:skelp|whip|belt|beat|hit|thrash|lash|strap|leather)\w*'? {_SELF} (?:with|wi|wid) "
        r"(?:a|the|my|ma|me|mi) (?:belt|strap|cord|cable|stick|switch|rope|wire|buckle|hanger)\b|"
        # "I cut up my legs with a razor" (not "cut up my old jeans", "cut up my food")
        rf"\bi (?:cut|slice|slash|carve|sliced|slashed|carved) up {_MY} (?:own )?{_BODY}\b"
        r"(?! (?:on|in) (?:the|a) (?:rocks|fence|glass|crash|fall|accident)\b)|"
        # "i've been cutting again", "i do be cutting again since june" (not a diet's "cutting
        # again for the show", "cutting carbs"; "been cutting again" with no "I" is left to the
        # cues that name the body after it)
        r"\b(?:i(?:'ve| have|ve)? been|i do be|i do|i'm|im|i am|i be) cutting again\b"
        r"(?! for\b)(?![^.?!]*\b(?:carbs|calories|weight|diet|bulk|gym|sugar|cals|show|comp)\b)|"
        # "I did it myself with a razor after the fight" (not "I did it myself with a knife",
        # a box or a board opened)
        rf"\bi (?:done|did) (?:it|them|that|this|those) {_SELF} (?:with|wid|wi) (?:a|the|my|me|ma) "
        r"(?:blade|razor|lighter|compass|scissors|pin|needle|shard of glass|broken glass)\b",
        True,
    ),
)
