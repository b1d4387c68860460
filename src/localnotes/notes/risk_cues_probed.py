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
    # a way over a barrier looked for, a death's payout thought of: "Sat in the car park working
    # out where the fence was low", "That Kylie would get the payout." (not "the fence is low at
    # the back, the dog gets out")
    cue(
        "suicidal_ideation",
        r"\b(?:working out|work out|worked out|looking for|looked for|checking|checked|figuring "
        r"out|figured out|seeing) where (?:the )?(?:fence|railing|barrier|rail|wall|netting)s? "
        r"(?:was|were|is|are) (?:low|lowest|lower|shortest|easiest to (?:climb|get over))\b"
        r"(?![^.?!]{0,40}\b(?:dogs?|cats?|sheep|cattle|cows?|horses?|goats?|chickens?|fix|mend|"
        r"repair|kids? (?:get|got|keep))\b)|"
        r"\b(?:would|'d|could|will) (?:get|have|collect|be left) (?:the|my) (?:payout|life "
        r"insurance|insurance money|death benefit|super payout)\b",
        True,
    ),
    # "I feel I should just die." (not "I should just die of embarrassment")
    cue(
        "suicidal_ideation",
        r"\bi (?:feel|think|felt|thought)(?: like)? i (?:should|might as well|may as well) "
        r"(?:just )?(?:die|be dead)\b(?! (?:of|from|laughing|when|if)\b)",
        True,
    ),
    # "I just want to disappear.", said as a whole sentence (not "When he said that I wanted to
    # disappear", a shame; not "disappear to Spain for a week")
    cue(
        "suicidal_ideation",
        r"^(?:and |but |so |honestly,? )?(?:i )?(?:just |really |sometimes |often |kind of |"
        r"sort of )*"
        r"(?:want|wanted|wish|wished) (?:to|i could) (?:just )?(?:disappear|vanish)(?: (?:for good|"
        r"forever|for ever|completely|altogether|and never come back|and not come back))?\W*$",
        True,
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
    # "take it out on yourself physically", "I relapsed and cut on Saturday", marks "I did
    # myself"
    cue(
        "self_harm",
        r"\btak(?:e|es|ing|en) (?:it|things|that) out on (?:yourself|myself)\b(?! (?:by|with) "
        r"(?:work|food|eating|cleaning|exercise)\b)|"
        r"\b(?:relapsed|slipped(?: up)?) and (?:cut|burned|burnt|scratched|hurt myself)\b|"
        r"\b(?:marks|cuts|burns|scratches)\b[^.?!]{0,40}\bi did (?:them|it|those)(?: myself| to "
        r"myself)\b",
        unnamed=True,
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
        # "Have you threatened your ex since the court date?"
        r"\bthreaten(?:ed)? your (?:ex|partner|wife|husband|boss|neighbou?r|brother|sister|son|"
        r"daughter|kids?|mum|mom|dad|mother|father|girlfriend|boyfriend|manager|landlord)\b|"
        # (asked by its form alone, the question mark not always heard)
        r"\bany (?:harm|hurt|violence|hitting) (?:done )?to you,? or (?:from )?you to (?:them|him|"
        r"her|anyone)\b|"
        # "getting back at him, you know, physically", "going round there with a knife"
        r"\bget(?:ting)? (?:back at|even with) (?:him|her|them|someone|\w+)\b[^.?!]{0,30}"
        r"\bphysically\b|"
        r"\b(?:going|go|went|goes) (?:round|over|around)(?: (?:there|to his|to hers?|to theirs?|"
        r"next door))?\b[^.?!]{0,20}\bwith (?:a|the|my) (?:knife|bat|hammer|gun|machete|blade|"
        r"crowbar)\b(?![^.?!]*\b(?:fix\w*|mend\w*|repair\w*|nail\w*|hang\w*|build\w*|put\w* up|"
        r"knock\w* in|shel(?:f|ves)|fence|job|jobs|diy|to help)\b)|"
        # "I put a lad through the window of the chippy"
        r"\b(?:put|threw|chucked|pushed|shoved|knocked|slung|lamped) (?:him|her|them|someone|"
        r"somebody|(?:a|the|this|that|some|one) (?:lad|guy|bloke|fella|fellow|man|woman|kid|girl|"
        r"boy|bouncer|geezer|chap|lass|lassie|copper|screw)) (?:straight )?through (?:a|the) "
        r"(?:window|wall|door|table|glass|windscreen|fence|shop front)\b|"
        # "Have you felt like harming your baby?" (asked)
        r"\b(?:harm\w*|hurt\w*|smother\w*|shak\w*) your (?:baby|child|kids?|children|son|"
        r"daughter|little one)\b(?=[^.?!]*\?)|"
        r"\b(?:get|got|getting|been) (?:into|in) (?:a )?(?:fights?|punch-ups?|scraps?)\b|"
        r"\b(?:been|get|got|gotten|become|became|was|were) violent (?:towards?|to|with) (?:anyone|"
        r"anybody|someone|somebody|people|others|him|her|them|my \w+|your \w+)\b",
    ),
    # "Were you ever hit as a child?", "Does anyone control where you go or who you see?", the
    # kids left on their own all weekend
    cue(
        "abuse_or_neglect",
        # done to the speaker or the listener ("Were you ever hit ...", "I was beaten ..."), not
        # "My grandad was beaten as a boy"
        r"\b(?:i|you)(?: \w+){0,3}? (?:hit|beaten|smacked|hurt|abused|belted|slapped|neglected) "
        r"(?:as a (?:child|kid|"
        r"boy|girl|teenager)|growing up|when (?:you|i) (?:were|was) (?:little|small|a child|a "
        r"kid|young))\b|"
        r"\bcontrol\w* (?:where you go|who you (?:see|talk to)|your (?:money|phone|friends))\b"
        r"(?=[^.?!]*\?)|\b(?:he|she|they) control\w* (?:where i go|who i (?:see|talk to)|my "
        r"(?:money|phone|friends))\b|"
        # asked: "Are the little ones ever left on their own at home?"
        r"\b(?:are|were|is|was) (?:the|your) (?:kids|children|baby|toddler|little ones?|twins) "
        r"(?:ever |often |sometimes )?left (?:on (?:their|his|her) own|alone|home alone|by "
        r"(?:themselves|himself|herself))\b|"
        r"\b(?:the )?(?:kids|children|baby|toddler|little ones?|twins)\b (?:have been|had been|"
        r"were|was|are|get|got)(?: ever| often| sometimes)? left (?:on (?:their|his|her) own|"
        r"alone|home alone|by "
        r"(?:themselves|himself|herself))\b(?! (?:with|for (?:a|one) (?:minute|moment|second|sec)"
        r")\b)|"
        # "Have there been times the kids have gone without meals ...?", "He gets handy with me",
        # "Does your son ever take your money or stop you from seeing people?"
        r"\b(?:kids|children|baby|little ones?)\b[^.?!]{0,20}\b(?:gone|go|went|going) without "
        r"(?:meals|food|eating|dinner|a meal)\b(?![^.?!]*\b(?:once|power)\b)|"  # not a power cut
        r"\b(?:gets|got|getting) handy (?:with me|with us)\b|"
        r"\b(?:take|takes|taking) your (?:money|pension|benefits|savings|bank card)\b"
        r"(?=[^.?!]*\?)|\bstop(?:s|ping)? (?:you|me) (?:from )?(?:seeing (?:people|friends|family|"
        r"anyone)|going out|leaving the house|having (?:money|a phone))\b|"
        r"\b(?:he|she)\b(?: \w+){0,6} (?:won't|will not|doesn't|does not|never) let(?:s)? me have "
        r"(?:any )?(?:money|a phone|a bank account)\b|"
        # "And anyone at home, any harm to you, or you to them?" (aj18)
        r"\bany (?:harm|hurt|violence|hitting) (?:done )?to you\b(?=[^.?!]*\?|,? or (?:from )?you "
        r"to\b)|"
        # "Does he ever push or shove you?"
        r"\b(?:push|shove|hit|grab|slap|kick)(?:es|s)? (?:or|and) (?:shove|push|hit|grab|slap|"
        r"kick)s? (?:you|me)\b",
        unnamed=True,
    ),
    # the client's own children left alone overnight: told of oneself, still reported
    cue(
        "abuse_or_neglect",
        # ("I've left the little ones, they're four and six, on their own overnight")
        r"\bleft (?:the|my) (?:kids|children|baby|toddler|little ones?|twins)\b"
        r"(?:, [^,.?!]{1,30},)? (?:on (?:their|his|"
        r"her) own|alone|home alone|by themselves)\b[^.?!]{0,20}\b(?:overnight|all night|all day|"
        r"for hours|all weekend)\b",
        unnamed=True,
        by_client=True,
    ),
)
