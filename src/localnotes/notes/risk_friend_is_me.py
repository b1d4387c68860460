"""Risk told of "a friend" who, the client says a moment later, is the client ("So my friend used
to cut her legs with a pencil sharpener blade... yeah, okay, that's me, I'm talking about me.";
"My friend's boyfriend punches her in the stomach so it doesn't show... okay, my boyfriend. Me.
It's me he does it to."; issue 17's forty-seventh pass, from the eighth battery). Where a turn
of the client's owns the friend so, what it said of the friend before is read in the first
person ("so i used to cut my legs ..."), as `risk_relay` reads an interpreter's turn; the
evidence quotes the sentence as it was said. Patterns run on lowercase text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from localnotes.notes.model import Evidence
from localnotes.notes.risk_relay import as_first_person, read_anew
from localnotes.notes.sentences import Sentence

#: the friend owned as oneself: "that's me", "I'm talking about me", "it's not a friend obviously
#: it's me", "okay, my boyfriend. Me."
_OWNED = re.compile(
    # (not "It's me she told first", "it's me who has to change")
    r"\b(?:it's|it is|that's|that is|it was) (?:really |actually |obviously |just )?me\b(?=\s*"
    r"(?:[.,;:!?…]|$|(?:he|she|they) (?:does|do|did) it to\b))|\bi'm (?:talking|on) about me\b|"
    r"\bi mean me\b|"
    r"\bnot (?:a|really a|my|about a) (?:friend|mate|pal)\b|^(?:okay,? |ok,? |yeah,? )*me\W*$"
)
#: the friend named: "my friend's", "this friend of mine", "my mate"
_FRIENDS = re.compile(
    r"\b(?:my (?:best |close |good )?(?:friend|mate|pal|buddy)'s|(?:this|a|one) (?:\w+ )?(?:friend|"
    r"mate|pal|buddy) of mine|my (?:best |close |good )?(?:friend|mate|pal|buddy))\b"
)
#: how many turns back (the clinician's counted) the friend may have been named
_TURNS_BACK = 12
_WHO = re.compile(r"\b(?:she|her|herself|he|him|his|himself)\b")


def _as_mine(text: str) -> str | None:
    """The sentence with the friend read as oneself, or None where it names no friend."""
    low = text.lower()
    m = _FRIENDS.search(low)
    if m is None:
        return None
    who = _WHO.search(low, m.end())
    low = low[: m.start()] + ("my" if m[0].endswith("'s") else "i") + low[m.end() :]
    if who is not None:
        low = as_first_person(low, "she" if who[0].startswith(("she", "her")) else "he")
    return low


def owned_at_last(
    sentences: Sequence[Sentence],
) -> tuple[list[Sentence], dict[Evidence, Evidence]]:
    """The sentences with what the client told of a friend, owned as the client's later in the
    same turn, read in the first person; and for each sentence read anew, its evidence as read ->
    its evidence as said."""
    out = list(sentences)
    back: dict[Evidence, Evidence] = {}
    for k, s in enumerate(sentences):
        if s.role == "clinician" or not _OWNED.search(s.lower):
            continue
        j = k
        while j >= 0 and sentences[j].segment == s.segment and k - j < 4:
            said = sentences[j]
            text = _as_mine(said.text)
            if text is not None and said.role != "clinician":
                out[j] = read_anew(said, text, back)
            j -= 1
        for i, text in _told_before(sentences, k):
            out[i] = read_anew(sentences[i], text, back)
    return out, back


def _told_before(sentences: Sequence[Sentence], k: int) -> list[tuple[int, str]]:
    """Where the friend was named in an earlier turn of the client's (within the last
    `_TURNS_BACK` turns) and owned only now ("It's about a friend of mine." ... "She picks until
    it bleeds." ... "Okay. It's me. There is no friend."), the client's sentences from the
    naming to the owning that tell of the friend ("she", "he"), read in the first person. Where
    speakers are unknown every turn counts, and only sentences that are not questions are read."""
    turns = 0
    seg = sentences[k].segment
    for f in range(k - 1, -1, -1):
        said = sentences[f]
        if said.segment != seg:
            seg = said.segment
            turns += 1
            if turns > _TURNS_BACK:
                return []
        if said.role == "clinician" or said.segment == sentences[k].segment:
            continue
        m = _FRIENDS.search(said.lower)
        if m is None:
            continue
        told = [
            w[0] for t in sentences[f:k] if t.role != "clinician" for w in _WHO.finditer(t.lower)
        ]
        who = "she" if told and told[0].startswith(("she", "her")) else "he"
        out = []
        for i in range(f, k):
            t = sentences[i]
            if t.role == "clinician" or t.segment == sentences[k].segment:
                continue
            if i == f:
                mine = _as_mine(t.text)
                if mine is not None:
                    out.append((i, mine))
            elif not t.is_question and re.search(rf"\b{who}\b", t.lower):
                out.append((i, as_first_person(t.text, who)))
        return out
    return []
