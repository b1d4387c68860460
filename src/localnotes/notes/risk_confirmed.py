"""Self-harm told of the client by someone else in the room, then confirmed by the client when
the clinician checks it: "After the funeral, Annie was cutting her forearms with a razor." "Annie,
is that right?" "Yeah. That's right." (issue 17's thirty-eighth pass, from at18's written turns,
where a cousin told it). Patterns run on the sentence's text, names kept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from localnotes.notes import risk_framing as rf
from localnotes.notes import risk_questions as rq
from localnotes.notes.model import Risk
from localnotes.notes.sentences import Sentence

#: "Annie was cutting her forearms", "[PERSON] has been burning her arms", "she cut her wrists"
_TOLD_OF_ANOTHER = re.compile(
    r"(?:\[(?:person|PERSON)\]|\b(?:he|she|(?!(?:I|It|The|This|That|Then|There|After|Before|When|"
    r"Since|Last|Every|Most|Some)\b)[A-Z][a-z]+))(?:'s| has| had| was| is| been| used to| kept| "
    r"started| would)* (?:cut|cuts|cutting|burn|burns|burned|burnt|burning|scratch|scratches|"
    r"scratched|scratching|hit|hits|hitting|bang|bangs|banged|banging) (?:at )?(?:his|her) "
    r"(?:own )?(?:(?:fore)?arms?|legs?|wrists?|thighs?|skin|stomach|face|head|hands?)\b",
)
#: the clinician's check of what was told, asked of someone by name: "Annie, is that right?"
#: (a check with no name may ask the teller: "My sister Sarah was cutting her arms." "Is that
#: right?")
_CHECKED = re.compile(
    r"^\W*(?P<who>\[(?:person|PERSON)\]|[A-Z][a-z]+),\s+(?:(?:is|was) (?:that|this|it|all that) "
    r"(?:right|true|so|correct|what happened)\b|(?:right|true)\?\W*$)"
)
_AGREED = re.compile(
    r"^(?:yes|yeah|yep|yeh|aye|mm-?hm|uh-huh|it is|it's true|that's (?:right|true)|true|right|"
    r"correct)\b"
)


def confirmed(sentences: Sequence[Sentence]) -> list[Risk]:
    """Self-harm told of "her" or a name by one who is not the clinician, checked at once with
    "is that right?" and agreed to: the client's, endorsed."""
    found: list[Risk] = []
    for k, s in enumerate(sentences):
        m = _TOLD_OF_ANOTHER.search(s.text)
        if not m or s.is_question or s.role == "clinician":
            continue
        if rf.NEGATION.search(rf.clause_before(s.lower, m.end())) or rf.IDIOMS.search(s.lower):
            continue
        for j in range(k + 1, min(len(sentences), k + 4)):
            q = sentences[j]
            if not q.is_question:
                continue
            checked = _CHECKED.match(q.text)
            if not checked or (q.role is not None and q.role == s.role):
                break
            who, told_of = checked["who"], m.group(0).split()[0]
            if told_of[0].isupper() and told_of not in ("He", "She") and told_of != who:
                break  # "Sarah was cutting her arms." "Annie, is that right?": another's
            answer = sentences[j + 1] if j + 1 < len(sentences) else None
            if answer is None or (q.role is not None and answer.role == q.role):
                break
            if _AGREED.match(rq.FILLER.sub("", answer.lower.strip(" \"'"))):
                ev = (s.evidence(), q.evidence(), answer.evidence())
                found.append(Risk("self_harm", "endorsed", rf.time_of(s.lower), ev))
            break
    return found
