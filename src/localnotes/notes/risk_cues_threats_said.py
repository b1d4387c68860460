"""Harm to others told as threats said, plans with a time and place, and acts done with a car or
a weapon (issue 17's fifty-second pass, from the twelfth battery's misses, each made general):
"I'll run them over with my car"; a weapon readied for someone "tonight"; going back "there"
with a weapon; poison for someone's tea; men paid "to deal with him"; acid threatened; a car
swerved or floored at someone on purpose; a fist put through a face; "I'll find her and cut
her"; "I'd have used it if he'd come closer"; "I know where he drinks and what time he leaves";
a shot "pon" someone (Patwa). Cues as in risk_cues, whose shape they share. Patterns run on
lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue

_WEAPON = (
    r"(?:knife|knives|blade|gun|pistol|rifle|shotgun|machete|panga|cutlass|bat|baseball bat|"
    r"cricket bat|hammer|axe|crowbar|sjambok|iron bar|pipe|wrench|sword|crossbow|acid)"
)
_I_WILL = r"(?:i'll|ill|i will|i'm going to|im going to|i am going to|i'm gonna|im gonna|gonna)"
_VEHICLE = r"(?:car|motor|truck|van|ute|bakkie|jeep|motorbike|bike|lorry|4x4|pickup)"
#: someone one drives at: "a cyclist", "my ex", "him"
_ROAD_TARGET = (
    r"(?:him|her|them|my ex|(?:a|the|that|this|some) (?:\w+ )?(?:cyclist|pedestrian|guy|bloke|man|"
    r"woman|kid|biker|rider|driver|lad|fella|girl|boy|jogger|runner|walker|postie))"
)

CUES: tuple[Cue, ...] = (
    cue(
        "harm_to_others",
        # "I'll run him down with the truck, I swear" (not "I'll run them over to your place")
        rf"\b{_I_WILL} (?:run|mow|knock) (?:him|her|them|them both|both of them|that \w+) (?:both"
        rf" )?"
        rf"(?:over|down)\b(?! (?:to|there|here|at|for|later)\b)(?=[^.?!]*\b(?:with (?:my|the|me|"
        rf"mi) {_VEHICLE}|i swear|swear|on purpose)\b)|"
        # "I've loaded the shotgun and I'm going round to see him tonight" (not a hunt: an animal
        # named is left by the scan)
        rf"\b(?:loaded|sharpened|cleaned|oiled|got out|took out)\b[^.?!]{{0,20}}?\b{_WEAPON}\b"
        r"[^.?!]{0,60}?\b(?:him|her|them|that \w+)\b[^.?!]{0,30}?\b(?:tonight|tomorrow|this "
        r"(?:weekend|evening)|on \w+day|\w+day night)\b|"
        # "I'm heading round to his with a bat" (not "going back there with a picnic")
        rf"\b(?:going|go|gonna go|heading|head|coming|went) (?:back )?(?:there|round (?:to )?(?:his"
        rf"|"
        rf"hers|theirs|there)|over (?:to )?(?:his|hers|there)|to (?:his|her|their) (?:house|place|"
        rf"flat|gaff|yard|work|door))\b[^.?!]{{0,30}}?\bwith\b[^.?!]{{0,25}}?\b(?:a|the|my|me|mi|"
        rf"his) {_WEAPON}\b|"
        # "I want to poison her coffee" (not "the coffee will poison her liver", said of no one)
        r"\b(?:want|wanna|going|gonna|plan\w*|think\w* (?:about|of)|tempted|wish i could) (?:to )?"
        r"poison(?:ing)? (?:his|her|their|my \w+'s|the \w+'s) (?:tea|coffee|food|drink|dinner|"
        r"lunch|water|meal|pint|beer)\b|"
        # "I've paid some lads to sort him out" (not "paid some guys to sort the garden out")
        r"\b(?:paid|pay|paying|hired|hire|got|getting|sent|sending) (?:some|a few|two|three|a"
        r" couple "
        r"of|these|my) (?:\w+ )?(?:boys|lads|guys|men|blokes|goons|thugs|heavies|people|mates|"
        r"cousins|friends)\b (?:to )?(?:deal with|sort out|sort|do|rough up|beat up|teach|handle|"
        r"take care of|see to|visit|get) (?:him|her|them|that \w+)\b|"
        # "I'll throw acid in her face", "I will throw acid" (not "acid thrown in a film")
        r"\bi(?:'ll| will|'m going to| am going to|'m gonna|'d| would|ll) (?:throw|chuck|pour|"
        r"splash) acid\b|"
        # "drove at him on purpose", "floored it at my ex", "swerved at a cyclist ... he only just
        # jumped out of the way" (not "swerved to avoid a cyclist")
        rf"\b(?:swerved|swerve|drove|drive|driven|steered|veered|accelerated|floored it|revved|"
        rf"aimed (?:the|my) {_VEHICLE}) (?:at|into|towards|toward|straight at) {_ROAD_TARGET}\b"
        r"[^.?!]{0,60}?\b(?:on purpose|deliberately|to scare|to hit|to get|serves? (?:him|her|them)"
        r" right|only just|jumped out of the way|jumped out the way|had to jump|meant it)\b|"
        # "I put my fist through his face" (not "put my fist through the window", glass alone)
        r"\b(?:put|stuck|rammed|drove|sent) (?:my|me) (?:fist|fists|head|boot|foot|knee) (?:through"
        r"|"
        r"into|in) (?:\w+'s|his|her|their|that \w+'s|the \w+'s) (?:face|head|teeth|jaw|nose|ribs)\b"
        r"|"
        # "I told her I'd find her and stab her" (reported speech of one's own threat)
        r"\b(?:(?:dm'?d|dm'?ed|messaged|texted|told|sent|posted|wrote to|warned)\b[^.?!]{0,40}?\b)?"
        r"i(?:'d| would|'ll| will|'m gonna|'m going to|ll) (?:find|get|catch|track down) (?:her|him"
        r"|"
        r"them|you) and (?:cut|stab|slash|kill|hurt|burn|beat|shoot|smash|glass|do)\b|"
        # "I'd have used it on him if he'd come closer" (a weapon one held)
        r"\bi(?:'d| would) have used (?:it|the \w+|my \w+) (?:on (?:him|her|them)|if (?:he|she"
        r"|they)"
        r"(?:'d| had) (?:come|got|stepped|moved) (?:any |one step |a step |much )?closer)\b|"
        # "I know where she parks and what time she finishes" (a time and a place)
        r"\bi know where (?:he|she|they) (?:drinks|lives|works|parks|goes|sleeps|hangs out|stays|"
        r"drink|live|work|park|go)\b[^.?!]{0,10}?\band (?:i know )?(?:what time|when) (?:he|she|"
        r"they) (?:leaves?|gets? off|finish\w*|comes? out|goes? home|walks? home|clocks? off)\b|"
        # Patwa "mi ago buss a shot pon him" (the shot "pon" someone)
        r"\b(?:(?:mi|i|me) (?:ago|a go|ah go|going to|gonna|will|wi) )?(?:bus|buss|bust) "
        r"(?:a |two |some )?shots? (?:pon|upon) (?:him|her|dem|them|dat \w+|that "
        r"\w+|\w+)\b|"
        # "I'll shoot his dog and him too" (the man named after an animal)
        r"\b(?:shoot|kill|stab|run over)\b[^.?!]{0,30}?\band (?:him|her|them) too\b",
        True,
    ),
)
