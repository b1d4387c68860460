"""Risk told through what was arranged or done, from the tenth battery (issue 17's forty-ninth
pass, read after it was measured unread at the pass's start and after its first rules), each made
general: letters left "for after I'm gone", a funeral's songs chosen, a method read up on in
sarcasm, a beam that "would hold me", stepping in front of a train, a gun thought of "on myself",
a prayer to be taken in one's sleep; skin scalded, a blade dragged across an arm, legs hit with a
brush, a compass dug into a wrist, a head banged "when I can't sleep", going home "to cut"; a dog
set on someone, a car driven at someone, pictures threatened, bleach put in a drink, someone's
head put into a locker, a stick taken to someone, a person set on fire, a weapon kept by the door
"for when he comes"; a parent left all day without food or water, a parent's tablets held back, a
parent left in the bath, children left alone while one was out, a stepfather coming into one's
room at night, a phone or a bank app taken over, immigration threatened. Cues as in risk_cues,
whose shape they share. Patterns run on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue

_BODY = r"(?:(?:fore)?arms?|wrists?|legs?|thighs?|stomach|skin|hips?|chest|hands?)"
_KIN = (
    r"(?:mum|mom|mam|dad|gran|granny|nan|nana|grandad|grandpa|grandma|my (?:mum|mom|mam|dad|"
    r"father|mother|gran|nan|grandad|grandfather|grandmother|wife|husband|brother|sister|son|"
    r"daughter|uncle|aunt))"
)
_KINS = (
    r"(?:mum's|mom's|mam's|dad's|gran's|nan's|grandad's|his|her|my (?:mum's|mom's|mam's|dad's|"
    r"father's|mother's|gran's|nan's|grandad's|wife's|husband's|brother's|sister's|son's|"
    r"daughter's))"
)

CUES: tuple[Cue, ...] = (
    cue(
        "suicidal_ideation",
        # letters left for afterwards: "letters for Mum and the kids in my desk for after I'm gone"
        r"\b(?:letters?|notes?|cards?|messages?|videos?)\b[^.?!]{0,60}?\bfor (?:after|when) i'm "
        r"(?:gone|not here|dead)\b|"
        # a funeral's songs chosen "so nobody has to sort that out when I'm not here"
        r"\b(?:playlist|songs|music|hymns|readings)\b[^.?!]{0,20}?\bfor (?:the|my) (?:own )?funeral"
        r"\b[^.?!]{0,60}?\b(?:when i'm (?:not here|gone|dead)|so (?:nobody|no one|they don't) "
        r"(?:has|have) to)\b|"
        # a method read up on: "reading up on the easiest way not to wake up"
        r"\b(?:read\w*|look\w*|search\w*|googl\w*|research\w*)(?: up)? (?:on|about|for|into) "
        r"(?:the )?(?:easiest|quickest|best|surest|most painless|painless|cleanest) (?:ways?|"
        r"methods?) (?:to die|not to wake up|to (?:kill|end) (?:myself|it|my life))\b|"
        # "it'd be fine if I didn't wake up"
        r"\b(?:it'd|it would|itd) be (?:fine|okay|ok|alright|a relief|better|easier) if i "
        r"(?:didn't|"
        r"did not|didnt|never) wake up\b|"
        # a beam or a branch that "would hold me"
        r"\b(?:beam|rafter|banister|hook|branch|joist|pipe|railing)\b[^.?!]{0,60}?\b(?:would|will|"
        r"could|'d|should) (?:hold|take) (?:me|my weight)\b|"
        # stepping in front of a train; trying to make oneself go in
        r"\bstep(?:ping|ped)? (?:off )?in front of (?:it|the train|a train|the bus|a bus|a lorry|"
        r"a truck|the traffic|traffic)\b|\btrying to make myself (?:go in|jump|step off|let go|do "
        r"it)\b|"
        # a gun or a rope thought of "on myself"
        r"\b(?:thinking|thought|think) (?:about|of) using (?:it|the gun|the rifle|the shotgun|the "
        r"knife|the rope|them|the pills) on myself\b|"
        # a prayer to be taken in one's sleep: "I pray every night the Lord takes me in my sleep"
        r"\bpray(?:s|ed|ing)?(?: every night| each night| at night)? (?:that )?(?:the lord|god|"
        r"jesus|allah|he|him) (?:will |would |might )?takes? me (?:in my sleep|tonight|home "
        r"tonight)\b|"
        # saying goodbye "like it's the last time"
        r"\bsaying goodbye to (?:people|everyone|everybody)\b[^.?!]{0,60}?\blast time\b",
        True,
    ),
    cue(
        "self_harm",
        r"\bscald(?:ing|ed|s)? myself\b|"
        rf"\b(?:dragged|ran|drew|pulled|scraped|dug|dig|digging) (?:the |a |my )?(?:scissors|"
        r"blades?|razors?|knife|glass|compass|pins?|needles?|nails?)(?: from [^.?!]{0,20}?)? "
        rf"(?:across|along|over|down|into) my {_BODY}\b|"
        rf"\bi (?:hit|beat|whack|smack|punch|bash)\w* my {_BODY} with (?:a|the|my) \w+|"
        r"\bbang(?:ing|ed)? my head (?:on|against|off) (?:the |my )?(?:bathroom |bedroom "
        r")?(?:tiles|"
        r"wall|floor|door|desk|headboard|sink)\b[^.?!]{0,10}? (?:when|whenever|every time) (?:i "
        r"can't sleep|it gets bad|i'm (?:upset|angry|stressed))\b|"
        r"\bi'm (?:going|gonna go) home to cut\b",
        True,
    ),
    cue(
        "harm_to_others",
        # a dog set on someone
        r"\bi (?:set|let) (?:the |my )?dogs? (?:on|at|loose on) (?:him|her|them|the \w+)\b|"
        r"\bi let the dog off (?:the|its) lead at (?:the |him|her|them)\w*(?: \w+)? on purpose\b|"
        # a car driven at someone, rammed into theirs
        # (not a thing: "I swerved at the bridge on purpose, I wanted it to be over", p25)
        r"\bi (?:drove|drive|reversed|swerved|aimed the car) (?:straight )?at (?:him|her|them|the "
        r"(?!(?:bridge|barrier|wall|tree|pillar|kerb|curb|verge|railings?|ditch|lamp\w*|post|river|"
        r"sea|cliff|edge|water|bollard|hedge|embankment|reservoir)\b)\w+)\b|"
        r"\bi (?:[^.?!]{0,60}?(?: and| then|,) )?rammed (?:into )?(?:the back of )?(?:his|"
        r"her|their) (?:car|van|bike)\b|"
        # pictures threatened
        r"\b(?:i'll|i will|i'm going to|i'm gonna) (?:send|post|share|put up|leak) (?:those |the |"
        r"her |his |their |some )?(?:photos|pictures|pics|videos|nudes)(?: of (?:her|him|them))?"
        r"\b[^.?!]{0,30}?\b(?:to (?:her|his|their|everyone)|online|everywhere)\b|"
        # bleach or poison put in a drink
        r"\b(?:poured|put|slipped|mixed|added) (?:some |a bit of |a drop of )?(?:bleach|poison|"
        r"antifreeze|weedkiller|rat poison|it|some) (?:in|into) (?:his|her|their) (?:coffee|tea|"
        r"drink|food|dinner|water|pint)\b(?![^.?!]{0,20}\bby (?:mistake|accident)\b)|"
        # someone's head put into something
        r"\bi (?:put|smashed|slammed|shoved|banged|rammed) (?:a |the |that |this )?(?:\w+'s|his|"
        r"her|their) head (?:into|through|against|off) (?:the |a )?\w+|"
        # a stick taken to someone
        r"\bi took (?:my|a|the|his|her) (?:walking )?(?:stick|belt|bat|hammer|cane|shovel|spade|"
        r"poker|iron|slipper|hurley) to (?:him|her|them)\b|"
        # a person set on fire
        r"\b(?:going to|gonna|i'll|i will|i want to) set (?:him|her|them) (?:on fire|alight|"
        r"ablaze)\b|"
        # a weapon kept by the door "for when he comes round"
        r"\b(?:bat|knife|machete|hammer|crowbar|axe)\b (?:by|behind|next to|at) the (?:front |"
        r"back )?"
        r"door for (?:when|if) (?:he|she|they)\b|"
        # "what I'm going to do to each one of them"; "kicked him till they pulled me off"
        r"\bwhat i'm (?:going|gonna) (?:to )?do to (?:each (?:one )?of )?(?:them|him|her)\b|"
        r"\b(?:kicked|punched|hit|battered) (?:him|her|them)\b[^.?!]{0,30}?\b(?:till|until) (?:the "
        r"\w+|they|someone|somebody|people) (?:pulled|dragged|got) me off\b|"
        # "thinking about pushing somebody in front of a train"
        r"\b(?:thinking|thought|think) (?:about|of) pushing (?:somebody|someone|people|a stranger|"
        r"him|her|them) (?:in front of|off|under)\b",
        True,
    ),
    cue(
        "abuse_or_neglect",
        # a parent left all day without food or water; left in the bath; tablets held back
        rf"\b(?:i(?:'ve| have)? been |i )?(?:leaving|left|leave) {_KIN} (?:in (?:her|his|their) "
        r"(?:chair|bed|room)|alone|on (?:her|his|their) own) all (?:day|night)\b|"
        rf"\bi left {_KIN} in the bath\b[^.?!]{{0,40}}?\b(?:went out|for (?:the afternoon|hours|"
        r"ages|the day))\b|"
        rf"\b(?:holding back|withholding|keeping back|hiding|rationing) {_KINS} (?:\w+ "
        r")?(?:tablets|"
        r"pills|medicine|meds|medication|insulin)\b|"
        # children left alone while one was out
        r"\b(?:the baby|the kids|the children|the toddler|my (?:kids|children|baby|toddler))\b"
        r"[^.?!]{0,40}?\b(?:were|was) (?:on (?:their|his|her) own|alone|left alone|by themselves)"
        r"\b[^.?!]{0,20}?\bwhile i\b",
        by_client=True,
    ),
    cue(
        "abuse_or_neglect",
        # a stepfather coming into one's room at night
        r"\b(?:stepdad|stepfather|uncle|dad|father|brother|cousin|grandad|he)(?:'s| has)? "
        r"(?:started"
        r" |keeps |been |started coming )?(?:coming|comes|came|creeping|creeps) into my (?:room|"
        r"bed)(?: again)? at night\b|"
        # a phone or a bank app taken over
        r"\b(?:he's|she's|he has|she has|they've|they have) (?:taken over|took over|got control "
        r"of|taken control of) my (?:phone|bank(?: app| account)?|money|pension|cards?)\b|"
        r"\b(?:the )?location (?:thing|app|tracking|sharing) on my phone\b|"
        # immigration threatened
        r"\b(?:he'll|she'll|he will|she will|they'll|he'd|she'd|says he'll|says she'll|threatens? "
        r"to) (?:tell|report me to|call|ring) (?:immigration|the home office|ice)\b",
    ),
)
