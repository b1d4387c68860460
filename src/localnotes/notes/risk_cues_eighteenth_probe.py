"""Risk told plainly, from the eighteenth probe (benchmarks/data/risk_probes/p18, read in issue
17's forty-fourth pass after two passes blind), each made general: a plan to die asked after;
a place and a time worked out "when there'd be nobody about to stop me"; not planning "on being
around much longer"; taking enough "to make it stop for good"; "better I am not living"; a rope
found that "was meant for me"; a blade that went too far, a stick taken to one's own shins,
burns hidden under sleeves; a door kicked in "on her"; one's hands pictured round another's
neck; urges "to go for" someone with a tool; hands put on someone in an argument; a child's
room come into with "our secret"; pictures held over a child; little ones left on their own
overnight. Cues as in risk_cues, whose shape they share. Patterns run on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue

#: a child or the children, in one's care
_LITTLE = (
    r"(?:the|my|our|his|her) (?:\w+ )?(?:little ones|kids|children|child|baby|babies|toddlers?|"
    r"twins|boys|girls|wee ones|bairns|weans|youngest|eldest)"
)
#: someone close, to whom hands are put
_SOMEONE = (
    r"(?:him|her|them|someone|somebody|anyone|anybody|(?:your|my|the|his|her) (?:\w+ "
    r")?(?:neighbou?r|"
    r"wife|husband|partner|kids?|child|children|son|daughter|mum|mom|mam|dad|mother|father|brother|"
    r"sister|girlfriend|boyfriend|ex|boss|flatmate|colleague|co-?worker|missus|fella))"
)

CUES: tuple[Cue, ...] = (
    # a plan to die, asked or told: "because you're planning to die?"
    cue(
        "suicidal_ideation",
        r"\bplan(?:s|ned|ning)? (?:to|on) (?:die|dying|not (?:being|be) (?:here|around)|be(?:ing)? "
        r"gone)\b",
    ),
    # "I don't plan on being around much longer"
    cue(
        "suicidal_ideation",
        r"\b(?:don't|dont|do not|not|am not|i'm not|im not) plan(?:ning)? (?:on|to be) (?:being )?"
        r"(?:around|here|sticking around)(?: (?:much|for much|a lot|very) (?:longer|more))?\b"
        r"(?! (?:for|at|to|in|on|tonight|tomorrow|this|next|when|after|because|at)\b)",
    ),
    # a time worked out with no one to stop it: "when there'd be nobody about to stop me"
    cue(
        "suicidal_ideation",
        r"\b(?:when|where) there(?:'d| would|'ll| will)? be (?:nobody|no one|no-one|noone)"
        r"(?: about| around| there| near)? to stop me\b",
    ),
    # "take enough ... and make it stop for good"
    cue("suicidal_ideation", r"\bmake (?:it|it all|everything|the pain) stop for good\b"),
    # "it is better I am not living"
    cue(
        "suicidal_ideation",
        r"\b(?:it is |it's |it would be |it'd be )?better (?:if )?i (?:am|was|were|'m) not "
        r"(?:living|alive|here any ?more|around any ?more|in this world)\b",
    ),
    # a rope found that was meant for the speaker: "... but it was meant for me"
    cue(
        "suicidal_ideation",
        r"\b(?:rope|noose|belt|cord|tablets|pills|hose ?pipe)\b[^.?!]{0,100}?\b(?:it|they) "
        r"(?:was|were) (?:really |actually )?meant for me\b",
        True,
    ),
    # a blade that went too far: "went a bit far with the razor on my thighs"
    cue(
        "self_harm",
        r"\bwent (?:a (?:bit|little) |too |way too |way )?(?:far|deep) with the (?:razor|blade|"
        r"knife|compass|lighter|sharpener)\b(?! (?:on|around|round) my (?:chin|face|beard|head|"
        r"neck|legs?|armpits?|bikini|fringe|hair|nails)\b)",
    ),
    # a stick taken to one's own body: "I take the hurley to my own shins"
    cue(
        "self_harm",
        r"\b(?:take|takes|took|taking|taken) (?:a|the|my) \w+ to my own (?:shins?|legs?|arms?|head|"
        r"thighs?|hands?|knuckles|face|stomach|ribs|body|skin)\b",
    ),
    # burns hidden, done with a lighter: "because of the burns, I've been doing them with the
    # lighter"
    cue(
        "self_harm",
        r"\b(?:burns|marks|scars)\b[^.?!]{0,60}?\b(?:doing|do|did|done) (?:them|it|those) with "
        r"(?:the|a|my) (?:lighter|cigarette|fag|compass|blade|sharpener|lit match)\b",
    ),
    cue(
        "self_harm",
        r"\b(?:sleeves? down|long sleeves|cover(?:ing)? (?:them|it) up)\b[^.?!]{0,40}?\bbecause of "
        r"the (?:burns|cuts|marks|scars)\b",
    ),
    # a threat on a condition, from its "if": "if she takes the kids off me ill go round there
    # and kick the door in on her"
    cue(
        "harm_to_others",
        r"(?:\bif\b[^.?!]{0,50}?)?\b(?:i'll|ill|i will|i'm gonna|im gonna|i'm going to) (?:go "
        r"(?:round|over|down) (?:there )?(?:and )?)?kick (?:the|her|his|their) (?:front |back )?"
        r"door in on (?:her|him|them)\b",
        True,
    ),
    # one's hands pictured round another's neck
    cue(
        "harm_to_others",
        r"\b(?:picture|pictures|picturing|pictured|imagine|imagines|imagining|imagined)\b "
        r"(?:putting )?my hands (?:round|around|on) (?:his|her|their|my [\w-]+'s|the [\w-]+'s|"
        r"[\w-]+'s) "
        r"(?:neck|throat)\b",
        True,
    ),
    # urges to go for someone with a tool: "urges to go for the bosun with the chipping hammer"
    cue(
        "harm_to_others",
        r"\burges? to go for (?:him|her|them|the \w+|my \w+|\w+) with (?:a|the|my|his|her) "
        r"(?:\w+ )?(?:hammer|knife|bar|bat|bottle|spanner|wrench|axe|blade|chair|glass|iron|pole|"
        r"stick|shovel|spade)\b",
        True,
    ),
    # hands put on someone in an argument: "Did you put your hands on your neighbour?"
    cue(
        "harm_to_others",
        rf"\b(?:put|puts|putting|lay|laid|laying) (?:your|my) hands on {_SOMEONE}\b",
        True,
    ),
    # a child's room come into at night, and a secret: "my uncle comes in my room when everyones
    # asleep and says its our secret"
    cue(
        "abuse_or_neglect",
        r"\b(?:comes?|came|coming|gets?|got) (?:in|into) my (?:room|bed)\b[^.?!]{0,60}?\b(?:our "
        r"(?:little )?secret|not to tell|(?:don't|dont|do not|never) tell)\b",
    ),
    # pictures held over a young person: "has my pics and says he'll send them to everyone at
    # school unless I send more"
    cue(
        "abuse_or_neglect",
        r"\b(?:has|have|got|'s got|kept|keeps) my (?:pics|pictures|photos|nudes|videos?|"
        r"selfies)\b[^.?!]{0,60}?\b(?:send|post|share|show|put|leak) (?:them|it)\b[^.?!]{0,50}?"
        r"\bunless\b",
    ),
    # little ones left on their own: "I leave the two little ones on their own till morning",
    # "have the kids been left at home on their own for long stretches"
    cue(
        "abuse_or_neglect",
        rf"\bi (?:leave|left|have left|'ve left|had to leave|have to leave) {_LITTLE} (?:\w+ )?"
        r"(?:on (?:their|his|her) own|alone|by (?:them|him|her)sel(?:f|ves)|home alone)\b"
        r"[^.?!]{0,30}?\b(?:till|until|all (?:night|day)|overnight|morning|hours|for)\b",
    ),
    cue(
        "abuse_or_neglect",
        r"\b(?:kids|children|little ones|baby|toddlers?|twins)\b (?:been |being |are |were |was )?"
        r"left (?:at home )?(?:on (?:their|his|her) own|alone|by (?:them|him|her)sel(?:f|ves))\b"
        r"[^.?!]{0,30}?\b(?:long|hours|overnight|all (?:day|night)|stretches|days)\b",
    ),
)
