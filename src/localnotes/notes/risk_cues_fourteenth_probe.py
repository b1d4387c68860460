"""Risk in the words of the fourteenth probe (issue 17's fortieth pass, read after two passes
blind): a walk into the water planned by the tide ("deep enough to just walk in and not come
out"), going over the side so as not to come back; hands scrubbed raw with bleach "on purpose",
blades used "on myself", marks asked about as "something you did to yourself"; a man nearly
throttled, one meant to be finished, a bat on the back seat while one waits for him, a knife
carried "in case", "klap" (South African English: hit); a parent's pension drawn until she is
left with nothing, a phone and a bank card kept, a child left alone overnight, pictures demanded
"unless I send more", a carer rough with one's mother, a belt used to lash. Cues as in risk_cues,
whose shape they share. Patterns run on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue
from localnotes.notes.risk_phrases import WEAPON

#: water one could walk into, said before the walk
_WATER = r"(?:sea|water|river|tides?|harbou?r|lake|loch|pier|quay|boat|deep|waves|surf|canal)"

CUES: tuple[Cue, ...] = (
    cue(
        "suicidal_ideation",
        # "checking the tide times ... deep enough to just walk in and not come out"; "going over
        # the side so you don't have to come back" (not "go in and not come out till the tax
        # return's done": no water said)
        r"\b" + _WATER + r"\b[^.?!]{0,80}?\b(?:walk|walking|wade|wading|swim|swimming|go|going|"
        r"step|stepping)(?: \w+)?(?: in| out)?\b[^.?!]{0,20}?\b(?:and|so (?:i|you)) (?:just )?"
        r"(?:not|never|don't|didn't|wouldn't|won't) (?:have to )?(?:come|coming) (?:out|back)\b|"
        r"\b(?:going|go|went|jump\w*|step\w*) over the side\b[^.?!]{0,20}?\b(?:and|so (?:i|you)) "
        r"(?:just )?(?:not|never|don't|didn't|wouldn't|won't) (?:have to )?(?:come|coming) back\b",
        True,
    ),
    cue(
        "self_harm",
        # "I've been using them on myself again" (the blades); "scrubbin' ma hands wi' bleach till
        # they're raw, on purpose like"; "the marks under those sleeves, something you did to
        # yourself?"
        r"\b(?:using|used|use|uses) (?:the (?:blades?|razors?|lighter|compass|scissors|knife)|a "
        r"(?:blade|razor|lighter|compass|knife)) on (?:myself|yourself)\b|"
        r"\b(?:blades?|razors?|lighter|compass|scissors|knife)\b[^.?!]{0,60}?\b(?:using|used|use|"
        r"uses) (?:them|it) on (?:myself|yourself)\b|"
        r"\bscrub\w*'? (?:my|ma|me|your) (?:\w+ )?(?:hands|arms|skin|legs|face)\b[^.?!]{0,30}?\b"
        r"(?:till|until|til) (?:they're|they are|it's|it is|they were|it was) raw\b[^.?!]{0,40}?"
        r"\b(?:on purpose|deserve)|"
        r"\b(?:marks|cuts|scars|burns|bruises|scratches)\b[^.?!]{0,50}?\b(?:something )?(?:you|i) "
        r"(?:did|do|done|'ve done|have done) (?:to|on) (?:yourself|myself)\b",
        True,
    ),
    cue(
        "harm_to_others",
        # "I nearly throttled a lad in the pub"; "I mean to finish him"; "with a bat on the back
        # seat, waiting for her new fella"; "carrying the knife in case you run into him"; "I'll
        # klap him" (not "nearly hit a cyclist", as a driver does; not "finish her hair")
        r"\b(?:i|you) (?:nearly|almost|very nearly) (?:throttled|strangled|stabbed|glassed|"
        r"battered|choked|punched|decked|floored|lamped|knocked out) (?:a|the|this|that|some|him|"
        r"her|my|your)\b|"
        r"\b(?:mean|going|want|intend|plan|gonna|wanna) to finish (?:him|her|them)(?: off)?"
        r"(?=\W*$|[,.;!]| for good\b| once and for all\b)|"
        r"\bwith (?:a|the|my|your) " + WEAPON + r"\b[^.?!]{0,40}?\bwaiting for (?:him|her|them|"
        r"(?:my|your|her|his) (?:\w+'s )?(?:new )?(?:fella|boyfriend|girlfriend|bloke|guy|man|"
        r"husband|partner|ex))\b|"
        r"\bcarr(?:y|ying|ied|ies) (?:a|the|my|your) " + WEAPON + r"\b[^.?!]{0,20}?\bin case\b|"
        r"\b(?:i'll|i will|i'm gonna|i'm going to|i wanna|i want to|going to|gonna|i) klap(?:ped)? "
        r"(?:him|her|them|that \w+|\w+)\b|"
        # "taking a wrench to the bosun's head"; "someone at work you've thought about seriously
        # hurting"
        r"\b(?:take|taking|took|put|putting) (?:a|the|my) (?:wrench|spanner|hammer|bat|bottle|"
        r"brick|pipe|crowbar|iron bar|shovel|spade|golf club|chair) to (?:his|her|their|the \w+'s|"
        r"\w+'s) (?:head|face|skull|knees?)\b|"
        r"\b(?:someone|anyone|somebody|anybody)\b[^.?!]{0,30}?\byou(?:'ve| have)? (?:thought|been "
        r"thinking|wanted|felt like) (?:about |of )?(?:seriously |really |actually )?(?:hurting|"
        r"harming|killing|hitting|attacking|stabbing)\b",
        True,
    ),
    cue(
        "abuse_or_neglect",
        # "drawing Mam's pension every week and she's left with nothing"; "making you hand over
        # your pension money"; "He keeps my phone and my bank card, and I have to ask him for bus
        # money" (not "I draw Mam's pension for her since her stroke")
        r"\b(?:drawing|draws|drew|taking|takes|took|spending|spends|spent|cashing|pocketing|"
        r"keeping|keeps|kept) (?:\w+'s) (?:pension|benefits?|allowance|savings|money|wages)\b"
        r"[^.?!]{0,40}?\b(?:left with nothing|nothing left|without (?:food|heating|money|a penny)|"
        r"can't afford|without (?:asking|telling) (?:her|him))\b|"
        r"\bmaking (?:you|me) (?:hand over|give (?:up |over )?|sign over|pay over) (?:your|my) "
        r"(?:\w+ )?(?:money|pension|benefits?|wages|savings|cards?)\b|"
        r"\b(?:he|she|they) (?:keeps|kept|holds|takes|took) (?:my|me) (?:phone|bank card|cards?|"
        r"money|wages|keys) and (?:my|me) (?:phone|bank card|cards?|money|wages|keys|passport)\b"
        r"[^.?!]{0,30}?\b(?:i (?:have|had|'ve got) to ask|won't let me|doesn't let me|didn't let "
        r"me|i can't (?:use|have|get|go))\b",
    ),
    cue(
        "abuse_or_neglect",
        # "leaving my seven-year-old alone overnight"; "the little ones home alone while you're on
        # shift"; "says he'll send my pics to everyone at school unless I send more"; "pressuring
        # you to send pictures of yourself"; "The carer who comes for Mum is rough with her";
        # "does lash me with the belt"
        r"\b(?:leaving|left|leave|leaves) (?:my|the|our|your|her|his) (?:\w+-year-olds?|little "
        r"ones|young ones|wee ones)\b[^.?!]{0,20}?\b(?:alone|on (?:their|his|her) own|by "
        r"(?:themselves|himself|herself))\b|"
        r"\b(?:send|post|share|show|leak)(?:s|ing)? (?:(?:my|your) (?:pics|pictures|photos|nudes|"
        r"videos?)|(?:the|those) nudes)\b[^.?!]{0,40}?\bunless (?:i|you)\b|"
        # "He says if I don't, he'll tell my parents about the photos."
        r"\bif i (?:don't|do not|won't|refuse|say no)\b[^.?!]{0,10}?\b(?:he|she|they)(?:'ll| "
        r"will|'d| would| is going to|'s going to|'s gonna) (?:tell|show|send|post)\b[^.?!]{0,30}?"
        r"\b(?:photos|pictures|pics|nudes|videos?)\b|"
        r"\b(?:pressur\w+|forcing|making|threatening|blackmailing) (?:you|me) (?:to|into) "
        r"send(?:ing)? (?:\w+ )?(?:pictures|pics|photos|nudes|images|videos)\b|"
        r"\b(?:carer|aide|care worker|support worker|home help|nurse|care staff)\b[^.?!]{0,30}?"
        r"\b(?:is|are|was|were|gets|got|been) (?:\w+ )?rough with (?:her|him|me|mum|mam|mom|dad|"
        r"them|my \w+)\b|"
        r"\b(?:lash|lashes|lashed|lashing|flog|flogs|flogged|whip|whips|whipped) (?:me|us|him|her|"
        r"them|my \w+) (?:\w+ )?with (?:the|a|his|her) (?:belt|cane|stick|whip|cable|wire|"
        r"slipper|hose|strap)\b",
    ),
)
