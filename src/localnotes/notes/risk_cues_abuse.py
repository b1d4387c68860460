"""The words of abuse and neglect: done to the client or the client's family, or to someone in
their care (the client too, for neglect). Cues as in risk_cues, whose shape they share; these come
after its cues, in this order (the first cue of a kind in a sentence is the one kept). Patterns run
on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import THROWN, Cue, cue

#: How long and where someone is left alone, for it to be neglect
_LONG = (
    r"(?:for (?:days|the weekend|a week|weeks|hours|long stretches|long periods|\w+ (?:hours|"
    r"days))|all day|all night|overnight)\b"
)
_LEFT_IN = r"(?:in|at) (?:the|my|our|his|her|their) (?:house|apartment|home|car|room|flat)"
#: "He beat me at chess": a game won, not a beating
_GAME = (
    r"(?:a |the |every |our )?(?:chess|cards?|poker|tennis|golf|pool|darts|scrabble|monopoly|"
    r"\w*ball|race|game|games|match|round|final|quiz|trivia|everything|arm wrestling)\b"
)
_VICTIM = (
    r"(?:me|you|us|my (?:mom|mother|sister|brother|kids?|children|son|daughter|baby)|the other|"
    # (not at play: "hitting each other with pool noodles")
    r"(?:each other|one another)(?! with (?:pool noodles|pillows|balloons|cushions|foam|water|toy|"
    r"nerf|plastic|snowballs)))"
)

#: what hit someone that is no one: "The truck that hit us came up the on-ramp."
_VEHICLES = "car cars truck van lorry bus taxi cab ute suv train tram bike motorbike cyclist driver"
_NOT_BY_A_VEHICLE = "".join(
    rf"(?<!\b{v} {w})"
    for v in _VEHICLES.split()
    for w in (
        "",
        "that ",
        "which ",
        "nearly ",
        "almost ",
        "just ",
        "could ",
        "could just ",
        "would ",
        "will ",
        "might ",
    )  # "I wish a bus would hit me" (bc19)
)

#: what is done to someone: "hits", "shoved", "used to thump"
_DONE_TO = (
    r"(?:hits?|hitting|beats?|beating|beaten|slapp?\w*|punch(?:es|ed|ing)|kick(?:s|ed|ing)|"
    r"(?<=used to )(?:kick|punch|shove|push|choke|grab|leather|belt|batter|thump|wallop|clout)|"
    r"leather(?:ed|ing)|chok(?:es|ed|ing)|strangl\w*|shov(?:es|ed|ing)|grabb(?:ed|ing)|"
    r"push(?:es|ed|ing)|threaten\w*|molest\w*|rap(?:ed|es|ing)|spank\w*|smack(?:s|ed)|"
    r"belt(?:ed|ing)|whipp(?:ed|ing)|thrash(?:ed|es|ing)|flogg(?:ed|ing)|"
    # a strap or a stick "used on" someone: "He used the koboko on me"
    r"(?:used|uses|using|took|takes|taking) (?:the|a|his|her|their|dad's|mum's|mom's) (?:\w+ )?"
    r"(?:belt|cane|stick|whip|koboko|sjambok|slipper|wooden spoon|strap|switch|hanger|cord|cable|"
    r"rod|chappal|chancla|jandal) (?:on|to)|"
    # sexual abuse in the words people use for it: "He interfered with me", "used to touch me"
    r"interfer(?:ed|es|ing) with|fiddl(?:ed|es|ing) with|grop(?:ed|es|ing)|(?<=used to )(?:touch|"
    r"grope|fiddle with|interfere with))"
)

#: a hold in a sport is no abuse: "he pins me down at wrestling club"
NOT_SPORT = r"(?![^.?!]{0,30}\b(?:wrestling|judo|rugby|training|sparring|jiu-jitsu)\b)"

CUES: tuple[Cue, ...] = (
    # abuse or neglect (said about someone doing it to the client or the client's family)
    cue(
        "abuse_or_neglect",
        # the verb looked ahead for first: the vehicle's lookbehinds are slow at every word
        rf"\b(?={_DONE_TO}\s+{_VICTIM}\b){_NOT_BY_A_VEHICLE}{_DONE_TO}\s+{_VICTIM}\b"
        # (not "Hit me up if the appointment changes": a message asked for)
        rf"(?!'s| out\b| to\b| around\b|(?:(?<=hit me)|(?<=hit us)) up\b(?! (?:the|side|"
        rf"against)\b)|"
        rf" into (?:doing|taking)| (?:at|in) {_GAME})"
        # a push in a game is no abuse: "Cooper pushed me once at footy"
        r"(?!(?:(?<=pushed me)|(?<=pushes me)|(?<=shoved me)|(?<=shoves me)|(?<=pushes us)|"
        r"(?<=pushed us))"
        r"[^.?!]{0,12}\b(?:at|in|during|playing) (?:footy|football|soccer|rugby|netball|"
        r"basketball|hockey|training|practice|tag|pe)\b)",
    ),
    cue(
        "abuse_or_neglect",
        # (not what hurts that is no one: "Only the training hurts me", "the work hurts me")
        # (the word looked at first: the look-behinds then run only where it is)
        r"\b(?=hurt|harm)(?<!the work )(?<!my work )(?<!training )(?<!workout )(?<!exercise )"
        r"(?<!\bsport )"
        r"(?<!\bgym )(?<!\bit )(?<!\bthat )(?<!\bthis )(?<!\bback )(?<!\bknee )(?<!knees )"
        r"(?<!\bhead )(?<!joints )(?<!needle )(?<!injection )(?<!\bnoise )(?<!\blight )"
        r"(?<!stomach )(?<!rugby )(?<!football )(?<!footy )(?<!soccer )(?<!boxing )(?<!hockey )"
        r"(?<!running )(?<!the game )(?<!the tackles )(?<!the scrum )"
        # "The machine hurt me enough.": an injury at work, no one's act
        r"(?<!machine )(?<!accident )(?<!the fall )(?<!the crash )(?<!surgery )(?<!operation )"
        # (not "Did I hurt you, Beryl?", the client asking what he did: harm to others, in
        # risk_cues_consent)
        r"(?<!\bdid i )(?<!\bhave i )(?<!\bdid i ever )(?<!\bhave i ever )"
        r"\b(?:hurting|hurts|hurt|harming|harm) (?:you|me|either of you|both of you|the other)\b|"
        # a couple asked together: "been hurt or threatened by the other", "afraid of the other"
        r"\b(?:hurt|hit|threatened|pushed|harmed|abused|scared|afraid|frightened) (?:of|by) "
        r"(?:the other|each other|one another)\b|"
        # "between you and your wife, anyone hurting anyone?": each may be the one hurt
        r"(?:(?<=anyone )|(?<=anybody )|(?<=nobody )|(?<=no one ))(?:hurting|harming|hitting) "
        r"(?:anyone|anybody)\b",
    ),
    # violence in the family told as its manner: "he got violent with my mum", "she gets rough with
    # the kids" (not "I got violent with him": the client's own is harm to others)
    cue(
        "abuse_or_neglect",
        r"\b(?:got|gets|get|getting|was|were|are|is|became|becomes) (?:violent|physical|rough|"
        r"handsy) with (?:me|us|the (?:kids|children|baby)|my (?:mum|mom|mother|sister|brother|"
        r"kids?|children|son|daughter|baby|wife|husband|partner|gran\w*|nan))\b",
    ),
    # "And at home, anybody getting hurt, you or the family?", "Is anyone getting hurt at home?"
    cue(
        "abuse_or_neglect",
        # asked, not told: a question heard without its "?" is no disclosure
        r"(?:\b(?:at home|in the house),? (?:is )?any(?:one|body)(?:'s| is)? (?:ever )?(?:getting|"
        r"being) hurt\b|\bany(?:one|body)(?:'s| is)? (?:ever )?(?:getting|being) hurt\b"
        r"(?=[^.?!]{0,30}?\b(?:at home|in the house|you or (?:the|your) (?:family|kids|"
        r"children))\b))(?=[^.!]*\?)",
    ),
    # someone asked about as doing it to a child or a dependent ("is anyone hurting him")
    cue(
        "abuse_or_neglect",
        r"\b(?:any(?:one|body)|someone|somebody|no ?one|nobody) (?:else )?(?:(?:at home|there|"
        r"at school)(?: \w+ (?:anywhere|somewhere) else)? |(?:anywhere|somewhere) else )?"
        r"(?:is |has |been |ever )*(?:hurting|hurts|hurt|hitting|hits|hit|touching|touches|touched|"
        r"harming|harms|harm|(?:lays?|laying|laid|puts?|putting) a (?:finger|hand) on) (?:him|her|"
        r"them|the (?:kids?|children|baby)|(?!(?:anyone|anybody|you|"
        r"yourself|themselves|me|us|feelings|chances|business)\b)\w+(?= or (?:frightening|scaring|"
        r"upsetting|hitting|harming|touching) (?:him|her|them)\b|\s*\?))\b",
    ),
    cue(
        "abuse_or_neglect",
        r"(?<!substance )(?<!alcohol )(?<!drug )(?<!drugs )(?<!opioid )(?<!self-)(?<!self )"
        # the Antabuse heard as "ant abuse", "anti abuse", "anta-abuse"
        r"(?<!\bant )(?<!\banti )(?<!\banti-)(?<!\banta )(?<!\banta-)\b(?"
        r":abuse|abused|abusive|abusing)\b"
        # "and to abuse down to 200": the Antabuse heard as words, its dose after
        r"(?! (?:down|up|dose|(?:down |up )?(?:to|at|from) (?:the )?\d)\b)",
    ),
    cue(
        "abuse_or_neglect",
        r"\bneglect\w*\b(?! (?:my|his|her|their|the|our|your) (?:garden|house|home|health|studies|"
        r"homework|work|job|car|lawn|yard|teeth|diet|hobbies|appearance|duties|emails?|friends|"
        r"plants?|inbox|chores)\b)|\bdomestic violence\b(?! (?:order|protection order|"
        r"intervention order|"
        r"application)s?\b(?![^.?!]*\bagainst (?:him|her|them|my)\b))|\bsexual(?:ly)? assault\w*|"
        r"\bassaulted\b|"
        r"\btouched (?:me|you) (?:inappropriately|sexually|when)",
    ),
    # violence told as what was done ("he threw a plate at me", "grabbed my neck")
    cue(
        "abuse_or_neglect",
        rf"\b(?:threw|throws|throwing|thrown) (?:a|the|his|her|my|your) {THROWN} at (?:me|you)\b|"
        r"\b(?:grabbed|grabs|grabbing|squeezed|squeezes|yank\w*|twist(?:s|ed)|wrench\w*) "
        r"(?:me by )?(?:my|your) (?:neck|throat|"
        r"hair|arms?|wrists?|face)\b|\b(?:pinned|pins|dragged|drags|locked|locks) (?:me|you|us)\b"
        # not "my dad dragged me out to the football"
        r"(?! (?:out |along |round |around )?to (?:the |a |his |her |church|school|parties)|"
        rf"along\b){NOT_SPORT}",
    ),
    # financial exploitation: money or property taken
    cue(
        "abuse_or_neglect",
        r"\b(?:stole|stolen|steals|stealing) (?:all )?(?:of )?(?:my|your) (?:money|pension|"
        r"savings|benefits|checks?|social security|card)\b|"
        r"\b(?:taken|took|takes|taking|spent|spends|spending|keeps|kept|uses|used|using) (?:all )?"
        r"(?:of )?(?:my|your) (?:money|pension|savings|benefits|checks?|social security|card)\b"
        r"[^.?!]{0,30}?\b(?:without (?:asking|permission|telling)|(?:i|you) (?:didn't|did not|"
        r"never) (?:agree|allow|say|know))\b|"
        r"\bmoney (?:that )?(?:you|i) (?:didn't|did not|never) (?:agree|allow|give|say)\b|"
        r"\b(?:take|takes|took|taken|taking) money (?:from|off) (?:you|me)\b|"
        r"\bpressur\w* (?:you|me) (?:to|into) sign\w*\b|"
        # asked of the client or of a relative ("any worries that anyone is taking advantage of
        # your dad?"; not "my boss takes advantage of me")
        r"\b(?:anyone|anybody|someone|somebody) (?:is |has been |been |might be )?(?:tak\w*|"
        r"took) advantage of (?:you|him|her|them|your \w+)\b|"
        # another's bank card held: "Kevin's had his bank card" (not "I've had my card")
        r"(?<!\bi )(?<!\bwe )(?:'s|\bhas|\bhave|\bkeeps|\bkept|\btook|\btakes|\bgot)(?: had| got)? "
        # ("pension cart": "card" as speech recognition heard it once)
        r"(?:his|her|my|your) (?:bank|debit|cash|benefits?|pension) car[dt]\b"
        r"(?! (?:back|for me|safe)\b)",
    ),
    # rough handling or being left without help: "Does anyone treat you roughly, or leave you
    # when you need help?"
    cue(
        "abuse_or_neglect",
        r"\b(?:treat\w*|handl\w*) (?:you|me) (?:roughly|badly|cruelly)\b|\b(?:leave|leaves|left|"
        r"leaving) (?:you|me) (?:\w+ )?when (?:you|i) need(?:ed)? (?:help|them|someone)\b",
    ),
    # held down: "He held me down." (not "held me up", "held me back")
    cue(
        "abuse_or_neglect",
        rf"\b(?:held|holds|holding|pinned|pins|pinning) {_VICTIM} down\b{NOT_SPORT}",
    ),
    # beaten with something: "takes the belt to me"
    cue(
        "abuse_or_neglect",
        r"\b(?:takes?|took|taking|take) (?:a|the|his|her|their) (?:belt|strap|switch|cord|"
        r"hanger|wooden spoon|paddle|stick) to (?:me|us|you|my (?!(?:roses|garden|plants?|"
        r"hedges?|flowers|weeds|"
        r"lawn|trees?|shrubs|bushes|nettles|car|bike|fence|door|wall)\b)\w+)\b|\b(?:hit|hits|"
        r"beat|beats|"
        r"whip\w*) (?:me|us|you) with (?:a|the|his|her) (?:belt|strap|switch|cord|hanger|stick)\b|"
        # a child told of: "He said Kyle hit him with a belt." (a stick may be a fight)
        r"\b(?:hit|hits|beat|beats|whip\w*|smack\w*|thrash\w*) (?:him|her|them|my \w+) with "
        r"(?:a|the|his|her|their) (?:belt|strap|switch|cord|hanger|wooden spoon|paddle|slipper)\b",
    ),
    # neglect told as what was lived: children left with no food; someone left in a wet bed
    cue(
        "abuse_or_neglect",
        r"\b(?:(?:me and my|my little) (?:brothers?|sisters?|siblings)|my (?:brothers?|sisters?) "
        r"and (?:i|me))\b[^.?!]{0,15}?\b(?:no food|nothing to eat|went hungry)\b"
        r"(?! allerg| intoleran| restrict)|"
        r"\b(?:lay|lie|lying|left|leave|leaves|leaving|sat|sit|sitting) (?:me |him |her |them )?in "
        r"(?:a |my |his |her |their )?(?:wet|soiled|dirty) (?:bed|sheets|diaper|nappy|clothes|pad)",
        by_client=True,
    ),
    # thirteenth pass: a child nobody watched, left to fend for itself or alone overnight
    cue(
        "abuse_or_neglect",
        r"(?<=nobody was )(?<!\w)(?:watching|looking after|minding) (?:him|her|them)\b"
        r"(?! (?:play|on|in|at)\b)|(?<=no one was )(?:watching|looking after|minding) "
        r"(?:him|her|them)\b|"
        r"\bleft (?:to )?fend for (?:themselves|himself|herself)\b|"
        r"\b(?:\w+-year-old|kids?|children|baby|toddler|little ones?) (?:was |were |got )?left "
        rf"(?:\w+ )?alone {_LONG}",
        by_client=True,
    ),
    # a hand laid on the client: "Does he ever lay a hand on you, love, when he's had a few?"
    cue(
        "abuse_or_neglect",
        r"\b(?:lay|lays|laid|laying|put|puts|putting) (?:a )?(?:finger|hand|hands) on (?:you|me)\b"
        r"(?! (?:to|for) (?:comfort|help|calm|steady))|"
        r"\brais(?:e|es|ed|ing) (?:a |his |her |their )?(?:hand|fist) (?:to|at) (?:you|me)\b",
    ),
    # children alone with no adult: "you and Bea are alone all night with no grown-up"
    cue(
        "abuse_or_neglect",
        r"\b(?:alone|by (?:ourselves|themselves|yourselves))\b[^.?!]{0,40}?\b(?:with )?no "
        r"(?:grown-?ups?|adults?)\b|\bno (?:grown-?ups?|adults?)\b[^.?!]{0,40}?\balone\b",
        by_client=True,
    ),
    # neglect told without the word for it
    cue(
        "abuse_or_neglect",
        r"\b(?:leaves?|left|leaving) (?:them|him|her|the (?:kids|children|baby)|"
        r"your (?:kids|children|son|daughter)) without (?:care|food|supervision|anyone)\b",
    ),
    # by the client too, someone in their care left in a place ("I left him alone in the house for
    # three hours"; not "I left him alone for the weekend", a partner given space maybe); first,
    # so that it is the cue kept where both match
    cue(
        "abuse_or_neglect",
        r"\b(?:leaves?|left|leaving) (?:him|her|them|the (?:kids|children|baby)|my (?:kids|"
        rf"children|baby|son|daughter|mom|mother|dad|father)) (?:\w+ )?alone {_LEFT_IN} {_LONG}",
        by_client=True,
    ),
    cue(
        "abuse_or_neglect",
        r"\b(?:leaves?|left|leaving) (?:me|us|you|him|her|them|the (?:kids|children|baby)|"
        r"my (?:kids|children|baby|son|daughter|mom|mother|dad|father))"
        r"(?: (?:and|an|in) (?:my|our|his|her) \w+)? (?:\w+ )?alone "
        rf"(?:{_LEFT_IN} )?{_LONG}",
    ),
    cue(
        "abuse_or_neglect",
        r"\b(?:make|makes|making|made) (?:you|me) (?:feel )?unsafe\b|\bunsafe at home\b|"
        r"\bafraid (?:of|for) (?:your|my) safety\b",
    ),
    cue(
        "abuse_or_neglect",
        r"\b(?:(?:feel|feels|feeling)|(?:are|is|am) (?:you|she|he|i)) safe (?:at home|with (?:him|"
        r"her|them|your|my)|in (?:your|my) (?:current )?(?:home|house|relationship)|"
        r"where (?:you|i)(?: live|(?: are| am|'re|'m) (?:staying|living))|at (?:the|your|my) "
        r"(?:hostel|flat|place)|with \w+(?=\W*\?))\b|\bis home a safe place\b|"
        # "And now, with Jordan, do you feel safe?", "Is everyone safe at home?"
        r"\bwith (?:him|her|them|\w+),? (?:do|are) you (?:feel )?safe\W*\?|"
        r"\b(?:is|are) (?:everyone|everybody|the (?:kids|children)|you all|you both) safe (?:at "
        r"home|there|in the house)\b|"
        # "Are you and Jenna and the kids safe with each other?"
        r"\bsafe (?:with each other|with one another|together)(?=\W*\?)",
        inverted=True,
    ),
    cue(
        "abuse_or_neglect",
        r"\b(?:afraid|scared|terrified|frightened) (?:of|by) (?:what )?(?:him|her|(?:my|your) "
        r"(?:husband|wife|partner|boyfriend|girlfriend|father|dad|stepfather|stepdad|mother|"
        r"mom))\b(?! (?:leaving|finding|being))"
        # a mother of her baby: "frightened of him, or frightened for him, I'm not sure which"
        r"(?!,? or (?:\w+ )?(?:afraid|scared|terrified|frightened)? ?for\b)",
    ),
    # intimidation: "He put his fist through the caravan door, right beside my head."
    cue(
        "abuse_or_neglect",
        r"\b(?:he|she|they) (?:put|punched|smashed|rammed|kicked|drove) (?:his|her|their) (?:fist|"
        r"hand|foot|boot|head) (?:through|into) (?:the|a|my|our) (?:\w+ )?(?:door|wall|window|"
        r"windscreen|cupboard)\b[^.?!]{0,20}?\b(?:beside|next to|by|near|inches from|an inch from|"
        r"right by) my (?:head|face)\b",
    ),
    # the screens' words (WAST, EASI): arguments that end in blows, care or money withheld or
    # taken, shamed or threatened, isolated, hit or hurt in a relationship
    cue(
        "abuse_or_neglect",
        r"\b(?:arguments?|rows?|fights?)\b[^.?!]{0,20}?\b(?:end|ended|ends|result|results|"
        r"resulted|turn|turns|turned) (?:up )?in(?:to)? (?:\w+ )?(?:hitting|kicking|pushing|"
        r"shoving|slapping|violence|blows)\b|"
        r"\b(?:anyone|someone|anybody|somebody|he|she|they|(?:my|your) (?:son|daughter|carer|"
        r"husband|wife|partner|boyfriend|girlfriend|family|nephew|niece))\b[^.?!]{0,25}?"
        r"\b(?:prevent\w*|stop\w*|kept|keeps|keep) (?:you|me) (?:from )?(?:getting|having|taking) "
        r"(?:your |my )?(?:food|meals|medication|medicines?|medical care|glasses|hearing aids?)\b|"
        r"\b(?:someone|anyone|somebody|anybody|he|she|they)\b[^.?!]{0,40}?\bmade (?:you|me) feel "
        r"(?:shamed|ashamed|threatened|afraid|frightened|scared|unsafe)\b(?! (?:of|about)\b)|"
        r"\bforc\w* (?:you|me) to sign\b|\b(?:use|used|take|took|spend|spent) (?:your|my) money "
        r"against (?:your|my) will\b|"
        r"\b(?:partner|husband|wife|boyfriend|girlfriend)\b[^.?!]{0,30}?\b(?:stops?|stopped|"
        r"prevents?|prevented) (?:you|me) (?:from )?(?:seeing|visiting|talking to|calling) "
        r"(?:your |my )?(?:friends|family|mum|mom|parents|sister|brother)\b|"
        r"\brelationship (?:where|in which) (?:you|i) (?:were|was|got|have been|'ve been) "
        r"(?:\w+ )?(?:hit|hurt|beaten|abused|pushed|threatened|choked|kicked|slapped)\b",
    ),
)
