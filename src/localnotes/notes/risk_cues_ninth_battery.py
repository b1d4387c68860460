"""Risk told as in the ninth battery of plain telling (tests/data/risk_battery_48, written blind
for issue 17's forty-eighth pass and read in it), each made general: online slang ("unalive",
"sewerslide"); the lot swallowed "hoping that'd be it"; a stomach pumped; "next time I won't
wake up"; making sure of enough; a goodbye typed out; "I'd have been gone by then"; a hose run to
the exhaust; gone out "and not come back"; a place named "to finish it"; something found and
owned in the next sentence (read with it, `risk_fragments`); photos of one's cuts posted or
rated; a palm cut to let it drip; "I'd done it with a kitchen knife"; pinching till the skin
breaks; one given "across the face", a hiding; someone grabbed by the throat; a threat that
someone "will regret it"; things thrown at a partner; a school to be shot up; waiting outside
with a bat; "gut him"; a car driven at someone; "make her pay in blood"; pinned to a wall by the
neck; a baby left in a cot all day; "that was me with the wooden spoon"; a mark left on a
child's face; a plate thrown at one's head; "I'm not to talk to ..."; a son locked in a shed
overnight; touched "when no one's around"; no key of one's own; savings moved into another's
account; forced "when I say no"; small children left home alone. Cues as in risk_cues, whose
shape they share. Patterns run on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue

_WEAPON = r"(?:bat|knife|machete|hammer|crowbar|gun|blade|axe|bar|cricket bat|baseball bat)"
_PARTNER = (
    r"(?:her|him|them|my (?:wife|husband|partner|girlfriend|boyfriend|missus|kids?|son|daughter))"
)
_THROWN = r"(?:mug|plate|glass|bottle|cup|shoe|chair|knife|phone|remote|pan|kettle|ashtray|jar)"
_CHILD = r"(?:the little one|the baby|my baby|the twins|my twins|the kids|my kids|the children)"

#: something found, then owned in the sentence after, read as one (`risk_fragments`)
_FOUND = r"\bfound (?:the|my|a|an|some|his|her) (?:\w+ )?"
_OWNED = (
    r"\b(?:i'd|i had|i) (?:bought|got|kept|saved|hidden|hid|stashed|brought|taken|took) (?:it|them)"
)

CUES: tuple[Cue, ...] = (
    cue(
        "suicidal_ideation",
        rf"{_FOUND}(?:rope|noose|ligature|cord|hose|pills|tablets|stash|gun|"
        rf"shotgun)\b[^?!]{{0,60}}?"
        rf"{_OWNED} for (?:myself|me)\b(?! to (?:climb|tie|tow|carry|sleep))",
        True,
    ),
    cue(
        "self_harm",
        rf"{_FOUND}(?:blades?|razors?|razor blades|sharpener blades?|scalpels?)\b[^?!]{{0,60}}?"
        r"\b(?:(?:they're|they are|those are|it's|that's) (?:what|the ones?) i (?:use|used|cut "
        r"with)\b|(?:i'd|i had|i) (?:kept|hidden|hid|stashed|saved) (?:it|them) for my (?:arms?|"
        r"legs?|wrists?|thighs?)\b)",
        True,
    ),
    cue(
        "harm_to_others",
        rf"{_FOUND}(?:knife|blade|machete|bat|gun|hammer|crowbar|axe)\b[^?!]{{0,60}}?{_OWNED} for "
        r"(?:that|this) (?:\w+ ){0,2}(?:lad|guy|man|boy|bloke|kid|girl|woman|fella|"
        r"neighbou?r|ex|brother|boss|stepdad|dad|teacher)\b",
        True,
    ),
    cue(
        "suicidal_ideation",
        r"\bunalive (?:myself|me)\b|\bsewer ?slide\b|\bself[- ]unalive\b|"
        r"\b(?:swallowed|took|necked|downed) (?:the lot(?! of)|all of them|the whole (?:box|"
        r"packet|bottle|"
        r"strip|lot))\b[^.?!]{0,50}?\b(?:hoping|hoped) (?:that'?d be it|that would be it|i'?d not "
        r"wake|i wouldn't wake|it would be the end)\b|"
        r"\b(?:pumped my stomach|my stomach pumped)\b(?![^.?!]*\b(?:food poisoning|mushrooms|by "
        r"accident|"
        r"accidentally|wrong (?:pills|dose|tablets))\b)|"
        r"\bnext time,? i (?:won't|will not|wont) wake up\b|"
        r"\bi'?ll make sure (?:i'?ve got|i have|there's|there is) enough (?:of them|pills|"
        r"tablets)\b|"
        r"\b(?:typed|wrote|written|drafted)(?: out)? (?:a|my) goodbye (?:to|for) my\b|"
        r"\bi(?:'d| would) have been gone by then\b|"
        r"\b(?:hook|hooking|hooked|run|running|ran|attach|attaching|attached) (?:it|the hose|a "
        r"hose|the pipe) (?:up )?to the exhaust\b|"
        r"\bi (?:was|am|'m) (?:gonna|going to) (?:go|walk|drive) (?:out )?(?:to|into) "
        r"[^.?!,]{1,30}? "
        r"and not (?:come|coming) back\b|"
        r"\bgoing (?:out )?to the (?:cliffs?|bridge|tracks|river|quarry|sea) to (?:finish|end) "
        r"it\b",
        True,
    ),
    cue(
        "self_harm",
        r"\b(?:photos?|pictures?|pics) of my (?:cuts|burns|scars)\b|\b(?:me and [^.?!]{0,60}?\bwe "
        r"|i )(?:\w+ )?(?:post|posted|share|shared|rate|rated) (?:our|my) (?:cuts|burns|scars)\b|"
        r"\bi (?:cut|slice|sliced|prick|pricked) my (?:palm|hand|finger)s?\b[^.?!]{0,30}?\b(?:let "
        r"it (?:drip|bleed)|watch it bleed)\b|"
        r"\bi(?:'d| had) done it (?:to myself )?with (?:a|the|my) (?:kitchen |stanley )?(?:knife|"
        r"blade|razor|scissors|compass)\b|"
        r"\bi (?:\w+ )?(?:pinch|scratch|pick|dig)\w*[^.?!]{0,25}?\b(?:till|until) (?:it "
        r")?(?:breaks|"
        r"broke|splits|split)(?: the skin)?\b",
        True,
    ),
    cue(
        "harm_to_others",
        r"\bgave (?:him|her|them|the (?:lad|guy|bloke|man|kid|boy|girl|woman|fella)) (?:one|a "
        r"slap|a smack|a punch|a hiding|a kicking|a "
        r"beating|a good hiding) (?:across|in|round|on) the (?:face|head|jaw|mouth|nose|ear)\b|"
        r"\b(?:(?:me and (?:the|my) \w+|i|we) )?gave (?:a|that|this|the) (?:fella|bloke|guy|lad|"
        r"man|"
        r"kid|boy) a (?:hiding|kicking|"
        r"beating|good hiding)\b|"
        rf"\bi (?:\w+ ){{0,2}}(?:grab|grabbing|grabbed|hold|holding|held) {_PARTNER} by the "
        r"(?:throat|neck|hair)\b(?![^.?!]{0,12}\bto (?:stop|save|pull|keep|get)\b)|"
        r"\bi (?:messaged|texted|told|sent) (?:my ex|her|him|them)\b[^.?!]{0,50}?\b(?:she'll|he'll|"
        r"they'll|you'll) regret it\b|"
        r"\bi (?:\w+ )?(?:up )?(?:throwing|throw|threw|chuck|chucking|chucked|hurl\w*) "
        r"(?:whatever'?s|"
        rf"whatever is|things|stuff|(?:a|the|my) {_THROWN})(?: in my hand)? at {_PARTNER}\b|"
        r"\bshoot(?:ing)? up (?:my|the|a) (?:old )?(?:school|college|work|office|church|mosque)\b|"
        rf"\bwait(?:ed|ing)? (?:outside|for (?:him|her))[^.?!]{{0,30}}?\bwith (?:a|the|"
        rf"my) {_WEAPON}\b|"
        r"\bgut (?:him|her|them)\b|\b(?:ran|drove|run|drive|aimed) (?:my|the) (?:car|van|truck|"
        r"ute) "
        r"(?:at|into) (?:him|her|them)\b|\bmake (?:him|her|them) pay in blood\b|"
        r"\bwanna unalive (?:him|her|them|the \w+)\b",
        True,
    ),
    cue(
        "abuse_or_neglect",
        r"\b(?:he|she|they|my \w+) (?:\w+ )?(?:puts|put|pins|pinned|holds|held|pushes|pushed) me "
        r"(?:up )?against the (?:wall|door|fridge|car) by (?:my|the) (?:neck|throat|hair)\b|"
        r"\b(?:she|he|they|my \w+) (?:threw|throws|chucked|hurled) (?:a|the|her|his) \w+ at my "
        r"head\b|"
        r"\bi'?m not (?:to|allowed to) (?:talk|speak) to (?:the|my|any)\b|"
        r"\bi'?m not allowed (?:a key to (?:the|our|my) (?:house|flat|home)|(?:a|my own) key(?= "
        r"*[.,;!]| of "
        r"my own)|my own (?:phone|money|bank card|card))\b|"
        r"\b(?:he|she|they|my \w+) (?:\w+ )?touch(?:es|ed)? me\b[^.?!]{0,40}?\bwhen (?:no one|"
        r"nobody|"
        r"no-one)(?:'s| is| was) (?:around|there|looking)\b|"
        r"\b(?:moving|moved|moves|transferring|transferred) my (?:savings|pension|money|benefits) "
        r"(?:into|to) (?:his|her|their) (?:own )?account\b|"
        r"\b(?:he|she|they|my \w+) (?:\w+ )?(?:forces|forced|makes|made) me (?:when|even when|if) "
        r"i "
        r"say no\b",
    ),
    cue(
        "abuse_or_neglect",
        rf"\bleav(?:e|ing) {_CHILD} in (?:his|her|their|the) (?:cot|crib|pram|room) all day\b|"
        r"\bthat was me with the (?:wooden spoon|belt|slipper|cane|stick|hairbrush)\b|"
        r"\b(?:slap|smack|hit|belt|whack|clip)\w*\b[^.?!]{0,80}?\bleaves? a mark on (?:her|his|"
        r"their) (?:face|"
        r"arm|legs?|back|bum|body)\b|"
        r"\blocked in the (?:shed|cupboard|cellar|basement|garage) (?:overnight|all night|for "
        r"(?:hours|"
        r"days))\b|"
        r"\bleave (?:the|my) (?:twins|kids|children|little ones|boys|girls) (?:at )?home (?:by "
        r"themselves|alone|on their own)\b(?=[^.?!]*\b(?:they're|they are) (?:one|two|three|four|"
        r"five|six|seven|\d)\b)",
        by_client=True,
    ),
)
