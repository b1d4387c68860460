"""A statement of risk taken back: checked at once by the clinician and denied as not meant, or
a threat said and taken back in the next breath ("I said I'll break his legs. I won't."). Split
from `risk` (issue 17's thirty-eighth pass), which reads what the cues mean where they are said.
Patterns run on lowercase text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from localnotes.notes import risk_answers as ra
from localnotes.notes import risk_framing as rf
from localnotes.notes import risk_questions as rq
from localnotes.notes import risk_turns as rt
from localnotes.notes.model import Evidence, Risk
from localnotes.notes.risk_asking import asks
from localnotes.notes.risk_cue_scan import cues as cues_in
from localnotes.notes.risk_disowned import taken_back_at_once, taken_back_in_it
from localnotes.notes.risk_intrusive import thought_kept
from localnotes.notes.sentences import Sentence

#: a question said after a comma, as speech recognition writes it without a question mark: "I'd
#: like to check that, because I ask every couple, was there any thought of actually ..."
_ASKED_AFTER_A_COMMA = re.compile(
    r", (?:was|is|were|are|did|do|does|have|has|had) (?:there|you|he|she|they|any ?one|"
    # "I have to ask, any thoughts of"; "I've got to ask any real thoughts of" (aw05, spoken)
    r"any ?body)\b|(?:[,:]|\bask) any (?:real |actual )?(?:thoughts?|urges?|plans?) of\b"
)


#: a statement of what one would do: "I'd shoot him", "I would, so I would"
_WOULD = re.compile(r"\b(?:i'd|i would|i could)\b")
#: a check of it in two or three words: "Would you?", "Really?", "Do you mean that?"
_BARE_CHECK = re.compile(
    r"^(?:and |but |so )?(?:would|could) you(?: really| actually| now)?\?|^(?:really|seriously|"
    r"do you mean (?:that|it)|are you serious)\?"
)
#: what was said, said not to be death: "Not dead, God, no.", "not out of everything"
_NOT_DEATH = re.compile(
    r"\bnot (?:dead|to die|dying|die|out of (?:everything|life|it all)|(?:my )?life)\b"
)


def taken_back(sentences: Sequence[Sentence], k: int, kind: str, answered: bool = False) -> bool:
    """The clinician checks the statement at once, asking of its kind, and the client says no and
    that it was not meant ("I want to die." "Any thoughts of ending your life?" "No, it's the
    pain talking."): the denial that was asked for stands, the saying is not endorsed. A yes that
    did not name the risk, by a plain no to a check of what it meant ("Do you mean ...?" "No.").
    A threat told and taken back at once ("I said I'll break his legs. I won't.") is not meant."""
    if kind == "harm_to_others" and taken_back_at_once(sentences, k):
        return True
    if _recount_called_a_saying(sentences, k):
        return True
    for j in range(k + 1, min(len(sentences), k + 9)):  # past "I didn't. That must be hard."
        q = sentences[j]
        asking = q.is_question or _ASKED_AFTER_A_COMMA.search(q.lower)  # no "?" heard
        if not asking or (q.role is not None and q.role == sentences[k].role):
            continue
        if _checked_bare(sentences, k, j):  # "I'd shoot the man." "Would you?" "Och, no."
            answer, says = ra.answer(sentences, j)
            return answer is not None and says in ("no", "no_but")
        if not any(c.kind == kind and asks(q, c, q.lower, a, b) for c, a, b in cues_in(q.text)):
            continue
        answer, says = ra.answer(sentences, j)
        if answer is None or says not in ("no", "no_but"):
            return False
        if rt.answered_then_asked_again(sentences, j, answer.index):
            return False  # "Do you mean ...?" "When it's my time." "So no thoughts of ...?" "No."
        if thought_kept(sentences, answer):
            return False  # "No, I don't want to go to prison, but the thought comes ..."
        if rq.checks_meaning(q.lower, kind, answered):
            return True
        # "No. No. It's a figure of speech.": the rest of the answer's turn says why
        turn = [answer, *ra.turn_after(sentences, answer, 3)]
        if rf.NOT_MEANT.search(" ".join(t.lower for t in turn)):
            return True
        # "Better off...?" "Better off in Benidorm! Not dead, God, no." before the check (aw13)
        between = sentences[k + 1 : j]
        return kind == "suicidal_ideation" and any(
            (b.role is None or b.role != q.role) and _NOT_DEATH.search(b.lower) for b in between
        )
    return False


def _checked_bare(sentences: Sequence[Sentence], k: int, j: int) -> bool:
    """Sentence j, the other speaker's first, checks sentence k, a statement of what one would
    do, in two or three words: "I'd shoot the man from the council." "Would you?" (bf13)"""
    said, q = sentences[k], sentences[j]
    if not _WOULD.search(said.lower) or not _BARE_CHECK.match(q.lower.strip()):
        return False
    if said.role is None or q.role is None or q.role == said.role:
        return j == k + 1 and said.segment != q.segment
    return all(b.role == said.role for b in sentences[k + 1 : j])


def _recount_called_a_saying(sentences: Sequence[Sentence], k: int) -> bool:
    """What the other speaker said, retold in sentence k, called at once a saying not meant:
    "Earlier you said you'd rather die than ride at nine stone. Can I ask about that?" "Ah,
    that's only an expression." (ax08)"""
    said = sentences[k]
    if not rq.RECOUNTED.search(said.lower):
        return False
    j = k + 1

    # the asker's own "Can I ask about that?", "I want to check what you meant by that." (with
    # no speakers known, a question or the rest of the asker's turn)
    def same_turn(then: Sentence) -> bool:
        return then.is_question or then.segment == said.segment

    while j < len(sentences) and j <= k + 2 and rt.asker_goes_on(said, sentences[j], same_turn):
        j += 1
    return any(rf.NOT_MEANT.search(x.lower) for x in sentences[j : j + 2])


def taken_back_denial(
    sentences: Sequence[Sentence], k: int, kind: str, asked: tuple[Evidence, ...] = ()
) -> list[Risk]:
    """Harm to others said and taken back in the next breath ("I said to me mate I could batter
    him. But I wouldn't, I'm five foot nothing."; "I said I will beat him, but it's just talk."):
    what was taken back is charted denied, after the question it answered (`asked`), if any."""
    if kind != "harm_to_others" or not taken_back_at_once(sentences, k):
        return []
    said = sentences[k]
    back = () if taken_back_in_it(said.lower) else (sentences[k + 1].evidence(),)
    told = (said.evidence(), *back)
    return [Risk(kind, "denied", "present", (*asked, *(e for e in told if e not in asked)))]
