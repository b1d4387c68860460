"""Risk told in the blind set bd01-bd22, read in issue 17's forty-eighth pass after it was
measured blind in the forty-seventh, each made general: stalking owned by the one who does it or
told by the one it is done to ("I put it on her phone in June. I followed her car twice."; "He
put a tracker on my car"); a threat as breaking someone ("If I see him, I'll break him. I mean
it."); what a carer or a partner took or held back named by the clinician as not all right
("Taking your money and holding back your tablets is not all right"). Cues as in risk_cues,
whose shape they share. Patterns run on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue

_TRACKER = (
    r"(?:a |an |the |that )?(?:tracker|tracking (?:app|device|tag)|gps(?: tracker)?|airtag|"
    r"spyware|spy app|location app|find my (?:phone|friends) app)"
)
_THEIRS = r"(?:her|his|their|my (?:wife|husband|partner|ex|girlfriend|boyfriend)'s)"
_HELD = r"(?:money|tablets|pills|medicine|medicines|medication|meds|food|pension|insulin|inhaler)"

CUES: tuple[Cue, ...] = (
    # stalking owned: "I followed her car twice", "I put a tracker on her phone" (not "I followed
    # her car to the garage so she could drop it off")
    cue(
        "abuse_or_neglect",
        rf"\bi (?:\w+ )?(?:followed|tailed|follow|tail|was following|used to follow) {_THEIRS} "
        r"(?:car|van|bus|taxi)\b(?![^.?!]{0,40}?\b(?:so (?:she|he|they) could|to (?:the|a) "
        r"(?:garage|mechanic|dealer|airport|station)|because (?:she|he|they) (?:asked|didn't know|"
        r"did not know))\b)|"
        rf"\bi (?:\w+ )?(?:put|installed|hid|stuck|set up|downloaded) {_TRACKER} (?:on|in|under|"
        rf"onto|inside) {_THEIRS} (?:phone|car|bag|handbag|laptop|coat)\b",
        by_client=True,
    ),
    # stalking told by the one it is done to: "He put a tracking app on my phone", "My ex follows
    # my car home from work"
    cue(
        "abuse_or_neglect",
        rf"\b(?:he|she|they|my (?:\w+ )?(?:husband|wife|partner|ex|boyfriend|girlfriend))(?:'d| "
        rf"had)? (?:\w+ )?(?:put|installed|hid|stuck|set up) {_TRACKER} (?:on|in|under|onto|"
        r"inside) my (?:phone|car|bag|handbag|laptop|coat)\b(?! (?:for|so) (?:me|i|when i|if i)\b)|"
        r"\b(?:he|she|they|my ex) (?:\w+ )?(?:follows|followed|tails|tailed|was following|keeps "
        r"following) my car\b",
    ),
    # a threat as breaking someone: "If I see him, I'll break him.", "I'm going to break her"
    # (not "break him in gently", "break him out", "break it to him")
    cue(
        "harm_to_others",
        r"\bi(?:'ll| will|'m going to|'m gonna| am going to|'d) break (?:him|her|them|that (?:man|"
        r"guy|bloke|woman))(?= *(?:[.,;!]|$|(?:i mean it|for good|in two|like a stick)\b))",
        True,
    ),
    # what was taken or held back named not all right by the clinician: "Taking your money and
    # holding back your tablets is not all right, even from a helper" (not "Taking your tablets
    # with food is all right")
    cue(
        "abuse_or_neglect",
        rf"^(?:and |but |so )?(?:taking|stealing|holding back|withholding|keeping|hiding) your "
        rf"(?:\w+ )?{_HELD}(?: and (?:taking|stealing|holding back|withholding|keeping|hiding) "
        rf"your (?:\w+ )?{_HELD})? (?:from you )?(?:is|was|isn't|wasn't|is not|was not) (?:not )?"
        r"(?:all right|alright|okay|ok|acceptable|right|fair|allowed)\b(?<!is all right)"
        r"(?<!is alright)(?<!is okay)(?<!is ok)(?<!is acceptable)(?<!is right)(?<!is fair)"
        r"(?<!is allowed)(?<!was all right)(?<!was alright)(?<!was okay)(?<!was ok)",
    ),
)
