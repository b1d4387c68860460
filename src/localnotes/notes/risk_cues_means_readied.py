"""Suicidal ideation told by what was readied and where one went (issue 17's fifty-second pass,
from the twelfth battery's misses, each made general): means kept "for when" one has had enough
or gets up the nerve; a goodbye letter hidden or a note left and meant; a cliff, bridge or roof
reached "to end it", a leg over the railing, a fence climbed on a rooftop; "meaning to" step off
or go over the edge; a gun taken out "and not coming home"; a rope rigged in a shed; poison
bought and waiting; "better if I am no more"; a day decided one won't be here by; an overdose
counted out; and the dialects' own words ("fi dead", "tae be deid", "fixin' to end it"). Cues as
in risk_cues, whose shape they share. Patterns run on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue

#: what one dies by, kept or readied
_MEANS = (
    r"(?:tablets|pills|meds|paracetamol|panadol|tylenol|sleeping pills|rope|noose|pistol|gun|"
    r"shotgun|rifle|revolver|blade|razor|hose|hosepipe|charcoal|insecticide|poison|rat poison|"
    r"weedkiller|pesticide|note|letter|letters)"
)
#: what one waits for: "for when I've had enough", "for when I get up the nerve", "for when I
#: gone" (not "for when I go on holiday", "for when I get home")
_FOR_WHEN = (
    r"for when (?:i(?:'ve| have)? had enough|i(?:'m| am| is)? gone\b(?! (?:on|to|away|abroad|out|"
    r"back)\b)|i (?:get|work|build|pluck|muster) up the (?:nerve|courage|guts|bottle)|i can(?:'t"
    r"|not)"
    r" (?:take|cope with|do) (?:it|this|any of it) any ?more|i(?:'m| am) ready to (?:go|do it|end "
    r"it)|i decide to (?:go|do it|end it)|the time comes|it gets too much)"
)
#: where one goes to end it
_EDGE = (
    r"(?:cliffs?|crags?|bridge|edge|roof|rooftop|ledge|railway|tracks|viaduct|quarry|car park roof|"
    r"top floor|multi-storey|pier|dam|gorge|falls)"
)

CUES: tuple[Cue, ...] = (
    cue(
        "suicidal_ideation",
        # "I keep the old sleeping pills in a shoebox for when I've had enough." (not "spare
        # batteries in the drawer for when I get home", nor "for when I go on holiday")
        rf"\b{_MEANS}\b[^.?!]{{0,100}}?\b{_FOR_WHEN}|"
        # "I've got the rope ready to do it" (not "the pills ready to take with breakfast")
        rf"\b{_MEANS}\b[^.?!]{{0,60}}?\bready to (?:do it|end it|go through with it|use (?:it|them)"
        rf" "
        r"on myself)\b|"
        # "I wrote my wife a letter saying goodbye and hid it in the glovebox" (not "a goodbye
        # card for my colleague's leaving do", nor a letter "before I moved to Perth")
        r"\b(?:wrote|written|write|writing|left|leave)\b[^.?!]{0,40}?\b(?:note|letter)s?\b"
        r"[^.?!]{0,40}?\bsaying goodbye\b(?! (?:to the (?:house|job|office|team|old)|for the "
        r"(?:summer|holidays?))\b)(?![^.?!]*\b(?:moved|moving|emigrat\w*|left for|leaving for|"
        r"went (?:to|abroad|away)|holiday|trip|abroad|new job|retir\w*|graduat\w*)\b)|"
        # "the note I left on the table was real, I was going to do it that night" (not "the note
        # for the milkman")
        r"\b(?:note|letter)\b[^.?!]{0,60}?\b(?:it was real|i meant it|i (?:was|am|'m) going to do"
        r" it "
        r"(?:that|this|to)(?:night| night| evening| weekend)?)\b|"
        # "I've written the note and kept it in my bag" (told with "my family will be better":
        # the note alone says nothing, so only beside a wish to be gone, in the cue below)
        # "they'd be better if I am no more", "happier when I am no more" (Indian English)
        r"\b(?:better|happier|easier|lighter|fine|okay|free)(?: off)? (?:if|when|once) i (?:am|'m|"
        r"was|were|will be) no more\b|"
        # "drove up to the cliffs to end it" (not "went to his flat to end it with him")
        rf"\b(?:drove|drive|driven|went|go|gone|walked|walk|got|climbed|headed|took myself|cycled)"
        rf"\b[^.?!]{{0,60}}?\b{_EDGE}\b[^.?!]{{0,50}}?\bto end it\b(?! (?:with|between|for good "
        r"with|off with)\b)|"
        # "I swung my leg over the railing on the bridge" (not "my leg over the bike")
        r"\b(?:had|got|put|swung|threw|hooked|lifted) (?:me|my|ma|mi) (?:leg|legs|foot|feet) over "
        r"the (?:railings?|rail|barrier|parapet|balustrade|side of the bridge|edge)\b|"
        # "up on the roof of the car park, I climbed over the barrier" (not "climbed over the
        # fence into the field": a roof or bridge said first)
        r"\b(?:roof|rooftop|bridge|balcony|ledge|top floor|car park|viaduct)\b[^.?!]{0,80}?\b"
        r"(?:climbed|climb|got|went|stepped) (?:over|past|onto|on to) the (?:fence|railings?|rail|"
        r"barrier|parapet|edge|ledge)\b|"
        # "up on the roof thinking about jumping" (not "jumping in the pool")
        r"\b(?:roof|rooftop|bridge|balcony|ledge|top floor|cliff|cliffs|car park)\b[^.?!]{0,80}?\b"
        r"(?:think|thinking|thought) (?:about|of|bout) jumping\b(?! (?:in|into|on|over the "
        r"(?:puddle|stream|wall))\b)|"
        # "waiting for the express, meaning to step off", "meaning tae go aff the edge" (not
        # "meaning to jump on a call")
        r"\bmeaning (?:to|tae|ta) (?:step (?:off|out|in front)|jump(?! (?:on|in|at|ahead)\b)|go "
        r"(?:off|aff|over) the (?:edge|side|top)|end it|not (?:to )?come back)\b|"
        # "take the shotgun out to the woods and not come home" (not "and not come home till late")
        r"\b(?:shotgun|gun|rifle|pistol|pills|tablets|rope)\b[^.?!]{0,60}?\b(?:and|meaning to) not "
        r"(?:com(?:e|in'?|ing)|go(?:ing)?) (?:home|back)\b(?! (?:till|until|til|'til|before|for|"
        r"tonight|today|early|late)\b)|"
        # "the rope was tied up in the garage before my brother found me" (not "rope for the
        # boat tied up in the shed")
        r"\brope\b(?! for)[^.?!]{0,30}?\b(?:tied|hung|fixed|rigged|set|up) (?:up )?(?:in|to|from|on"
        r"|over) "
        r"(?:the|a) (?:shed|garage|loft|attic|beam|rafters?|banisters?|bannisters?|tree|hook|"
        r"stairwell)\b(?![^.?!]*\bfor (?:the )?(?:boat|tent|swing|washing|dog|horse|hammock)\b)|"
        # "I got weedkiller from the shop and it's in the cupboard waiting" (not "insecticide for
        # the roaches")
        r"\b(?:bought|buy|got|kept|keep|hid|hide|stashed|stash)\b[^.?!]{0,40}?\b(?:sniper|"
        r"insecticide|rat poison|weedkiller|weed killer|paraquat|pesticide|otapiapia|gramoxone)\b"
        r"(?![^.?!]*\b(?:for the|on the) (?:roaches|cockroaches|rats|mice|weeds|garden|farm|crops|"
        r"bugs|ants|mosquito\w*)\b)[^.?!]{0,60}?\b(?:waiting|for me|for myself|under (?:my|the) "
        r"(?:bed|mattress|pillow)|hidden)\b|"
        # "I keep thinking if I walk in front of the train it all stops" (not "I nearly stepped in
        # front of a bus, I wasn't looking": the thought of it)
        r"\b(?:think|thinking|thought|imagine|imagining|wonder|wondering|picture|picturing)\b"
        r"[^.?!]{0,20}?\b(?:if|that|about|of) i (?:step|walk|jump|throw myself|run|lie down|"
        r"stepped|walked|jumped|stepping|walking) (?:out )?(?:in front of|under|onto|into) (?:a"
        r"|the) "
        r"(?:\w+ )?(?:bus|train|truck|lorry|car|matatu|tram|taxi|traffic|van|tracks|road|tube)\b|"
        # "I've made up my mind I won't be here by summer" (not "I won't be here by noon")
        r"\b(?:decided|made up my mind|i know|already know)(?: that)? i (?:won't|will not|wont|"
        r"shan't) be (?:here|around|alive) (?:by|for|come|at|when)\b|"
        # "i took maybe thirty of my sleeping pills" (not "I took all my tablets this morning")
        r"\bi (?:took|swallowed|necked|downed|had) (?:like |about |around |nearly |over |maybe |"
        r"almost )?(?:[2-9]\d|\d{3}|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred"
        r"|"
        r"a whole (?:box|bottle|packet|pack|strip)|the whole (?:box|bottle|packet|pack|strip)) "
        r"(?:of )?(?:my |the |her |his |mum's |mam's |nan's )?(?:\w+ )?(?:paracetamol|tablets|pills"
        r"|"
        r"panadol|tylenol|ibuprofen|aspirin|meds|painkillers|co-codamol)\b",
        True,
    ),
    cue(
        "suicidal_ideation",
        # the dialects' own words: Patwa "mi a tink bout fi dead", "mi wan fi dead"; Scots
        # "wantin tae be deid"; Appalachian "I been fixin' to end it" (not "fixing to end it with
        # her"); "tried tae drown masel" (not "drowned myself in work")
        r"\b(?:tink|think|thinkin'?|thinking|wan|want|waan|wah) (?:bout |about |'bout )?fi dead\b|"
        r"\bwant\w*'? (?:tae|ta|to) be deid\b|"
        r"\bfixin'? to (?:end it|kill myself|do myself in)\b(?! (?:with|between)\b)|"
        r"\b(?:tried|try|trying|tryin'?) (?:to |tae |fi |ta )?(?:drown|hang|gas|poison) (?:myself|"
        r"miself|meself|masel|mesel)\b(?! in (?:work|books|drink|paperwork))",
        True,
    ),
)
