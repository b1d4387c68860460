"""Risk told in the blind set bb01-bb22, read in issue 17's forty-sixth pass after it was
measured blind in the forty-fifth, each made general: children alone all night while their
parent works or drinks, asked ("So the children are alone at night?") or told; a load one thinks
of bringing down on oneself at work ("I think about taking the pallet down too fast so it comes on
top of me"); and the question whether children in one's care were left without an adult (bh,
issue 17's fifty-second pass). Cues as in risk_cues, whose shape they share. Patterns run on
lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue

_CHILDREN = (
    r"(?:children|kids|kiddies|little ones|babies|baby|boys|girls|son|daughter|twins|toddlers?|"
    r"youngest|little one)"
)

CUES: tuple[Cue, ...] = (
    # "So the children are alone at night?", "the kids were on their own all night while I
    # worked" (not "the kids are alone at night in their rooms": a bedtime, no one away)
    cue(
        "abuse_or_neglect",
        # (not "have been left on their own ...": risk_cues_probed's, read as it was)
        rf"\b(?:the|my|your|our|his|her|both) {_CHILDREN}(?! (?:have|has|had) been left)"
        r"(?: are| were|'re| is|'s| have been| has been| had been| get| got| been)? (?:left )?"
        r"(?:home )?(?:all )?(?:alone|on (?:their|his|her) own|by (?:themselves|himself|herself)) "
        r"(?:all night|at night|overnight|every night|most nights|through the night|(?:till|"
        r"until) (?:the )?morning|while (?:i|you|we) (?:work|worked|was working|were working|'m "
        r"at work|am at work|'re at work|are at work|go out|went out|drink|drank))\b"
        r"(?! in (?:their|his|her|the) (?:own )?(?:rooms?|beds?|bedrooms?)\b)",
        unnamed=True,
        by_client=True,
    ),
    # asked of the children in one's care: "Were they ever left without an adult?" (bh08; a
    # question only: it opens the sentence)
    cue(
        "abuse_or_neglect",
        rf"^(?:[\w']+,? )*?(?:and |so |but )?(?:were|was|are|is|have|has) (?:they|he|she|the "
        rf"{_CHILDREN}|"
        rf"your {_CHILDREN}|the grand\w+)(?: ever| been| ever been)* left (?:alone|without (?:an "
        r"adult|anyone|anybody|a grown-up|supervision)|on (?:their|his|her) own|unsupervised|by "
        r"(?:themselves|himself|herself))\b",
        unnamed=True,
        by_client=True,
    ),
    # a load one thinks of bringing down on oneself: "I think about taking the pallet down too
    # fast so it comes on top of me" (not "I stacked it so it won't come down on me")
    cue(
        "suicidal_ideation",
        r"\b(?:think|thought|thinking|imagine|imagined|imagining|picture|pictured|tempted|want|"
        r"wanted)\b[^.?!]{0,80}?\bso (?:that )?(?:it|they|the (?:\w+ ){0,2}?\w+) (?:comes?|came|"
        r"falls?|fell|lands?|landed|drops?|dropped|crash(?:es|ed)?|crush(?:es|ed)?) (?:down )?"
        r"(?:on|onto) (?:top of )?me\b",
        True,
    ),
)
