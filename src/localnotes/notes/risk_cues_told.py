"""Risk told as a story or a half-answer rather than named (issue 17's eighteenth pass, from the
i01-i22 dialogs' misses and common clinical phrasings): "part of me wishes she'd let me go", "I
wasn't bothered if I came back", "I wouldn't fight it if it came tonight", a rope thought of or
bought, how deep a lake is looked up, "if I walked in, it would all stop", the top of a car park;
skin scratched until it stings or scalded until it blisters, a wound dug at with a needle, a hand
put through a window; a knife picked up to threaten, a child grabbed by the arm; someone held out
over a railing or pinned by the throat, made to kneel, dragged by the collar, a threat to smash
one's things, an old person left in a chair out of reach of water. Cues as in risk_cues, whose
shape they share. Patterns run on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue
from localnotes.notes.risk_cues_abuse import NOT_SPORT
from localnotes.notes.risk_cues_acts import ACTOR

_SHARP = r"(?:needle|pin|blade|razor|knife|compass|scissors|glass|nail file|ring pull)"
_SKIN = r"(?:wrists?|(?:fore)?arms?|hands?|skin|legs?|thighs?|stomach|fingers?)"

_SLIPPED_AWAY = (
    r"(?:i|you) (?:just )?(?:faded (?:out|away)|disappeared|vanished|died|was gone|were gone|"
    r"wasn't here|weren't here|wasn't around|weren't around|was dead|were dead)\b(?! (?:for|to|"
    r"on|at|in|during|when|tonight|tomorrow|this|next|from|early|late|off|out of)\b)"
)

CUES: tuple[Cue, ...] = (
    # a burden told as how little one's going would matter: "nobody would notice if I just faded
    # out", "it wouldn't matter if I wasn't around"
    cue(
        "suicidal_ideation",
        r"(?:(?<=\bnobody )|(?<=\bno one )|(?<=\bnoone )|(?<=\bno-one ))would (?:even |really )?"
        r"(?:notice|care|miss me|mind)\b"
        rf"[^.?!]{{0,12}}?\bif {_SLIPPED_AWAY}|"
        r"\b(?:wouldn't|would not|won't|doesn't|does not) (?:really |even )?matter (?:to (?:anyone|"
        rf"anybody) )?if {_SLIPPED_AWAY}",
        True,
    ),
    # "I'd rather be gone" (not "... be gone by noon"); pills kept that "might come in handy if
    # it got too much"
    cue(
        "suicidal_ideation",
        r"\b(?:i'd|i would) (?:much |just )?(?:rather|sooner) (?:just )?be gone\b(?! (?:by|before|"
        r"when|than|from|for|out|home|at|on|in|till|until)\b)|"
        r"\b(?:they|them|it|those|the (?:tablets|pills|boxes))\b[^.?!]{0,30}?\b(?:come in handy|"
        r"be handy|be useful)\b[^.?!]{0,20}?\bif (?:it|things|life|everything) (?:all )?(?:got|"
        r"gets|became|becomes) too (?:much|bad)\b",
        unnamed=True,
    ),
    # a method denied after a passive wish: "But I've never thought how."
    cue(
        "suicidal_ideation",
        r"(?:(?<=\bi've never )|(?<=\bi have never )|(?<=\bi never )|(?<=\bi haven't )|"
        r"(?<=\bi've not ))(?:thought|planned|worked out) how\b(?=\W*$)|(?:(?<=\bi've never )|"
        r"(?<=\bi have never )|(?<=\bi never ))(?:thought|planned|worked out)(?: about)? how "
        r"(?:i'd|i would|i could) (?:do it|go about it)\b",
        denies=True,
    ),
    # a place of drowning or a fall turned over: "I've thought about the river on my walk, how
    # cold it would be"; waking up not wanted: "I wish I didn't have to wake up to another day"
    cue(
        "suicidal_ideation",
        r"\b(?:thought|think|thinking) about (?:the |a )?(?:river|canal|lake|sea|reservoir|quarry|"
        r"bridge|cliff|tracks|railway|train line|motorway)\b[^.?!]{0,40}?\bhow (?:cold|deep|high|"
        r"far down|fast|quick|quickly|long it)\b(?![^.?!]{0,25}\b(?:swim\w*|dip|paddle|fish\w*|"
        r"sail\w*|row\w*|kayak\w*|walk\w*|cycl\w*|photo\w*))|"
        r"\bwish\w* (?:i|you) (?:didn't|did not|wouldn't) have to (?:wake|get) up"
        r"(?=\s*(?:[.,;!?]|$|to (?:another|one more|it|this|the same)\b|any ?more\b|again\b))",
        True,
    ),
    # a blade taken "and did my leg" (not "the razor and did my legs": shaving)
    cue(
        "self_harm",
        rf"\b(?:blade|knife|sharpener|compass|broken glass)s?\b[^.?!]{{0,50}}?\b(?:and |then )?"
        rf"(?:did|done|do) my {_SKIN}\b",
        True,
    ),
    # a ligature tied: "I had the belt round the banister" (not "the dog's lead round the post")
    cue(
        "suicidal_ideation",
        r"\b(?:belt|rope|cord|cable|ligature|noose|flex|tie|scarf|sheet)\b (?:tied )?(?:round|"
        r"around|over|to) (?:the |a )?(?:banisters?|bannisters?|beam|rafters?|loft hatch|"
        r"door ?frame|top of the door|curtain rail|shower rail|hook|coat hook)\b|"
        r"\b(?:belt|rope|cord|cable|ligature|flex)\b (?:tied |pulled )?(?:round|around) my neck\b",
        True,
    ),
    # the clinician checks what was meant: "Faded out in the sense of dying?", "Do you mean dying?"
    cue(
        "suicidal_ideation",
        r"\b(?:in the sense of|(?:do|did) you mean|you mean|meaning|as in) "
        r"(?:actually |literally )?(?:dying|being dead|death|not (?:being )?(?:alive|here|around)|"
        r"not existing|ending (?:it|your life|your time(?! (?:at|with|in|on|here)\b))|"
        r"killing yourself)\b(?! (?:it|them|your|my|her|his|the)\b)(?=[^.!]*\?)",
    ),
    cue(
        "suicidal_ideation",
        # "half of me was hoping that was the one", "part of me wishes she'd let me go"
        r"\b(?:part|half|a (?:bit|part)|some part) of (?:me|you) (?:was |is |still )?(?:hoping|"
        r"hoped|hopes|wished|wishes|wishing|wanted|wants)\b[^.?!]{0,30}?\b(?:let (?:me|you) go|"
        r"(?:hadn't|had not|didn't|did not|wouldn't|would not|never) (?:come|came|wake|woke|"
        r"woken) (?:back|up)|(?:that|this|it) (?:was|would be|'d be) the one|(?:to|i'd|i would|"
        r"you'd|you would) die|(?:i|you) (?:was|were) dead)\b|"
        # "Some nights I go under hoping I'll stay under", "you'd rather not come back from it at
        # all?" (also heard without its "'d"; not "I'd rather not come back here")
        r"\b(?:hoping|hope|hoped|wishing|wish|wished) (?:i'd|i'll|i would|i will|i) (?:just )?"
        r"(?:stay|stayed) (?:under|asleep|out)(?= for good| forever|\s*(?:[.,;!?]|$))|"
        r"\b(?:i|you)(?:'d| would)? (?:rather|sooner) not (?:(?:come|wake) (?:up|round|around)"
        r"(?= at all| ever| again|\s*(?:[.,;!?]|$))|come back from it)|"
        r"\b(?:wasn't|was not|wouldn't be|am not|i'm not|didn't|did not|don't|do not|wouldn't|"
        r"would not)(?: really| even| too)? (?:bothered|mind|care|fussed) (?:if|whether) (?:i|you) "
        r"(?:came back|come back|woke up|wake up|died|die|lived or died|was dead|were dead|"
        r"survived|made it)\b|"
        r"\bi (?:wouldn't|would not|won't|will not)(?: even)? (?:fight|resist) it if (?:it|death) "
        r"(?:came|comes|come)\b|"
        # "a way of letting things end?"
        r"\b(?:letting|let) (?:things|it all|everything|(?:my |your )?life) (?:end|slip away)\b"
        r"(?! with\b)|"
        r"\b(?:lorry|truck|bus|train) would (?:solve|sort|fix|end) (?:it|everything|things)\b|"
        r"\b(?:thinking|thought|think) (?:about|of) (?:a |the )?(?:rope|noose)\b"
        r"(?! (?:swing|ladder|bridge))|"
        r"\bgot as far as (?:buying|getting|writing|tying|taking|counting|sorting|filling) "
        r"(?:the |a |my )?(?:rope|pills|tablets|note|noose|letter|hose(?:pipe)?)\b|"
        r"\blooked up how (?:deep|cold) (?:the )?(?:\w+ )?(?:lake|river|reservoir|quarry|canal|sea|"
        r"water)\b|\blooked up how (?:high|tall|far down) (?:the )?(?:\w+ )?(?:bridge|building|"
        r"cliff|car park|drop|tower)\b|\blooked up how many (?:pills|tablets)\b|"
        # tablets counted to see if they would be enough, and the clinician's check "Counting
        # the tablets?" (a yes to it)
        r"\bcount\w* (?:the |my |your |all the |up the )?(?:tablets|pills|boxes|packets)\b"
        r"[^.?!]{0,40}?\b(?:if|whether) (?:it'd|it would|they'd|they would|there'd|there would|"
        r"there were|there was|i had)(?: be)? enough\b|"
        r"^(?:so |and )?(?:were you |you were |you've been |have you been )?counting (?:the|your|"
        r"them|those|up the)(?: \w+)?\s*\?\s*$|"
        r"\bif i (?:just )?(?:walked|jumped|stepped|took|drove|went|swallowed|let go)\b"
        r"[^.?!]{0,40}?\b(?:it|everything) (?:would|'d|could) (?:all )?(?:stop|be over|end)\b|"
        r"\b(?:went|go|going|gone|stood|stand|standing|sat|sit|sitting) (?:up )?(?:on|at|to) the "
        r"(?:top|edge|roof) of (?:the |a )?(?:multi-?storey|multi storey|car park|bridge|cliff|"
        r"tower block|flats)\b|"
        r"\b(?:think|thoughts?|thinking) (?:about|of) (?:being dead|not being alive|not existing|"
        r"not being here)\b|"
        # "you'd like to be dead?", "I'd like it all to stop", "I'd rather end it", "easier if
        # he'd pulled the trigger"
        r"\b(?:i'd|you'd|i would|you would) (?:like|love) to be dead\b|"
        r"\b(?:i'd|i would) (?:like|love|want) (?:it all|everything) to (?:stop|end|be over)\b|"
        r"\b(?:i'd|i would) (?:rather|sooner) (?:just )?end it(?: all)?\b"
        r"(?![^.?!]{0,40}\bwith (?:him|her|them|my \w+)\b)|"
        r"\b(?:easier|better|a relief|a mercy) if (?:he|she|they|the \w+)(?:'d| had) (?:just )?"
        r"(?:pulled the trigger|shot me|killed me|finished me off)\b|"
        r"\blife (?:isn't|is not|wasn't|was not|doesn't (?:feel|seem)|didn't (?:feel|seem)) "
        r"(?:really |even )?worth (?:living|it)\b(?! for\b)|"
        r"\b(?:i'd|i would) (?:much )?rather be dead\b(?! than)",
        unnamed=True,
    ),
    cue(
        "self_harm",
        rf"\bi (?:\w+ )?scratch\w* (?!(?:at )?(?:my |the )?(?:eczema|rash|bites?|itch|spots|scabs?|"
        r"psoriasis|hives|scalp)\b)(?:[\w']+,? ){0,8}?(?:until|till) (?:it|they|i) (?:stings?|"
        r"stung|bleeds?|bled|hurts?|burns?)\b|"
        rf"\b(?:on|into) my {_SKIN}\b[^.?!]{{0,20}}?\b(?:until|till) (?:it|they|the skin) "
        r"(?:scald\w*|burn\w*|burnt|blister\w*|bled|bleeds?)\b|"
        r"\bi (?:dug|dig|picked|pick|stabbed|jabbed|poked|scraped|gouged) (?:at )?(?:it|them|"
        rf"(?:the|my) \w+) with (?:a|the|my) (?:\w+ )?{_SHARP}\b"
        # (not "... with a needle sewing the costume": a chore's slip)
        r"(?![^.?!]{0,25}\b(?:sewing|knitting|stitching|darning|quilting|cooking|chopping|"
        r"gardening|by accident|accidentally)\b)|"
        r"\b(?:took|swallowed|taken) (?:too many|a load|loads|a handful|the whole (?:box|packet|"
        r"bottle)) (?:of )?(?:my |the |her |his |\w+'s )?(?:tablets|pills|meds|painkillers|"
        r"paracetamol)\b(?= on purpose| to (?:die|end it|sleep forever|not wake up))|"
        # through glass (a door or a wall punched in anger is told apart by the dialogs)
        r"\bi (?:put|punched|pushed|smashed|rammed) my (?:hand|fist|arm|head) through (?:a|the) "
        r"(?:\w+ )?(?:window|glass|mirror)\b|"
        # skin dragged along a wall until raw: "dragged my forearm along the brick wall till it
        # was raw" (not a knee scraped in a fall)
        r"\bi (?:[\w']+ ){0,4}?(?:dragged|scraped|rubbed|raked|grated|ground) my "
        r"(?:fore)?(?:arms?|wrists?|hands?|knuckles|legs?|shins?) (?:along|across|against|down|on) "
        r"(?:the|a) (?:\w+ )?(?:walls?|bricks?|brickwork|concrete|pavement|fence|pebbledash)\b"
        r"[^.?!]{0,20}?\b(?:until|till) (?:it|they|the skin) (?:was|were|went|bled|came) ?"
        r"(?:raw|bleeding|red raw|off)?\b",
        True,
    ),
    cue(
        "harm_to_others",
        r"\bi (?:picked up|grabbed|got|took|pulled out|fetched) (?:a|the|my) (?:\w+ )?(?:knife|gun|"
        r"hammer|bat|machete|axe|screwdriver)\b[^.?!]{0,40}?\b(?:told|threatened|went for|came at|"
        r"chased|pointed it|waved it|said i'd)\b|"
        r"\bi (?:hit|punched|headbutted|head-butted|kicked|stabbed|glassed|battered|decked|"
        r"king-hit|king hit|king-hitted|king head|coward-punched|sucker-punched|sucker punched|"
        r"lamped|smacked|slapped) "
        r"(?:a|this|some|the) (?:bloke|man|guy|lad|woman|girl|kid|fella|person|stranger)\b|"
        r"\bi (?:wanted|want|was going) to (?:\w+ ){0,7}?(?:hit|punch|thump|batter|smack|hurt|"
        r"strangle|throttle|stab) (?:him|her|them)\b|"
        r"\bi (?:took|used) (?:my|the|a) belt (?:off )?(?:and|to|on)\b|\bi (?:strapped|belted|"
        r"whipped|leathered|thrashed) (?:him|her|them|my \w+)\b|"
        r"\bi (?:grabbed|seized|yanked) (?:him|her|them|my \w+|\[person\]) by "
        r"(?:the|his|her|their) (?:arm|hair|neck|throat|collar|shoulders?|wrist|ear)\b",
        True,
    ),
    cue(
        "abuse_or_neglect",
        rf"\b{ACTOR}(?:'d| would| used to| once)? (?:pin|pinned|pins|hold|held|holds|hung|hang|"
        r"dangled|dangle) (?:me|us) (?:out )?(?:against|over|out of|under|down)\b"
        rf"{NOT_SPORT}|"
        r"\b(?:make|made|makes|making) (?:me|us) kneel\b|"
        rf"\b{ACTOR}(?:'d| would| used to)? (?:make|made|makes) (?:me|us) (?:stand "
        r"(?:outside|in the (?:cold|rain)|for hours)|sleep (?:outside|in the (?:shed|garage|car)))|"
        r"\b(?:drag|dragged|drags|dragging) (?:me|us) (?:\w+ ){0,4}?by (?:my|our|the) (?:collar|"
        r"hair|arms?|neck|ears?|feet|legs|ankles|throat)\b|"
        rf"\b{ACTOR} (?:says|said|threatens?|threatened|tells me|told me) (?:he'll|she'll|they'll|"
        r"he'd|she'd|they'd|he will|she will|they will|to) (?:smash|break|wreck|burn|destroy|sell|"
        r"hurt|kill|beat|hit) (?:my|me|us)\b|"
        r"\b(?:he|she|they|my \w+) (?:makes|made|forces|forced) me (?:buy|pay for|hand over|"
        r"sign)\b(?! (?:the )?(?:remote|controller|telly|tv|ball|charger|game)\b)|"
        r"\bno (?:water|food|drink|call bell|buzzer) (?:in|within) reach\b|"
        r"\b(?:we|i) (?:were|was) (?:left|kept) (?:alone|on (?:my|our) own|home alone) (?:for "
        r"(?:days|weeks|a week|the weekend|whole weekends)|all weekend)\b|"
        rf"\b{ACTOR}\b[^.?!]{{0,30}}?\b(?:calls?|called) me (?:worthless|pathetic|"
        r"disgusting|a waste of space|a slut|a whore)\b|"
        r"\btouched (?:you|me) (?:in a way|inappropriately|sexually)\b|"
        # a screen's question and its answer: "Have you been hit, slapped, kicked ...?", "I've
        # been hit by my ex"
        r"\b(?:have|had|has) you (?:ever )?been (?:hit|slapped|kicked|punched|beaten|choked|"
        r"strangled|shoved|pushed|hurt|threatened|raped|abused|assaulted)\b|"
        r"\bi(?:'ve| have| was| got)(?: been)? (?:hit|slapped|kicked|punched|beaten|choked|"
        r"strangled|raped|abused|assaulted) by (?:my|his|her) (?:\w+ )?(?:partner|husband|wife|"
        r"boyfriend|girlfriend|ex|dad|father|mum|mother|stepdad|stepfather|brother|uncle|carer)\b|"
        rf"\b{ACTOR}(?:'d| would| used to)? (?:pushes|pushed|pushing|shoves|shoved) (?:me|us) "
        r"(?:around|about)\b|"
        rf"\b{ACTOR}(?:'d| would| used to)? lock(?:ed|s)? us (?:out|in)\b|"
        # a child in the family locked up: "used to lock him in the box room with no light"
        r"\block(?:ed|s)? (?:him|her|them) in (?:the|a|his|her|their) (?:\w+ )?(?:room|cupboard|"
        r"shed|cellar|basement|closet|bathroom)\b(?= (?:with no light|in the dark|for hours|all "
        r"(?:day|night)|without (?:food|water)))|"
        r"\b(?:puts|put|leaves|left) me in (?:the|my) (?:chair|bed|commode)\b[^.?!]{0,30}?\b"
        r"(?:doesn't|does not|didn't|did not|don't|never) come back\b",
    ),
    # neglect of someone in the client's care, by the client: "I left her in bed till three"
    cue(
        "abuse_or_neglect",
        r"\bi (?:left|leave) (?:her|him|them|my (?:wife|husband|mum|mom|mother|dad|father|son|"
        r"daughter)) (?:in (?:bed|the chair|the bath|a wet bed)|on the (?:floor|toilet|commode))\b"
        r"[^.?!]{0,30}?\b(?:till|until|for hours|all day|all night)\b",
        by_client=True,
    ),
)
