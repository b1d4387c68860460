"""Risk told as in the eighth battery of plain telling (tests/data/risk_battery_47, written blind
for issue 17's forty-seventh pass and read in it), each made general: pills kept "for when I've
had enough"; a goodbye letter written; pulled out of the river; "save me the bother of doing it
myself"; doing it again "properly this time"; when the train comes through worked out; affairs
tidied "before I go"; an illness as "my way out"; "kms"; a gun in one's mouth; driving like a
lunatic on purpose; insulin or blood thinners skipped on purpose; "I do it on my thighs so nobody
sees"; lines done on a leg; not eating as a punishment; a driver dragged out of his car; "he'd
better watch himself"; glassing someone; a cyclist rammed; "I'm gonna get him"; a school to be
shot up; a man flattened; a hand over a baby's mouth; tablets crushed into someone's drink;
someone put in hospital; an ex who keeps turning up; one's pill hidden or flushed, holes poked in
condoms; money taken from a purse by a carer; a toddler left home alone; a parent left in a wet
bed; an uncle who used to come into one's room at night; one's head put through a door; tied to
a chair at night; "our secret"; beaten as a matter of course. Cues as in risk_cues, whose shape
they share. Patterns run on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue

_KIN_OLD = (
    r"(?:mum|mom|mam|dad|da|my (?:\w+ )?(?:mum|mom|mam|mother|dad|father|gran|granny|nan|nana|"
    r"grandma|grandad|grandpa|brother|sister|husband|wife)|her|him)"
)
_PERSON = r"(?:him|her|them|someone|somebody|that \w+|the \w+|her new \w+|his new \w+|my ex)"

CUES: tuple[Cue, ...] = (
    cue(
        "suicidal_ideation",
        # pills kept "for when I'd had enough"
        r"\b(?:keeping|saving|saved|kept|stashing|stashed|hoarding)(?: up)? (?:them|it|those|the "
        r"\w+)(?: up)? for when i(?:'d|'ve| had| have)? (?:had enough|can't (?:take|cope)|want to "
        r"go|decide)\b|"
        # a goodbye letter written: "I wrote a letter to the kids, a goodbye one"
        r"\bi(?:'ve| have)? (?:wrote|written|write) (?:a |my )?(?:letters?|notes?)\b[^.?!]{0,30}?"
        r"\ba goodbye (?:one|letter|note)\b|"
        # "since they pulled me out of the river"
        r"\b(?:pulled|dragged|fished|got) me out of the (?:river|sea|water|canal|lake|loch|"
        r"harbour|dock|reservoir)\b|"
        # "Save me the bother of doing it myself"
        r"\b(?:save|saves|spare|spares) me the (?:bother|trouble|hassle|job) of doing it "
        r"(?:myself|masel|mysel|meself)\b|"
        # "thinking about doing it again, proper this time"
        r"\b(?:do|doing|doin) it again,? (?:proper|properly|right) this time\b|"
        # when the train comes through worked out
        r"\bworked out (?:when|what time) the (?:\w+ )?trains? (?:comes?|pass(?:es)?|goes?) "
        r"(?:through|past|by)\b|"
        # affairs tidied "before I go" (not "before I go to Spain")
        r"\b(?:everything|it all|things|my affairs|all that) (?:tidy|sorted|in order|straight|"
        r"squared away)\b[^.?!]{0,20}?\bbefore i go\b(?! (?:to|on|back|away|abroad|into|in|out|"
        r"home|travelling|for)\b)|"
        # an illness as "my way out" (not "my way out of debt")
        r"\b(?:that's|that'd be|that would be|it's|it'd be|this is|that is) (?:my|the) way out\b"
        r"(?! of\b)|"
        # text speech: "i was gonna kms"
        r"\b(?:gonna|going to|wanna|want to|will|i'll|might|should|could) kms\b|"
        # a gun in one's mouth
        r"\b(?:gun|pistol|rifle|shotgun|barrel)\b[^.?!]{0,30}?\bin my mouth\b",
        True,
    ),
    cue(
        "self_harm",
        # driving like a lunatic on purpose
        r"\bdriv\w* (?:like a (?:lunatic|maniac|madman|nutter|loony)|recklessly|dangerously)\b"
        r"[^.?!]{0,60}?\b(?:on purpose|to feel something|deliberately|no seatbelt|without (?:a|my) "
        r"seatbelt)\b|"
        # insulin, blood thinners, lithium skipped on purpose
        r"\b(?:stopped|stop|skip|skipped|skipping|stopping|missed|miss|missing) (?:doing |taking "
        r"|having )?(?:my )?(?:insulin|blood thinners|warfarin|lithium|heart (?:tablets|pills)|"
        r"inhaler|epilepsy (?:tablets|meds))\b[^.?!]{0,20}?\b(?:on purpose|deliberately)\b|"
        # "I do it on my thighs so nobody sees"
        r"\bi (?:do|did) it on my (?:thighs?|arms?|legs?|stomach|wrists?|hips?|"
        r"tummy)\b[^.?!]{0,10}?"
        r"\bso (?:that )?(?:nobody|no one|no-one|they don't|people don't|my \w+ doesn't) "
        r"(?:sees?|can see|notices?)\b|"
        # "I'd already done a few lines on it"
        r"\b(?:done|did|do|doing) (?:a few |some |two |three |more )?lines on (?:it|my \w+)\b|"
        # not eating as a punishment
        r"\b(?:don't|do not|didn't|stop|stopped|won't) eat(?:ing)?\b[^.?!]{0,20}?\bas (?:a )?"
        r"punish(?:ment|ing myself)\b",
        True,
    ),
    cue(
        "harm_to_others",
        # a driver dragged out of his car; a cyclist rammed; a man flattened; glassing someone
        r"\bi dragged (?:him|her|them|the (?:guy|bloke|man|driver|woman)) out (?:of )?(?:the|his|"
        r"her) "
        r"(?:car|van|cab|truck)\b|"
        r"\bi rammed (?:a|the|his|her|some|this|that) (?:\w+ )?(?:cyclist|bloke|guy|man|woman|"
        r"pedestrian|kid|lad)\b|"
        r"\bi flattened (?:a|the|some|this|that) (?:guy|bloke|man|lad|fella|woman|kid|geezer)\b|"
        rf"\bglass(?:ing|ed)? {_PERSON}\b|"
        # "he'd better watch himself", sent or said by the client
        r"\bi (?:sent|texted|messaged|told|said to|warned|wrote)\b[^.?!]{0,90}?\b(?:he|she|they)"
        r"(?:'d| had)? better watch (?:himself|herself|themselves|his back|her "
        r"back|their backs?|out)\b|"
        # "i'm gonna get him" (not "get him a present", "get him to school")
        r"\bi'?m (?:gonna|going to) get (?:him|her|them)\b(?! (?:a|an|some|to|from|back|home|out|"
        r"up|in|on|off|at|into|something|ready|dressed|checked|seen|tested|one|his|her|their)\b)|"
        # a school to be shot up
        r"\bshoot up (?:my|the|a|his|her|that) (?:old )?(?:school|college|office|workplace|class|"
        r"church|mosque|synagogue|mall|campus)\b|"
        # a hand over a baby's mouth
        r"\b(?:put|held|pressed|kept) my hand (?:over|on) (?:the|my|his|her) (?:baby's|child's|"
        r"son's|daughter's|kid's|toddler's|\w+'s) (?:mouth|face|nose)\b(?=[^.?!]{0,40}\b(?:to "
        r"(?:keep|stop|shut|quiet\w*|hush)|wouldn't stop|would not stop|kept crying|crying|"
        r"screaming|harder|till|until)\b)|"
        # tablets crushed into someone's drink
        r"\b(?:crushed|put|slipped|mixed|ground|stirred)(?: up)? (?:some (?:of )?)?(?:my |the |his "
        r"|her )?(?:sleeping )?(?:tablets|pills|sleepers|meds)\b[^.?!]{0,20}?\b(?:into|in) (?:his|"
        r"her|their|the \w+'s) (?:drink|milk|tea|coffee|food|dinner|juice|pint|wine)\b|"
        # someone put in hospital by the client and others
        r"\b(?:i|we|me and (?:the )?\w+)\b[^.?!]{0,60}?\bput (?:him|her|them|the \w+|that \w+) in "
        r"(?:the )?hospital\b",
        True,
    ),
    cue(
        "abuse_or_neglect",
        # an ex who keeps turning up everywhere
        r"\b(?:he|she|they|my ex|(?:my|her) (?:ex-?\w+))\b (?:keeps|kept|keep) turning up "
        r"(?:everywhere|outside|at my|at work)\b|"
        # one's things smashed whenever one goes out: "If I go out she smashes my stuff."
        r"\b(?:if|when|whenever|every time) i\b[^.?!]{0,40}?\b(?:he|she|they) (?:smashes|breaks|"
        r"wrecks|destroys|trashes|rips up|cuts up) (?:my|all my) (?:stuff|things|phone|belongings|"
        r"clothes)\b|"
        # one's pill hidden or flushed, holes poked in condoms
        r"\b(?:he|she|my (?:husband|partner|boyfriend|fella))\b[^.?!]{0,10}?\b(?:hides|hid|"
        r"flushed|flushes|throws away|threw away|binned|bins) (?:my|her) (?:pill|pills|"
        r"contraception|contraceptive|contraceptives|implant)\b|"
        r"\b(?:he|she|my \w+) (?:poked|poke|pokes|put|puts|made|makes) holes in (?:the|my|our) "
        r"condoms?\b|"
        # a carer taking money from a purse
        r"\b(?:carer|aide|care worker|home help|helper|cleaner)\b[^.?!]{0,90}?\b(?:taking|took|"
        r"takes|stealing|stole|steals|been taking) (?:money |cash |the money )?(?:out of|from) "
        r"(?:his|"
        r"her|their|my \w+'s|my) (?:purse|wallet|account|pension|handbag)\b(?![^.?!]{0,40}\b(?:i "
        r"asked (?:her|him|them)|i told (?:her|him|them) to|for me|with my (?:permission|"
        r"say-so))\b)",
    ),
    cue(
        "abuse_or_neglect",
        # a toddler left home alone; a parent left in a wet bed
        r"\bi left my (?:\w+ )?(?:(?:one|two|three|four|five|six|\d+)[- ]year[- ]old|baby|toddler|"
        r"little one|kids?|children|son|daughter|boy|girl)\b(?: (?:at )?home)? (?:alone|on "
        r"(?:his|her|their) own|by (?:himself|herself|themselves))\b(?![^.?!]{0,40}\b(?:for (?:an "
        r"hour|a few minutes|a minute|a bit|half an hour|ten minutes)|(?:she's|he's|they're|she is|"
        r"he is) (?:1[3-9]|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|"
        r"grown|an adult))\b)|"
        rf"\bi left {_KIN_OLD} in (?:a|the|her|his) (?:wet|dirty|soiled|soaking|filthy)\b"
        r"[^.?!]{0,20}?\b(?:bed|sheets|pad|nappy|clothes)\b",
        by_client=True,
    ),
    cue(
        "abuse_or_neglect",
        # "my uncle used to come in my room at night"
        r"\b(?:uncle|dad|father|stepdad|step-dad|brother|cousin|grandad|grandfather|granddad|he|"
        r"she)\b[^.?!]{0,10}?\bused to come (?:in|into) my (?:room|bed|bedroom)\b|"
        # one's head put through a door
        r"\b(?:he|she|they)\b[^.?!]{0,10}?\b(?:put|pushed|shoved|smashed|slammed|rammed) my "
        r"(?:head|face) (?:through|into|against|off) (?:the|a)\b|"
        # tied to a chair at night
        r"\b(?:they|he|she|the (?:\w+ )?(?:staff|carers?|nurses?)) (?:\w+ )?(?:tie|tied|ties|strap|"
        r"strapped|straps) me (?:to|in|into) (?:the|a|my) (?:chair|bed)\b|"
        # "He says it's our secret"
        r"\b(?:says|said|told me|tells me) (?:it's|it is|it was|it's just) (?:our|a) (?:little )?"
        r"secret\b(?! that\b)|"
        # beaten as a matter of course (not by a ball or a car)
        r"\bi (?:used to |would )?(?:get|got|getting) (?:beaten|hit|battered|thumped|slapped|"
        r"kicked|"
        r"punched|belted|leathered)(?: up)?\b(?! by (?:a|the) (?:ball|car|bus|van|wave|bike|"
        r"puck|bat)\b)(?=[^.?!]{0,30}?\b(?:by|every|all the time|at home|when)\b)",
        by_client=True,
    ),
)
