"""Risk in the words of the thirteenth probe (issue 17's thirty-ninth pass, read after two passes
blind): hoping not to wake typed as speech recognition types it ("hoping i dont wake up"); a
bone of someone's broken ("I broke his nose"); a carer's pinching and name-calling; benefit money
taken with a threat; a child smacked "too hard", leaving bruises. Cues as in risk_cues, whose
shape they share. Patterns run on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue

CUES: tuple[Cue, ...] = (
    cue(
        "suicidal_ideation",
        # "i go to sleep every night hoping i dont wake up" (no apostrophe, as typed or heard;
        # not "I wish I didn't wake up at four")
        r"\b(?:hop(?:e|es|ed|ing)|pray(?:ing|ed)?|wish(?:ing|ed)?) (?:that )?i (?:dont|won't|wont|"
        r"don't|wouldn't|wouldnt|didn't|didnt) wake(?: up)?\b(?=\W*$|[,.;!]| (?:in the morning|"
        r"tomorrow|again|at all|ever|one (?:day|morning)|any ?more)\b)",
        True,
    ),
    cue(
        "harm_to_others",
        # "Me and my brother had a proper fight and I broke his nose." (not "I broke his heart")
        r"\bi (?:broke|busted|bust|fractured|smashed) (?:his|her|their|the (?:guy|man|lad|bloke|"
        r"fella|other \w+)'s) (?:nose|jaw|arm|ribs?|leg|legs|fingers?|teeth|cheekbone|skull|"
        r"eye socket|wrist)\b",
    ),
    cue(
        "abuse_or_neglect",
        # "The carer who comes in the mornings pinches me and calls me stupid"
        r"\b(?:pinch|pinches|pinched|pinching) me\b(?! (?:to|awake|when i (?:fall asleep|doze)))|"
        r"\b(?:calls|called|calling) me (?:stupid|useless|worthless|fat|ugly|a (?:retard|"
        r"burden|waste|slag|whore|bitch)|names)\b[^.?!]{0,40}?\b(?:every (?:day|time|morning|"
        r"night)|all the time|whenever|when i(?:'m)?)\b|"
        # "My flatmate takes my benefit money every fortnight and says I'll be homeless if I tell"
        r"\b(?:takes|took|keeps|kept|has|had) (?:all )?my (?:benefit|benefits|pension|wages|pay|"
        r"money|card|bank card|giro)\b[^.?!]{0,40}?\b(?:if i tell|says i'll|threaten\w*|won't let "
        r"me|or else)\b",
    ),
    cue(
        "abuse_or_neglect",
        # "Sometimes I smack the little one too hard and it leaves bruises"
        r"\bi (?:smack|smacked|hit|slap|slapped|whack|whacked) (?:the (?:little|baby|youngest|"
        r"kids?|children)|my (?:son|daughter|kids?|boy|girl|little one)|him|her|them)\w*"
        r"[^.?!]{0,30}?\b(?:too hard|bruises?|left marks?|leaves marks?)\b",
        by_client=True,
    ),
)
