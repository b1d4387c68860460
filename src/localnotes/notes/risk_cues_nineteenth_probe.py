"""Risk told as the nineteenth probe set tells it (benchmarks/data/risk_probes/p19, read in issue
17's forty-fifth pass after two passes blind), each made general: marks asked about as made by
oneself, a weapon asked about as meant for someone, papers kept so one cannot leave; the pills it
takes looked up, a whole box taken, goodbyes said in one's head, waking up not meant; a blade kept
hidden in a case or a drawer, an injury passed off and then owned ("but I did it myself"); a
threat with the weapon at hand ("there's a knife in the drawer"), an ex's hours found out and a
weapon ordered, "both barrels" with a shotgun named, a shop to be burned; the belt as the house
rule, and a carer who leaves one in the chair with nothing to drink. Cues as in risk_cues, whose
shape they share. Patterns run on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import PEOPLE, Cue, cue

_WEAPON = r"(?:weapon|knife|knives|gun|guns|blade|machete|crossbow|rifle|shotgun|pistol|bat|axe)"

CUES: tuple[Cue, ...] = (
    # "any marks under those sleeves that you've made yourself?", "cuts you did yourself"
    cue(
        "self_harm",
        r"\b(?:marks?|cuts?|burns?|scars?|scratches|bruises?|wounds?)\b[^.?!]{0,40}?\b(?:that |"
        r"which )?(?:you've|you have|you|i've|i have|i) (?:made|done|given|caused|put there) "
        r"(?:(?:on|to) )?(?:yourself|myself)\b",
    ),
    # "a weapon you're planning to use on someone?"
    cue(
        "harm_to_others",
        rf"\b{_WEAPON}\b[^.?!]{{0,30}}?\b(?:planning|plan|planned|intend\w*|going|meaning|meant|"
        rf"want\w*) to use (?:it |them )?on {PEOPLE}",
    ),
    # papers kept so one cannot leave: "hold on to your passport, papers or keys so you can't
    # leave?", "keep her papers and she is not allowed out"
    cue(
        "abuse_or_neglect",
        r"\b(?:hold|holds|held|holding|keep|keeps|kept|keeping|take|takes|took|hide|hides|hid|"
        r"lock\w*) (?:on ?to |away |up )?(?:your|my|her|his|our) (?:passport|papers|documents|"
        r"visa|id|residence card)\b[^.?!]{0,60}?\b(?:can't|cannot|couldn't|can not|not allowed|"
        r"won't let|never let)\b(?: \w+){0,2}? (?:leave|go|out|get out|go out)\b",
    ),
    # the pills it takes looked up: "keep googling like how many of them pills it takes"
    cue(
        "suicidal_ideation",
        r"\b(?:googl\w*|search\w*|look\w* up|looked|looking|research\w*|read\w* up)\b[^.?!]{0,30}?"
        r"\bhow many (?:of )?(?:them |those |the |my )?(?:pills|tablets|paracetamol|painkillers|"
        r"sleeping (?:pills|tablets))\b[^.?!]{0,20}?\b(?:it takes|it would take|would (?:do it|"
        r"kill)|to (?:die|kill|end|do it))\b",
        True,
    ),
    # a whole box taken: "I took the whole box of paracetamol with a bottle of wine"
    cue(
        "suicidal_ideation",
        r"\bi (?:took|swallowed|necked|downed) (?:the|a|my) (?:whole|entire|full) (?:box|packet|"
        r"pack|bottle|tub|strip|blister|lot)s? of (?:\w+ )?(?:paracetamol|pills|tablets|"
        r"painkillers|sleeping (?:pills|tablets)|\w+ tablets|co-codamol|ibuprofen|aspirin)\b",
        True,
    ),
    # "I wasn't supposed to wake up", "I wasn't meant to come round"
    cue(
        "suicidal_ideation",
        r"\bi (?:wasn't|was not|was never) (?:supposed|meant|going|planning) to (?:wake up|"
        r"come round|come back|survive|make it)\b(?! (?:so early|till|until|before|on time))",
        True,
    ),
    # goodbyes said in one's head: "you've said your goodbyes in your head"
    cue(
        "suicidal_ideation",
        r"\b(?:said|saying|say) (?:my|your|all my|all your) goodbyes? in (?:my|your) head\b",
    ),
    # a blade kept hidden: "I keep a blade in the back of my phone case", "the sharpener blades
    # I'd hid in me sock drawer"
    cue(
        "self_harm",
        r"\b(?:keep|keeps|kept|hide|hides|hid|hidden|stash\w*|tape\w*) (?:a|the|my|some) "
        r"(?:sharpener )?(?:blades?|razor blades?|razors?)\b[^.?!]{0,30}?\b(?:phone case|pencil "
        r"case|sock|socks|bra|wallet|purse|pillow\w*|shoe|drawer|school bag|make-?up bag|"
        r"mattress)\b|\b(?:sharpener )?(?:blades?|razor blades?)\b,? (?:that )?i(?:'d| had)? "
        r"(?:hid|hidden|stashed|kept)\b",
        True,
    ),
    # an injury passed off, then owned: "Told the nurse I fell on a glass, but I did it myself."
    cue(
        "self_harm",
        r"\b(?:told|said to|telling) (?:the|my|her|him|them|\w+)(?: \w+)? (?:that )?i (?:fell|"
        r"slipped|tripped|walked into|cut (?:it|myself) on|burned (?:it|myself) on|caught it "
        r"on)\b[^.?!]{0,40}?\bbut (?:really |actually |in fact |the truth is )?i did (?:it|them|"
        r"that) (?:myself|to myself|on purpose)\b",
        True,
    ),
    # a threat with the weapon at hand: "im going to stab him theres a knife in the drawer"
    cue(
        "harm_to_others",
        r"\b(?:i'm|im|i am) (?:going to|gonna) (?:stab|shoot|knife|cut|kill|do) (?:him|her|them)\b"
        r"[^.?!]{0,20}?\b(?:there's|theres|there is|i've got|ive got|i have) (?:a|the|my) "
        r"(?:knife|gun|blade|machete|bat|axe|hammer)\b",
        True,
    ),
    # an ex's hours found out: "finding out where my ex works now and what time she finishes"
    cue(
        "harm_to_others",
        r"\b(?:finding out|found out|find out|working out|worked out|watching|follow\w*) where "
        r"(?:my|the|his|her) ex (?:works|lives|is staying|goes|drinks)\b[^.?!]{0,30}?\bwhat time "
        r"(?:she|he|they) (?:finishes|leaves|gets off|gets home|clocks off)\b",
        True,
    ),
    # "both barrels" with a shotgun named: "the shotgun's in the shed and if they show their faces
    # round here again they're getting both barrels"
    cue(
        "harm_to_others",
        r"\bshotgun\b[^.?!]{0,120}?\b(?:getting|get|gets|give (?:them|him|her)) both barrels\b",
    ),
    # a shop or a house to be burned: "he will burn his shop", "I'll torch their house"
    cue(
        "harm_to_others",
        r"\b(?:i|he|she)(?:'ll| will| would|'d| am going to|'m going to| is going to|'m gonna) "
        r"(?:burn|torch|set fire to) (?:his|her|their|the) (?:shop|house|car|flat|business|"
        r"restaurant|place|home|van|truck)\b",
    ),
    # the belt as the house rule: "you don't talk back, or you get the belt"
    cue(
        "abuse_or_neglect",
        r"\bor (?:you|i|we) (?:get|got|gets|would get|'d get) (?:the|his|her|a) (?:belt|strap|"
        r"stick|cane|slipper|wooden spoon|back of (?:his|her) hand|leather)\b",
    ),
    # a carer who leaves one: "The carer leaves me in the chair from breakfast till teatime",
    # "nobody brings me a drink"
    cue(
        "abuse_or_neglect",
        r"\b(?:carer|carers|aide|home help|nurse|staff|daughter|son)\b[^.?!]{0,10}?\b(?:leaves|"
        r"left|leave) me (?:in|on) (?:the|my) (?:chair|bed|commode|toilet|floor)\b[^.?!]{0,40}?"
        r"\b(?:till|until|all day|all night|for hours|from)\b|\b(?:nobody|no one|no-one) "
        r"(?:brings|gives|brought|gave) me (?:a drink|anything to (?:eat|drink)|my food|food|"
        r"water|a cup of tea)\b",
    ),
)
