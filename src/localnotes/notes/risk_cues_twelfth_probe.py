"""Risk in the forms of the twelfth probe (benchmarks/data/risk_probes/p12, written blind in the
thirty-sixth pass and read in the thirty-eighth): thinking about "ending it" (and "ending at all",
as speech recognition hears "ending it all"), "better aff without me", "better I just die",
"properly going to jump" on a bridge, having decided one won't be around much longer; going back
to the old habit with the blade, scratching up an arm with a pin; putting someone over the side,
waiting for someone in the car park with a bar, using a knife "on the next one"; someone who
comes into the room at night and does things to one, children not fed, papers kept and work
without pay; and the questions it asked (marks kept covered up, being the one throwing the
punches, money controlled, children touched, a parent left without food). Cues as in risk_cues,
whose shape they share. Patterns run on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import PEOPLE, Cue, cue
from localnotes.notes.risk_phrases import WEAPON

#: a place one could jump from
_HEIGHT = r"(?:bridge|cliffs?|edge|roof|ledge|balcony|platform|car park|multi-storey|viaduct|pier)"

CUES: tuple[Cue, ...] = (
    cue(
        "suicidal_ideation",
        # "i keep thinking about ending at all", "thinking about just ending it" (not "ending it
        # with him", a relationship)
        r"\b(?:thinking|think|thought) about (?:just )?ending (?:it|at all|it all|things|"
        r"everything)\b(?! (?:with|off|between)\b)|"
        # Scots "aff": "the family would be better aff without me"
        r"\bbetter aff without (?:me|us)\b|"
        # "Sometimes I think better I just die" (Singapore and Malaysian English)
        r"\bbetter (?:i|if i) (?:just )?(?:die|dead|be dead|go and die)\b|"
        # "The night I stood on the bridge ... I was properly going to jump."
        r"\b" + _HEIGHT + r"\b[^.?!]{0,60}?\bi (?:was|am|'m) (?:\w+ )?(?:going|gonna|about|ready) "
        r"(?:to )?jump\b|"
        # "I've decided I'm not going to be around much longer"
        r"\bdecided(?: that)? i(?:'m| am) not (?:going to|gonna) be (?:around|here|alive) (?:much|"
        r"for much|a lot) longer\b",
        unnamed=True,
    ),
    cue(
        "self_harm",
        # "I've gone back to the old habit with the blade"
        r"\b(?:gone|went|going|go|slipped|slipping) back to (?:the |my )?(?:old )?(?:habits?|"
        r"things?|ways)\b[^.?!]{0,20}?\bwith (?:the|a|my) (?:blade|razor|lighter|compass|pin|"
        r"scissors|needle)\b|"
        # "I been scratching up mi arm with a pin"
        r"\b(?:been|keep|kept|started) scratch\w* up (?:my|mi) (?:arms?|wrists?|legs?|thighs?|"
        r"skin)\b(?![^.?!]*\b(?:eczema|itch\w*|rash|bites|psoriasis|hives|dry)\b)|"
        # asked: "Are there marks on your arms from cutting that you've been keeping covered up?"
        r"\b(?:marks|scars|cuts|burns) on your \w+ from (?:cutting|burning|scratching)\b",
        True,
    ),
    cue(
        "harm_to_others",
        # "I'm going to put him over the side"
        r"\b(?:put|putting|throw|throwing|chuck|chucking|toss|push|pushing|tip) (?:him|her|them) "
        r"over the (?:side|edge|railing|rail|cliff|balcony)\b|"
        # "thinking about waiting for him in the car park with a bar"
        rf"\bwait(?:ing)? for (?:{PEOPLE}|the \w+|my \w+)\b[^.?!]{{0,40}}?\bwith (?:a|an|the|my) "
        rf"(?:\w+ )?{WEAPON}\b|"
        # "I will use it on the next one who touches me"
        r"\b(?:i will|i'll|i'm going to|i'm gonna|im gonna|gonna) use (?:it|the knife|the blade|"
        r"the bat|the bar) on (?:him|her|them|the next (?:one|guy|person)|anyone|somebody|"
        r"someone)\b|"
        # asked: "where you were the one throwing the punches?"
        r"\byou were the one (?:throwing|landing) (?:the )?punches\b",
    ),
    cue(
        "abuse_or_neglect",
        # "My uncle still comes into our room at night and does things to me"
        r"\b(?:comes?|came|coming) into (?:my|our) (?:room|bed|bedroom)\b[^.?!]{0,40}?"
        r"\b(?:does|did|doing|do) (?:things|stuff) to (?:me|us)\b|"
        # "Some days I don't feed them till the evening", "the baby's nappy stays on all day"
        # (the "don't" inside the cue: it tells the neglect)
        r"\b(?:don't|didn't|can't|couldn't|do not|did not) feed (?:them|the (?:kids|baby|children|"
        r"little ones)|him|her) (?:till|until) (?:the )?(?:evening|night|lunch|dinner|teatime|"
        r"afternoon)\b|"
        r"\bnapp(?:y|ies) (?:stays|stayed|is left|was left|left) on all (?:day|night)\b|"
        # "keeps our papers", "we work seven days without pay"
        r"\b(?:keeps|kept|took|holds|held|takes|keeping) (?:our|your) (?:passports?|papers|"
        r"documents|ids|visas?)\b(?! (?:safe|for (?:us|me|safekeeping)|while|in (?:the|a|her|his) "
        r"(?:safe|drawer|bag)))|\b(?:we|i) (?:work|worked|working) (?:\w+ ){0,3}without (?:pay|"
        r"wages|being paid)\b|"
        # asked: "Does your husband keep control of all the money and stop you from seeing your
        # family?", "left on his own without food or his tablets", "touched the children in a way
        # that worried you", "go as far as hitting them"
        r"\b(?:keeps?|kept|take|takes|took) control of (?:all )?(?:the|your) money\b|"
        r"\bstop(?:s|ped)? you (?:from )?(?:seeing|visiting|calling) your (?:family|friends)\b|"
        r"\bleft on (?:his|her|their) own without (?:food|his|her|their|water|heating)\b|"
        r"\btouched (?:the|your) (?:children|kids|child|son|daughter) in a way\b|"
        r"\bgo(?:es)? as far as (?:hitting|smacking|slapping|hurting) (?:them|the kids|the "
        r"children|him|her)\b",
        by_client=True,
    ),
)
