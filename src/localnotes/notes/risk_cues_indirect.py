"""Suicidal ideation and self-harm told indirectly, in words the cues of risk_cues do not have
(issue 17's thirteenth pass): "I'd be better off gone", "I don't see me carrying on", "dying
seems tidier", "wanted to go to God sooner", "how easy disconnecting would be"; an act done "to
punish myself", skin pinched until it bruises. Cues as in risk_cues, whose shape they share; they
come after its cues. Patterns run on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue

#: what befalls the speaker by mishap, and that it would not be so bad
_BEFALLS = (
    r"(?:(?:(?:a|an|the|that|this|some|something|it|god|cancer)\b[^.?!,]{0,30}? (?:(?:rolled|rolls|"
    r"fell|falls|landed|lands|came|comes|happened|happens)(?: over| down)? (?:on|to) me|(?:hit|"
    r"hits|killed|kills|took|takes|ran over|runs over|crushed|crushes|got|gets) me)|i (?:got|get) "
    r"(?:hit|run over|crushed|killed))(?=\s*[,.;!?]|\s*$|\s+(?:up|out|down|in|on|at|one|some|"
    r"tomorrow|tonight|first)\b)|i (?:didn't|did not|don't|never) wake up)"
)
_NOT_SO_BAD = (
    r"(?:(?:it |that )?(?:wouldn't|would not|won't|will not|'d not) be (?:the worst thing|so bad|"
    r"that bad|such a bad thing|a bad thing|the end of the world)|i(?: wouldn't| would not| won't|"
    r"'d not) (?:mind|care|be sorry)|"
    # the insurance paid: "if the auger got me, the insurance would clear the note"
    r"(?:the |my )?(?:life )?(?:insurance|policy|payout) (?:would|'d|could|will) (?:pay|clear|"
    r"cover|sort|settle|take care of))"
)

CUES: tuple[Cue, ...] = (
    # thirteenth pass: "I'd be better off gone", "dying seems tidier", "I don't see me carrying
    # on", "wanted to go to God sooner", "how easy disconnecting would be"
    cue(
        "suicidal_ideation",
        r"\b(?:i'd|i would|i'll|i will|i'm|i am)(?: just)? be better off (?:gone|dead)\b"
        r"(?! (?:from|to|for|at|in|with)\b)|"
        r"\b(?:can't|cannot|don't|do not) see (?:me|myself) (?:carrying on|going on|living|"
        r"lasting|surviving|being (?:here|around))"
        r"(?=\s*(?:[.,;!?]|$|like this|this way|any ?more|without (?:him|her|them)\b))",
        True,
    ),
    cue(
        "suicidal_ideation",
        r"\b(?:dying|death|being dead) (?:seems|sounds|feels|looks|would be|'d be|is)(?: like)? "
        r"(?:\w+ )?(?:tidier|easier|simpler|kinder|better|peaceful|a relief|a rest|a release|"
        r"a way out|the answer)\b",
        unnamed=True,
    ),
    cue(
        "suicidal_ideation",
        r"\b(?:want\w*|wish\w*|ready|long\w*|pray\w*|ask\w*)\b[^.?!]{0,15}?\bto (?:go|be) "
        r"(?:home )?(?:to|with) (?:god|jesus|the lord|my maker)(?: sooner| early| now| already)\b",
    ),
    cue(
        "suicidal_ideation",
        r"\bhow easy (?:it (?:would|'d) be to |it is to )?(?:(?:disconnect\w*|unplug\w*)"
        r"(?: (?:it|the|my) (?:pump|lvad|machine|ventilator|line|lead|driveline|batter(?:y|ies)|"
        r"controller))?(?=\s*(?:[.,;!?]|$|(?:would|and)\b))|pull\w* (?:the|my) (?:line|plug|lead|"
        r"tube|cord)|stop\w* (?:the|my) (?:pump|machine|heart|dialysis|treatment|insulin)|end it|"
        r"die|step off|let go)\b",
        unnamed=True,
    ),
    # fifteenth pass: a death let come ("next time, don't bother restarting me", "if this is
    # what's left to me, I'd as soon not have it")
    cue(
        "suicidal_ideation",
        r"\b(?:don't|do not|not to|no need to) bother (?:restarting|reviving|resuscitating|saving|"
        r"bringing back) me\b|\bas soon not (?:have it|be here|be alive|go on|wake up|live)\b|"
        # a wish said as a bare condition: "If I just wasn't here."
        r"^(?:and |but |so )?if i (?:just |only )?(?:wasn't|weren't|was not|were not) (?:here|"
        r"around|alive)\W*$|"
        # "I've had this thought, like, what if I just wasn't in the picture."
        r"\bwhat if (?:i|you) (?:just |only |simply )?(?:wasn't|weren't|was not|were not) (?:here|"
        r"around|alive|in the picture)(?: any ?more)?(?=\W*$|\W+(?:my|i|everyone|everybody|they|"
        r"he|she|you|nobody|no one|it'd|it would|would)\b)|"
        # "I could go to sleep with the gas on"
        r"\b(?:go to sleep|fall asleep|lie down|sit|sat|lay) (?:\w+ )?with the gas on\b|"
        # "turning off at the reservoir and driving in"
        r"\b(?:at|into|to|by) the (?:reservoir|river|lake|quarry|canal|sea|harbou?r|dam)\b"
        r"[^.?!]{0,20}?\bdriv\w* (?:in|into it|off)\b",
        True,
    ),
    # self-harm: one's own body hit with one's fists ("I hit my thighs with my fists"); cutting
    # retold ("you mentioned cutting")
    cue(
        "self_harm",
        r"\b(?:hit|hits|hitting|beat|beating|pound\w*) (?:my|your) (?:thighs?|legs?|head|face|"
        r"arms?|stomach|chest) with (?:my|your) (?:fists?|hands?)\b|"
        r"\b(?:mentioned|told me about|said something about|talked about) cutting\b",
        True,
    ),
    # self-harm: an act to punish oneself, skin pinched until it bruises
    cue(
        "self_harm",
        r"\b(?:pull\w*|pluck\w*|tweez\w*|pinch\w*|cut\w*|hit\w*|scratch\w*|burn\w*|bit\w*|"
        r"punch\w*|starv\w*|laxatives?|pills)\b[^.?!]{0,60}?\bto punish (?:myself|yourself|"
        r"themselves)\b|"
        # the reason said on its own after the act: "I'd make myself run on it. To punish myself."
        r"\b(?:to|as a way to|like) punish(?:ing)? (?:myself|yourself)\b|"
        r"\b(?:pinch\w*|twist\w*|scratch\w*|pick\w*|dig\w*|claw\w*)(?: and \w+)? "
        r"(?:the skin (?:of|on) )?(?:my|your) (?:belly|tummy|stomach|thighs?|arms?|legs?|neck|"
        r"scalp|skin)\b[^.?!]{0,30}?\b(?:until|till|so) (?:it|they|i|you) (?:bled|bleed|bleeds|"
        r"bruised|bruises|bruise|hurt)\b|"
        # "I grab the skin and twist it until it bruises", "With tweezers, until it bled."
        r"\b(?:pinch\w*|twist\w*|scratch\w*|pick\w*|squeez\w*|dig\w*)(?: (?:it|at it|the skin))?"
        r"[^.?!]{0,12}?\b(?:until|till) (?:it|they|the skin) (?:bled|bleeds|bleed|bruised|bruises|"
        r"bruise|broke)\b|\bwith (?:the |a |my )?(?:tweezers|razor|blade|knife|scissors|pin|needle|"
        r"compass)\b[^.?!]{0,20}?\b(?:until|till) (?:it|they|i) (?:bled|bleed|bruised)\b",
        True,
    ),
    # self-harm: something hot pressed on the body ("I pressed it on my thigh", of straighteners;
    # not a hot water bottle: "I hold it on my stomach at night")
    cue(
        "self_harm",
        r"\b(?:pressed|press|presses|pressing|held|hold|holds|holding) (?:it(?! (?:on|onto|against|"
        r"to) (?:my|your) (?:stomach|tummy|belly)\b)|(?:the|a|an|my) "
        r"(?:\w+ )?(?:iron|straighteners?|tongs|lighter|cigarette|match|flame|blade|razor)) (?:on|"
        r"onto|against|to) "
        r"(?:my|your) (?:(?:fore)?arms?|legs?|wrists?|thighs?|skin|stomach|hands?|palms?|hips?)\b"
        r"(?![^.?!]{0,40}\b(?:by accident|accidentally|ice|cold|cool|to (?:cool|soothe|warm)))",
        True,
    ),
    # "I'd never hurt anyone, or myself": oneself named after others
    cue(
        "self_harm",
        r"\b(?:hurt|harm)\w* (?:anyone|anybody|someone|somebody|others|other people)(?: else)?,? "
        r"(?:or|and|nor) (?:even )?(?:my|your)self\b",
    ),
    # "I thought, I can't do this, I'll just end it." (not "I'll end it with him"); "Not wake up."
    # said on its own after a wish; "how easy it'd be to walk on and not stop"
    cue(
        "suicidal_ideation",
        r"\b(?:i'll|i will|i'd|i would|i'm going to|i'm gonna|i could|i should) just end it"
        r"(?: all)?(?=\s*(?:[.;!]|$))|"
        r"^(?:and |just |to )?(?:not|never) (?:wake|waking) up(?: again)?\W*$|"
        r"\bhow easy (?:it'd|it would|it is|it's) (?:be )?to (?:just )?(?:walk|swim|drive|keep "
        r"(?:walking|going|swimming|driving))(?: on| in| out| off)? and (?:not|never) (?:stop|come "
        r"back|turn (?:back|round|around))\b",
        True,
    ),
    # the illness let win, a hospital one does not come out of: "Let the CF win and be done.",
    # "I want to go into hospital and not come out."
    cue(
        "suicidal_ideation",
        r"\blet (?:it|the (?:\w+ )?(?:cf|illness|disease|cancer|tumou?r)) win(?: and| so| then|,)? "
        r"(?:be done|go|die|be gone|that's it)\b|\b(?:go|get|end up) (?:to|into|in) (?:the )?"
        r"(?:hospital|dka|a coma|intensive care|icu) and (?:not|never) (?:come out|come back|wake "
        r"up|leave)\b",
        True,
    ),
    # self-harm: the blood told alone after the act ("I punched walls. Until my knuckles bled."),
    # a sharp thing drawn over one's arms ("I scratch my arms with the lancet")
    cue(
        "self_harm",
        r"^(?:until|till|so) my (?:knuckles|hands?|fists?|skin|arms?) (?:bled|bleed|broke|split|"
        r"were "
        r"raw)\b|\b(?:scratch|scrap|cut|carv|draw)\w* (?:on )?(?:my|your) (?:(?:fore)?arms?|legs?|"
        r"wrists?|thighs?|skin) with (?:the|a|my) (?:lancet|pin|needle|razor|blade|knife|compass|"
        r"scissors|glass|nail file|pencil sharpener)\b",
        True,
    ),
    # a death hurried: "Are you eating less so that you'll die sooner?"
    cue(
        "suicidal_ideation",
        r"\bso (?:that )?(?:i|you)(?:'ll| will| would|'d| could| can| might)? (?:die|pass) "
        r"(?:sooner|quicker|faster|earlier)\b|\bto die (?:sooner|quicker|faster|earlier)\b",
    ),
    # a threat to the client's body: "He said he'd cut the chip out of my neck"
    cue(
        "abuse_or_neglect",
        r"\b(?:he|she|they) (?:said|told me|threatened|swore),? (?:that )?(?:he|she|they)"
        r"(?:'d| would| was going to| were going to| will|'ll)? (?:cut|stab|kill|hurt|strangle|"
        r"shoot|burn|choke)\b[^.?!]{0,40}?\b(?:me|my)\b",
    ),
    # twenty-first pass: the sea walked into "and keep going"; a death left to God ("I've told
    # the Lord He can have me whenever He's ready")
    cue(
        "suicidal_ideation",
        r"\b(?:walk|walked|walking|wade|waded|wading|swim|swam|swimming) (?:out )?into the "
        r"(?:sea|ocean|river|lake|waves|water|loch|surf) and (?:just )?(?:keep (?:going|walking|"
        r"swimming)|kept (?:going|walking|swimming)|not (?:come|coming) back|never (?:come|coming) "
        r"back|not stop|never stop)\b|"
        # "I thought about walking into the sea at Portobello" (not to swim in it)
        r"\b(?:thought|thinking|think|thoughts?) (?:about|of) (?:just )?(?:walking|wading|going|"
        r"swimming) (?:out )?into the (?:sea|ocean|river|lake|waves|water|loch|surf)\b"
        r"(?! (?:for a|to (?:swim|cool|paddle|bathe))\b)|"
        r"\b(?:the lord|god|jesus|my maker|the man upstairs) (?:can|could|may) (?:have|take) me"
        r"(?= (?:whenever|when(?:ever)? (?:he|she|they)|any ?time|now|today)\b)|"
        r"\b(?:he|she) (?:can|could|may) (?:have|take) me whenever (?:he|she)'s ready\b",
        True,
    ),
    # "I'd drive off the end of the pier"; "I wouldn't mind if I didn't see another Christmas"
    cue(
        "suicidal_ideation",
        r"\bdriv\w* (?:the car |my car |it )?off (?:the end of )?(?:the|a) (?:pier|cliff|bridge|"
        r"quay|jetty|harbou?r wall|motorway bridge)\b|"
        r"\b(?:wouldn't|would not|won't|don't) (?:mind|care)\b[^.?!]{0,25}?\bif i (?:didn't|"
        r"did not|don't|never) (?:see|saw|make it to|made it to|get to|got to) (?:another|next|"
        r"the next|one more) (?:christmas|birthday|year|summer|spring|\[date\])"
        r"(?=\s*(?:[.,;!?]|$))|"
        # "I'd not be sorry if I went in the night", "I didn't care if my heart gave out"
        r"\bi(?:'d| would)(?: not|n't) (?:be sorry|mind|care)\b[^.?!]{0,10}?\bif i (?:went|died|"
        r"passed|go|die) (?:in (?:the night|my sleep)|tonight|tomorrow)\b|\b(?:didn't|don't|"
        r"wouldn't) (?:really |much )?care if my heart (?:gave out|stopped|gives out|stops)\b",
        True,
    ),
    # a death by mishap welcomed: "if that tractor rolled on me up in the north pasture, it
    # wouldn't be the worst thing", "It wouldn't be so bad if a bus hit me"
    cue(
        "suicidal_ideation",
        rf"\bif {_BEFALLS}\b[^.?!]{{0,50}}?,? {_NOT_SO_BAD}\b|\b{_NOT_SO_BAD} if {_BEFALLS}\b",
        True,
    ),
    # "Just, not be here." said on its own, after a question of wishing to be dead
    cue(
        "suicidal_ideation",
        r"^(?:and |but )?(?:just,? )?(?:to )?(?:not (?:be|being) (?:here|around|alive)|"
        r"not (?:exist|existing)|stop existing)(?: any ?more)?\W*$",
        unnamed=True,
    ),
    # an act told as a fragment: "Tuesday, my thighs, with a sharpener blade."
    cue(
        "self_harm",
        r"\bmy (?:thighs?|(?:fore)?arms?|wrists?|legs?|stomach|hips?)\b,? with (?:a|the|my) "
        r"(?:\w+ )?(?:blade|razor|knife|sharpener|compass|scissors|lighter)\b",
        True,
    ),
    # asked of the client only ("Are you thinking you'd rather die than go on dialysis?"); "I'd
    # rather die than wear that" is a saying
    cue("suicidal_ideation", r"\byou(?:'d| would) (?:rather|sooner) (?:be dead|die)\b"),
    # a method asked after the thoughts: "Have you had thoughts of how, or hurt yourself at all?"
    cue(
        "suicidal_ideation",
        r"\bthoughts? (?:of|about) how(?=\s*(?:[,?]|or\b))|"
        # "When you have that thought, is it about not being alive?"
        r"\b(?:is|was) (?:it|that) (?:about|of) (?:not being (?:here|alive|around)|ending (?:it|"
        r"things|your life|my life))\b",
    ),
    # self-harm: one's arms pinched "really hard"; the inside of a cheek bitten "till it bled"
    cue(
        "self_harm",
        r"\bpinch(?:ed|es|ing)? (?:my|your) (?:own )?(?:(?:fore)?arms?|legs?|thighs?|skin|"
        r"stomach|wrists?|hands?) (?:really |so |very |too )?hard\b|"
        r"\b(?:bit|bite|bites|biting|chew\w*)\b[^.?!]{0,25}?\b(?:my|your) (?:own )?(?:cheeks?|"
        r"lips?|tongue|nails|fingers?|hands?|(?:fore)?arms?|skin|knuckles)\b[^.?!]{0,20}?\b"
        r"(?:until|till|so) (?:it|they) (?:bled|bleed|bleeds|blood|was bleeding|were bleeding)\b",
        True,
    ),
    # twenty-fifth pass: skin scratched or scrubbed "till it broke the skin", "until they're raw
    # and bleeding"; a blade "used on my ankle"
    cue(
        "self_harm",
        r"\b(?:scratch|scrub|rub|scrap|pick|claw|dig|tear|pull)\w* (?:at |on )?(?:my|your) "
        r"(?:own )?(?:(?:fore)?arms?|legs?|ankles?|thighs?|skin|wrists?|face|scalp|stomach|"
        r"chest|shins?)\b[^.?!]{0,40}?\b(?:until|till|so) (?:it|they|i|you)"
        r"(?:'re| are| were| was|'s)?(?: \w+)? (?:broke the skin|broke skin|raw|bleeding|bled)\b|"
        r"\b(?:used|use|uses|using|took|take|takes|taking) (?:a|the|my) (?:\w+ )?(?:blade|knife|"
        r"scissors|compass|lighter|sharpener)(?: (?:from|off|out of) (?:a|the|my) "
        r"(?:[\w']+ ){0,2}\w+)?"
        # what it made, said after: "I took the blade out of a pencil sharpener. Like, lines, on
        # my arm." (the two read as one in risk_fragments)
        r"(?:[.,]? (?:like,? )?(?:lines|cuts|marks|scratches|slashes),?)? (?:on|to|against|across) "
        r"(?:my|your) (?:own )?"
        r"(?:(?:fore)?arms?|legs?|ankles?|thighs?|skin|wrists?|stomach|hips?|belly|calf|calves|shins?)\b",
        True,
    ),
    # twenty-sixth pass: skin pinched or bitten "until it goes purple", "till it bruises"
    cue(
        "self_harm",
        r"\b(?:pinch|nip|twist|bit|bite|squeez)\w* (?:the (?:back|inside|skin) of )?(?:my|your) "
        r"(?:own )?(?:\w+ )?(?:hands?|arms?|legs?|thighs?|skin|wrists?|cheeks?|lips?|stomach|"
        r"fingers?)\b[^.?!]{0,30}?\b(?:until|till|so) (?:it|they|i|you)(?:'s| is| are|'re)? "
        r"(?:goes |go |went |turns? |turned |is |are |was |were )?(?:purple|black|blue|bruis\w*|"
        r"bleed\w*|bled)\b",
    ),
    # a wish to be switched off "at the wall", "for good": not to exist, told as a machine's
    cue(
        "suicidal_ideation",
        r"\b(?:i|you)(?:'d| would)?(?: \w+)? (?:want\w*|wish\w*|like|pray\w*) (?:to be |i "
        r"(?:could|was|were) (?:be )?)"
        r"(?:switched|turned|unplugged|shut) ?(?:off)? (?:at the (?:wall|plug|mains)|for good|"
        r"forever|permanently)\b",
        True,
    ),
)
