"""Answers read against the question they answer (split from `risk_answer_forms`, issue 17's
forty-seventh pass): a question that checks a no, agreed with ("So you've never hurt yourself?"
"Yes."); the question's own verb said back of oneself ("Do you ever bite your arm?" "I bite.");
an answer not given yet (the question said back, or an "Okay." the speaker goes on after).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from localnotes.notes import risk_questions as rq
from localnotes.notes.risk_disowned import echoed, said_back_then_no
from localnotes.notes.sentences import Sentence

#: A question that checks a no ("So you've never hurt yourself?", "And no thoughts of suicide?"),
#: and an answer that agrees with it: the yes says no
_NEGATED_CHECK = re.compile(
    # (not a tag question: "You haven't been hurting yourself again, have you?" "Yes." is a yes,
    # "Yes, I have")
    rf"^(?![^?]*{rq.TAG_QUESTION})"
    r"(?:(?:so|and|okay|ok|right|just to check|to be clear),? )*(?:you've never|you have never|"
    r"you never|you haven't|you have not|you've not|you don't|you do not|you didn't|you did not|"
    r"you're not|you are not|you aren't|you wouldn't|there's no|there are no|there's been no|"
    r"no (?:more )?(?:thoughts|plans?|urges?|intent\w*)|never)\b[^?]*\?\s*$|"
    # "It means it's very hard, not that you want to die?"
    r"^[^?]*,\s*not (?:that )?you(?:'d|'re| are| would| were)?\b[^?,]*\?\s*$|"
    # a note's line read back: '"Denies any thoughts of harming others."'
    r"^(?:[^\"?]*: )?\W*(?:(?:the )?(?:client|patient) )?(?:denies|denied)\b[^?]*$"
)
#: a form's answer read back as none: 'you ticked "not at all"' (agreed with, it says no)
_TICKED_NO = re.compile(
    r"\b(?:ticked|marked|circled|put|chose|picked) \W*(?:not at all|never|no|none|zero)\b"
)
_AGREED = re.compile(  # "Yes, yes.", "Yeah, that's right."
    r"^(?:(?:yes|yeah|yep|aye|right|(?:that's|that is|dat's|das|dass) (?:right|correct)|correct|"
    r"exactly|mhm)\W*)+$"
)


def agrees_with_a_no(low: str, question: str) -> bool:
    """The answer agrees with a question that checks a no, or with a form's answer of none."""
    return bool(
        _AGREED.match(low) and (_NEGATED_CHECK.match(question) or _TICKED_NO.search(question))
    )


#: "I bite.", "I cut, yeah.": the verb asked about, said back of oneself
_VERB_BACK = re.compile(
    r"^(?:yes,? |yeah,? |okay,? )?i (?:still |do |did )?(?P<verb>[a-z]+)(?:,? (?:yes|yeah|it|that|"
    r"them|sometimes|a bit|a little|too))?(?:\W*$|, (?=\w))"
)


def verb_said_back(question: str, low: str) -> bool:
    """The answer says the question's own verb of oneself: "Do you ever bite your arm when the
    noise is too much?" "I bite." (not "I know.": a verb the question does not ask with)."""
    m = _VERB_BACK.match(low)
    if m is None or m["verb"] in ("know", "mean", "guess", "suppose", "think", "see", "dunno"):
        return False
    return bool(re.search(rf"\byou (?:ever |sometimes |still |also )?{m['verb']}\b", question))


def not_yet(sentences: Sequence[Sentence], a: Sentence, low: str) -> bool:
    """Sentence a does not answer yet: the question said back ("Hurt myself?"), or an "Okay." that
    the speaker goes on after ("Okay. I bite.")."""
    if a.is_question and (echoed(low) or _ASKED_BACK_FIRST.match(low)):
        return True  # "Truthfully? A few times, yeah."
    after = sentences[a.index + 1] if a.index + 1 < len(sentences) else None
    if after is None or after.role != a.role:
        return False
    return bool(_OKAY.match(low)) or said_back_then_no(sentences, a.index)


#: (besides "Honestly?" and "Seriously?", which risk_framing.RHETORICAL already passes over)
_ASKED_BACK_FIRST = re.compile(r"^(?:truthfully|really|the truth)\?\W*$")
_OKAY = re.compile(
    # nothing said but a pause written in ("[Long pause.] ...Yes.", p26: `as_heard` leaves "")
    r"^\W*$|"
    r"^(?:okay|ok|alright|all right|(?:i'm not sure|i am not sure|i don't know) how to (?:put|say) "
    r"(?:it|this)|how do i "
    r"(?:put|say) (?:it|this))[.!…]*$"  # "I'm not sure how to put it... okay, yes."
)


#: the client saying the question back of himself: "Am I gonna kill myself?", "Would I end it?"
ASKED_BACK_OF_ME = re.compile(r"^(?:and |so )?(?:am|would|will|do|did|have|could) i\b[^.!?]*\?$")
_WORD = re.compile(r"[a-z']+")
#: words every question shares, which say nothing of what it asks (a list of its own: spaCy's
#: STOP_WORDS would serve, but importing spaCy costs the draft 1.5 s where nothing else needs it)
_COMMON = frozenset(
    re.findall(
        r"\w+",
        "i you me my your it he she him her they them am are is was were would will do did have "
        "has had could ever any a an the of to and or so that this about thoughts thought",
    )
)


def said_back_of_me(low: str, question: str, cued: bool) -> bool:
    """A question the client says back of himself, with a risk of its own (`cued`) or a word of
    the question in it ("Any thoughts of ending your life?" "Would I end it? Some nights, yes."):
    the answer comes after."""
    if not ASKED_BACK_OF_ME.match(low):
        return False
    said = set(_WORD.findall(low)) - _COMMON
    asked = set(_WORD.findall(question)) - _COMMON
    # ("end" said back of "ending")
    return cued or any(len(w) > 2 and q.startswith(w) for w in said for q in asked)


#: something done on or to oneself, said to a question about oneself: "Did you do anything to
#: hurt yourself?" "I did a bit of carving on meself." (not "I did my nails myself", nor "I did
#: nothing to myself")
_DONE_ON_ME = re.compile(
    r"^(?:well,? |so,? )?i (?:did|done|'ve done|have done) (?:a (?:bit|little)(?: of \w+)?|"
    r"something|summat|some \w+|stuff)(?: \w+)? (?:on|to) (?:myself|meself|mesel|masel)\b"
)


def done_on_me(question: str, low: str) -> bool:
    """The answer tells of something done to oneself, to a question about harm to oneself."""
    return bool(_DONE_ON_ME.match(low)) and bool(
        re.search(r"\b(?:hurt|harm)\w* yourself\b", question)
    )
