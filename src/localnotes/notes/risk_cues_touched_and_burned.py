"""Abuse and self-harm told as what was done, from the blind set ba01-ba22, read in issue 17's
forty-fifth pass after it was measured blind in the forty-fourth, each made general: touching
under one's clothes and sexual messages, told or summed up by the clinician ("he touched you under
your clothes in the boatshed"); a beating as a child summed up by the clinician ("That's a child
being beaten, over and over.") and confirmed; a hot thing held to one's own skin ("I took the
spoon, very hot, and I put it on my wrist"), and a burn the clinician retells as made on purpose.
Cues as in risk_cues, whose shape they share. Patterns run on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue

_CLOTHES = (
    r"(?:clothes|top|shirt|t-shirt|skirt|dress|pants|knickers|underwear|trousers|jumper|jersey|"
    r"blouse|nightie|pyjamas|uniform|shorts|bra)"
)
_SKIN = r"(?:wrist|wrists|arm|arms|forearm|leg|legs|thigh|thighs|skin|hand|hands|stomach|belly)"

CUES: tuple[Cue, ...] = (
    # "he touched you under your clothes", "his hands went under my top and down" (not "I put
    # my hands under my jumper to warm them")
    cue(
        "abuse_or_neglect",
        r"\b(?:touched|touching|touches|touch|felt|feeling|groped|grabbed|put his hands?|put her "
        r"hands?) (?:me|you|us) (?:up |down )?(?:under|inside|up|down) (?:my|your|our) "
        rf"{_CLOTHES}\b|"
        r"\b(?:his|her|their|the \w+'s) hands? (?:went|got|slid|slipped|crept|wandered|moved) "
        rf"(?:up )?(?:under|inside|up|down) (?:my|your) {_CLOTHES}\b",
    ),
    # "your coach has been sending you sexual messages", "he sent me sexual texts" (not a
    # partner's: "my boyfriend sends me ..." is left)
    cue(
        "abuse_or_neglect",
        r"(?<!boyfriend )(?<!girlfriend )(?<!partner )(?<!husband )(?<!wife )\b(?:has been |have "
        r"been |was |were |kept |keeps )?(?:sending|sent|sends|send) (?:me|you) (?:sexual|"
        r"sexualised|sexualized|explicit|indecent|nude) (?:messages|texts|pictures|pics|photos|"
        r"images|videos|comments)\b",
    ),
    # the clinician sums up a beating or abuse as a child: "That's a child being beaten, over
    # and over.", "You were a little boy being hit." (a statement the client confirms)
    cue(
        "abuse_or_neglect",
        r"^(?:so,? |and,? |okay,? )?(?:that's|that is|that was|this is|this was|you were|you're "
        r"describing|you are describing|you're telling me about|what you're describing is) "
        r"(?:a (?:little |young |small )?(?:child|kid|boy|girl|teenager|youngster)|you) being "
        r"(?:beaten|hit|hurt|abused|molested|assaulted|battered|whipped|strapped|thrashed|"
        r"leathered|raped|starved|neglected)\b",
    ),
    # a hot thing held to one's own skin: "I took the spoon, very hot, and I put it on my
    # wrist" (not a hot water bottle, a heat pack or a compress held to an ache)
    cue(
        "self_harm",
        r"\b(?:very |red |red-|too |still )?(?:hot|burning|boiling|heated|lit|scalding)\b"
        r"(?![^.?!]{0,30}?\b(?:water bottle|compress|pack|towel|flannel|wheat|bag|bath|shower|"
        r"drink|tea|coffee|soup)\b)[^.?!]{0,60}?\b(?:i|and) (?:put|held|pressed|pushed|laid|"
        rf"stuck) (?:it|them) (?:on|onto|against|to|into) my {_SKIN}\b",
        True,
    ),
    # the clinician retells a burn or cut as made on purpose: "So that burn you made on purpose"
    cue(
        "self_harm",
        r"\b(?:burn|burns|cut|cuts|scar|scars|mark|marks|bruise|bruises|wound|wounds) (?:that |"
        r"which )?you (?:made|did|gave yourself|caused|put there)(?: yourself)? (?:on purpose|"
        r"deliberately|intentionally|to yourself)\b",
    ),
)
