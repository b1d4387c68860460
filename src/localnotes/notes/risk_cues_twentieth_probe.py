"""Risk told as in the probe p20 (written blind in issue 17's forty-fourth pass, read in its
forty-sixth), each made general: a dream "about not waking up"; every tablet in the house
swallowed; ways to end it "searched up"; marks or burns on one's arms found or seen by someone;
picturing caving someone's head in; a weapon at hand and the time the other finishes work known;
following someone home with a knife; a pension taken; a threat to keep quiet ("if I tell them
anything it'll be worse"); sat in the same wet pad for days; a particular person one has thought
about hurting, or a weapon one has thought of using on someone, asked; children left without an
adult, asked. Cues as in risk_cues, whose shape they share. Patterns run on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue
from localnotes.notes.risk_phrases import CARRIED_WEAPON as WEAPON

_LIMB = r"(?:arms?|wrists?|legs?|thighs?|stomach|tummy|hips?|forearms?|skin|hands?|ankles?)"

CUES: tuple[Cue, ...] = (
    # "the dream is mostly about not waking up" (not "dreaming about not waking up late")
    cue(
        "suicidal_ideation",
        r"\b(?:dream|dreams|dreaming|wish|wishing|hoping)(?: is| are| was)? (?:mostly |all |just |"
        r"only )?(?:about|of) not (?:waking|wake) up\b(?! (?:early|late|at|before|in time|for|on "
        r"time)\b)",
        unnamed=True,
    ),
    # "I swallowed every tablet in the house" (not "every tablet in the packet is a different
    # colour")
    cue(
        "suicidal_ideation",
        r"\bi (?:swallowed|took|necked|downed|had|'d taken|had taken|'ve taken) (?:every|each) "
        r"(?:single )?(?:tablet|pill|painkiller|capsule)s? (?:i had|i could find|i owned|in the "
        r"(?:house|cupboard|drawer|flat|cabinet|box|packet))\b",
        True,
    ),
    # "I keep searching up ways to end it on my phone"
    cue(
        "suicidal_ideation",
        r"\bi(?:'ve| have)?(?: been| keep| kept)? (?:search(?:ing|ed)?|look(?:ing|ed)?) up (?:ways|"
        r"how|methods) to (?:end it|end my life|die|kill myself|top myself|do it|not wake up)\b",
        True,
    ),
    # the marks or burns on one's arms found or seen by someone (not burns "from the oven")
    cue(
        "self_harm",
        r"\b(?:found|saw|seen|noticed|spotted|clocked) (?:the|my) (?:burns|cuts|marks|scars|"
        rf"scratches|fresh marks|new marks) on my {_LIMB}\b(?![^.?!]{{0,40}}?\b(?:from|off) "
        r"(?:the|a|"
        r"my) (?:oven|stove|fire|kettle|iron|accident|fall|bike|dog|cat|sun|chemo|kitchen|work)\b)",
        True,
    ),
    # picturing caving someone's head in
    cue(
        "harm_to_others",
        r"\b(?:cave|caving|caved|cave in|smash|smashing|bash|bashing|kick|kicking) (?:his|her|"
        r"their|(?:my |the |that |this )?\w+'s|someone's|somebody's) (?:head|skull|face) in\b",
    ),
    # a weapon at hand, and when the other finishes known: "I've got my uncle's rifle in the ute
    # now and I know what time he knocks off"
    cue(
        "harm_to_others",
        rf"\b{WEAPON}\b[^.?!]{{0,60}}?\bi (?:know|found out|worked out|learned|checked) (?:what "
        r"time|when|where) (?:he|she|they) (?:knocks? off|finish(?:es)?|leaves?|gets? (?:home|"
        r"off|out)|walks?|parks?|lives?|drinks?)\b",
        True,
    ),
    # "my cousin saw me follow that guy home with a knife in my jacket"
    cue(
        "harm_to_others",
        r"\b(?:follow|followed|following|tail|tailed|tailing) (?:\w+ ){0,3}?(?:home|to (?:his|her|"
        rf"their) (?:house|car|place|flat)) with (?:a|the|my) {WEAPON}\b(?! (?:set|block|"
        r"sharpener|rack))",
    ),
    # a pension or benefits taken: "My son's been taking my whole pension every fortnight"
    cue(
        "abuse_or_neglect",
        r"\b(?:has|'s|have|'ve) been (?:taking|keeping|spending|drawing|pocketing) (?:all (?:of "
        r")?)?"
        r"my (?:whole |entire |full )?(?:pension|benefits?|disability money|allowance|savings)\b",
    ),
    # a threat to keep quiet: "Dad says if I tell them anything it'll be worse"
    cue(
        "abuse_or_neglect",
        r"\b(?:says|said|told me|tells me|warned me)(?: that)? if i (?:tell|told|say|said) "
        r"(?:them|anyone|anybody|someone|somebody|the \w+|you)(?: anything)?,? (?:it'll|it will|"
        r"it's going to|things will|he'll|she'll|they'll) (?:be worse|get worse|be sorry|hurt me|"
        r"kill me|beat me)\b",
    ),
    # "I've been sat in the same wet pad since Monday"
    cue(
        "abuse_or_neglect",
        # (and "Mum's been in the same pad for days", p21)
        r"\b(?:sat|sitting|lying|lain|lay|left|stuck|been) in (?:the )?same (?:wet |dirty |soiled |"
        r"soaking )?(?:pad|nappy|nappies|incontinence pad|sheets|bedding|clothes)\b(?: (?:since|"
        r"for|all))",
        unnamed=True,
        by_client=True,
    ),
    # asked: "Is there a particular person you've been thinking about hurting?", "a weapon ...
    # that you've thought about using on someone?"
    cue(
        "harm_to_others",
        r"\b(?:person|people|someone|somebody|anyone|anybody)(?: in particular)? (?:that "
        r")?you(?:'ve|"
        r" have)? (?:been )?(?:thinking|thought) (?:about|of) (?:hurting|harming|attacking|"
        r"killing)\b|"
        rf"\b{WEAPON}\b[^.?!]{{0,40}}?\b(?:that )?you(?:'ve| have)? (?:thought|been thinking) "
        r"(?:about|of) using on (?:someone|somebody|anyone|anybody|him|her|them|people)\b",
    ),
    # asked: "Are your children ever left at home without an adult for long stretches?"
    cue(
        "abuse_or_neglect",
        r"\b(?:children|kids|little ones|son|daughter|baby|toddler|boys?|girls?|twins)(?: ever)? "
        r"(?:are |is |get |"
        r"got |"
        r"been )?(?:ever )?left (?:at home |home )?(?:(?:alone|on (?:their|his|her) own|by "
        r"(?:themselves|himself|herself)),? )?without (?:an? (?:adult|grown-?up|carer|"
        r"babysitter)|(?:enough |any )?(?:food|to eat)|anyone|anybody)\b",
        unnamed=True,
        by_client=True,
    ),
)
