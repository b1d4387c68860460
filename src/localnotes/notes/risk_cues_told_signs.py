"""Risk told unasked by its signs and its acts rather than its name (issue 17's thirty-seventh
pass, from a battery of 32 statements written for the pass, not from any dialog or probe, after
the blind probes showed statements told unasked carry over least): things given away, letters
left "for after", disappointment at waking, a place looked at while working out whether one could
do it, a world "no worse without me"; going back to the lighter, skin scratched raw, fresh marks,
wanting it to hurt; what one would do to someone, "he's a dead man", sorting someone out
"properly", a baby thrown into the cot; a passport kept and wages unpaid, a child locked in a
shed, sex demanded for a roof, kin kicked or hit by another, small children left alone all night.
A second battery of 36 (the thirty-eighth pass) added the preparations of suicide (a pet given
away "just in case", tide or train times looked up at a place, plans cancelled, a will rewritten
for what one "won't need", saved tablets counted, the point of "me being here"), self-harm
explained away ("I told her it was the cat, it wasn't"), harm planned or put in a message, and
abuse by control (messages read, a password changed, a passport in a safe, pictures sent).
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
        r"uncle|aunt|madam|sponsor|owner|farmer|foreman|smuggler|trafficker|recruiter|gangmaster) "
        r"(?:\w+ )?(?:keeps|kept|took|has taken|holds|held|takes) my "
        r"(?:passport|papers|documents|id|visa)\b(?![^.?!]{0,20}?\bto (?:copy|renew|process|check|"
        r"scan|apply|send|sort)\b)|"
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
    cue(
        "suicidal_ideation",
        # "i gave the dog to my brother last week just in case"
        r"\b(?:gave|given|give|giving|rehomed|rehoming) (?:the|my|our) (?:dog|cat|pets?|puppy|"
        r"kitten|horse|budgie)\b[^.?!]{0,40}?\bjust in case\b|"
        # "I've looked up the tide times for the causeway", "checked the train times at the
        # level crossing" (a place and its times, not a trip)
        r"\b(?:looked up|checked|check|looking up|worked out) (?:the )?(?:tide|train) times\b"
        r"(?! (?:to|so|for (?:the|a|our) (?:trip|holiday|journey|visit|weekend)))[^.?!]{0,40}?"
        r"\b(?:causeway|level crossing|crossing|bridge|cliffs?|pier|sea wall|tracks|line)\b|"
        # "I cancelled everything for next month, there didn't seem any point"
        r"\bcancel(?:led|ed|ling)? (?:everything|all my plans|all my appointments)\b[^.?!]{0,40}?"
        r"\b(?:no point|didn't seem (?:any )?point|won't be|not going to be)\b|"
        # "rewrote the will ..., I won't need it"
        r"\b(?:rewrote|re-wrote|changed|updated|made|wrote) (?:the|my) will\b[^.?!]{0,60}?"
        r"\bi (?:won't|will not) (?:need|be needing) (?:it|them)\b|"
        # "I've been counting the tablets I've saved"
        r"\b(?:counting|counted|count) (?:the|my) (?:tablets|pills|meds)\b[^.?!]{0,20}?"
        r"\b(?:i've|i have|i'd|i had) (?:saved|kept|stored|hidden|stockpiled|been saving)\b|"
        # "driving to the quarry at night and just sitting at the edge"
        r"\b(?:driving|driven|drove|going|went|walking|walked) (?:up |out )?to the (?:quarry|"
        r"cliffs?|"
        r"bridge|viaduct|dam|multi-storey)\b[^.?!]{0,30}?\b(?:at night|alone|on my own)\b"
        r"[^.?!]{0,30}?\bsitting (?:at|on) the (?:edge|rail|railing|wall)\b|"
        # "the kids would do better with their aunt raising them"
        r"\bthe (?:kids|children|boys|girls) would (?:do|be) better (?:off )?with (?:their|my) "
        r"\w+ (?:raising|bringing up|looking after) them\b|"
        # "whats the point of me even bein here"
        r"\bwhat'?s the point (?:of|in) me (?:even )?(?:bein'?g?|being|staying|still being) "
        r"(?:here|alive|around)\b|"
        # "Since the funeral I just want to go and be with her."
        r"\bsince (?:the|her|his|their) (?:funeral|death|passing)\b[^.?!]{0,30}?\bi (?:just )?"
        r"(?:want|wish) to (?:go and )?be with (?:her|him|them)\b",
        unnamed=True,
    ),
    cue(
        "self_harm",
        # explained away: "I told her it was the cat, it wasn't.", "I said I fell, I didn't."
        r"\b(?:marks|cuts|scratches|burns|bruises|scars)\b[^.?!]{0,60}?\bi (?:told (?:her|him|them)"
        r"|said) (?:it was|i) (?:the cat|the dog|an accident|fell|tripped|slipped|burned it|caught "
        r"it)\b[^.?!]{0,10}?,? (?:it wasn't|it was not|i didn't|i did not|but it wasn't)\b|"
        # "burns on my wrist from the hob, I did it when I got the letter"
        r"\b(?:burns?|cuts?|marks|bruises|scratches) on my \w+\b[^.?!]{0,30}?,? i did (?:it|them|"
        r"that) (?:when|after|because)\b|"
        # "doing the thing with the lighter again"
        r"\bdoing (?:the|that) thing with the (?:lighter|blade|razor|compass|pin|scissors)\b|"
        # "I slammed my hand in the car door on purpose"
        r"\bi (?:slammed|shut|caught|trapped) my (?:hand|fingers?|arm|head) in (?:the|a) (?:\w+ )?"
        r"door\b[^.?!]{0,20}?\bon purpose\b|"
        # "I keep a blade in my phone case for when it gets bad"
        r"\bi (?:keep|carry|have) a (?:blade|razor|razor blade)\b[^.?!]{0,30}?\bfor when (?:it|"
        r"things|i) (?:gets?|get) (?:bad|too much|worse)\b",
        True,
    ),
    cue(
        "harm_to_others",
        # "I'll put him in hospital" (the cue starts at "put": a condition before "I'll" reads as
        # the speaker's own, as for "I'll stab him")
        r"(?:(?<=i'll )|(?<=i will )|(?<=i'd )|(?<=gonna )|(?<=going to ))put (?:him|her|them|"
        r"the \w+) in (?:hospital|the hospital|a wheelchair|the ground|a box|intensive care)\b|"
        # "sitting outside his flat at night with a bat in the boot"
        r"\b(?:sitting|sat|waiting|parked) outside (?:his|her|their) (?:flat|house|place|work)\b"
        r"[^.?!]{0,40}?\bwith (?:a|the|my) (?:bat|knife|hammer|crowbar|bar|machete|gun)\b|"
        # "I messaged him saying he's dead when I see him, and I meant every word"
        r"\b(?:messaged|texted|told|rang|wrote to) (?:him|her|them)\b[^.?!]{0,20}?"
        r"\b(?:he's|she's|they're|you're) dead when i (?:see|get|catch)\b|"
        # "put his head through the partition"
        r"\bput (?:his|her|their) (?:head|face) (?:through|into) (?:the|a) (?:partition|wall|"
        r"window|"
        r"door|glass|table)\b|"
        # "a list of the people who wronged me and what I'd do to each of them"
        r"\bwhat i(?:'d| would| will|'ll) do to (?:each|every one|all) of them\b",
    ),
    cue(
        "abuse_or_neglect",
        # control: "He reads all my messages and changed the password on my phone"
        r"\b(?:changed|changes|changing) the password (?:on|to|for) my (?:phone|email|account|"
        r"laptop|bank)\b|"
        r"\breads all my (?:messages|texts|emails)\b|"
        # "leaves him sitting in the wet all morning", "leaves the baby in the cot all day"
        r"\bleaves? (?:him|her|them|dad|mum|the baby|the kids|my \w+) (?:sitting |lying )?in "
        r"(?:the "
        r"wet|wet (?:sheets|pads|clothes)|the cot|the cot all day|his mess|her mess|the dark)\b|"
        r"\bleaves? the baby in the (?:cot|car|pram) all (?:day|night|morning)\b|"
        # "if I told anyone what he did"
        r"\bif i (?:told|tell) (?:anyone|anybody|someone) (?:what|about what) (?:he|she|they) "
        r"(?:did|does|did to me)\b|"
        # "My boss has my passport in his safe"
        r"\b(?:has|keeps|kept|holds|locked) my passport in (?:his|her|their|the) (?:safe|drawer|"
        r"office|desk)\b|"
        # "my uncle made me do things I didn't understand"
        r"\bmade me do (?:things|stuff) i (?:didn't|did not|don't) (?:understand|want|"
        r"like)\b|"
        # "sends my pictures to his mates"
        r"\b(?:sends?|sent|shared|shares|posts?|posted) my (?:pictures|photos|pics|nudes|videos) "
        r"to "
        r"(?:his|her|their) (?:mates|friends)\b|"
        # "slapped anyone who cried"
        r"\bslapped (?:anyone|anybody|whoever|any of us) who\b",
        by_client=True,
    ),
)
