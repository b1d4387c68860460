"""Suicidal ideation told by an end rehearsed, dated and readied for (issue 17's fifty-fourth pass,
from the fourteenth battery's misses, each made general): belongings given away and a pet rehomed;
"better off without me" and "I don't want to live" in dialect; "tired of life" in Pidgin; a date
picked "so there's an end to it"; a noose practised; traffic stepped into "hoping one doesn't stop";
pills stockpiled "so I can go"; a note left "in case I go through with it"; a drop looked down and
sized up; "counting down till I'm gone"; a gun thought of and its shells sought. Cues as in
risk_cues, whose shape they share. Patterns run on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue

#: a pet or what one owns, given a new keeper
_PET = r"(?:dog|cat|puppy|kitten|rabbit|bird|birds|parrot|budgie|fish|horse|hamster|tortoise)"
#: where one looks down from
_HEIGHT = (
    r"(?:roof|rooftop|bridge|ledge|balcony|top floor|multi-storey|car park|cliffs?|viaduct|tower "
    r"block|flyover|overpass)"
)

CUES: tuple[Cue, ...] = (
    cue(
        "suicidal_ideation",
        # belongings given away and a pet rehomed: "I've been giving away my books and sorted who
        # takes the cat" (not "giving away my old clothes to the charity shop", nor "sorted out
        # who gets the dog while we're on holiday": both said, the pet's keeper with no return)
        rf"\b(?:giving|gave|given|give|handing|handed) (?:away|out) (?:all )?(?:my|me) \w+"
        rf"(?: \w+)?,? and (?:i've |i have |i )?(?:sorted|sorting|arranged|arranging|worked|"
        rf"decided)(?: out)? who(?:'s| is| will| gets| takes| has)? (?:getting |taking |having |"
        rf"get |take |have |keep |keeps |gets |takes |has )?(?:the|my|me|our) {_PET}\b"
        r"(?![^.?!]*\b(?:while|when) (?:i'm|i am|we're|we are) (?:away|on holiday|abroad|in "
        r"hospital)\b)|"
        # a pet given a keeper "for after": "found someone to take the dog for after I'm gone"
        rf"\b(?:sorted|found|arranged)(?: out)? (?:who|someone|somebody) (?:to )?(?:gets?|takes?|"
        rf"have|has|keeps?) (?:the|my) {_PET} (?:for )?(?:when|after) i(?:'m| am)? gone\b",
        True,
    ),
    cue(
        "suicidal_ideation",
        # "better off without me" in Scots and in speech: "they'd be better aff withoot me",
        # "better off widout me" (not "better off without the car": me, not a thing)
        r"\bbetter (?:aff|orf|of) (?:wi'?oot|withoot|wi'out|without|widout|witout|wivout|wiv out|"
        r"wid out)(?: me| mi| ma)\b|\bbetter (?:off|aff) (?:wi'?oot|withoot|wi'out|widout|witout|"
        r"wivout|wiv out|wid out)(?: me| mi| ma)\b|"
        # "I don't want to live", Patwa and Pidgin: "mi nuh waan live", "I no wan live again" (not
        # "I don't want to live in London": a place after it)
        r"\b(?:i|mi|me) (?:nuh|no|don't|dont|do not|neva|never) (?:waan|wan|want|wanna)(?: to| fi|"
        r" for)? (?:live|be alive|dey alive)\b(?! (?:in|with|like|there|here|near|at|on|abroad|"
        r"without|off)\b)|"
        # Pidgin "tired of life": "I don tire for this life" (not "I don tire for this job": a
        # life, not a task)
        r"\bi (?:don |done |dey |don dey )?tire(?:d)? (?:for|of) (?:this |dis |my |ma )?life\b|"
        # Pidgin "make I just end am" beside life: "make I end am, I no fit cope with this life"
        r"\bmake i (?:just |jus )?end am\b(?=[^.?!]*\b(?:life|tire|die|dead|kpai)\b)",
        True,
    ),
    cue(
        "suicidal_ideation",
        # a date chosen, and an end: "I've got a day set, so at least there's an end to it" (not
        # "we've got a date picked for the wedding", nor "a date set for the end of the lease")
        r"\b(?:i've|i have|ive|i) (?:got|picked|set|chosen|chose|decided on) (?:a|the|my) (?:date|"
        r"day)(?: picked| set| chosen| sorted)?(?: out)?\b(?! for\b)[^.?!]{0,40}?\b(?:an end to "
        r"(?:it|all this|everything)|it (?:all )?ends|i(?:'ll| will) be gone|i won't be here|"
        r"i go)\b",
        True,
    ),
    cue(
        "suicidal_ideation",
        # a noose practised: "I've been practising tying a noose", "practised the knot just in
        # case" (not "practising knots for sailing", nor "practising my knots for scouts": a noose,
        # or the knot kept "just in case")
        r"\bpracti[sc](?:e|es|ed|ing) (?:tying |to tie |making )?(?:a |the )?noose\b|"
        r"\bpracti[sc](?:e|es|ed|ing) (?:tying |to tie )?(?:the|a) knot\b[^.?!]{0,20}?\bjust in "
        r"case\b",
        True,
    ),
    cue(
        "suicidal_ideation",
        # traffic stepped into meaning to be hit: "I walk out in front of buses hoping one won't
        # stop", "crossed without looking, hoping I get hit" (not "stepped out in front of a car
        # and it stopped just in time": no hope of being hit)
        r"\b(?:step|stepping|stepped|walk|walking|walked|run|running|ran) (?:out )?(?:in front of|"
        r"into) (?:the )?(?:\w+ )?(?:lorries|lorry|cars?|traffic|buses|bus|trucks?|vans?|trains?|"
        r"taxis?)\b[^.?!]{0,40}?\bhoping (?:one|it|they|the driver|a driver|the \w+) (?:doesn't|"
        r"don't|won't|wouldn't|didn't|does not|will not) (?:stop|brake|see me)\b|"
        r"\bhoping (?:i get|i'd get|i would get|to get|one) (?:hit|knocked down|run over)\b"
        r"(?! (?:by (?:the )?(?:ball|cupid|inspiration|luck)|with)\b)",
        True,
    ),
    cue(
        "suicidal_ideation",
        # pills stockpiled to die by: "stockpiling my tablets so I can go when I choose", "hoarding
        # the pills for my own terms" (not "stockpiling my tablets for the trip abroad")
        r"\b(?:stockpil\w*|hoard\w*|sav(?:ing|in'?|ed) up|stash\w*|squirrel\w* away) (?:all )?"
        r"(?:my |me |the |her |his )?(?:\w+ )?(?:tablets|pills|meds|medication|paracetamol|"
        r"painkillers|morphine|insulin)\b[^.?!]{0,40}?\b(?:so (?:that )?i (?:can|could) (?:go|end "
        r"it|die|finish it|leave)|(?:on|at) (?:my|me) own (?:terms|time)|for when (?:i'm|i am) "
        r"ready|to take (?:them )?all(?: at once| in one go| together)?)\b",
        True,
    ),
    cue(
        "suicidal_ideation",
        # a note left in case: "I wrote a letter and put it in the drawer in case I do it" (not "a
        # note for the plumber in case I'm out", nor "in case I go through with the move")
        r"\b(?:note|letter)\b[^.?!]{0,60}?\bin case i (?:actually |really |finally )?(?:go through "
        r"with it|do it|don't wake up|do not wake up|don't make it|don't come back|end it)\b",
        True,
    ),
    cue(
        "suicidal_ideation",
        # a drop looked down and sized up: "I went up on the multi-storey, looking down and
        # working out how far it is" (not "on the roof fixing tiles, looking down at the garden":
        # the drop measured, not a view)
        rf"\b{_HEIGHT}\b[^.?!]{{0,80}}?\b(?:looking|look|looked|staring|stared|peering|peered) "
        r"(?:down|over)\b[^.?!]{0,30}?\b(?:sizing it up|siz(?:e|ing) up the (?:drop|jump)|working "
        r"out (?:how far|how high|if it'?d|whether it'?d)|how far (?:down )?it (?:is|was)|how high "
        r"it (?:is|was)|wondering if (?:it|the fall|the drop) would)\b",
        True,
    ),
    cue(
        "suicidal_ideation",
        # "counting down the days till I'm gone" (not "till I'm gone on holiday", nor "till the
        # holidays")
        r"\bcounting (?:down )?(?:the days )?(?:till|until|til|'til|to when) (?:i'm|i am|im) "
        r"(?:gone|dead|not here)\b(?! (?:on|to|for|from|away|abroad|travelling)\b)",
        True,
    ),
    cue(
        "suicidal_ideation",
        # a gun thought of, then its ammunition sought: "I keep thinking about dad's rifle, and I
        # found where he hides the bullets" (not "thinking about buying a rifle for deer season":
        # nothing sought out)
        r"\b(?:thinking|think|thought) (?:about|of|bout) (?:my |the |his |her )?(?:\w+'s )?"
        r"(?:\w+ )?"
        r"(?:shotgun|gun|rifle|pistol|revolver)\b[^.?!]{0,60}?\b(?:checked|found out|looked for|"
        r"worked out|found|know) where (?:he|she|they|\w+) (?:keeps?|hides?|stores?|puts?) the "
        r"(?:shells|bullets|cartridges|ammo|ammunition|key|keys)\b",
        True,
    ),
)
