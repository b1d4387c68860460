"""Risk asked about or told in ways the probe p23 (read in issue 17's forty-ninth pass after two
passes blind) and the set be01-be22 showed were missed, each made general, as a question ("Have you
been searching online for ways to die?") and as told ("I've been parking outside her flat"): ways
to die searched for; a crash hoped for; skin scratched or bitten till it bleeds; another driver
gone after; someone followed or watched after asking to be left alone; food or medicine kept back
or the fridge locked; children left alone for days; a threat owned as meant; an attempt named,
then thought of again; marks put down to something else, then owned; blades owned; a wish on
waking not to have woken; a prayer to be taken ("let Him take me tonight"). Cues as in
risk_cues, whose shape they share. Patterns run on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue

_ONE = (
    r"(?:myself|yourself|my (?:skin|arms?|hands?|legs?|face|lips?)|your (?:skin|arms?|hands?|"
    r"legs?|face|lips?))"
)
_LEFT_ALONE = r"(?:leave|leaves|left|leaving|keep leaving|kept leaving)"
_KEPT_FROM = (
    r"(?:kept|keeps|keep|keeping|withheld|withholds|withholding|held back|holds back|holding "
    r"back|hid|hides|hidden|took away|takes away|taken away|stopped|stops)"
)
_FOOD_OR_MEDICINE = (
    r"(?:food|meals?|dinner|tea|breakfast|lunch|medicines?|medications?|meds|tablets|pills|"
    r"insulin|inhalers?)"
)

CUES: tuple[Cue, ...] = (
    # ways to die searched for: "Have you been searching online for ways to die?", "I've been
    # looking on my phone for ways to end it"
    cue(
        "suicidal_ideation",
        r"\b(?:search\w*|look\w*|googl\w*|research\w*|read\w*)(?: up)?(?: online| on the "
        r"internet| on the web| on (?:my|your|the) (?:phone|laptop|computer))? (?:for|up|about) "
        r"(?:ways|methods|how) to (?:die|kill (?:myself|yourself)|end (?:it|my life|your life|"
        r"things)|overdose)\b",
    ),
    # a crash hoped for: "driving recklessly because part of you hoped you would crash and not
    # survive", "I drive too fast hoping I'll crash and that's it"
    cue(
        "suicidal_ideation",
        r"\b(?:driv\w*|drove|rid(?:e|es|ing)|rode|speed\w*)\b[^.?!]{0,60}?\b(?:hop\w*|wish\w*|"
        r"want\w*)\b[^.?!]{0,25}?\b(?:crash|hit (?:a|the|something)|come off|wrap (?:it|myself|"
        r"yourself))\b[^.?!]{0,20}?\b(?:and |to )?(?:not (?:survive|make it|come back|walk away|"
        r"wake up)|die|be killed|get killed|that's it|that would be it|be done)\b",
    ),
    # skin scratched or bitten till it bleeds: "Do you scratch or bite yourself until you draw
    # blood?", "I pick my arms till they bleed" (not "the cat scratched my arm and it bled")
    cue(
        "self_harm",
        r"\b(?:i|you|i've|you've|i have|you have|i'd|you'd)(?: \w+)? (?:scratch\w*|"
        r"(?<!a )bit(?:e|es|ing|ten)?|pick\w*|claw\w*|gouge\w*|dig\w* (?:into|at))"
        r"(?: (?:or|and) (?:scratch\w*|bit(?:e|es|ing|ten)?|pick\w*))? "
        rf"{_ONE}\b[^.?!]{{0,30}}?\b(?:(?:till|until|to) (?:i|you|it|they) "
        r"(?:draw|drew|bleed|bled|bleeds)|(?:draw|draws|drew|drawing) blood|(?:till|until) "
        r"(?:it|they) (?:bleeds?|bled|(?:is|are|was|were) raw|break)|(?:till|until) the skin "
        r"(?:breaks|broke|bleeds|bled))\b",
    ),
    # another driver gone after: "Have you ever got out of your car in a fit of road rage to go
    # after another driver?", "I followed him to the lights and dragged him out of his car"
    cue(
        "harm_to_others",
        r"\b(?:got|get|gets|getting|jumped|jump|jumping|climbed) out of (?:my|your|the) (?:car|"
        r"van|truck|cab|ute|lorry)\b[^.?!]{0,40}?\b(?:to )?(?:go|went|going|goes|run|ran) (?:after|"
        r"for|at) (?:him|her|them|(?:the|that|another|the other) (?:other )?(?:driver|guy|bloke|"
        r"man|woman|fella|lad|cyclist|rider))\b",
    ),
    # "I followed him to the lights and dragged him out of his car" (the one who did it said)
    cue(
        "harm_to_others",
        r"\b(?:i|you) (?:[^.?!]{0,60}?(?: and| then|,) )?(?:dragged|pulled|yanked|hauled) (?:him|"
        r"her|them|the (?:other )?(?:driver|guy|bloke|man|woman|fella|lad|cyclist|rider)) (?:out "
        r"of|off) (?:his|her|their|the) (?:car|van|truck|cab|bike|lorry|ute)\b",
        True,
    ),
    # someone followed or watched after asking to be left alone: "Have you been following or
    # watching someone who has asked you to leave them alone?", "turning up at your ex's house
    # ... after she told you to stop", "I've been parking outside her flat most nights to see
    # who's coming and going"
    cue(
        "harm_to_others",
        r"\b(?:follow\w*|watch\w*|turn\w* up|show\w* up|messag\w*|text\w*|call\w*|ring\w*|"
        r"contact\w*|track\w*|wait\w* for)\b[^.?!]{0,80}?\b(?:who|after|when|though|even though|"
        r"since) (?:(?:she|he|they)(?:'s|'ve|'d)? )?(?:has |had |have )?(?:asked|told|begged) "
        r"(?:you|me) "
        r"to (?:leave (?:her|him|them) alone|stop|stay away|back off|go away|leave)\b|"
        r"\b(?:park\w*|sit\w*|sat|wait\w*|stand\w*|stood)(?: in (?:my|the) car)? (?:outside|"
        r"across from|near|opposite) (?:her|his|their|my ex's|your ex's) (?:flat|house|place|"
        r"work|office|door|home)\b[^.?!]{0,50}?\b(?:to see|to watch|to check|watching|checking)"
        r" (?:who|what|if|whether|where|when)\b",
    ),
    # food or medicine kept back, or the fridge locked, as a punishment or till one behaves:
    # "Has your carer ever kept food from you as a punishment?", "Has the person who looks after
    # you held back your medicine or tablets from you?", "The carer locks the fridge and says I
    # can't have my tea until I've behaved"
    cue(
        "abuse_or_neglect",
        rf"\b{_KEPT_FROM} (?:the |my |your |our )?(?:{_FOOD_OR_MEDICINE} (?:or|and) )?"
        rf"(?:the |my |your )?{_FOOD_OR_MEDICINE}(?: away| back)? from (?:me|you|us)\b"
        r"(?! (?:for|because of|till|until) (?:the|my|your|a) (?:test|scan|operation|surgery|"
        r"procedure|fast|blood test|bloods)\b)|"
        rf"\b{_KEPT_FROM} (?:the |my |your |our )?{_FOOD_OR_MEDICINE}\b[^.?!]{{0,30}}?\b(?:as "
        r"(?:a )?punishment|to punish (?:me|you|us)|(?:till|until|unless) (?:i|you|we)(?:'ve| "
        r"have)? (?:behave|behaved|said sorry|apologi[sz]ed|do as|did as))\b|"
        r"\block(?:s|ed|ing)? (?:the |my |our )?(?:fridge|food|kitchen|cupboards?|pantry)\b[^.?!]"
        r"{0,60}?\b(?:can't|cannot|not allowed|won't let me|until i(?:'ve)? (?:behave|behaved))\b",
    ),
    # children left alone for days with no food: "Mummy leaves us by ourselves for days and
    # there's no food in"
    cue(
        "abuse_or_neglect",
        rf"\b{_LEFT_ALONE} (?:us|me|my (?:little )?(?:brother|sister|siblings)(?: and me)?) "
        r"(?:by (?:ourselves|myself)|alone|on (?:our|my) own|home alone)\b[^.?!]{0,30}?\b(?:for "
        r"(?:days|nights|a week|weeks|the weekend|whole days)|overnight|all night|with no food|"
        r"(?:and )?there's no food|without (?:any )?food)\b",
    ),
    # a threat owned as meant: "I said I'd bury the landlord, and everybody laughed, but I meant
    # it" (not "I'd kill for a coffee")
    cue(
        "harm_to_others",
        r"\bi(?:'d| would|'ll| will|'m going to|'m gonna) (?:bury|kill|stab|shoot|batter|do in|"
        r"finish off|strangle|drown|murder) (?:him|her|them|the \w+|that \w+|my \w+)\b(?! for\b)"
        r"[^.?!]{0,60}?\bbut i (?:meant|mean) it\b",
        True,
    ),
    # an attempt named, then thought of again: "Tomorrow's a year since I took the overdose,
    # and I've been thinking of trying it again"
    cue(
        "suicidal_ideation",
        r"\b(?:overdose|od|od'd|tried to (?:kill myself|end it|end my life|hang myself)|attempt)"
        r"\b[^.?!]{0,70}?\bi(?:'ve| have)?(?: been)? (?:thinking|thought|think|tempted) (?:of|"
        r"about)"
        r" (?:trying|doing) (?:it|that) again\b",
    ),
    # marks put down to something else, then owned: "I said the scratches were the dog's, but it
    # wasn't the dog, it was me" (not "the marks weren't from the dog, it was the cat")
    cue(
        "self_harm",
        r"\b(?:marks|cuts|scratches|burns|bruises|scars)\b[^.?!]{0,80}?\b(?:it )?(?:wasn't|was "
        r"not|weren't|were not|isn't|aren't)(?: from)? (?:the|a|my|her|his) "
        r"\w+(?:'s)?\b[^.?!]{0,20}?"
        r"\b(?:it was|it's|they were|they're|that was) (?:me|mine|my doing)\b",
        True,
    ),
    # blades owned and used on oneself: "Dad found the blades in my drawer. Yeah, they're mine, I
    # use them on my legs." (not a razor used to shave)
    cue(
        "self_harm",
        r"\b(?:blades?|sharpeners?|lighters?|compass(?:es)?)\b[^.?!]{0,60}?\b(?:they're|they are|"
        r"it's|it is) mine\b[^.?!]{0,10}?\bi (?:use|used) (?:them|it) on (?:my|me) (?:arms?|legs?|"
        r"thighs?|wrists?|stomach|skin|body|hips?)\b(?![^.?!]{0,20}\b(?:shav\w*|wax\w*|trim\w*))",
        True,
    ),
    # a wish on waking not to have woken: "when I woke up I wished I hadn't"
    cue(
        "suicidal_ideation",
        r"\b(?:woke|woken|wake|waking)(?: up)?\b[^.?!]{0,30}?\bi (?:wished|wish) i (?:hadn't|had "
        r"not|didn't|did not|never had|wasn't)(?: (?:woken|woke|wake|waked)(?: up)?| here| alive)?"
        r"(?=\W*$|[,.;!])",
        True,
    ),
    # a prayer to be taken: "I prayed that if God wants to take me, let Him take me tonight",
    # "I'm hoping it just takes me in my sleep" (not "let him take me home", "hoping it takes me
    # to the beach")
    cue(
        "suicidal_ideation",
        r"\bpray\w* (?:to (?:god|allah|the lord) )?(?:that )?if (?:god|he|allah|the lord|jesus) "
        r"wants (?:to take )?me,? (?:then )?let (?:him|god|allah|the lord|jesus) take me\b|"
        r"\b(?:let (?:him|her|it|god|allah|the lord|jesus)|(?:i'm |i am |i was |i keep )?hop(?:e|"
        r"ing) (?:that )?(?:it|god|the lord|the sea|the water|the cancer|the sugar|the illness) "
        r"(?:just |will |would |'ll |might )?)take(?:s)? me\b(?! (?:to|home|back|out|with|there|"
        r"round|around|along|for|through|up|down|in (?:his|her|the) car|away from)\b)",
        True,
    ),
)
