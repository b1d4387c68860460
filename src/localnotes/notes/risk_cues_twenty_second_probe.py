"""Risk told as in the twenty-second probe (benchmarks/data/risk_probes/p22, blind in issue 17's
forty-sixth and forty-seventh passes, read in the forty-eighth), each made general: a gun at
home thought of for oneself or for somebody; sexual pictures asked for or threatened to be
shared; left without food, heating or medicines because someone won't let one have them;
whether a fall would be enough; walking in "and not come back up"; a threat texted ("watch your
back"); sorting someone out "for good"; a partner's "if you leave I'll find you". Cues as in
risk_cues, whose shape they share. Patterns run on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue

_GUN = r"(?:the gun|a gun|the rifle|a rifle|the shotgun|a shotgun|the pistol|a pistol)"

CUES: tuple[Cue, ...] = (
    cue(
        "suicidal_ideation",
        rf"\b(?:using|use|used) {_GUN}(?: [^.?!]{{0,20}})? on (?:yourself|myself)\b|"
        r"\b(?:gun|rifle|shotgun|pistol)\b[^.?!]{0,50}?\busing (?:it )?on (?:yourself|myself)\b|"
        r"\bwhether the (?:fall|drop|height|dose|pills|tablets) (?:would|will|'d) be enough\b|"
        r"\b(?:walk|swim|wade|go) (?:in|out|under) and not come (?:back )?(?:up|out|back)\b",
    ),
    cue(
        "harm_to_others",
        rf"\b(?:using|use|used) {_GUN}\b[^.?!]{{0,25}}? on (?:somebody|someone|anyone|anybody|him|"
        r"her|them|people)\b|"
        r"\bi (?:texted|messaged|told|sent|dm'd)\b[^.?!]{0,60}?\b(?:watch your back|you'll get "
        r"what's coming)\b|"
        r"\bsort (?:him|her|them|that \w+) out for good\b",
        True,
    ),
    cue(
        "abuse_or_neglect",
        r"\b(?:asked|asking|asks) (?:you|me) for (?:sexual|naked|nude|intimate|explicit|dirty) "
        r"(?:pictures|photos|pics|images)\b|"
        r"\bthreaten(?:ed|s|ing)? to (?:share|post|send|leak) (?:them|the (?:pictures|photos|pics)|"
        r"my (?:pictures|photos|pics))\b|"
        r"\bif i (?:don't|dont|do not|won't) send (?:him |her |them )?(?:more |any more "
        r")?(?:pictures|"
        r"pics|photos|nudes)\b|"
        r"\b(?:left|go|going|gone) without (?:food|heating|heat|medicines?|medication|money)\b"
        r"[^.?!]{0,50}?\bbecause (?:someone|somebody|they|he|she) (?:won't|wouldn't|doesn't|"
        r"didn't) let (?:you|me)\b|"
        r"\b(?:he|she) (?:sent|texted|messaged|told|says|said)\b[^.?!]{0,40}?\bif you (?:leave|"
        r"go)\b"
        r"[^.?!]{0,20}?\b(?:i'll find you|you'll be sorry|i'll kill you)\b",
    ),
)
