"""The words of risk: what suicidal ideation, self-harm, harm to others and abuse or neglect sound
like in a session. The idioms that only sound like them, and the other words around a cue that
change what it says, are in risk_framing; the words of self-harm said plainly in
risk_cues_self_harm, of harm to others in risk_cues_harm, and of abuse and neglect in
risk_cues_abuse.

Cues are specific on purpose: "kill myself", never "killing me"; "want to die", never "died". A
cue said about oneself ("I", "myself", "my life") can be a statement; said about "you" it is the
clinician asking, and only the answer decides. Patterns run on lowercase text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from localnotes.notes.risk_phrases import DEATH_IF, GONE, NOT_WHERE_OR_WHEN, WELCOMED

SELF = r"(?:my|your|them|him|her) ?sel(?:f|ves)(?![- ](?:worth|esteem|image|confidence|respect))"
PEOPLE = (
    r"(?:him|her|them|some ?one|some ?body|any ?one|any ?body|people|others|other people|"
    r"(?:someone|somebody|anyone|anybody) else|the (?:baby|kids?|children|boys|girls|lads)|"
    r"my (?:\w+ )?(?:boss|wife|husband|partner|son|daughter|kids?|baby|child|children|mom|mother|"
    r"dad|father|brother|sister|neighbou?r|co-?worker|ex|boyfriend|girlfriend|roommate|manager|"
    r"teacher|supervisor|stepfather|stepdad|family|flatmate|housemate|mate|friend|colleague|cousin|"
    r"uncle|aunt|nan|gran|grandma|grandad|mum|mam|missus|fella|hubby|other half|cellmate)|(?:the|"
    r"that|this) (?:old )?(?:guy|bloke|lad|fella|man|woman|person|boy|neighbou?r)|\[person(?=\])|"
    # "hurt Pat, or anyone?", "I'd never hurt a person"
    r"one of the \w+|(?:mr|mrs|ms|dr)\.? (?:[a-z]+|\[person(?=\]))|\w+,? or (?:anyone|anybody|"
    r"someone|somebody)(?: else)?|a (?:person|human being|living soul|soul))"
)
#: What is thrown at someone in a fight
THROWN = (
    r"(?:plate|glass|bottle|chair|phone|cup|mug|knife|shoe|book|remote|bowl|pan|lamp|stool|"
    r"vase|controller)s?"
)


# "cutting carbs", "cutting my hair", "cutting the grass": cutting something, not oneself
NOT_CUTTING_SOMETHING = (
    r"(?! (?:back|down|out|off|up|corners|class(?:es)?|school|ties|costs?|hours|carbs|sugar|"
    r"calories|meat|bread|hair|wood|grass|paper|coupons|onions|vegetables|people|it|them|that|"
    r"this|the|a|an|some|my (?!arms?|legs?|wrists?|thighs?|skin|stomach|hips?|body)\w+)\b)"
)


@dataclass(frozen=True)
class Cue:
    kind: str
    pattern: re.Pattern[str]
    first_person: bool  # the cue itself says who: "kill myself", "my life", "better off without me"
    inverted: bool = False  # "do you feel safe at home?": yes means no risk
    denies_only: bool = (
        False  # "I'm not going to do anything to him": said plainly, it says nothing
    )
    # said of no one ("it'd be easier not to be around"), in a sentence whose first person named,
    # if any, is the speaker: the speaker's own
    unnamed_is_speaker: bool = False
    # neglect of someone in one's care is reported whoever does it, the client too ("I left him
    # alone for three hours")
    by_client_too: bool = False


def cue(
    kind: str,
    pattern: str,
    first_person: bool = False,
    inverted: bool = False,
    denies: bool = False,
    unnamed: bool = False,
    by_client: bool = False,
) -> Cue:
    return Cue(kind, re.compile(pattern), first_person, inverted, denies, unnamed, by_client)


CUES: tuple[Cue, ...] = (
    # suicidal ideation, active and passive
    cue("suicidal_ideation", rf"\b(?:kill|killing|killed|kills) {SELF}\b(?! laughing)", True),
    cue("suicidal_ideation", r"\bsuicid\w*"),
    cue(
        "suicidal_ideation",
        # ("bending your life": "ending" as speech recognition heard it twice)
        r"\b(?:end|ending|ended|bending|take|taking|took) (?:my|your) (?:own )?life\b",
        True,
    ),
    cue("suicidal_ideation", r"\bend(?:ing)? it all\b|\bend(?:ing)? everything\b"),
    cue(
        "suicidal_ideation",
        r"\b(?:easier|better|rather|wish\w*|want\w*|prefer\w*|"
        r"mind)\b[^.?!]{0,40}?\bnot (?:to )?(?:be|being|exist\w*)(?: here| around| alive)?"
        r"(?=\s*(?:[.,;:!?\"”]|$|(?:any ?more|at all|and|but|or|because|some days|"
        r"than (?:look|be|live|feel|face|go)\w*)\b))|"
        r"\b(?:easier|better) (?:off )?(?:to be|being) dead\b",
        unnamed=True,
    ),
    cue(
        "suicidal_ideation",
        r"\bnot (?:be|being) (?:here|around|alive) any ?more\b|"
        # "I wouldn't object if I went in my sleep", "I wouldn't care if I died"
        r"\b(?:wouldn't|would not|don't|do not) (?:mind|object|care)\b[^.?!]{0,20}?\bif i "
        r"(?:just )?(?:died|passed (?:away|on)|went in my sleep|didn't wake up|never woke up)\b",
    ),
    cue(
        "suicidal_ideation",
        # "wake out" is "wake up" as speech recognition heard it once ("you wouldn't wake out.")
        # "I'd have happily not woken up" (not "... for one week": a rest wished)
        r"\b(?:mind|wish\w*|hop\w*|rather|want\w*|sleep and|pray\w*|happily|gladly)\b[^.?!]{0,25}?"
        # "Wish I no wake up" (Hawaiian Pidgin and other Englishes: "no" for "not")
        r"\b(?:not|no|never|won't|wouldn't|will not|would not|don't) (?:to )?(?:wake|waking|woke|"
        r"woken) (?:up|out)\b"
        r"(?! (?:on time|in time|early|late|until|till|at(?! all\b)|before|the|with|to|in the "
        r"middle|for (?!ever\b)[\w ]{0,12}?\b(?:weeks?|days?|hours?|months?|fortnight|weekend)\b))|"
        # "Do you mean you wish you didn't wake up?" (not "... didn't wake up so early")
        r"\b(?:wish\w*|rather)\b[^.?!]{0,25}?\b(?:didn't|did not) (?:wake|woke) up"
        r"(?=\s*(?:[.,;:!?]|$|at all\b|any ?more\b|again\b))",
    ),
    cue(  # (and "I want to dead", Jamaican and West African English)
        "suicidal_ideation",
        r"\b(?:want|wanted|wanting|wants|wish|wishes|wished|wishing|(?:'d|would) like) to "
        r"(?:just )?(?:die|dead(?= *(?:[.,;!?]|$|now\b|today\b))|be dead|not exist|stop existing|"
        r"cease to exist|stop being alive)\b(?! for (?:a |an )?(?:while|bit|day|week|hour|few))",
    ),
    cue(
        "suicidal_ideation",
        r"\bwish(?:ed|ing)? (?:i|you) died\b|\bwish(?:ed|ing)? (?:that )?(?:i|you)(?:'d| (?:was|"
        r"were|had|could|would)) (?:just )?(?:be )?(?:dead|died|die|never been born|disappear "
        r"forever)\b|"
        r"\bwish(?:ed|ing)? (?:i|you) (?:wasn't|weren't|"
        r"was not|were not) (?:alive|here|around|born)\b",
        True,
    ),
    cue(
        "suicidal_ideation",
        r"\bbetter off (?:dead|not (?:here|around|alive|being (?:here|around|alive))|"
        r"without (?:(?:the|all the) (?:expense|cost|burden|bother|worry|trouble|hassle) of )?"
        r"(?:me|you)(?! (?!being\b)\w+ing\b)|if " + GONE + r")|\b(?:would|'d|will) be "
        r"(?:better|safer) without (?:me|you)\b(?! (?!being\b)\w+ing\b)|"
        r"\bbetter (?:off )?without (?:my|your) (?:\w+ ){1,2}in it\b",
        True,
    ),
    cue(
        "suicidal_ideation",
        r"\b(?:easier|better|simpler|tidier|happier|kinder|lighter|quieter|calmer|cheaper|more "
        r"efficient) "
        r"(?:(?:for|to|on) (?:(?:my|our|the|his|her) )?\w+ )?if " + GONE + "|"
        # a burden told as sleep ("easier for everyone if I just went to sleep"; not "better if I
        # went to sleep earlier")
        r"\b(?:easier|better|simpler|kinder) for (?:everyone|everybody|all of them|them|the family|"
        r"my \w+) if i (?:just |only )?(?:went|go|could go) to sleep(?=\s*[.,;!?]|$| and (?:not|"
        r"never|didn't) wake| for good| forever)",
        True,
    ),
    cue(
        "suicidal_ideation",
        r"\b(?:living|it) (?:isn't|is not|wasn't|was not|isnt|ain't) worth (?:living|"
        r"it any ?more)\b|\bnot worth living\b",
    ),
    cue("suicidal_ideation", r"\b(?:no|any) reasons? to (?:live|go on|keep going|be alive)\b"),
    cue(
        "suicidal_ideation",
        # "I don't think I want to be alive any more" (not a denial: the thought told hedged)
        r"\b(?:don't|do not|didn't|did not)(?: think i| really)? want to (?:live|be alive|go on "
        r"living|exist|go on(?=\s*"
        r"(?:[.,;!?]|$|like this|any ?more))|"
        r"wake up)(?: any ?more)?\b" + NOT_WHERE_OR_WHEN,
    ),
    # "I'm not sure I want to be around for it", "it would be a relief not to wake up to it"
    cue(
        "suicidal_ideation",
        r"\bnot sure (?:that )?i (?:want|wanna) to (?:be (?:here|around|alive)|live|keep going|"
        r"go on)\b(?! (?:in|with|at|near|on|by|there|somewhere|alone|together|when|while|if)\b)|"
        r"\b(?:a relief|easier|better|nice|peaceful|a mercy)\b[^.?!]{0,20}\bnot (?:to )?"
        r"(?:wake|waking) up\b(?! (?:early|at|before|so early|for (?:work|school|\w+ shift))\b)",
        True,
    ),
    cue(
        "suicidal_ideation",
        r"\bnot (?:wanting|want) to (?:live|be alive|be here|be around|exist|wake up)\b"
        r"(?: (?:like this|with (?:this|it|that|the pain))\b)?" + NOT_WHERE_OR_WHEN,
    ),
    cue(
        "suicidal_ideation",
        r"\bthoughts? (?:that )?(?:it's|it is|life's|life is|life isn't) (?:not )?worth (?:it|"
        r"living)\b|\b(?:trying|tried|try) to die\b",
    ),
    cue("suicidal_ideation", rf"\b(?:hang|hanging|shoot|shooting|drown|drowning) {SELF}\b", True),
    # an overdose is often accidental: only one meant, or thought of, is a cue
    cue(
        "suicidal_ideation",
        r"\b(?:try|tried|trying|attempt\w*|want\w*|plann?\w*|going|thought\w*|thinking|think|"
        r"urges?|intend\w*) (?:to |of |about )?(?:an? )?overdos\w*|\b(?:took|take|takes|taking|"
        r"taken) an overdose\b|\boverdos\w* on purpose\b|\b(?:intentional|deliberate|purposeful) "
        r"overdose\b|\boverdos\w* (?:to|so i could) (?:die|end)\b",
    ),
    # "how easy it would be to take one step", "... to just not turn the wheel"
    cue(
        "suicidal_ideation",
        r"\bhow easy (?:it'd|it would|it'll|it will|it is|it's) (?:be )?to (?:just )?(?:take "
        r"(?:one|a|that) step|step (?:off|out|forward|over|in front)|jump|let go|fall|go over|"
        r"drive (?:off|into)|swerve|(?:not|never) (?:turn|brake|stop|swerve|steer|hold on|wake))\b",
        True,
    ),
    cue(
        "suicidal_ideation",
        r"\b(?:turn\w*|jerk\w*|steer\w*) the wheel\b[^.?!]{0,30}\b(?:off|over|into)\b|"
        r"\b(?:jump\w*|driv\w*|go\w*) (?:off|over) (?:the |a )?(?:rail\w*|bridge|edge|cliff|ledge|"
        r"roof)\b|\b(?:jump\w*|step\w*) in front of (?:a |the )?(?:train|bus|truck|car)\b|"
        # "stood at the rail and thought about going over"
        r"\b(?:at|on) the (?:rail\w*|edge|ledge|bridge|cliff|side)\b[^.?!]{0,40}?\b(?:think\w*|"
        r"thought|urge|wanted|wanting) (?:about |of |to )?(?:go\w*|jump\w*|step\w*|throw\w* "
        r"(?:my|your)self) (?:over|off|in)\b|"
        # "the sea could have me too, and it'd be fair": a death let come
        r"\bthe (?:sea|water|river|ocean|waves|cold) (?:could|can|might|may|would|should) "
        r"(?:just )?(?:have|take) me(?: too| as well)?(?=\s*(?:[,.;!?]|$|and\b))",
        True,  # "Go over the edge of the pit." goes on with the speaker's own telling
    ),
    cue(
        "suicidal_ideation",
        r"\bswallow\w* (?:all|a (?:whole )?bottle)\b|"
        # "I took everything in the medicine cabinet" (not "I took all my pills this week")
        r"\b(?:took|swallowed|swallow|take) (?:everything|every pill|all the pills|"
        r"all the tablets) (?:in|from) "
        r"(?:the|my|our) (?:\w+ )?(?:cabinet|cupboard|drawer|box|house)\b|"
        r"\b(?:took|swallowed) (?:all|every one) of (?:my|the|his|her) (?:\w+ )?(?:pills|tablets|"
        r"meds|medication) at once\b|"
        # "I took a handful of my mum's pills" (not "I take a handful of pills every morning")
        r"\b(?:took|swallowed|downed) (?:a (?:whole )?(?:handful|fistful|load|bunch)|handfuls) of "
        r"(?:(?:my|the|her|his|their) )?(?:\w+'s )?(?:\w+ )?(?:pills|tablets|meds)\b"
        r"(?! (?:every|each|a day|in the morning|at night|with)\b)",
    ),
    cue(
        "suicidal_ideation",
        r"\b(?:go to sleep|fall asleep) and (?:never|not)(?: have to| need to)? (?:wake up|"
        r"wake again|come (?:back|round|to))\b(?! (?:before|until|till|early|at|for)\b)",
    ),
    # a death of one's own making ahead of an illness: "I'll end it before this takes me"
    cue(
        "suicidal_ideation",
        r"\bend it (?:before|first,? before) (?:it|this|that|the \w+) (?:ends|gets|takes|kills|"
        r"does) me\b",
        True,
    ),
    # a death asked for or let come: "asked God to take me", "I'd just let it take me"
    cue(
        "suicidal_ideation",
        r"\b(?:ask\w*|pray\w*|beg\w*|wish\w*|hop\w*|want\w*|say|said) (?:to )?(?:god|the lord|"
        r"jesus|allah|(?:la|le|lie|the|our) (?:madonna|virgin)|our lady|mary),? (?:would |will |"
        r"to |might )?(?:just )?take me\b(?! (?:back|home|to|through|out|away from)\b)|"
        # "asked Him to take me also, in my sleep" (God named before)
        r"\btake me(?: also| too)?,? in my sleep\b|"
        # "I've told the Lord he can come collect me any time."
        r"\b(?:god|the lord|jesus)(?:,? (?:he|that he))? (?:can|could|may|might|should) (?:come "
        r"(?:and )?)?(?:collect|take|fetch|have) me\b(?! (?:back|home|to|through|out)\b)|"
        # "I've said to the Lord, any night you like."
        r"\b(?:said|told|say|tell) (?:to )?(?:god|the lord|jesus),? any (?:night|day|time|morning)"
        r"(?: (?:you|he) (?:like|likes|want|wants|please|pleases))?\b|"
        # "asking the Lord to call me home early", "Just take me in my sleep." (not "at ninety")
        r"\b(?:god|the lord|jesus|him)\b[^.?!]{0,20}?\bcall me home\b|\bcall me home (?:early|soon|"
        r"now|already)\b|\btake me in my sleep\b|(?:slip\w* (?:off|away)|pass\w* away|die|died|"
        r"dying|drift\w* off|\bgo|going|went) in my sleep\b"
        r"(?! (?:at|when|like|one day|eventually|someday)\b)|"
        r"\blet(?:ting)? (?:it|death|the (?:\w+ )?(?:cancer|illness|disease|weakness)) take me"
        r"(?=\s*(?:[.,;!?]|$)|\s+(?:this|next|too|and)\b)|\bskip the rest of (?:my|your) life\b|"
        r"\bwish(?:ed)? (?:it|that) (?:had been|was|were|'d been) me\b(?=(?:\s+\w+){0,4}\s+"
        r"(?:instead|and not|not (?:him|her|them)|rather than)\b|\s*[.,;!?]|\s*$)",
        True,
    ),
    # not caring whether one lives: "I just don't care if I'm here", "I didn't care if I woke up"
    cue(
        "suicidal_ideation",
        r"\b(?:don't|didn't|do not|did not|doesn't|wouldn't|won't|(?:wasn't|weren't) sure "
        r"(?:whether|if) (?:i|you)) (?:really |much |even )?cared? (?:if|whether) "
        r"(?:i|you)(?: (?:woke|wake|wakes|would wake) up| (?:live|lived|die|died)|"
        r"(?: am|'m| was| were| are|'re) "
        r"(?:still )?(?:here|alive|around)| (?:make|made) it)"
        r"(?=\s*(?:[.,;:!?]|$|(?:or not|any ?more|at all|and|but|because)\b))",
        True,
    ),
    cue(
        "suicidal_ideation",
        rf"\b(?:{DEATH_IF})\b[^.?!]{{0,40}}?\b{WELCOMED}\b|"
        rf"\b{WELCOMED}\b[^.?!]{{0,30}}?\b(?:{DEATH_IF})",
        True,
    ),
    # the means thought of: a fall, a car, how many pills it would take
    cue(
        "suicidal_ideation",
        r"\b(?:turn\w*|jerk\w*|yank\w*) the wheel(?=\s*(?:[.!;]|$))|"
        r"^(?:just |and |or )?(?:turning|jerking|yanking) the wheel\b",  # a fragment: the act
        True,
    ),
    cue(
        "suicidal_ideation",
        r"\b(?:jump\w*|throw\w* (?:my|your)self) (?:off|from|out of|out) "
        r"(?:the |a |my |our |that )?(?:\w+ )?(?:window|balcony|bridge|roof|building|ledge|"
        r"cliff|overpass|tower|terrace|parapet|flyover|top (?:floor|level|deck))\b|"
        r"(?<!nearly )(?<!almost )\b(?:driv\w*|drove|steer\w*|aim\w*) (?:the car |my car |the "
        r"truck |my truck )?(?:into|off|over) (?:the |a |an )?(?:\w+ )?(?:bridge|pillar|overpass|"
        r"abutment|tree|median|river|lake|cliff|edge|ledge|top (?:floor|level|deck)|sea|ocean|"
        r"slip|slipway|quay|wharf|jetty|pier|oncoming (?:traffic|trucks?|cars?|lane))\b"
        r"(?! (?:on|in) the (?:black )?(?:ice|snow|fog|rain|dark|wet)\b)|"  # a near miss, a skid
        r"\b(?:look\w* up|googl\w*|search\w*(?: for)?|research\w*) how (?:many|much) \w+"
        r"(?: \w+){0,2} (?:it would take|would (?:kill|do it))"
        r"(?=\s*(?:[.,;!?]|$|to (?:die|end|kill)))",
        True,  # "I sat in the car and looked up how many of them it would take"
    ),
)
