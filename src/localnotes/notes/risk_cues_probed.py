"""Words of risk that probes of everyday statements and questions found unread (issue 17's
thirty-first pass: 32 first-person statements, 11 read as nothing; 32 questions answered "Yes.",
5 read as nothing), each as a rule of its own kind, not of one dialog.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue

CUES: tuple[Cue, ...] = (
    # "I just want it all to stop, for good.", "I can't see a way out except to end it",
    # "not wanting to go on", "stood on the platform and thought about stepping off", a means kept
    # and thought of: "There's a rope in the garage and I keep thinking about it."
    cue(
        "suicidal_ideation",
        r"\b(?:want|wanted|wanting|need|needed) (?:it all|everything|all of it|the pain|the whole "
        r"thing) to (?:stop|end|be over),? (?:for good|forever|permanently|for ever)\b|"
        r"\b(?:(?:can't|cannot|can not|couldn't|don't|didn't) see (?:a|any)|no|there's no) "
        r"(?:other )?way out (?:except|but|other than|apart from) (?:to )?(?:end\w* (?:it|things|"
        r"my life)|dying|death|suicide)\b|"
        r"\bnot wanting to (?:go on|carry on|keep going|be here|be alive|live)\b|"
        r"\b(?:platform|tracks|roof|balcony|car park|overpass)\b[^.?!]{0,40}?\b(?:thought|"
        r"thinking|think) about (?:stepping|jumping|going) (?:off|over|in front|down)\b|"
        r"\b(?:rope|noose|pills|tablets|gun|shotgun|rifle)\b[^.?!]{0,50}?\bi (?:keep|kept|can't "
        r"stop|couldn't stop) (?:thinking|looking) (?:about|at) (?:it|them)\b",
        unnamed=True,
    ),
    # "Last week I took all my tablets at once.", "disappear for good", the car left running in
    # the garage
    cue(
        "suicidal_ideation",
        r"\b(?:took|swallowed|downed) all (?:my|the|her|his) (?:\w+ )?(?:pills|tablets|meds|"
        r"medication) at once\b|"
        r"\b(?:disappear|vanish|be gone|not be here) (?:for good|forever|for ever|permanently)\b|"
        r"\bi (?:sat|was sitting|sit|left it|had it) [^.?!]{0,30}\b(?:car|engine) running\b"
        r"[^.?!]{0,30}\bgarage\b",
        unnamed=True,
    ),
    # "Any burning or scratching?"
    cue(
        "self_harm",
        r"^(?:and |or |so )?any (?:more )?(?:cutting|burning|scratching|self-harm\w*|head-?banging|"
        r"picking at (?:your|the) skin)\b(?=[^.?!]*\?)",
    ),
    # "Have you ever deliberately injured yourself?", "I injured myself on purpose"
    cue(
        "self_harm",
        r"\b(?:deliberately |intentionally )?injur(?:e|ed|es|ing) (?:yourself|myself)\b"
        r"(?! (?:at|in|playing|during|lifting|skiing|running|training|on the)\b)",
    ),
    # "Have you been violent towards anyone recently?", "Have you threatened anyone?", "Do you
    # ever get into fights?"
    cue(
        "harm_to_others",
        r"\bthreaten(?:ed)? (?:anyone|anybody|someone|somebody|people)\b|"
        r"\b(?:get|got|getting|been) (?:into|in) (?:a )?(?:fights?|punch-ups?|scraps?)\b|"
        r"\b(?:been|get|got|gotten|become|became|was|were) violent (?:towards?|to|with) (?:anyone|"
        r"anybody|someone|somebody|people|others|him|her|them|my \w+|your \w+)\b",
    ),
    # "Were you ever hit as a child?", "Does anyone control where you go or who you see?", the
    # kids left on their own all weekend
    cue(
        "abuse_or_neglect",
        r"\b(?:hit|beaten|smacked|hurt|abused|belted|slapped|neglected) (?:as a (?:child|kid|"
        r"boy|girl|teenager)|growing up|when (?:you|i) (?:were|was) (?:little|small|a child|a "
        r"kid|young))\b|"
        r"\bcontrol\w* (?:where you go|who you (?:see|talk to)|your (?:money|phone|friends))\b"
        r"(?=[^.?!]*\?)|\b(?:he|she|they) control\w* (?:where i go|who i (?:see|talk to)|my "
        r"(?:money|phone|friends))\b|"
        r"\b(?:the )?(?:kids|children|baby|toddler|little ones?|twins)\b (?:have been|had been|"
        r"were|was|are|get|got) left (?:on (?:their|his|her) own|alone|home alone|by "
        r"(?:themselves|himself|herself))\b(?! (?:with|for (?:a|one) (?:minute|moment|second|sec)"
        r")\b)|"
        # "Does he ever push or shove you?"
        r"\b(?:push|shove|hit|grab|slap|kick)(?:es|s)? (?:or|and) (?:shove|push|hit|grab|slap|"
        r"kick)s? (?:you|me)\b",
        unnamed=True,
    ),
)
