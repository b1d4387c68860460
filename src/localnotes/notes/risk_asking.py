"""Whether a sentence with a risk cue is the clinician asking about it: a question, or said to
"you"; not the clinician retelling what the client said, nor a question one asks oneself. Split
from `risk`, which reads what the cues mean where they are said. Patterns run on lowercase text.
"""

from __future__ import annotations

import re

from localnotes.notes import risk_cues as rc
from localnotes.notes import risk_framing as rf
from localnotes.notes import risk_questions as rq
from localnotes.notes.risk_subject import TOLD_AS_YOU
from localnotes.notes.sentences import Sentence

#: a question one asks oneself, told: "I've had this thought, what if I just wasn't here?"
_SELF_ASKED = re.compile(
    r"\b(?:i've had|i have had|i had|i get|i keep having) (?:this|the|a|these) thoughts?\b[^?]*"
    r"\bwhat if i\b|\bi (?:think|thought|wonder|wondered),? (?:like,? )?what if i\b"
)


#: help sought when the urge comes, asked about: "Would you call someone when you feel like you
#: might hurt yourself?" (its yes says who would be called, not that there is an urge)
_HELP_WHEN = re.compile(
    r"\b(?:would|will|could|can|do|did) you (?:\w+ )?(?:call|ring|phone|text|tell|contact|reach "
    r"out to|talk to|speak to|go to|use|ask)\b[^.?!]{0,40}?\b(?:when|if) you (?:\w+ ){0,4}$"
)
#: the cue said of the speaker: "cut my arms"
_OF_ONESELF = re.compile(r"\b(?:my|myself|mine)\b")
#: a clause that is one more item of a list: "or scared of the other"
_LISTED = re.compile(r"^(?:or|and|or even|and even) $")
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|me|my)\b")
#: a request to hear how it has gone since, after a risk told back: "last time you told me about
#: the burning, I'd like to hear how that's been"
_HOW_IT_HAS_BEEN = re.compile(
    r"\b(?:i'd like to hear|i would like to hear|i want to hear|tell me (?:about|how|more)|"
    r"how (?:has|have|is|are) (?:that|it|things|they) (?:been|going)|how (?:that|it)(?:'s| has) "
    r"been|can we (?:go back|talk)|where (?:is|are) (?:that|it|they) (?:at|now))\b"
)
#: a condition or what others do, said to be asked all the same: "tell me if ...", "I ask because
#: sometimes people do hurt themselves on purpose, and I'd want to know" (aw12)
_ASKED_ALL_THE_SAME = re.compile(
    r"\b(?:tell|let) (?:me|us)\b|\bi(?:'d| would) (?:want|like|need) to (?:know|hear)\b|"
    r"^i (?:ask|am asking|'m asking) because\b"
)
#: what comes before a risk named as a topic of its own: "And the cutting, the nurse said ..."
_TOPIC_BEFORE = re.compile(r"^(?:(?:and|so|now|okay|ok|right|also|then),? )*(?:what about )?$")


#: the clinician's verdict on what was done, said, not asked: "... is not all right"
_VERDICT = re.compile(
    r"\b(?:is|was) (?:not|never) (?:all right|alright|okay|ok|acceptable|fair|allowed)\b"
)


def asks(s: Sentence, cue: rc.Cue, low: str, start: int, end: int) -> bool:
    """The cue is the clinician asking about it (a question, or said to "you"); not when the
    clinician retells what the client said ("You told me you used to burn yourself.") or what was
    done to the client ("He choked you.")."""
    if not s.text.rstrip().endswith("?") and _VERDICT.search(low, start, end):
        return False  # "Taking your money ... is not all right, even from a helper": a verdict
    if s.role == "client" or _SELF_ASKED.search(low[:end]) or _HELP_WHEN.search(low[:start]):
        return False  # "I've had this thought, like, what if I just wasn't in the picture?"
    if s.role is None and not s.text.rstrip().endswith("?") and TOLD_AS_YOU.search(low):
        return False  # "You learn not to ask for food at ours, ...": told, whoever speaks
    clause = rf.clause_before(low, start)
    if (
        _TOPIC_BEFORE.match(clause)
        and re.match(r"(?:the|your) ", low[start:end])
        and low.startswith(",", end)
    ):
        return True  # "And the cutting, the nurse said there are new ones on your thighs.": raised
    if _OF_ONESELF.search(low[start:end]) and not rf.SECOND_PERSON.search(low):
        return False  # "When I was 17, I cut my arms, with a bit of a razor, no sense?": told
    told = (
        not s.text.rstrip().endswith("?")
        and not rq.QUESTION_FORM.match(clause)
        and not rf.ASKING.search(clause)  # "You said ..., I have to check any thoughts of ..."
        and (
            rq.RECOUNTED.search(low[:start])
            or (cue.kind == "abuse_or_neglect" and rq.DONE_TO_YOU.search(clause))
        )
    )
    if told:  # "You told me about the burning, I'd like to hear how that's been": asked again
        return bool(_HOW_IT_HAS_BEEN.search(low, end))
    if rq.PHRASE_QUESTION.search(low) or rq.ASKED_OF_ANOTHER.search(low):
        return True
    if s.is_question and (
        s.text.rstrip().endswith("?") or not rf.TELLING_OPENER.match(low)
    ):  # "When it gets loud I bang my head ...", "How easy it'd be ..." tell, not ask
        return True
    if _LISTED.match(clause) and not _FIRST_PERSON.search(low[:start]):
        clause = low[:start]  # "As either of you ever been hit, push, threatened, or scared of
        # the other,": the last of a list asked, its "?" not heard
    if rq.QUESTION_FORM.search(clause + low[start:end]) and (
        not re.search(r"\b(?:i|i'm|i've|i'd|i'll|i have|i had)\b", clause)
        or rf.ASKING.search(clause)  # "but I'll ask, any thoughts of ...": the clinician
    ):  # "I don't have any thoughts of ..." is the client speaking
        return True
    if rf.CONDITIONAL.search(clause) and not _ASKED_ALL_THE_SAME.search(low):
        return False  # "I have to tell someone if you're in danger": a condition, not a question
    if rf.SECOND_PERSON.search(low[start:end]):
        return True
    return bool(
        re.search(
            r"\b(?:tell me|let me ask|i(?: have|'ve got| have got| need| want| must) to "
            r"(?:ask|check)|i'd like to (?:ask|check)|i'm going to ask|"
            # not "I ask God to take me", "when I ask too many questions", "if I ask about it"
            r"(?<!\bif )(?<!\bwhen )i ask(?! (?:god|the lord|jesus|allah|for|too|so|a lot|many|"
            r"questions|him|her|them|my)\b))\b",
            low,
        )
    )
