"""Risk told unasked in forms the lists had not named (issue 17's thirty-fifth pass, from a
battery of 32 statements written for the pass, not from any dialog or probe): wanting it all to
be over, a thought of taking the lot, praying not to see the morning, a place or means looked at
and thought quick; an act done on purpose "to feel it"; going for someone with a knife, urges to
push people onto the tracks; money begged for and receipts checked, a person forced on one, a
dependant left in their own mess, things thrown at a brother. Cues as in risk_cues, whose shape
they share. Patterns run on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import PEOPLE, THROWN, Cue, cue

#: a place or means of dying, as one looks at it
_MEANS_SEEN = (
    r"(?:bridge|train|tracks|rail|railing|edge|cliff|river|pills|tablets|rope|roof|window|"
    r"balcony|motorway|lorry|ledge|quarry|sea)"
)
#: family in someone's care, named by the client (not "my dad threw a plate at my mom": the
#: parents' own fight, told, which the risk tests keep out)
_FAMILY = r"my (?:brother|sister|son|daughter|baby|kids?|nan|gran|little \w+)"

CUES: tuple[Cue, ...] = (
    cue(
        "suicidal_ideation",
        # "Some days I just want it all to be over." (not "I want this exam to be over", nor "...
        # to stop when the kids are screaming")
        r"\b(?:want|wanted|wanting|wish|wished)(?: for)? (?:\w+ )?(?:it all|everything|all of it|"
        r"all this) to (?:be over|end|stop)\b(?! when (?:the|my|your) (?:kids|baby|children|twins|"
        r"boys|girls|dog)\b)"
        # (nor "... to stop for one day", "... for a bit": a break wished for)
        r"(?! (?:just )?for (?:(?:one|a|an|a single|one single|two|five|ten|half an?) )?"
        r"(?:day|days|week|weekend|minute|minutes|bit|while|night|hour|hours|moment|second|sec)\b)|"
        # "I pray not to see the morning"
        r"\b(?:pray\w*|hope\w*|wish\w*)\b[^.?!]{0,15}\bnot (?:to )?(?:see|make it to|wake up to) "
        r"(?:the )?(?:morning|tomorrow|another day|next year)\b|"
        # "I looked at the bridge on the way here and thought, that would be quick."
        # (not "The bridge was closed, it'd be quicker by train": no thought of it)
        r"\b"
        + _MEANS_SEEN
        + r"\b[^.?!]{0,60}\b(?:thought|think|thinking|imagin\w*),? (?:that |how "
        r")?(?:that|it)(?: would|'d| will| could) be (?:so )?(?:quick|quicker|easy|easier|"
        r"painless)\b",
        True,
    ),
    # "I sat on the edge of the bath and thought about taking the lot."
    cue(
        "suicidal_ideation",
        r"\bi\b[^.?!]{0,50}?\b(?:thought|think|thinking|considered|pictured) (?:about |of )?"
        r"(?:just )?(?:taking|take|swallowing|swallow) (?:the (?:whole )?lot|them all|all of them|"
        r"all my (?:pills|tablets|meds))\b",
        True,
    ),
    # an act done on purpose to feel it: "I pull my hair out, on purpose, to feel it."
    cue(
        "self_harm",
        r"\bi [^.?!]{3,80}?\b(?:on purpose|deliberately),? (?:just )?to (?:feel (?:it|something|"
        r"pain|the pain)|hurt (?:myself|me)|punish (?:myself|me))\b",
        True,
    ),
    cue(
        "harm_to_others",
        # "I nearly went for him with the kitchen knife."
        r"\b(?:went|go|going|came|come) for "
        + PEOPLE
        + r" with (?:a|the|my) (?:\w+ )?(?:knife|bat|"
        r"hammer|bottle|glass|brick|weapon|blade|screwdriver)\b|"
        # "urges to push people onto the tracks"
        r"\b(?:push|shove|throw)\w* (?:\w+ ){0,2}(?:onto|in front of|off|under) (?:the )?(?:tracks|"
        r"train|road|bus|traffic|balcony|bridge|platform)\b",
    ),
    cue(
        "abuse_or_neglect",
        # money begged for and receipts checked; a person forced on one
        r"\bmakes? (?:me|her|him) (?:ask|beg) (?:him |her )?for (?:money|cash|permission)\b|"
        # (not "because we're saving for a house, we do the budget together")
        r"\bchecks? (?:the|my|all the) receipts\b(?![^.?!]*\b(?:together|we're saving|we are "
        r"saving|we both|for work|for the business|for tax|expenses)\b)|\bforced (?:himself|"
        r"herself|themselves) on "
        r"(?:me|her|him)\b|"
        # "She leaves Nan sitting in her own mess all day."
        r"\b(?:sitting|sat|lying|left) in (?:her|his|their) own (?:mess|urine|wee|filth|faeces|"
        r"poo|waste|dirt)\b|"
        # "Mum's partner threw a shoe at my brother."
        r"\b(?:threw|throws|thrown|throwing) (?:a|the|his|her) (?:\w+ )?"
        + THROWN
        + r" at "
        + _FAMILY
        + r"\b",
    ),
)
