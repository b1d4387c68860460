"""The act disowned beside a thought endorsed: "The second one. I wouldn't do anything.", "I
think about hurting him. I'd never act on it." A clinician notes the thought and "denies intent";
the draft records a denial of the kind beside the endorsement, quoting both (issue 17's
thirty-second pass: the tuned sets label these as one endorsement and one denial of the kind).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from localnotes.notes.model import Risk
from localnotes.notes.risk_answers import turn_after
from localnotes.notes.sentences import Sentence, index_of

#: the act disowned after a yes: "I wouldn't do anything.", "I'd never act on it.", "No plan."
_WONT_ACT = re.compile(
    r"^(?:(?:but|and|so|just|no),? )*(?:i (?:wouldn't|would not|won't|will not|couldn't|could "
    r"not)|i'd never|i would never|i'm not going to|i am not going to|i'd not)(?: (?:ever|actually|"
    r"really))?(?: (?:do|act on|go through with) (?:anything|it|that|something|them))?"
    r"(?: about it)?\W*$|^(?:(?:but|and|so),? )?(?:no plan|not doing anything|no plans?,? no "
    r"intent)\b"
)


def acts_disowned(risks: Sequence[Risk], sentences: Sequence[Sentence]) -> list[Risk]:
    """Beside each thought endorsed (ideation, harm to others), the act disowned by the same
    speaker in that turn (the sentence quoted and up to three after it, before a question):
    "The second one. I wouldn't do anything. I just think it would be a relief not to wake up."
    -- a denial of acting, recorded with the endorsement, as a clinician notes "denies intent"."""
    added: list[Risk] = []
    for r in risks:
        if r.status != "endorsed" or r.kind not in ("suicidal_ideation", "harm_to_others"):
            continue
        if any(x.kind == r.kind and x.status == "denied" for x in risks):
            continue
        for e in r.evidence:
            at = index_of(sentences, e)
            if at is None or sentences[at].role == "clinician":
                continue
            turn = [sentences[at], *turn_after(sentences, sentences[at], 3, own_turn=True)]
            back = [
                x for x in sentences[max(0, at - 2) : at] if x.role == sentences[at].role
            ]  # "The second one. I wouldn't do anything." before the quote
            said = next((x for x in [*back, *turn] if _wont(x)), None)
            if said is not None:
                added.append(Risk(r.kind, "denied", "present", (e, said.evidence())))
                break
    return added


def _wont(s: Sentence) -> bool:
    return not s.is_question and any(
        _WONT_ACT.match(part.strip()) for part in re.split(r"(?<=[.!,])\s+", s.lower.strip(" \"'"))
    )
