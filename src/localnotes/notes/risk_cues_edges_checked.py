"""Suicidal ideation told by a drop checked and a plan worked up to (issue 17's fifty-third pass,
from the thirteenth battery's misses, each made general): where one would jump from or go off
worked out, a height checked "high enough to die", a bridge or a platform stood on "working up to
it" or thinking of stepping off, a railing one was already over, ways to die searched, means
found by another who was "right about what it was for", and survival not sought ("I wasn't
trying to be lucky"). Cues as in risk_cues, whose shape they share. Patterns run on lowercase
text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue

#: where one goes to fall from
_DROP = (
    r"(?:cliffs?|crags?|bridge|edge|roof|rooftop|terrace|ledge|balcony|railway|tracks|viaduct|"
    r"quarry|car park|top floor|multi-?storey|pier|dam|gorge|platform|tower|block|building|gap)"
)
#: what is done for fun or sport from a height (not a drop one means to die by)
_FOR_SPORT = (
    r"(?![^.?!]*\b(?:bungee|parachut\w*|skydiv\w*|paraglid\w*|diving board|high board|zip ?line|"
    r"trampoline|pool|base jump\w*|abseil\w*|coasteering|cliff diving|swim\w*|stunt|photo\w*|"
    r"selfie|view)\b)"
)
#: what one uses to end it, found by someone else
_MEANS = (
    r"(?:rope|noose|pills|tablets|blades?|razors?|gun|pistol|rifle|shotgun|hose|hosepipe|charcoal|"
    r"poison|weedkiller|cord|belt|ligature)"
)

CUES: tuple[Cue, ...] = (
    cue(
        "suicidal_ideation",
        # "I keep checking where I'd jump from on the roof", "worked out which bit of the bridge
        # I'd go over" (not "checked where I'd jump from on the diving board", nor "worked out
        # which bit of the river I'd swim across")
        r"\b(?:check\w*|work(?:ing|in'?|ed|s)? out|look\w* (?:for|at)|figur\w*'? out|scop\w*'? "
        r"out|pick\w*'?|choos\w*'?|measur\w*'?|see\w*|suss\w*'? out)\s+(?:where|which (?:bit|spot|"
        r"part|side|floor|window|ledge|bridge|one|way)(?: of (?:the |my |our |this |that )?\w+)?) "
        r"i(?:'d| would| could| will|'ll| should| can| 'd)? (?:jump|go off|go over|step off|fall|"
        rf"drop|throw myself|land)(?: from| off)?\b{_FOR_SPORT}|"
        # "went up to the top floor to see if it's high enough to die" (not "the wall is high
        # enough to keep the dog in", nor "that cliff's high enough to kill you" said of a hike)
        r"\b(?:see|check\w*|know|wonder\w*|work\w* out|test\w*|whether|if)\b[^.?!]{0,40}?\b(?:high"
        r"|tall|far down|deep) enough (?:to (?:die|kill me|end it|do it|not survive|finish me)|that"
        rf" i(?:'d| would) (?:die|not survive))\b{_FOR_SPORT}|"
        # "stood on the bridge an hour, working up to it", "sat on the roof psyching myself up"
        # (not "on the bridge club's committee, working up to it", said of a speech: a drop first
        # and nothing after "to it")
        rf"\b{_DROP}\b[^.?!]{{0,140}}?\b(?:work(?:ing|in'?)|build(?:ing|in'?)|psych(?:ing|in'?)"
        r" myself|gear(?:ing|in'?) myself) up (?:to it|to doing it|to jumping|to going|the (?:nerve"
        rf"|courage|guts|bottle))\b(?! (?:to (?:ask|tell|speak|propose|quit))\b){_FOR_SPORT}|"
        # "on the platform every night thinking about stepping off when the train comes" (not
        # "on the platform thinking about getting off at Leeds": stepping, jumping, falling)
        r"\b(?:platform|station|tracks|crossing|kerb|bridge|roof|ledge|edge|balcony|cliff)\b"
        r"[^.?!]{0,120}?\b(?:think\w*'?|thought|wonder\w*'?) (?:about|of|bout|'bout) (?:step|jump|"
        r"throw|fall|go)\w*'? (?:off|in front|under|over)\b(?! (?:at|onto|on to|the (?:bus|train)"
        rf" at)\b){_FOR_SPORT}|"
        # "said I was going to jump, and I was already over the railing" (not "I was over the
        # barrier at the concert": a jump or a drop named with it)
        rf"(?:\bjump\w*|\b{_DROP})\b[^.?!]{{0,120}}?\bi (?:was|were|'d been|had been|got) "
        r"(?:already |stood |standing |sat |sitting |hanging |halfway )?(?:over|on the (?:wrong|"
        r"other|outside) side of|outside) the (?:railings?|rail|barrier|parapet|balustrade|"
        rf"safety fence)\b{_FOR_SPORT}|"
        # "i searched painless ways to die at 2am", "googled how to kill myself" (not "searched
        # ways to dye my hair", nor "ways to die in Minecraft")
        r"\b(?:search\w*|googl\w*|look\w* up|research\w*|read up on|looked into|look into)\b"
        r"[^.?!]{0,30}?\b(?:painless |quick |quickest |easy |easiest |best |surest |sure )?"
        r"(?:ways?|methods?|how) (?:to|you can|i could|i can) (?:die|kill (?:myself|yourself)|end "
        r"it|end (?:my|your) life|overdose|od|not wake up)\b(?! (?:in|on) (?:minecraft|the game|"
        r"fortnite|roblox|a game)\b)(?! (?:my|your|her|his) hair\b)|"
        # "my sister found the rope and she was right about what it was for", "mum found the
        # pills, she knew what they were for" (not "found the rope in the shed, it was for the
        # tent")
        rf"\b{_MEANS}\b[^.?!]{{0,80}}?\b(?:(?:was|were|is|are) right about|knew|know|guessed|"
        r"worked out|figured out|realised|realized) (?:exactly )?what (?:it|they|them) (?:was|were"
        r"|is|are) for\b|"
        # "The doctor said I was lucky; I wasn't trying to be lucky", "I wasn't meant to wake up"
        # (not "I wasn't trying to be funny", nor "I wasn't meant to make it to the party")
        r"\bi (?:wasn't|was not|didn't want|did not want|wasn't meant|was not meant|wasn't "
        r"supposed|was not supposed|never meant|never wanted) (?:trying )?to (?:be lucky|survive|"
        r"make it|pull through|wake up|come round)\b(?! (?:to|in|on|at|for|with|till|"
        r"until|before|through|early|late|so)\b)",
        True,
    ),
)
