"""Harm to others told by vows, plots and rough hands, and abuse or neglect by keepers (issue 17's
fifty-fourth pass, from the fourteenth battery's misses, each made general): someone followed home
and a plan to go in; "me and the lads" doing someone in; "got rough with" a partner; "ima" and
"confirm I" before a blow; a weapon "not for the rabbits"; others sent to "sort him out"; a group
made to pay; acid bought and waited with; a partner's neck squeezed; "next time it's him, not the
car"; a parent left in a soiled pad; "he walked me into a door"; "flogged" and sent to hawk instead
of school; dinner withheld as punishment; papers held "so I stay"; a clip round the ear; children
shut in a room while one goes out. Cues as in risk_cues, whose shape they share. Patterns run on
lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue

#: someone else, as the object of a blow
_HIM = (
    r"(?:him|her|them|am|that (?:guy|bloke|man|woman|lad|prick|idiot|fella|girl|boy)|my (?:\w+ )?"
    r"(?:boss|manager|supervisor|colleague|neighbou?r|ex|landlord|brother|sister|cousin|teacher))"
)
#: a partner or one in the family
_PARTNER = (
    r"(?:my (?:missus|wife|husband|partner|girlfriend|boyfriend|girl|fella|bird|old lady|other "
    r"half|son|daughter|kids?|mum|mam|dad)|her|him)"
)
#: one who keeps a child or a worker
_KEEPER = (
    r"(?:he|she|they|aunty|auntie|aunt|uncle|oga|madam|my (?:step ?mum|step ?mom|step ?dad|"
    r"step ?mother|step ?father|stepmum|stepdad|mum|mam|mom|dad|mother|father|aunt|aunty|auntie|"
    r"uncle|gran|nan|grandma|grandad|foster \w+|carer|husband|wife|partner|boyfriend|girlfriend|da|"
    r"old man|old dear|old lady)|"
    r"(?:me|mi) (?:old man|old dear|old lady|da|dad|mam|ma))"
)
#: a dependent one keeps
_DEPENDENT = (
    r"(?:my (?:mum|mam|mom|dad|nan|gran|father|mother|husband|wife|grandad|grandma|brother|sister|"
    r"son|daughter)|him|her|them|the (?:twins|kids|baby|babies|children|little ones))"
)

CUES: tuple[Cue, ...] = (
    cue(
        "harm_to_others",
        # someone followed home and a plan to go in: "I've been tailing her after work and I'm
        # going in one night" (not "following him on Instagram, and I'm going in for the job")
        r"\b(?:following|followed|tailing|tailed|stalking|watching) (?:him|her|them)\b(?! on "
        r"(?:insta\w*|twitter|tiktok|x|facebook|social media|youtube))[^.?!]{0,120}?\bi(?:'m| am|"
        r"'ll| will) (?:going|gonna|go|get|break) in\b(?! for (?:the|a|an) \w+)[^.?!]{0,20}?\b"
        r"(?:one|some|at|a|tonight|this) ?(?:night|weekend|day|evening)\b",
        True,
    ),
    cue(
        "harm_to_others",
        # a gang's plan with the speaker in it: "me and the lads are going to do him in", "me and
        # my cousins gonna batter him Friday" (not "me and the boys are going to do the match":
        # a person done in)
        r"\bme and (?:the|my|a few|some) (?:\w+ )?(?:boys|lads|guys|mates|cousins|brothers|crew|"
        r"gang|friends|bredrin|mandem|squad)(?: are| is|'re)? (?:gonna|going to|gon|finna|about "
        rf"to|will) (?:do {_HIM} in|batter {_HIM}|jump {_HIM}|kill {_HIM}|stab {_HIM}|shank {_HIM}"
        rf"|beat {_HIM} up|sort {_HIM} out|merk {_HIM}|smash {_HIM})\b",
        True,
    ),
    cue(
        "harm_to_others",
        # "I got a bit rough with my wife", "I've been getting physical with my girlfriend" (not
        # "got a bit rough with the dough", nor "rough with the dog when I trained him")
        rf"\bi(?:'ve| have|'d| had)? (?:got|get|gets|getting|been getting|was|been) (?:a (?:bit|"
        rf"little|tad) |too |quite |really )?(?:rough|physical|handsy|heavy-handed|heavy handed) "
        rf"with {_PARTNER}\b(?! (?:dough|pastry|paint|ball)\b)",
        True,
    ),
    cue(
        "harm_to_others",
        # "ima stab him", "imma run her over" ("i'm", "i'ma" as `spoken_i` writes them), Singapore
        # English "confirm I slash him" (not "ima kill it at the gig": a person, not "it"; not
        # "I'm sure I beat him at chess", nor "confirm I cut him off": no "sure", no beating)
        rf"\b(?:ima|imma|i'ma|i'mma|i'mo|i'm) (?:kill|stab|shoot|beat|batter|smash|hurt|slap|punch|"
        rf"merk|shank|slash|cut|jump|knock out|run over) {_HIM}\b|"
        rf"\b(?:ima|imma|i'ma|i'mma|i'mo|i'm) (?:run|knock) {_HIM} (?:over|out)\b|"
        rf"\b(?:confirm|confirm plus chop|die die) i (?:slash|stab|whack|hammer|kill|chop|cut|"
        rf"punch|slap) {_HIM}\b(?! (?:off|out|in|up|short|loose|some slack|a deal)\b)",
        True,
    ),
    cue(
        "harm_to_others",
        # a weapon, and not for the game: "it's not for the foxes, it's for him" (not "not for the
        # rabbits, for the garden": a person after it)
        r"\bnot for (?:the )?(?:rabbits|foxes|deer|pigeons|rats|crows|hunting|shooting|target "
        r"practice|the range|the farm|vermin|pests|the garden),? (?:it's |but |it is )?(?:for "
        rf"){_HIM}\b",
        True,
        unnamed=True,
    ),
    cue(
        "harm_to_others",
        # others sent to harm someone: "I put his address up and told the lads to go sort him out",
        # "got my cousins to jump him" (not "told people to go sort out the food")
        r"\b(?:told|asked|got|paid|sent|messaged) (?:people|everyone|the (?:lads|boys|mandem)|my "
        r"(?:mates|cousins|boys|brothers|lads|friends)|some (?:lads|guys|people)|them) to (?:go )?"
        rf"(?:sort {_HIM} out|get {_HIM}|do {_HIM} in|jump {_HIM}|batter {_HIM}|beat {_HIM} up|"
        rf"hurt {_HIM}|kill {_HIM}|stab {_HIM}|teach {_HIM} a lesson|pay {_HIM} a visit)\b",
        True,
    ),
    cue(
        "harm_to_others",
        # a whole group made to pay: "I'm going to make them all pay", "make the whole office
        # pay, I've got names" (not "make the whole team pay for dinner": no "for" after)
        r"\b(?:i'm|i am|im|i'll|i will|gonna|going to) make (?:the whole|all the|every ?one|all of|"
        r"them all|all) ?(?:\w+ )?pay\b(?! (?:for|the|up|their|back|in)\b)",
        True,
    ),
    cue(
        "harm_to_others",
        # acid bought, and waited with: "I don buy acid, I dey wait for am", "got some acid and
        # I'm waiting for him" (not "bought acid for the drain")
        r"\b(?:bought|buy|got|get|getting|buying)\b[^.?!]{0,20}?\bacid\b(?! for (?:the )?(?:drain|"
        r"sink|toilet|battery|pool|cleaning))[^.?!]{0,40}?\b(?:wait(?:ing)? for (?:am|him|her|them|"
        r"that \w+)|for (?:his|her) face)\b",
        True,
    ),
    cue(
        "harm_to_others",
        # a partner's neck squeezed: "I grab my wife's throat when she won't shut up" (not "I
        # squeeze my neck when it's stiff": another's neck)
        r"\bi (?:\w+ )?(?:squeeze|squeezed|squeezing|grab|grabbed|grabbing|press|pressed|pressing|"
        r"choke|choked|hold|held) (?:my (?:\w+ )?(?:girlfriend|boyfriend|wife|husband|partner|"
        r"missus|son|daughter|kid|brother|sister|mum|mam|dad|ex)'?s?|her|his|their) (?:neck|throat)"
        r"\b",
        True,
    ),
    cue(
        "harm_to_others",
        # property harmed, and the person next: "I keyed his car, and next time it's him, not the
        # car" (not "next time it's him, not me, doing the dishes")
        r"\bnext time (?:it'?s|it is|it'll be|it will be|it'?ll be) (?:him|her|them|his face|her "
        r"face|you),? (?:not|instead of) (?:the|his|her|their|your) (?:car|tyres|van|house|window|"
        r"windows|door|bike|motor|shop|stuff)\b",
        True,
        unnamed=True,
    ),
    cue(
        "abuse_or_neglect",
        # a dependent left in a soiled pad: "I leave my dad in the same nappy all day", "left her
        # in the wet pad overnight" (not "I leave the baby in the same room all day": a pad)
        rf"\b(?:leav\w*|left|keep\w*|kept) {_DEPENDENT} in (?:the )?(?:same|wet|dirty|soiled|"
        r"soaking) (?:pad|pads|nappy|nappies|diaper|diapers|incontinence pad|pull-?ups?)\b",
        False,
        by_client=True,
    ),
    cue(
        "abuse_or_neglect",
        # an excuse turned: "he walked me into a door", "she walked me into the wall" (not "he
        # walked me into the room")
        r"\b(?:he|she|they|my \w+) (?:walked|pushed|shoved|threw|slammed|ran|marched) me into (?:a|"
        r"the) (?:door|wall|doorframe|door frame|cupboard|table|fridge)\b",
        False,
    ),
    cue(
        "abuse_or_neglect",
        # beaten, in Pidgin: "she dey flog me", "my uncle don flog me" (not "I flog my phone on
        # eBay": done to me)
        rf"\b{_KEEPER} (?:dey |don |go |kin |always |still )?(?:flog|flogs|flogged|whip|whips|"
        r"whipped|lash|lashes|lashed|koboko) me\b|"
        # a child sent to work instead of school: "she makes me sell at the market instead of
        # school" (not "I sell at the market instead of school on Saturdays": made to)
        rf"\b{_KEEPER} (?:dey |don |always )?(?:make|makes|made|force|forces|forced) me (?:to )?"
        r"(?:hawk|sell|work|beg|trade)\b[^.?!]{0,40}?\binstead of (?:going to )?school\b",
        False,
    ),
    cue(
        "abuse_or_neglect",
        # food withheld as punishment: "my stepdad won't let me have tea if I answer back" (not
        # "mum doesn't let me have dinner before I finish homework": "if I" talk back or the like)
        rf"\b{_KEEPER} (?:doesn't|don't|won't|does not|will not|didn't|did not) (?:let me|give me) "
        r"(?:have |eat )?(?:any )?(?:dinner|tea|supper|food|lunch|breakfast|a meal|anything to eat)"
        r" (?:if|when|whenever) i (?:talk back|answer back|back-?chat|cry|argue|speak up|misbehave|"
        r"get (?:it )?wrong|don't (?:listen|obey))\b",
        False,
    ),
    cue(
        "abuse_or_neglect",
        # papers held so one stays: "she's got my passport so I can't go", "he has my visa papers
        # so I just stay" (not "my husband's got my passport in the safe")
        r"\b(?:he|she|they|my \w+)(?:'s| has| have|'ve) (?:got|taken|kept) (?:my|our) (?:visa "
        r"|immigration )?(?:passport|papers|documents|visa|id)\b[^.?!]{0,20}?\bso i (?:just |have "
        r"to |must )?(?:stay|can't (?:leave|go)|cannot (?:leave|go))\b",
        False,
    ),
    cue(
        "abuse_or_neglect",
        # a clip round the ear: "me da still clips me round the ear with his belt", "she boxed me
        # round the ears" (not "the hairdresser clipped round my ears": me, not my hair)
        rf"\b{_KEEPER} (?:\w+ )?(?:clips|clipped|clip|cuffs|cuffed|clouts|clouted|boxes|boxed|"
        r"skelps|skelped|smacks|smacked|belts|belted) me (?:round|around|across|on|upside|over) "
        r"(?:the|ma|my|me) (?:ear|ears|head|face|lug|lugs)\b",
        False,
    ),
    cue(
        "abuse_or_neglect",
        # children shut away by the client: "I lock the kids in their room all day while I go out"
        # (not "I shut the dog in the kitchen", nor "the kids in their room for a nap")
        r"\bi (?:\w+ )?(?:shut|shuts|lock|locks|locked|leave|left) (?:them|the (?:twins|kids|baby|"
        r"babies|children|little ones)|my (?:kids|children|baby|twins|son|daughter)) in (?:their|"
        r"the|her|his) (?:room|rooms|bedroom|cot|cots)\b[^.?!]{0,30}?\b(?:all day|all night|"
        r"while i (?:go|went) out|for hours)\b",
        False,
        by_client=True,
    ),
)
