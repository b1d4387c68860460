"""Risk told as in the probe p21 (written blind in issue 17's forty-fifth pass, read in its
forty-seventh), each made general: another person hurt seriously, asked; urges to "do them some
damage"; someone beaten with a bat or a stick; a child smacked round the head; a drive planned to
a quarry or a cliff and no coming back; blades bought "so I could cut"; a phone smashed or a car
sold so that one cannot go anywhere. Cues as in risk_cues, whose shape they share. Patterns run
on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue

_CHILD = (
    r"(?:lad|son|boy|girl|daughter|kid|child|little one|toddler|baby|wee one|youngest|eldest|"
    r"wean|bairn)"
)
_PERSON = (
    r"(?:father|mother|dad|mum|mom|man|guy|bloke|woman|lad|neighbour|neighbor|boss|husband|wife|"
    r"ex|brother|sister|cousin|landlord|kid)"
)
_DANGEROUS_PLACE = (
    r"(?:quarry|cliffs?|sea|river|lake|loch|reservoir|woods|forest|bridge|mountains?|hills|moors?|"
    r"motorway|railway|tracks|dam|pier|headland)"
)

CUES: tuple[Cue, ...] = (
    # "Have you ever seriously hurt another person?", "I badly injured someone else once"
    cue(
        "harm_to_others",
        r"\b(?:seriously|badly|really) (?:hurt|injured|harmed|injure|harm) (?:another person|other "
        r"people|another human being|a person|someone else|somebody else|someone|somebody)\b",
    ),
    # "urges to go round there and do them some damage"; "I'd beat the father with a bat"; "I
    # smacked my lad round the head so hard he fell over"
    cue(
        "harm_to_others",
        r"\bdo (?:them|him|her|you|that \w+|the \w+) (?:some |serious |real )?(?:damage|harm|an "
        r"injury|a mischief)\b|"
        r"\b(?:beat|beating|hit|hitting|smash|smashing|batter|battering|whack|whacking|club|"
        rf"clubbing|cave|caving) (?:the|that|this|my|his|her|their) (?:\w+ )?{_PERSON}(?:'s head)?"
        r"\b[^.?!]{0,15}?\bwith (?:a|the|my|his) (?:baseball |cricket |hurley |iron )?(?:bat|"
        r"stick|bar|hammer|club|bottle|brick|pole|crowbar|hurl(?:ey)?|spanner|wrench)\b|"
        r"\bi (?:smacked|slapped|hit|whacked|clouted|thumped|belted|cuffed|skelped|walloped) (?:my|"
        rf"the|our) (?:\w+ )?{_CHILD}\b[^.?!]{{0,30}}?\b(?:so hard|round the (?:head|face|ear)|"
        r"across the (?:head|face)|in the face|(?:he|she) fell)\b",
        True,
    ),
    # a drive planned and no coming back: "I'd take the car out to the quarry road and not come
    # back" (not "go to Spain and not come back": no place to die)
    cue(
        "suicidal_ideation",
        r"\b(?:i'd|i would|i'll|i will|i'm going to|i was going to|i plan to|i planned to|gonna) "
        rf"(?:\w+ ){{0,8}}?(?:to|into|off|over) (?:the |a )?(?:\w+ )?{_DANGEROUS_PLACE}\b"
        r"[^.?!]{0,25}?\b(?:and|to) (?:just )?(?:not|never) (?:come|coming) (?:back|home)\b"
        r"(?! (?:till|until|for|before|after|on|in|this|next|tonight|today|tomorrow|at)\b)",
        True,
    ),
    # blades bought "so I could cut" (not "so I could cut the cake")
    cue(
        "self_harm",
        r"\b(?:blades?|razors?|a knife|knives|lighter)\b[^.?!]{0,40}?\bso (?:that )?i (?:could|"
        r"can|would|'d|might) (?:cut|burn|hurt myself|bleed)\b(?! (?:the|a|an|it|them|some|"
        r"through|up|out|down|off)\b)",
        True,
    ),
    # a phone smashed or a car sold so that one cannot go anywhere: "My husband smashed my mobile
    # and sold my car so I can't go anywhere without him."
    cue(
        "abuse_or_neglect",
        r"\b(?:he|she|they|my (?:husband|wife|partner|boyfriend|girlfriend|ex|son|daughter|carer|"
        r"dad|father|mum|mother))(?: \w+)? (?:smashed|broke|took|hid|sold|destroyed|binned|threw "
        r"away|cut up) my (?:mobile|phone|car|car keys|keys|laptop|bank card|passport)\b"
        r"[^.?!]{0,60}?\bso (?:that )?i (?:can't|cannot|couldn't|can not|could not) (?:go|leave|"
        r"get|call|ring|phone|see|talk|contact|text)\b",
    ),
)
