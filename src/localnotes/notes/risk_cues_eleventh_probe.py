"""Risk in forms the eleventh probe (p11, written blind by a helper session in the thirty-fifth
pass, measured blind over two passes, then read in issue 17's thirty-seventh) found missing:
hoping it would all end, "better aff deid", "ending at" for "ending it"; marks asked about as
made by oneself, cutting "started back up", a head banged off a wall night after night; a
threat with a weapon, "something violent to" someone, anyone one wants to kill or seriously
injure, "cut him", "jump him"; a child asked about by name of kin, a childhood beating or
hunger asked about, children not fed or left in one nappy, a carer who slaps one's mother.
Cues as in risk_cues, whose shape they share. Patterns run on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import PEOPLE, Cue, cue

#: kin, by the words both this module and `risk_cues_told_signs` name them with
KIN_WORDS = (
    r"son|daughter|kids?|children|child|baby|boy|girl|mum|mom|mother|dad|father|brother|"
    r"sister|cousin|nephew|niece|grandson|granddaughter|nan|gran"
)
#: kin asked or told about: "your son", "my small cousin", "my mum's"
_KIN = rf"(?:{KIN_WORDS}|grandma|grandad)"

CUES: tuple[Cue, ...] = (
    cue(
        "suicidal_ideation",
        # "do you find yourself hoping it would all just end and you wouldn't be here anymore?"
        # (not "I hope the meeting ends soon")
        r"\b(?:hop\w*|wish\w*|pray\w*)\b[^.?!]{0,25}?\b(?:it|everything) (?:would|could|will|'d) "
        r"(?:all )?(?:just )?(?:end|be over)\b(?! (?:soon|early|quickly|on time)\b)|"
        r"\b(?:hop\w*|wish\w*|pray\w*)\b[^.?!]{0,60}?\b(?:wouldn't|would not|won't|will not) be "
        r"(?:here|around|alive) any ?more\b|"
        # Scots: "I'd be better aff deid"
        r"\bbetter aff deid\b|"
        # "ending it" heard as "ending at", the question's last words
        r"\bthink\w* (?:about |of )?ending at\W*$",
    ),
    cue(
        "self_harm",
        # asked: "The marks on your arms, are they ones you've made yourself?"
        r"\b(?:marks|cuts|scars|burns|scratches) on your (?:(?:fore)?arms?|legs?|wrists?|thighs?|"
        r"stomach|skin)\b[^.?!]{0,40}?\b(?:made|done|did|caused|given)(?: them)? yourself\b|"
        # told: "the cutting started back up after christmas"
        r"\bthe (?:cutting|self-harm\w*|burning|scratching|head-?banging)\b (?:has )?(?:started|"
        r"come|came|is|got) (?:back up|back|again|going again)\b|"
        # "I've been banging my head off the cell wall at night"
        # (not "banging my head against the wall with this paperwork": a saying)
        r"\bi(?:'ve| have)? been (?:smash|bang|bash|hit|slam)\w* my (?:head|fists?) (?:off (?:the "
        r"|a |my )?(?:\w+ )?(?:wall|door|floor|bars|mirror|table)|(?:against|on|into) (?:the |a "
        r"|my )?(?:\w+ )?(?:door|floor|bars|mirror|table|wall(?= (?:at night|every night|most "
        r"nights|until|till|so hard))))\b",
        unnamed=True,
    ),
    # an overdose taken on purpose is self-harm too: "I took a load of paracetamol on Tuesday on
    # purpose, then got scared"
    cue(
        "self_harm",
        r"\bi (?:took|swallowed|downed)\b[^.?!]{0,40}?\b(?:pills|tablets|paracetamol|tylenol|"
        r"sleeping pills|meds|medication)\b[^.?!]{0,30}?\b(?:on purpose|deliberately)\b",
        True,
    ),
    cue(
        "harm_to_others",
        # "have you ever threatened another soldier with a weapon?"
        r"\bthreaten\w* (?:" + PEOPLE + r"|(?:a|an|another|the) \w+) with (?:a|an|the|my|his|your) "
        r"(?:weapon|knife|gun|blade|bat|bottle|hammer|machete|screwdriver)\b|"
        # "doing something violent to your neighbour"
        r"\b(?:do|doing|did|done) something (?:violent|physical|bad|stupid) (?:to|against) "
        + PEOPLE
        + r"|\b(?:do|doing|did|done) something violent\b|"
        # "anyone at the moment you feel you want to kill or seriously injure?"
        r"\bany(?:one|body)\b[^.?!]{0,25}?\byou(?:'d like| (?:feel (?:like |you )?)?(?:want|"
        r"wanted|would like)) to (?:kill|hurt|harm|injure|seriously injure|attack)\b|"
        # "I going to cut him next time", "im gonna jump him" (not "cut him some slack")
        r"\b(?:cut|cutting|jump|jumping|jumped|shank\w*|stab up) (?:him|her|them|that guy|the guy|"
        r"that man|the man)\b(?! (?:off|out|some slack|loose|short|a deal|a break|in|down|dead|"
        r"up|free|into|a cheque|a check)\b)"
        # "she was cutting her forearms": her own body, self-harm told of another
        r"(?! (?:own )?(?:(?:fore)?arms?|legs?|wrists?|thighs?|skin|hair|face|hands?|fingers?|"
        r"stomach|belly|body|nails?|ankles?)\b)",
    ),
    cue(
        "abuse_or_neglect",
        # asked: "Has anyone at home ever hurt your son?"
        r"\bany(?:one|body)\b[^.?!]{0,25}?\b(?:hurt|hit|harm|touch|abuse)\w* your " + _KIN + r"\b|"
        # asked of childhood: "were you ever beaten or left without food"
        r"\b(?:were|was) you (?:ever |often )?(?:beaten|hit|abused|hurt|neglected|starved|left "
        r"without (?:food|care))\b|"
        # told of the children in one's care: "they don't get fed till evening", "the little
        # one's been in the same nappy all day"
        r"\b(?:they|the kids|the children|the baby|the little ones?)\b[^.?!]{0,10}? (?:don't|"
        r"doesn't|didn't|do not|does not|did not|never) (?:get )?fed\b|"
        r"\b(?:in|been in) the same (?:nappy|diaper)\b|"
        # someone in one's care locked in alone: "he locks her inside the house when he goes to
        # the boat, the whole day"
        r"\block(?:s|ed|ing)? (?:her|him|them|the kids|the children|the baby) (?:in|inside|into)\b"
        r"[^.?!]{0,60}?\b(?:the whole day|all day|all night|overnight|for hours|for days)\b|"
        # a family member's carer or another, doing it to them: "the carer at my mums home she
        # slaps her"; "she beats my small cousin with a belt"
        # (not another grown-up's partner: "My cousin's husband, they say he hits her", p24)
        r"\bmy " + _KIN + r"(?!(?:(?<=cousin)|(?<=sister)|(?<=brother)|(?<=aunt)|(?<=niece))'?s? "
        r"(?:husband|wife|partner|boyfriend|girlfriend|fella|fiance|fiancee)\b)'?s?\b"
        r"[^.?!]{0,60}?\b(?:she|he|they) (?:\w+ )?(?:slaps|slapped|hits|"
        r"beats|beat|kicks|kicked|punches|punched|pushes|shoves|pinches|pinched) (?:her|him)\b|"
        r"\b(?:beats|beat|hits|slaps|whips|belts) my (?:little |small |baby |younger )?"
        + _KIN
        + r"\b(?! (?:at|in) )",  # (not "I beat my brother at chess")
        by_client=True,
    ),
)
