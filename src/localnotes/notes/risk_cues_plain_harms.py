"""Harm to others and abuse told as plain acts, without a clinical word, from the battery of plain
telling written blind for issue 17's forty-first pass (see `risk_cues_plain_acts`): a pillow held
over a face, a nose broken, a house set on fire with the family inside, poison put in a drink,
acid thrown, a head held under water, a throat to be cut, an ear bitten off, a weapon taken round
to where someone lives; a parent locked in her room, a wage taken, a pension taken by one who
shouts when it is asked for, children without a proper meal, a carer who slaps, a child left in
the car for hours, a dependant left lying in his own mess, one of the family hitting another.
Cues as in risk_cues, whose shape they share. Patterns run on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue
from localnotes.notes.risk_phrases import WEAPON, WHOSE

#: someone close, in the family, as the client names them
_FAMILY = (
    r"(?:mum|mam|mom|mother|dad|father|gran|nan|nana|grandma|granny|grandad|lola|lolo|sister|"
    r"brother|little \w+|baby|kids?|son|daughter|wife|husband|auntie|aunt|uncle|[\w]+-in-law)"
)

CUES: tuple[Cue, ...] = (
    cue(
        "harm_to_others",
        rf"\b(?:hold|holding|held|put|press\w*) a pillow over {WHOSE} face\b|"
        r"\bi (?:\w+ )?(?:broke|smashed|busted|split) (?:his|her|their) (?:nose|jaw|cheekbone|"
        r"ribs|arm|hand|fingers|teeth|head)\b|"
        r"\b(?:i|ah)\b[^.?!]{0,60}?\bbroke (?:his|her|their) (?:nose|jaw|cheekbone|ribs)\b|"
        rf"\bset fire to {WHOSE} (?:house|flat|home|car|shop)\b|"
        r"\b(?:putting|put|slipping|slipped|adding|added) (?:rat poison|poison|bleach|antifreeze|"
        rf"laxatives|crushed \w+) (?:in|into) {WHOSE} (?:food|drink|milk|tea|coffee|dinner|"
        r"water|meal|juice)\b|"
        r"\bthrow(?:ing)? acid (?:on|at|in|over)\b|"
        rf"\bheld {WHOSE} (?:\w+ )?head under\b|\bheld (?:him|her) under (?:the )?water\b|"
        rf"\bcut {WHOSE} throat\b|"
        rf"\bbit (?:a |the )?(?:{WHOSE} |[\w-]+'s )?(?:ear|nose|finger|lip)\b|"
        r"\bto see when (?:he|she)'s (?:alone|on (?:his|her) own)\b|"
        r"\bwhich (?:\w+ )?(?:in my \w+ )?i'?d (?:shoot|stab|kill|hurt) first\b|"
        r"\b(?:the|those|these) \w+ (?:i|that i) (?:want to|wanna|am going to|'m going to|plan to) "
        r"(?:hurt|kill|stab|shoot|hit|batter)\b|"
        # "I know where dem live, and I'm going round there Friday with the cutlass"
        rf"\bi know where (?:he|she|they|dem|dey) (?:lives?|stays?|works?|parks?|drinks?)\b"
        rf"[^.?!]{{0,60}}?\bwith (?:a|the|my) {WEAPON}\b|"
        rf"\bcame back with (?:a|the|my) {WEAPON} and (?:smashed|hit|broke|beat|battered|went "
        r"for|attacked|threatened|stabbed|shot)\b|"
        # "giving too much morphine so he'd stop ringing that bell for good"
        r"\bgiving (?:him|her|them|a patient|the patient)? ?too much (?:morphine|insulin|\w+) so "
        r"(?:he|she|they)(?:'d| would) (?:stop|die|go)\b",
        True,
    ),
    cue(
        "abuse_or_neglect",
        # "my brother locks her in her bedroom when he goes to the pub"; "I lock my young lad in
        # the cupboard"
        r"\block(?:s|ed|ing)? (?:her|him|them|me|mum|mam|dad|gran|nan|the kids|my (?:young )?\w+) "
        r"in (?:her|his|their|my|the|a) (?:bed)?(?:room|cupboard|shed|garage|cellar|box)\b|"
        r"\b(?:takes|took|taking|keeps|kept) my (?:whole |entire )?wage\b|"
        r"\b(?:shouts|screams|yells|goes mad|kicks off|hits me)(?: at me)? (?:if|when) i ask "
        r"(?:for|about) (?:my|ma) (?:money|card|bank card|pension|benefits)\b|"
        r"\b(?:the kids|my kids|the children|the baby|they) (?:haven't|have not|hasn't|didn't|"
        r"did not) (?:had|eaten|had a bite of) (?:a proper meal|anything|a meal|food|a hot meal)\b"
        r"(?! (?:today|this morning|yet)\b)|"
        r"(?<!\bi )(?<!\bto )\b(?:push\w*|shov\w*|kick\w*) (?:me|mi) down (?:the|di|de) stairs\b|"
        rf"\b(?:he|she|they|my [\w-]+) burn(?:s|ed|t)? my (?:hands?|arms?|legs?|skin|fingers)\b|"
        r"\b(?:makes?|made|making) me (?:sleep with|have sex with|go with)\b|"
        r"\b(?:the|my|his|her|their) carer\b[^.?!]{0,40}?\b(?:slaps|hits|pushes|shoves|pinches|"
        r"punches|smacks|kicks|slapped|hit|pushed|shoved|pinched|punched|kicked) (?:him|her|them|"
        r"me)\b|"
        r"\bleft (?:wee |little |the |my |our )?\w+ (?:in the (?:car|motor|van)|alone|on (?:his|"
        r"her|their) own)\b[^.?!]{0,40}?\bfor (?:\w+ )?(?:hours?|the night|all night|the whole)\b|"
        r"\blies? in (?:his|her|their) own (?:mess|urine|faeces|waste|filth|wee)\b[^.?!]{0,20}?"
        r"\bfor (?:days|hours|the whole|a day|two days)\b|"
        r"\bcan't be bothered (?:changing|feeding|washing) (?:him|her|them)\b|"
        rf"\bmy [\w-]+ (?:punches|hits|slaps|kicks|beats|punched|slapped|kicked|pushes|shoves|"
        rf"chokes|choked) my {_FAMILY}\b(?![^.?!]*\b(?:play[- ]?fight\w*|messing about|mucking "
        r"about|joking|for fun|in fun)\b)",
        by_client=True,
    ),
)
