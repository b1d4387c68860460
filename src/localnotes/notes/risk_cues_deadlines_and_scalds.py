"""Risk told through a deadline, a height or what was thrown (issue 17's fiftieth pass, from the
set bf, read after it was measured blind for two passes), each made general: "If the pain is
still here by summer, I won't be."; "I was thinking to jump." said bare, the height named
before it, and "I wanted to jump." (bg, fifty-first pass); hot oil or boiling water thrown by
someone at home; a child whipped with a belt by the client. Cues as in risk_cues, whose shape
they share. Patterns run on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue

CUES: tuple[Cue, ...] = (
    cue(
        "suicidal_ideation",
        # a deadline set oneself: "If the pain is still here by summer, I won't be."
        r"\bif (?:(?:the|this|my) \w+|it|this|things|nothing)(?:'s| is| are|'re)? (?:still "
        r"(?:here|there|the same|like this|this bad)|not (?:better|gone|any better))\b[^.?!]{0,30}?"
        r",? (?:then )?i won't be(?: (?:here|around))?(?=\W*$|[.!;])|"
        # jumping thought of, said bare where the height was named before: "I was thinking to
        # jump." (not "thinking of jumping ship", "thinking to jump on the offer")
        r"\bi (?:was|am|'m|keep|kept) (?:thinking|thought) (?:to|of|about) jump(?:ing)?(?=\W*$|"
        r"[.!;])|"
        # wanted bare, at a rail: "I wanted to jump, doctor. I won't lie to you." (bg15; not "I
        # wanted to jump up and down", "jump for joy", "jump in")
        r"\bi (?:wanted|want|felt like|was ready|was going|was about|nearly wanted) to "
        r"jump(?=\s*(?:$|[.!;]|, (?:doctor|nurse|sir|madam|miss|ma'am|man|honestly|truly)\b))",
        True,
    ),
    cue(
        "abuse_or_neglect",
        # hot oil or boiling water thrown: "She threw the hot oil. My mother-in-law." (bf09)
        r"\b(?:she|he|they|my \w+(?:-in-law)?) (?:threw|poured|flung|chucked|tipped) (?:the |some "
        r"|a pan of |a pot of |a kettle of )?(?:hot|boiling|scalding|burning) (?:oil|water|tea|fat|"
        r"ghee)\b(?![^.?!]{0,30}\b(?:away|down the sink|out|on the fire)\b)|"
        r"\b(?:she|he|they|my \w+(?:-in-law)?) (?:threw|poured) acid\b",
    ),
    cue(
        "abuse_or_neglect",
        # a child whipped with a belt: "I whipped him with my belt and it went too far." (bf10)
        r"\bi (?:whipped|belted|strapped|leathered) (?:him|her|them|my (?:son|daughter|boy|girl|"
        r"kids?|children|child)|the (?:kids?|children|child|boy|girl))(?: \w+)? with (?:my|a|the|"
        r"his|her) (?:belt|strap|cord|wire|switch)\b",
        by_client=True,
    ),
)
