"""Risk told by the act and its means rather than by its name (issue 17's seventeenth pass): a
method looked up, an engine run in a closed garage, saved pills pictured taken at once, a quiet
death "in our sleep" thought tidy; a wall or a door struck with one's head; things thrown at a
partner, a person bitten, a weapon or something in a drink pictured used on someone; a shove out
of a moving car, one's hands struck with something, a head held under water, one's medicine or
aids hidden, a threat with its condition ("if I don't pay he'll break my legs"), being locked out.
Cues as in risk_cues, whose shape they share. Patterns run on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue
from localnotes.notes.risk_phrases import WEAPON

#: who does it to the client, as a story names them
ACTOR = (
    r"(?:he|she|they|\[person\]|my (?:\w+ )?(?:dad|father|mum|mom|mother|stepdad|stepfather|"
    r"stepmum|stepmom|stepmother|teacher|uncle|aunt|brother|sister|grandad|grandfather|gran|nan|"
    r"grandmother|husband|wife|partner|boyfriend|girlfriend|ex|carer|son|daughter|\w+-in-law))"
)
#: the body as a blow or a threat names it
_BODY = (
    r"(?:hands?|fingers|knuckles|legs?|knees?|back|bottom|arms?|head|face|palms?|neck|jaw|nose|"
    r"teeth|ribs)"
)
#: what is thought of, pictured or wanted (the act is the speaker's, not done)
_THOUGHT = (
    r"(?:thought|think|thinking|pictured|picture|picturing|imagined|imagine|imagining|"
    r"fantasi[sz]\w*|dream\w*|wanted|want|wanting|tempted|considered|considering)"
)
_PEOPLE = (
    r"(?:him|her|them|someone|somebody|\[person\]|(?:a|the|my) (?:nurse|carer|doctor|teacher|"
    r"kid|child|boy|girl|man|woman|guard|officer|staff member|paramedic|brother|sister|son|"
    r"daughter|wife|husband|partner|mum|mom|dad|friend|boyfriend|girlfriend|baby))"
)

#: what one needs and can be kept from: medicines, aids
_AIDS = (
    r"(?:inhaler|insulin|medication|medicine|meds|pills|tablets|epipen|epi-pen|oxygen|walker|"
    r"wheelchair|glasses|hearing aids?|magnifier|cane|stick)"
)

CUES: tuple[Cue, ...] = (
    # suicidal ideation: a grave wished for, a quiet death together thought tidy, a waking one
    # would not mind missing, said as a condition
    cue(
        "suicidal_ideation",
        r"\b(?:i'd|i would|i'm|i am|i'll|i will|we'd|we would)(?: just| all)? be better off "
        r"(?:in the ground(?! floor)|six feet under|in (?:my|a|the|our) graves?|buried|pushing up "
        r"daisies)\b|"
        r"\bif (?:i|we)(?: both| all| just)? (?:went|go|died|die|slipped away|passed)\b"
        r"[^.?!]{0,30}?\bin (?:my|our) sleep\b[^.?!]{0,20}?\b(?:it|that)(?:'d| would) be "
        r"(?:\w+ )?(?:tidy|tidier|a mercy|a relief|easier|simpler|kinder|best|better|a blessing|"
        r"a kindness)\b|"
        r"\bif i (?:did not|didn't|never|just didn't|were not to|weren't to)(?: just)? "
        r"(?:wake|woke) up\b"
        r"[^.?!]{0,30}?\bi (?:would not|wouldn't|'d not|would never|won't) (?:\w+ )?(?:complain|"
        r"mind|care|be sorry|be upset|object|fight it|miss it|be bothered)\b|"
        r"\b(?:it'd|it would|that'd|that would|it will|it'll) be (?:a kindness|a mercy|a relief|"
        r"a blessing|easier|simpler|better|best|kinder)\b[^.?!]{0,15}?\bif i (?:just |simply )?"
        r"(?:didn't|did not|never|don't|do not) (?:wake|woke) up\b|"
        # "I didn't want to be here without him", "I don't want to be here anymore" (not "here
        # for this meeting")
        r"\b(?:don't|didn't|do not|did not|no longer) (?:really |think i )?want(?:ed)? to be "
        r"(?:here|around|alive)(?= ?(?:anymore|any more|without (?:him|her|them|you)|at all|on "
        r"this earth|in this world)\b)",
        True,
    ),
    # a method looked up: "I looked up how many of the tablets it would take"
    cue(
        "suicidal_ideation",
        r"\b(?:look|search|googl|check|work|research|read)\w*(?: up| out| online)? how (?:many|"
        r"much)\b(?=[^.?!]{0,40}?\b(?:pills|tablets|tabs|paracetamol|tylenol|aspirin|ibuprofen|"
        r"insulin|sleeping|of (?:the|my|his|her|those|these|them)\b))[^.?!]{0,40}?\b(?:it would "
        r"take|it'd take|would (?:it )?take|(?:would|it'd) be (?:enough|fatal|lethal)|(?:would|"
        r"could|to) kill (?:me|you|someone|a person)|is (?:fatal|lethal|an overdose))\b",
        unnamed=True,
    ),
    # goodbye letters written; a date picked, said alone ("I'd picked a date.")
    cue(
        "suicidal_ideation",
        r"\b(?:wrote|written|write|writing|left)\b[^.?!]{0,20}?\b(?:goodbye|farewell|suicide) "
        r"(?:letters?|notes?)\b|"
        # the letter already told of, named for what it was: "It was a goodbye letter."
        r"^(?:and |but |so )?(?:it|that|this) was a (?:goodbye|farewell|suicide) (?:letter|note)\b|"
        r"^(?:and |so )?i(?:'d| had) (?:already )?(?:picked|pick|chosen|set) "
        r"(?:a|the) (?:date|day)\W*$",
        unnamed=True,
    ),
    # an engine run in a closed garage
    cue(
        "suicidal_ideation",
        r"\b(?:turn|run|leav|start|switch)\w* (?:the|my) (?:engine|car|motor) (?:on|running)\b"
        r"[^.?!]{0,60}?\b(?:garage|just (?:sit|sitting|stay|staying) there|door (?:down|shut|"
        r"closed))|\bgarage\b[^.?!]{0,60}?\b(?:engine|motor) (?:on|running|going)\b|"
        r"\b(?:engine|motor)\b[^.?!]{0,30}?\bgarage (?:shut|closed|door (?:down|shut|closed))\b",
        unnamed=True,
    ),
    # saved pills pictured taken at once
    cue(
        "suicidal_ideation",
        rf"\b{_THOUGHT} (?:about |of |to )?(?:\w+ )?(?:take|taking|swallow\w*|down\w*) (?:all of "
        r"(?:them|it|the \w+|my \w+)|them all|the lot|every (?:one|last one) of them)(?: at once| "
        r"together| in one go)\b",
        unnamed=True,
    ),
    # self-harm: a blade taken to one's own body, or used on it ("I took a razor to my legs in
    # the bathroom", "I did it last week, on me arm, with the blade out of a pencil sharpener";
    # not "... to shave", not "a razor to my legs and shaved")
    cue(
        "self_harm",
        r"\bi (?:took|take|put) (?:a|the|my) (?:razor|blade|knife|compass|scissors|glass) to my "
        r"(?:own )?(?:arms?|legs?|wrists?|thighs?|stomach|skin|hips?|body|face)\b"
        r"(?![^.?!]{0,40}\b(?:shav\w*|wax\w*|trim\w*))|"
        r"\bi (?:did it|done it|cut|did that)\b[^.?!]{0,30}?\bon (?:my|me) (?:own )?(?:arms?|legs?|"
        r"wrists?|thighs?|stomach|skin|hips?)\b[^.?!]{0,20}?\bwith (?:a|the|my) (?:blade|razor|"
        r"knife|sharpener|glass|compass|scissors)\b|"
        # the act's own sentence heard apart: "On me, arm with the blade out of a pencil sharpener."
        r"^on (?:my|me),? (?:own )?(?:arms?|legs?|wrists?|thighs?|stomach|hips?)\b[^.?!]{0,10}?"
        r"\bwith (?:a|the|my) (?:blade|razor|knife|sharpener|glass|compass|scissors)\b",
        True,
    ),
    # self-harm: one's head struck against a thing, or the thing head-butted
    cue(
        "self_harm",
        r"\bi (?:head-?butt(?:ed)?|head butted) (?:the|my|a) (?!ball\b|him\b|her\b)\w+|"
        r"\b(?:smash|bang|bash|hit|slam|knock)\w* my (?:head|fists?|hands?|face) (?:against|on|"
        r"into) (?:the |a |my )?\w+(?: \w+)?\b[^.?!]{0,20}?\b(?:until (?:it|i|they) (?:bled|was "
        r"bleeding|split|bruised|passed out|saw stars)|over and over|again and again|on purpose|"
        r"deliberately)\b|"
        r"\bi wanted my (?:head|hands?|arms?|body|skin|legs?|knuckles|face) to hurt\b|"
        # a thing punched until one's own hand broke: "I punched the mirror and my knuckles split"
        r"\b(?:punch|hit|smash|bang|kick|batter|bash|thump|belt|hammer|pound)\w* (?:(?:the|a|my) "
        r"(?:\w+ )?)?(?:wall|mirror|door|window|locker|wardrobe|bulkhead|"
        r"fridge)s?\b[^.?!]{0,40}?\bmy "
        r"(?:knuckles|hand|hands|fist|fingers|foot) (?:split|"
        r"bled|bleed|broke|were bleeding|was bleeding|needed)\b(?! from (?:the )?(?:cold|frost|"
        r"wind|weather|dry air)\b)",
        True,
    ),
    # harm to others: something thrown at a person, a person bitten, a weapon or something in a
    # drink pictured used on someone
    cue(
        "harm_to_others",
        r"\bi (?:\w+ ){0,5}?(?:and )?(?:threw|hurled|chucked|flung|lobbed) "
        r"(?!up\b|(?:a|the|my) (?:party|glance|look|fit|wobbly|tantrum|strop|smile|ball|frisbee|"
        r"pillow|snowball|kiss|treat|dart)\b)[^.?!]{0,25}?"
        r"(?<!\bnot )(?<!\bnever )\bat "  # "at the wall, not at him"
        r"(?:her|him|them|\[person\]|my (?:wife|husband|partner|son|daughter|mum|mom|dad|mother|"
        r"father|boyfriend|girlfriend|brother|sister|kids?|child|baby))\b|"
        rf"\bi (?:bit|bite|bitten) {_PEOPLE}\b",
        True,
    ),
    cue(
        "harm_to_others",
        rf"\b{_THOUGHT} (?:about |of )?[^.?!]{{0,50}}?\b{WEAPON}\b[^.?!]{{0,70}}?(?:\bto (?:his|"
        r"her|their) (?:head|face|skull|knees?|legs?)\b|\bon (?:him|her|them)\b|"
        r"\bgiv\w* (?:him|her|them) a (?:taste|test|whack|crack|smack)\b|\ba taste of it\b|"
        r"\b(?:hit|hitting|smash\w*|bash\w*|stab\w*|hurt\w*) (?:him|her|them|his|their)\b)|"
        rf"\b{_THOUGHT} (?:about |of |to )?[^.?!]{{0,60}}?\b(?:put|putting|slip|slipping|spik\w*|"
        r"add\w*) (?:something|stuff|a little something|poison|bleach|antifreeze|rat poison|"
        r"(?:some of )?(?:my|the) (?:pills|tablets)) (?:in|into) (?:it|(?:his|her|their) \w+)\b",
        unnamed=True,
    ),
    # "I wouldn't touch him", "I've never laid a finger on her": only ever a denial
    cue(
        "harm_to_others",
        r"\b(?:touch|touched|lay a (?:finger|hand) on|laid a (?:finger|hand) on|raise a hand to|"
        r"raised a hand to) (?:him|her|them|\[person\]|my (?:wife|husband|partner|son|daughter|"
        r"kids?|children|boyfriend|girlfriend|flatmate|brother|sister))\b",
        True,
        denies=True,
    ),
    # abuse of the client: a shove out of a vehicle, one's hands struck with something, a head
    # held under water, one's medicine or aids hidden, a threat with its condition, locked out
    cue(
        "abuse_or_neglect",
        r"\b(?:shov|push|threw|throw|kick|drag)\w* me out of (?:the |a |his |her |their |my )?"
        r"(?:moving )?(?:car|van|truck|lorry|taxi|cab|vehicle|bed)\b|"  # "out of the bed"
        rf"\b{ACTOR}(?:'d| would| used to)? (?:hit|hits|rap|rapped|raps|smack\w*|whack\w*|strike|"
        rf"struck|beat|cane\w*|belt\w*|whip\w*|slap\w*) my {_BODY}\b|"
        r"(?<!\bi )\b(?:held|holds|hold|pushed|forced|shoved|dunked|put)\w* my (?:head|face) "
        r"(?:under|into|in|down)\b[^.?!]{0,20}?\b(?:water|bath\w*|sink|toilet|pool|pillow)\b",
    ),
    cue(
        "abuse_or_neglect",
        # kept from one, not kept for one ("My sister keeps my tablets. Only one week at a time.":
        # the means held safe)
        rf"\b{ACTOR}(?:'d| would| used to)? (?:(?:hid|hide|hides|hiding|took|take|takes|taking|"
        rf"withheld|withhold\w*|lock\w* (?:up|away)) my {_AIDS}\b|(?:kept|keep|keeps|keeping) my "
        rf"{_AIDS} (?:from|away from|off) me\b)"
        r"(?![^.?!]{0,30}\b(?:to (?:the )?(?:pharmacy|chemist|get|be|refill|fix|repair)|for me|"
        r"with (?:him|her) to|safe|(?:a|one) week at a time|so (?:i|that i) (?:can't|don't|"
        r"won't))\b)|"
        rf"\b{ACTOR}(?:'d| would| used to)? lock(?:ed|s)? me (?:out|in)\b(?! of (?:my|the) "
        r"(?:account|computer|phone|email|laptop))|\block\w* the (?:bathroom|toilet|fridge|food|"
        r"kitchen|cupboards?) and (?:kept|keep|took|take|hid|hide) the key",
    ),
    cue(
        "abuse_or_neglect",
        r"\b(?:he|she|they) (?:said|says|told me|threatened|swore|warned)\b[^.?!]{0,40}?\b(?:he|"
        r"she|they)(?:'d|'ll| would| will| was going to| is going to| were going to) (?:cut|stab|"
        r"kill|hurt|strangle|shoot|burn|choke|break|smash|beat|batter|punch|kick)\b[^.?!]{0,20}?"
        rf"\b(?:me|my {_BODY})\b",
    ),
)
