"""Self-harm told by marks explained and tools owned (issue 17's fifty-third pass, from the
thirteenth battery's misses, each made general): a cover story taken back ("I told A&E it was an
accident, but ... I did it to myself"), burns or cuts "I did myself" with the tool named, blades
owned and used "on my wrists", a tool dragged across an arm, old scars opened again with a
needle, a hand held under a hot tap on purpose, "having a go at myself with a razor", Pidgin
"use blade cut my hand", skin scratched raw with a pin, and a bare "I still cut". Cues as in
risk_cues, whose shape they share. Patterns run on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue

#: what one cuts, burns or scratches with
_TOOL = (
    r"(?:blades?|razors?|razor blades?|knife|knives|glass|shards?|compass|pins?|safety pins?|"
    r"needles?|scissors|lighter|cigarettes?|fags?|nail file|paper ?clip|sharpener|curling (?:iron|"
    r"tongs|wand)|straighteners|hair straighteners|iron|kettle|hob)"
)
#: one's own skin
_SKIN = (
    r"(?:my|me|ma|mi) (?:wrists?|arms?|forearms?|thighs?|legs?|skin|stomach|belly|hips?|ankles?|"
    r"hands?|chest|shoulders?|fingers?)"
)
#: "myself", as the dialects say it
_MYSELF = r"(?:myself|meself|masel|mysel|me self|my self|miself)"

CUES: tuple[Cue, ...] = (
    cue(
        "self_harm",
        # "The kitten didn't make these cuts. I did.", "the fence never did those scratches, i
        # did" (not "the cat didn't do the scratches on the door, I did the painting": the marks
        # disowned for another, then owned alone)
        r"\b(?:the (?:cat|dog|kitten|puppy|rabbit|hamster|bike|fence|thorns?|bush|brambles)|it|"
        r"that|he|she)\s+(?:didn't|did not|never|wasn't)\s+(?:do|did|cause|make|the one)\b"
        r"[^?!]{0,40}?\b(?:scratch\w*|cuts?|marks?|burns?|scars?)\b[^?!]{0,10}?[.,;:]\s*i did"
        rf"(?: (?:it|them|those|these|that))?(?: {_MYSELF})?\s*(?:[.!]|$)|"
        # "I told the nurse the dog did it, but really I did it to myself" (not "I did the
        # garden myself, it was no accident": a story taken back, then the act owned)
        r"\b(?:accident|fell|fall|tripped|the cat|the dog|walked into|caught it|burned it on|"
        r"burnt it on|cut it on)\b[^.?!]{0,50}?\b(?:but|actually|truth is|really|in fact)\b"
        rf"[^.?!]{{0,30}}?\bi did (?:it|them|this|that|these|those)(?: to)? {_MYSELF}\b|"
        # "They're from the straighteners, I did them myself", "i did it myself with a razor"
        # (not "i did my nails myself with the file", nor "I did the ironing myself")
        r"\b(?:from|with|wi|wiv) (?:the|a|my|me|ma) (?:curling (?:iron|tongs|wand)|straighteners|"
        r"hair straighteners|lighter|cigarettes?|fags?|blades?|razors?|compass|kettle|hob|glass|"
        rf"knife|scissors)\b[^.?!]{{0,30}}?\bi did (?:them|it|these|those|that|this) {_MYSELF}\b|"
        # (after them, only marks and a tool that makes them: not "I did it myself with a knife,
        # the box was taped shut")
        rf"\bi did (?:them|these|those)(?: to)? {_MYSELF}\b[^.?!]{{0,20}}?\b(?:with|wi|wiv) "
        r"(?:the|a|my|me|ma) (?:blades?|razors?|razor blades?|lighter|cigarettes?|fags?|compass|"
        r"safety pins?|shards?|glass)\b|"
        # "the blades are mine, I use them on my wrists", "they're mine, i use them on my arms"
        # (not "I use a razor on my legs": shaving, nor "I use it on my wrists", of a perfume)
        r"\b(?:blades?|razor blades?|shards?|compass|needles?|pins?|sharpeners?|lighter)\b"
        r"[^.?!]{0,60}?\bi (?:use|used|'ve been using|been using) (?:them|it|one|those|that) on "
        r"(?:my|me|ma) (?:wrists?|arms|forearms|thighs|skin|stomach|hips)\b|"
        r"\b(?:they'?re|it'?s|those are|they are|it is) (?:all )?mine\b[^.?!]{0,30}?\bi (?:use|"
        r"used) (?:them|it) on (?:my|me|ma) (?:wrists?|forearms|thighs|stomach|hips)\b|"
        # "smashed the glass and dragged it across my arm" (not "ran the roller along my arm")
        r"\b(?:dragged|drag|dragging|draggin'?|scraped|scrape|scraping|drew|pulled) (?:it|them|"
        r"the (?:glass|blade|razor|knife|shard|edge|pin|needle|compass)|a (?:blade|razor|shard|"
        rf"knife|pin|needle|compass)) (?:across|along|over|down|into) {_SKIN}\b|"
        # "I've been opening the old scars again with a pin" (not "opening new ones", of shops)
        r"\b(?:open\w*'?|reopen\w*'?|pick\w*'? open|cut\w*'? open) (?:up )?(?:new ones|them|"
        r"(?:the |my |me )?(?:old )?(?:scars?|cuts?|wounds?|scabs?))\b[^.?!]{0,40}?\b(?:with|wi|"
        r"wiv) (?:a |the |my |me )?(?:needle|pin|safety pin|blade|razor|knife|compass|nails?|"
        r"scissors|glass)\b|"
        # "I hold my arm under the hot tap till it blisters on purpose", "pressed my hand on the
        # iron" (not "held my hand under the cold tap till it stopped burning": first aid)
        r"\b(?:held|hold|holding|put|kept|keep|pressed|press|pressing|stuck) (?:my|me|ma|mi) "
        r"(?:hand|hands|arm|arms|fingers?|wrist|palm|leg|skin|thumb) (?:under|on|against|in|over|"
        r"to|onto) (?:the |a )?(?:hot|boiling|scalding|burning|red-hot)? ?(?:tap|water|iron|hob|"
        r"stove|kettle|flame|lighter|radiator|oven|candle|cooker|ring)\b"
        r"[^.?!]{0,40}?\b(?:on purpose|deliberately|purposely|till it (?:blister\w*|came up|burn\w*"
        r"|hurt|bled)|until it (?:blister\w*|came up|burn\w*|hurt|bled)|to feel)\b|"
        # "having a go at myself with a razor again" (not "having a go at myself for being late")
        r"(?:\b(?:having|havin'?|had|have|take|took|taking|takin'?)|(?<!\w)'(?:avin'?|ad)) a go at "
        rf"{_MYSELF} (?:with|wiv|wi'?|wid) (?:a |the |me |my )?{_TOOL}\b|"
        # Pidgin: "I dey use razor cut my leg", "I use blade cut myself" (not "I use knife cut my
        # finger by mistake")
        r"\bi (?:dey |de |go |don |bin |kin |still |)use (?:blade|razor|knife|glass|pin|needle|"
        r"lighter)s? (?:to )?(?:cut|slash|burn|scratch|carve|jook|chook) (?:my|me|mi|ma|myself)"
        r"\b(?![^.?!]*\b(?:by mistake|by accident|accident\w*|while|chopping|cooking|peeling)\b)|"
        # "scratching my arms raw with a safety pin" (not "scratching my arms raw, the eczema's
        # back": a tool named)
        r"\bscratch(?:ing|in'?|ed|es)? (?:my|me|ma|mi) (?:arms?|legs?|wrists?|skin|thighs?|hands?"
        r"|face|stomach|chest) (?:raw|till (?:they|it) bleed\w*|until (?:they|it) bleed\w*|to "
        r"bleed|bloody|open) (?:with|wiv|wi'?) (?:a |the |my |me )?(?:compass|pin|safety pin|"
        r"needle|blade|razor|knife|glass|scissors|nail file|paper ?clip|pen|sharpener)\b|"
        # "i still cut but less", "I still cut, just not as much" (not "I still cut the grass",
        # nor "I still cut class"): the word alone, then a pause or a "but"
        r"\bi (?:still|sometimes|only|even|do still) cut(?=\s*(?:$|[,.;!?]|but\b|though\b|less\b|"
        r"sometimes\b|now and then\b|when\b|a bit\b|occasionally\b|every\b|once\b|twice\b|just\b|"
        r"if\b))",
        True,
    ),
)
