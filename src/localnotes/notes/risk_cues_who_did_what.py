"""Harm to others and abuse told as who did what to whom, over many verbs of force at once (issue
17's forty-second pass): "I shoved her into the wall", "I spat in his face", "She slaps the baby
when he cries", "He throttled me on Saturday", "My uncle pulls my hair".

The two batteries of plain telling written blind in the forty-first pass showed that cues made one
at a time, from one telling, carried about 3 in 100 to the next voice: each voice says the act with
another verb, doer or person done to. Here the act is read from its shape, a doer, a verb of force
in any tense and a person done to, so that a verb learnt once serves every doer and every person.
The client as doer, to another person, is harm to others; another as doer, to the client or to a
child or parent of the client's family, is abuse. Play, sport, games, films, dreams and accidents,
being beaten at something, and the phrasal verbs that are no blow ("hit him up", "kicked me out",
"pushes me to apply", "stabbed me in the back") are kept out. Negation, conditionals and idioms are
read as for every cue (risk_framing). Patterns run on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue
from localnotes.notes.risk_cues_harm import ASLEEP


def _forms(*verbs: str) -> str:
    """An alternation of every form of each verb: "base/3rd person/past/-ing[/other past]", or a
    base whose forms are regular ("shove": shove, shoves, shoved, shoving)."""
    out: set[str] = set()
    for verb in verbs:
        if "/" in verb:
            out.update(verb.split("/"))
            continue
        stem = verb[:-1] if verb.endswith("e") else verb
        third = verb + ("es" if verb.endswith(("sh", "ch", "s", "x")) else "s")
        out.update((verb, third, stem + "ed", stem + "ing", stem + "in'"))
    return "(?:" + "|".join(sorted(out, key=lambda w: (-len(w), w))) + ")"


#: verbs of a blow or of force on a body, in every form
_BLOW = _forms(
    "hit/hits/hit/hitting",
    "punch",
    "slap/slaps/slapped/slapping",
    "smack",
    "kick",
    "shove",
    "thump",
    "whack",
    "wallop",
    "clout",
    "batter",
    "beat/beats/beat/beating/beaten",
    "headbutt",
    "head-butt",
    "backhand",
    "glass/glasses/glassed/glassing",
    "strangle",
    "throttle",
    "choke",
    "bite/bites/bit/biting/bitten",
    "stab/stabs/stabbed/stabbing",
    "scald",
    "drag/drags/dragged/dragging",
    "shake/shakes/shook/shaking/shaken",
    "belt",
    "deck",
    "lamp",
    "leather",
    "kneed/knees/kneed/kneeing",
    "elbow",
    "skelp",
    "clobber",
    "bash",
    "burn/burns/burned/burning/burnt",
    "pinch",
    "boot",
)[:-1] + (
    # pushed, but not "always pushing them" (biscuits offered, or a child urged on): the habitual
    # push urges
    r"|pushed|(?<!always )(?<!constantly )(?<!forever )(?:push|pushes|pushing|pushin')"
    ")"
)
#: a hand put on someone: "grabbed her by the throat", "got him round the neck"
_GRABBED = r"(?:grab|grabs|grabbed|grabbing|got|gets|seized|seizes|took|takes)"
#: said between the doer and the verb: "I just", "I went and", "he's started to", "she'd"
_BETWEEN = (
    r"(?:(?:just|then|also|actually|nearly|almost|really|even|once|twice|again|finally|still|"
    r"always|sometimes|often|proper|properly|kind of|sort of|kinda|sorta|have|had|has|'ve|'s|"
    r"did|does|went and|goes and|go and|ended up|must have|might have|will|'ll|"
    r"used to|used tae|keeps|kept|started to|starts to|started|tried to|tries to|wanted to|wants "
    r"to|"
    r"want to|wanna|gonna|is going to|am going to|'m going to|was going to|was|been|got) )*"
)
#: another person, to whom the client's doing is harm to others
_OTHER = (
    r"(?:him|her|them|'em|my (?:\w+ )?(?:wife|husband|partner|son|daughter|kids?|baby|"
    r"child|children|mum|mam|mom|mother|dad|father|brother|sister|girlfriend|boyfriend|ex|"
    r"missus|fella|gran|nan|grandma|grandad|nephew|niece|stepson|stepdaughter|flatmate|"
    r"roommate|neighbou?r|boss|cousin|uncle|aunt|auntie|little \w+|wee \w+|lad|lass|boy|girl|"
    r"bairns?|weans?)|the (?:kids?|baby|children|wee \w+|little \w+|bairns?|weans?)|"
    r"our (?:\w+ )?(?:kids?|baby|son|daughter|lad|lass|boy|girl|bairns?|weans?|little \w+)|"
    r"some ?one|some ?body|any ?one|any ?body|the (?:\w+ )?(?:guard|bouncer|umpire|referee|ref|"
    r"teacher|nurse|driver|cop|officer|guy|bloke|fella|neighbou?r|landlord|boss|manager|"
    r"supervisor|foreman|doorman|cashier|barman|barmaid))"
)
#: the client, or a child or parent of the client's family, done to
_VICTIM = (
    r"(?:me|us|my (?:\w+ )?(?:kids?|baby|son|daughter|children|boy|girl|little \w+|wee \w+|"
    r"bairns?|weans?|mum|mam|mom|mother|dad|father|nan|gran|grandma|grandad)|the (?:kids?|baby|"
    r"children|wee \w+|little \w+|bairns?|weans?)|our (?:\w+ )?(?:kids?|baby|son|daughter|boy|"
    r"girl|bairns?|weans?|little \w+))"
)
#: who does it to the client: "he", "my husband", "her boyfriend", "the carer", "mum"
_DOER = (
    r"(?:he|she|they|the (?:carer|landlord|boss|coach|pimp|lodger)|(?:my|his|her|their|our) "
    r"(?:\w+ )?(?:husband|wife|"
    r"partner|boyfriend|girlfriend|ex|dad|father|mum|mam|mom|mother|stepdad|stepfather|stepmum|"
    r"stepmother|brother|sister|uncle|aunt|auntie|son|daughter|carer|fella|missus|"
    r"grandad|grandfather|gran|nan|grandmother|cousin|boss|landlord|pimp|coach|"
    r"[\w-]+-in-law)|(?<!the )(?<!that )(?<!this )(?<!\ba )(?:mum|mam|mom|dad|da))"
)
#: what follows the verb and makes it no blow: "hit him up", "kicked me out", "pushes me to
#: apply", "beat me at chess", "shook her hand", "the kids' tea", "stabbed me in the back"
_NOT_A_BLOW = (
    "(?!['\u2019])"  # the kids' tea
    r"(?! (?:up|out|off|away|along|around|round|forward|over|awake|too|harder|hand|back|"
    r"hands|a (?:cd|copy|text|message|line|drink|coffee|pint)|into (?:\w+ing|doing)|to (?!the "
    r"(?:floor|ground)|death)|towards?|at (?:chess|cards|pool|darts|\w+ing|it|everything)|in "
    r"(?:the back|chess|cards|pool|darts|a race|the race|the final|every)|on (?:the swings?|a "
    r"swing|the roundabout)|by (?:\w+ )?(?:points?|goals?|seconds?|a mile)|for (?:the|a) "
    r"(?:ball|bus|seat|job|place|win)|down (?:on|to) (?:a|the|an|what|when))\b|\d)"
)
#: play, sport, games, films, dreams and accidents, where a blow is no harm
_PLAY = (
    r"(?![^.?!]*\b(?:play(?:ing|ed|s)?|play-?fight\w*|messing about|mucking about|tickl\w*|"
    r"wrestl\w*|sparr\w*|boxing|the ring|rugby|football|soccer|hockey|match|training|tackl\w*|"
    r"game|games|chess|pool|darts|karate|judo|kickbox\w*|taekwondo|film|movie|episode|scene|quiz|"
    r"final|race|competition|league|tournament|cup|election|exam|points|"
    r"nightmare|dream|cpr|heimlich|burp\w*|choking on|accident\w*|by mistake|didn't mean|"
    r"pillow fight|joke|joking|jokes|wake|woke|waking|awake)\b)"
)
#: the preposition-led blows: "spat in his face", "stamped on her", "went for him", "flew at me"
_AT = (
    r"(?:(?:spat|spit|spits|spitting|gobbed) (?:in|on|at)|(?:stamped|stamping|stamps|stamp|"
    r"jumped|jumps) on|(?:lashed|lashes|lashing|lash|swung|swings|swinging|swing|lunged|lunges|"
    r"lunging|flew|flies|flying|came|comes|coming|went|goes|going) (?:out )?at|(?:went|goes|"
    r"going) for)"
)


def _did(doer: str, done_to: str, whose: str) -> str:
    """The shape of an act: the doer, what is said between, the verb and the one done to."""
    return (
        rf"\b{doer}(?:'ve|'ll|'s|'m)?\b {_BETWEEN}(?:{_BLOW} {done_to}\b{_NOT_A_BLOW}|{_AT} "
        rf"(?:{done_to}\b(?! (?:a|the|dinner|lunch|drinks?|coffee|tea|birthday|party|night|meal|"
        rf"pint)\b)|{whose} (?:face|head|hair|eyes?|mouth|food|drink|hands?|fingers?|feet|foot)\b)|"
        rf"(?:pin|pins|pinned|pinning) {done_to} (?:down|against|to the (?:wall|floor|ground|"
        rf"bed))\b|"
        rf"{_BLOW} {done_to} (?:out|along|across|down|up)\b[^.?!]{{0,30}}?\bby (?:the|his|her|"
        rf"their|my) (?:hair|neck|throat|arm|collar|ear)\b|"
        rf"{_GRABBED} {done_to} (?:by|round|around) (?:the|my|his|her|their) (?:throat|neck|hair|"
        rf"arm|wrist|collar|shoulders?)\b|(?:pulled|pulls|pulling|yanked|yanks|yanking|ripped|rips|"
        rf"tore) (?:out )?{whose} hair\b){_PLAY}(?![^.?!]{{0,20}}?\b{ASLEEP}\b)"
    )


#: whose face or hair: another's, or the client's and the client's family's
_ANOTHERS = r"(?:his|her|their|my (?:[\w-]+ )?[\w-]+'s|the [\w-]+'s)"
_MINE = r"(?:my|me|ma|mi|my (?:[\w-]+ )?[\w-]+'s|the (?:kids?|baby|children)'s)"


#: "lick" for a blow, as Caribbean English says it, only with what it was done with or "down":
#: "he lick me wid di pot spoon", "she licked the baby with a belt" (not a dog's tongue)
_LICK = (
    r"(?:lick|licks|licked|licking) {0}\b(?: down\b| (?:wid|with) (?!(?:his|her|its|their|he|"
    r"she|a|the|di) (?:tongue|lips?|kisses)\b)(?:di |the |a |an |he |his |her |she |mi |my )?"
    r"(?:\w+ )?(?:spoon|belt|stick|pot|pan|cane|rod|hose|wire|cord|board|broom|shoe|slipper|"
    r"hand|fist|machete|cutlass|bottle|chair|iron|pipe|wood|whip|strap|switch)\b)"
)


CUES: tuple[Cue, ...] = (
    cue("harm_to_others", _did(r"(?:i|ah)", _OTHER, _ANOTHERS), True),
    cue("abuse_or_neglect", _did(_DOER, _VICTIM, _MINE)),
    cue("harm_to_others", rf"\b(?:i|ah) {_BETWEEN}" + _LICK.format(_OTHER), True),
    cue("abuse_or_neglect", rf"\b{_DOER} {_BETWEEN}" + _LICK.format(_VICTIM)),
)
