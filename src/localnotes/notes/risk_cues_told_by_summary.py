"""Risk in the words clinicians sum it up with and clients tell it by, from the blind set
ay01-ay22, read in issue 17's forty-third pass after it was measured blind in the forty-second,
each made general: a death hastened by a medicine left off ("hoping your heart will give out and
you'll die sooner"); another's life ended with one's own ("ending Binu's life with you"), or a
dependant's tablets all given and one's own taken after; an old person left without enough to
eat, food kept from one or counted out, a pantry kept locked, a pension paid to a son with no
say over it; someone threatened by text or by name; a weapon carried to scare someone; a
condition with a weapon ready ("if he comes round again, there's the bat by the door"). Cues as
in risk_cues, whose shape they share. Patterns run on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import PEOPLE, Cue, cue
from localnotes.notes.risk_phrases import WEAPON

#: someone coming back, the condition a threat is put on
_COMES = (
    r"(?:comes?|came|turns? up|shows? (?:up|(?:his|her|their) face)|sets? foot|comes? (?:round|"
    r"near|back|over|by|here)|touch(?:es)? (?:me|her|him|them|the kids)|lays? a (?:finger|hand))"
)
#: an old or young one in someone's care, or the client
_KEPT_FROM = r"(?:me|you|him|her|them|us|my (?:dad|mum|mam|mom|father|mother|nan|gran))"

# a condition with a weapon ready: "if he comes round again he's getting the bat", "there's
# the bar by the door if she turns up again" (the speaker's own threat: `READY`)
_READY_CUE = cue(
    "harm_to_others",
    rf"\bif (?:he|she|they|that \w+|[a-z]+) (?:ever |so much as )?{_COMES}\b[^.?!]{{0,60}}?"
    rf"\b(?:(?:he's|she's|they're|he is|she is|they are) (?:getting|gonna get|going to get) "
    rf"(?:it|the {WEAPON}|what'?s coming)|(?:i've got|there's|i keep|i have) (?:a|the|my) "
    rf"{WEAPON}\b)|"
    rf"\b(?:i've got|there's|i keep|i have) (?:a|the|my) {WEAPON} (?:by|behind|under|next to) "
    rf"(?:the|my) \w+\b[^.?!]{{0,30}}?\bif (?:he|she|they|[a-z]+) (?:ever |so much as )?"
    rf"{_COMES}\b|"
    # "If my stepdad lays a finger on my mum again, he won't get up."
    rf"\bif (?:he|she|they|[a-z]+|my \w+) (?:ever |so much as "
    rf")?{_COMES}\b[^.?!]{{0,40}}?\b(?:he|"
    r"she|they) (?:won't|will not|wont) (?:get up|walk again|be getting up|walk away)\b",
)
#: a condition with a weapon ready, the speaker's own threat whoever is named in it
READY = _READY_CUE.pattern

CUES: tuple[Cue, ...] = (
    # a death hastened: "hoping your heart will give out and you'll die sooner", "so I'd go a
    # bit sooner" (not "I'd die sooner than apologise": rather than)
    cue(
        "suicidal_ideation",
        r"\b(?:hoping|hope|hoped|so|wanting|wanted|in the hope)\b[^.?!]{0,50}?\b(?:i|you|i'd|"
        r"i'll|you'd|you'll|she'd|he'd)(?: would| will| might| could)? (?:die|go|pass|be gone) "
        r"(?:a (?:bit|little|wee bit|lot) )?(?:sooner|quicker|faster|earlier)\b(?! than\b)|"
        r"\b(?:hoping|in the hope|so that|so|wanting)\b[^.?!]{0,20}?\b(?:my|your|the|her|his) "
        r"(?:old )?(?:heart|ticker) (?:will |would |'ll |'d |might |could )?(?:gives? out|giving "
        r"out|packs? (?:up|in)|gives? up|conks? out|stops? for good)\b",
    ),
    # another's life ended with one's own: "thoughts of ending Binu's life with you"; all of
    # a dependant's tablets given and one's own taken after
    cue(
        "harm_to_others",
        r"\bend(?:ing|ed|s)? (?:(?:my|your|his|her|their|the) )?(?:[a-z-]+'s|his|her|their|the "
        r"(?:kids'|children's|baby's)) (?:life|"
        r"lives) (?:too |as well )?(?:with|along with) (?:you|me|mine|yours)\b|"
        r"\b(?:giv(?:e|es|ing)|gave) (?:him|her|them|my \w+) all (?:of )?(?:his|her|their) "
        r"(?:tablets|pills|meds|medicines?)\b[^.?!]{0,50}?\b(?:and (?:then )?(?:i |you )?(?:also "
        r")?(?:take|took|taking) (?:mine|my own|all of mine|yours|your own)|all of them|all at "
        r"once|in one go)\b",
    ),
    # an old person left without enough to eat, food kept from one or counted out, a pantry
    # kept locked, a pension paid to a son with no say over it
    cue(
        "abuse_or_neglect",
        r"\b(?:i'm|i am|i was|you're|you are|you were|he's|she's|he is|she is) left\b[^.?!]{0,50}?"
        r"\bwithout (?:enough |any(?:thing)? )?(?:food|to eat|anything to eat|water|heat|heating|"
        r"meals?|my (?:medicine|tablets|pills)|your (?:medicine|tablets|pills))\b|"
        rf"\b(?:the )?(?:food|meals?|pantry|fridge) (?:is|was|gets|got) (?:kept|locked)(?: "
        rf"locked| away)? "
        rf"from {_KEPT_FROM}\b|\bkeeps? (?:the )?(?:food|meals?) from {_KEPT_FROM}\b|"
        r"\b(?:he|she|they|my [\w-]+) (?:counts|counted|counting) (?:the|my|every) (?:roti|"
        r"chapatis?|bread|slices?|biscuits|food|meals?|eggs|tortillas)\b|"
        r"\b(?:pantry|fridge|food|cupboard|kitchen)\b[^.?!]{0,50}?\b(?:keeps|kept) (?:it|them) "
        r"(?:closed|locked|shut)\b|"
        r"\b(?:pension|benefits?|wages?|old age security|allowance|salary|savings)\b[^.?!]{0,60}?"
        r"\b(?:i|you|he|she) (?:don't|do not|doesn't|does not|never) (?:have|get|see) (?:any )?"
        r"(?:control|a say|access|a penny|a cent|any of it)\b",
    ),
    # someone threatened by text or by name: "So you threatened Connor by text"
    cue(
        "harm_to_others",
        r"\b(?:threatening|threatened|threaten|threatens) [a-z]+ (?:by|in an?|over(?: the)?|on|"
        r"via) "
        r"(?:text|phone|message|dm|snapchat|whatsapp|instagram|email|voicemail)s?\b",
    ),
    # a weapon carried to scare someone: "I put my dad's Stanley knife in my school bag"... "to
    # scare him", "you took a knife in your bag meaning to scare him"
    cue(
        "harm_to_others",
        rf"\b(?:put|puts|took|take|taking|carried|carry|carrying|packed|brought|bring|had)\b"
        rf"[^.?!]{{0,30}}?\b{WEAPON}s?\b[^.?!]{{0,50}}?\b(?:meaning|wanting|planning|going|"
        rf"gonna)? ?to (?:scare|frighten|threaten|hurt|use (?:it|them) on) {PEOPLE}",
    ),
    _READY_CUE,
)
