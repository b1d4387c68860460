"""Risk the clinician sums up from the client's telling and the client lets stand (issue 17's
thirty-ninth pass, from au's written turns): "So there's an urge to hit him, from the voice, and
you've been holding it back. Have you ever hit him?" (the urge stands, whatever the answer to the
act asked next), "So the paid aide has been leaving your father wet and without meals, ..." or
"So you've been cutting your arms again." "Yeah." Not a summary the client disputes when it is
said ("No, that's not what I said."), nor a negated or conditional one, nor another's self-harm
or ideation ("So your brother has been cutting himself"). Patterns run on lowercase text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from localnotes.notes import risk_framing as rf
from localnotes.notes import risk_questions as rq
from localnotes.notes.model import Risk
from localnotes.notes.risk_cue_scan import cues as cues_in
from localnotes.notes.sentences import Sentence

#: how a summary opens: "So there's ...", "Okay, so you've ...", "So right now there's a part of
#: you that ...", "So the paid aide has been ...", "It sounds like you ..."
_SUMMED_UP = re.compile(
    r"^(?:(?:okay|ok|right|alright|and|thank you|thanks|mm|hm)[,.]? )*so,? "
    # what is to go in the notes: "So I'm going to write that last winter you had ..." (ax01)
    r"(?:(?:i'm going to|i am going to|i'll|let me|i want to|i'd like to) (?:write|put|note|"
    r"chart|record)(?: down| in (?:the|your) notes)? (?:that )?)?(?:(?:last|this|in|back in|"
    r"before) \w+,? |(?:a|one|two|three|four|a few|a couple of) (?:days?|weeks?|months?) ago,? )?"
    r"(?:right now,? |just now,? |this week,? |lately,? |at times,? |sometimes,? |some (?:nights|"
    r"days),? |tonight,? |today,? |yesterday,? |last night,? |that night,? |recently,? |earlier,? "
    r"|back then,? |at the time,? )?"
    r"(?=(?:you(?:'re|'ve|'d)?|your|there(?:'s| is| are|'s been| has been| have been)|"
    r"the (?:\w+ ){1,2}(?:has|have|is|was|were|had|keeps?)|(?:he|she)(?:'s| has| is| was| keeps))"
    r"\b)|"
    r"^(?:(?:it|that|this|so it) sounds (?:like|as if|as though)|sounds (?:like|as if|as "
    r"though)|what i'm hearing is|"
    r"what i hear is|i'm hearing that|you're telling me|what you're saying is)\b"
)
#: a summary without "so", said back plainly: "You were going to stab him." "Yeah.", "You've had
#: a wish to die." "Yes." (standing only where the client's next words are a bare yes)
_SAID_BACK = re.compile(
    r"^(?:(?:okay|ok|right|alright|and|mm|hm)[,.]? )*you(?:'d| had|'ve| have| were| was| are|'re)?"
    r" (?:(?:been |still |really |actually |already )?(?:going to|gonna|planning to|planned to|"
    r"meaning to|meant to|wanting to|wanted to|trying to|tried to|thinking of|thinking about|"
    r"thought about)|(?:had|been having|felt|been feeling|wished|wish) (?:an? |some |the )?"
    r"(?:wish|wishes|thoughts?|urges?|plans?|feelings?|like|you|to|that)\b)\b"
)
#: the clinician's check after it, answered in its stead: "Is that right?", "Have I got that?"
_CHECK = re.compile(
    r"^(?:(?:is|was) (?:that|this|it) (?:right|true|fair|correct)|have i got (?:that|it|this)"
    r"(?: right)?|did i get (?:that|it|this)(?: right)?|right|fair|yeah|does that sound right|am i "
    r"right|(?:am i|did i) hear(?:ing)? (?:that|this|it|you) (?:right|correctly)|(?:have|did) i "
    r"(?:understand|understood)(?: (?:that|this|it|you))?(?: right| correctly)?|is that what you "
    r"(?:mean|"
    r"meant|are saying|'re saying))\b"
)
#: a few words the clinician adds before the check: "Maybe worse.", "Or worse.", "Badly."
_ADDED = re.compile(r"^(?:(?:and |or )?(?:maybe|perhaps|possibly|even|or) \w+|\w+ly)\W*$")
#: the summary put right: "No, that's not what I said.", "Hang on."
_DISPUTED = re.compile(
    r"^(?:no|nah|naw|nope|not really|not exactly|not quite|that's not|that isn't|i didn't say|"
    r"i never said|hang on|hold on|wait)\b"
)
#: a question run on after a summary with a comma: ", have you ever hit him?"
_ASKED_AFTER = re.compile(
    r", (?=(?:and )?(?:have|has|did|do|does|are|is|were|was|would|will|could|can|any) \w)"
)
#: someone else's own self-harm or ideation, summed up: "So your brother has been cutting"
_ANOTHERS = re.compile(
    r"\b(?:he|she|they|his|her|their|him|them|himself|herself|themselves)\b|\byour (?:\w+ )?"
    r"(?:brother|sister|son|daughter|friend|mate|partner|husband|wife|mum|mom|dad|father|mother|"
    r"cousin|child|kid|boyfriend|girlfriend)\b"
)


#: what people in general do, taught: "So there's often an urge to self-harm when shame builds",
#: "a part of the brain that wants to fight, like an urge to hit someone"
_TAUGHT = re.compile(
    r"\b(?:often|usually|normally|typically|tends? to|a lot of people|many people|most people|"
    r"people|everyone|everybody|the brain|like an?|for example|such as)\b"
)


def _stands(s: Sentence, kind: str, start: int) -> bool:
    low = s.lower
    clause = rf.clause_before(low, start)
    if rf.NEGATION.search(clause) or rf.CONDITIONAL.search(clause) or rf.IDIOMS.search(low):
        return False
    if _TAUGHT.search(low[:start]):
        return False
    if kind in ("suicidal_ideation", "self_harm"):
        rest = rf.CLAUSE_BREAK.split(low[start:], maxsplit=1)[0]  # "cutting his arms"
        return not _ANOTHERS.search(low[:start] + rest) and not rf.SOMEONE_ELSES.search(low)
    return True


def summed_up(sentences: Sequence[Sentence]) -> list[Risk]:
    """Each risk a clinician's summary names and the client does not dispute at once: endorsed,
    citing the summary (and the agreement, where the client answers it)."""
    found: list[Risk] = []
    for k, s in enumerate(sentences):
        plain = _SAID_BACK.match(s.lower.strip(" \"'")) and not s.is_question
        if s.role == "client" or not (plain or _SUMMED_UP.match(s.lower.strip(" \"'"))):
            continue
        if plain and not _yes_next(sentences, k):
            continue
        # a question run on after it, as speech recognition hears a turn: "So there's an urge to
        # hit him, and you've held it back, have you ever hit him?" (its answer answers that)
        asked = [m.start() for m in _ASKED_AFTER.finditer(s.lower)] if s.is_question else []
        if s.is_question and not asked:
            continue
        upto = asked[-1] if asked else len(s.lower)
        named = [c for c, a, _ in cues_in(s.text) if a < upto and _stands(s, c.kind, a)]
        # "So you feel safe at home." "Yes.": safety agreed is no abuse told (a denial, where
        # the client says yes to it)
        safe = [c.kind for c in named if c.inverted]
        if safe and not asked and (status := _safety_answered(sentences, k)) is not None:
            both = (s.evidence(), sentences[k + 1].evidence())
            found += [Risk(kind, status, "present", both) for kind in dict.fromkeys(safe)]
        kinds = [c.kind for c in named if not c.inverted]
        if not kinds:
            continue
        ev = [s.evidence()]
        checked = bool(asked) and bool(_CHECK.match(s.lower[upto + 2 :]))  # ", is that right?"
        if asked and not checked:
            found += [Risk(kind, "endorsed", rf.time_of(s.lower), tuple(ev)) for kind in kinds]
            continue
        j = k + 1
        if (
            _ADDED.match(sentences[j].lower if j < len(sentences) else "")
            and sentences[j].role == s.role
        ):
            j += 1  # "Maybe worse." said on before the check
        if j < len(sentences) and sentences[j].is_question and _CHECK.match(sentences[j].lower):
            ev.append(sentences[j].evidence())
            j += 1  # "Is that right?": the answer after it answers the summary
        if (said := _reply(sentences, j, s.role)) is not None:
            if _DISPUTED.match(said):
                continue  # put right at once
            if rq.BARE_YES.match(said) or len(ev) > 1:
                ev.append(sentences[j].evidence())
        for kind in dict.fromkeys(kinds):
            found.append(Risk(kind, "endorsed", rf.time_of(s.lower), tuple(ev)))
    return found


def _reply(sentences: Sequence[Sentence], j: int, role: str | None) -> str | None:
    """Sentence j's words, lower case and without fillers, where someone other than `role` (or
    someone unknown) says it; None where there is no such sentence."""
    if j >= len(sentences):
        return None
    reply = sentences[j]
    if reply.role is not None and reply.role == role:
        return None
    return rq.FILLER.sub("", reply.lower.strip(" \"'.…"))


def _yes_next(sentences: Sequence[Sentence], k: int) -> bool:
    """Whether the next sentence is the client's bare yes."""
    said = _reply(sentences, k + 1, sentences[k].role)
    return said is not None and bool(rq.BARE_YES.match(said))


def safety_summed_up(sentences: Sequence[Sentence], k: int) -> bool:
    """Whether sentence k is the clinician's summary of the client's safety ("So you feel safe at
    home."), which `summed_up` reads with its answer."""
    s = sentences[k]
    return (
        s.role != "client"
        and not s.is_question
        and bool(_SUMMED_UP.match(s.lower.strip(" \"'")))
        and _safety_answered(sentences, k) is not None
    )


def _safety_answered(sentences: Sequence[Sentence], k: int) -> str | None:
    """ "denied" where the client's next words agree to a summary of their safety, "endorsed"
    where they put it right ("Not really."), None where they do neither."""
    said = _reply(sentences, k + 1, sentences[k].role)
    if said is None:
        return None
    if rq.BARE_YES.match(said):
        return "denied"
    return "endorsed" if rq.CORRECTED_TO_NO.match(said) or _DISPUTED.match(said) else None
