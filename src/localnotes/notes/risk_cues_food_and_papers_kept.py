"""Abuse and neglect told by food withheld, papers kept and blows listed (issue 17's fifty-third
pass, from the probe p27's misses, each made general): a fridge or the food locked away from one,
being let eat only once a day or given no food when another is angry; one's passport or papers
held by an employer or a partner; "a slap here, a shove there"; a child beaten with a belt or a
stick, by the client too. Cues as in risk_cues, whose shape they share. Patterns run on lowercase
text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue

#: who keeps one: a relative, a partner, an employer
_KEEPER = (
    r"(?:he|she|they|my (?:son|daughter|husband|wife|partner|boyfriend|girlfriend|carer|madam|"
    r"boss|employer|sponsor|mother-in-law|father-in-law|son-in-law|daughter-in-law|uncle|aunt|"
    r"auntie|landlord|landlady)|the (?:family|employer|agency|agent|madam|boss)|your (?:employer|"
    r"boss|madam|sponsor|husband|wife|partner))"
)

CUES: tuple[Cue, ...] = (
    cue(
        "abuse_or_neglect",
        # food kept from one: "my son locks the kitchen and only lets me eat at night", "she does
        # not give me food when she is vexed" (not "I lock the fridge so the kids don't graze",
        # nor "the doctor only lets me eat soup after the operation")
        rf"\b{_KEEPER} (?:locks?|locked|locking|padlocks?|padlocked|chains?) (?:up )?(?:the|my|all "
        r"the) (?:fridge|food|cupboards?|kitchen|pantry|larder)\b|"
        rf"\b{_KEEPER} (?:only )?(?:lets|allows|let|allowed) me (?:eat|have (?:food|a meal|one "
        r"meal)) (?:only )?(?:once|one time|one meal|twice|at night|when)\b|"
        rf"\b{_KEEPER} (?:does not|doesn't|don't|won't|will not|did not|didn't|refuses to) (?:give|"
        r"feed) (?:me|us) (?:any )?(?:food|anything to eat|nothing to eat)? ?when (?:he|she|they) "
        r"(?:is|are|'s|'re|gets?|get) (?:angry|vexed|cross|mad|upset|drunk|annoyed)\b",
        False,
    ),
    cue(
        "abuse_or_neglect",
        # papers held: "my employer has been holding my passport since I came", "your boss took
        # away your passport and won't let you out" (not "the bank is holding my passport copy",
        # nor "my husband keeps my passport in the safe with his")
        rf"\b{_KEEPER} (?:(?:has|have|had|is|are|was|'s|got) )?(?:been )?(?:holding|holds|held|"
        rf"keeping|(?:took|taken|take|takes|kept|keeps) away|confiscated|hid|hidden|hiding|locked "
        r"up) (?:onto |on to )?(?:my|your|mi|our) (?:phone and (?:my |your )?|papers and "
        r"(?:my |your )?)?(?:passport|papers|documents|id|identity card|visa)\b(?! (?:copy|"
        r"photocopy|to (?:renew|post|send|check)|for (?:renewal|the visa))\b)",
        False,
    ),
    cue(
        "abuse_or_neglect",
        # blows listed: "a punch here, a kick there", "a slap now and a shove then" (not "a tweak
        # here, a nudge there" of a recipe)
        r"\ba (?:slap|punch|kick|shove|push|smack|thump|clout|dig|skelp|wallop|belt) (?:here|now),?"
        r" (?:and )?a (?:slap|punch|kick|shove|push|smack|thump|clout|dig|skelp|wallop|belt) "
        r"(?:there|then)\b",
        False,
        unnamed=True,
    ),
    cue(
        "abuse_or_neglect",
        # sex without consent: "I said no, twice, and he did it anyway", "I kept saying no but
        # he carried on" (not "I said no to the job and he went ahead anyway with the hiring", nor
        # "I said no but he did the washing anyway": "it" done, or carried on, after a no)
        r"\bi (?:said|kept saying|was saying|did say)(?: no| stop)\b[^?!]{0,40}?"
        r"\b(?:he|she|they) (?:did it|done it|carried on|kept going|didn'?t stop|"
        r"wouldn'?t stop|did not stop|would not stop)(?: anyway| regardless| all the same)\b",
        True,
    ),
    cue(
        "abuse_or_neglect",
        # a child beaten with a belt or stick, by the client too: "I beat him with the belt every
        # day", "beating my son with a cane" (not "beat him at chess", nor "beat the rug with a
        # stick")
        r"\bbeat(?:s|ing|en)? (?:him|her|them|my (?:son|daughter|boy|girl|kids?|child|children|"
        r"grandson|granddaughter)|the (?:boy|girl|kids?|child|children)) (?:with|wit|using) (?:a "
        r"|the |my |his |her )?(?:belt|stick|cane|slipper|wire|cable|hanger|wooden spoon|rod|"
        r"hose|shoe|koboko|whip|broom)\b",
        False,
        by_client=True,
    ),
)
