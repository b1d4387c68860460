"""The words of each kind of risk, as risk screens (C-SSRS, ASQ, HITS, elder-abuse screens) ask
about them: broader than the rules' cues, so that a sentence that speaks them is at least read.
`risk_review` shows such sentences that no rule classified as passages; `risk` lets a question
about acting on a sentence ("Is that something you actually mean?") refer to one."""

from __future__ import annotations

import re

from localnotes.notes import risk_cues as rc

_SELF = r"(?:my|your) ?self"
_SOMEONE = (
    r"(?:him|her|them|someone|somebody|anyone|anybody|people|everyone|the baby|the kids?|"
    r"my (?:son|daughter|kids?|children|wife|husband|partner|mother|father|mom|dad|boss|baby|"
    r"brother|sister|girlfriend|boyfriend|roommate|neighbou?r|coworker))"
)

_PILLS = r"(?:pills|meds|tablets)\b"


def _any(*alternatives: str) -> re.Pattern[str]:
    return re.compile("|".join(alternatives))


#: The words of each kind of risk, as a screen asks about them.
VOCABULARY: dict[str, re.Pattern[str]] = {
    "suicidal_ideation": _any(
        r"\bsuicid\w*",
        r"\bkill(?:ing|ed)? " + _SELF + r"\b",
        r"\bend(?:ing|ed)? (?:it|it all|my life|things|everything|the pain)\b",
        r"\btak(?:e|ing) my (?:own )?life\b",
        r"\bunalive\b",
        r"\b(?:be|being|was|were|rather be|better) dead\b",
        r"\b(?:want|wanted|wish|wished|wishing|rather|ready) (?:to )?"
        r"(?:die|disappear|be gone|go to sleep (?:and|forever))\b",
        r"\b(?:not|never|don't|wouldn't)\b(?: \w+){0,3} (?:wake|waking|woke) up\b",
        r"\bnot (?:to )?(?:be|being) (?:here|around|alive)\b",
        r"\b(?:be|being) done with (?:it|it all|everything|life)\b",
        r"\b(?:better|easier) (?:off )?without me\b",
        r"\bno (?:point|reason) (?:in |to )?"
        r"(?:living|live|going on|being here|be here|keep going|wake up)\b",
        r"\bcan'?t (?:go on|keep going|do this anymore)\b",
        r"\boverdos\w*",
        r"\bhang(?:ing)? myself\b|\bnoose\b",
        r"\bjump(?:ing|ed)? (?:off|from|in front)\b",
        r"\bgoodbye (?:note|letter)s?\b|\bwrote (?:a|my) will\b",
        r"\bgive (?:away|my) (?:things|stuff|belongings)\b",
        # "I've started giving my things away.", "I wrote letters to the kids, in case."
        r"\bgiv(?:e|es|ing|en)\b[^.?!]{0,25}\b(?:things|stuff|belongings|possessions|records|"
        r"clothes)\b[^.?!]{0,10}\baway\b",
        r"\b(?:wrote|writing|written|left) (?:a |some )?(?:letters?|notes?)\b[^.?!]{0,40}\bin "
        r"case(?:\W*$| (?:anything|something) (?:happens|happened)| i(?:'m| am) not "
        r"(?:here|around))",
        r"\bstockpil\w*",
        # the warning signs of the screens: a car left running shut in, goodbye letters, things
        # given away, a wish to vanish, being tired of being alive
        r"\bgarage\b[^.?!]{0,40}\b(?:car|engine) running\b|"
        r"\b(?:car|engine) running\b[^.?!]{0,30}\bgarage\b",
        r"\b(?:wrote|writing|written|left) (?:goodbye )?letters (?:to|for) (?:my|each|every|all)\b",
        r"\bgave away (?:my|all|most|everything)\b|\bwon't be needing\b",
        r"\b(?:if|when|that) i (?:just )?(?:disappeared|vanished|was gone|were gone)\b",
        r"\btired of (?:being (?:here|alive)|living|life|it all)\b",
        r"\b(?:save|saved|saving|stockpil\w*|stash\w*|hoard\w*|hid|hide|hiding|hidden|"
        r"put(?:ting)? aside|set(?:ting)? aside|put(?:ting)? away) (?:up )?(?:my |the |some )?"
        + _PILLS,
        r"\b(?:all|a bunch|a handful|a lot|too many|the whole bottle|extra) (?:of )?"
        r"(?:(?:my|the|her|his|our) )?(?:\w+'s )?" + _PILLS,
        r"\b(?:gun|guns|pistol|rifle|shotgun|firearms?)\b",
        # "in my sleep" also as speech recognition hears it, "to my sleep"
        r"\b(?:take|takes|took|taken) me (?:in|to|during) my sleep\b|"
        r"\b(?:slip|go|die|pass) (?:away )?(?:in|to|during) my sleep\b",
        r"\b(?:took|swallowed|downed) (?:everything|all|every \w+|the whole \w+) (?:in|from|that "
        r"was in) (?:the|my|our) (?:medicine )?(?:cabinet|bottle|drawer|cupboard)\b",
        r"\b(?:took|swallowed|downed) [^.?!]{0,40}\bthe whole (?:box|bottle|pack|packet|strip|"
        r"blister|tub|jar)\b",
        r"\b(?:asked|begged|told) (?:\w+ ){0,3}to (?:just )?let me (?:go|die)(?=\s*[.;!]|\s*$)",
        r"\blet (?:it|death) take me\b|\b(?:wouldn't|won't|not) fight (?:it|this)\b",
        # a death let come by a habit, asked for in prayer, or a wish to join the dead
        r"\b(?:drink|drinking|drank|eat|eating|ate|smok\w*|work\w*) (?:my|your)self to death\b",
        r"\b(?:god|the lord|jesus|allah|him upstairs) (?:to )?(?:take|took|call|calls) me\b",
        r"\b(?:go|going|went) (?:and )?be with (?:him|her|them|my \w+|mum|mom|dad|mam)\b",
        # the thirty-fifth pass: words of the tuned set's endorsed statements that the words above
        # did not flag (written from them as a class, not sentence by sentence)
        r"\b(?:didn't|did not|never|wouldn't|won't|not|don't)\b(?: \w+){0,3} (?:wake|waking|woke|"
        r"woken|come|came|coming) (?:up|round|to|back)\b",
        r"\b(?:care|cared|mind|minded|bothered|fussed|sorry)\b[^.?!]{0,20}\b(?:if|whether) i "
        r"(?:\w+ ){0,2}(?:woke|wake|died|die|lived|live|went|go|made it)\b",
        r"\bbetter off (?:dead|in the ground|gone)\b|\b(?:be|been) better off if i\b",
        r"\b(?:not|stop|stopped) (?:to )?exist\w*\b|\b(?:wasn't|weren't) (?:in the picture|here|"
        r"around)\b",
        r"\b(?:about|of|thinking|thought|think|wish\w*|want\w*) (?:about )?dying\b|\bdying "
        r"(?:seems|would be|is|was) (?:\w+ )?(?:easier|better|tidier|the answer|the right thing)\b",
        r"\b(?:went|go|going|slip\w*|pass\w*) (?:away |off )?in (?:my|the|our) (?:sleep|night)\b",
        r"\bwish(?:ed)? (?:i'd|i had|i|it had|it'd) (?:just )?(?:died|been me|not woken|never "
        r"woken)\b|\bfinished the job\b|\bpull\w* the trigger\b|\bone shot\b",
        r"\b(?:turn\w*|jerk\w*) the wheel\b|\b(?:driv\w*|drove|steer\w*|putting|put) (?:\w+ ){0,3}"
        r"(?:into|off|over) (?:the |a )?(?:\w+ )?(?:pole|tree|wall|pillar|bridge|sea|river|lake|"
        r"reservoir|overpass|edge|rail|slip|top level|quay|canal|lorry|truck)\b",
        r"\b(?:walk\w*|step\w*|wad\w*) (?:out )?(?:into|in front of) (?:the |a )?(?:\w+ )?(?:sea|"
        r"river|lake|traffic|road|bus|train|lorry|truck|cars?|water)\b|\bover the (?:edge|rail|"
        r"side)\b",
        r"\b(?:bought|buying|got|get|found|about|of|with) (?:a|the) rope\b|"
        r"\brope (?:round|around)\b|\bflex\b[^.?!]{0,20}\baround\b|\bflex round\b|\bbanister\b",
        r"\bhow many\b[^.?!]{0,30}\b(?:it|they) (?:would|'d|will) take\b",
        r"\b(?:took|take|taking|swallow\w*|downed) (?:a load|a lot|loads|everything|all of them|"
        r"the whole|a whole|a handful)\b(?! (?:out|off|back|home|with|to|apart|down|up|of "
        r"(?:the|my) (?:clothes|stuff|things|boxes))\b)",  # not "took everything out of the ..."
        r"\b(?:engine|gas) (?:on|going|running)\b|\bpicked a date\b|\bpoison\b",
        r"\bwhat(?:'s| is) the point (?:of|in) (?:me|being|living|going on|carrying on|it all)\b",
        r"\b(?:wouldn't|would not|won't) be the worst thing\b|\bas soon not\b|\bi'd (?:not|never) "
        r"be sorry\b|\b(?:takes?|took|take) me\b(?! (?:to|home|out|back|in|for|with|through|a|an|"
        r"the|ages|hours|long|\d)\b)",
        r"\b(?:don't|didn't|do not|did not) (?:really )?want to (?:be here|be around|be alive|live|"
        r"go on)\b|\b(?:easier|better|kinder) (?:for (?:everyone|everybody|them) )?if i (?:just )?"
        r"(?:went|go|wasn't|weren't|died|disappeared)\b|\bhow easy (?:it'd|it would|it is)\b",
        r"\bskip the rest of my life\b|\b(?:can|could) have me\b|\bheart gave out\b|"
        r"\bdon't bother (?:restarting|resuscitating|reviving|saving) me\b|\b(?:lorry|train|bus|"
        r"truck)\b[^.?!]{0,20}\b(?:solve|end|fix)\w*\b",
    ),
    "self_harm": _any(
        r"\bself[- ]?harm\w*",
        r"\b(?:hurt|hurting|harm|harming|cut|cutting|burn|burned|burnt|burning|hit|hitting|"
        r"punch\w*|scratch\w*|bang\w*|bit|bite|biting|starv\w*|pinch\w*) " + _SELF + r"\b",
        r"\b(?:the|my|your|started|start|stopped|stop|quit|urges? to|about|been|was|were|with|of) "
        r"cutting\b" + rc.NOT_CUTTING_SOMETHING,
        r"\b(?:cut|burn|burned|burnt|burning) (?:on |into )?(?:my|your)\b(?! (?:hair|nails|bangs|"
        r"fringe|beard)\b)",
        r"\brazors?\b|\bblades?\b|\bscars?\b",
        r"\bpick(?:ing|ed)? (?:at )?my skin\b",
        r"\bhead ?bang\w*|\bbang(?:ing|ed)? my head\b",
        r"\b(?:just|only|they're|it's) scratches\b|\bthe scratching\b|\bnails into\b",
        r"\b(?:until|till) (?:my|it|they|the) (?:\w+ )?(?:bled|bleeds?|bleeding|bruised|split|"
        r"broke)\b",
        r"\bpunch(?:ed|ing)? (?:the |a )?walls?\b",
        r"\bpunish(?:ed|ing)? " + _SELF + r"\b|\bpress\w* (?:it|them) (?:on|into|against) my\b",
        # the thirty-fifth pass, as for ideation above
        r"\b(?:bite|bit|biting|bites|punch\w*|hit|hits|hitting|scratch\w*|pinch\w*|scrub\w*|"
        r"press\w*|burn\w*|scald\w*|dig|dug|digging|twist\w*) (?:at )?(?:the (?:\w+ ){0,2}of )?"
        r"(?:my|m[ai]|his|her) (?:own )?(?:\w+ )?(?:arms?|forearms?|hands?|wrists?|legs?|thighs?|"
        r"knees?|knuckles|skin|head|stomach|belly|face|fingers?|chest)\b",
        r"\bbang\w* (?:his|her|their) head\b|\bput my (?:hand|fist|arm|head) through\b|\bhot tap\b",
        r"\bi (?:used to )?cut\b(?!\s+(?:the|a|an|it|them|some|back|down|out|off|up|in|class|"
        r"school|ties|corners|him|her)\b)|\bcuts? (?:on|to) (?:my|her|his) (?:\w+ )?(?:arms?|"
        r"legs?|thighs?|wrists?|stomach)\b|\burges? to (?:cut|burn|hurt|harm|scratch)\b",
        r"\bwith (?:a|the|my) (?:compass|lighter|lancet|needle|sewing needle|paper ?clip)\b",
        r"\b(?:until|till) (?:they're|it's|it|they|it was|they were) (?:raw|bleeding|bled|stings|"
        r"scald\w*|bruises)\b|\b(?:open|raw|bleed) on purpose\b",
    ),
    "harm_to_others": _any(
        r"\b(?:kill|killing|hurt|hurting|harm|harming|shoot|shooting|stab|stabbing|strangl\w*|"
        r"shov\w*|slap\w*|"
        r"chok\w*|hit|hitting|punch\w*|beat|beating|smother\w*|shake|shaking|shook) "
        + _SOMEONE
        + r"\b",
        r"\bviolen\w*|\bweapons?\b|\bknife\b|\bknives\b",
        r"\brevenge\b|\bget (?:back at|even with)\b",
        r"\bthreaten\w*|\bthreats?\b",
        r"\bsnap(?:ped)? (?:and|at)\b|\blose it (?:with|on)\b",
        r"\b(?:threw|throw|throwing|thrown) (?:a|the|my|his|her|something)(?: \w+)? at\b",
        r"\b(?:teach|make) (?:him|her|them) (?:a lesson|pay)\b|\b(?:get|got) (?:him|her|them) "
        r"back\b",
        # the thirty-fifth pass, as for ideation above
        r"\b(?:hit|hits|push\w*|grab\w*|clobber\w*|deck\w*|glass\w*|batter\w*|flog\w*|strap\w*|kick\w*|"
        r"throttl\w*|headbutt\w*|king-hit|stabbed|twist\w*|floor\w*|belt\w*|leather\w*) (?:him|"
        r"her|them|a (?:bloke|lad|guy|man|woman|kid|girl|boy|carer|nurse)|one of the \w+)\b",
        r"\bmash(?:ed)? (?:him|her|them) up\b|\b(?:put|putting) (?:him|her|them|a \w+|his head|her "
        r"head) (?:through|in(?:to)? (?:the )?hospital|up against)\b",
        r"\bwith (?:a|my|the|his|her) (?:\w+ ){0,2}(?:bat|hammer|bottle|brick|crowbar|machete)\b|"
        r"\b(?:set|setting) (?:\w+ ){0,3}on fire\b|\bbreak (?:your|his|her|their) (?:\w+ )?(?:arm|"
        r"legs?|neck|jaw|nose)\b|\bputting something in\b|"
        r"\bthrew (?:\w+ ){0,4}at (?:him|her|them)\b",
    ),
    "abuse_or_neglect": _any(
        r"\babus\w*|\bmolest\w*|\brap(?:e|ed|ing|ist)\b|\bassault\w*",
        r"\btouch(?:ed|es|ing) (?:me|her|him|them)\b",
        r"\b(?:hits?|hitting|hurt|hurts|beat|beats|kick\w*|slap\w*|punch\w*|chok\w*|grab\w*|"
        r"push\w*|shov\w*|threw|throws?|strangl\w*) (?:me|us|my|you)\b",
        r"\bbeaten\b|\bneglect\w*",
        r"\block(?:ed|s)? (?:me |her |him |them |us )?(?:in|out)\b",
        r"\bleft (?:him|her|them|me|us|the kids?|the baby) alone\b|\bleft alone (?:all|for)\b",
        r"\bno food\b|\bwithout food\b|\bwent hungry\b|\b(?:wet|soiled) (?:bed|sheets)\b",
        r"\b(?:belt|strap|switch|cord|wooden spoon) to (?:me|us|him|her)\b",
        r"\bchild protective|\bcps\b",
        r"\b(?:afraid|scared) (?:of|for) (?:him|her|them|my life)\b|\bunsafe\b|\bnot safe\b",
        r"\bcontrols? (?:the money|me|my)\b",
        r"\b(?:his|her|their|the|a) belt\b(?! (?:loop|buckle|sander))",
        r"\bmakes? (?:me|us|her|him|them) sleep (?:in|outside|on)\b",
        r"\blocks? (?:up )?the (?:fridge|food|pantry|cupboards?)\b",
        r"\b(?:won't|doesn't|didn't|wouldn't) let (?:me|us|her|him) (?:see (?:my|our|her|his) "
        r"(?:friends|family)|leave the house|have (?:my|our|any) (?:own )?money|have a phone|eat|"
        r"work)\b",
        r"\b(?:reads|checks|goes through|tracks) my (?:texts|messages|phone|email|location)\b",
        r"\btakes? (?:my|her|his) (?:money|pension|phone|keys)\b",
        # a child left with no one, or driven by someone drunk or high
        r"\b(?:left|stayed|stays|staying|stay) (?:\w+ ){0,3}on (?:his|her|their) own\b|"
        r"\bon (?:his|her|their) own (?:for|all|overnight)\b|\bhome alone\b|\bunsupervised\b",
        r"\bdr(?:i|o)v\w* (?:\S+ ){0,5}(?:after|while) (?:drinking|using|a few|high|drunk|(?:\w+ )"
        r"{0,2}(?:glasses|drinks|pints|beers|cans|shots))\b|"
        r"\bdrink[- ]driv\w*|\bdrunk[- ]driv\w*",
        # the thirty-fifth pass, as for ideation above
        r"\b(?:rough|violent) with (?:me|her|him|them|us|my \w+)\b|\b(?:hold|held|holds|pin|"
        r"pinned|pins) (?:me|her|him|us) (?:down|against)\b|\binterfered with\b",
        r"\bknock(?:ed|s|ing)? (?:me|her|him|us) about\b|\b(?:belted|leathered|strapped|flogged|"
        r"thrashed|whipped|battered) (?:me|us|her|him)\b",
        r"\bhands? (?:on|round|around) my (?:throat|neck)\b|\bby (?:my|the|her|his) throat\b|"
        r"\bunder the (?:bath)?water\b|\bkick(?:ed|s)? the door in\b|\bkneel\b",
        r"\bhides? (?:my|her|his)\b|\bbank card\b|\bmoney (?:went|gone|missing)\b|"
        r"\bcard went\b|\bin a (?:wet|dirty|soiled) (?:pad|nappy|bed)\b|\bnobody was watching\b",
        r"\bleave (?:me|us|her|him|them)(?: and (?:my|her|his) \w+)? alone\b|"
        r"\bcall(?:s|ed)? me (?:disgusting|stupid|worthless|useless|fat|ugly)\b",
        r"\bbreak (?:my|your) (?:\w+ )?(?:legs?|arms?|neck)\b|\bcut (?:\w+ ){0,3}out of my\b|"
        r"\bhold (?:me|her|him) out\b|\bleather(?:ed)? (?:me|us|her|him)\b|\bkeep the key\b|"
        r"\bthrew (?:\w+ ){0,4}at me\b|\bused (?:the|a|his|her) \w+ on me\b|\bfist through\b",
    ),
}


def kinds_in(text: str) -> tuple[str, ...]:
    """The kinds of risk whose words the text speaks, in `VOCABULARY`'s order."""
    low = text.lower()
    return tuple(kind for kind, words in VOCABULARY.items() if words.search(low))
