"""Sex without consent, told as people tell it (issue 17's fifty-second pass, from the set bh):
something done to one that one did not agree to, sex while one was unconscious, asleep or too
drunk to say no, or after a no: the client's abuse; and a client asking the one beside him
whether he hurt them ("Did I hurt you, Beryl?"), answered by them. Cues as in risk_cues, whose
shape they share.
Patterns run on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue

#: the states in which no one can consent
_UNABLE = (
    r"(?:unconscious|passed out|asleep|sleeping|out of it|out cold|blacked out|drugged|spiked|"
    r"too drunk|too high|paralytic|gone|not awake|not conscious|high|drunk)"
)
_WHO = r"(?:me|you|us|her|him|them)"

CUES: tuple[Cue, ...] = (
    cue(
        "abuse_or_neglect",
        # "I knew something had been done to me that I did not agree to."
        # (the knowing said with it: "I knew", "I could tell", read as the telling it is)
        r"\b(?:i (?:knew|know|could tell|can tell|realised|realized|think|thought) (?:that )?)?"
        rf"(?:something|things|stuff|it)(?: had| has| have| was| were)? (?:been )?done to {_WHO}\b"
        r"[^.?!]{0,20}?\b(?:i|you|we|she|he|they) (?:did not|didn't|never|could not|couldn't|"
        r"wasn't able to|was not able to) (?:agree|agreed|consent|consented|say yes)(?: to)?\b|"
        # "He did things to me I never agreed to."
        rf"\b(?:did|does|do|done) (?:things|stuff|something) to {_WHO}\b[^.?!]{{0,20}}?\b(?:i|you|"
        r"she|he|they) (?:did not|didn't|never|could not|couldn't) (?:agree|agreed|consent|"
        r"consented|want|wanted)(?: to)?\b|"
        # "Someone had sex with me while I was passed out.", "... when I said no"
        rf"\b(?:had|has|have|having) sex with {_WHO}\b[^.?!]{{0,25}}?\b(?:while|when|after|even "
        rf"though|though)\b[^.?!]{{0,20}}?\b(?:i|you|she|he|we|they)(?: was| were|'d|'re| had| "
        rf"had been| kept)? (?:{_UNABLE}|said no|told (?:him|her|them) no|says no|saying no|"
        r"didn't want|did not want|couldn't (?:consent|say no|move)|could not (?:consent|say no|"
        r"move))\b|"
        # "someone had sex with you while you couldn't consent" (asked, to be answered)
        r"\b(?:sex|sexual\w*|touch\w*)\b[^.?!]{0,60}?\b(?:couldn't|could not|can't|cannot|unable "
        r"to|too \w+ to) consent\b",
    ),
    # a client asking the one beside him what he did: "Did I hurt you, Beryl?" "A bit, love."
    # (not "Did I hurt you by saying that?", "... hurt your feelings")
    cue(
        "harm_to_others",
        r"^(?:\w+,? )?(?:did|have) i (?:ever )?(?:hurt|harm|hit|push|grab)(?:ed)? you\b"
        r"(?! (?:by|with|when i (?:said|asked|told)|earlier|just now|there)\b)(?!r)",
    ),
)
