"""What a statement of risk says is not so, though its words say risk (issue 17's thirty-fourth
pass, from am's written turns): a saying told and disowned at once ("I said I wanted to die but I
didn't mean like die die. I just meant I was mortified."); abuse that the voices a client hears
do to them ("And what do they say now?" "They abuse me."), which is the content of a symptom,
not a person's act; a threat taken back at once ("I said I'll break his legs. I won't."), moved
from `risk_turns`; the question's words said back ("Hurt myself? No!"); and the clinician's
retelling disputed ("No, I never said that."), moved from `risk_answers`. Patterns run on
lowercase text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import takewhile

from localnotes.notes import risk_framing as rf
from localnotes.notes import risk_questions as rq
from localnotes.notes.sentences import Sentence

#: what words are called when they are only words: "a saying", "an expression"
_A_SAYING = r"a saying|an expression|a figure of speech"
#: the saying disowned after it, in its own sentence: "but I didn't mean it", "but I don't mean
#: like die die", "not literally"
_NOT_MEANT_AFTER = re.compile(
    r"\b(?:but|though|although)\b[^.?!]{0,20}?\b(?:i )?(?:didn't|did not|don't|do not|never) "
    r"(?:really )?mean(?:t)? (?:it|that|like|literally|it like that|it that way)\b|"
    r"\bbut not (?:literally|for real|seriously)\b"
)
#: the next sentence says what was meant instead: "I just meant I was mortified.", "I didn't
#: mean it."
_MEANT_INSTEAD = re.compile(
    r"^(?:i (?:just |only )?meant (?:i was|i'm|i am|it as|that i was)\b|i (?:didn't|did not|"
    r"never) (?:really )?mean (?:it|that|like)\b|(?:it was|that was|it's) (?:just )?(?:"
    + _A_SAYING
    + r")\b)"
)
#: what the speaker says they said: "I said", "I told mam", "I was like"
_SAID = re.compile(r"\bi (?:said|told|texted|wrote|posted|shouted|screamed|yelled|was like|went)\b")
#: the voices a client hears, named in the eight sentences before
_VOICES = re.compile(r"\b(?:voices?|hearing things|the things i hear|what i hear)\b")
#: "they" or "it" as the doer, at the start of the clause: "They abuse me."
_THEY = re.compile(r"^(?:and |but |so |well,? )?(?:they|it|the voices?)(?: \w+ly| also| still)? $")


#: the words said to be only words, in the next sentence: "But is just chat." (Jamaican
#: English), "It's just talk.", "That's only venting."
_JUST_TALK = re.compile(
    r"^(?:but |and )?(?:it's|it is|is|that's|that is|it was|that was|dat)(?: all)? (?:just|only) "
    r"(?:chat|talk|talking|words|venting|" + _A_SAYING + r"|mouth)\W*$"
)
#: what the speaker did to their own body said, in the same breath, to be a tic, a spasm or a
#: fit, not meant: "I punch my leg. Here, the thigh. It's a tic. It's not like I want to."
_INVOLUNTARY = re.compile(
    r"(?:^|[,;]\s*)(?:but |and |so )?(?:it's|it is|that's|that is|it was)(?: just| only| all)? "
    r"(?:a |my |part of (?:my|the) )?(?:tics?|ticks?|motor tic|twitch|spasm|reflex|seizure|fit|"
    r"tourette'?s)\b|(?:^|[,;]\s*)(?:but )?it's not like i want to\b|"
    r"^i (?:can't|cannot) (?:help|stop|control) it\b"
)


def _involuntary(sentences: Sequence[Sentence], k: int) -> bool:
    """One of the three sentences after k, in the same turn, says the act is a tic."""
    same = takewhile(
        lambda s: s.role == sentences[k].role and not s.is_question, sentences[k + 1 : k + 4]
    )
    return any(_INVOLUNTARY.search(s.lower.strip(" \"'")) for s in same)


#: an itch asked about or told just before: "How is the itching?" "Last month it was nine, I
#: scratched my legs open at night." (a scratch to stop an itch, not self-harm)
_ITCH = re.compile(r"\b(?:itch\w*|eczema|rash|hives|scabies|psoriasis|pruritus|mosquito bites)\b")


def _itched(sentences: Sequence[Sentence], k: int, start: int, end: int) -> bool:
    """The cue is a scratch, and an itch is named in its sentence or the four before it."""
    if "scratch" not in sentences[k].lower[start:end]:
        return False
    return any(_ITCH.search(s.lower) for s in sentences[max(0, k - 4) : k + 1])


def disowned(sentences: Sequence[Sentence], k: int, kind: str, start: int, end: int) -> bool:
    """Whether sentence k's cue (at start, end) is told and then disowned, or is abuse done by the
    voices the client hears."""
    low = sentences[k].lower
    if (echoed(low) or said_back_then_no(sentences, k)) and sentences[k].role != "clinician":
        return True  # "Hurt myself? No! Why would I do that?": the question said back, asking
    if kind == "abuse_or_neglect":
        if not _THEY.match(rf.clause_before(low, start)):
            return False
        # "the voices, they are still there." ... "And what do they say now?" "They abuse me."
        return any(_VOICES.search(s.lower) for s in sentences[max(0, k - 8) : k + 1])
    if kind == "self_harm" and (_involuntary(sentences, k) or _itched(sentences, k, start, end)):
        return True
    if _THINKS_I_AM.search(rf.clause_before(low, start)) and _WHICH_I_AM_NOT.match(low, end):
        return True  # "he sometimes thinks I'm trying to hurt him, which I'm not" (p15)
    nxt = sentences[k + 1] if k + 1 < len(sentences) else None
    after = nxt.lower if nxt is not None and nxt.role == sentences[k].role else None
    if after is not None and _JUST_TALK.match(after):
        return True  # "Sometime mi feel fi kill him, yuh know. But is just chat."
    if _A_SAYING_FIRST.search(low[:start]) or (
        (m := _A_SAYING_FIRST.search(low, end)) is not None
        and not rf.NEGATION.search(low[end : m.end()])
    ):
        return True  # "That is a saying, Doctor, like in English, I will break his legs."
    if not _SAID.search(rf.clause_before(low, start)):
        return False
    if _NOT_MEANT_AFTER.search(low, end):
        return True
    return after is not None and bool(_MEANT_INSTEAD.match(after.strip(" \"'")))


#: another's belief about what one does, then said not to be so
_THINKS_I_AM = re.compile(
    r"\b(?:he|she|they|my \w+)(?: \w+)? (?:thinks|thought|believes|believed|is convinced|was "
    r"convinced|accuses me of) (?:that )?(?:i'm|i am|i was|i've been)? ?(?:trying to |going to )?$"
)
_WHICH_I_AM_NOT = re.compile(
    r"[^.?!]{0,40}?,? (?:which|but|and) i(?:'m| am|'ve| have) (?:not|never)\b"
)
#: the question's words said back as a question of one's own: "Hurt myself?", "Me, cut?"
#: ("But end my life? No, no. It is a sin.")
_ECHOED = re.compile(
    r"^\W*(?:(?:but|and|so|oh|me|what|huh),? )*"
    # said back of oneself: "Am I gonna top meself?", "Will I hit him?" (not "Did I hurt you?")
    r"(?:(?:am|will|would|do|could) i (?:ever |really |actually )?(?:gonna |going to )?)?"
    r"(?:\w+ ){0,2}(?:myself|meself|me|him|her|them|my life|it all|it)?\?\W*$"
)


def echoed(low: str) -> bool:
    """The sentence only says the question's words back, asking ("Hurt myself?")."""
    return bool(_ECHOED.match(low))


#: the question's words said back with no "?" heard: "Hurt myself."
_SAID_BACK = re.compile(
    r"^(?:(?:oh|ah|right|okay|ok|me),? )*(?:hurt|cut|kill|harm|burn)(?:ing)? (?:myself|me)(?:,? on "
    r"purpose)?\W*$"
)  # ("Oh, hurt myself. No, never.": a question misheard, then heard and answered)
#: the words to come called a saying before they are said: "That is a saying, Doctor, like in
#: English, I will break his legs." (an interpreter explaining an idiom)
_A_SAYING_FIRST = re.compile(
    r"\b(?:that|it|this)(?:'s| is| was) (?:just |only )?(?:" + _A_SAYING + r"|an idiom)\b"
)


def said_back_then_no(sentences: Sequence[Sentence], k: int) -> bool:
    """Sentence k says the question's words back, its "?" not heard, and the same speaker says no
    next: "Hurt myself. No, why would I do that?"."""
    nxt = sentences[k + 1] if k + 1 < len(sentences) else None
    return (
        bool(_SAID_BACK.match(sentences[k].lower))
        and nxt is not None
        and nxt.role == sentences[k].role
        and bool(re.match(r"(?:no|nope|nah|never)\b", nxt.lower.strip(" \"'")))
    )


#: "I won't.", "I wouldn't, though.", "I'd never.": said at once after one's own threat
_WONT = re.compile(
    r"^(?:but |and )?(?:i won't|i will not|i wouldn't|i would not|i'd never|i never would|i'm not "
    r"going to|i'm not gonna|course i won't|of course i won't|i wouldn't really)(?:,? (?:though|"
    r"really|actually|do it|do that|obviously))?(?:\W*$|[,;]\s+(?!(?:if|unless|when|until|"
    r"but)\b))|"  # also "I won't, I just want the money." (not "I won't, unless he ...")
    # a thing struck instead of the person: "I punched the door, not him."
    r"^(?:but )?i (?:hit|punched|kicked|smashed|thumped|slammed) (?:the|a) (?:door|wall|table|"
    r"bag|pillow|cupboard|desk|steering wheel|fridge)\b[^.?!]{0,20}?,? not (?:him|her|them)\b"
)


#: a thought of harm told or asked of ("Had the thought again?" "Once. I'd never do it."): "But I
#: wouldn't." after it denies the intent, not the thought
_A_THOUGHT = re.compile(r"\b(?:thought|think|thinking|imagine\w*|picture\w*|fantasi\w*|urges?)\b")


#: what one said one would do: "I said I will beat him", "I told him I'd kill him"
_SAID_I_WOULD = re.compile(
    r"\bi (?:said|told (?:him|her|them|\[person\]))(?: that)? i(?:'d| would| will|'ll| was going "
    r"to|'m going to| am going to|'m gonna| was gonna) "
)


def taken_back_at_once(sentences: Sequence[Sentence], k: int) -> bool:
    """The speaker of sentence k, not telling a thought nor answering a question of one, says at
    once that they won't, in the same sentence or one of its own ("I said I'll break his legs. I
    won't.", "I could batter him, but I wouldn't."), or that what they said was not meant ("I said
    I will kill him with my eyes, it is Polish saying")."""
    return taken_back_in_it(sentences[k].lower) or _taken_back_after(sentences, k)


#: a wish to harm someone, said as a wish: "Sometimes I want to kill him"
_WANTED = re.compile(r"\bi (?:want|wanted|feel like|could) (?:to )?(?:kill|hurt|hit|strangle|"
                     r"murder|batter|stab|smack|punch)\w* (?:him|her|them)\b")  # fmt: skip


def taken_back_in_it(low: str) -> bool:
    """Sentence `low` takes back in itself what it says it said: "I said I will beat him, but it's
    just talk.", "I could batter him, but I wouldn't." (not a thought: "I thought about hitting
    him, but I wouldn't" keeps the thought)."""
    said = _SAID_I_WOULD.search(low) or _WANTED.search(low)
    if said and rf.NOT_MEANT.search(low, said.end()):
        return True  # "..., but it's just talk", "..., it is Polish saying", "Sometimes I want
        # to kill him, is only words, I would never" ("his only words", as speech recognition
        # hears it)
    tail = low.partition(", but ")[2].strip(" \"'")
    return bool(tail) and not _A_THOUGHT.search(low) and bool(_WONT.match(tail))


#: a firm never said of the act itself: "I'd never do that to anyone.", "I'd never hurt him, even
#: now." (not "I'd never have thought it", nor a never that goes on with "but")
_NEVER_WOULD = re.compile(
    r"^(?:(?:and|but|no),? )*i(?:'d| would) never (?:ever )?(?:do (?:that|it|anything like that)|"
    r"hurt|harm|touch|hit|lay a (?:hand|finger) on)\b(?![^.?!]*\bbut\b)"
)


def _thought_disowned(sentences: Sequence[Sentence], k: int) -> bool:
    """A thought of harming another, told, then its act disowned firmly in the same turn: "I've
    thought about belting him back. Would I? No. I'd never hurt him." (bh18, bj02: the labels
    have it denied; the quote keeps the thought for the clinician to read)."""
    turn = []
    for s in sentences[k + 1 : k + 5]:
        if s.role is not None and s.role != sentences[k].role:
            break
        turn.append(s.lower.strip(" \"'"))
    owned_again = any(t.startswith(("but ", "though ")) and not _WONT.match(t) for t in turn)
    return (
        not owned_again
        and any(map(_NEVER_WOULD.match, turn))
        and any(_WONT.match(t) or t == "no." for t in turn)
    )


def _taken_back_after(sentences: Sequence[Sentence], k: int) -> bool:
    asked = sentences[k - 1].lower if k and sentences[k - 1].is_question else ""
    if k + 1 >= len(sentences) or sentences[k].is_question:
        return False
    if _A_THOUGHT.search(sentences[k].lower + asked):
        return _thought_disowned(sentences, k)
    low = sentences[k].lower
    nxt = sentences[k + 1]
    same = nxt.role is None or nxt.role == sentences[k].role
    if same and _SAID_I_WOULD.search(low) and rf.NOT_MEANT.search(nxt.lower):
        return True  # "I said I will kill him with my eyes. It is Polish saying."
    return same and bool(_WONT.match(nxt.lower.strip(" \"'")))


#: the client's reply to what the clinician retells, disputing it: "No, I never said that." (not
#: "No, not since school.", which concedes that it was so)
_DISPUTED = re.compile(
    r"^(?:(?:no|nope|nah)\W*$|(?:(?:no|nope|nah)\W+)?(?:i never said|i didn't say|i did not say|"
    r"i never told|i didn't tell|that's not (?:true|what i said|right)|not true|that never "
    r"happened)\b)"
)


def disputed(sentences: Sequence[Sentence], k: int, before: str) -> Sentence | None:
    """The reply that disputes what sentence k retells of the client ("You said ..."), or None."""
    nxt = sentences[k + 1] if k + 1 < len(sentences) else None
    if not rq.RECOUNTED.search(before) or nxt is None or nxt.role in (None, sentences[k].role):
        return None
    return nxt if _DISPUTED.match(nxt.lower.strip(" \"'")) else None
