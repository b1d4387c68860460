"""Suicidal ideation told as a wish to be taken or finished, or in a nurse's chart words (issue
17's fifty-fourth pass, from the set bj, made general): letting the sea or the river have one,
an illness or an accident that "should have finished the job", going "the same way as" someone
who died by suicide, "passive SI" said of oneself, and the lethal dose worked out for one's own
body weight. Cues as in risk_cues, whose shape they share. Patterns run on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue

CUES: tuple[Cue, ...] = (
    cue(
        "suicidal_ideation",
        # "part of me wants to let the river take me", "just let the waves have me" (not "let the
        # tide take the boat out", "let the sea air have a go at me")
        r"\blet (?:the )?(?:sea|ocean|water|river|waves|tide|current|lake|loch|sound) (?:have|take|"
        r"swallow|carry) me\b(?! (?:out|back|home|to|for|along|somewhere))|"
        # "the heart attack should have finished the job", "the crash should've finished me off",
        # "God should have taken me instead" (not "the boss should've finished the job himself",
        # nor "by rights the fall should have killed me", a wonder at being alive)
        r"\b(?:it|that|god|the lord|(?:the|that|this) (?:heart attack|widowmaker|crash|accident|"
        r"stroke|cancer|overdose|fall|fire|tumou?r|infection|clot|bleed|illness|virus|covid|bullet|"
        r"car|lorry|truck|train|bomb|blast|sea|flood|storm|wave|op|operation|surgery)|cancer) "
        r"(?:should|shoulda|should've|should have)(?: have)? (?:just )?(?:finished (?:the job|me "
        r"off)|taken me(?! (?:to|home|out|with|along|back|in|for|through|on)\b))|"
        # "I was going to go the same way as my brother" (one who died by suicide; not "my hair
        # is going the same way as my dad's")
        r"\b(?:i was|i'm|i am|i'd|i would|i could|thinking i (?:was|would|could)|thought i (?:was|"
        r"would|could)|i (?:thought|think) about) (?:going to |gonna |about to )?(?:go|going|goes) "
        r"the same way (?:as|that) (?!(?:my|his|her|their) \w+'s\b)\w+",
        True,
    ),
    cue(
        "suicidal_ideation",
        # a nurse charting herself: "I had passive SI", "passive suicidal ideation in the unit"
        # (its own "No SI." is a denial by the negation before it)
        r"\b(?:passive|active) (?:si|suicidal ideation|suicidal thoughts)\b|\bhad (?:some )?si\b",
    ),
    cue(
        "suicidal_ideation",
        # "I've done the maths for my body weight", "I worked out how much I'd need for someone my
        # size" (not "I've done the maths for the dog's dose", "the dose for my weight" asked of
        # a pharmacist: the speaker's own reckoning)
        r"\b(?:done|did|do|doing|worked out|work out|figured out|calculated|looked up) the "
        r"(?:maths?|math|sums?|numbers|dose|dosage) (?:for|on|against) my (?:own )?(?:body ?weight|"
        r"weight|size)\b|\bhow much (?:i'd|i would|it would) (?:need|take)(?: to \w+)? for (?:me|"
        r"someone my (?:size|weight)|my (?:body ?weight|weight|size))\b",
        True,
    ),
)
