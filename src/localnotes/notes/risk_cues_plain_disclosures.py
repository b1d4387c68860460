"""Risk told plainly, unasked or in passing, in words of a battery written for issue 17's
fortieth pass (not from any dialog or probe: to see what plain telling the cues missed): a long
time stood on a bridge, the razor "ended up" with, planning how one would do it, all one's
tablets taken with a bottle; someone knocked to the ground, "the next person who looks at me
wrong"; children not fed, a parent pushed about, "he makes me do things to him", "nobody will
believe me"; a diary card's urge "acted on". Cues as in risk_cues, whose shape they share.
Patterns run on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue

#: a high place one could jump from
_HIGH = r"(?:bridge|ledge|cliff|cliff edge|roof|rooftop|car park roof|top floor|viaduct|edge)"

CUES: tuple[Cue, ...] = (
    cue(
        "suicidal_ideation",
        # "I stood on the bridge for a long time" (not "... watching the boats"); "planning how
        # I'd do it"; "I took all my tablets with a bottle of vodka"
        r"\bi (?:stood|was standing|sat|was sitting) (?:on|at|by) (?:the|a) (?:edge of the )?"
        + _HIGH
        + r"\b[^.?!]{0,20}?\b(?:for (?:a long time|ages|hours|an hour|a while)|looking down|and "
        r"looked down)\b(?!,? (?:watching|looking at|taking (?:photos|pictures)))|"
        r"\bplann?ing (?:out )?how (?:i'd|i would|i'll|i will|i'm going to|to) (?:do it|end it|end "
        r"things)\b|"
        # "I've stopped taking my tablets and I've been saving them up"; "drive really fast on the
        # motorway and hope something happens"; "I googled the tallest buildings in town"
        r"\b(?:tablets|pills|meds|medication|medicine|paracetamol|painkillers|antidepressants|"
        r"sleepers|prescriptions?)\b[^.?!]{0,40}?\b(?:saving|"
        r"stockpiling|hoarding|stashing|collecting) (?:them|it)(?: up)?\b|"
        r"\bdriv\w* (?:really |too |very |so )?fast\b[^.?!]{0,40}?\b(?:hop\w*|wish\w*) (?:that )?"
        r"(?:something (?:happens|will happen|would happen)|i crash|a crash|an accident)\b|"
        r"\b(?:googl\w*|look\w* up|search\w*(?: for)?|research\w*) (?:the )?(?:tallest|highest) "
        r"(?:buildings?|bridges?|car parks?|cliffs?|blocks?)\b|"
        r"\btook (?:all|every one|the lot|the whole lot) (?:of )?(?:my|the|her|his) (?:\w+ )?"
        r"(?:tablets|pills|meds|medication|painkillers)\b[^.?!]{0,15}?\bwith (?:a |the |half a )?"
        r"(?:bottle|vodka|wine|whisky|whiskey|gin|alcohol|drink|cans)\b|"
        # "I was going to take the lot, with the bottle of vodka I'd bought" (aw07; not "going to
        # take the lot back to the shop", "take them all to the vet")
        r"\b(?:i was|i am|i'm|i'd been|i had been) (?:going|gonna|about|planning|meaning|ready) "
        r"(?:to )?take (?:the lot|the whole lot|them all|all of them|every (?:last )?one of them|"
        r"(?:all|every one) (?:of )?(?:my|the) (?:\w+ )?(?:tablets|pills|meds|medication|"
        r"painkillers))\b(?! (?:back|home|to|in|out|down|up|off|away|with me|for)\b)",
        True,
    ),
    cue(
        "self_harm",
        # "I ended up in the bathroom with the razor again"; "Urge to self-harm five, acted on
        # it, yes." (a diary card read out; not "..., acted on it, no")
        # "I held the kitchen knife against my wrist for a while"
        r"\bi (?:\w+ )?(?:held|put|pressed|had) (?:the|a|my) (?:\w+ )?(?:knife|blade|razor|"
        r"scissors) (?:against|to|on) my (?:wrists?|arms?|skin|legs?|thighs?)\b|"
        r"\b(?:ended up|found myself)\b[^.?!]{0,30}?\bwith (?:the|a|my) (?:razor|blade|blades|"
        r"razors|lighter|compass|scissors)\b|"
        r"\burge to (?:self[- ]?harm|cut|hurt (?:myself|me))\b[^.?!]{0,25}?\bacted on (?:it|them|"
        r"the urge)\b(?!,? (?:no|not)\b)",
        True,
    ),
    cue(
        "harm_to_others",
        # "knocked him to the ground"; "I'll punch the next person who looks at me wrong"
        r"\bi (?:[\w ]{0,30}? and )?(?:\w+ )?knocked (?:him|her|them|the \w+|a \w+|some \w+) (?:to "
        r"the ground|out cold|"
        r"unconscious|flat|clean out|spark out)\b|"
        r"\b(?:i'll|i will|i'd|i would|i could|i want to|i'm gonna|i'm going to) (?:punch|hit|deck|"
        r"stab|smack|batter|headbutt|glass|chin) the next (?:person|guy|bloke|man|woman|one|idiot|"
        r"lad|fella) (?:who|that)\b",
        True,
    ),
    cue(
        "abuse_or_neglect",
        # "I've not been feeding them properly" (the client's own neglect)
        r"\bi(?:'ve| have)? (?:not been|haven't been|been not) (?:feeding|washing|bathing|"
        r"changing) (?:them|the (?:kids|children|baby|little ones)|my (?:kids|children|baby|son|"
        r"daughter)) properly\b",
        True,
        by_client=True,
    ),
    cue(
        "abuse_or_neglect",
        # "pushing her about when he's had a drink"; "He makes me do things to him"; "He says
        # nobody will believe me"
        r"\b(?:pushing|shoving|knocking|throwing|pushes|shoves|pushed|shoved) (?:her|him|me|them|"
        r"mum|mam|mom|dad|nan|gran|my \w+) (?:about|around)\b|"
        r"\b(?:he|she|they|my \w+) (?:makes|made|forces|forced|gets|got) me (?:to )?do (?:things|"
        r"stuff) (?:to|for|with) (?:him|her|them)\b|"
        r"\b(?:says|said|tells me|told me) (?:that )?(?:nobody|no one|no-one) (?:will|would|'ll|"
        r"'d) believe me\b",
    ),
)
