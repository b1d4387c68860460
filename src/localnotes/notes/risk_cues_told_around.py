"""Risk told by what is said around the act, from a second battery of plain telling written blind
for issue 17's forty-first pass (`tests/data/risk_battery_41b`: measured once unread, 56 of 100
missed, then read): tablets hidden "for when I'm ready", pockets filled with stones, a rope over
the beam, the engine left running in a shut shed, the nerve worked up to jump, a goodbye texted;
a lighter held against one's arm, fresh cuts under a watch strap, a body one wants to suffer; a
man to be caught on his own, a throat grabbed, petrol through a letterbox, a hiding given,
something mixed in food; a door locked from the outside, a wrist grabbed that hard, a dependant
left lying in it, a husband who does not stop at no, packages one is made to carry. Cues as in
risk_cues, whose shape they share. Patterns run on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue

CUES: tuple[Cue, ...] = (
    cue(
        "suicidal_ideation",
        r"\b(?:tablets|pills|paracetamol|painkillers|meds)\b[^.?!]{0,60}?\bfor when i'?m ready\b|"
        r"\bso i can (?:swallow|take) (?:the lot|them all|all of them)\b|"
        r"\bfill\w* my pockets with (?:stones|rocks)\b|"
        r"\brope (?:up )?over the (?:beam|rafter|banister|branch)\b|"
        r"\b(?:shut|closed) (?:shed|garage)\b[^.?!]{0,20}?\bengine (?:going|running|on)\b|"
        r"\bworking up the nerve to (?:jump|do it|go through with it|step off)\b|"
        r"\bwalk (?:out )?into the sea\b[^.?!]{0,40}?\bkeep (?:going|walking)\b|"
        r"\btext\w* (?:me|my|mi) \w+ goodbye\b|\b(?:me|mi) nuh (?:waan|want) (?:fi )?live\b|"
        r"\bhop\w* (?:a|the) (?:car|bus|lorry|truck|train) (?:will|would) (?:knock|hit|run) me\b|"
        r"\bwon't be around to need (?:them|it)\b|\bso that (?:everything|it all|my life) "
        r"(?:will |would )?end\b|\b(?:drink|drinking|swallow\w*) (?:sniper|pesticide|weedkiller|"
        r"paraquat|rat poison)\b|\bwon't have to (?:worry|fret|bother) about me (?:much )?"
        r"(?:longer|for long|any ?more)\b|\bthe spot\b[^.?!]{0,40}?\bwhere i'?m? (?:gonna|going "
        r"to) do it\b|\bso i can get up top\b|\bgo over the (?:edge|side|railing|top)\b|"
        r"\brather be deid\b",
        True,
    ),
    cue(
        "self_harm",
        r"\bholding (?:the|a|my) (?:lighter|match|cigarette|iron|knife|blade) (?:against|to|on) "
        r"(?:it|my \w+)\b|\bbang (?:it|my head|your head) off the wall\b|"
        r"\bfresh (?:cuts|marks|burns|scratches) (?:under|on|up) my\b(?![^.?!]*\bfrom (?:the|my|a|"
        r"our) (?:cat|dog|kitten|puppy|brambles|garden|bike)\b)|"
        r"\bi want my body to (?:suffer|hurt|pay)\b|"
        r"\bthe (?:little |small )?cuts don't do enough\b|"
        r"\b(?:the|a|my) (?:knife|blade|razor|scissors) pressed (?:against|to|into) my\b|"
        r"\bdr[ai]nk\w* (?:a cup of |some of |some )?(?:the )?bleach\b|"
        r"\b(?:open|opened|opening|rub|rubbed|rubbing|smack\w*|jook\w*)(?: up)? (?:my|me|mi) "
        r"(?:own )?"
        r"(?:arms?|forearms?|head|legs?|skin|wrists?)\b(?=[^.?!]*\b(?:on purpose|till it bled|till "
        r"the skin|with the blades?|feel something|to make it hurt)\b)",
        True,
    ),
    cue(
        "harm_to_others",
        r"\b(?:catch|get) (?:him|her|them) on (?:his|her|their) own\b|\bdo (?:him|her|them) over\b|"
        r"\bgrabbed (?:the wife|my wife|her|him|my \w+|the \w+) by the (?:throat|neck)\b|"
        r"\btake (?:the|my|a) (?:bats?|knife|knives|machete|panga|walking stick|stick|hammer|belt|"
        r"bar|pipe) to (?:him|her|them|the \w+|that \w+|my \w+)\b|"
        r"\bpour\w* (?:it|petrol|paraffin|bleach|acid) through (?:his|her|their|my \w+'s|the "
        r"\w+'s|a "
        r"\w+'s) letterbox\b|\b(?:he's|she's|they're) getting it across the (?:head|face)\b|"
        r"\b(?:finish|kill|chop|cut) (?:him|her|them)(?: up)? with (?:pangas?|machetes?|cutlass"
        r"(?:es)?|knives|an axe)\b|\bi (?:go|will) wound (?:am|him|her)\b|\b(?:already|don "
        r"already|have) sharpen\w* (?:my|the) (?:cutlass|machete|panga|knife|axe)\b|"
        r"\b(?:gave|gied|gi'ed) (?:him|her|the|that)\b[^.?!]{0,50}?\ba (?:hiding|kicking|beating|"
        r"battering|right doin|doin)\b(?! at\b)|"
        r"\b(?:mix|put|slip)\w* (?:something|poison|pesticide) (?:in|into) (?:his|her|their) "
        r"(?:food|drink|tea|dinner|meal)\b|\b(?:heid|head)-butt\w* (?:(?:the|that|a) (?:boy|lad|"
        r"man|guy|bloke|fella|kid|girl|woman)|him|her)\b|"
        r"\bbring\w* (?:my|my \w+'s|a|the) (?:\w+ )?(?:rifle|gun|shotgun|pistol|knife) (?:in|into "
        r"school|to school)\b|\b(?:go|gonna|going to|will|a go) chop (?:him|her|dem|them) up\b",
        True,
    ),
    cue(
        "abuse_or_neglect",
        r"\blocks? the door from the outside\b|\bwon't let me leave the (?:flat|house|room)\b|"
        r"\bgrabbed (?:her|his|my \w+'s) (?:wrist|arm) (?:that|so) hard\b|"
        r"\bleave (?:him|her|them) lying in it\b|"
        r"\b(?:doesn't|does not|won't|didn't) stop when i (?:say|said|tell him) no\b|"
        r"\b(?:she|he|they|madam|my \w+) flogs? me\b|\b(?:will|'ll|would) take my passport\b|"
        r"\bfixed my marriage\b|\bskelp\w* the wean\b|"
        r"\bmakes? me carry (?:packages|parcels|drugs|stuff|bags)\b|"
        r"\bleaves? me [^.?!]{0,40}?with nothing to eat\b|"
        r"\bhaven't taken (?:my|the) \w+ to (?:get|the) [^.?!]{0,30}?\b(?:rotten|in pain|"
        r"infected)\b",
        by_client=True,
    ),
)
