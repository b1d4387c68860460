"""Risk told as what was done to a body, one's own or a dependent's (issue 17's thirty-ninth pass,
from au's written turns, measured blind in the thirty-eighth): a burn, a scratch or a carving on
one's own arm, leg or skin ("I burn my arm", "You're using a lighter to burn your arm"), not a
cook's burn on the stove nor sunburn; the head hit again and again ("I hit my head on the door
frame three times"); a lighter or a blade used on one's arm; a person in one's care shut in a
room alone, left wet, or without meals; a knife one would use on someone. Cues as in risk_cues,
whose shape they share. Patterns run on lowercase text.
"""

from __future__ import annotations

import re

from localnotes.notes.risk_cues import PEOPLE, Cue, cue

#: skin that a burn, a scratch or a carving on purpose is told of (not hands and fingers, which
#: kitchens and workshops burn and cut by chance)
_SKIN = (
    r"(?:(?:fore)?arms?|wrists?|legs?|thighs?|stomach|belly|tummy|skin|hips?|ankles?|shins?|"
    r"chest|shoulders?|calf|calves|upper arms?|inner arms?)"
)
#: after the act, what makes it an accident or a chore: a stove, an iron, the sun, an itch
_BY_CHANCE = (
    r"(?![^.?!]{0,50}\b(?:on the (?:stove|oven|hob|iron|pan|kettle|grill|tray|radiator|exhaust|"
    r"engine|barbecue|bbq|fire|heater)|in the (?:sun|kitchen|oven)|sunburn|sun\b|cooking|ironing|"
    r"baking|welding|soldering|at work|on a nail|on the fence|on the barbed|itch\w*|mosquito|"
    r"bite|bites|rash|eczema|shaving)\b)"
)
_TOOL = r"(?:lighter|razor|blade|compass|sharpener|scissors|knife|a match|matches|cigarettes?)"
_DEPENDENT = (
    r"(?:him|her|them|your (?:father|mother|dad|mum|mom|son|daughter|gran\w*|husband|wife|"
    r"brother|sister)|my (?:father|mother|dad|mum|mom|son|daughter|gran\w*|husband|wife|brother|"
    r"sister)|the (?:residents?|patients?|kids|children|baby|child))"
)

CUES: tuple[Cue, ...] = (
    cue(
        "self_harm",
        # "I burn my arm when it gets too much", "You're using a lighter to burn your arm" (not
        # "I burned my arm on the oven door", "I scratch my arm, it's the eczema")
        r"(?<!accidentally )\b(?:burn|burns|burned|burnt|burning|scratch|scratches|scratched|"
        r"scratching|carve|carves|carved|carving|gouge|gouged|gouging|slash|slashed|slashing) "
        rf"(?:at )?(?:my|your) (?:own )?{_SKIN}\b" + _BY_CHANCE,
        True,
    ),
    cue(
        "self_harm",
        # "I hit my head on the bathroom door frame three times", "banging my head against the
        # wall over and over" (not once by chance on a cupboard, nor "till it hurts" standing up)
        r"\b(?:hit|hits|hitting|bang|bangs|banged|banging|smack\w*|bash\w*) (?:my|your) "
        r"(?:own )?head\b[^.?!]{0,40}?\b(?:(?:two|three|four|five|six|several|a few|many|ten) "
        r"times|twice|over and over|again and again|repeatedly)\b",
        True,
    ),
    cue(
        "self_harm",
        # "I've been using my lighter. On the arm, here, under the sleeve." (the two heard as one
        # by the fragment join), "using a razor on my legs" said of it (not to shave: _BY_CHANCE)
        # (a razor on one's legs is shaving)
        # (the shaving check after the verb, not before it: at every place it cost a scan)
        r"\b(?:using|used|use|uses|take|took|taking|put|putting) "
        r"(?![^.?!]*\brazor on (?:my|your|the) (?:legs?|shins?|calf|calves|underarms?)\b)"
        rf"(?:my|a|the) {_TOOL}\b"
        rf"[^?!]{{0,20}}?\bon (?:my|your|the) (?:own )?{_SKIN}\b" + _BY_CHANCE,
        True,
    ),
    cue(
        "self_harm",
        # "It was scratching. Same as before, on the forearm." (the place joined as a fragment):
        # what it was, and where on one's skin
        r"\b(?:it was|it's|it is|that was) (?:the |just )?(?:scratching|cutting|burning|carving)"
        rf"\b[^?!]{{0,30}}?\bon (?:the|my) {_SKIN}\b",
        unnamed=True,
    ),
    cue(
        "abuse_or_neglect",
        # "Dan shut you in a room on your own", "He shut me in the quiet room" (a carer's
        # seclusion; not "I shut myself in my room")
        r"\b(?:shut|shuts|locked|locks|locking|shutting|put|puts|putting) (?:me|you|him|her|them) "
        r"in (?:a|the|his|her|their|my|your) (?:\w+ )?(?:room|cupboard|shed|cellar|basement|"
        r"bathroom|toilet|garage)\b(?=[^.?!]{0,30}\b(?:on (?:my|your|his|her|their) own|alone|"
        r"by (?:my|your|him|her|them)sel\w+|door|locked|hours|all day|all night|till|until)\b)",
    ),
    cue(
        "abuse_or_neglect",
        # "the paid aide has been leaving your father wet and without meals"
        rf"\b(?:leav\w*|left) {_DEPENDENT} (?:sitting |lying )?(?:wet|soiled|soaked|in (?:wet|"
        r"soiled|dirty) \w+|without (?:meals|food|lunch|water|his \w+|her \w+)|unwashed|"
        r"unfed|hungry)\b",
        by_client=True,
    ),
    cue(
        "self_harm",
        # "I have not cut since the plan.", "I haven't burned since June": the act's bare verb,
        # with its time (read as before, not since: risk's "not since"); "So the last cutting was
        # last month" (not "I haven't cut my hair since")
        r"\bi(?: have not|'ve not| haven't| had not| hadn't) (?:cut|burned|burnt|self-harmed)"
        r"(?= (?:since|for (?:a|two|three|four|five|six|\w+ (?:days|weeks|months))|in (?:a|\w+) "
        r"(?:days?|weeks?|months?|years?))\b)|\bthe (?:last|latest|most recent) (?:cutting|"
        r"burning|time i (?:cut|burned|burnt|self-harmed))\b",
        True,
    ),
    cue(
        "abuse_or_neglect",
        # "When he's mad he does the belt. On my legs." (the place joined as a fragment), "the
        # strap on our legs", "Dad gets the wooden spoon out"
        r"(?<!\bi )(?<!i'll )(?<!\bgo )(?<!\bto )\b(?:does|did|gets|got|brings|brought) (?:out )?"
        r"the (?:belt|strap|cane|wooden spoon|slipper|jandal)\b(?! (?:off|buckle|loop|size)\b)|"
        r"\b(?:belt|strap|cane|stick|wooden spoon|slipper|jandal|cord|hose)\b[^?!]{0,12}?\bon "
        r"(?:my|our|me|us) (?:legs?|back|bum|bottom|backside|arms?|hands?|behind)\b",
    ),
    cue(
        "suicidal_ideation",
        # "I took a load of my cellmate's stuff the night after sentencing. Woke up in the
        # hospital wing." (the waking joined as a fragment): an overdose told by where one woke
        r"\b(?:took|swallowed|downed) (?:a (?:whole )?(?:load|lot|bunch|handful|fistful|pile)|"
        r"handfuls|all) of (?:(?:my|the|her|his|their) )?(?:[\w']+ )?(?:stuff|gear|medicine|"
        r"medication|sleepers|sleeping (?:pills|tablets)|painkillers|paracetamol|pills|tablets)\b"
        r"[^?!]{0,60}?\b(?:woke up|came round|came to) (?:in|on) (?:the )?(?:hospital|a&e|icu|"
        r"intensive care|resus|\w+ wing|ward)\b",
        True,
    ),
    cue(
        "harm_to_others",
        # "a part of you that would use a knife on him", "I'd use the bat on him" (not "use a
        # knife on the bread")
        r"\b(?:use|using|used|pull|pulled|pulling) (?:a|the|my|his|her) (?:\w+ )?(?:knife|blade|"
        r"bat|hammer|gun|bottle|machete|screwdriver) on " + PEOPLE + r"\b",
    ),
)

#: before a burn or a scratch of one's skin, what did it: a push, a stove ("he pushed me against
#: the stove, I burned my arm here"): no act of one's own
CAUSED_BEFORE = re.compile(
    r"\b(?:pushed|shoved|threw|knocked|held|slammed) (?:me|you)\b|\b(?:stove|oven|hob|iron|kettle|"
    r"grill|barbecue|bbq|bonfire|campfire|fireworks?|sunbed|sun)\b|"
    # "the thorns scratched my arms to bits" (what scratched is said, and it is no person)
    r"\b(?:thorns?|brambles?|branches|nettles|roses|(?:the|my|our|his|her|a) (?:cat|dog|kitten|"
    r"puppy|parrot|rabbit|ferret|hamster|budgie)) "
    r"(?:\w+ )?$"
)
SKIN_ACT = CUES[0]  # the cue CAUSED_BEFORE filters (risk_cue_scan)
