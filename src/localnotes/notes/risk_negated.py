"""Whether a cue is denied where it is said (split from `risk`, which reads the cues): a negation
in its clause, save one of a time clause or a condition before it ("when I can't sleep I asked
God to take me", "if this pain doesn't stop I'm going to end it") and those that tell the act
("not like year ten when I was cutting", "I told them I fell ..., but I didn't fall").
"""

from __future__ import annotations

import re

from localnotes.notes import risk_framing as rf
from localnotes.notes import risk_questions as rq
from localnotes.notes.risk_everyday import everyday

#: negations that deny nothing: "wouldn't mind", "can't stop", "don't know", what is hidden ("so
#: nobody sees"), risk said in negative words ("not worth living"), "what if I just didn't ..."
#: (moved from `risk_framing`, read only here)
_NOT_A_DENIAL = re.compile(
    r"\b(?:wouldn't|would not|don't|do not|doesn't|(?:i'd|i would) not) mind\b|"
    # a no one said, refused: "If I say no he just keeps on until I give in"
    r"\b(?:i|we) (?:say|said|says|tell him|told him|tell her|told her) no\b(?! (?:to (?:the|a|"
    r"drugs|drink)|thanks))|"
    # a plea to the listener before the telling: "don't scold me", "abeg no vex" (p53)
    r"\b(?:don't|do not|dont) (?:scold|judge|shout at|be (?:mad|angry|cross|upset)(?: (?:at|"
    r"with))?|get (?:mad|angry)(?: (?:at|with))?) me\b|\bno vex\b|"
    r"\b(?:can't|cannot|couldn't|could not) "
    r"(?:stop|help|shake|get rid of)\b|\b(?:don't|do not|didn't|did not|never) (?:know|understand|"
    r"tell|told|say|said|remember|admit|realize|realise|want anyone|want to admit)\b|"
    r"\b(?:not|never) (?:sure|told|said)\b|\bno one knows\b|\bnobody knows\b|"
    r"\b(?:nobody|no one|no-one)(?:'d| would)? (?:know|find me|have to put up with me)\b|"
    # a deadline's condition: "if nothing's better by my birthday" (its "nothing" denies nothing)
    r"\bif (?:nothing|things|it)(?:'s| is| has| have|'ve)? (?:not )?(?=(?:\w+ )?(?:better|changed|"
    r"different|improved|sorted|easier)\b[^.?!]{0,20}?\bby\b)|"
    # hidden, not denied: "so nobody sees what I've been doing to my arms"
    r"\b(?:nobody|no one|no-one) (?:sees|can see|will see|notices|finds out|asks)\b|"
    # "so the lads don't see what I've been doing" (p15)
    r"\bso (?:that )?(?:the \w+|people|they|he|she|my \w+|mum|mam|mom|dad|anyone|others) (?:don't|"
    r"doesn't|dont|doesnt|won't|wont|can't|cant|do not|does not) (?:see|notice|find out|ask)\b|"
    # how things are, said before it with no stop: "honestly not great i keep thinking about ..."
    r"^(?:honestly |tbh |um |uh |well )?not (?:great|good|so good|too good|brilliant|amazing|the "
    r"best)\b|"
    # what says risk in negative words: "I don't see the point in living", "life isn't worth
    # living", "I wouldn't care if I died", "nobody fed us for days"
    r"\b(?:don't|do not|can't|cannot|didn't|couldn't) see (?:the|any) point\b|\b(?:isn't|is not|"
    r"wasn't|was not|not) worth (?:living|it any ?more|going on)\b|\bno (?:reason|point) (?:to|in) "
    r"(?:keep|keeping|go|going|carry|carrying|live|living|be|being|stay|staying)\b|"
    r"\b(?:wouldn't|would not|don't|do not|didn't|did not) care if i\b|"
    r"\b(?:nobody|no one|no-one) (?:fed|feed|looked after|looks after|washed|bathed)\b|"
    # "nobody would notice if I faded out": the burden told, not a denial
    r"\b(?:nobody|no one|no-one|noone) would (?:even |really )?(?:notice|care|miss me|mind)\b|"
    r"\b(?:won't|will not|wouldn't|will never) (?:need|be needing) (?:it|them)\b|"
    # "I cut my legs, not since": a last time said after the act, so it happened
    r"(?<=, )not since\b|"
    # a child unwatched: neglect told, not denied
    r"\b(?:nobody|no one) (?:was|were) (?=(?:watching|looking after|minding) (?:him|her|them)\b)|"
    r"\bwhat if i (?:just |simply )?(?:didn't|did not|don't|do not|never)\b|"
    # "how easy it'd be to just not turn the wheel": the act thought of, not denied
    r"\b(?:easy|easier|tempting) (?:it'd|it would|it'll|it will|it is|it's) (?:be )?to (?:just )?"
    r"(?:not|never)\b"
)

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
    for said in (_NOT_A_DENIAL, _TELLS_THE_ACT):
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
        or everyday(low, start, kind)  # "I burn my hands when I'm cooking sometimes."
        or bool(end and rf.DENIED_AFTER.match(low, end))  # "Hurting myself is not in me."
        or bool(_ASKED_ME.search(low, 0, start) and rf.ASKED_THEN_NO.match(low, start))
    )
