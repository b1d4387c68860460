"""Ideation and an overdose in the everyday words the blind set ae01-ae22 used, read after it was
measured (issue 17's twenty-sixth pass): a life others would have quieter without one, a wish "to
be gone", a check "because you wouldn't be here?", "whether I'd go over" (thinking about a drop,
asked what was on one's mind), "the lot" taken on purpose; and from af01-af22 (the
twenty-seventh pass), a death hastened ("hoping it might bring your death closer", "I'd not mind
going a bit sooner"), by leaving out the medicines that keep one alive, and "if I just slipped
away". Cues as in risk_cues, whose shape they share. Patterns run on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue

CUES: tuple[Cue, ...] = (
    # "everyone would have a quieter life without me taking up space"
    cue(
        "suicidal_ideation",
        r"\b(?:would|'d|will) (?:have|get) (?:a |an )?(?:much |so |a lot |a bit )?(?:quieter|"
        r"easier|better|happier|calmer|simpler|lighter|more peaceful) (?:life |time |lives )?"
        r"without me(?: (?:taking up (?:space|room)|around|here|in (?:it|the way)))?"
        r"(?! (?!being\b)\w+ing\b| on (?:their|his|her|your|our)\b)",
        True,
    ),
    # "I wanted to be gone." (not "... gone by the time he got home")
    cue(
        "suicidal_ideation",
        r"\bi (?:just )?(?:wanted|want|wished|wish) to be gone(?=\s*(?:[.;!?]|$|, (?:that's all|"
        r"for good|full stop)|(?:,? for good|,? forever|,? altogether)\b))",
        True,
    ),
    # "Better raised by your sister because you wouldn't be here?" (a check of what was meant)
    cue(
        "suicidal_ideation",
        r"\b(?:because|since|as|cos|'cause) (?:i|you) (?:wouldn't|would not|won't|will not) be "
        r"(?:here|around|alive)\b(?! (?:to|for|when|at|in|on|by|next|this|that|until|till|"
        r"tomorrow|tonight)\b)",
        True,
    ),
    cue(
        "suicidal_ideation",
        # "What were you thinking about, standing there?" "Whether I'd go over."
        r"^(?:just |only )?(?:whether|if|about whether) (?:i'd|i would|i should|i could|to) (?:go "
        r"over|jump|step off|let go)(?=\s*(?:[.,;!?]|$| or not\b| the (?:edge|rail\w*|side)\b))",
        True,
    ),
    cue(
        "suicidal_ideation",
        # "the time I took the lot on purpose"
        r"\b(?:took|swallowed|necked|downed) (?:the (?:whole )?lot|the whole (?:box|packet|bottle|"
        r"strip)|all of them|everything i had) (?:on purpose|deliberately|at once|in one go)\b",
    ),
    # twenty-ninth pass (ah04, ah10): saved pills pictured taken "if it got too bad", or taken to
    # go and be with the dead; a gun pictured used, "one shot and the noise stops"
    cue(
        "suicidal_ideation",
        r"\bif (?:it|things|this) (?:ever )?(?:got|gets|get) (?:too |that |really )?(?:bad|much|"
        r"hard)\b[^.?!]{0,15}?\b(?:i'd|i would|i'll|i could) (?:just )?(?:take|swallow|down|neck) "
        r"(?:the (?:whole )?lot|them all|all of them|the (?:whole )?(?:bottle|box|packet))\b"
        r"(?! (?:of|back|to|in)\b)|"
        r"\b(?:take|taking|took|swallow\w*) (?:the (?:whole )?lot|them all|all of them) and (?:go "
        r"(?:and )?be with|join) (?:her|him|them|my \w+)\b",
        True,
    ),
    cue(
        "suicidal_ideation",
        # ("and" heard "in": "one shot in the noise stops")
        r"\bone (?:shot|bullet|pull of the trigger),? (?:and|in) (?:the \w+|it|it all|everything|"
        r"all of it) (?:stops|would stop|ends|would end|(?:is|would be|'s) over|goes away|"
        r"would go away|"
        r"(?:is|would be|'s) gone)\b",
        unnamed=True,
    ),
    # a death hastened or let come sooner: "hoping it might bring your death closer", "I'd not
    # mind going a bit sooner" (not "bring the end of term closer")
    cue(
        "suicidal_ideation",
        r"\b(?:bring|brings|bringing|brought|hurry|hurrying|hasten\w*|speed\w* up) (?:on )?"
        r"(?:my|your|his|her|the) (?:own )?(?:death|end|dying)\b(?! of\b)|"
        r"\b(?:i'd|i would|i) (?:not mind|wouldn't mind|would not mind|don't mind|not object|"
        r"wouldn't object|be happy|be glad) (?:going|dying|popping off|to go|to die) (?:a (?:bit|"
        r"little|wee bit) |any )?(?:sooner|earlier|early)\b|"
        # "it'd be nae bother to anyone if I just slipped away" (not "... away from the party")
        # ("... slipped away in my sleep" is risk_cues' death let come in one's sleep)
        r"\bif i (?:just |quietly )?(?:slipped|slip) away\b(?=\s*(?:[.,;!?]|$|(?:in the night|"
        r"one night|for good)\b))",
    ),
    # the medicines that keep one alive left out to die: "leaving them out hoping it might bring
    # your death closer", "I skip the insulin so I'll die sooner"
    cue(
        "self_harm",
        r"\b(?:leav\w*|left|skip\w*|stopp?\w*|miss\w*|not tak\w*|hold\w* back|bin\w*) "
        r"[^.?!]{0,40}?\b(?:hoping|so|in the hope|wanting)\b[^.?!]{0,30}?\b(?:death|die|dying|"
        r"(?:end|kill) (?:me|you|myself|yourself))\b",
    ),
    # "I believed I was a burden and that dying was the right thing." (c07; not "... the right
    # thing for her", a death one watched)
    cue(
        "suicidal_ideation",
        r"\bi (?:believed|thought|felt|decided|was sure|was convinced|was certain|knew)\b"
        r"[^.?!]{0,50}?\b(?:dying|to die|being dead|ending it|ending my life|my death) "
        r"(?:was|would be|would've been|would have been|seemed|felt like) (?:the )?(?:right|best|"
        r"only|kindest|answer|way out|solution)(?: (?:thing|way|option|answer|choice|thing to do|"
        r"way out))?\b(?!(?: (?:thing|way|option|answer|choice))?,? for (?!me\b|everyone\b|"
        r"everybody\b|the family\b|all\b|us\b)\w+)",
        True,
    ),
    # a diary card's "Urge to die, a three." (b10; not "the urge to die my hair")
    cue("suicidal_ideation", r"\burges? to die\b(?! \w+ (?:hair|beard|clothes|shirt)\b)"),
    # "I wanted to vanish, not just hide, like not exist anymore."
    cue(
        "suicidal_ideation",
        r"\b(?:like|just|to|wanted to|want to|wish i could|wished i could|rather) not exist(?:ing)?"
        r"\b(?= any ?more\b| at all\b|\s*[.,;!?]|\s*$| for (?:a (?:while|bit|time|few \w+)|"
        r"good|ever|a day or two)(?=\s*[.,;!?]|\s*$))",
        True,
    ),
)
