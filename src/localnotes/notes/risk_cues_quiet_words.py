"""Risk told in quieter words, from batteries written for issue 17's fortieth pass (not from any
dialog or probe, to see whether recall carries beyond the words read): how easy it would be to
"just go under", an overdose's number looked up ("looking up how many of my tablets it takes"),
no point being here with everyone said to manage without one; bruises pressed "till it hurts".
Cues as in risk_cues, whose shape they share. Patterns run on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue

CUES: tuple[Cue, ...] = (
    cue(
        "suicidal_ideation",
        # "think how easy it would be to just go under" (in the bath, the sea); "looking up how
        # many of my tablets it takes"; "There's no point in me being here, everyone would
        # manage fine" (not "no point me being here if the bus is late": no one said to manage)
        r"\bhow easy it (?:would|'d|will) be to (?:just )?(?:go under|slip under|not come (?:up|"
        r"back)|step off|drive off|end it|not wake up|disappear for good)\b|"
        r"\blook(?:ing|ed|s)? up how many (?:of )?(?:my |the |those |her |his )?(?:tablets|pills|"
        r"paracetamol|sleeping pills|painkillers|meds) (?:it )?(?:takes|would take|it'd take|you "
        r"need|i'd need|would kill)\b|"
        r"\bno point (?:in )?(?:me |my )?(?:being here|being alive|living|going on)\b[^.?!]{0,40}?"
        r"\b(?:everyone|everybody|they|the kids|my family|the family)(?:'d| would| will)? "
        r"(?:manage|cope|be fine|be better|be okay|get on)\b",
        True,
    ),
    cue(
        "self_harm",
        # "I keep pressing on the bruises on my legs till it hurts, it calms me down"
        r"\b(?:press|presses|pressing|pressed|push|pushing|poke|poking|dig|digging) "
        r"(?:on |into |at )?(?:the |my )?(?:bruises?|cuts?|scabs?|wounds?|burns?)\b[^.?!]{0,30}?"
        r"\b(?:till|until) "
        r"(?:it|they) (?:hurts?|bleeds?|stings?|bled)\b",
        True,
    ),
)
