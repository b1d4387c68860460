"""Risk told in the forms of the fifteenth probe (`benchmarks/data/risk_probes/p15`, written blind
and measured blind in the thirty-ninth and fortieth passes, read in the forty-first): not
expecting to be around much longer, "top myself", a tide worked out "because that's how I'd do
it", a lorry one could steer into; a blade "out on" one's legs, an arm bashed on purpose, the
urge "to cut"; going round with a pipe to sort someone out; a parent's pension drained, a carer
who handles her roughly, hands put on one, sexual things one is made to do, pictures threatened to
be shared. Cues as in risk_cues, whose shape they share. Patterns run on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue

#: someone close, whose money or body another may abuse
_KIN = (
    r"(?:her|his|their|(?:my|your|our) (?:mum|mam|mom|mother|dad|father|nan|gran|granny|grandma|"
    r"grandad|grandpa|aunt|uncle)|(?:mum|mam|mom|dad|nan|gran|granny|grandma|grandad)'s|your "
    r"(?:mum|mam|mom|dad|nan|gran)'s|my (?:mum|mam|mom|dad|nan|gran)'s)"
)

CUES: tuple[Cue, ...] = (
    cue(
        "suicidal_ideation",
        # "I don't plan on being around much longer", "you don't expect to be around much
        # longer" (not "not around much longer at this firm")
        r"\b(?:don't|do not|not|won't) (?:plan(?:ning)? (?:on|to)|expect(?:ing)? to|"
        r"intend(?:ing)? to|think i'll|think i will|going to) (?:be |being )?(?:around|here) "
        r"(?:(?:for )?(?:much|a lot|very much) longer|any ?more by|by (?:christmas|the (?:summer|"
        r"spring|new year)))\b(?! (?:at|in|with) (?:this|the|my) (?:job|firm|company|place|town|"
        r"club|school|flat|house)\b)(?![^.?!]*\b(?:shift|contract|lease|visa|meeting|office)\b)|"
        r"\btop (?:myself|yourself|himself|herself|themselves)\b|"
        # "working out when the water's deepest off the pier, because that's how I'd do it"
        r"\b(?:tide|tides|water's deepest|deepest|pier|bridge|cliff|drop|rope|pills|tablets)\b"
        r"[^.?!]{0,80}?\bthat's how i(?:'d| would) do it\b|"
        # "how easy it would be to steer into a lorry and just be done with everything"
        r"\bhow easy it (?:would|'d|will) be to (?:just )?(?:steer|swerve|drive|veer|walk|step) "
        r"(?:into|in front of|under) (?:a|the|an|one of the) (?:lorry|lorries|truck|trucks|bus|"
        r"train|tree|wall|river|sea|oncoming)\b|"
        r"\b(?:just )?be done with (?:everything|it all|life|living)\b",
        True,
    ),
    cue(
        "self_harm",
        # "the razor blades out on your legs again"; "bashing my arm against the door frame on
        # purpose"; "when I wanted to cut, but ..."
        r"\b(?:razor blades?|razors?|blades?|the knife|a knife|scissors|the lighter) out on "
        r"(?:your|my) (?:legs?|arms?|wrists?|thighs?|skin|stomach|body)\b|"
        r"\b(?:bash|bang|smash|slam|hit|punch)(?:ed|ing|es|s)? my (?:arms?|head|hands?|fists?|"
        r"legs?) (?:against|into|on) (?:the |a )?[\w ]{0,20}?\b(?:on purpose|deliberately)\b|"
        r"\b(?:want|wanted|wanting|urge|urges|needed|need) to cut\b(?=\s*(?:[.,;!?]|$|again\b|"
        r"but\b|and\b|so\b))",
        True,
    ),
    cue(
        "harm_to_others",
        # "I'm going there with a pipe this weekend to sort him out"
        r"\b(?:going|go|went|heading|head) (?:there|round|over|down|up|after him|after her) with "
        r"(?:a|the|my) (?:pipe|bat|baseball bat|knife|crowbar|hammer|machete|blade|bar|iron bar|"
        r"wrench|gun)\b[^.?!]{0,40}?\b(?:sort (?:him|her|them) out|teach (?:him|her|them)|"
        r"do (?:him|her|them) in|finish (?:him|her|them)|get (?:him|her|them))\b",
        True,
    ),
    cue(
        "abuse_or_neglect",
        # "he's been draining her pension every month"; "taking your mum's pension without her
        # say-so"; "handles her so roughly"; "he put his hands on me"; "making you do sexual
        # things"; "threatened to share pictures of you unless you send more"
        rf"\b(?:draining|drained|drains|emptying|emptied|bleeding|cleaning out|cleaned out) {_KIN} "
        r"(?:pension|account|bank account|savings|benefits)\b|"
        rf"\b(?:taking|took|taken|using|spending) {_KIN} (?:pension|savings|benefits|money)\b"
        r"[^.?!]{0,20}?\bwithout (?:her|his|their) (?:say-so|say so|permission|knowing|consent|"
        r"knowledge)\b|"
        r"\bhandl(?:es|ed|ing|e) (?:her|him|them|mum|mam|mom|dad|nan|gran|my \w+|your \w+) (?:so |"
        r"really |very |too |quite )?rough(?:ly)?\b|"
        r"\b(?:he|she|they|my \w+|the \w+|and|then) (?:put|puts|laid|lays) (?:his|her|their) "
        r"hands on "
        r"(?:me|you|her|him)\b(?! to (?:stop|help|steady|catch|calm|hold|pray|bless)\b)|"
        r"\b(?:making|make|made|makes|forcing|forced) (?:you|me) do sexual (?:things|stuff|acts)\b|"
        r"\bthreaten(?:ed|ing|s)? to (?:share|post|send|leak|spread|put up) (?:pictures|photos|"
        r"pics|images|videos|nudes) of (?:you|me)\b",
    ),
)
