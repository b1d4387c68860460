"""Risk in the words of the sixteenth probe (benchmarks/data/risk_probes/p16), read in issue 17's
forty-second pass after two passes blind, each made general: a house to be burnt down; heads to be
smashed in; "I'm gonna do him when I see him"; a knife carried "for" someone; running someone down
pictured; threatening someone; a punch thrown; things no longer needed "where I'm going"; a train
timetable studied "so it'd be quick"; wanting to jump from a block without the "I"; a hot thing
pressed on one's skin "to feel something"; a wall headbutted "till it bleeds"; "ended up cutting"
with nothing cut; a parent's pension gone before she sees it; medicine given only when one has
done what he wants; a child made to send pictures; boys beaten with a belt; a lock on the fridge.
Cues as in risk_cues, whose shape they share. Patterns run on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import PEOPLE, Cue, cue
from localnotes.notes.risk_phrases import WHOSE

#: what is hit with to punish a child
_STRAP = r"(?:belt|strap|cane|stick|slipper|wooden spoon|cord|cable|hanger|flex|jandal|sjambok)"

CUES: tuple[Cue, ...] = (
    cue(
        "harm_to_others",
        rf"\bburn {WHOSE} (?:\w+ )?(?:house|flat|home|place|car|shop|van) down\b|"
        rf"\bburn (?:the|that) (?:\w+ )?(?:house|flat|place|shop) down with (?:him|her|them)\b|"
        rf"\b(?:smash|kick|cave|bash|stove|punch) {WHOSE} (?:heads?|faces?|skulls?|teeth) in\b|"
        r"\b(?:smash|kick|cave|bash|stove|punch) (?:their|his|her) (?:heads?|faces?|skulls?|teeth) "
        r"in\b|"
        r"\b(?:gonna|going to|will|'ll|'m going to|am going to) do (?:him|her|them|that \w+|him "
        r"in|her in)\b(?= (?:when|if|the (?:next|minute|second)|next|proper|properly|over|for "
        r"what|in\b|tonight|on (?:friday|saturday|sunday|monday|tuesday|wednesday|thursday)))|"
        r"\b(?:knife|blade|machete|gun|bat|hammer|screwdriver)\b[^.?!]{0,60}?\b(?:it's|it is|"
        r"that's|"
        rf"that is|is) for (?:him|her|them|my (?:[\w-]+ )?[\w-]+|the [\w-]+|that [\w-]+|{WHOSE} "
        r"(?:\w+ )?\w+)\b|"
        r"\b(?:it's|it is|that's) for (?:him|her|them|my ex|my ex's \w+ \w+|the \w+)\b[^.?!]{0,4}$|"
        r"\b(?:pictured|picture|picturing|imagined|imagine|imagining|fantasi[sz]ed|fantasi[sz]e|"
        r"fantasi[sz]ing|daydreamed|daydream|daydreaming|thought about|think about|thinking "
        rf"about) (?:about )?(?:running {PEOPLE} (?:down|over)|(?:stabbing|strangling|shooting|"
        rf"smothering|drowning|choking|battering|knifing|glassing) {PEOPLE})\b|"
        rf"\b(?:threatening|threatened|threaten|threatens) {PEOPLE}\b(?! (?:with (?:legal|the "
        r"police|court|eviction|a lawyer|the sack|dismissal)|to (?:leave|sue|report|call|tell|"
        r"quit|go)))|"
        r"\b(?:thrown|threw|throw|throwing|throws) (?:a )?punch(?:es)?\b",
    ),
    cue(
        "suicidal_ideation",
        r"\b(?:won't|will not|wont|shan't|not going to) (?:be )?need(?:ing)? (?:it|them|her|him|"
        r"this|that|those|these|any of (?:it|this|that|them)|my \w+|the \w+) where i'?m going\b|"
        r"\b(?:which|what) (?:train|one|lorry|bus)\b[^.?!]{0,40}?\b(?:fastest|"
        r"quickest)\b[^.?!]{0,30}?"
        r"\bso (?:it'?d|it would|it will|it'll) be (?:quick|over quick|quicker)\b|"
        r"\b(?:keep|kept|keeps) (?:thinking|think) (?:want|wanna|i want|i wanna) (?:to )?jump "
        r"(?:from|"
        r"off) (?:the|a|my|that) (?:block|bridge|building|roof|balcony|flat|tower|cliff)\b",
        True,
    ),
    cue(
        "self_harm",
        r"\b(?:pressing|pressed|press|presses|holding|held|hold|putting|put) (?:the |a |my )?(?:hot"
        r" "
        r"\w+|\w+) (?:against|on|onto|to) my (?:wrists?|arms?|skin|legs?|thighs?|hands?|stomach)\b"
        r"[^.?!]{0,40}?\b(?:to feel (?:something|anything)|till it|until it|to punish)\b|"
        r"\b(?:headbutt\w*|nutting|nutted|butting) (?:the|a|my) (?:wall|door|floor|mirror|"
        r"window)\b|"
        r"\bi (?:\w+ )?(?:ended up|end up|still ended up|went back to|started|been|was|keep) "
        r"cutting(?= (?:on|again|last|this|yesterday|at|in the|every|twice|once)\b|\s*[.,;!?]|$)",
        True,
    ),
    cue(
        "abuse_or_neglect",
        r"\b(?:pension|benefits|wages|money|allowance)(?:'s| is| has| was)? (?:\w+ )?(?:gone|taken|"
        r"spent|emptied|had)\b[^.?!]{0,30}?\bbefore (?:she|he|i|they|mum|mam|dad) (?:sees?|gets?|"
        r"touch(?:es)?|even sees?)\b|"
        r"\bonly (?:gives?|gave|lets?) me (?:have )?(?:my )?(?:\w+ )?(?:tablets|pills|medicine|"
        r"medication|meds|inhaler|insulin|food|dinner|money|phone)\b[^.?!]{0,20}?\b(?:when|if|once)"
        r" "
        r"i(?:'ve| have)? (?:done|do|did|behave|say)\b|"
        r"\b(?:making|makes|made|pressuring|pressures|pressured|forcing|forces|forced|getting|"
        r"gets|got) (?:her|him|me|my \w+|your \w+|the \w+) (?:to )?send (?:\w+ )?(?:pics|pictures|"
        r"photos|nudes|videos|images)\b|"
        r"\b(?:beats?|beat|beating|hits?|hitting|smacks?|smacked|smacking) (?:my|the|his|her|our) "
        r"(?:\w+ )?(?:boys?|girls?|sons?|daughters?|kids?|children|baby|lads?|little ones?)\b"
        rf"(?: \w+){{0,3}} with (?:a|the|his|her|their|my) {_STRAP}\b|"
        rf"\b(?:beats?|beat|beating|whips?|whipped|whipping|thrash\w*|lashes|lashed|"
        rf"leathers|leathered) (?:\w+ ){{1,5}}with (?:a|the|his|her|their|my) {_STRAP}\b|"
        r"\b(?:puts?|put|putting|keeps?|kept) (?:a )?(?:lock|padlock|chain) on the (?:fridge|"
        r"cupboards?|kitchen|food|freezer)\b|"
        r"\bi (?:only )?(?:get|am allowed|'m allowed|was allowed) (?:to )?eat (?:only )?what (?:he|"
        r"she|they) (?:hands?|gives?|lets?)\b",
    ),
)
