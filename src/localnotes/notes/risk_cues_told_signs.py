"""Risk told unasked by its signs and its acts rather than its name (issue 17's thirty-seventh
pass, from a battery of 32 statements written for the pass, not from any dialog or probe, after
the blind probes showed statements told unasked carry over least): things given away, letters
left "for after", disappointment at waking, a place looked at while working out whether one could
do it, a world "no worse without me"; going back to the lighter, skin scratched raw, fresh marks,
wanting it to hurt; what one would do to someone, "he's a dead man", sorting someone out
"properly", a baby thrown into the cot; a passport kept and wages unpaid, a child locked in a
shed, sex demanded for a roof, kin kicked or hit by another, small children left alone all night.
Cues as in risk_cues, whose shape they share. Patterns run on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import PEOPLE, Cue, cue
from localnotes.notes.risk_cues_eleventh_probe import KIN_WORDS

#: a place or means of dying, as one goes to it
_PLACE = (
    r"(?:bridge|cliffs?|edge|river|tracks|railway|rail|roof|car park|multi-storey|quarry|sea|pier|"
    r"viaduct|motorway|ledge|tower|balcony)"
)
#: kin, told of as harmed by another
_KIN = rf"(?:{KIN_WORDS}|twins)"

CUES: tuple[Cue, ...] = (
    cue(
        "suicidal_ideation",
        r"\b(?:giving|gave|given|give) (?:away )?(?:my|all my) (?:things|stuff|belongings|"
        r"possessions)(?: away)?\b"
        r"(?![^.?!]{0,30}\b(?:charity|oxfam|move|moving|declutter\w*)\b)|"
        r"\b(?:letters?|notes?)\b[^.?!]{0,50}?\bfor (?:after|afterwards|when i'm gone)\W*$|"
        r"\b(?:disappointed|sorry|gutted|upset) (?:that )?i (?:woke|wake|woken) up\b"
        r"(?! (?:late|early|so|too|at (?!all\b)|before|after|in time|on time)\b)|"
        r"\bdisappointed to (?:wake up|still be here|be alive)\b|"
        r"\b" + _PLACE + r"\b[^.?!]{0,60}?\b(?:working out|wondering|deciding|thinking about) "
        r"(?:if|whether|how) i (?:could|would|should|can) (?:do it|jump|go through with it)\b|"
        r"\b(?:the world|everyone|everybody|they|my family|my kids)(?:'d| would| will)? be no "
        r"worse (?:off )?without me\b",
        unnamed=True,
    ),
    cue(
        "self_harm",
        # "I've gone back to the lighter"; "I scratched my arms raw"; "fresh marks on my wrists"
        r"\b(?:gone|went|going|go) back to (?:the )?(?:lighter|blade|razor|cutting|burning|"
        r"scratching|compass)\b|"
        r"\b(?:scratch|scrap|pick|rub|scrub)\w* my (?:(?:fore)?arms?|legs?|skin|wrists?|face|"
        r"thighs?|hands?) (?:raw|bloody|till they bled|until they bled)\b|"
        r"\b(?:fresh|new) (?:marks|cuts|scars|burns) on my (?:(?:fore)?arms?|wrists?|legs?|"
        r"thighs?|stomach|hips?)\b(?! from (?:the|my|a|her|his)\b)|"
        # the purpose said of an act: "..., I wanted it to hurt."
        # (not "I want to hurt my neighbour": the hurt ends the clause)
        r"\bi (?:wanted|want) (?:it |myself |me )?to hurt(?=\W*$|[.,;!])",
        True,
    ),
    cue(
        "harm_to_others",
        r"\b(?:thinking|think|thought|fantasi[sz]\w*) (?:about|of) (?:what|the things) i(?:'d| "
        r"would| could| will)? do to (?:him|her|them)\b|"
        r"\b(?:i'd|i would|i could|i will|i'll) do (?:worse|something worse) (?:to (?:him|her|"
        r"them)|given|next time|if)\b|"
        r"\b(?:he's|she's|you're|he is|she is|you are) a dead (?:man|woman)\b(?! walking)|"
        r"\bsort (?:him|her|them) out\b(?! (?:with|for|a)\b)[^.?!]{0,30}?\b(?:properly|once and "
        r"for all|this time|for good)\b|"
        r"\b(?:thrown|threw|throw|chucked|dropped) (?:her|him|the baby) (?:down )?(?:into|in|on|"
        r"onto) (?:the |her |his )?(?:cot|crib|bed|pram|bouncer)\b[^.?!]{0,10}?\b(?:too hard|"
        r"hard|roughly)\b|"
        # a glass into someone's face, "my flatmate's" too
        r"\b(?:smashed|put|shoved|rammed) (?:a |the |my )?(?:glass|bottle|pint glass) (?:in|into) "
        r"my \w+'s (?:face|head)\b|\bwhat i(?:'d| would) do to " + PEOPLE + r" if\b",
    ),
    cue(
        "abuse_or_neglect",
        # one's papers kept, one's wages unpaid
        r"\b(?:he|she|they|boss|employer|husband|wife|partner|manager|agent|landlord|family|"
        r"uncle|aunt|madam|sponsor) (?:\w+ )?(?:keeps|kept|took|has taken|holds|held|takes) my "
        r"(?:passport|papers|documents|id|visa)\b|"
        # "Dad used to lock me in the coal shed ... overnight"
        r"\block(?:ed|s)? me (?:in|inside|out)\b[^.?!]{0,40}?\b(?:overnight|all night|for hours|"
        r"all day|for days|when i was bad)\b|"
        # sex demanded: "unless I slept with him"
        r"\bunless i (?:slept|sleep|had sex) with (?:him|her|them)\b|"
        # kin hurt by another: "My mum's boyfriend kicked my little sister down the stairs"
        r"\b(?:kicked|punched|pushed|shoved|threw|hit|beat|slapped|burned|burnt) my (?:little |"
        r"small |baby |younger |big |older )?"
        + _KIN
        + r"\b(?!'s| (?:at|in) |(?: a| an| up| off)\b)|"
        # small children left alone all night
        r"\b(?:leave|left|leaving) (?:the|my) (?:\w+ )?(?:kids|children|twins|baby|boys|girls|"
        r"little ones?|son|daughter|toddler) (?:on (?:their|his|her) own|"
        r"alone|by themselves|by himself|by herself)\b[^.?!]{0,30}?\b(?:all night|all day|"
        r"overnight|for hours|for days)\b",
        by_client=True,
    ),
)
