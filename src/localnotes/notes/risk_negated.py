"""Whether a cue is denied where it is said (split from `risk`, which reads the cues): a negation
in its clause, save one of a time clause or a condition before it ("when I can't sleep I asked
God to take me", "if this pain doesn't stop I'm going to end it") and those that tell the act
("not like year ten when I was cutting", "I told them I fell ..., but I didn't fall").
"""

from __future__ import annotations

import re

from localnotes.notes import risk_framing as rf
from localnotes.notes import risk_questions as rq

#: a question one was asked, told: "She asked was I suicidal and I said God no"
_ASKED_ME = re.compile(r"\b(?:asked|asks) (?:me )?(?:was|if|whether|am|did|had|have) i\b")

#: a time clause with its own negation, then the main clause's subject, heard without a comma:
#: "some nights when I can't sleep I asked God to just take me" (the "can't" is the night's)
_WHEN_NOT = re.compile(
    r"\b(?:when|whenever|while|because|since|after|before|until|till|every time|each time|any "
    r"time) (?:i|you|he|she|they|we|it|the \w+|my \w+)\b[^.?!]*?(?:\b(?:not|never|no)\b|n't\b)"
    r"[^.?!]*?\s"
    r"(?=(?:i|i've|i'm|i'd|he|she|they|we)\s)"
)


#: a condition, then what the speaker will do: the condition's "not" denies nothing
_THEN_AFTER_IF = re.compile(
    r"\b(?:if|unless|when) [^.?!]*?(?:\bnot|\bnever|n't)\b[^.?!]*?\s"
    rf"(?P<then>{rf.I_WILL}|i am going to|i'm|i am)\s"
)


#: negations that tell the act: a comparison with a past time that happened ("At least it's not
#: like year ten when I was cutting my legs"), a risk taken "without looking", a fall told and
#: taken back ("I told them I fell on a glass, but I didn't fall"), a no taken back before it
_TELLS_THE_ACT = re.compile(
    r"\bnot like (?:[^.?!,]{0,30}? )?when (?:i|we) (?:was|were|used to)\b|"
    r"\bwithout (?:looking|a helmet|my helmet|a seatbelt|my seatbelt|stopping)\b(?= on purpose\b)|"
    r"\bi (?:fell|slipped|tripped)\b[^.?!]{0,40}?,? but i (?:didn't|did not|never) \w+|"
    # a no taken back before the act: "nah not really well ok yeah i cut my legs"
    r"\b(?:no|nah|nope|not really)\b[^.?!]{0,20}?\bwell,? (?:ok(?:ay)?,? |actually,? )?(?:yeah|yes|"
    r"yep|i (?:did|have|do))\b"
)


_IF_BEFORE = re.compile(r"\b(?:if|unless) [^.?!]*$")


def negated(low: str, start: int, kind: str = "", end: int = 0) -> bool:
    """Whether the cue at `start` (to `end`) is denied: a negation in its clause, its own first
    words ("no one hurts him"), an accident told, a denial after it ("Hurting myself is not in
    me."), or a question one was asked answered no."""
    masked = low  # over the whole sentence, negations that do not deny ("wouldn't mind") masked
    for said in (rf.NOT_A_DENIAL, _TELLS_THE_ACT):
        masked = said.sub(lambda m: " " * len(m.group(0)), masked)
    clause = rf.clause_before(masked, start)
    if when := _WHEN_NOT.search(clause):
        clause = clause[when.end() :]
    if then := _THEN_AFTER_IF.search(clause):  # "If this pain doesn't stop I'm going to end it"
        clause = clause[then.start("then") :]
    elif re.match(rf"{rf.I_WILL}\s", low[start:]) and (cond := _IF_BEFORE.search(clause)):
        clause = clause[: cond.start()]  # "If he does not pay by Friday I will burn his shop"
    # "no one hurts him": the cue's own first words deny it
    return bool(
        rf.NEGATION.search(clause)
        or rq.NOBODY.match(low, start)
        or (kind in ("self_harm", "harm_to_others") and rf.ACCIDENT.search(masked, start))
        or bool(end and rf.DENIED_AFTER.match(low, end))  # "Hurting myself is not in me."
        or bool(_ASKED_ME.search(low, 0, start) and rf.ASKED_THEN_NO.match(low, start))
    )
