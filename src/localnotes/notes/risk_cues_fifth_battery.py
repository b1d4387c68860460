"""Risk told plainly, from the fifth battery (tests/data/risk_battery_44, read in issue 17's
forty-fourth pass after it was measured unread at the pass's start and after its first rules),
each made general: the pets or the children provided for "after", letters "for when I'm gone",
a car driven at a pillar, the wrong side of a railing, tablets put by "so I can go when I choose",
a wish not to wake told in Scots, Geordie or Jamaican English, one who died envied, what happens
to people who kill themselves asked "for me"; blades used, food not deserved, a hand held in
steam, a head banged off a wall, a needed medicine left off on purpose; a knife held over one
asleep, a weapon taken round, someone run over, a gun taken into school, something put in a
drink, "had to pull me off him"; giving in, a visa or the children threatened, messages read,
a tracker hidden, waiting outside one's work, a carer who pinches, rent paid "another way", a
parent left all day, medicine not given, a black eye "my partner did". Cues as in risk_cues, whose
shape they share. Patterns run on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue
from localnotes.notes.risk_phrases import WEAPON

#: a parent or a dependent adult in the client's care
_ELDER = (
    r"(?:dad|mum|mam|mom|nan|gran|grandad|grandma|my (?:\w+ )?(?:dad|mum|mam|mom|mother|father|"
    r"nan|gran|grandad|grandma|grandmother|grandfather|husband|wife|brother|sister|son|daughter))"
)
#: a reported threat's lead, so that its own "if" is inside the cue: "she says if I leave ..."
_SAYS = r"\b(?:says?|said|told me|tells me|threatens?|threatened|reckons)\b[^.?!]{0,60}?"

CUES: tuple[Cue, ...] = (
    # the pets or the children provided for "after": "so he's got it all sorted for after", "she
    # doesn't know what after means", "if she'd have the cats if anything happened to me"
    cue(
        "suicidal_ideation",
        r"\b(?:all|it|everything|it all) (?:sorted|ready|written down|arranged|organised|"
        r"organized) "
        r"for after\W*$|\bwhat (?:\"|')?after(?:\"|')? means\b|"
        r"\b(?:have|take|mind|look after) (?:the|my) (?:cats?|dogs?|kids|budgie|pets?|horse)\b"
        r"[^.?!]{0,20}?\bif anything (?:happened|happens|were to happen) to me\b",
        True,
    ),
    # letters "for when I'm gone", a day picked
    cue(
        "suicidal_ideation",
        r"\b(?:letters?|notes?)\b[^.?!]{0,100}?\bfor when (?:i'm|im|i am) gone\b|"
        r"\b(?:i've|ive|i have) (?:picked|chosen) the (?:day|date)\W*$",
        True,
    ),
    # a car driven at something, the wrong side of a railing
    cue(
        "suicidal_ideation",
        r"\b(?:i )?(?:drove|driven|steered|aimed (?:the|my) car) (?:at|straight at) (?:a|the) "
        r"(?:bridge )?(?:pillar|wall|tree|lorry|truck|bridge|barrier|pole|bus)\b|"
        r"\b(?:i was |i'm |im |i am )?on the wrong side of the (?:railings?|barrier|fence|"
        r"parapet|rail)\b",
        True,
    ),
    # tablets put by "so I can go when I choose"
    cue(
        "suicidal_ideation",
        r"\b(?:putting|put|saving|saved|keeping|kept) (?:my |the |some )?(?:\w+ )?(?:tablets|pills)"
        r" by\b|\bso (?:i|ah) can go when (?:i|ah) (?:choose|want|decide|like|please|am ready)\b",
        True,
    ),
    # a wish not to wake, in Scots, Geordie and Jamaican English: "I hope I dinnae wake up", "ah
    # divvent want to wake up", "mi beg God fi tek mi inna mi sleep", "happy to just no be here"
    cue(
        "suicidal_ideation",
        r"\b(?:hope|wish|pray)\w* (?:i|ah) (?:dinnae|dinna|divvent|divn't|willnae|winnae|dont|"
        r"don't) wake\b|\b(?:dinnae|divvent|divn't|don't|dont|do not) want to wake up\b"
        r"(?! (?:early|at|so|for|before|till|until|to|in)\b)|"
        r"\b(?:go|gan|gang) to sleep (?:one night )?and (?:that be it|that's it|that'd be it|that "
        r"would be it|no wake up|not wake up)\b|"
        r"\b(?:beg|begs|begged|ask|asks|asked|pray|prays|prayed|praying) (?:god|the lord|jesus)\b"
        r"[^.?!]{0,6}?\b(?:to |fi )?(?:take|tek) (?:me|mi|i)\b"
        r"(?! (?:to (?:the|a|my|his|her|church|school|work|hospital)|through|with|out|back)\b)|"
        r"\b(?:happy|rather|like|want|wish)\w*\b[^.?!]{0,12}?\b(?:to )?(?:just )?(?:no|nae) be "
        r"here\b",
        True,
    ),
    # one who died envied: "died in the crash, my first thought was lucky him"
    cue(
        "suicidal_ideation",
        r"\b(?:died|passed|killed|dead)\b[^.?!]{0,60}?\blucky (?:him|her|them|sod|beggar|devil)\b",
        True,
    ),
    # what happens to people who kill themselves, asked for oneself
    cue(
        "suicidal_ideation",
        r"\b(?:people|someone|somebody|anyone) who (?:kill themselves|killed themselves|take their "
        r"own (?:lives|life)|takes? their own life)\b[^.?!]{0,80}?\b(?:for me|for myself|about "
        r"myself)\b",
        True,
    ),
    # "if i just stopped existing", "finish myself off", "no one'd have to put up with me",
    # "i dont see myself being around next year"
    cue(
        "suicidal_ideation",
        r"(?:\bif\b )?\b(?:i )?(?:just )?(?:stopped|stop) existing\b(?! (?:in|for|at|around|near|"
        r"as)\b)|\bfinish(?:ing)? myself off\b|"
        r"\b(?:no one|noone|nobody)(?:'d| would)(?: ever)? have to (?:put up with|deal with|look "
        r"after|worry about) me\b|\b(?:don't|dont|do not|can't|cant) see myself (?:being )?"
        r"(?:around|alive) (?:next|this|by) (?:year|christmas|summer|spring|month|week)\b",
        True,
    ),
    # what one wrote about wanting to die, read by another
    cue(
        "suicidal_ideation",
        r"\bi (?:wrote|had written|'d written|'ve written)\b[^.?!]{0,40}?\babout (?:wanting|"
        r"wishing) to (?:be dead|die|kill myself|not be here)\b",
        True,
    ),
    # tablets counted out with a note
    cue(
        "suicidal_ideation",
        r"\b(?:tablets|pills|painkillers)\b[^.?!]{0,40}?\b(?:counted out|lined up|laid out)\b"
        r"[^.?!]{0,40}?\b(?:note|letter)\b",
    ),
    # blades, and what they are used on: "I only do my thighs", "i used one last night"
    cue(
        "self_harm",
        r"\bi (?:only )?do my (?:thighs?|arms?|hips|stomach)\b(?=[^.?!]*\b(?:nobody|no one|no-one) "
        r"(?:sees|can see|will see|would see)\b)|"
        r"\bblades?\b[^.?!]{0,60}?\b(?:i (?:only )?do (?:it on )?my (?:thighs?|arms?|legs?|wrists?|"
        r"stomach|hips)|i used (?:one|it|them)(?: on myself)?(?: last night| again| yesterday)?)\b",
        True,
    ),
    # food not deserved, purging "not about weight", a hand held in steam, scratches as "my hobby"
    cue(
        "self_harm",
        r"\b(?:don't|do not|dont) (?:think i )?deserve (?:food|to eat|meals?|dinner|tea)\b|"
        r"\bnot about (?:weight|food|my weight|looks)\b[^.?!]{0,20}?\b(?:i )?(?:just )?want it to "
        r"hurt\b|"
        r"\bheld (?:the back of )?my (?:hand|arm|fingers?|wrist)\b[^.?!]{0,20}?\b(?:in|over|under|"
        r"against) (?:the )?(?:steam|flame|fire|hot water|kettle|hob|iron|boiling water)\b|"
        r"\b(?:scratches|cuts|cutting|burns|burning)\b[^.?!]{0,30}?\b(?:basically |kind of |sort "
        r"of |like )?my hobby\b",
        True,
    ),
    # asked if one does it to oneself, and yes
    cue(
        "self_harm",
        r"\b(?:asked|asks) (?:me )?if i (?:do|did|done) (?:it|this|that|them) (?:to )?myself\b"
        r"[^.?!]{0,10}?\b(?:yeah|yes|aye) i (?:do|did)\b",
        True,
    ),
    # a head banged off a wall or a headboard (Scots: "skelpin ma heid aff the wall")
    cue(
        "self_harm",
        r"\b(?:skelp\w*|bang\w*|bash\w*|smash\w*|batter\w*|dunt\w*|hit\w*) (?:ma|my|mi) (?:heid|"
        r"head) "
        r"(?:aff|off|against|on|into) (?:the|a|ma|my) (?:wall|door|headboard|floor|mirror)\b"
        # (not the saying: "banging my head against the wall with this tax return")
        r"(?! (?:with|over|about|trying|for)\b)",
        True,
    ),
    # a needed medicine left off on purpose
    cue(
        "self_harm",
        r"\b(?:not|haven't|havent|have not|stopped) (?:been )?tak(?:en|ing) my (?:\w+ )?(?:lithium|"
        r"insulin|meds|medication|tablets|pills|inhaler|epilepsy \w+|heart \w+)\b[^.?!]{0,30}?\b"
        r"(?:deliberately|on purpose)\b",
        True,
    ),
    # burns done with a cigarette, and an arm wrapped up after
    cue(
        "self_harm",
        r"\b(?:i'd|i had|i've|i have) done (?:them|it|those) with (?:a|the|my) (?:cigarette|"
        r"lighter|fag|lit match)\b|\b(?:came out|woke up|ended up) with my (?:arm|wrist|leg|"
        r"hand)s? "
        r"(?:wrapped|bandaged) (?:up )?in (?:loo roll|toilet paper|tissue|a towel|kitchen roll)\b",
        True,
    ),
    # a weapon over one asleep, or taken round; had to be pulled off someone
    cue(
        "harm_to_others",
        rf"\b{WEAPON}\b[^.?!]{{0,60}}?\b(?:i was )?standing over (?:him|her|them)\b|"
        rf"\bi went (?:round|over) to [^.?!]{{0,40}}?\bwith (?:a|the|my) {WEAPON}\b|"
        r"\bto (?:pull|drag|haul|prise|prize) me off (?:him|her|them)\b|"
        rf"\bstanding over (?:him|her|them) with (?:a|the|my) {WEAPON}\b",
        True,
    ),
    # someone run over, digs given, a car rammed, a door kicked in, a gun taken into school,
    # something put in a drink, a boy pinned by the neck
    cue(
        "harm_to_others",
        r"\b(?:i'll|ill|i will|i'm gonna|im gonna|i'm going to) run (?:him|her|them|the \w+|that "
        r"\w+) (?:over|down)\b|"
        r"\bi gave (?:him|her|them|the \w+) (?:a few |a couple of |some )?(?:digs|slaps|kicks|"
        r"punches|smacks|a hiding|a kicking|a slap|a dig|a punch|a kick|a smack)\b(?! (?:at|in) )|"
        r"\bi rammed (?:the back of )?(?:his|her|their|the) (?:car|van|ute|truck|bike)\b|"
        r"\bkicked (?:his|her|their) (?:car |front |back )?door in\b|"
        r"\btak(?:e|ing) (?:my )?(?:\w+ )?(?:gun|rifle|shotgun|knife) (?:in)?to (?:school|work|"
        r"college|class|church)\b|"
        r"\bput(?:ting)? something in (?:his|her|their|my \w+|the \w+) (?:coffee|tea|drink|food|"
        r"dinner|pint)\b|\blooked up what would make (?:him|her|them) (?:properly |really )?"
        r"(?:ill|sick)\b|"
        r"\bi had (?:that |the |this |some )?\w+ pinned (?:against|to|up against) (?:the|a) \w+ by "
        r"(?:his|her|the) (?:neck|throat)\b",
        True,
    ),
    # Jamaican English, a threat from its "if", and the machete ready: "if him touch mi pickney
    # again mi a go chop him up"
    cue(
        "harm_to_others",
        r"(?:\bif\b[^.?!]{0,50}?)?\b(?:i|mi) a go (?:chop|chap|cut|kill|buss|bus|juk|stab|lick|"
        r"beat|"
        r"shoot) (?:him|her|dem|them)\b|\b(?:i|mi) (?:have|got|keep) (?:the|di|a|my|mi) "
        r"(?:machete|cutlass|knife|gun|bat) ready\b",
        True,
    ),
    # giving in, a visa or the children threatened, pictures asked for and shared
    cue(
        "abuse_or_neglect",
        r"\bkeeps? on at me (?:until|till|til) i give in\b|\bi (?:just )?let him (?:get on with it|"
        r"do what he wants|have his way)\b|"
        rf"{_SAYS}\b(?:have|get) me (?:sent back|deported)\b|"
        rf"{_SAYS}\b(?:cancel|take away|report|revoke|tear up) my (?:work permit|visa|papers|"
        r"passport)\b|"
        rf"{_SAYS}[^.?!]{{0,30}}?\b(?:he'll|she'll|he will|she will|they'll) (?:make sure i never "
        r"see|take|keep) (?:the|my) (?:kids|children|baby|son|daughter)\b|"
        rf"{_SAYS}\bif i (?:don't|dont|do not|won't) send (?:him|her|them) (?:pics|pictures|photos|"
        r"nudes)\b|\b(?:shared|sent|posted|showed) the (?:one|pic|pics|photo|photos|picture|"
        r"nudes?) "
        r"i sent\b",
    ),
    # messages read, a tracker hidden, waiting outside one's work, following
    cue(
        "abuse_or_neglect",
        r"\b(?:he|she|they|my \w+) (?:reads|checks|goes through|read|went through) (?:all|every "
        r"one of) my (?:chats|messages|texts|emails|whatsapps?|dms)\b|"
        r"\b(?:tracker|tracking) (?:tags?|devices?)\b[^.?!]{0,20}?\b(?:sewn|hidden|stuck|taped|"
        r"tucked|put) (?:into|in|under|inside) (?:the \w+ of )?my (?:handbag|bag|car|coat|purse)\b|"
        r"\b(?:he|she|they|my ex)(?:'s| has| have)? (?:been )?(?:waiting|hanging around|sitting) "
        r"outside my (?:work|house|flat|school|door) every day\b|"
        r"\b(?:he|she|they|my ex) follow(?:ed|s) me (?:onto|on to|into) the (?:bus|train|tram)\b",
    ),
    # a carer who pinches (not "I used to pinch my arms"), money gone from one's purse, rent
    # "another way", a landlord let in, a coach who kept one behind
    cue(
        "abuse_or_neglect",
        r"\b(?!i\b)\w+ pinch(?:es|ed) (?:the backs of )?my (?:arms?|legs?|hands?)\b|"
        r"\bmoney (?:gone|going|missing|taken) (?:out of|from) my (?:purse|wallet|account|bag)\b|"
        rf"{_SAYS}\b(?:i could |i can |i should )?pay (?:the rent|him|it) (?:another|some other|a "
        r"different) way\b|"
        r"\blet (?:himself|herself) in while i (?:was|were) (?:in the shower|in the bath|asleep|"
        r"getting changed|undressed)\b|"
        r"\b(?:make|made|makes) me stay behind\b[^.?!]{0,40}?\b(?:he'd|he would|she'd|she would|he|"
        r"she) (?:touch|touched) me\b",
    ),
    # a black eye "my partner did", kicked out of a car on the highway
    cue(
        "abuse_or_neglect",
        r"\b(?:black eye|bruises?|split lip|broken (?:arm|wrist|nose|ribs?))\b[^.?!]{0,60}?\b(?:my "
        r"(?:partner|husband|wife|boyfriend|girlfriend|ex|dad|mum|stepdad|stepmum)|he|she) did "
        r"(?:it|that)\b|"
        r"\bkicked me out of the (?:car|ute|truck|van)\b[^.?!]{0,30}?\b(?:on the (?:highway|"
        r"motorway|freeway|road)|in the middle of|and (?:drove|driven) off)\b",
    ),
    # neglect told by the one in charge: food not got in, a parent left all day, medicine not
    # given, a child in the same clothes all week
    cue(
        "abuse_or_neglect",
        r"\b(?:don't|dont|do not|can't|cant|haven't|havent) (?:always )?(?:get|got|buy|bought) "
        r"(?:any )?food in\b|"
        rf"\bi leave {_ELDER} (?:on (?:his|her) own|alone) all day\b|"
        r"\bsitting in (?:yesterday's|yesterdays|a dirty|a wet|the same) (?:pad|nappy|clothes)\b|"
        r"\b(?:haven't|havent|have not|not|stopped) (?:been )?giving (?:my \w+|him|her|them|mum|"
        r"dad) (?:his|her|their) (?:\w+ )?(?:meds|medication|medicine|tablets|pills|insulin|"
        r"inhaler)\b|"
        r"\b(?:going in|going to school|turning up|turned up) in the same clothes (?:all|every|for "
        r"a) (?:week|day)\b",
        by_client=True,
    ),
)
