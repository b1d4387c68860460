"""Risk in the words of screens clinicians read aloud and of plain statements that the cues
before missed (issue 17's twentieth pass, from invented sentences, not from any dialog): the HITS
items on insults and screaming by a partner, the EASI's things taken "without your OK" and being
called names or put down, "afraid of anyone at home", "made you have sex", "make you do things you
don't want to do", "feel like hurting" someone; a car driven into a wall or off the road thought
of, an overdose told as "I overdosed", hands put round one's neck, a partner who takes all one's
wages, not given enough to eat. Cues as in risk_cues, whose shape they share. Patterns run on
lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue

_PARTNER = r"(?:partner|husband|wife|boyfriend|girlfriend|ex|fianc[eé]e?)"
#: asked of someone: "Does he ...", "How often does your partner ...", "Has anyone ..."
_ASKED_OF = (
    rf"\b(?:does|did|has|is|was|do|have) (?:he|she|they|your {_PARTNER}|any(?:one|body)|"
    r"some(?:one|body))(?: close to you| at home| in your (?:family|life|home))?(?: ever)? "
)
#: what an overdose is not, said as people say it: "I overdosed on chocolate at Easter"
_NOT_AN_OVERDOSE = (
    r"(?! on (?:chocolate|sugar|caffeine|coffee|sweets|cake|carbs|netflix|tv|telly|box sets|"
    r"christmas|sun|vitamins?)\b)(?![^.?!]{0,40}\b(?:by accident|accidental\w*|by mistake)\b)"
)

CUES: tuple[Cue, ...] = (
    cue(
        "abuse_or_neglect",
        # HITS: "How often does your partner insult you or talk down to you?", "... scream or
        # curse at you?" (a partner's, or asked of someone; not "my boss talks down to me")
        _ASKED_OF + r"(?:\w+ ){0,2}(?:insult|talk down to|scream (?:or \w+ )?at|curse at|swear at|"
        r"call you names|put you down)\b|"
        # the HITS items read one by one after the first: "Insult you or talk down to you?"
        r"^(?:and |or )?(?:insult|talk down to|scream (?:or \w+ )?at|curse at|swear at) you\b|"
        rf"\bmy {_PARTNER} (?:\w+ )?(?:insults|insulted|talks down to|talked down to|screams at|"
        r"screamed at|curses at|cursed at|calls me names|called me names|puts me down|put me "
        r"down)\b|"
        # EASI: "called you names or put you down or made you feel bad", things taken "without
        # your OK"
         + _ASKED_OF + r"(?:\w+ )?(?:called you names|put you down)\b|"
        r"\b(?:taken|took|take|takes|taking) (?:things|money|stuff|anything|something) "
        r"(?:that (?:belongs?|belonged) to (?:you|me) |of (?:yours|mine) |from (?:you|me) )?"
        r"without (?:your|my) (?:ok|okay|permission|say-so|consent)\b|"
        # "Has he ever threatened to kill you?"
        rf"\b(?:he|she|they|any(?:one|body)|some(?:one|body)|your {_PARTNER})"
        r"(?: ever| also| once)? (?:threatens?|threatened|threatening) to (?:kill|hurt|beat|"
        r"stab|shoot|burn|strangle|harm|smash) (?:you|me|us)\b|"
        # an adult child who keeps a parent from friends, takes over the bank account, a partner
        # who makes one send pictures or keeps one in
        r"\bmy (?:son|daughter|son-in-law|daughter-in-law|grandson|granddaughter|carer)\b"
        r"[^.?!]{0,30}?\b(?:won't|will not|doesn't|never) let(?:s)? me (?:see|visit|call|go out)\b|"
        r"\b(?:taken over|took over|controls?|controlled|keeps) my (?:bank account|bank card|money|"
        r"finances|pension|benefits)\b[^.?!]{0,40}?\bi (?:don't|never|can't) (?:get to )?(?:see|"
        r"touch|have|access)\b|"
        r"\b(?:makes?|made|pressures?|pressured) (?:me|you) (?:to )?(?:send|take) (?:him|her|them) "
        r"(?:pictures|photos|nudes|pics|videos)\b|"
        r"\b(?:he|she) (?:won't|will not|doesn't|never) let(?:s)? me (?:leave the house|go out)\b"
        r"(?: without (?:him|her))?|"
        # "He started hiding the car keys so I can't go to my sister's"
        r"\b(?:he|she) (?:\w+ )?(?:hid(?:es|ing)?|hidden|takes|took|taking|keeps|kept) (?:the|my) "
        r"(?:car )?keys so (?:that )?i (?:can't|cannot|couldn't|can not) (?:go|see|visit|leave)\b|"
        # "Has your partner ever been violent?"
        + _ASKED_OF
        + r"(?:been|got|gotten|become|get) (?:violent|physical|aggressive)\b(?! (?:with|towards?) "
        r"(?:anyone|someone|others|other people|the \w+)\b)|"
        # "He used to knock me about."
        r"\b(?:knock|knocks|knocked|knocking|slap|slaps|slapped|push|pushes|pushed|shove|shoves|"
        r"shoved|throw|throws|threw) (?:me|us|her|him) (?:about|around)\b(?! (?:ideas|the|a|an|in|"
        r"on|at|town|with)\b)|"
        # "Is anyone taking advantage of you, money, your flat?", "... giving you a hard time,
        # taking your money or your cigarettes, pushing you around?"
        r"\b(?:is|has|does) any(?:one|body)\b[^.?!]{0,40}?\b(?:taking advantage of you|"
        r"taken advantage of you|tak(?:ing|en) your (?:money|cigarettes|things|tablets)|"
        r"giving you a hard time|push(?:ing)? you (?:around|about))\b|"
        # "Does anyone at home ever shout at you or frighten you?", "Nobody frightening you or
        # pushing you around?" (asked of anyone: a screen, not a boss who shouts)
        r"\b(?:is|has|does|did) any(?:one|body)\b(?: (?:at home|in the house|there|else))?"
        r"(?: ever)? (?:shout(?:s|ing)? at you|frighten(?:s|ing)? you|scar(?:es|ing) you|"
        r"threaten(?:s|ing)? you)\b|"
        r"^(?:and )?no(?:body|one|-one)(?:'s| is)? (?:(?:at home|there) )?(?:frightening|scaring|"
        r"threatening|hurting|hitting) you\b|"
        # "three hundred pounds went out that I didn't spend"
        r"\b(?:money|pounds|dollars|quid|cash)\b[^.?!]{0,12}?\b(?:went out|was taken|came out|"
        r"disappeared|went missing|has gone)\b[^.?!]{0,30}?\bi (?:didn't|did not|never) (?:spend|"
        r"take|authori[sz]e|agree)\b|\bthere was (?:some )?(?:money|cash) (?:gone|missing)\b"
        r"(?! from (?!(?:my|our|her|his)\b))|"
        # "Does your husband ever get rough with you?" (asked, not told back: "You said the store
        # detective was rough with you.")
        + _ASKED_OF
        + r"(?:get|got|gets|been|getting|become) (?:violent|physical|rough|handsy) with you\b|"
        # "Is anyone taking your money?"
        r"\b(?:is|has|does) any(?:one|body) (?:\w+ )?(?:been )?(?:taking|taken|takes?|using|"
        r"spending|stealing|had) (?:your|my) (?:money|pension|benefits|savings|bank card|card)\b|"
        # "Is anyone leaning on you for your takeaways, or for money?" (aw07)
        r"\b(?:is|has|does) any(?:one|body) (?:been )?(?:leaning|leant|leans|putting pressure|"
        r"pressuring|pressurising) on you (?:for|to)\b|"
        # "Are you afraid of anyone at home?", "Is there anyone you're scared of?"
        r"\b(?:afraid|scared|frightened) of (?:any(?:one|body)|some(?:one|body)) (?:at home|in "
        r"(?:your|the) (?:home|house|family|life))\b|"
        r"\bany(?:one|body) (?:at home |in your (?:home|house|family|life) )?(?:you're|you are) "
        r"(?:afraid|scared|frightened) of\b|"
        # sex or other things made to do
        r"\b(?:made|makes|make|making) (?:you|me) have sex\b|"
        r"\b(?:made|makes|make|making|forced|force|forces|pressured|pressure) (?:you|me) (?:to )?"
        r"(?:do |have |into )?(?:anything|something|things) sexual\b|"
        r"\b(?:make|makes|made|making) (?:you|me) do (?:things|stuff|anything|something) "
        r"(?:that )?(?:you|i) (?:don't|didn't|did not|do not) want\b|"
        # "He put his hands round my neck." ("he hand" for "his hand", as Caribbean English says it)
        r"\b(?:put|puts|had|got|wrapped) (?:his|her|their|both|he|she) hands? (?:round|around|on) "
        r"(?:my|your) (?:neck|throat)\b|"
        # a partner who takes the wages, neglect told as no food given
        rf"\b(?:he|she|my {_PARTNER}) (?:takes|took|keeps|kept) (?:all )?(?:of )?my "
        r"(?:wages|salary|pay|earnings|benefits)\b|"
        # bones broken, a pet threatened, money taken from one's purse, spat at
        r"\b(?:he|she|they|my \w+) (?:broke|fractured|cracked|dislocated) my (?:arm|wrist|nose|"
        r"ribs?|jaw|fingers?|leg|collarbone|cheekbone|eye socket)\b"
        r"(?![^.?!]{0,30}\b(?:rugby|football|training|sparring|match|game|accident)\b)|"
        r"\bthreaten\w* to (?:kill|hurt|harm|drown|poison|get rid of) (?:the|my|our) (?:dog|cat|"
        r"pets?|puppy|kitten|rabbit)\b|"
        r"\b(?:took|takes|taken|taking|stole|steals|stealing) (?:money|cash|\w+ pounds|notes) "
        r"(?:from|out of) (?:my|your) (?:purse|wallet|account|bag|handbag|pension)\b"
        r"(?![^.?!]{0,40}\b(?:i asked (?:her|him|them)|i told (?:her|him|them) to|with my "
        r"(?:permission|say-so))\b)|"
        r"\bmy (?:carer|son|daughter|grandson|granddaughter|nephew|niece|son-in-law|"
        r"daughter-in-law)\b[^.?!]{0,40}\band (?:takes|took|keeps|kept) (?:all )?my (?:money|"
        r"pension|benefits|savings|card)\b|"
        r"\b(?:he|she|they|my \w+) (?:spat|spits|spit|keeps spitting) (?:at|on|in) "
        r"(?:me|my face)\b|"
        rf"\bmy {_PARTNER}\b[^.?!]{{0,20}}?\b(?:won't|will not|doesn't|does not|never) "
        r"let(?:s)? me have (?:my own |a |an )(?:money|phone|bank account|bank card|car|job)\b|"
        rf"\bmy {_PARTNER} (?:checks|goes through|reads|tracks|monitors) (?:my|all my) (?:phone|"
        r"messages|texts|emails|location)\b|"
        r"\b(?:don't|doesn't|didn't|won't|never|do not|does not) (?:give|gives) (?:me|us|him|her) "
        r"(?:enough|any) (?:food|to eat)\b|"
        r"\b(?:don't|doesn't|didn't|won't|never|do not|does not) feed (?:me|us|him|her)"
        r"(?: properly| enough)?\b",
    ),
    # a head hit against something (moved from risk_cues), not "banging my head against the wall
    # with this paperwork", which is frustration
    cue(
        "self_harm",
        # ("bane", "bang" as speech recognition hears it)
        r"\b(?:hit\w*|bang\w*|bane|slam\w*|knock\w*|smash\w*|bash\w*) (?:my|your|his|her) head "
        r"(?:on|against|into|off) "
        r"(?:the |a )?(?:wall|floor|door|desk|table)\b"
        r"(?! (?:with|over|trying|about|when it comes to|on this|on that)\b)",
    ),
    # "Is there any chance you'd hurt Trevor?": a name said bare (as written, not redacted)
    cue(
        "harm_to_others",
        r"\b(?:you'd|you would|you might|you could|would you|could you|might you) (?:ever )?"
        r"(?:hurt|harm|hit|attack|kill) (?!yourself\b|myself\b|me\b|it\b|that\b)\w+\W*$",
    ),
    # death welcomed in one's sleep: "If it came in my sleep, that'd be fine."
    cue(
        "suicidal_ideation",
        r"\bif (?:it|death|the end) (?:came|comes|took me) in my sleep,? (?:that'd|that would|"
        r"it'd|it would|that'll|i'd) be (?:fine|ok|okay|a relief|alright|all right|happy|glad)\b",
    ),
    # "Have you ever hurt or threatened Karen or anyone else?"
    cue(
        "harm_to_others",
        r"\b(?:hurt|harmed|hit|pushed) or (?:threatened|threaten|frightened|scared) (?:\w+ or )?"
        r"(?:any(?:one|body)|some(?:one|body)|him|her|them|your \w+|\[person\])",
    ),
    # a partner's harm denied unasked: "He's never laid a finger on me, if that's what you're
    # going to ask."
    cue(
        "abuse_or_neglect",
        r"(?:(?<=\bhe's never )|(?<=\bshe's never )|(?<=\bhe has never )|(?<=\bshe has never )|"
        r"(?<=\bhe never )|(?<=\bshe never ))(?:laid a (?:finger|hand) on me|hit me|hurt me|"
        # "He's harsh, but he's never laid a hand on anyone": the client among them
        r"raised a hand to me|laid a (?:finger|hand) on (?:anyone|anybody))\b",
        denies=True,
    ),
    # "I wanted to smash his face in."
    cue(
        "harm_to_others",
        r"\b(?:smash|kick|punch|bash|cave)(?:ed|ing)? (?:his|her|their|\w+'s) (?:face|head) in\b",
    ),
    # passive ideation in other words: "If I went before her, I'd not be sorry", "I wished he'd
    # finished the job" (of a driver who hit her)
    cue(
        "suicidal_ideation",
        r"\bif i (?:went|go|died|die|passed|pass) (?:first|before (?:her|him|them|my \w+))\b,? "
        r"i(?:'d| would)(?: not|n't) (?:be sorry|mind|care)\b|"
        r"\bwish(?:ed)? (?:he|she|they|it)(?:'d| had) (?:finished (?:the job|me off)|killed me)\b",
        True,
    ),
    # "Do you ever feel like hurting your partner?" (a wish asked about, not "feel like hurting
    # my back")
    cue(
        "harm_to_others",
        r"\bfeel(?:s|ing)? like (?:hurting|hitting|harming|killing|attacking|punching|"
        r"strangling|stabbing) (?:your|my|him|her|them|someone|somebody|anyone|anybody|people|"
        r"others)\b(?! (?:back|neck|knee|leg|arm|head|foot|hand)s?\b)",
    ),
    # "When did you last cut?" (not "... cut your hair?")
    cue(
        "self_harm",
        r"\b(?:when did you last|last time you|when was the last time you) (?:cut|self-harmed|"
        r"burned|burnt|hurt yourself)(?=\W*$)",
    ),
    # "I hit my legs with my hairbrush.": one's own body struck with something
    cue(
        "self_harm",
        r"\bi (?:hit|hits|punch\w*|scratch\w*|bash\w*|bang\w*|whack\w*|burn\w*|cut) (?:myself|"
        r"my (?:legs?|arms?|thighs?|head|face|stomach|wrists?|hands?)) with (?:a|my|the) "
        r"(?!hands?\b|palm\b)\w+",
    ),
    # "I scratch my arms when I'm stressed": the client's way of coping, told as a habit
    cue(
        "self_harm",
        r"\bi (?:scratch|pinch|bite|hit|punch|burn|cut|dig into) (?:at )?my (?:(?:fore)?arms?|"
        r"legs?|wrists?|thighs?|skin|stomach|hands?)\b[^.?!]{0,20}?\bwhen i(?:'m| am| get| feel)\b",
    ),
    # "I've never cut.": cutting denied, said as a sentence of its own (said plainly, "I cut"
    # is read by risk_cues)
    cue(
        "self_harm",
        r"(?:(?<=\bi've never )|(?<=\bi have never )|(?<=\bi never ))(?:cut|self-harmed|"
        r"burned myself|burnt myself)\W*$",
        True,
        denies=True,
    ),
    # burnt with cigarettes or a lighter (not "burnt my hand on the oven")
    cue(
        "self_harm",
        r"\bburn\w* (?:my|your) (?:(?:fore)?arms?|legs?|skin|hands?|wrists?|thighs?|stomach) "
        r"with (?:a |the )?(?:cigarettes?|lighters?|matches|a match|lit)\b",
    ),
    # thoughts of crashing the car on purpose, and an overdose told as done
    cue(
        "suicidal_ideation",
        r"\b(?:think|thinks|thought|thinking|thoughts) (?:\w+ )?(?:about|of) (?:just )?"
        r"(?:driving|steering|swerving|crashing|veering) (?:the car |my car |it )?(?:into|off|"
        r"in front of|under) (?:a|the) (?:wall|tree|bridge|lorry|truck|bus|road|cliff|river|"
        r"barrier|motorway|oncoming)\b|"
        r"\b(?:crash(?:ing|ed)?|drive|driving|drove) (?:the|my) car (?:on purpose|deliberately)\b|"
        r"\bi (?:overdosed|od'd)\b" + _NOT_AN_OVERDOSE + r"|"
        # "took all the paracetamol" (not "took all the tablets out of the house", nor "I took
        # all my tablets this week": taken as prescribed)
        r"\bi (?:(?:[\w']+ ){1,8}?and )?(?:just |then |simply )?(?:took|swallowed|downed|necked) "
        r"(?:all|every one of|the whole (?:box|packet|bottle|strip) of) (?:the |her |his |mum's |"
        r"mom's )?(?:paracetamol|tablets|pills|co-codamol|ibuprofen|aspirin|sleeping (?:pills|"
        r"tablets)|painkillers|antidepressants|meds|medication|zopiclone|sertraline)\b"
        r"(?! (?:out|away|back|to|with|into|off|from|down|this|every|each|on|as|like|that)\b)|"
        # "I sort of wish it had worked" (an attempt's; not "... worked out")
        r"\bi (?:\w+ )?(?:of )?wish(?:ed)? (?:it|that) (?:had|'d) worked\b(?! out\b)|"
        # an attempt told as such (not "an attempt to quit", "tried to end it with him")
        r"\bi (?:made|have made|'ve made) (?:an|a suicide|a serious) attempt\b(?! (?:to|at)\b)|"
        r"\bi (?:tried|attempted) to end (?:my life|it all|it)\b(?! (?:with|but|between)\b)"
        r"(?![^.?!]{0,40}\b(?:relationship|marriage|engagement|him|her)\b)",
        True,
    ),
)
