"""Everyday tellings that share a cue's words but tell no act of risk (issue 17's fifty-third
pass, from sentences the twelfth battery's helper and the lead found read as risk by older
rules): a scratch from brambles while walking the dog, a hand burnt while cooking, "cutting" at
the gym (weight, not skin), a near miss with a bus while not looking, "I'll run them over to your
place" (a delivery), children's dares, and a low mood said to be "not so bad that I'd want to
kill myself". Read by `risk_negated` with the accidents of `risk_framing.ACCIDENT`: a cue so told
is charted as denied, never as endorsed.
"""

from __future__ import annotations

import re

#: After a cue of harm to oneself, what shows the harm was part of an everyday task: "I scratched
#: my legs on the brambles walking the dog", "I burn my hands when I'm cooking", "been cutting
#: again at the gym, carbs are way down" (not "I burn my arms with the lighter when I'm low", nor
#: "I held my hand on the hob till it blistered": the hob is the means, not the task)
_TASK_AFTER = re.compile(
    r"[^.?!]{0,80}?\b(?:on (?:the |a |some )?(?:brambles?|thorns?|nettles?|rose ?bush(?:es)?|"
    r"nails?|barbed wire|fence|hedge|branch(?:es)?)|(?:walking|walkin'?) the dog|(?:when|while|"
    r"whilst) (?:i'm |i am |i was |i'm )?(?:cooking|baking|ironing|gardening|shaving|making "
    r"(?:tea|dinner|breakfast|lunch))(?![^.?!]*\bon purpose\b)|at the gym|carbs|calories|macros|"
    r"cutting phase|bulking|for (?:the|my) (?:comp|competition|weigh-in|fight))\b"
)
#: After a cue of stepping in front of traffic, an accident told: "I nearly stepped in front of
#: a bus, I wasn't looking" (not "I nearly stepped in front of a bus on purpose")
_NOT_LOOKING = re.compile(
    r"[^.?!]{0,80}?\b(?:i (?:wasn't|was not) (?:looking|paying attention|concentrating)|i was "
    r"(?:looking at|on|texting on) my phone|i didn't see (?:it|him|her|the \w+) coming)\b"
)
#: a delivery: "I'll run them over to your place after lunch"
_DELIVERY = re.compile(
    r"(?:i'll |i will |i can |i'm gonna |i'm going to )?run (?:him|her|them|it|these|those|the "
    r"\w+) over (?:to|for) \w+"
)
#: before a cue, a dare or a game of children: "the kids dared each other jumping off the shed"
_DARED = re.compile(
    r"\b(?:dared|daring|dare) (?:each other|one another|him|her|them)\b[^.?!]{0,20}$"
)
#: before a cue, a low mood said to fall short of it: "Not so bad that I'd want to kill myself."
_NOT_SO_BAD = re.compile(
    r"\bnot (?:so|that|as|too) (?:bad|low|down|dark|rough|desperate) (?:that|as|so) (?:i'd|i "
    r"would|i|i'll|i was)\b[^.?!]{0,20}$"
)


def everyday(low: str, start: int, kind: str) -> bool:
    """Whether the cue at `start` of the lowercased sentence is told as an everyday matter."""
    if _NOT_SO_BAD.search(low, 0, start) or _DARED.search(low, 0, start):
        return True
    if kind == "self_harm":
        return bool(_TASK_AFTER.match(low, start))
    if kind == "suicidal_ideation":
        return bool(_NOT_LOOKING.match(low, start))
    if kind == "harm_to_others":
        return bool(_DELIVERY.match(low, start))
    return False
