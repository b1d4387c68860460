"""Risk in the plain words clinicians hear most, which the cues before missed (issue 17's
seventeenth pass, from invented sentences, not from any dialog): "I don't see the point in
living", "I wouldn't care if I got hit by a bus", pills stockpiled, ways to die looked up, a plan
to take one's pills, a bridge and jumping, a cherished thing given away "because I won't need it";
a word carved into one's arm; sex forced, a threat to kill, money or friends kept from one by a
partner, things thrown at one, children left unfed for days. Cues as in risk_cues, whose shape
they share. Patterns run on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue
from localnotes.notes.risk_cues_acts import ACTOR

_PARTNER = r"(?:my (?:husband|wife|partner|boyfriend|girlfriend|ex|fianc[eé]e?))"

#: After "the whole bottle": not of pills, or carried somewhere ("of wine to the party")
_NOT_PILLS = (
    r"(?! of (?:\w+ )?(?:wine|vodka|whisk\w*|gin|rum|beer|cider|water|juice|milk|sweets|"
    r"chocolates?|biscuits|crisps|cookies|cereal|shampoo|sauce|ketchup)\b)"
    r"(?! (?:home|back|with|to|round|over)\b)(?![^.?!]{0,30}\b(?:party|dinner|picnic)\b)"
)

#: what is drunk to die, never as a medicine
_POISON = (
    r"(?:rat poison|poison|bleach|weed ?killer|pesticide|insecticide|antifreeze|paraquat|"
    r"rodenticide|caustic soda|drain cleaner|organophosphates?)\b(?! (?:ivy|oak|courses?|training|"
    r"licen[cs]es?|test|exams?|back|out|off|to|into|up|down|round|away|from|with|for|sprayers?|"
    r"bottles?|compan\w+|shop)\b)"
)

CUES: tuple[Cue, ...] = (
    cue(
        "suicidal_ideation",
        r"\b(?:don't|do not|can't|cannot|didn't|couldn't) see (?:the|any) point (?:in|of) "
        r"(?:living|going on|carrying on|being alive|being here|life|staying alive)\b|"
        # "what's the point of me, you know, being around at all"
        r"\bwhat(?:'s| is) the point (?:in|of) (?:(?:me|my|myself),? (?:(?:you know|like|really|"
        r"honestly|even),? )?)?(?:living|going on|carrying on|being alive|staying alive|being "
        r"(?:here|around)|existing|still being (?:here|around))\b|"
        # "if I don't wake up also never mind"
        r"\bif i (?:don't|didn't|do not|never) wake up,? (?:\w+ )?(?:never mind|so be it|no "
        r"matter)\b|\b(?:wouldn't|would not|don't|do not|didn't|did not) care if i (?:got hit by|"
        r"was hit by|got run over|died|crashed|was killed|stepped in front of|fell asleep and)\b|"
        r"\b(?:stockpil\w*|hoard\w*|stash\w*|saving up|a stash of) (?:my |some |all my |the |"
        r"these )?(?:pills|tablets|meds|medication|painkillers|sleeping pills)\b|"
        r"\b(?:research\w*|look\w* up|googl\w*|search\w*(?: for)?|read about) (?:ways|how|methods) "
        r"to (?:die|kill myself|end (?:it|my life)|overdose)\b|"
        r"\b(?:have|had|made|making|got) a plan (?:to|for) (?:take|taking|overdos\w*|kill\w*|"
        r"end\w*|jump\w*|hang\w*)\b(?! (?:a holiday|the kids|time off|a break)\b)|"
        r"\bjump(?:ing)? (?:off|from|in front of) (?:the |a |my )?(?:bridge|roof|cliff|building|"
        r"platform|train|balcony|window|ledge|car park|multi-storey|overpass)\b|"
        r"\b(?:bridge|cliff|overpass|platform|tracks)\b[^.?!]{0,60}?\b(?:thinking|thought|think) "
        r"(?:about|of) jumping\b(?! (?:ship|rope|in|on)\b)|"
        r"\b(?:think|thinking|thought) about (?:taking|swallowing) (?:all (?:of )?my|all the|"
        r"all of the|the whole (?:box|bottle|pack|packet) of) (?:pills|tablets|meds|medication|"
        r"painkillers)\b|"
        # "I did think about taking the whole bottle of the temazepam" (not of wine or water)
        r"\b(?:think|thinking|thought) about (?:taking|swallowing) the whole (?:box|bottle|pack|"
        rf"packet|lot)\b{_NOT_PILLS}|\btook (?:a |the )?whole bottle\b{_NOT_PILLS}|"
        r"\b(?:crash\w*|driv\w*) (?:the|my) car (?:into \w+ )?on purpose\b|"
        r"\b(?:want\w*|wish\w*) to (?:go to sleep|sleep|fall asleep) (?:forever|for good|and never "
        r"wake up)\b|\b(?:looked at|look at|stood (?:at|on|by)|standing (?:at|on|by)|held|staring "
        r"at)\b[^.?!]{0,40}?\b(?:knives|knife|pills|tablets|bridge|platform|ledge|tracks|rope|gun|"
        r"cliff|balcony)\b[^.?!]{0,30}?\band thought about it\b(?=\s*(?:[.!;]|$|for (?:a |ages|"
        r"hours)))|"
        r"\b(?:don't|didn't|do not|did not) want to wake up(?= (?:in the morning|tomorrow|"
        r"any ?more|again|ever)\b|\W*$)|"
        r"\bgave (?:\w+ ){1,3}away\b[^.?!]{0,30}?\bi (?:won't|will not|wouldn't|will never) "
        r"(?:need|be needing) (?:it|them)\b",
        unnamed=True,
    ),
    # a poison thought of, or taken: "I thought of taking the rat poison we keep for the store",
    # "I drank the bleach" (a poison, not pills: no dose of it is ever an everyday one)
    cue(
        "suicidal_ideation",
        r"\b(?:think\w*|thought|wanted|wanting|want|urges?|tempted|close) (?:about |of |to )?"
        r"(?:tak\w*|drink\w*|swallow\w*|drank|took) (?:the |some |a (?:bottle|cup|glass|tin) of "
        rf"(?:the )?)?{_POISON}|\bi (?:drank|swallowed|took|downed) (?:the |some |a (?:bottle|cup|"
        rf"glass|tin) of (?:the )?)?{_POISON}",
        unnamed=True,
    ),
    cue(
        "harm_to_others",
        r"\b(?:want|wanted|wanting) to (?:hurt|kill|harm|punish)\b[^.?!]{0,10}?\b(?:the )?"
        r"(?:people|person|ones?|guys?|men|man|woman|lads?) (?:who|that)\b|"
        r"\bi (?:threatened|threaten) (?:my |the |a )?[\w ]{0,20}? with (?:a |my |the )?(?:knife|"
        r"gun|bat|hammer|bottle|machete|axe)\b|"
        r"\bi (?:pushed|shoved|threw) (?:my \w+|him|her|them|\[person\]) (?:down|off|against|into|"
        r"across) (?:the )?(?:stairs|wall|floor|door|table|window)\b|"
        # a weapon drawn on someone: "I pulled a knife on him", "held a blade to his throat"
        r"\bi (?:pulled|drew|pull|draw|pulled out|whipped out) (?:a|the|my) (?:\w+ )?(?:knife|gun|"
        r"blade|machete|bat|bottle|screwdriver|hammer|axe|pistol|shotgun|rifle) on (?:him|her|"
        r"them|\[person\]|my \w+|a (?:bloke|guy|man|lad|woman|fella)|the (?:bloke|guy|man|lad|"
        r"dealer|woman|fella))\b|"
        r"\bi (?:held|put|pressed) (?:a|the|my) (?:knife|blade|gun|pistol|screwdriver|bottle) "
        r"(?:to|against) (?:his|her|their|\w+'s) (?:throat|neck|head|face|chest)\b",
        True,
    ),
    # "self-harm" as speech recognition hears it: "That's a good step, any cell farm?"
    cue("self_harm", r"\b(?:cell|self)[\s-]farm(?:ing)?\b"),
    cue(
        "self_harm",
        r"\b(?:carv|etch|scratch|cut)\w* (?:[\w']+ ){0,3}(?:into|in|on) (?:my|your) "
        r"(?:(?:fore)?arms?|legs?|wrists?|thighs?|skin|stomach|hands?)\b"
        # (not "the scratches on my arms, that's the new kitten", p24)
        r"(?![^.?!]{0,60}?\b(?:kittens?|cats?|puppy|dogs?|brambles?|thorns?|rose ?bush|hamster|"
        r"rabbit|parrot|ferret)\b)",
        True,
    ),
    cue(
        "abuse_or_neglect",
        rf"\b{ACTOR} (?:stalks?|stalked|stalking|is stalking|has been stalking) me\b|"
        r"\b(?:forced|made|pressured|pressures|forces|coerced) (?:me|you) (?:in)?to (?:have sex|"
        r"(?:have |do |take part in )?sexual (?:activit\w+|acts?|things)|sleep with|"
        r"do (?:sexual )?things|perform|touch him|touch her|"
        # "Has he ever forced you into anything sexual?", "... to do something sexual"
        r"(?:do )?(?:anything|something|things) sexual)\b|"
        rf"\b{ACTOR} (?:threatens?|threatened|threatening|keeps threatening) to (?:kill|hurt|beat|"
        r"stab|shoot|burn|break|strangle) (?:me|us|my)\b|"
        rf"\b{ACTOR} (?:threatens?|threatened|threatening|keeps threatening) to take "
        r"(?:the|my|our) (?:kids|children|baby|son|daughter)\b|"
        r"\b(?:he|she) (?:won't|will not|wouldn't|doesn't|does not|never) let(?:s)? me have "
        r"(?:any )?(?:money|a phone|a bank account|my own money)\b|"
        rf"\b{ACTOR}(?:'d| would| used to)?(?: \w+s (?:at )?me and)? (?:throws?|threw|hurls?|"
        r"hurled|chucks?|chucked) "
        r"(?:things|stuff|plates|objects|whatever|cups|bottles|\w+) at me\b|"
        rf"\b{_PARTNER} (?:controls?|controlled|takes|took|keeps|kept) (?:all )?(?:the |my |our )?"
        r"(?:money|finances|bank cards?|pension|benefits|wages)\b|"
        rf"\b{_PARTNER} (?:won't|will not|wouldn't|doesn't|does not|never) let(?:s)? me (?:see|"
        r"talk to|call|visit) (?:my )?(?:friends|family|mum|mom|sister|brother|parents)\b|"
        rf"\b{_PARTNER}\b[^.?!]{{0,30}}?\b(?:won't|will not|wouldn't|doesn't|does not|never) "
        r"let(?:s)? me (?:go out|"
        r"leave the house|have (?:my own )?(?:money|a phone|a bank account))\b|"
        r"\bmy (?:carer|son|daughter|grandson|granddaughter|nephew|niece|son-in-law|"
        r"daughter-in-law) (?:takes|took|keeps|kept|spends|spent|steals|stole|uses|used) my "
        r"(?:pension|benefits|money|savings|bank card|card)\b(?! (?:to|in|for me)\b)|"
        # (the cue starts at the act: "nobody" before it is no denial)
        r"(?:(?<=\bnobody )|(?<=\bno one )|(?<=\bshe )|(?<=\bhe )|(?<=\bthey )|(?<=\bmum )|"
        r"(?<=\bmom )|(?<=\bdad ))(?:fed|feed|looked after|washed|bathed) (?:us|me)\b[^.?!]{0,20}?"
        r"\bfor (?:days|weeks|a week|two days|three days)\b",
    ),
    # plain words heard often (a probe of common statements): "I'm tired of living/life", "I don't
    # care if I live or die", things given away "for after I'm gone", a gun "used on myself"
    cue(
        "suicidal_ideation",
        r"\b(?:tired|sick|weary) of (?:living|being alive|life)\b(?! (?:with|in|at|here|there|like|"
        r"on|under|next|near|off|so|for|as|of|without|being)\b)|"
        r"\bcare (?:if|whether) i live or die\b|"
        r"\b(?:giv\w*|gave) (?:\w+ ){0,3}away\b[^.?!]{0,60}?\b(?:after|when|once|for when) "
        r"i(?:'m| am) (?:gone|dead|not here)\b|"
        r"\b(?:using|use|used|turn\w*|point\w*) (?:the|a|my|his|her|\w+'s) (?:gun|rifle|shotgun|"
        r"pistol|knife) on myself\b|\b(?:gun|rifle|shotgun|pistol|knife)\b[^.?!]{0,60}?\b(?:using|"
        r"use|used|turn\w*|point\w*) (?:it|them) on myself\b",
        True,
    ),
    # done to the client at home ("I get hit at home"), a dependant left wet in bed all day, and
    # children no one looks after
    cue(
        "abuse_or_neglect",
        r"\b(?:i|we) (?:get|got|gets|used to get|would get) (?:\w+ )?(?:hit|beaten|slapped|kicked|"
        r"punched|smacked|hurt|beaten up|belted|thumped) at home\b|"
        r"\b(?:leaves?|left|leaving) (?:me|him|her|them|us) (?:in (?:my |his |her |a )?"
        r"(?:pad|nappy)|in (?:bed|my bed|his bed|her bed|"
        r"the chair|my chair|a wet bed)|wet|soiled|dirty)\b[^.?!]{0,12}?\b(?:all day|all night|"
        r"for hours|overnight|for days|until|till)\b|"
        r"(?:(?<=\bnobody )|(?<=\bno one )|(?<=\bno-one ))(?:looks|looked) after us\b",
    ),
)
