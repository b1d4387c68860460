"""Harm to others told by a grudge armed or rehearsed (issue 17's fifty-third pass, from the probe
p27's misses, each made general): a weapon carried or placed "to use on" someone; sitting outside
someone's house with a gun on the seat; thinking how "to wound" someone (Nigerian English); "next
time I see him" followed by what one will do; picturing pushing someone down the stairs or in
front of a bus. Cues as in risk_cues, whose shape they share. Patterns run on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue

#: what one hurts with
_WEAPON = (
    r"(?:knife|knives|blade|machete|cutlass|bat|baseball bat|gun|rifle|shotgun|pistol|hammer|"
    r"crowbar|tyre iron|tire iron|wrench|spanner|axe|hatchet|screwdriver|bottle|iron bar|cosh|"
    r"knuckle ?dusters?)"
)
#: someone else
_SOMEONE = r"(?:him|her|them|the (?:lads?|boys?|guys?|men|man|woman|kids?)\b[^.?!]{0,30}?|that \w+)"

CUES: tuple[Cue, ...] = (
    cue(
        "harm_to_others",
        # "carrying a blade so I can use it on the guys who robbed me", "the bat by the door, I'm
        # using it on him" (not "a knife to use on the rope", nor "the hammer, I'm using it on the
        # fence")
        rf"\b{_WEAPON}\b[^.?!]{{0,60}}?\b(?:so (?:i|you|he|she) (?:can|could)|to|i(?:'m| am|'ll| "
        rf"will)? ?(?:gonna|going to)?|i(?:'m| am)) us(?:e|ing) (?:it|them|that|this) on "
        rf"{_SOMEONE}",
        False,
        unnamed=True,
    ),
    cue(
        "harm_to_others",
        # "parked outside her flat with the gun on the seat" (not "sat outside his house with the
        # engine running to pick him up": a weapon with one)
        rf"\b(?:sitting|sittin'?|sat|parked|parking|waiting|waitin'?) (?:up )?(?:outside|out front"
        rf" of|across from|near|by|round|around) (?:his|her|their|the ex's|my ex's) (?:place|house|"
        rf"flat|home|work|door|gate)\b[^.?!]{{0,50}}?\b(?:with|and) (?:the|a|my) {_WEAPON}\b",
        True,
    ),
    cue(
        "harm_to_others",
        # Nigerian English "thinking of how to wound him", "planning to wound that man" (not
        # "the words wound him", nor "how to wound up the clock")
        r"\b(?:think|thinking|thought|plan|planning|planned|want|wanted|wanting|decided|deciding)"
        r" (?:of |about |to |on )?(?:how (?:to|i (?:can|could|will|would)) |deal with \w+(?: \w+)?"
        r" properly,? )?(?:to )?(?:wound|injure|maim|cripple|machete|matchet) (?:him|her|them|that "
        r"\w+)\b",
        False,
        unnamed=True,
    ),
    cue(
        "harm_to_others",
        # "next time I see him I'm gonna smash him", "next time I see her I'll deck her" (not
        # "next time I see him at squash I'm gonna smash him", nor "I'll smash it next time")
        r"\bnext time\b(?![^.?!]*\b(?:squash|tennis|darts|pool|snooker|chess|golf|cards|fifa|"
        r"the (?:race|game|match|final))\b)"
        r" i (?:see|catch|run into|bump into) (?:him|her|them|that \w+)\b[^.?!]{0,60}?"
        r"\bi(?:'m| am|'ll| will)? ?(?:gonna|going to|goin'? to|gunna|gon) (?:smash|deck|flatten|"
        r"batter|glass|bottle|knock out|lamp|chin|drop|stab|do|sort out|kill|hurt|belt|thump) "
        r"(?:him|her|them)\b",
        True,
    ),
    cue(
        "harm_to_others",
        # pushing someone pictured: "I keep imagining shoving my boss down the stairs", "thoughts
        # of pushing your brother-in-law off the platform" (not "pushing my son on the swing", nor
        # "picturing pushing myself in front of a train", which is one's own)
        r"\b(?:picture|pictures|picturing|imagine|imagining|imagined|thoughts? of|thinking (?:of|"
        r"about)|fantasi[sz]ing about|dream(?:ing)? (?:of|about)) (?:pushing|shoving|throwing|"
        r"tipping) (?!(?:myself|meself|yourself|himself|herself)\b)(?:my|your|his|her|the|that|"
        r"our) [\w-]+(?: [\w-]+)? (?:down the (?:stairs|steps|well)|off (?:the|a) (?:\w+ )?"
        r"(?:platform|balcony|bridge|cliff|roof|ledge|stairs)|in front of (?:a|the) \w+|under (?:a|"
        r"the) \w+)\b",
        False,
        unnamed=True,
    ),
)
