"""A risk question and its answer heard as one sentence (issue 17's thirtieth pass, ai10 spoken).

With no speaker known and no full stop heard, speech recognition runs the clinician's question
and the client's answer together: "... or do you have thoughts of not wanting to be alive at
other times too, sometimes I kind of think that anyway, like when I'm lying in bed, I think it'd
be easier to not be alive, I'm not going to do anything". Read whole, the sentence only asks, and
the answer in it is never read. Here such a sentence is cut where the answer starts (after the
question's risk words, at a comma that a first-person word or a plain yes or no follows) and where
it ends (at the clause in which "you" is said again: the asker going on). Each part quotes a
literal piece of the sentence, so its evidence stays real.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from localnotes.notes import risk_framing as rf
from localnotes.notes import risk_questions as rq
from localnotes.notes.risk_cue_scan import cues as cues_in
from localnotes.notes.sentences import Sentence

#: a plain yes or no, or the speaker telling of themselves; not the asker going on ("I'm
#: guessing that's frustration, but I need to check", "I want to ask")
_ANSWER_STARTS = re.compile(
    r",\s+(?=(?:yes|yeah|yep|no|nah|nope|never|sometimes|not really|honestly|once|a few times|"
    r"i|i've|i'd|like when i)\b)(?!(?:i|i'd|i've) (?:just )?(?:need|have|want|would like|'d like|"
    r"like|must|should|wonder|guess|ask|check|am asking|'m asking|'m guessing|am guessing|"
    r"'m going|am going|'m wondering|hope|mean|understand|hear)\b)(?!i'm\b)"
)


def _answer_span(s: Sentence) -> tuple[int, int] | None:
    """Where, in a question with its answer run on, the answer starts and ends (at the clause in
    which "you" is said again: the asker going on); None when no answer is run on."""
    low = s.lower
    if s.role is not None or not (s.is_question or rq.QUESTION_FORM.search(low)):
        return None
    asked = cues_in(s.text)
    if not asked:
        return None
    for m in _ANSWER_STARTS.finditer(low, asked[0][2]):
        you = rf.SECOND_PERSON.search(low, m.end())
        end = low.rfind(", ", m.end(), you.start()) if you else len(low)
        if end > m.end() and "?" not in low[m.end() : end] and len(low[m.end() : end].split()) > 3:
            return m.end(), end
    return None


def answers_apart(sentences: Sequence[Sentence]) -> list[Sentence]:
    """The sentences, each question with its answer run on cut in three: the question, the
    answer, and what the asker says after it (numbered anew)."""
    out: list[Sentence] = []
    for s in sentences:
        span = _answer_span(s)
        if span is None:
            parts = [s]
        else:
            a, b = span
            parts = []
            for x, y in ((0, a), (a, b), (b, len(s.text))):
                piece = s.text[x:y]
                if text := piece.strip(" ,"):  # where the part starts in its segment's text
                    at = x + len(piece) - len(piece.lstrip(" ,"))
                    parts.append(replace(s, char_start=s.char_start + at, text=text))
        out += [replace(p, index=len(out) + i) for i, p in enumerate(parts)]
    return out
