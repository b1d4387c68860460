"""Risk said softly (issue 17's forty-second pass): the ways of telling that the earlier cues
lacked by whole classes, not by single words. Understatement ("I did something daft with the
tablets", "I went too far with the pills", "took more than I should on purpose"); ideation told as
a bargain or an escape ("I'd swap places with anyone who's dying", "if I got cancer I wouldn't get
it treated", "the lorry could just hit me", "doing everyone a favour if I wasn't here", "I won't
be around much longer"); self-harm told by its hiding and its marks ("long sleeves so nobody sees
the marks", "scabs from the razor", "I hide the blades in my pencil case"); threats sent by text
or voicemail, by the client or to the client; control told as routine ("he won't let me have my
own bank card", "goes through my phone every night", "not allowed out without him") and an adult
who comes into a child's room at night.

They were written from the kinds of telling a third battery of plain telling was asked for, before
it was read, and measured on it unread. Cues as in risk_cues, whose shape they share. Patterns run
on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue

#: the means of an overdose or a cut, as people name them in passing
_MEANS = r"(?:tablets|pills|meds|medication|paracetamol|painkillers|razors?|blades?|sharpeners?)"
#: what is hidden on the body
_MARKS = r"(?:marks|cuts|scars|burns|scabs|bruises|scratches|plasters|bandages?)"
#: what one sends
_SENT = r"(?:sent|send|sends|texted|texts|messaged|messages|left|leaves|rang|wrote)"
_MESSAGE = r"(?:(?:a |an )?(?:texts?|messages?|voice ?mails?|voice ?notes?|dms?|notes?|emails?))"
#: a threat in it: "I'd kill", "he'll hurt", "she was going to burn"
_WOULD = (
    r"(?:'d|would|'ll|will|was going to|were going to|is going to|was gonna|is gonna|'s gonna|"
    r"'m going to|am going to|'m gonna)"
)
_THREAT = r"(?:kill|hurt|burn|stab|smash|batter|break|shoot|end|finish|cut|do)"
#: an adult who comes to a child at night
_ADULT = (
    r"(?:my (?:\w+ )?(?:uncle|stepdad|stepfather|dad|father|grandad|grandfather|cousin|lodger|"
    r"brother-in-law|mum's (?:boyfriend|fella|partner))|he|(?:the|our) lodger)"
)

CUES: tuple[Cue, ...] = (
    cue(
        "self_harm",
        rf"\b(?:did|done|do|doing) (?:something|summat|somethin) (?:daft|stupid|silly|dumb|"
        rf"mad|reckless) (?:with|to) (?:the |my |all my |some )?(?:{_MEANS}|arms?|wrists?|legs?)\b|"
        rf"\b(?:went|go|gone|going) (?:a bit |way |much )?too far with (?:the |my )?{_MEANS}\b|"
        r"\b(?:took|take|taken|swallowed|necked|downed) (?:more|extra|too many|a load|loads|a "
        r"handful|the lot|the whole (?:box|packet|strip|bottle)|double)\b[^.?!]{0,40}?\b(?:on "
        r"purpose|deliberately|to see what (?:would|'d) happen|so i (?:wouldn't|won't|would "
        r"not) wake)\b|"
        rf"\b(?:long sleeves|sleeves down|sleeves|jumpers?|hoodies?|tights|plasters|a watch|"
        rf"bracelets|make-?up|foundation) (?:on )?(?:so|because|cos|'cause) (?:nobody|no one|"
        rf"no-one|they|mum|mam|my \w+|people|he|she|teachers?) (?:can't |won't |doesn't |don't "
        rf")?(?:sees?|notices?|finds?|asks? about|can see|will see) (?:the |my )?{_MARKS}\b|"
        rf"\b(?:scabs|cuts|scars|marks|burns|lines) (?:from|off) (?:the|a|my) (?:razor|blade|"
        r"lighter|compass|scissors|sharpener|knife)\b|"
        # the act named bare, as its time: "when you cut, are you thinking about dying?" (ax15)
        r"(?:(?<=\bwhen you )|(?<=\bwhen i )|(?<=\bwhenever you )|(?<=\bwhenever i ))"
        # (not a tool borrowed for work: "I use his when I cut.")
        r"(?<!use his when i )(?<!use hers when i )(?<!use mine when i )(?<!use one when i )"
        r"(?<!use that when i )(?<!use it when i )(?:cut|burn|"
        r"self-harm|self harm)(?=\s*[,.?!])|"
        r"\bi (?:\w+ )?(?:hide|hid|stash|stashed) (?:the|my|a|some) (?:blades?|razors?|"
        r"sharpener blades?|lighter|scissors)\b(?![^.?!]*\b(?:away from|out of reach|from the "
        r"(?:kids|children|baby|dog)|locked))",
        True,
    ),
    cue(
        "suicidal_ideation",
        r"\b(?:won't|will not|wont|shan't|not going to|isn't going to) be (?:around|here) (?:much "
        r"|for much |a lot )?longer\b(?![^.?!]*\b(?:shift|job|firm|company|school|town|city|"
        r"house|flat|area|country|contract|lease|visa|today|tonight|meeting|office|ward|team)\b)|"
        r"\b(?:swap|switch|trade) places with (?:anyone|anybody|someone|somebody|them|those) "
        r"(?:(?:who's|who is|that's|that is|who are|who's been) (?:dying|terminal|got cancer|on "
        r"their way out|been given)|on the (?:cancer|oncology|dying|palliative) ward|in (?:a |the "
        r")?"
        r"hospice)\b|"
        r"\bif i (?:got|get|had|was to get|were to get) (?:cancer|a tumou?r|ill|sick|something "
        r"serious|covid|a lump)\b[^.?!]{0,20}?\bi (?:wouldn't|would not|won't|will not|wouldn't "
        r"even|'d not) (?:get it (?:treated|seen to|checked)|have (?:the |any )?treatment|tell "
        r"anyone|fight it|go to the doctor|see a doctor)\b|"
        r"\b(?:the|a|some) (?:lorry|truck|bus|car|train|van|tram) (?:could|would|might|will) "
        r"(?:just )?(?:hit|take|flatten|run over|run) me\b|"
        r"\b(?:hope|hoping|wish|wishing|pray|praying) (?:that )?my heart (?:just |would |will )?"
        r"(?:stops?|gives? out|packs? in|packs? up)\b|"
        r"\b(?:doing|do) (?:everyone|everybody|them|them all|the family|the kids|my family|the "
        r"world) a favou?r if i (?:wasn't|weren't|was gone|went|disappeared|died|wasn't here|"
        r"wasn't around)\b|"
        # survival regretted: "Do you wish you hadn't survived the stroke?", "I wish the crash had
        # taken me" (ax09)
        r"\b(?:wish|wishes|wished|wishing) (?:that )?(?:i|you) (?:hadn't|had not|didn't|did not|"
        r"never|'d not) (?:survived|made it|pulled through|come round|come through|woken up)\b(?! "
        r"(?:at|so|this|early|before|in time|on time|till|until)\b)|"
        r"\b(?:wish|wishes|wished|wishing) (?:that )?(?:the|that|my) (?:\w+ )?(?:stroke|accident|"
        r"crash|cancer|illness|heart attack|overdose|fall|fire|virus|infection|operation|it) had "
        r"(?:taken|killed|finished|got) (?:me|you)\b",
        True,
    ),
    # "Some people feel life isn't worth going on with. Have you had thoughts like that?" (ax03)
    cue("suicidal_ideation", r"\blife (?:isn't|is not) worth (?:going|carrying) on\b"),
    cue(
        "harm_to_others",
        # a weapon taken out to someone, a window struck: "I got out with the tire iron", "I
        # banged on his window with it", "struck his window" (ax14)
        r"\b(?:got|get|gets|getting|came|went|ran|walked|jumped) (?:out|over|round|across|up|after "
        r"(?:him|her|them))(?: of (?:the|my|your|his) (?:car|truck|van|cab|house))? with (?:a|the|"
        r"my|your) (?:tire iron|tyre iron|crowbar|bat|baseball bat|knife|hammer|machete|golf club|"
        r"wrench|spanner|iron bar|pipe|axe|hatchet|gun|pistol|rifle|"
        r"shotgun)\b(?![^.?!]*\b(?:fix\w*|"
        r"mend\w*|repair\w*|build\w*|shel(?:f|ves)|fence|diy|nails?|tyre|tire|puncture|wheel)\b)|"
        r"\b(?:banged|smashed|struck|whacked|bashed|hammered|pounded) (?:on |in )?(?:his|her|their)"
        r" "
        r"(?:\w+ )?(?:window|windscreen|windshield|car|door)s?\b(?:(?: in)? with (?:it|a|the|my)\b|"
        r"[^.?!]{0,40}?\b(?:tire iron|tyre iron|crowbar|bat|hammer|wrench|pipe)\b|(?=,? and no "
        r"one was hurt))",
        True,
    ),
    cue(
        "harm_to_others",
        rf"\bi (?:\w+ )?{_SENT} (?:him|her|them|my \w+|the \w+|[\w-]+) (?:{_MESSAGE} )?(?:saying|"
        rf"telling (?:him|her|them)|that said) (?:that )?i{_WOULD}? ?(?:{_THREAT}|set fire to|"
        r"come round and)\b",
        True,
    ),
    cue(
        "abuse_or_neglect",
        rf"\b(?:he|she|they|my (?:\w+ )?\w+) (?:\w+ )?{_SENT} me {_MESSAGE} (?:saying|that said|"
        rf"telling me) (?:that )?(?:he|she|they){_WOULD}? ?(?:{_THREAT}|set fire to|come round "
        r"and) (?:me|my|the kids|us|the house)\b|"
        r"\b(?:he|she|they|my (?:\w+ )?(?:husband|wife|partner|boyfriend|girlfriend|fella|"
        r"missus|ex|stepdad|boss|carer)) (?:won't|doesn't|does not|will not|"
        r"never|don't) let me (?:have|keep|use|touch|see|go near|get) (?:my own|my|any|a) "
        r"(?:bank ?card|money|cash|phone|wages|pay|passport|car keys|keys|pension|benefits|"
        r"friends|family|own money)\b(?![^.?!]*\b(?:school nights?|homework|exams?|curfew|grounded|"
        r"till i'?m|until i'?m|weeknights?|revision)\b)|"
        r"\b(?:he|she|they|my (?:\w+ )?(?:husband|wife|partner|boyfriend|girlfriend|fella|"
        r"missus|ex)) (?:checks|goes through|reads|searches|takes) my (?:phone|messages|texts|"
        r"emails|bank|purse|bag)\b[^.?!]{0,30}?\b(?:every (?:night|day|time)|all the time|"
        r"constantly|whenever|when (?:he|she) gets? in)\b|"
        r"\bi'?m not allowed (?:to )?(?:out|go out|leave the house|leave|see (?:my|anyone)|talk to "
        r"(?:my|anyone)|have (?:my|a|any) \w+)\b[^.?!]{0,20}?\b(?:without (?:him|her|them|his|"
        r"her)|unless (?:he|she|they)|by (?:him|her|my (?:husband|partner|boyfriend|wife)))\b|"
        rf"\b{_ADULT} (?:\w+ )?(?:comes|came|coming|creeps|crept|sneaks|sneaked|snuck|gets|got) "
        r"(?:in|into) my (?:room|bed)\b[^.?!]{0,30}?\b(?:at night|when (?:mum|mam|mom|everyone)"
        r"|nights|in the night)\b",
    ),
)
