"""Passive ideation said as death let come rather than sought (issue 17's thirty-seventh pass,
from the as set's misses): an illness or a crisis welcomed if it kills ("Next time ... if it
takes me, it takes me", "Do you mean that if the crisis killed you, you'd be at peace with
that?"), a wish that it would "just finish me", a thought that one's death would spare others
("Sometimes I think if I die, then nobody need to be disappointed"), sleep with no waking
thought fine ("if I sleep and tomorrow no need to wake up, also okay"). The fortieth pass (from
av's written turns) adds a death escaped and asked after ("I asked God why the sea did not keep
me") and death welcomed ("there are times when you'd welcome dying"). Cues as in risk_cues,
whose shape they share. Patterns run on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue

#: what one's death is, said as something that happens: "it", "the crisis", "the cancer"
_IT_WORDS = r"it|this|that|the (?:\w+ )?(?:crisis|illness|disease|cancer|sickness|pain|virus|heart)"
_IT = rf"(?:{_IT_WORDS})"

CUES: tuple[Cue, ...] = (
    cue(
        "suicidal_ideation",
        # "I wish it would just finish me.", "Sometimes I wish say e go just finish me."
        r"\bwish(?:ed|ing)?,? (?:that |say )?(?:" + _IT_WORDS + r"|e|god|he|the lord) (?:would|"
        r"could|will|go|'d) (?:just )?(?:finish|end|take|carry) me(?: off| away| go)?\b"
        # "If it takes me, it takes me."; "If e carry me go, e carry me go." (Nigerian Pidgin)
        r"|\bif (?:it|e|god|he) (?:takes|take|carry|carries|kills) me(?: go| away)?,? (?:then )?"
        r"(?:it|e|god|he) (?:takes|take|carry|carries|kills) me\b",
        True,
    ),
    cue(
        "suicidal_ideation",
        # asked: "if the crisis killed you, you'd be at peace with that?"; told: "if it killed me,
        # I'd be fine with that" (not "if it killed him"; not "I'd be devastated")
        r"\bif " + _IT + r" (?:killed|took|kills|takes|finished) (?:you|me)(?: off| away)?,? "
        r"(?:then )?(?:you|i)(?:'d| would)(?: honestly| really| just)? (?:be )?(?:at peace|okay|ok|"
        r"fine|alright|all right|relieved|glad|happy|not (?:mind|care|be sorry))\b",
    ),
    cue(
        "suicidal_ideation",
        # "Sometimes I think if I die, then nobody need to be disappointed already."
        r"\b(?:think\w*|thought|feel\w*|felt|wonder\w*),? (?:that )?if i (?:just )?(?:die|died|was "
        r"dead|were dead|was gone|were gone|wasn't here|weren't here)\b,? (?:then )?(?:nobody|no "
        r"one|no-one)(?: \w+)? (?:need|needs|would|will|'d|has to|have to|could)\b|"
        # "if I sleep and tomorrow no need to wake up, also okay"; "if I went to sleep and didn't
        # wake up, that would be fine" (not "... didn't wake up till noon")
        r"\bif i (?:just )?(?:sleep|slept|went to sleep|go to sleep|fell asleep|fall asleep) and "
        r"(?:then )?(?:tomorrow |the next day )?(?:no need to|didn't|did not|don't|never|not|"
        r"wouldn't) (?:wake|woke) up\b,? (?:that(?: would|'d) be |it(?: would|'d) be |also |then )?"
        r"(?:okay|ok|fine|good|alright|all right|a relief|peaceful|nice)\b",
        True,
    ),
    cue(
        "suicidal_ideation",
        # "I asked God why the sea did not keep me.", "Why didn't the bullet take me?"
        r"\bwhy (?:the (?:sea|river|water|waves|fire|war|bomb|bullet|crash|accident|storm|flood)|"
        r"god|allah|the lord|he|death) (?:did not|didn't|does not|doesn't|has not|hasn't|would not|"
        r"wouldn't|could not|couldn't) (?:just )?(?:keep|take|claim|kill|finish) me\b|"
        r"\bwhy didn't (?:the (?:sea|river|water|waves|fire|war|bomb|bullet|crash|accident|storm|"
        r"flood)|god|allah|the lord|death) (?:just )?(?:keep|take|claim|kill|finish) me\b",
    ),
    cue(
        "suicidal_ideation",
        # "there are times when you'd welcome dying", "I'd welcome death" (not "welcome the death
        # of the old system", nor "welcomed death metal")
        r"\b(?:i|you)(?:'d| would)?(?: \w+)? welcome (?:dying|death|being dead|not waking up|the "
        r"end of (?:it all|my life))(?! (?:of|metal|row|notices?|certificates?)\b)",
        True,
    ),
)
