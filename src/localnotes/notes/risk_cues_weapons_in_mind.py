"""Harm to others told by a weapon one was lucky not to have, a weapon readied or kept for the
one who wronged someone, a smothering pictured or an attack planned on a named wrongdoer; and
abuse or neglect told by children locked in overnight or unfed, and by a worker's phone and
passport taken or her being kept in (issue 17's fifty-fourth pass, from the probe p28's misses,
each made general). Cues as in risk_cues, whose shape they share. Patterns run on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue

#: what one fights with
_WEAPON = (
    r"(?:knife|blade|machete|bat|baseball bat|gun|pistol|rifle|shotgun|revolver|shank|axe|hatchet|"
    r"hammer|crowbar|tyre iron|tire iron|panga|piece|knuckle-?dusters?|cosh|sjambok|sword)"
)
#: what one did to be wronged: "the lads who jumped my cousin"
_WRONGED = (
    r"(?:grassed|snitched|ratted|hurt|bashed|robbed|attacked|stabbed|jumped|mugged|ripped|cheated|"
    r"touched|messed|battered|beat|shot|glassed|assaulted|raped|interfered|abused|conned|scammed)"
)
#: a child in one's care
_CHILDREN = (
    r"(?:the|my|our|his|her) (?:boys|girls|kids|children|son|daughter|twins|little ones?|baby|"
    r"grandkids|grandchildren|stepkids|stepson|stepdaughter|youngest|eldest|toddler)"
)

CUES: tuple[Cue, ...] = (
    cue(
        "harm_to_others",
        # a weapon one was lucky not to have: "she's lucky I didn't have the bat with me" (not
        # "lucky I didn't have my umbrella", nor "lucky I had my knife to cut the rope")
        rf"\b(?:he|she|they|you|him|her|them|the \w+)(?:'s|'re| is| are| was| were) (?:\w+ )?lucky "
        rf"i (?:didn't|did not|wasn't|hadn't|never|had not) (?:have|had|got|carry|carrying|bring|"
        rf"brought|have got|got hold of) (?:my|a|the|me|his) {_WEAPON}\b|"
        # a weapon readied while thinking of the one who wronged someone: "sharpening my machete
        # thinking about the man who robbed my dad" (not "cleaning my rifle thinking about the
        # deer season", nor "thinking of my grandad who gave it me")
        rf"\b(?:clean\w*|cleanin'?|oil\w*|oilin'?|load\w*|loadin'?|sharpen\w*|sharpenin'?|polish\w*"
        rf"|check\w*) (?:my|the|me|his|dad's) {_WEAPON}\b[^.?!]{{0,60}}?\b(?:thinking|thinkin'?|"
        rf"thought|picturing|dreaming) (?:about|of|bout|'bout|on) (?:(?:that|the|this) (?:\w+ )"
        rf"{{1,2}}(?:who|that) (?:\w+ )?{_WRONGED}|what i'?(?:d|ll) do to)\b|"
        # a weapon kept for meeting the one who wronged someone: "you carry a bat in the van in
        # case you see the lads who jumped your cousin?" (not "a knife in the car in case I need
        # to cut rope", nor "in case I run into traffic")
        rf"\b(?:keep|kept|keeps|keeping|carry|carries|carrying|carried|got|have|'ve got|bring|"
        rf"brings|bringing) (?:a|the|my|me|your|his) {_WEAPON}\b[^.?!]{{0,60}}?\bin case (?:i|you|"
        rf"we|he) (?:run into|see|bump into|meet|come across|find|catch|ever see) (?:the|that|"
        rf"those|these) (?:\w+ ){{1,2}}(?:who|that) (?:\w+ )?{_WRONGED}\b|"
        # a smothering pictured: "images of pressing a cushion over the baby's face", "holding a
        # pillow on my wife's face" (not "a pillow over my face to block the light": one's own)
        r"\b(?:put\w*|hold\w*|press\w*|push\w*|smother\w*) (?:a|the|my|his|her) (?:pillow|cushion|"
        r"plastic bag|bag) (?:over|on|onto|down on|against) (?:(?:my|the|our|his|her) (?:\w+ )?\w+"
        r"(?:'s|s')|his|her|their|the baby's) face\b|"
        # an attack planned on a named wrongdoer: "still planning to sort out the bloke who robbed
        # your nan?" (not "planning to do the guy who fixed the roof a favour": no wrong done)
        rf"\bplan\w* (?:to|on) (?:do|doing|sort out|sorting out|get|getting|go after|going after|"
        rf"deal with|dealing with|see to|seeing to) (?:that|the|this) (?:\w+ ){{1,2}}(?:who|that) "
        rf"(?:\w+ )?{_WRONGED}\b",
        False,
    ),
    cue(
        "abuse_or_neglect",
        # children locked in overnight or unfed, by the client too: "I shut the kids in their
        # bedroom all night", "lock my son in his room without dinner" (not "lock the kids in the
        # car while I pay", nor "the boys lock themselves in their room to game")
        rf"\b(?:lock|locks|locked|locking|shut|shuts|shutting) {_CHILDREN}\b (?:up )?in (?:their|"
        r"his|her|the) (?:room|bedroom|rooms|cupboard|shed|cellar|basement|garage|attic)\b[^.?!]"
        r"{0,60}?\b(?:without (?:any |their |a )?(?:tea|dinner|supper|food|anything to eat|meal|"
        r"water|breakfast|lunch)|(?:from|at) \w+ (?:till|until|to|til) (?:the )?(?:morning|"
        r"breakfast|daylight)|all night|overnight|for hours|all day|all weekend|every night)\b",
        False,
        by_client=True,
    ),
    cue(
        "abuse_or_neglect",
        # a worker's phone and passport taken, or her kept in: "sir took away my phone and my
        # papers", "the boss has my passport; I am not allowed out" (not "they took my passport
        # at the border", nor "the embassy kept my passport for the visa")
        r"\b(?:madam|madame|ma'am|sir|boss|employer|sponsor|agent|family|husband|wife|in-laws|"
        r"mother-in-law|he|she|they) (?:took|has taken|had taken|takes|kept|keeps|has kept|"
        r"confiscated|collected|has|holds) (?:away )?my (?:phone and (?:my )?|phone,? |papers and "
        r"(?:my )?)?(?:passport|papers|documents|id card)\b(?! (?:to|for) (?:renew|the visa|"
        r"safekeeping|safe keeping))(?![^.?!]*\b(?:border|airport|customs|immigration|embassy|"
        r"consulate|visa office|police|check-in|hotel|reception)\b)|"
        r"\bi work (?:from )?\w+ (?:until|till|to|til) \w+\b[^?!]{0,60}?\bi(?:'m| am) not allowed "
        r"(?:outside|out|to go out|to leave|to go outside)\b",
        True,
    ),
)
