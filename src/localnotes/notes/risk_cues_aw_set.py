"""Risk told in the words of the blind set aw01-aw22, read in issue 17's forty-first pass after it
was measured blind: a death that nobody would know was no accident, with the life insurance
for the wife; a pan of hot oil one wants to throw at someone's face; a parent who had been
drinking and would not wake, and children without a meal for days; a bank card kept by a son who
shouts when it is asked for. Cues as in risk_cues, whose
shape they share. Patterns run on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue

#: a parent or carer, named as a child names them
_PARENT = r"(?:mam|mum|mom|ma|mammy|mummy|dad|da|daddy|mother|father|nan|gran|my \w+|she|he)"

CUES: tuple[Cue, ...] = (
    cue(
        "suicidal_ideation",
        # "thinking if I drove into it at sixty, nobody'd know it wasn't an accident, the wife'd
        # get the life insurance" (also as speech recognition wrote it: "nobody know", "the wife
        # get")
        r"(?:(?<=\bnobody )|(?<=\bnobody'd )|(?<=\bno one )|(?<=\bno one'd )|(?<=\bnobody would )|"
        r"(?<=\bno one would ))(?:know|think|guess|tell|suspect) (?:that )?it (?:wasn't|was not|"
        r"weren't) an accident\b|"
        r"\b(?:the wife|my wife|the missus|my missus|the kids|my kids|my husband|my family) "
        r"(?:would |'d |could |will )?get (?:the|my) (?:life insurance|payout|insurance money)\b",
        True,
    ),
    cue(
        "harm_to_others",
        # "I want to throw the pan of hot oil at his face" (not "throw the ball at him", nor
        # "throw the lot at the wall")
        r"\b(?:want|wanted|wanna|feel like|felt like|was going|am going|'m going|was about|nearly "
        r"wanted) to (?:throw|chuck|fling|hurl|pour|tip) (?:the |a |my |this |that |some )?"
        r"(?:pan|pot|kettle|saucepan|boiling|hot|scalding|acid|bleach|oil|fat|water)\b[^.?!]{0,25}?"
        r"\b(?:at|over|on|in) (?:his|her|their|him|them|the \w+'s)(?: face| head| eyes)?\b",
        True,
    ),
    cue(
        "abuse_or_neglect",
        # "Mam had her bottle and she went asleep on the settee and she wouldn't wake up"; "Mam
        # had been drinking and wouldn't wake up" (a worker's summary to a child)
        rf"\b{_PARENT} (?:had (?:her|his|a|the) bottle|had been drinking|was drunk|got drunk|"
        r"was (?:off her|off his|out of her|out of his) (?:face|head|head on \w+)|passed out)\b"
        r"[^.?!]{0,60}?\b(?:wouldn't|would not|couldn't|could not|didn't|did not) (?:wake|"
        r"come round|get up(?! to\b))\b|"
        # "We didn't have no tea Saturday or Sunday, only toast"
        r"\bwe (?:didn't|did not|never) (?:have|get|got|had) (?:no|any|nothing for) (?:tea|"
        r"dinner|food|breakfast|supper|lunch|meals?)\b(?=,? (?:on |for |all )?(?:\w+day|the "
        r"weekend|two days|three days|days|all weekend|all day|again))"
        r"(?![^.?!]{0,50}\b(?:because|cos|'cause|as|since) we (?:had|ate|went|were)\b)",
    ),
    cue(
        "abuse_or_neglect",
        # "if I ask for ma card back he shouts at me"; "your son has kept your bank card and your
        # money, he shouts at you when you ask for it" (a facilitator's summary)
        r"\bif (?:i|you) ask (?:for |him for |her for )?(?:ma |my |your |the )?(?:bank )?(?:card|"
        r"money|pension|phone|passport)(?: back)?,? (?:he|she|they) (?:shouts|screams|yells|gets "
        r"angry|goes mad|kicks off|hits|threatens)\b|"
        r"\b(?:kept|keeps|keeping|held on to|hung on to|hangs on to) (?:ma |my |your |her |his )?"
        r"(?:bank card|card|pension|money|benefits|savings|passport)\b[^.?!]{0,60}?\b(?:shouts?|"
        r"yells?|screams?|won't give|will not give|doesn't give|refuses|goes mad|threatens)\b",
    ),
)
