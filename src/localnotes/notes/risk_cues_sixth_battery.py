"""Risk told as the sixth battery of plain telling tells it (tests/data/risk_battery_45, read in
issue 17's forty-fifth pass after it was measured unread), each made general: an insurer asked
whether it pays out on a suicide, not planning on being here, a lorry driven into, the sea walked
into "meaning not to come back", "go to sleep for good", "join her" after a death, "get off the
bus", "checking out", not seeing oneself here by a date, a press climbed into "to be done"; things
swallowed, bleach sipped, needed medicine skipped on purpose, a car wished to hit one, eyes shut
at the wheel, a hand held on an oven door, stitches dug open, lines done on a leg; an animal
poisoned, kicked or drowned, tyres slashed, someone run off the road, a gun "pulled on" someone,
drops put in a drink to make someone sick, acid bought; a brother who comes into one's room at
night, a stepmother who makes one eat off the floor, a nephew who made one change one's will,
a threat texted ("you won't walk right for a week"); children left at home alone, without tea,
minded by a child overnight, not taken to the doctor, a bedbound parent not fed. Cues as in
risk_cues, whose shape they share. Patterns run on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue

_PET = r"(?:dog|dogs|cat|cats|puppy|puppies|kitten|kittens|pet|pets|rabbit|budgie|hamster)"
_KID = (
    r"(?:kids|children|the little one|the baby|my boy|my girl|my son|my daughter|the boys|"
    r"the girls)"
)

CUES: tuple[Cue, ...] = (
    # an insurer asked whether it pays out on a suicide: "rang the insurance to check they'd
    # still pay out if I did it myself"
    cue(
        "suicidal_ideation",
        r"\b(?:insurance|insurer|insurers|policy|life cover)\b[^.?!]{0,60}?\bpay(?:s)? out (?:on "
        r"(?:a )?"
        r"suicide|if i (?:did it|do it|killed|kill|took|take|ended|end))\b",
        True,
    ),
    # "I honestly don't plan on being here after the new year", "I don't really see myself
    # being here by the end of year 12" (not in this job, this town)
    cue(
        "suicidal_ideation",
        r"\bi (?:don't|do not|dont) (?:really |honestly )?(?:plan on|intend on|see myself) "
        r"(?:still )?"
        r"(?:being here|being around|being alive)\b(?! (?:in|at|for) (?:this|the|that) (?:job|"
        r"company|town|city|house|place|school|area|country|team)\b)(?![^.?!]{0,40}?\b(?:moving|move|"
        r"relocat\w*|emigrat\w*|transfer\w*|new job|leaving for|posted)\b)",
        True,
    ),
    # the sea walked into "meaning not to come back"
    cue(
        "suicidal_ideation",
        r"\b(?:meaning|meant|intending|planning|hoping|wanting) not to come (?:back|out|home|"
        r"round)\b",
        True,
    ),
    # a lorry driven into: "driving into the back of a lorry on the m8 ... full speed"
    cue(
        "suicidal_ideation",
        r"\b(?:driv\w*|drove|steer\w*|crash\w*|plough\w*) (?:my car |the car |the van )?(?:into|"
        r"under) (?:the back of |the front of )?(?:a|an|the) (?:\w+ )?(?:lorry|truck|artic|bus|"
        r"tanker|juggernaut)\b",
        True,
    ),
    # "go to sleep for good"; "take the whole lot of my tablets"
    cue(
        "suicidal_ideation",
        r"\b(?:go|goes|going|went|gone) to sleep for good\b|\btake (?:the whole lot|all) of my "
        r"(?:tablets|pills|meds|medication)\b",
        True,
    ),
    # "it's time I went to join her" after a death (not "join her in Spain")
    cue(
        "suicidal_ideation",
        r"\b(?:time i went|time to go|want to go|ready to go|i'll go|going) (?:and |to )?join "
        r"(?:her|"
        r"him|them|my (?:wife|husband|son|daughter|mum|mam|dad|mother|father|boy|girl|parents))\b"
        r"(?! (?:in|at|for|on|to|later|tomorrow|next|soon for|after work)\b)",
        True,
    ),
    # "I'm ready to get off the bus", "make my stop come a bit sooner"
    cue(
        "suicidal_ideation",
        r"\bready to get off the bus\b(?! (?:at|in|and)\b)|\bmake my stop come\b",
        True,
    ),
    # "planning on checking out before my birthday" (not checking out of a hotel, nor a place)
    cue(
        "suicidal_ideation",
        r"\b(?:planning on|plan on|planning to|plan to|thinking about|thinking of|going to|gonna|"
        r"ready to|want to|wanna|decided to) check(?:ing)? out\b(?! (?:of|the|that|this|a|an|some|"
        r"those|these|at|from|early|late|his|her|their|my|our|what|how|new)\b)",
        True,
    ),
    # "I could just climb in and be done" (a press at the mill)
    cue("suicidal_ideation", r"\bclimb (?:in|into it|inside)(?: it)? and be done\b", True),
    # "I've kind of decided how" (said of dying: at the sentence's end)
    cue(
        "suicidal_ideation",
        r"\bi(?:'ve| have) (?:kind of |sort of |already |pretty much )?decided how(?=\W*$| i(?:'d| "
        r"would|'ll| will) do it\b)",
        True,
    ),
    # things swallowed: "I swallowed a couple of those little button batteries", "some
    # paperclips and a bit of broken glass"
    cue(
        "self_harm",
        r"\bi(?:'ve| have)? (?:swallowed|swallow|ate|eat) (?:a couple of |some |a few |a bit of |"
        r"two "
        r"|three |those |the |a |an )*(?:little |tiny )?(?:button )?(?:batteries|battery|"
        r"paperclips?|"
        r"broken glass|glass|pins|drawing pins|nails|screws|razor blades?|magnets|coins|needles)\b",
        True,
    ),
    # bleach sipped: "I've been drinking little sips of bleach"
    cue(
        "self_harm",
        r"\b(?:drink\w*|drank|sip\w*|swallow\w*) (?:\w+ ){0,2}(?:of )?(?:bleach|drain cleaner|"
        r"disinfectant|dettol|washing up liquid)\b",
        True,
    ),
    # needed medicine left off on purpose: "I skip it on purpose so my sugars go through the
    # roof", "I stopped my heart tablets a fortnight ago and didn't tell the doctor"
    cue(
        "self_harm",
        r"\bi (?:skip|skipped|miss|missed|leave|left|stop|stopped) (?:it|them|my (?:insulin|"
        r"injections?|tablets|pills|meds|heart \w+)) (?:out |off )?on purpose\b|"
        r"\b(?:stopped|stop|quit) (?:taking )?my (?:heart|blood pressure|insulin|epilepsy|seizure|"
        r"blood thinning) (?:tablets|pills|meds|medication|injections)\b[^.?!]{0,40}?\b(?:didn't|"
        r"did not|without|haven't|have not) tell\w*\b",
        True,
    ),
    # a car wished to hit one; getting hurt deserved; eyes shut at the wheel
    cue(
        "self_harm",
        r"\bi want (?:a|the) (?:car|bus|lorry|truck|van) to (?:clip|hit|knock|run over) me\b|"
        r"\bgetting hurt (?:feels like|is) what i deserve\b|\bdrive with my eyes (?:shut|closed)\b",
        True,
    ),
    # a hand held on a hot door: "I put my hand flat on the oven door on purpose and held it
    # there"; stitches dug open; "did four more lines on my leg"; "been at my arms again"
    cue(
        "self_harm",
        r"\b(?:put|held|pressed|laid) my (?:hand|arm|palm|fingers|wrist) (?:flat )?(?:on|against|"
        r"onto) (?:the|a) (?:hot )?(?:oven|iron|hob|stove|grill|kettle|radiator|exhaust|pan)"
        r"(?: door| plate| top)?\b[^.?!]{0,20}?\bon purpose\b|"
        r"\b(?:dig|pick|pull|tear|scratch)\w* (?:at )?(?:the |my )?(?:stitches|staples|wound|"
        r"scab)s?\b[^.?!]{0,40}?\b(?:until|till) (?:they|it) (?:come|came|comes|split|bleed|bled|"
        r"open)\b|\b(?:did|done|doing|made|added) (?:\w+ )?(?:more )?lines on my (?:leg|legs|arm|"
        r"arms|thigh|thighs|wrist|stomach)\b|\b(?:been|go|went|going) at my (?:arms|legs|wrists|"
        r"thighs)\b|\b(?:can't|cannot|can not) stop cutting\b|\b(?:take|took|taking|get|got|"
        r"getting) the blades? out of (?:a|the|my) (?:pencil )?(?:sharpener|razor|shaver)\b",
        True,
    ),
    # a head banged on a wall "when it gets too much" (not "like banging my head against a brick
    # wall", a saying)
    cue(
        "self_harm",
        r"(?<!like )\bbang(?:ing|ed|s)? my head (?:on|against) (?:the|a) (?:\w+ )?(?:wall|floor)\b"
        r"(?=[^.?!]{0,30}?\b(?:when (?:it|i|things|everything)|till|until|on purpose)\b)",
        True,
    ),
    # more of another's sleeping pills taken to feel nothing
    cue(
        "self_harm",
        r"\btook (?:extra|more|a (?:few|load|handful)) of (?:my|my \w+'s|the) (?:\w+ )?(?:pills|"
        r"tablets|meds)\b[^.?!]{0,40}?\b(?:so i (?:don't|wouldn't|won't|can't) feel|to (?:not "
        r"feel|feel nothing|numb))",
        True,
    ),
    # an animal poisoned, kicked or drowned by the client
    cue(
        "harm_to_others",
        r"\b(?:put|left|poured) (?:some )?(?:antifreeze|rat poison|slug pellets|poison) (?:out |"
        r"down )?"
        r"(?:in a (?:dish|bowl) )?for (?:it|the (?:cat|dog|fox)|(?:his|her|their|the neighbour's) "
        r"(?:cat|dog))\b|\bi (?:kicked|hit|threw|punched|strangled|drowned|stamped on) (?:my |"
        rf"the \w+'s |the |his |her |their |my \w+'s )?{_PET}\b",
        True,
    ),
    # tyres slashed; someone run off the road; a gun pulled on someone; drops put in a drink to
    # make someone sick; acid bought, with a wait for someone
    cue(
        "harm_to_others",
        r"\bi (?:slashed|knifed|punctured|let down) (?:all (?:four|four of) )?(?:of )?(?:his|her|"
        r"their) "
        r"(?:tyres|tires)\b|\b(?:tried to |try to |going to |gonna )?run (?:him|her|them) off the "
        r"road\b|\bpulled (?:the|a|my) (?:strap|gun|piece|knife|blade|shank|burner) (?:on|out on) "
        r"(?:him|her|them)\b|\b(?:putting|put|slipping|slipped|adding|added) (?:some )?(?:of "
        r"(?:her|his|my) )?(?:eye drops|laxatives?|pills|tablets|bleach|poison|antifreeze|rat "
        r"poison) (?:in|into) (?:his|her|their) (?:tea|coffee|food|drink|dinner|juice|soup)\b|"
        r"\b(?:bought|got) the acid\b[^.?!]{0,60}?\bwait for (?:him|her|them)\b",
        True,
    ),
    # "i'm breaking his legs" (not "break a leg")
    cue(
        "harm_to_others",
        r"\b(?:break|breaking|broke|snap|snapping) (?:his|her|their) (?:legs|arms|neck|jaw|"
        r"kneecaps|fingers)\b",
        True,
    ),
    # a brother who comes into one's room at night and touches one
    cue(
        "abuse_or_neglect",
        r"\b(?:comes?|came|coming) (?:in|into) my (?:room|bed|bedroom)\b[^.?!]{0,20}?\b(?:and )?"
        r"(?:touch\w*|feels? me|gets in)\b",
    ),
    # made to eat off the floor; a will changed, statements kept from one; a threat texted
    cue(
        "abuse_or_neglect",
        r"\bmakes? me (?:eat|sleep) (?:my \w+ )?(?:off|on) the floor\b|\bmade me (?:change|sign|"
        r"rewrite) (?:my will|the will|my house|over)\b|\bwon't let me see my (?:own "
        r")?(?:statements|"
        r"bank|money|accounts|post|bank cards?)\b|\byou won'?t walk (?:right|straight|properly) "
        r"for a (?:week|month)\b",
    ),
    # an animal hurt to warn one: "He kicked my dog across the yard to show me what he'd do"
    cue(
        "abuse_or_neglect",
        rf"\b(?:he|she|they) (?:kicked|hit|hurt|killed|strangled|drowned) (?:my|our) {_PET}\b"
        r"[^.?!]{0,40}?\bto (?:show|warn|scare|frighten) me\b",
    ),
    # children left at home alone, without tea, minded by a child overnight, not taken to the
    # doctor; a bedbound parent not fed (told by the one who should care for them)
    cue(
        "abuse_or_neglect",
        rf"\bleft (?:them|{_KID}|him|her) (?:at )?home (?:on (?:their|his|her) own|alone|by "
        rf"(?:themselves|himself|herself))\b|\b(?:{_KID}|she|he|they)\b"
        # (not "They never went without food.", bf22)
        r"(?![^.?!]{0,20}?\b(?:never|not|didn't|don't|doesn't|won't|wouldn't)\b)"
        rf"[^.?!]{{0,20}}?\b(?:goes|go|"
        r"went) without (?:tea|dinner|supper|food|a meal|breakfast)\b(?![^.?!]{0,40}?\b(?:power|"
        r"electric\w*|cooker|oven|storm|outage|snow|fasting|ramadan|lent)\b)|\bmy (?:\w+-year-old|"
        r"\w+ "
        r"year old) (?:minds|watches|looks after|has) the (?:baby|little one|kids|little ones)\b"
        r"[^.?!]{0,30}?\b(?:till|until|all night|overnight)\b|\bi (?:haven't|havent|have not|"
        r"didn't|didnt|never) taken (?:my|the) (?:boy|girl|son|daughter|kid|child|baby|little one) "
        r"to (?:the )?(?:doctor|gp|hospital|dentist)\b|\bi (?:haven't|havent|have not|didn't|"
        r"didnt) (?:fed|washed|changed|turned) (?:her|him|mum|mam|dad|my (?:mum|mam|dad|mother|"
        r"father))\b",
        by_client=True,
    ),
)
