"""Harm to others and abuse told as the seventh battery of plain telling tells them
(tests/data/risk_battery_46, written blind for issue 17's forty-sixth pass and read in it), each
made general: a weapon carried "and im using it", a child smacked too hard, thinking of using it
on someone, a texted threat "you won't see me coming", a gang's plan to "get him", opening
someone's head with a thing carried, a windscreen put in, "stick him with it"; sex pushed "until
I give in", "lucky he feeds me", asked for pictures online, a coach who keeps one behind alone,
locked out all night, a pension drawn and little seen, wages kept, a threat to keep quiet with
God's punishment, children left with no food, told to keep a meeting secret and delete the
messages, a baby left in her cot alone, an injury explained away ("... but it was him"), and not
feeding one's mother properly. Cues as in risk_cues, whose shape they share. Patterns run on
lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue
from localnotes.notes.risk_phrases import CARRIED_WEAPON as WEAPON

_WHOM = (
    r"(?:him|her|them|the (?:fella|bloke|guy|man|woman|lad|landlord|boss|neighbou?r|supervisor)|"
    r"that (?:fella|bloke|guy|man|woman|lad)|my (?:ex|boss|husband|wife|partner|neighbou?r|"
    r"brother|sister|dad|father|stepdad))"
)
_KIN = r"(?:mum|mom|mam|mother|dad|father|nan|gran|grandmother|grandfather|grandad|husband|wife)"

CUES: tuple[Cue, ...] = (
    # a weapon carried and to be used: "i been carrying a blade ... im using it"; a weapon at hand
    # and where the other will be known: "I know where he parks ... there's a bat in my boot"
    cue(
        "harm_to_others",
        rf"\b{WEAPON}\b[^.?!]{{0,80}}?\b(?:i'm|im|i am) (?:using|gonna use) it\b|"
        r"\bi know (?:where|when|what time) (?:he|she|they) (?:parks?|leaves?|finish(?:es)?|"
        rf"knocks? off|walks?|drinks?)\b[^.?!]{{0,60}}?\b{WEAPON} in my (?:boot|car|van|bag|"
        r"jacket|pocket)\b",
        True,
    ),
    # a child smacked too hard, a handprint left
    cue(
        "harm_to_others",
        r"\bi (?:smacked|hit|slapped|whacked|belted|walloped) (?:the little one|the baby|the kid|"
        r"my (?:son|daughter|kid|boy|girl|little one)|him|her) (?:too hard|so hard (?:it|that) "
        r"(?:left|marked))\b",
        True,
    ),
    # thinking of using it (a weapon) on someone: "Lately I've been thinking about using it on
    # the fella who took the farm off us"
    cue(
        "harm_to_others",
        rf"\b(?:thinking|thought|think) (?:about|of) using (?:it|them) on {_WHOM}\b",
        True,
    ),
    # a threat texted and meant: "You'll regret this, you won't see me coming"
    cue(
        "harm_to_others",
        r"\byou won't see me coming\b[^.?!]{0,30}?\bi meant (?:it|every word)\b",
    ),
    # a gang's plan: "were gonna get him after school and i said yeah ill bring it"
    cue(
        "harm_to_others",
        r"\b(?:we're|were|we are) (?:gonna|going to) get (?:him|her|them)\b(?! (?:a|an|some|"
        r"something|the|to|home|back|out|in|up|down|on|off|from|at)\b)[^.?!]{0,60}?\bi(?:'ll|ll| "
        r"will) bring (?:it|the knife|the bat|a knife|my knife)\b",
        True,
    ),
    # opening someone's head with what one carries; "stick him with it"; a windscreen put in
    cue(
        "harm_to_others",
        r"\b(?:open|split|crack) (?:his|her|their|\w+'s) (?:head|skull)(?: open)? with\b|"
        r"\bstick (?:him|her|them|\[person\]) with (?:it|my|the|a)\b|"
        r"\b(?:put|smashed|kicked) (?:his|her|their) (?:windscreen|windshield|windows?|front "
        r"window) in\b",
        True,
    ),
    # sex pushed until one gives in
    cue(
        "abuse_or_neglect",
        r"\b(?:keeps? on|keeps? going|keeps? at me|keeps? pushing|goes on) until i give in\b|"
        r"\bdoesn't (?:even )?wait for me to (?:give in|say yes|agree)\b",
    ),
    # "he said I'm lucky he feeds me", "youre lucky i feed you at all"
    cue(
        "abuse_or_neglect",
        r"\b(?:i'm|im|i am|you're|youre|you are) lucky (?:he|she|they|i) (?:feeds?|fed) (?:me|"
        r"you)\b",
    ),
    # online grooming: asking for pictures, a meeting kept secret, messages deleted
    cue(
        "abuse_or_neglect",
        r"\b(?:keeps|kept|keep) asking (?:me )?for (?:pics|pictures|photos|nudes|selfies)\b(?! of "
        r"(?!me\b|myself\b))|"
        r"\bwants me to meet (?:him|her|them|up)\b[^.?!]{0,60}?\bnot tell my (?:parents|mum|mom|"
        r"dad|family)\b|\btold me to delete (?:all )?(?:the|our|his|her) (?:messages|chats|"
        r"texts)\b",
    ),
    # a coach or leader who keeps one behind alone
    cue(
        "abuse_or_neglect",
        r"\b(?:makes|made|keeps|kept) me (?:stay )?(?:behind|back)\b(?: (?:after \w+|on my own|"
        r"alone))*[^.?!]{0,30}?\blocks? (?:the )?(?:[\w-]+ )?(?:room )?door\b",
    ),
    # locked out all night; a pension drawn and little seen; wages kept
    cue(
        "abuse_or_neglect",
        r"\blocks? me out (?:of the (?:house|flat|home) )?(?:all night|overnight|for the night)\b|"
        r"\b(?:draws?|takes?|collects?) my pension(?: out)?\b[^.?!]{0,40}?\bi only (?:ever )?"
        r"(?:see|get)\b|"
        r"\b(?:boss|employer|farmer|owner|he|she|they) kept (?:all )?(?:our|my) (?:wages|pay|"
        r"passports?)\b",
    ),
    # a threat to keep quiet: "The pastor said God would punish me if I told anyone"
    cue(
        "abuse_or_neglect",
        r"\b(?:said|says|told me|warned me)\b[^.?!]{0,30}?\b(?:would|will|'d|'ll) (?:punish|hurt|"
        r"kill|beat) me if i (?:ever )?(?:told|tell) (?:anyone|anybody|someone|somebody)\b",
    ),
    # children left with no food: "just me and my little brother on our own with no food in"
    cue(
        "abuse_or_neglect",
        r"\b(?:on (?:our|my) own|by (?:ourselves|myself)|alone)\b[^.?!]{0,20}?\bwith no (?:food|"
        r"money|heating|electric|electricity|gas)\b",
    ),
    # a baby left alone: "left the baby in her cot on her own"
    cue(
        "abuse_or_neglect",
        r"\bleft (?:the|my) (?:baby|toddler|little one)(?: in (?:her|his|the) (?:cot|crib|pram))? "
        r"on (?:her|his|its) own\b",
        by_client=True,
    ),
    # an injury explained away: "I told the nurse I slipped on the ice, but it was him"
    cue(
        "abuse_or_neglect",
        r"\bi told (?:them|her|him|the \w+|everyone|my \w+) i (?:fell|slipped|tripped|walked "
        r"into)\b"
        r"[^.?!]{0,40}?,? but it was (?:him|her|them|my \w+)\b",
    ),
    # not feeding one's mother properly (the client's neglect)
    cue(
        "abuse_or_neglect",
        rf"\bi (?:haven't|have not|havent) been feeding (?:my )?{_KIN} (?:properly|enough)\b",
        True,
        by_client=True,
    ),
)
