"""A story told first as another's and then owned (issue 17's thirty-sixth pass, from ar's written
turns): "Not me lah. Got this girl in my class. She heats up the metal ruler with a lighter then
presses it on her arm." ... "Okay lah. Actually is me. Not the other girl. Me." The story's act,
read as the speaker's own once owned, is the speaker's risk, endorsed, quoting the story and the
owning. Patterns run on lowercase text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from localnotes.notes import risk_framing as rf
from localnotes.notes.model import Risk
from localnotes.notes.risk_cue_scan import cues as cues_in
from localnotes.notes.risk_subject import about_self
from localnotes.notes.sentences import Sentence

#: the story owned: "Actually is me.", "It's me.", "The friend is me.", "I was talking about
#: myself." (not "It's me who cooks", said of something else: the sentence ends at "me")
_OWNED = re.compile(
    r"^(?:(?:okay|ok|fine|alright|yeah|yes)(?: lah| la| then)?[,.!]? )?(?:(?:miss|sir|doctor|doc|"
    r"nurse|ma'am|madam)[,.!]? )?(?:actually,? |honestly,? "
    r"|truthfully,? )?(?:it'?s|it is|is|it was|that'?s|that is|that was|the (?:girl|boy|friend|"
    r"person|one|kid|guy|lad|lass|mate|woman|man)(?: [a-z]+)? (?:is|was)) (?:actually |really |"
    r"just )?me(?:\W*$|,\s)|"  # ("Yes, Miss, is me, [what follows heard as one sentence]")
    r"^(?:actually,? )?i(?:'m| am| was) (?:the (?:girl|boy|friend|person|one|kid|mate)|talking "
    r"about (?:me|myself))\W*$"
)
#: whom the story was about: a third person named as its subject
_THIRD = re.compile(r"\b(?:she|he|her|him|his|herself|himself)\b")
_AS_MINE = (
    (re.compile(r"\b(?:herself|himself)\b"), "myself"),
    (re.compile(r"\b(?:she's|he's)\b"), "i'm"),
    (re.compile(r"\b(?:she|he)\b"), "i"),
    (re.compile(r"\b(?:her|his)\b"), "my"),
    (re.compile(r"\bhim\b"), "me"),
)
#: how far it went, said as a sentence of its own after the act: "Till it bleed."
_HOW_FAR = re.compile(
    r"^(?:till|until|til|'til) (?:it|they|she|he) (?:bleed|bled|bleeds|bleeding)\b"
)
#: the kinds a story told as another's hides
_KINDS = ("self_harm", "suicidal_ideation")


def _as_mine(low: str) -> str:
    for pattern, mine in _AS_MINE:
        low = pattern.sub(mine, low)
    return low


def owned_stories(sentences: Sequence[Sentence]) -> list[Risk]:
    """Each act of a story about another, owned later by its teller in the same session (within
    the twelve sentences before the owning), as the teller's endorsed risk."""
    out: list[Risk] = []
    for k, s in enumerate(sentences):
        # ("Is me.", Jamaican English, reads as a question by its first word; no "?" was heard)
        asked = s.is_question and s.text.rstrip().endswith("?")
        if s.role == "clinician" or asked or not _OWNED.match(s.lower.strip(" \"'")):
            continue
        for i in range(max(0, k - 12), k):
            story = sentences[i]
            if story.role != s.role or not _THIRD.search(story.lower):
                continue
            mine = _as_mine(story.lower)
            after = sentences[i + 1].lower if i + 1 < k else ""
            # "She scratch her leg, up here so nobody see. Till it bleed.": read as one
            if _HOW_FAR.match(after):
                mine = mine.rstrip(" .!") + " " + after
            for cue, start, end in cues_in(mine):
                if (
                    cue.kind in _KINDS
                    and about_self(mine, cue, start, end)
                    and not rf.NEGATION.search(rf.clause_before(mine, start))
                ):
                    ev = (story.evidence(), s.evidence())
                    out.append(Risk(cue.kind, "endorsed", "present", ev))
    return out
