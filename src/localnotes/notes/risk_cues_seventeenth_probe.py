"""Risk in the words of the seventeenth probe (benchmarks/data/risk_probes/p17), read in issue 17's
forty-third pass after two passes blind, each made general: a jump planned with no one to jump
on; a step in front of "one"; not planning on being alive much longer, or not alive by a date; a
weapon one said one would use on someone; a fight started; a face to be mashed up; waiting for
someone with a weapon; someone to be put over the side; money taken out of another's account
without her say-so, a bank card used till a pension is gone; a passport held; carers rough with
someone; an arm twisted up behind one's back; a debt one cannot leave until it is paid; small
children on their own overnight; scissors taken to one's leg; an arm "done" with a blade. Cues as
in risk_cues, whose shape they share. Patterns run on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import PEOPLE, Cue, cue
from localnotes.notes.risk_phrases import WEAPON

#: not shaving or trimming: "I took a razor to my legs to shave"
_NOT_GROOMING = r"(?![^.?!]{0,25}\b(?:shav\w*|wax\w*|trim\w*|epilat\w*)\b)"
#: one who looks after someone, or family
_CARER = (
    r"(?:(?:the|your|my|his|her) )?(?:carers?|nurses?|aides?|husband|wife|partner|boyfriend|"
    r"girlfriend|son|daughter|dad|mum|mam|mom|father|mother|stepdad|stepmum|brother|sister)"
)
#: a body part one harms
_BODY = r"(?:legs?|arms?|wrists?|thighs?|stomach|belly|hips?|forearms?|ankles?|skin)"

CUES: tuple[Cue, ...] = (
    cue(
        "suicidal_ideation",
        # a jump planned with no one named to jump on: "were you planning to jump?"
        r"\bplann\w* (?:to|on) jump(?:ing)?(?: off| from)?(?=\s*(?:[?.!,;]|$|\b(?:off|from|in "
        r"front|into|tonight|today|that|then)\b))|"
        r"\b(?:step|stepping|walk|walking|throw (?:myself|yourself)|jump|jumping) (?:out )?in "
        r"front of (?:one|it)\b(?=\s*(?:[?.!,;]|$))|"
        r"\b(?:weren't|wasn't|were not|was not|not|aren't|am not|i'm not|you're not) planning on "
        r"(?:being|staying) (?:alive|around|here)(?: (?:much|any) longer| for (?:long|much "
        r"longer))?\b|"
        r"\b(?:won't|will not|wont|shan't) be (?:alive|here|around) (?:by|come|after) (?:christmas|"
        r"easter|new year|the new year|my birthday|next \w+|the (?:end|summer|spring|autumn|"
        r"winter)|"
        r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|"
        r"august|september|october|november|december)\b",
        unnamed=True,
    ),
    cue(
        "harm_to_others",
        rf"\b{WEAPON}s? (?:that )?(?:you|i) (?:said|told \w+) (?:you'd|i'd|you would|i would|"
        rf"you'll|"
        rf"i'll) use on {PEOPLE}|"
        r"\b(?:start|started|starting|starts) (?:a|the) (?:fight|scrap|punch-up|brawl|ruck|"
        r"fist ?fight)\b|"
        r"\bmash (?:up )?(?:his|her|their|your|[a-z]+'s) (?:face|head)\b|"
        rf"\bwait(?:ing)? for {PEOPLE}\b[^.?!]{{0,50}}?\bwith (?:a|the|my) (?:\w+ )?{WEAPON}\b|"
        r"\bput (?:him|her|them|the \w+|that \w+) over the side\b",
    ),
    cue(
        "abuse_or_neglect",
        r"\b(?:tak(?:e|es|en|ing)|took) money out of (?:your|my|his|her|[a-z]+'s|[a-z]+ [a-z]+'s) "
        r"(?:bank )?account without\b|"
        r"\b(?:using|uses|used|took|takes|taking) (?:[a-z]+'s|her|his|my) (?:bank )?card\b"
        r"[^.?!]{0,60}?\b(?:gone|nothing (?:left|in)|empty)\b|"
        # a passport held by an employer, an agency or a partner (not "the embassy kept it")
        r"\b(?:he|she|they|(?:my|your|the) (?:employer|boss|husband|wife|partner|sponsor|agent|"
        r"agency|family|madam|manager))\b[^.?!]{0,12}?\b(?:still )?(?:has|have|had|keeps?|kept|"
        r"took|"
        r"takes|holds?|held|holding(?: on)?(?: to)?) "
        r"(?:on to |onto )?(?:my|your|our) passports?\b(?! (?:photos?|pictures?|numbers?|details|"
        r"renewal|forms?|application))|"
        # someone in one's care or family rough with one (not a store detective making an arrest)
        rf"\b{_CARER} (?:is|are|was|were|has been|have been|gets?|got) (?:a bit "
        r"|quite |very |too )?rough with (?:you|me|him|her|them|your \w+|my \w+)\b|"
        rf"\b(?:is|are|was|were) (?:{_CARER}|he|she|they) (?:a bit |quite |very |too )?rough "
        rf"with (?:you|me|"
        r"him|her|them|your \w+|my \w+)\b|"
        r"\bhad my (?:arm|wrist|hand) (?:twisted|pinned|held|yanked) (?:up )?behind my back\b",
    ),
    # bonded: "they say I cannot leave until the debt is finish"
    cue(
        "abuse_or_neglect",
        r"\b(?:can't|cannot|can not|not allowed to|won't let me) leave (?:until|till|before) "
        r"(?:the|my) debt\b",
        True,
    ),
    # small children on their own overnight, told by the one who left them
    cue(
        "abuse_or_neglect",
        r"\b(?:the (?:twins|kids|children|baby|little ones?)|my (?:kids|children|twins|little "
        r"ones?)) "
        r"(?:have|has|had) been (?:on their own|alone|by themselves|home alone) overnight\b",
        by_client=True,
    ),
    cue(
        "self_harm",
        rf"\b(?:took|taken|take|taking) (?:the |a |my )?(?:kitchen |craft |nail )?(?:scissors|"
        rf"blade|razor|knife|compass|sharpener) to (?:the (?:top|inside|back) of )?my {_BODY}\b"
        rf"{_NOT_GROOMING}|"
        rf"\b(?:did|done|do|doing) my {_BODY} (?:again )?with (?:a|the|my) (?:\w+ )?(?:blade|razor|"
        rf"knife|sharpener|compass|scissors)\b{_NOT_GROOMING}",
        True,
    ),
)
