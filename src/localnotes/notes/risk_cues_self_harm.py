"""Cues of self-harm said plainly: an act on oneself ("cut myself", "burn myself"), the word
itself, an act on one's own body said to be on purpose, a bite into one's arm, nails dug into
the skin. Split from `risk_cues` (issue 17's fiftieth pass) when that module reached its 400
lines; `risk_cue_scan` reads these right after it, in the same order as before. Patterns run on
lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import NOT_CUTTING_SOMETHING, SELF, Cue, cue

CUES: tuple[Cue, ...] = (
    cue(
        "self_harm",
        rf"\b(?:cut|cutting|cuts|burn|burning|burned|burnt|hurt|hurting|hurts|harm|harming|"
        rf"harmed|harms|hit|"
        rf"hitting|scratch\w*|punch\w*|starv\w*) (?:(?:the|your) \w+,? or )?{SELF}\b"
        r"(?! (?:off|short)\b)"  # "hurt the hand, or yourself, on purpose?"
        # a thing made for oneself: "cut myself a slice of cake", "burned myself a CD" (not "cut
        # myself a bit", "a few times", "a deep one", "some cuts")
        r"(?! (?:a|an|some) (?!(?:bit|little|few|couple|lot|fair|wee|tiny|good|bunch|load|number|"
        r"deep|bad|nasty|handful)\b|(?:\w+ )?(?:times?|cuts?|burns?|marks?|scratch\w*|lines?)\b)"
        r"\w)|"
        # punching one's own body ("I punch my thighs until they're purple")
        r"\bpunch(?:es|ed|ing)? (?:my|your) (?:own )?(?:thighs?|legs?|arms?|stomach|belly|face|"
        r"head|chest|ribs|sides?|knees?|shins?|jaw)\b",
        True,
    ),
    cue("self_harm", r"\bself[\s-]?(?:harm\w*|injur\w*|mutilat\w*)"),
    # an act on one's own body said to be on purpose: "I bit my lip on purpose until it bled"
    cue(
        "self_harm",
        r"\b(?:punch\w*|hit|hitting|scratch\w*|pick\w*|bit|bite|biting|slap\w*|smack\w*|bang\w*|"
        r"pinch\w*|burn\w*|cut|cutting|claw\w*|dig\w*|dug|gouge\w*) (?:at |on )?(?:(?:my|your) "
        r"(?:own )?(?:(?:fore)?arms?|legs?|knees?|thighs?|skin|face|head|stomach|belly|hands?|"
        r"wrists?|chest|scalp|lips?|cheeks?|cuticles?|scabs?|sores?|spots?|plaques?|patches|shins?|"
        r"feet|foot)|"
        r"(?:them|it) open)\b[^.?!]{0,30}?\b(?<!not )(?<!n't )(?:on purpose|deliberately|"
        r"intentionally)\b",
        True,
    ),
    cue(
        "self_harm",
        r"\b(?:hurt\w*|harm\w*|injur\w*|damag\w*) (?:my|your) (?:own )?(?:body|skin) "
        r"(?:on purpose|deliberately|intentionally)\b|"
        # "hurt yourself on purpose" as speech recognition hears it
        r"\bheard (?:my|your)self (?:on purpose|deliberately|intentionally)\b",
        True,
    ),
    # the act told with what it was done with: "I'd scratch my arm with a paper clip"
    cue(
        "self_harm",
        r"\b(?:cut|cuts|cutting|scratch\w*|burn\w*|carv\w*) (?:on )?(?:the (?:inside|back|top|"
        r"underside|palm) of )?(?:my|your) (?:arms?|legs?|wrists?|thighs?|skin|stomach|hips?|"
        r"hands?|fingers?|feet|ankles?)\b[^.?!]{0,20}?\bwith (?:a|the|my|your) "
        r"(?:paper ?clip|razor|blade|knife|lighter|pin|needle|scissors|glass|compass)\b"
        r"(?! (?:while|when) shaving)",
        True,
    ),
    # "You said you used to burn yourself.": the object left out ("I used to cut in school")
    cue(
        "self_harm",
        r"\b(?:used to|started to|began to) (?:cut|burn|scratch)(?=\s*(?:[,.;!?]|$)| (?:when|in|at|"
        r"as|back|until|till|again|every|a lot|on (?:my|your))\b)",
    ),
    # "I cut." said as a sentence of its own, the object left out
    cue("self_harm", r"^\W*(?:i|and i|so i) (?:cut|cut again|burned|burnt)\W*$", True),
    cue(
        "self_harm",
        r"\b(?:urges?|urge) to (?:cut|hurt|burn|harm)\b(?! (?:people|others|him|her|them|someone|"
        r"somebody|anyone|anybody|my|the|a|an|his|their|your|other)\b)",
    ),
    cue(
        "self_harm",
        r"\b(?:started|stopped|been|was|were|go back to|relapsed on|relapse on|still) cutting\b"
        + NOT_CUTTING_SOMETHING
        + r"|"
        r"\b(?:cut|cuts|scratch\w*|burn\w*|carv\w*|pick\w*|bang\w*|hit|punch\w*|bit|bite|bites|"
        r"biting) (?:on |at )?"
        r"(?:my|your) (?:(?:fore)?arms?|legs?|wrists?|thighs?|skin|stomach|head|hands?)\b"
        r"[^.?!]{0,30}?\b(?:until|till|so) (?:it|they|i|you) (?:bled|bleed|bleeds|bruised|hurt)\b|"
        r"\bcut (?:on )?(?:my|your) (?:arms?|legs?|wrists?|thighs?|skin|stomach|ankles?|calf|"
        r"calves|hips?|belly|shoulders?|upper arms?)\b|"
        # "Do you cut your body with razor?" (p26; not "cut my body fat", "cut my body hair")
        r"\bcut (?:my|your) (?:own )?body\b(?! (?:fat|weight|hair|count|clock|of work))|"
        r"\b(?:the|your|my|her|his|any|more|about) cutting\b(?! (?:board|edge|back|down|"
        r"corners|class|out|in line|it|ties|remarks?|costs?|hours|the))",
    ),
    # a burn held on: "I pressed my hand on the hot iron" (not "I touched the stove by accident")
    cue(
        "self_harm",
        r"\b(?:pressed|press|presses|pressing|held|hold|holds|holding|kept|forced) (?:my|your) "
        r"(?:own )?(?:hands?|arms?|fingers?|palms?|wrists?|legs?|thighs?) (?:down )?(?:on|onto|"
        r"against|into|under|over) (?:the |a )?(?:(?:hot|lit) )?(?:iron|stove|hob|burner|oven door|"
        r"candle|lighter|flame|radiator|cigarette|(?:hot|boiling|burning) (?:water|pan|kettle|"
        r"metal|plate))\b"
        r"(?![^.?!]{0,40}\b(?:by accident|accidentally|by mistake|to (?:cool|warm|heat|dry|"
        r"soothe|thaw))\b)",
        True,
    ),
    # a bite into one's own arm, hard: "I bite my forearm, hard enough to leave marks"
    cue(
        "self_harm",
        r"\b(?:bit|bite|bites|biting) (?:into )?(?:my|your) (?:own )?(?:(?:fore)?arms?|wrists?|"
        r"hands?|thighs?|legs?)\b(?! off\b)",
        True,
    ),
    # self-harm by what is at hand: nails dug into the skin
    cue(
        "self_harm",
        r"\b(?:dig\w*|dug|press\w*|jab\w*) (?:my|your) (?:finger)?nails into (?:my|your) "
        r"(?:\w+ )?(?:arms?|forearms?|skin|legs?|hands?|palms?|wrists?|thighs?)\b",
        True,
    ),
)
