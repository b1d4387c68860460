"""Risk told as what it would settle or who would be left (issue 17's thirty-eighth pass, from
at's written turns): a family "better off with the life cover", the policy worked out to clear
the loan, the lorries on the road thought about; a parent too unwell to look after the children,
who are left alone some nights, as a clinician sums it up to check it. Cues as in risk_cues, whose
shape they share. Patterns run on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue

#: a payout on one's death
_PAYOUT = (
    r"(?:life cover|life insurance|life policy|insurance(?: money| payout| policy)?|death in "
    r"service|the policy|my policy|the payout)"
)

CUES: tuple[Cue, ...] = (
    cue(
        "suicidal_ideation",
        # "You'd be better off with the life cover."
        r"\b(?:you'd|you would|you'll|you will|they'd|they would|she'd|she would|he'd|he would|"
        r"the kids would|the kids'd|everyone would|my family would|you'd all|you would all|we'd) "
        r"(?:all )?be better off with (?:the |my )?" + _PAYOUT + r"\b|"
        # "I'd worked out the policy would clear the loan and the mortgage."
        # (not "the policy would pay off the car loan": the life's, or one's own worked out)
        r"(?:\b(?:worked out|figured out|figured|calculated|checked|looked up|read) (?:that )?"
        r"(?:the|my) (?:policy|insurance|cover|payout)|\b(?:the|my) (?:life (?:policy|insurance|"
        r"cover)|death in service))\b[^.?!]{0,30}?"
        r"\b(?:would|will|'d|could) (?:clear|pay off|pay|cover|settle|sort)\b[^.?!]{0,25}?"
        r"\b(?:loan|debts?|mortgage|bills|arrears)\b|"
        # "I thought about the trucks on the N25." (not "the trains being late")
        r"\bi (?:thought|was thinking|keep thinking|kept thinking|think) about (?:the )?(?:trucks|"
        r"lorries|artics|oncoming traffic|traffic on the|trains? (?:coming|going) (?:through|"
        r"past))\b(?! (?:being|strike|schedule|times|timetable|noise|delays?)\b)",
        unnamed=True,
    ),
    cue(
        "abuse_or_neglect",
        # "Mummy has been too unwell to look after you"
        r"\b(?:too (?:unwell|sick|ill|poorly|drunk|depressed|high|out of it)|not well enough) to "
        r"(?:look after|care for|feed|mind|get up for) (?:you|the (?:kids|children|baby|little "
        r"ones)|them|the two of you|you both|you two)\b|"
        # "some nights you two are alone"
        r"\b(?:some|most|many) nights,? you (?:two |both |all |kids )?(?:are|were|get|got) "
        r"(?:left )?(?:alone|on your own|by yourselves)\b",
    ),
)
