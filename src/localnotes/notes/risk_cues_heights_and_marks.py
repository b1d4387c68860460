"""Suicidal ideation told by a height looked up, a death's amount asked, affairs put in order, a
jump pictured or another's suicide one expects to follow, and self-harm told by marks hidden, a
night's cutting timed, wounds owned after the blood was found and a blade taken to the skin for
relief (issue 17's fifty-fourth pass, from the probe p28's misses, each made general). Some reach
over a full stop ("... the multi-storey is. Just to see if ..."): `risk_fragments` reads two
sentences of one speaker's segment as one where a cue reaches from the first into the second.
Cues as in risk_cues, whose shape they share. Patterns run on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue

#: a high place one could jump from
_HIGH = (
    r"(?:bridge|cliffs?|roof|rooftop|building|car park|multi-storey|multi storey|tower|tower block|"
    r"block|balcony|viaduct|flyover|overpass|ledge|pier|quarry|dam)"
)
#: a place on the body cut or burnt where it is hidden
_HIDDEN_PLACE = (
    r"(?:thighs?|hips?|stomach|belly|tummy|upper arms?|inner arms?|ribs|legs?|feet|soles|"
    r"tops? of my (?:legs|arms|thighs))"
)
#: the skin one cuts, burns or does "it" to
_SKIN = r"(?:arms?|forearms?|wrists?|legs?|thighs?|stomach|hips?|skin|belly|tummy)"

CUES: tuple[Cue, ...] = (
    cue(
        "suicidal_ideation",
        # a height looked up for oneself: "I checked how tall the tower block is, to see if it
        # would do the job for me" (not "checked how tall the ladder is, to see if it would do
        # the job for me": a high place, and the end it would serve, said)
        r"\b(?:look\w*|lookin'?|check\w*|checkin'?|googl\w*|search\w*|measur\w*|read|find\w*|"
        r"found) (?:up |out )?how (?:high|tall|far down|deep|many floors|many storeys|big a drop) "
        rf"(?:the|that|this|a) (?:[\w'-]+ ){{0,2}}?{_HIGH}\b[^?!]{{0,100}}?\b(?:(?:do|dae|does|"
        r"did|done) the job (?:on|for|wi|with) me|(?:would|'d|"
        r"will|could) (?:kill|finish) me|be enough to (?:kill|finish) me)\b|"
        # a jump from a height thought of: "been thinking about jumping off the Forth Bridge",
        # "thinkin aboot jumpin aff the roof" (not "thinking about jumping off the diving board",
        # nor "jumping in the pool")
        rf"\b(?:think\w*|thinkin'?|thought|dream\w*|picture\w*|imagin\w*) (?:about|aboot|bout|"
        rf"'bout|of|o) jump(?:ing|in'?) (?:off|aff|from|fae|frae) (?:the|a|that|this|ma|my) "
        rf"(?:[\w'-]+ ){{0,3}}?{_HIGH}\b|"
        # a death's amount asked of oneself: "how many of my tablets would it take to never wake
        # up" (not "how many hours it takes to not wake up tired", nor "how many pills to take
        # for the pain"; "asking for a friend" is another's)
        r"\bhow (?:many|much)\b[^.?!]{0,40}?\b(?:takes?|would take|'d take|does it take|would it "
        r"take|will it take|it'd take|would do it|to take) (?:to|tae) (?:not|never) wake (?:up|"
        r"again)\b(?! (?:tired|groggy|early|at|in|with|feeling|hungry|sore|stiff)\b)"
        r"(?![^?!]{0,40}\basking for a friend\b)|"
        # affairs put in order, then the pet given away or a day chosen: "made my will last week
        # and found the cat a new home", "did my will; Sunday's the date I've set for myself"
        # (not "made a will and rehomed the dog before moving to Spain", nor "the day I've
        # picked for myself" of a spa day, said with no will before)
        r"\b(?:sorted|did|done|made|wrote|written|finished|signed|updated|finalised|finalized) "
        r"(?:out )?(?:my |the |a )?will\b[^?!]{0,120}?\b(?:(?:rehomed|re-homed|gave away|given "
        r"away|found (?:a )?(?:new )?home for) (?:the|my|our|me) (?:dog|dogs|cat|cats|pets?|"
        r"budgie|rabbit|horse)|found (?:the|my|our) (?:dog|dogs|cat|cats|pets?|budgie|rabbit|"
        r"horse) a (?:new )?home|(?:the|a) (?:day|date|night|time) i(?:'ve| have)? (?:picked|"
        r"chosen|set|decided on|settled on) for (?:myself|me))\b(?![^?!]*\b(?:moving|move|moved|"
        r"emigrat\w*|care home|nursing home|abroad|retir\w*|holiday)\b)|"
        # a relative's suicide, then one's own expected: "my cousin took his own life; I'll go the
        # same way one day" (not "he killed himself laughing, I'll end up doing it too", nor "my
        # brother hung himself a hammock", with no end of one's own expected)
        r"\b(?:my|our|me) (?:[\w']+,? ){1,6}?(?:(?:hanged|hung|killed|shot|drowned|gassed|"
        r"poisoned) (?:himself|herself|themselves|themself)\b(?! laughing)|took (?:his|her|their) "
        r"own life\b)[^?!]{0,160}?\bi(?:'ll| will|'m going to|'m gonna| might| could|'d|'m gonna) "
        r"(?:probably |likely |just |prob |surely )?(?:end up (?:doing (?:it|that|the same)|the "
        r"same(?: way)?|like (?:him|her|them))|go (?:the same way|out the same way)|do (?:the "
        r"same|it) (?:one day|too|as well|myself|eventually))\b",
        True,
    ),
    cue(
        "self_harm",
        # marks put where they are hidden: "did my hips this time so no one sees the cuts",
        # "on my upper arms so nobody notices the scars" (not "wore shorts on my legs so nobody
        # sees the stretch marks", nor "a tattoo on my thigh so nobody sees it")
        rf"\b{_HIDDEN_PLACE}\b[^.?!]{{0,40}}?\bso (?:nobody|no one|no-one|noone|nobody else|"
        r"people|they|my (?:mum|mam|mom|dad|parents|teachers?)|mum|mam|mom|dad) (?:won't |can't |"
        r"don't |doesn't |will not |cannot |can |will |would )?(?:sees?|see|notices?|spots?|find) "
        r"(?:the |my |any |them|it)?(?:marks|cuts|scars|lines|burns|scratches|scabs|plasters)\b|"
        # a night's cutting timed: "I couldn't stop cutting till four", "never stopped cutting
        # until it bled" (not "the mower didn't stop cutting until the lawn was done", nor "I
        # didn't stop cutting the hedge until six")
        r"\bi\b[^.?!]{0,80}?\b(?:didn't|did not|couldn't|could not|wouldn't|would not|never) "
        r"stop(?:ped)? (?:cutting|slicing)(?: myself)? (?:until|till|til|'til|untill) (?:about "
        r"|around )?(?:half |quarter (?:past |to )?)?(?:\d|one|two|three|four|five|six|seven|eight|"
        r"nine|ten|eleven|twelve|midnight|dawn|morning|the morning|it bled|the blood|i bled|i saw "
        r"blood|there was blood)\b|"
        # wounds owned after the blood was found: "she saw the bloody towels, I've been doing it
        # on my legs" (not "bloody plasters everywhere, I've been doing it to my arms, the
        # moisturiser", which names what "it" is: the cream; the blood said first)
        r"\b(?:bloody|blood|bloodied|blood-stained|bloodstained|blood-soaked) (?:tissues|plasters|"
        r"towels?|sheets|sleeves|bandages|pads|wipes|flannels?)\b[^?!]{0,140}?\b(?:doing it|done "
        rf"it|been at it|do it) (?:to|on) my {_SKIN}\b(?! with (?:the )?(?:cream|moisturi[sz]er|"
        r"lotion|oil|gel))|"
        # a blade taken to the skin for relief: "when the stress builds I take a blade to my arm"
        # (not "I took the razor to my legs before the beach": shaving, with no relief said)
        r"\bwhen (?:di|the|de|all the|my) (?:pressure|stress|feelings?|urges?|anger|tension|hurt|"
        r"pain|thoughts) (?:build|builds|get|gets|is|are|become|becomes|pile|piles)\b[^.?!]{0,40}?"
        rf"\b(?:tek|take|took|taking|teking|put|putting|use|used) (?:a |the |di |my )?(?:razor|"
        rf"blade|knife|compass|scissors|lighter)s? (?:to|on|against|pon) my {_SKIN}\b|"
        r"\b(?:tek|take|took|taking|teking|put|putting) (?:a |the |di |my )?(?:razor|blade|knife|"
        rf"compass|scissors|lighter)s? (?:to|on|against|pon) my {_SKIN}\b[^.?!]{{0,40}}?\b(?:it |"
        r"that )?(?:ease|eases|eased|easing|relief|release|releases|calm|calms|numbs?)\b",
        True,
    ),
)
