"""A wish for an earlier death and the checks that name it, from the blind set az01-az22, read
in issue 17's forty-fourth pass after it was measured blind in the forty-third, each made
general: a death wished sooner ("So you'd like your death to come sooner", "wishing for an
earlier death"), an injection asked for "to finish it", a clinic abroad looked up for it, and the
clinician's check of what was meant said without a question mark ("Stay with them. You mean die
up there."). Cues as in risk_cues, whose shape they share. Patterns run on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue

CUES: tuple[Cue, ...] = (
    # "wishing for an earlier death", "praying for a quick end" (not "a quick end to the meeting")
    cue(
        "suicidal_ideation",
        r"\b(?:wish|wishes|wished|wishing|want|wants|wanted|wanting|hope|hopes|hoped|hoping|pray|"
        r"prays|prayed|praying|ask|asks|asked|asking|long|longing|longed)(?: for)? (?:an? )?"
        r"(?:earlier|sooner|quicker|faster|early|quick|speedy|swift) (?:death|end)\b"
        r"(?! (?:to|of|for)\b)",
    ),
    # "you'd like your death to come sooner", "I want my end to come quickly"
    cue(
        "suicidal_ideation",
        r"\b(?:my|your) (?:death|end) to come (?:sooner|quicker|faster|earlier|early|soon|"
        r"quickly|now)\b",
    ),
    # an injection asked for to end one's life: "could give you the injection, to finish it"
    cue(
        "suicidal_ideation",
        r"\b(?:give|giving|gave|given|get|getting|got|ask\w* for|want\w*) (?:me|you|him|her )?"
        r"(?:the|an|a|that) injection,? (?:to|that would|that will|which would) (?:finish|end) "
        r"(?:it|me|you|things|my life|your life|it all)\b",
    ),
    # a clinic abroad looked up for an assisted death: "look on the internet for the place in
    # Switzerland", "the clinic in Zurich"
    cue(
        "suicidal_ideation",
        r"\b(?:look\w*|search\w*|find|found|ring\w*|call\w*|emailed|email\w*|wrote to|writing "
        r"to|contact\w*)\b[^.?!]{0,40}?\b(?:the |that )?(?:place|clinic) in (?:\[location:)?"
        r"(?:switzerland|zurich|basel|dignitas)\b",
    ),
    # the clinician's check of what was meant, said as a statement: "You mean die up there.",
    # "So you mean ending your life." (not "You mean the world to me.")
    cue(
        "suicidal_ideation",
        r"^(?:so,? |okay,? |and )?you mean (?:you(?:'d| would)? (?:want|wanted|like) to |to )?"
        r"(?:die|dying|be dead|being dead|kill(?:ing)? yourself|end(?:ing)? (?:it|your life|it "
        r"all))\b",
    ),
)
