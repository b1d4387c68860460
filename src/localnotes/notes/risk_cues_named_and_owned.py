"""Risk told in the blind set bc01-bc22, read in issue 17's forty-seventh pass after it was
measured blind in the forty-sixth, each made general: neglect the client owns in a word ("I
neglect him. I don't want to, but I do."); abuse the clinician names after hearing it, with
"it's not your fault" or "it should never have happened to you" ("That's grooming, and it's a
crime, and none of it is your fault."); control told as such ("He's controlling my money and my
life"; "He says who I can talk to"); an accident wished ("At the tram stop I think, if the tram
takes me, it's finished."; "So you wish an accident would happen"). Cues as in risk_cues, whose
shape they share. Patterns run on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue

_DEPENDANT = (
    r"(?:mum|mom|mother|mam|mama|dad|father|papa|parents?|gran|granny|grandma|grandmother|nan|"
    r"nana|grandad|grandpa|grandfather|son|daughter|kids?|children|baby|babies|little ones?|boy|"
    r"girl|toddler|twins|brother|sister)"
)
_ABUSE_NAMED = (
    r"(?:grooming|forced labou?r|(?:human |sex )?trafficking|modern slavery|coercive control|"
    r"financial abuse|sexual abuse|domestic (?:abuse|violence)|(?:child |elder |emotional )?abuse|"
    r"(?:sexual )?exploitation|(?:sexual )?assault|rape|neglect)"
)
_NOT_YOUR_FAULT = (
    r"(?:(?:should|must) (?:never|not) have happened to|shouldn't have happened to) (?:you|him|"
    r"her)\b|\b(?:isn't|is not|wasn't|was not|none of (?:it|this|that) (?:is|was)|never|not) "
    r"(?:your|his|her) fault\b|\b(?:it's|it is|that's|that is) (?:a crime|illegal|against the "
    r"law)\b|\b(?:you|he|she) didn't deserve"
)

CUES: tuple[Cue, ...] = (
    # neglect owned: "I neglect him.", "Yeah. I neglected her. No two ways about it.", "I've been
    # neglecting my mum" (not "I neglected her feelings", "my studies", "myself")
    cue(
        "abuse_or_neglect",
        # (not what others would say: "social services would say I was neglecting him")
        r"(?<!say )(?<!said )(?<!says )(?<!think )(?<!thought )(?<!thinks )(?<!of )(?<!that )"
        r"(?<!worried )(?<!afraid )(?<!scared )"
        r"\bi (?:have |had |'ve |'d )?(?:neglect|neglected|was neglecting|been neglecting|am "
        rf"neglecting|'m neglecting) (?:(?:him|her|them)(?= *(?:[.,;!?]|$|\b(?:and|but|for|so|"
        rf"when|while)\b))|(?:my|our) (?:own )?(?:old |little |disabled |elderly )?{_DEPENDANT}\b)",
        by_client=True,
    ),
    # abuse the clinician names, as what happened to the client: "That's grooming, and it's a
    # crime, and none of it is your fault.", "That is forced labour, and it should never have
    # happened to him." (not psychoeducation: "That's what grooming means.")
    cue(
        "abuse_or_neglect",
        r"^(?:so,? |and,? |okay,? )?(?:that's|that is|that was|this is|it's|it is|it was|what "
        r"you're describing is|what you've described is|what happened to you (?:is|was)) "
        rf"(?:called )?{_ABUSE_NAMED}\b(?=[^?]{{0,80}}?\b(?:{_NOT_YOUR_FAULT}))",
    ),
    # control told as such: "He's controlling my money and my life", "she controls everything I
    # do", "He says who I can talk to" (not "the tablets are controlling my pain")
    cue(
        "abuse_or_neglect",
        r"\b(?:he|she|they|(?:my|her|his) (?:\w+ )?(?:husband|wife|partner|boyfriend|girlfriend|"
        r"fiance|fiancee|pastor|priest|imam|leader|boss|son|daughter|carer))(?:'s| is| was|'re| "
        r"are| were| has been| keeps| kept)? ?(?:controlling|controls|controlled) (?:all of "
        r")?(?:my "
        r"(?:money|life|wages|salary|pay|finances|bank|card|phone|friends)|me\b(?! (?:down|in) )|"
        r"everything i|where i go|who i)|"
        r"\b(?:he|she|they) (?:says|decides|chooses|tells me) who i (?:can|may|am allowed to|'m "
        r"allowed to) (?:see|talk to|speak to|meet|call|text)\b",
    ),
    # an accident wished: "if the tram takes me, it's finished", "So you wish an accident would
    # happen, most days" (not "I wish the accident had never happened")
    cue(
        "suicidal_ideation",
        r"\b(?:if|when) (?:a|the) (?:\w+ )?(?:tram|bus|train|car|lorry|truck|sea|wave|van|plane|"
        r"taxi)s? (?:takes|took|hits|hit|would take|would hit|runs? over|ran over|comes? for|"
        r"clipped|clips|"
        r"knocked|knocks) me\b"
        r"[^.?!]{0,30}?\b(?:it's finished|it's over|it's done|it'd be (?:finished|over|done)|it "
        r"would be (?:finished|over|done)|(?:that|it)(?:'d| would) be (?:fine|okay|ok|good|a "
        r"relief)|so be it|i wouldn't (?:have )?mind(?:ed)?|i'd be glad|fine by me)\b|"
        r"\b(?:i|you) (?:still |sometimes |often )?wish(?:ed)? (?:for )?(?:an? |some )?(?:accident|"
        r"crash)\b(?![^.?!]{0,20}?\b(?:to|for|on) (?:him|her|them|his|their|my|\w+'s)\b)(?! had)",
        True,
    ),
)
