"""A thought of harming someone that the client does not want (an obsession; issue 17's
thirty-seventh pass): told as what a thought holds ("The same thought as before?" "Yes. That I
push somebody."), and disowned when wish or intent is asked later in the session ("Do you have
any wish or intention to push someone, or to hurt anyone?" "No. Never. I never want this. This
is why it is so disgusting to me."). It is no harm to others endorsed: the denial stands. A
thought owned with anger ("I think about putting the knife in him ... I'm afraid one day I will
use it"), or an act told, is not this.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from localnotes.notes import risk_answers as ra
from localnotes.notes.risk_asking import asks
from localnotes.notes.risk_cue_scan import cues as cues_in
from localnotes.notes.sentences import Sentence

#: a thought or an image as what comes to one: "the same thought", "the picture comes in my head"
_A_THOUGHT = re.compile(
    r"\b(?:thoughts?|pictures?|images?|ideas?|scenes?|flashes)\b|\b(?:comes?|came|pops?|popped) "
    r"(?:into|in) my (?:head|mind)\b"
)
#: the thought's content, told as such: "That I push somebody.", "Of me pushing him."
_CONTENT = re.compile(r"^(?:yes,? |yeah,? )?(?:that i\b|of me\b|me (?:\w+ing)\b)")
#: the thought and its content in one: "I get this picture of me pushing him", "The same thought
#: as before, yes, that I push somebody."
_THOUGHT_THAT = re.compile(
    r"\b(?:thoughts?|pictures?|images?|ideas?)\b(?: as before| again)?,?(?: yes,?)? (?:that|of) "
    r"(?:i|me)\b|"
    # "I hold her in the water and the picture comes: I push her head under."
    r"\b(?:thoughts?|pictures?|images?|ideas?) (?:comes?|came|pops? up|popped up|flash(?:es)? "
    r"up)(?: again)?(?::|,| -) (?:i|me)\b"
)
#: the thought disowned: "I never want this", "it is so disgusting to me"
_UNWANTED = re.compile(
    r"\b(?:never|don't|do not) want (?:this|that|it|them|these thoughts|those thoughts)\b"
    r"(?! to\b)|\bdisgust\w*|\bhorrif\w*|\brepuls\w*|\bsickens me\b|\bmakes me sick\b|"
    r"\bthe last thing i(?:'d| would)? want\b|\bi(?:'d| would) never want\b"
)


def unwanted(sentences: Sequence[Sentence], k: int) -> bool:
    """Sentence k tells harm to others as the content of a thought, and the client later says no
    to wish or intent with the thought disowned."""
    s = sentences[k]
    before = " ".join(x.lower for x in sentences[max(0, k - 2) : k])
    if not (_CONTENT.match(s.lower) and _A_THOUGHT.search(before)) and not _THOUGHT_THAT.search(
        s.lower
    ):
        return False
    for j in range(k + 1, min(len(sentences), k + 25)):
        q = sentences[j]
        if not q.is_question or (q.role is not None and q.role == s.role):
            continue
        if not any(c.kind == "harm_to_others" and asks(q, c, q.lower, a, b)
                   for c, a, b in cues_in(q.text)):  # fmt: skip
            continue
        answer, says = ra.answer(sentences, j)
        if answer is None or says != "no":
            return False
        turn = [answer, *ra.turn_after(sentences, answer, 4)]
        # disowned there, or at once when told: "... I push her head under. I don't want it."
        at_once = [x for x in sentences[k + 1 : k + 3] if x.role == s.role]
        return bool(_UNWANTED.search(" ".join(t.lower for t in [*turn, *at_once])))
    return False


#: the thought kept after a no to plan or intent: "but the thought comes when I'm very angry"
_KEPT = re.compile(
    r"\bbut,? (?:the|those|these|that) thoughts? (?:still |do |does )?(?:comes?|came|keeps? "
    r"coming|(?:is|are|'s) (?:still )?there)\b"
)


def thought_kept(sentences: Sequence[Sentence], answer: Sentence) -> bool:
    """The no to a check of intent goes on to keep the thought (in its own sentence or the same
    one): the no denies the plan, not what was told."""
    turn = [answer, *ra.turn_after(sentences, answer, 3)]
    return bool(_KEPT.search(" ".join(t.lower for t in turn)))


#: a harm feared of oneself, just before the cue: "I used to worry I'd hurt the baby"
_FEARED = re.compile(
    r"\b(?:worry|worried|was afraid|was scared|was frightened|feared|was terrified)(?: that)? "
    r"i(?:'d| would| might| could| will|'ll)? $"
)
#: the fear gone since: "they've gone", "I haven't had them since"
_GONE = re.compile(
    r"\b(?:they've|they have|it's|it has|those thoughts have|the thoughts have|that's|that has) "
    r"(?:long )?(?:gone|stopped|passed|settled)\b|\bhaven't had (?:them|it|those|that) since\b"
)


def feared_and_gone(sentences: Sequence[Sentence], k: int, clause: str) -> bool:
    """Harm to others told as a fear of oneself (`clause`, the words before the cue) that the
    speaker says has gone, in the sentence or the next: "I used to worry I'd hurt the baby when
    I was exhausted, but the health visitor explained those thoughts, and they've gone." """
    if not _FEARED.search(clause):
        return False
    near = " ".join(x.lower for x in sentences[k : k + 2] if x.role == sentences[k].role)
    return bool(_GONE.search(near))
