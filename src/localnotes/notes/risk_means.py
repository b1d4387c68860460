"""Self-harm told by its means, after the marks were spoken of: "Your nan mentioned marks on your
arm." "The ring pull off a can. I scratch with it when I can't sleep.", "It's just scratches. I do
it with a paperclip." The act is named only as "it" or by the tool, so no cue of `risk_cues`
holds it; the marks said in the three sentences before say what "it" is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from localnotes.notes.model import Risk
from localnotes.notes.sentences import Sentence

#: a tool that scratches, cuts or burns skin
_TOOL = (
    r"(?:paper ?clip|razor(?: blade)?|blade|compass|pin|safety pin|needle|scissors|knife|lighter|"
    r"ring ?pull|sharpener|(?:piece of |bit of )?glass|nail file|tweezers)"
)
#: the speaker's own act done with a tool: "I do it with a paperclip", "I scratch with it"
_DONE_WITH = re.compile(
    r"^(?:(?:and|so|but|yeah|well),? )?i (?:just |only |usually |sometimes |mostly |normally )?"
    r"(?:(?:do|did|make|made) (?:it|them|that|those)|scratch|scratched|cut|nick|nicked|scrape|"
    r"scraped|dig|dug)(?: (?:it|them|at it))? with (?:a |an |the |my |this |that )?"
    rf"(?:\w+ )?(?:{_TOOL}|it|that|this one)\b",
    re.I,
)
#: marks on one's body spoken of just before: "marks on your arm", "it's just scratches"
_MARKS = re.compile(
    r"\b(?:marks?|scratch(?:es)?|cuts|scars?|scabs?|burns)\b[^.?!]{0,30}\b(?:arms?|wrists?|legs?|"
    r"thighs?|stomach|skin|hips?|ankles?)\b|\b(?:arms?|wrists?|legs?|thighs?|skin)\b[^.?!]{0,30}"
    r"\b(?:marks?|scratch(?:es)?|cuts|scars?)\b|^(?:it'?s|they'?re) (?:\w+ ){0,2}(?:scratches|"
    r"cuts|marks|scrapes)\b",
    re.I,
)
#: not one's own doing: a pet, a fall, a rash, someone else
_NOT_OWN = re.compile(
    r"\b(?:the|my|our|his|her) (?:cat|dog|kitten|puppy)\b|\b(?:fell|fall|tripped|eczema|rash|"
    r"itch\w*|bites?)\b",
    re.I,
)


def told_by_means(sentences: Sequence[Sentence]) -> list[Risk]:
    """Self-harm told as what one does it with, where marks on the body were spoken of in the
    three sentences before and nothing there says a pet, a fall or an itch made them."""
    out: list[Risk] = []
    for k, s in enumerate(sentences):
        if s.role == "clinician" or not _DONE_WITH.match(s.text.strip(" \"'.…")):
            continue
        before = [x for x in sentences[max(0, k - 3) : k] if _MARKS.search(x.text.strip(" .…"))]
        around = " ".join(x.text for x in sentences[max(0, k - 3) : k + 2])
        if before and not _NOT_OWN.search(around):
            out.append(
                Risk("self_harm", "endorsed", "present", (before[-1].evidence(), s.evidence()))
            )
    return out
