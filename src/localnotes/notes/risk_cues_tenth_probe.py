"""Words of risk that the tenth probe found unread (issue 17's thirty-sixth pass, read after it was
measured blind in the thirty-fourth and thirty-fifth; and a battery of questions written for the
pass): not going on, fear of someone at home, a death hurried along, injuries done to
oneself asked about, anyone one has thought of hurting, tablets put by, a weapon kept to use, a
beating promised, contact with family forbidden, a body put through a wall, a child touched. Cues
as in risk_cues, whose shape they share. Patterns run on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue
from localnotes.notes.risk_phrases import WEAPON

#: family and friends one may be kept from
_KIN = (
    r"(?:my |your )?(?:family|friends|whānau|whanau|mates|mum|mom|mam|mother|dad|father|sisters?|"
    r"brothers?|kids|children|parents|folks|people)"
)

CUES: tuple[Cue, ...] = (
    # "think about hurrying things along" (in palliative care), "hastening the end"
    cue(
        "suicidal_ideation",
        r"\b(?:hurry|hurrying|hurried|speed|speeding|hasten|hastening|hastened|bring|bringing) "
        r"(?:the end|my end|my death|death|it all) (?:along|up|on|forward|closer)\b|"
        r"\bhasten(?:ing|ed)? (?:the end|my end|my death|death|dying)\b",
    ),
    # a second object of the same thoughts: "thoughts about hurting yourself, or about dying"
    cue(
        "suicidal_ideation",
        r"\b(?:thoughts?|thinking|thought)\b[^.?!]{0,40}?,? or (?:about |of )(?:dying|death|being "
        r"dead|ending (?:it|your life|things)|suicide|killing yourself|not being here)\b",
    ),
    # not going on: "thought about not going on", "felt like not carrying on"
    cue(
        "suicidal_ideation",
        r"\b(?:thought|thinking|think|thoughts|felt like|feel like|want\w*|wish\w*) (?:about |of )?"
        r"(?:not (?:going on|carrying on|wanting to go on|continuing|being able to go on)|giving "
        r"up on (?:life|living))(?=\s*(?:[.,;:!?]|$|any ?more\b|at all\b|with (?:it|life)\b))",
    ),
    # fear of someone at home: "Are you afraid of anyone you live with?", "afraid of my husband"
    cue(
        "abuse_or_neglect",
        r"\b(?:afraid|scared|frightened|terrified) of (?:any ?one|any ?body|some ?one|some ?body) "
        r"(?:you live with|i live with|at home|in the house)\b|\b(?:afraid|scared|frightened|"
        r"terrified) of (?:your|my) (?:partner|husband|wife|boyfriend|girlfriend|ex)\b",
    ),
    # "Have you got any injuries on you today that you did to yourself?"
    cue(
        "self_harm",
        r"\b(?:injur(?:y|ies)|cuts|marks|wounds|bruises|burns)\b[^.?!]{0,30}?\b(?:that )?you "
        r"(?:did|done|made|gave|caused) (?:to )?yourself\b",
    ),
    # "Is there anyone you've thought about hurting?"
    cue(
        "harm_to_others",
        r"\b(?:any ?one|any ?body)\b[^.?!]{0,40}?\byou(?:'ve| have)? (?:thought|been thinking) "
        r"(?:about|of) (?:hurting|harming|hitting|killing|attacking)\b",
    ),
    # tablets put by: "I've been putting my tablets by in a drawer", "stockpiling my pills"
    cue(
        "suicidal_ideation",
        r"\b(?:putting|put|saving|saved|keeping|kept|stashing|stashed) (?:some of |a few of )?"
        r"(?:my |the |all my )?(?:tablets|pills|meds|painkillers|sleeping pills) (?:by|aside)\b|"
        r"\b(?:stockpil\w+|hoard\w*|saving up|saved up|stash\w*) (?:my |the |all my )?(?:tablets|"
        r"pills|meds|painkillers|sleeping pills)\b",
        unnamed=True,
    ),
    # a weapon kept to use: "I've got a bat by the door for when that lot come round, and I'll
    # use it"
    cue(
        "harm_to_others",
        rf"\b{WEAPON}\b[^.?!]{{0,40}}?\bfor (?:when |if )?(?:that lot|them|him|her|anyone|"
        r"anybody|whoever|they|those|he|she)\b[^.?!]{0,40}?\bi(?:'ll| will|'d| would) (?:use|"
        r"swing) it\b",
    ),
    # a beating promised: "When I find the guy who keyed my truck he's getting a beating"
    cue(
        "harm_to_others",
        r"\bwhen i (?:find|see|catch|get hold of|get my hands on)\b[^.?!]{0,60}?\b(?:he's|she's|"
        r"they're|he is|she is|they are|he'll|she'll|they'll) (?:getting|get|gonna get|going to "
        r"get) (?:a |the )?(?:beating|hiding|kicking|hammering|battering|pasting|thumping|smack|"
        r"slap)\b",
    ),
    # contact forbidden by a partner: "My partner won't let me see my whānau" (not a parent's
    # rule: "My mum won't let me see my friends till my exams are done")
    cue(
        "abuse_or_neglect",
        r"\b(?:partner|husband|wife|boyfriend|girlfriend|fiancée?|ex)\b[^.?!]{0,40}?\b(?:won't|"
        r"will not|doesn't|does not|didn't|never) let (?:me|you) (?:see|visit|talk to|speak to|"
        rf"call|ring|phone|go out with|go and see) {_KIN}\b",
    ),
    # "My ex put me through the wall"
    cue(
        "abuse_or_neglect",
        r"\b(?:put|threw|pushed|shoved|slammed) (?:me|you) (?:through|into) (?:the|a) (?:wall|"
        r"window|door|table|glass|wardrobe|cupboard)\b",
    ),
    # a child touched: "My uncle touches me when Mum's at work"
    cue(
        "abuse_or_neglect",
        r"\b(?:uncle|step-?dad|stepfather|step-?brother|cousin|grand(?:dad|pa|father)|mum's "
        r"boyfriend|mom's boyfriend|coach|teacher|neighbou?r) (?:\w+ )?(?:touches|touched|keeps "
        r"touching|has been touching) (?:me|you|her|him)\b(?! on the (?:shoulder|arm|back|hand))",
    ),
)
