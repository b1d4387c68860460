"""Suicidal ideation and self-harm told as the seventh battery of plain telling tells them
(tests/data/risk_battery_46, written blind for issue 17's forty-sixth pass and read in it), each
made general: a waking hoped not to come, a lorry wished on oneself, an illness hoped for as a way
out, letters for "when I'm gone", a car left running in a shut garage, a grain bin climbed into
and not come out of, the lot taken, the edge stood at "to see how it felt", working out how one
would do it, stepping off the end of a pier, a note saying sorry to everyone, the Lord asked to
fetch one, a photo of the rope, an accident everyone would believe; cigarettes put out on one's
arm, knuckles split on a wall, drinking to black out on purpose, an injury explained away ("I
told them I fell ... but I didn't fall"), doing it where no one will see, blades bought for
tonight, a band snapped till it welts, a knife pressed into one's palm, a
hand smashed against a door, a kettle poured over one's hand. Cues as in risk_cues, whose shape
they share. Patterns run on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue

_LIMB = (
    r"(?:arms?|wrists?|legs?|thighs?|stomach|tummy|hips?|forearms?|skin|hands?|ankles?|palms?|"
    r"fingers?)"
)
_PILLS = r"(?:paracetamol|pills|tablets|painkillers|sleeping tablets|meds|medication|capsules)"

CUES: tuple[Cue, ...] = (
    # "I go to bed hoping I just don't wake up" (not "hoping I don't wake up late")
    cue(
        "suicidal_ideation",
        r"\bhop(?:e|ing|ed) (?:that )?i (?:just |simply )?(?:don't|dont|won't|wont|never|do not|"
        r"will not) wake(?: up)?\b(?! up\b)(?! (?:late|early|before|in time|the baby|the kids|him|"
        r"her)\b)",
        True,
    ),
    # a vehicle wished on oneself: "I sort of wish a lorry would clip me"
    cue(
        "suicidal_ideation",
        r"\bwish (?:a|the|some) (?:\w+ )?(?:lorry|truck|car|bus|train|van|tram) would (?:hit|clip|"
        r"take|run over|knock down|flatten) me\b",
        True,
    ),
    # an illness hoped for as a way out: "I'd been hoping it was cancer so I'd have a way out"
    cue(
        "suicidal_ideation",
        r"\b(?:hop(?:e|ing|ed)|pray(?:ing|ed)?|wish(?:ing|ed)?) (?:it was|it's|it would be|for) "
        r"(?:cancer|something terminal|a tumou?r|something serious)\b[^.?!]{0,40}?\b(?:a way out|"
        r"be over|to go)\b|\bso i(?:'d| would| could) have a way out\b",
        True,
    ),
    # letters for after one's death: "They'll find them when I'm gone, and that won't be long now"
    cue(
        "suicidal_ideation",
        r"\bwhen i'm gone,? (?:and )?(?:that|which) (?:won't|will not|shouldn't) be long\b",
        True,
    ),
    # a car left running in a shut garage; a bin climbed into and not come out of
    cue(
        "suicidal_ideation",
        r"\b(?:car|engine|motor)(?:'s)? (?:\w+ ){0,2}?(?:runs?|running|ticking over) (?:\w+ "
        r"){0,2}?in the "
        r"garage with the (?:door|doors) (?:pulled |shut |closed )?(?:down|shut|closed)\b|"
        r"\b(?:climb|get|walk|go|step) in and (?:just )?not come (?:back )?out\b",
        unnamed=True,
    ),
    # the lot taken: "paracetamol from three chemists ... im gonna take the lot on the fourteenth"
    cue(
        "suicidal_ideation",
        rf"\b{_PILLS}\b[^.?!]{{0,80}}?\b(?:i'm|im|i am|i'll|ill|i will) (?:gonna |going to "
        r")?(?:take|"
        r"swallow|neck) (?:the lot|them all|all of them)\b",
        True,
    ),
    # the edge stood at to feel it; working out how one would do it, after death named
    cue(
        "suicidal_ideation",
        r"\bstood (?:right )?(?:at|on) the edge to see (?:how it felt|what it(?:'d| would) feel "
        r"like|how (?:far|high) it was)\b|"
        r"\b(?:dead|die|death|kill|end it)\b[^.?!]{0,80}?\bi've started (?:working out|figuring "
        r"out|planning) how i(?:'d| would| could) do it\b",
        True,
    ),
    # stepping off the end of a pier: "I think about stepping off the end with my boots on"
    cue(
        "suicidal_ideation",
        r"\b(?:think|thinking|thought) (?:about|of) (?:stepping|walking|jumping) off the end\b"
        r"(?! of (?:the )?(?:bed|line|day|road|queue|shift|season|diving board)\b)",
        True,
    ),
    # a note saying sorry to everyone; the Lord asked to fetch one; a photo of the rope sent
    cue(
        "suicidal_ideation",
        r"\bi (?:wrote|'d written|had written|left) (?:a|the) note\b[^.?!]{0,60}?\bsaying (?:sorry|"
        r"goodbye) to everyone\b|"
        r"\bi (?:just )?want the lord to (?:come and )?(?:fetch|take|collect) me\b|"
        r"\b(?:photo|picture|pic|snap) of (?:the|a|my) (?:rope|noose|pills|tablets)\b",
        True,
    ),
    # an accident everyone would believe: "everyone would think it was an accident"
    cue(
        "suicidal_ideation",
        r"\b(?:if|when) (?:it|the \w+|i) (?:just )?(?:rolled|crashed|went over|flipped|slipped)\b"
        r"[^.?!]{0,60}?\b(?:everyone|they|people|nobody) would (?:think|say|know) it was an "
        r"accident\b",
    ),
    # cigarettes put out on one's arm
    cue(
        "self_harm",
        r"\b(?:put|putting|puts|stub|stubbing|stubbed) (?:my |a |the )?(?:cigarettes?|fags?|"
        rf"ciggies?|cigs?|cigarette ends?) out on (?:the (?:inside|back) of )?my {_LIMB}\b",
        True,
    ),
    # knuckles split on a wall; a hand smashed against a door; a knife pressed into one's palm;
    # a kettle poured over one's hand; a band snapped till it welts
    cue(
        "self_harm",
        r"\b(?:punch|punched|punching|hit|hitting) (?:the|a) (?:[\w-]+ )?(?:wall|door)s? until my "
        r"(?:knuckles|hands?|fists?) (?:split|bled|bleed|broke|cracked)\b|"
        r"\b(?:smash|smashing|smashed|slam|slamming|slammed|bang|banging|banged) my (?:hand|hands|"
        r"fist|fists|head) (?:against|into|on) the (?:door|wall|table)\b[^.?!]{0,60}?\bi (?:broke|"
        r"fractured|cracked|split)\b|"
        r"\b(?:press|pressing|pressed|push|pushing|pushed|dig|digging|dug) (?:the|a|my) (?:knife|"
        rf"blade|scissors|compass|needle) into my {_LIMB}\b|"
        r"\b(?:poured|pour|pouring|tipped) (?:it|the kettle|boiling water|the water) (?:over|on|"
        rf"onto) (?:the back of )?my {_LIMB}\b|"
        r"\bsnap(?:ping)? it (?:till|until) it welts\b",
        True,
    ),
    # drinking to black out on purpose: "I drink till I black out, on purpose", "I drink the
    # whole bottle so I black out. On purpose." (its purpose joined to it), "So you drink to black
    # out on purpose, to stop feeling." (bc09)
    cue(
        "self_harm",
        r"\b(?:i|you)(?:'ve been| have been)? (?:\w+ )?(?:drink|drank|drinking|down|"
        r"downed)\b[^.?!]{0,40}?\b(?:so (?:that "
        r")?"
        r"(?:i|you)|to|till|until|'til|til) (?:i |you )?black(?:ed)? out\b[^?!]{0,30}?\b(?:on "
        r"purpose|"
        r"deliberately|to (?:stop|not) feel\w*|so (?:i|you) (?:don't|can't|won't) feel|to "
        r"forget)\b",
        True,
    ),
    # an injury explained away: "I told them I fell on a glass, but I didn't fall."
    cue(
        "self_harm",
        r"\bi told (?:them|her|him|the \w+|everyone|my \w+) i (?:fell|slipped|tripped|walked into|"
        r"caught it|cut it)\b(?=[^.?!]{0,40}?,? but i (?:didn't|did not|never) (?:fall|slip|trip|"
        r"walk|catch|cut it on)\b)",
        True,
    ),
    # done where no one will see, after being seen; blades bought for when it gets bad
    cue(
        "self_harm",
        r"\bso now i (?:just )?do it (?:where|so) (?:she|he|they|nobody|no one|people) (?:won't|"
        r"can't|wouldn't|doesn't|don't) see\b|"
        r"\b(?:blades?|razors?)\b[^.?!]{0,80}?\bfor tonight,? when it gets bad\b",
        True,
    ),
)
