"""Suicidal ideation told at the wheel (issue 17's fifty-third pass, from bi12's lorry driver,
made general): a wish or a picture of letting go of the wheel, taking one's hands off it,
steering into a lorry, a wall or a river, not braking at a bend, or the car going through the
barrier. Drivers tell ideation this way more than by naming death; the wish ("I could just",
"I think about", "part of me wants to") is what makes it risk, not the driving ("I let go of the
wheel to eat a sandwich" is none). Cues as in risk_cues, whose shape they share. Patterns run on
lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue

#: a wish, an urge or a picture of one's own (not "I had to swerve into the hedge")
_WISH = (
    r"(?:i(?:'ve| have)? (?:could|can|might|think about|thought about|think of|thought of|keep "
    r"thinking (?:about|of)|feel like|felt like|want(?:ed)? to|imagine|picture|keep picturing|am "
    r"tempted to|'m tempted to|was tempted to|get the urge to|got the urge to|had the urge to|"
    r"wonder about)|(?:part of me|something in me) (?:wants|wanted) to)"
)
#: what one drives into
_INTO = (
    r"(?:a |an |the |oncoming )?(?:truck|lorry|bus|train|wall|tree|traffic|river|sea|quarry|"
    r"barrier|bridge|pillar|ditch|canal|lake|reservoir|cliff|wagon|semi|road train|articulated "
    r"lorry|central reservation|oncoming \w+)"
)

CUES: tuple[Cue, ...] = (
    cue(
        "suicidal_ideation",
        # "I think about letting go of the wheel on the bridge", "part of me wants to take my
        # hands off the wheel" (not "I let go of the wheel to eat a sandwich")
        rf"\b{_WISH}\b[^.?!]{{0,30}}?\b(?:just )?(?:let|letting) go of the (?:steering )?wheel\b|"
        rf"\b{_WISH}\b[^.?!]{{0,30}}?\b(?:take|taking) (?:my|me) hands? off the (?:steering )?"
        r"wheel\b|"
        # "I've thought about steering into the path of a lorry" (not "I could steer into the
        # skid", "I want to drive into town")
        rf"\b{_WISH}\b[^.?!]{{0,30}}?\b(?:steer|steering|swerve|swerving|drive|driving|veer|"
        rf"veering|plough|ploughing|plow|plowing) (?:the \w+ |it )?(?:straight )?(?:into|in front "
        rf"of|under|off) (?:the path of )?{_INTO}\b|"
        # "I think about not braking at the bend" (not "I forgot to brake at the lights")
        rf"\b{_WISH}\b[^.?!]{{0,30}}?\bnot (?:brake|braking|turn|turning|stop|stopping|steer|"
        r"steering) (?:at|for|on) the (?:bend|corner|turn|curve|lights)\b|"
        # "I keep picturing the car going through the barrier with me in it"
        rf"\b{_WISH}\b[^.?!]{{0,30}}?\b(?:the|my|me) (?:car|van|truck|lorry|wagon|rig|ute|bakkie) "
        r"(?:going|goin'|go|going straight) (?:through|over|off|into) the (?:barrier|railings?|"
        r"bridge|edge|cliff|side|river|sea|guard ?rail)\b|"
        # "I could just let the wagon take me over the side" (not "let the car warm up")
        rf"\b{_WISH}\b[^.?!]{{0,30}}?\blet (?:the|my|me) (?:car|van|truck|lorry|wagon|rig|ute|"
        r"bakkie) (?:take me over|go over|drift over|go off|drift off|go into|roll into)\b",
        True,
    ),
)
