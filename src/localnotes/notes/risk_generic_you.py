"""Risk told of "you", anyone, and owned a moment later as the client's own (issue 17's fifty-first
pass, from the probe p25): "You know when you just want to go to sleep and not wake up? That's
been me, every night since the funeral."; "You get that feeling where you have to cut ... That's
been most weeks."; "Is it normal to burn yourself with a lighter to calm down? I've been doing it
on my arm."; "Is it normal for your boyfriend to not let you eat until he says so? Because that's
what happens at mine." Where a sentence of the client's owns what was told so, the sentences
before it in the same turn (up to three) are read in the first person ("i just want to go to
sleep and not wake up."), as `risk_friend_is_me` reads a friend owned; the evidence quotes the
sentence as it was said. Patterns run on lowercase text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from localnotes.notes.model import Evidence
from localnotes.notes.risk_relay import read_anew
from localnotes.notes.sentences import Sentence

#: what was told of "you" owned: "That's been me", "That's been most weeks", "that's what
#: happens at mine", "That's what happened with my brother Sunday", "I've been doing it"
_OWNED = re.compile(
    r"^(?:and |because |but |well,? |yeah,? |so )*(?:that's|that has|that is|that was|this is|"
    r"this has)(?: been| what's been)? (?:me|my life|my (?:week|weeks|nights?|days?|year)|most "
    r"(?:weeks|days|nights|mornings)|every (?:night|day|week|morning)\b|what (?:happens|happened|"
    r"goes on|went on) (?:at mine|at home|to me|with me|with my|in my|at my|between me)|what i "
    r"(?:do|did|have been doing|'ve been doing)\b|how it is for me|how it's been for me)|"
    r"^(?:and |but |well,? |yeah,? |so )*i(?:'ve| have) been doing (?:it|that|this)\b|"
    r"^(?:and |but |well,? |yeah,? |so )*i (?:do|did) (?:it|that)\b(?! (?:once|for a laugh))"
)
#: a sentence told of anyone: it speaks to "you" ("you get that feeling", "is it normal to ...")
_OF_ANYONE = re.compile(r"\byou\b|\byour(?:self)?\b|^is it normal (?:to|for)\b")
#: "you know" said as a filler, left out before the rest is read
_FILLER = re.compile(r",? you know,?(?= )|^you know,? (?=when|what|how|that|the|like)")
_MINE_NEXT = re.compile(r"^(?:because |and |but |so |well,? )*(?:i|i've|i'm|i'd|my)\b")
_NORMAL = re.compile(r"^is it normal (?:to|for (?P<who>[^?]+?) to)\s+")
#: "you" as the one who does, after which it is "i"; elsewhere it is "me"
_SUBJECT_BEFORE = (
    r"(?:^|(?<=[,;:] )|(?<=\band )|(?<=\bwhen )|(?<=\bwhere )|(?<=\bthat )|(?<=\bif )|"
    r"(?<=\bthen )|(?<=\bso )|(?<=\bbut )|(?<=\buntil )|(?<=\bbecause )|(?<=\bjust ))"
)
_PERSON = (
    (re.compile(r"\byourself\b"), "myself"),
    (re.compile(r"\byour\b"), "my"),
    (re.compile(r"\byou're\b"), "i'm"),
    (re.compile(r"\byou've\b"), "i've"),
    (re.compile(r"\byou'd\b"), "i'd"),
    (re.compile(r"\byou'll\b"), "i'll"),
    (re.compile(_SUBJECT_BEFORE + r"you\b"), "i"),
    (re.compile(r"\byou\b"), "me"),
)


def _as_mine(text: str) -> str:
    """The sentence told of anyone read in the first person: "is it normal to burn yourself?"
    -> "i burn myself."."""
    low = _FILLER.sub("", text.lower()).strip()
    if (m := _NORMAL.match(low)) is not None:
        low = (f"{m['who']} " if m["who"] else "i ") + low[m.end() :]
    for pattern, word in _PERSON:
        low = pattern.sub(word, low)
    return low.rstrip("?") + ("." if low.endswith("?") else "")


def _after_normal(sentences: Sequence[Sentence], k: int) -> bool:
    """Whether sentence `k` tells of the client right after the client asked whether a thing is
    normal: "Is it normal to want to shake the baby ...? I had to put him down and walk out."."""
    before = sentences[k - 1] if k > 0 else None
    return (
        before is not None
        and before.segment == sentences[k].segment
        and _NORMAL.match(before.lower) is not None
        and _MINE_NEXT.match(sentences[k].lower) is not None
    )


def owned_of_anyone(
    sentences: Sequence[Sentence],
) -> tuple[list[Sentence], dict[Evidence, Evidence]]:
    """The sentences with what the client told of "you", owned in the same turn as the client's
    own, read in the first person; and for each sentence read anew, its evidence as read -> its
    evidence as said."""
    out = list(sentences)
    back: dict[Evidence, Evidence] = {}
    for k, s in enumerate(sentences):
        if s.role == "clinician" or not (_OWNED.search(s.lower) or _after_normal(sentences, k)):
            continue
        for j in range(k - 1, max(k - 4, -1), -1):
            said = sentences[j]
            if said.segment != s.segment or said.role == "clinician":
                break
            if _OF_ANYONE.search(said.lower):
                out[j] = read_anew(said, _as_mine(said.text), back)
    return out, back
