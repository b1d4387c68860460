"""Risk told as the eleventh battery tells it (issue 17's fifty-first pass, read after a pass
blind), each made general: a lie about what a rope was for; the nerve waited for on a platform;
dead by a day said and not taken back; going up "to see if I can jump"; things sorted "before I
go"; ways to die looked up; a hose and tape for the car; a gun held to one's head; pills stopped
so it will be over sooner; "Cut again last night."; one's own cuts owned; the blades taken up
again; a wound done oneself though told otherwise; scabs opened on purpose; cuts counted; a
shot to be fired (Patwa "bus a shot"); "I know where he lives" sent as a threat; pushed down the
stairs; a face to be punched; driving into someone; "he's dead when he comes out"; a stranger's
jaw broken; a knife kept "for when the time comes"; a list of whom one would shoot; "I will
finish him"; no food but tea for days; hands round one's throat; children left alone for days;
a finger broken; thrown into a wardrobe; nude pictures threatened; not let out; a child locked
in a shed overnight; a toddler smacked hard enough to mark; an arm twisted till it cracked;
children not fed; whupped till they bleed. Cues as in risk_cues, whose shape they share.
Patterns run on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue

_KID = r"(?:toddler|baby|son|daughter|kids?|child|children|boy|girl|little one|wee one)"
_BONE = r"(?:finger|arm|wrist|nose|jaw|ribs?|leg|collarbone|cheekbone|tooth|teeth|hand|ankle)"

CUES: tuple[Cue, ...] = (
    cue(
        "suicidal_ideation",
        # "I told her it was for the boat, but it wasn't for the boat." (the rope named with it)
        r"\b(?:rope|hose\w*|noose|pills|tablets|charcoal)\b[^.?!]{0,60}?\bi (?:told|said to) "
        r"(?:her|him|them|my \w+|everyone)\b[^.?!]{0,15}?\bit was for\b[^.?!]{0,30}?\bbut it "
        r"(?:wasn't|was not)\b|"
        # "waiting for the nerve to step off in front of one"
        r"\b(?:nerve|courage|guts|bottle) to (?:step|jump|walk|go|throw myself) (?:off|in front|"
        r"under|over|into)\b|"
        # "I did say I'd be dead by Christmas, and I'm not taking it back."
        r"\bi(?:'d| would| will|'ll) be dead by (?:christmas|easter|the (?:end|weekend|summer|"
        r"spring|new year)|new year|next \w+|then|my birthday|\w+day)\b|"
        # "went up to the top floor twice to see if I can jump"
        r"\bto see if i (?:can|could|would) (?:jump|do it|go through with it)\b|"
        # "I've sorted the will ... so there's not much left to do before I go really."
        r"\b(?:sorted|written|wrote|cancelled|canceled|given away|gave away)\b[^.?!]{0,80}?\b"
        r"(?:left to do )?before i go\b(?! (?:to|on|in|into|out|back|home|away|abroad|travelling)"
        r"\b)|"
        # "researching ways to go that wouldn't hurt"
        r"\b(?:research\w*|look\w* up|googl\w*|search\w* for|read\w* about) (?:ways|how) to "
        r"(?:go|die|end it|do it)\b(?: (?:that|which) (?:wouldn't|won't|doesn't) hurt\b|"
        r"(?<=die)|(?<=end it)|(?= painlessly| quickly and painlessly))|"
        # "a second hosepipe and some gaffer tape for the car"
        r"\bhose(?:pipe)?s?\b[^.?!]{0,40}?\b(?:gaffer|duct|masking)? ?tape\b[^.?!]{0,30}?\b(?:car|"
        r"exhaust)\b|"
        # "sat there with it against my head for an hour" (the gun)
        # (not "I added it in my head", "He held a gun to my head in the robbery": held by
        # oneself, "with" it or "I put it")
        r"\bwith (?:it|the gun|the pistol|the barrel|the rifle|a gun|the shotgun) (?:pressed )?"
        r"(?:against|to|in) my (?:head|temple|chin|mouth)\b|\bi (?:held|put|pressed|placed|had) "
        r"(?:it|the gun|the pistol|the barrel|the rifle|a gun|the shotgun|my gun) (?:to|against|at|"
        r"in) my (?:head|temple|chin|mouth)\b|"
        # "I've stopped taking my heart pills on purpose so it'll be over sooner."
        r"\bso (?:it'll|it will|it'd|it would) (?:all )?be over (?:sooner|quicker|faster)\b|"
        r"\bso i(?:'ll| will|'d| would) (?:die|go) (?:sooner|quicker|faster)\b",
        True,
    ),
    cue(
        "self_harm",
        # "Cut again last night." (no one named: oneself)
        r"^(?:cut|burned|burnt|scratched|carved|sliced) (?:again|myself)\b|"
        # "those were my cuts from that night"
        r"\b(?:those|they|these|them) (?:were|are|was|is) my (?:own )?(?:cuts|burns|scars|marks)\b|"
        # "Started up with the blades again"
        r"\b(?:started|starting|start|back) (?:up )?(?:with|on) (?:the )?(?:blades?|razors?|"
        r"cutting|the cutting)(?: again)?\b|"
        # "i told a and e i fell on a glass but i did it myself"
        r"\b(?:stitches|cuts?|burns?|scars?|marks?|wounds?)\b[^.?!]{0,80}?\bi (?:did|done) (?:it|"
        r"them|that|those) (?:to )?myself\b|"
        # "picking the scabs off and opening them back up ... on purpose"
        r"\b(?:pick\w*|tear\w*|rip\w*) (?:the |my )?scabs?\b[^.?!]{0,60}?\b(?:on purpose|so "
        r"(?:they|it) (?:don't|dont|doesn't|doesnt|won't|can't) heal)\b|"
        # "mi did cut up mi foot bottom wid a blade so nobody woulda see" (hidden: done oneself)
        r"\bi (?:did )?(?:cut|burn\w*|scratch\w*|carv\w*)\b[^.?!]{0,60}?\b(?:with|wid) "
        r"(?:a|the|mi|my) (?:blade|razor|knife|lighter)\b[^.?!]{0,30}?\b(?:so|where) "
        r"(?:nobody|no one|no-one) "
        r"(?:would|woulda|could|can|will|would've) see\b|"
        # "Since Easter I've cut maybe three or four times."
        r"\bi(?:'ve| have) cut (?:maybe |about |around |like |only )?(?:once|twice|\w+ (?:or \w+ )?"
        r"times)\b",
        True,
    ),
    cue(
        "harm_to_others",
        # Patwa: "mi a go bus a shot inna him head"
        r"\b(?:bus|buss|bust) (?:a |two |some )?shots? (?:inna|in|at) (?:him|her|dem|them|\w+)\b|"
        # "i sent that lad a message saying i know where he lives and he'll be sorry"
        r"\b(?:sent|told|messaged|texted|said to|warned)\b[^.?!]{0,40}?\bi know where (?:he|she|"
        r"they|you) (?:lives?|stays?|works?)\b|"
        # "I pushed his mother down the stairs."
        r"\bi (?:pushed|shoved|threw|kicked) (?:him|her|them|his \w+|her \w+|my \w+) down (?:the )?"
        r"(?:stairs|steps)\b|"
        # "I'm going to punch his face until he bleeds"
        r"\b(?:punch|smash|kick|stamp on|slash|cut) (?:his|her|their) face (?:in|until|till|so)\b|"
        # "im gonna swerve into that cyclist next time"
        r"\b(?:swerve|drive|steer|plough|plow) (?:my car |the car )?into (?:that|the|this) "
        r"(?:\w+ )?(?:cyclist|guy|bloke|driver|man|woman|kid|fella|lad|prick|idiot)\b"
        r"[^.?!]{0,30}?\bnext "
        r"time\b|"
        # "posting that he's dead when he comes out of the pub"
        r"\b(?:he's|hes|she's|shes|you're|youre|they're|theyre) dead when (?:he|she|you|they) "
        r"(?:comes?|gets?|walks?|steps?)\b|"
        # "broke a fella's jaw at the match"
        rf"\bi?\b(?:broke|busted|smashed) (?:a|the|that|this) (?:\w+)'s {_BONE}\b|"
        # "I keep a knife in my glovebox for when the time comes." (of someone followed)
        r"\b(?:knife|blade|gun|bat|machete|hammer)\b[^.?!]{0,40}?\bfor when the time comes\b|"
        # "I made a list of who I'd shoot at school."
        r"\b(?:list|names) of (?:who|people|the people|everyone|those) i(?:'d| would|'m going to| "
        r"want to|'ll) (?:shoot|kill|stab|hurt|get)\b|"
        # "i have decided i will finish him" (not a game: "finish him at chess")
        r"\bi (?:will|'ll|am going to|'m going to|gonna|shall) finish (?:him|her|them)\b(?! (?:off "
        r"(?:the|a|my)|at|in|on)\b)",
        True,
    ),
    cue(
        "abuse_or_neglect",
        # "I've had nothing but tea and crackers since Tuesday and I can't get to the shop myself."
        r"\bi(?:'ve| have) had nothing (?:but|except|apart from|other than)\b[^.?!]{0,30}?\bsince "
        r"(?:\w+day|last \w+|\w+ days)\b[^.?!]{0,60}?\b(?:can't|cannot|couldn't) get (?:to|out)\b|"
        # "when he's had a drink he gets his hands round my throat"
        r"\b(?:he|she|they|my \w+) (?:gets|got|puts|put|wraps|wrapped|has|had) (?:his|her|their) "
        r"hands (?:round|around|on) my (?:throat|neck)\b|"
        # "my mum leaves me and my little brothers alone for like 4 days at a time"
        r"\bleav\w* (?:me|us|me and my (?:\w+ )?\w+|my \w+) (?:\w+ )?(?:alone|on (?:my|our|her|his|"
        r"their) own|by (?:myself|ourselves|herself|himself|themselves))\b[^.?!]{0,60}?\b"
        r"(?:no food|nothing to eat|no heating|days at a time|for (?:\w+ )?days|overnight|all "
        r"(?:day|night|"
        r"weekend))\b|"
        # "He only broke my finger the once"
        rf"\b(?:he|she|they)(?:'s| has)? (?:only |just )?(?:broke|broken|fractured|cracked) my "
        rf"{_BONE}\b(?![^.?!]*\b(?:play\w*|rugby|football|soccer|hockey|match|game|training|"
        rf"tackl\w*|accident\w*|by mistake|sparring|boxing|karate|judo|fell|fall)\b)|"
        # "he throws me into the wardrobe when mum's out"
        r"\b(?:he|she|they|my \w+) (?:throws|threw|chucks|chucked|slams|slammed|shoves|shoved|"
        r"pushes|pushed) me (?:into|against|down|across|at|through)\b|"
        # "he'll post my nudes everywhere if I leave him"
        r"\b(?:post|share|send|leak)\w* my (?:nudes|nude \w+|naked \w+|intimate \w+)\b|"
        # "my husband dont let me go out" (a partner's, not a parent's rule)
        r"\b(?:husband|wife|partner|boyfriend|girlfriend|fiance|fiancee) (?:dont|doesnt|wont|don't|"
        r"doesn't|won't) let me (?:go out|leave|see my|have my)\b|"
        # "I locked the little one in the shed overnight when he wet the bed."
        rf"\bi locked (?:the {_KID}|my (?:\w+ )?{_KID}|him|her|them) (?:in|into) (?:the |a |his "
        rf"|her )?(?:shed|cupboard|closet|room|garage|cellar|basement|car|bathroom|wardrobe|"
        rf"outhouse)\b[^.?!]{{0,30}}?\b(?:overnight|all night|for hours|all day|when|because|as "
        rf"(?:a )?punishment)\b|"
        # "i smack my toddler so hard it leaves handprints"
        rf"\bi (?:smack|hit|slap|whack|belt|beat)\w* my (?:\w+ )?{_KID}\b[^.?!]{{0,30}}?\b(?:so "
        rf"hard|marks|handprints|bruises?|welts)\b|"
        # "he twisted it till it cracked"
        r"\b(?:he|she|they) (?:twisted|bent|yanked) (?:it|my arm|my wrist|my fingers?) (?:till|"
        r"until|so hard|and) (?:it )?(?:cracked|broke|snapped)\b|"
        # "mammy forgets to feed us half the time"
        r"\b(?:forgets|forgot|doesn't|does not|don't|never|won't|wont|dont|doesnt) (?:to )?feed "
        r"(?:us|me)\b|"
        # "My daddy whups us young'uns with a switch till we bleed"
        r"\b(?:whups|whupped|whips|whipped|beats|beat|belts|belted|straps|strapped) (?:us|me)\b"
        r"[^.?!]{0,30}?\b(?:with a|till|until)\b",
    ),
)
