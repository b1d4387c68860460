"""Whether a risk cue is said under a condition ("if he ever touched the kids, I'd ..."), which
makes it hypothetical unless it is wished, threatened or habitual (`risk`, which weighs those).
Split from `risk` (issue 17's forty-fourth pass); patterns run on lowercase text.
"""

from __future__ import annotations

import re

from localnotes.notes import risk_framing as rf

#: a clause of its own that tells what was done, after a condition: "if I leave he'll take the
#: baby, and he's pushed me down the stairs before"
_DONE_ALREADY = re.compile(
    r"\b(?:and|but) (?:he|she|they)(?:'s| has| had| have|'ve) (?:already |even |also )?$|"
    # what another would learn, done: "If he knew I pushed my mother, my father will kill me."
    r"\bif (?:he|she|they|my \w+|anyone|anybody) (?:knew|finds out|found out|saw|heard) "
    r"(?:that )?(?:i )?$"
)
#: what closes a condition before the cue: "you asked if ..., but on Tuesday I ...", "I will be
#: cursed if I do not hand him my salary, and my husband beats me" (a clause of its own, with a
#: subject of its own, after the condition's)
_CLOSED = re.compile(
    r" but |, and (?:my|our) [a-z-]+ (?!(?:and|or|if)\b)|"
    # what another holds, told as done: "if I leave he'll report me, and he's got my papers"
    r" and (?:he|she|they)(?:'s| has|'ve| have) (?:got|taken|kept|hidden) (?:my|our) "
)


#: what makes a condition's act meant, anywhere in the sentence: the means at hand ("if he
#: touches my car one more time im going to stab him theres a knife in the drawer"), the decision
#: or the help said, or a condition that only says what one would see (intent, not a hypothesis)
_MEANT_ANYWAY = re.compile(
    r"\b(?:there's|theres|there is|i've got|ive got|i have got|i got|i keep) (?:a|the|my) "
    r"(?:\w+ )?(?:knife|gun|blade|machete|bat|axe|hammer|shotgun|rifle|crossbow|pistol)\b|"
    # the threat told to the one threatened: "I told him if he comes near the kids again ..."
    r"\bi (?:told|tell|tells|warned|texted|messaged) (?:him|her|them|that \w+|the \w+)\b"
    r"[^.?!]{0,10}?\bif\b|"
    # the threat owned as meant: "... and I mean it", "... and I will", "swear", "fr"
    r"\band i (?:mean|meant) it\b|\band i (?:will|would)\s*[.!]?$|\b(?:i )?swear(?: down| to god)?"
    r"\s*[.!]?$|\bfr\s*[.!]?$|"
    # what another has done and would do "again", then what one will do: "if he lays a hand on
    # her again, I'll ..." (the act met before, no hypothesis; not the clinician's advice, "if he
    # shoves you again, leave"); Pidgin "if e come near again, I go ..."
    r"\bif (?:he|she|they|him|e|im|dem|that \w+|the \w+|dat \w+)\b[^.?!]{0,50}?\bagain\b"
    r"[^.?!]{0,30}?"
    r"\b(?:i'll|ill|i will|i'm|im|i am|i going|i go|i'd|i have|i've|ive|i got|(?:he's|she's|"
    r"they're|he'll|she'll|they'll) (?:getting|get) it)\b|"
    # a habit told by its trigger: "if I'm five minutes late he grabs me" (his act each time)
    r"\bif (?:i'm|im|i am|ahm|i get|i come)\b[^.?!]{0,30}?\b(?:he|she|they) [a-z]+s (?:me|us)\b|"
    # the decision or the help said: "I've decided", "i've got two lads lined up for it"
    r"\b(?:i've|i have|ive) decided\b|\blined up for it\b|"
    # a last try owned: "if the court takes the kids, next time I won't mess it up" (p24)
    r"\bnext time i (?:won't|will not|wont) (?:mess|muck|screw|bottle|fuck) it up\b|"
    # a habit, not a hypothesis: "Whenever Mum and Dad start screaming I go and ..." (p24)
    r"\bwhenever\b[^.?!]{0,80}?\bi (?:go|end up|just|always|start|take|grab|get)\b|"
    # what one would see, not a condition: "if you looked at my phone youd see ive been ..."
    r"\bif you (?:looked|look|checked|check|went through|read) (?:at |in |on )?my (?:phone|"
    r"history|search history|browser|laptop|searches|diary|journal|texts|messages)\b"
)


def conditional(low: str, start: int, end: int) -> bool:
    """Whether the cue at `start` is said under a condition: in the clause of an "if" before it,
    or after one earlier in the sentence that nothing closes up to the cue's end (the whole
    sentence is searched: "before he hurts me" looks past the cue's start), and not of an act
    told as done."""
    before = rf.clause_before(low, start)
    return bool(
        (
            rf.CONDITIONAL.search(before)
            or any(
                m.start() < start and not _CLOSED.search(low[m.end() : end])
                for m in rf.CONDITIONAL.finditer(low)
            )
        )
        and not _DONE_ALREADY.search(before + rf.doer_at(low, start))
        and not _MEANT_ANYWAY.search(low)
    )
