"""Risk told in passing, from the probe p24 (issue 17's fiftieth pass, read after three passes
blind), each made general: tablets swallowed "to end it", "I'll finish myself", a rescue that
came minutes too soon, going over the side of a bridge; a relapse of "sh"; a black eye given, a
rifle taken to "settle things", someone put on the floor with a bone broken, doing someone in,
waiting for someone with a hammer; held by the throat, bruises "done with a belt", a beating in
Jamaican Creole; asked: an animal hurt on purpose, a child at home being hurt, being made to do
things under threat of punishment. Cues as in risk_cues, whose shape they share. Patterns run on
lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue

_WEAPON = r"(?:hammer|knife|bat|machete|crowbar|gun|rifle|shotgun|pistol|blade|brick|axe)"

CUES: tuple[Cue, ...] = (
    cue(
        "suicidal_ideation",
        # tablets taken "to end it"
        r"\b(?:swallowed|took|downed|necked|had) (?:the lot|all of (?:them|it)|the whole (?:box|"
        r"bottle|packet|pack|strip)|a (?:handful|load|bunch) of (?:\w+ )?(?:pills|tablets))\b"
        r"[^.?!]{0,20}?\bto (?:end it|end (?:my life|it all)|die|not wake up)\b|"
        # "next time I won't mess it up, I'll finish myself properly"
        r"\bi(?:'ll| will|'m going to|'m gonna| want to) finish myself\b|"
        # a rescue minutes too soon: "another ten minutes and I'd have been gone"
        r"\b(?:another|ten|five|twenty|a few|two|half an hour) (?:more )?(?:minutes?|seconds?|"
        r"hours?)?(?: later)? and i(?:'d| would) (?:have been|be) (?:gone|dead)\b"
        r"(?! (?:home|out|to|by|before|already)\b)|"
        # a bridge and going over its side, thought of
        r"\b(?:bridge|cliff|ledge|roof|balcony|viaduct|car park|multi-storey|pier)\b[^.?!]{0,60}?"
        r"\b(?:thinking|thought|think|want\w*|wanna|going to|gonna)(?: about| of)? (?:just )?"
        r"(?:going|go|goin'?|jump\w*|step\w*|throw\w* myself) (?:over|off) the (?:side|edge|"
        r"rail\w*|parapet|top)\b|"
        r"\b(?:thinking|thought|think|want\w*|wanna|going to|gonna)(?: about| of)? (?:just )?"
        r"(?:going|go|goin'?|jump\w*|step\w*|throw\w* myself) (?:over|off) the (?:side|edge|"
        r"rail\w*|parapet|top) of (?:the |a |that )?(?:\w+ )?(?:bridge|cliff|viaduct|car park|"
        r"multi-storey|pier)\b",
        True,
    ),
    cue(
        "self_harm",
        # "lowkey relapsed on sh this week, broke my 90 day streak"
        r"\b(?:relaps\w*|slipped(?: up)?) (?:on|with|into|back into) (?:sh|self[- ]?harm\w*)\b|"
        r"\bsh (?:streak|relapse|free|clean)\b",
        True,
    ),
    cue(
        "harm_to_others",
        r"\bi (?:gave|give) (?:her|him|them|my \w+|the \w+) a (?:black eye|fat lip|bloody nose|"
        r"broken nose|split lip|good hiding|hiding|beating|kicking|shiner)\b(?! (?:at|in|on) )|"
        rf"\bwith my (?:\w+ )?{_WEAPON}\b[^.?!]{{0,40}}?\bsettle (?:things|it|this|the score|up)\b|"
        r"\bput (?:him|her|them|the \w+) on the (?:floor|deck|ground)\b[^.?!]{0,40}?\b(?:broken|"
        r"in hospital|stitches|jaw|nose|ribs)\b|"
        r"\b(?:thinking|thought|think|want\w*|gonna|going to|fixing to|fixin'? to)(?: about| of)? "
        r"(?:\w+ )?(?:doing|do) (?:him|her|them|my [\w']+) in\b|"
        rf"\bwaiting for (?:him|her|them)\b[^.?!]{{0,40}}?\bwith (?:a|the|my) {_WEAPON}\b",
        True,
    ),
    cue(
        "harm_to_others",
        # asked: an animal hurt on purpose
        r"\b(?:hurt|hurting|hit|kick\w*|beat\w*) (?:a|an|your|the|my) (?:pet|animal|dog|cat)\b"
        r"[^.?!]{0,40}?\b(?:on purpose|deliberately|when (?:you were|i was|you're|i'm) angry)\b",
    ),
    cue(
        "abuse_or_neglect",
        # a person's hands, not the drink's: "he'd had me by the throat" (not "It had me by the
        # throat.")
        r"\b(?:he|she|they|my \w+)(?:'d|'s)? (?:had|got|grabbed|held|pinned|has|grabs|holds) me "
        r"by the (?:throat|neck|hair)\b|"
        r"\b(?:stepdad|stepfather|dad|father|mum|mother|boyfriend|partner|husband|he|she)\b"
        r"[^.?!]{0,20}?\bdid (?:them|those|that|it|the bruises) with (?:a|the|his|her) (?:belt|"
        r"strap|cord|wire|stick|cane|wooden spoon|slipper)\b|"
        # Jamaican Creole: "him lick mi every time him vex"
        r"\b(?:him|she|dem|(?:my|mi) (?:\w+ )?\w+) (?:lick|licks|box|boxes|bus|buss) mi\b|"
        # asked: a child at home being hurt; made to do things under threat
        r"\b(?:a|any|the) (?:child|children|kids?)\b[^.?!]{0,30}?\bbeing (?:hurt|hit|harmed|"
        r"abused)\b|\b(?:made|forced) to do things you don't want\b|\bpunished if you (?:refuse|"
        r"say no)\b",
    ),
    cue(
        "abuse_or_neglect",
        # a parent's blows denied with no one named: "My dad yells. But he doesn't hit, never."
        # (bg07; the cue is itself the denial)
        r"\b(?:he|she|they|my (?:dad|father|mum|mom|mother|stepdad|stepmum|stepmom|parents|"
        r"husband|wife|partner|boyfriend|girlfriend))(?:'s| has| have)? (?:doesn't|does not|don't|"
        r"do not|didn't|did not|never|has never|have never|wouldn't|would never) (?:hit|beat|hurt|"
        r"slap|smack)(?=\s*(?:[.!;]|,? (?:never|ever|at all|no)\b|$))",
        denies=True,
    ),
)
