"""Whom a risk cue is about: the speaker, or someone the speaker tells of. Split from `risk`,
which reads what the cues mean where they are said.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from localnotes.notes import risk_cues as rc
from localnotes.notes import risk_framing as rf
from localnotes.notes import risk_questions as rq
from localnotes.notes import risk_turns as rt
from localnotes.notes.risk_cue_scan import cues as cues_in
from localnotes.notes.sentences import Sentence


def about_self(low: str, cue: rc.Cue, start: int, end: int) -> bool:
    """The cue is about the speaker (or, for abuse, done to the speaker or the family): "I want to
    die", "he hits me"; not "my brother killed himself" or "I hit him" (harm to others)."""
    said = low[start:end]
    if cue.kind != "abuse_or_neglect" and _ANOTHER_WHO.search(low[:start]):
        return False  # "a thing on the news about a lad who jumped off the bridge" (abuse "a man
        # who hit me" is still done to the speaker)
    if cue.first_person:  # ("ill", "im", "ive" for "I'll", "I'm", "I've", as speech recognition
        if re.search(r"\b(?:my|myself|me|i|ill|im|ive)\b", said):  # writes them)
            return True
        if rq.RECOUNTED.search(low[:start]):  # "You said you used to burn yourself."
            # "You marked that you'd be better off dead."
            return bool(
                rq.SECOND_PERSON_SELF.search(said)
                or re.search(r"\byou(?:'d|'re|'ve)?\s+(?:\w+\s+){0,2}$", low[:start])
            )
        # a cue naming nobody, in a fragment naming nobody or first the speaker as its subject,
        # goes on with the speaker's own telling: "Just turning the wheel.", "Just turning the
        # wheel, I thought about it." ("My brother killed himself" names him); or the speaker is
        # the nearest person before it in its clause: "he was asleep, and I thought, I could end
        # this for both of us"
        if re.search(r"sel(?:f|ves)\b", said):
            return False
        if not low[:start].strip(" ,.'-") and _ACT_OPENS.match(said):
            return True  # "Gave the lad a right kicking, he's in hospital": the subject left out
        clause = rf.clause_before(low, start)  # "I stood there and thought about setting ..."
        near = rq.ANY_PERSON.findall(clause) or rq.ANY_PERSON.findall(low[:start]) or [""]
        return rt.speaker_named_first(low) or near[-1] in ("i", "i'm", "i'd", "i've", "i'll")
    clause = rf.clause_before(low, start)
    if rf.SOMEONE_ELSES.search(low):
        return False
    if rq.RECOUNTED.search(clause):  # "you mentioned the cutting": the client's own, retold
        return True
    firsts = list(rf.FIRST_PERSON.finditer(clause))
    if cue.kind == "abuse_or_neglect" and rf.MISPERCEIVED.search(low[:start]):
        return False  # "I thought they were strangling me": a belief, left to read as a passage
    if cue.kind == "abuse_or_neglect":
        # done to the client or the family ("he hits me", "it feels like neglect"), not by the
        # client ("I hit him" is harm to others) unless it is neglect of someone in their care
        return cue.by_client_too or not rt.done_by_speaker(low, start, end)
    if not firsts and rt.and_then_by_speaker(low, start, clause):
        return True  # "I went round there and hit him."
    own = low[start - len(clause) :]  # the clause, from its first word on
    if not firsts and _SUBJECT_LEFT_OUT.match(own) and not _THEIR_OWN.search(said):
        # "I was out on the deck, thinking about just ending it all.", "Got into a fight and
        # glassed a bloke.": the clause names no subject; the speaker is the nearest before it
        near = rq.ANY_PERSON.findall(low[:start]) or ["i"]
        if near[-1] in ("i", "i'm", "i'd", "i've", "i'll"):
            return True
    if not firsts:
        if cue.unnamed_is_speaker and not rq.ANY_PERSON.search(said):
            return rt.speaker_named_first(low)  # "I think it'd be easier to be dead."
        # "My dad threw a plate at my mom": someone else named first does it (not "if he calls
        # her that again I will batter him": the cue's own "I" is its subject)
        return bool(re.search(r"\b(?:i|me|my|myself)\b", said)) and (
            not rf.THIRD_PERSON.search(clause) or bool(re.match(r"i(?:'ll|'d|'m)?\b", said))
        )
    after_me = clause[firsts[-1].end() :]
    return not rf.THIRD_PERSON.search(after_me)


#: a clause with no subject of its own: a participle after a comma ("thinking about just ..."), a
#: sentence that starts with its verb ("Got into a fight ... and ..."), or what the clause before
#: is not about (", not of hurting him": a denial)
#: a past act that opens the sentence, its subject left out: "Gave him a kicking", "Rammed his
#: car" (the speaker's, as a diary tells it; not "Killed himself", which names whom)
_ACT_OPENS = re.compile(
    r"(?:gave|gied|got|went|took|put|had|hit|drove|ran|threw|told|kept|left|held|broke|shot|"
    r"stabbed|punched|kicked|grabbed|rammed|pinned|slapped|battered|smashed|followed)\b"
)
_SUBJECT_LEFT_OUT = re.compile(
    r"^(?:and |just |then )?(?:thinking|wanting|wishing|planning|trying|hoping)\b|"
    r"^(?:got|went|ended up|nearly|almost|lost it) |"
    # "been cutting again mostly on my thighs now", "Still cutting.": the sentence starts there
    r"^(?:and |just |then )?(?:been|still|started|stopped) (?=\w+ing\b)|"
    # what the clause before is not about: "I dream of leaving, not of hurting him."
    r"^(?:but |and )?not (?:of|to|about|at all of) "
)


#: someone else, then "who" or "that", just before the cue: the act is theirs
_ANOTHER_WHO = re.compile(
    r"\b(?:a|an|the|this|that|some|my|his|her|their) (?:\w+ ){0,2}(?:lad|guy|man|woman|girl|boy|"
    r"kid|person|bloke|friend|cousin|neighbou?r|lady|student|patient|colleague|mate|fella|chap|"
    r"teenager|mum|dad|mother|father|brother|sister|son|daughter|soldier|actor|singer)s? "
    r"(?:who|that) (?!i\b|we\b)(?:\w+ ){0,3}$"  # "a man who was going to shoot my mate"
)


#: a reflexive that is not the speaker's: the cue names who ("hit themselves")
_THEIR_OWN = re.compile(r"\b(?:themselves|himself|herself|yourself|yourselves)\b")


def unnamed_answer(sentences: Sequence[Sentence], k: int, kind: str, end: int) -> bool:
    """Sentence k names no one and answers the question of its kind the other speaker just asked:
    the speaker's own ("Do you mean thinking about killing yourself?" "Thinking about not being
    around."), up to the cue's end ("..., thinking they'd be fine."); not a question, nor the
    asker going on, nor an answer to a question of something else ("Any side effects?" "... it
    can be linked with thoughts of suicide.")."""
    s = sentences[k]
    if not k or s.is_question or s.role == "clinician" or rq.ANY_ONE.search(s.lower[:end]):
        return False
    if rf.PEOPLE_IN_GENERAL.match(s.lower.strip(" \"'")) or _THEIR_OWN.search(s.lower[:end]):
        return (
            False  # "Some students pinch or scratch or hit themselves.": examples, not the answer
        )
    q = sentences[k - 1]
    asked = {c.kind for c, _, _ in cues_in(q.text)}
    if not asked and k > 1 and rq.BACK_REFERENCE.search(q.lower):
        # "... they think about dying or not being alive. Did that happen for you?"
        told = sentences[k - 2]
        if told.role == q.role and not told.is_question:
            asked = {c.kind for c, _, _ in cues_in(told.text)}
    return (
        q.is_question
        and q.text.rstrip().endswith("?")
        and (s.role is None or q.role != s.role)
        and kind in asked
    )


_MEANING_ASKED = re.compile(r"\bwhat (?:do|did) you mean\b|\bmeaning what\b|\blike what\b")


#: a purpose asked of the other speaker: "What were you saving them for?", "Why the rope?"
_PURPOSE_ASKED = re.compile(r"\bwhat (?:\w+ ){1,6}for\?|\bwhat for\b|^(?:\w+,? )?why\b")

#: the purpose said without a subject: "To sleep and not wake up."
_PURPOSE_SAID = re.compile(r"(?:just |only |so as |in order )?to")

#: "You know what for." said before the answer
_YOU_KNOW_WHY = re.compile(r"^(?:\w+,? )?you know (?:what for|why)\b")


def clarified(sentences: Sequence[Sentence], k: int, start: int) -> bool:
    """Sentence k starts with its cue ("Hurt him.") and says what a word of the speaker's meant,
    asked just before by the other speaker ("When you say do him, what do you mean?" "Aye. Hurt
    him."), or what it was for ("What were you saving them for?" "To sleep and not wake up."):
    the speaker's own."""
    s = sentences[k]
    before = s.lower[:start].strip(" \"'")
    purpose = bool(before) and _PURPOSE_SAID.fullmatch(before) is not None
    if s.is_question or s.role == "clinician" or (before and not purpose):
        return False
    j = k - 1
    while (
        j > 0
        and j > k - 3
        and sentences[j].role == s.role
        and (
            s.role is not None
            or rq.BARE_YES.match(sentences[j].lower)
            or (purpose and _YOU_KNOW_WHY.match(sentences[j].lower))
        )
    ):
        j -= 1  # past "Aye." before it
    q = sentences[j] if j >= 0 else None
    asked = _PURPOSE_ASKED if purpose else _MEANING_ASKED
    return (
        q is not None
        and q.is_question
        and (s.role is None or q.role != s.role)
        and bool((not purpose and rq.CLARIFYING.search(q.lower)) or asked.search(q.lower))
    )


#: "you" said of oneself, as people tell what it is like: "Honestly you just want it to stop, you
#: know, you think about not being here" (p16), "You just want to hurt somebody, you know"
_GENERIC_YOU = re.compile(
    r"\byou just (?:want|wanna|feel like|get (?:so|to))\b|\byou know,? you\b|"
    r"\byou get to (?:a|the) point where you\b"
)


#: oneself told of as "you", with no speaker known: a general "you" that opens the telling ("you
#: get to a point where ...", "you learn not to ask for food at ours"), or a "you" the speaker
#: owns in the same sentence ("... so I do", "I've been there")
TOLD_AS_YOU = re.compile(
    r"^(?:(?:and|but|so|like|um|yeah|well|honestly),? )*you (?:just |kind of |sort of )?(?:get to "
    r"(?:a|the|that) (?:point|stage)|learn (?:not )?to|end up|find yourself|start "
    r"(?:working|thinking|planning|looking))\b|"
    # one's household told with "you": "In our house you don't eat till he's eaten"
    r"^(?:in|at) (?:our|my) (?:house|home|family|place|flat)\b,? you\b|"
    r"^(?:(?:and|but|so|like|um|yeah|well|honestly),? )*(?:you know,? )?(?:when )?you (?:just )?"
    r"(?:want|wanna|keep|kind of|sort of)\b(?=[^?]*\b(?:so i do|i do it|i did it|i've been there|"
    r"i have been there|that's me|thats me|that's been me|thats been me)\b)"
)


def generic_you(s: Sentence, start: int) -> bool:
    """The client's own telling, said with "you" for oneself from before the cue at `start`
    ("you just want it to stop, ..."); not a question, nor a sentence that names someone else
    before the cue. With no speaker known, only a telling `TOLD_AS_YOU`: "you get to a point
    where ...", "You just want to hurt yourself ..., so I do"."""
    low = s.lower
    if re.search(r"\b(?:he|she|they|people|everyone|everybody|my \w+)\b", low[:start]):
        return False
    if s.role is None:  # no speaker known: only a "you" that opens the telling or is owned
        return not s.text.rstrip().endswith("?") and bool(TOLD_AS_YOU.search(low))
    return (
        s.role == "client"
        and not s.is_question
        and (
            any(m.start() < start for m in _GENERIC_YOU.finditer(low, 0, start + 12))
            or bool(TOLD_AS_YOU.search(low))  # "you know when you keep ..., thats been me"
        )
    )
