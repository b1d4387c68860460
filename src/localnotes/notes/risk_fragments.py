"""What an act was for (or where on the body it was done: "I took the blade out of a pencil
sharpener. Like, lines, on my arm.", the thirty-seventh pass), said as a sentence of its own
after it (issue 17's thirty-fifth pass):
"I put my arm on the sauna stove. On purpose.", "I thought about just putting the ute into a
pole. Like, end it.", "... walk into the road. So it stops." Read apart, the act has no risk in
it and the purpose names no act. Here such a fragment (short, with no subject of its own) is read
together with the sentence before it, where the same speaker said both in one segment: the two
are one sentence whose text is the literal piece of the segment that holds both, so its evidence
stays real. Only where the pair holds a cue that neither holds alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from localnotes.notes.risk_cue_scan import cues as cues_in
from localnotes.notes.sentences import Sentence

#: a purpose or a manner said on its own: "On purpose.", "Like, end it.", "So it stops.",
#: "Sitting there till it's over.", "Save everyone the trouble."
_PURPOSE = re.compile(
    r"^(?:like,? |so,? |just |and |or )?(?:on purpose|deliberately|"
    r"to (?:hurt|harm|punish|feel)\b|end it\b|(?:so |and )?it (?:all )?(?:stops|ends|would stop|"
    r"would end|'d stop|'d end|would be over|'d be over|'s over|is over)\b|"
    r"(?:\w+ing )?(?:there )?(?:till|until) it's (?:all )?over\b|"
    r"save (?:everyone|everybody|them|you all) the trouble\b|not (?:have to )?wake up\b|"
    r"be done with it\b|"
    # who did it, owned after another was denied it: "The dog didn't do these. I did."
    r"i did(?: (?:it|them|that|those|these))?(?: (?:myself|to myself))?\W*$|"
    # where on the body, and what it made: "Like, lines, on my arm."
    r"(?:lines|cuts|marks|scratches|slashes),? on (?:my|me) (?:(?:fore)?arms?|wrists?|legs?|"
    r"thighs?|stomach|hips?)\b|"
    # where one woke after it: "Woke up in the hospital wing."
    r"(?:and )?(?:i )?(?:woke up|came round|came to) (?:in|on) (?:the )?(?:hospital|a&e|icu|"
    r"intensive care|resus|\w+ wing|ward)\b|"
    # the place alone: "On the arm, here, under the sleeve.", "On my legs."
    r"(?:same as (?:before|last time|always),? |again,? |just )?"
    r"on (?:my|me|the|his|her) (?:(?:fore)?arms?|wrists?|legs?|thighs?|stomach|hips?|back|"
    r"bum|bottom|chest|face|head)\b)"
)


#: a thing someone found, owned in the next sentence: "Mum found the rope in my wardrobe. I'd
#: bought it for myself."; "They're what I use on my arms."; "I'd got it for that lad ..."
_FOUND = re.compile(r"\bfound (?:the|my|a|an|some|his|her) ")
_OWNED_NEXT = re.compile(
    r"^(?:and |but |yeah,? |honestly,? )?(?:i'd|i had|i) (?:bought|got|kept|saved|hidden|hid|"
    r"stashed|brought|taken|took) (?:it|them|that|those) (?:for|to use on) |^(?:they're|they are|"
    r"it's|it is|that's|those are) (?:what|the ones?|the one) i (?:use|used|cut with|was going to "
    r"use)\b"
)


def _joins(prev: Sentence, s: Sentence) -> bool:
    """Fragment `s` finishes `prev`: the same speaker, the same segment, one space between, and
    `s` a purpose of a few words, or the owning of a thing `prev` says was found."""
    return (
        s.segment == prev.segment
        and s.speaker == prev.speaker
        and not prev.is_question
        and s.char_start == prev.char_start + len(prev.text) + 1
        and (
            (len(s.text.split()) <= 7 and bool(_PURPOSE.match(s.lower)))
            or (bool(_FOUND.search(prev.lower)) and bool(_OWNED_NEXT.match(s.lower)))
        )
    )


def _spanned(prev: Sentence, s: Sentence) -> bool:
    """A cue written to reach over a full stop reaches from `prev` into `s`, the same speaker's
    next sentence in one segment: "I said no. He did it anyway." (the fifty-fourth pass)."""
    if not (
        s.segment == prev.segment
        and s.speaker == prev.speaker
        and not prev.is_question
        and s.char_start == prev.char_start + len(prev.text) + 1
    ):
        return False
    return any(a < len(prev.text) < b for _, a, b in cues_in(f"{prev.text} {s.text}"))


def purposes_joined(sentences: Sequence[Sentence]) -> list[Sentence]:
    """The sentences, each fragment that says what the act before it was for read with that act
    as one sentence (numbered anew), where together they hold a cue that neither holds alone, or
    one that reaches into the fragment."""
    out: list[Sentence] = []
    for s in sentences:
        prev = out[-1] if out else None
        if prev is not None and (_joins(prev, s) or _spanned(prev, s)):
            both = replace(prev, text=f"{prev.text} {s.text}", end=s.end)
            held = cues_in(both.text)
            alone = {c.kind for c, _, _ in (*cues_in(prev.text), *cues_in(s.text))}
            # a new kind, or a cue said before it that reaches into it: "It was cutting. Same
            # as before, on my leg." (what it was, then where)
            if {c.kind for c, _, _ in held} - alone or any(
                a < len(prev.text) < b for _, a, b in held
            ):
                out[-1] = both
                continue
        out.append(replace(s, index=len(out)))
    return out
