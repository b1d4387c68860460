"""Drugs another person takes, told by the sentences around the one that names them.

`medication_list` reads whose a drug is from the words right before its name ("my son's", "he's
on"). Two ways of saying it need the sentences around: a question about another person's
medication, whose answer names their drugs ("Does Noah take anything?" "Melatonin, three
milligrams, for sleep."), and a parent who speaks for a child, the client, and names their own
drug in the same turn as they speak of the child ("Will it make him sleepy? I'm on sertraline, a
hundred, and I know how tired tablets can make you."); and a drug disowned right after it is
named ("Ten milligrams of morphine over the day. That's his, not mine."). Each gives the
sentences so told, as (start, quote) keys of their evidence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from localnotes.notes.sentences import Sentence

#: who a question about medication asks about, when it is not the client: a person by name (or
#: the placeholder redaction leaves) or "your son"; not "he" or "she", who may be the client a
#: parent is asked about ("Is she taking anything else?")
_ANOTHER = (
    r"(?:\[PERSON\]|(?-i:[A-Z][a-z]+)|your\s+(?:\w+\s+)?(?:son|daughter|husband|wife|"
    r"partner|mother|mum|mom|father|dad|brother|sister|boy|girl|kids?|child|children|baby))"
)
#: "Does Noah take anything?", "Is your son on any medication?", "Has [PERSON] been on anything?"
_ASKS_ABOUT_ANOTHER = re.compile(
    rf"^\W*(?:and|so|okay|now)?,?\s*(?:does|is|has|did)\s+{_ANOTHER}\s+"
    r"(?:(?:been\s+)?(?:on|taking|take|have|use)\s+)"
    r"(?:anything|any\s+(?:medicines?|medications?|meds|tablets?|pills)|something)\b[^?]*\?\W*$",
    re.I,
)
#: the words a speaker says of their own medication
_I_TAKE = re.compile(
    r"\b(?:I'm|I am|I've been|I have been)\s+(?:also\s+)?(?:on|taking)\b|\bI take\b", re.I
)
#: their own drug, told apart from the client's: "I take my own, the citalopram"
_MY_OWN = re.compile(r"\bI(?:'m| am)? (?:take|taking|on) my own\b", re.I)
#: a drug just named disowned as another person's: "That's his, not mine.", "Those are my dad's,
#: not mine", "It's for her, not for me." (not "That's mine, not his.")
_DISOWNED = re.compile(
    r"(?:^|[,;]\s*)(?:and\s+)?(?:that|this|it|those|these|they)(?:'s|'re| is| are| was| were)\s+"
    r"(?:all\s+)?(?:his|hers|theirs|(?:my|her|his|our|their)\s+(?:\w+\s+)?\w+'s?|"
    r"for\s+(?:him|her|them|(?:my|her|his|our|their)\s+\w+)),?\s+"
    r"(?:and\s+)?not\s+(?:mine|for\s+me|me)\b",
    re.I,
)
#: the client spoken of in the third person by a parent
_OF_THE_CHILD = re.compile(r"\b(?:he|him|his|she|her)\b", re.I)


#: a sentence as `whose_drug` marks it: its (start, quote)
Key = tuple[float, str]


def key(s: Sentence) -> Key:
    return (s.start, s.text.strip())


def answers_about_another(sentences: Sequence[Sentence], parent_speaks: bool) -> set[Key]:
    """The sentences that answer a question about another person's medication (up to the next
    question, two at most). Where a parent speaks for the client, the child asked about by name,
    "he" or "your son" is the client: none."""
    out: set[Key] = set()
    if parent_speaks:
        return out
    for k, s in enumerate(sentences):
        if not _ASKS_ABOUT_ANOTHER.search(s.text):
            continue
        for x in sentences[k + 1 : k + 3]:
            if x.is_question or _I_TAKE.search(x.text):
                break  # the client's own drugs, said after ("And I'm on sertraline.")
            out.add(key(x))
    return out


def parents_own(sentences: Sequence[Sentence], parent_speaks: bool) -> set[Key]:
    """Where a parent speaks for the client, a child: the sentences in which the speaker names
    their own drug in a turn that speaks of the child as "him" or "her" before it. Said as "my
    own" after "he" or "she" ("He takes it with breakfast. I take my own, the citalopram
    twenty."), the drug is the speaker's in any session."""
    out: set[Key] = set()
    for k, s in enumerate(sentences):
        mine = _I_TAKE.search(s.text) if parent_speaks else _MY_OWN.search(s.text)
        if mine is None:
            continue
        near = (s.segment,) if parent_speaks else (s.segment, s.segment - 1)  # spoken: split
        turn = [x.text for x in sentences[max(0, k - 2) : k] if x.segment in near]
        if _OF_THE_CHILD.search(" ".join([*turn, s.text[: mine.start()]])):
            out.add(key(s))
            after = sentences[k + 1] if k + 1 < len(sentences) else None
            if after is not None and not s.text[mine.end() :].strip(" .,") and after.role == s.role:
                out.add(key(after))  # "I take my own." "The citalopram twenty, same time."
    return out


def disowned(sentences: Sequence[Sentence], parent_speaks: bool) -> set[Key]:
    """The sentences whose drug the speaker disowns right after naming it, in the same turn:
    the one that says "That's his, not mine." and the one before it. Where a parent speaks for
    the client, "his" may be the client's: none."""
    out: set[Key] = set()
    if parent_speaks:
        return out
    for k, s in enumerate(sentences):
        if not _DISOWNED.search(s.text):
            continue
        out.add(key(s))
        before = sentences[k - 1] if k else None
        if before is not None and before.segment == s.segment and not before.is_question:
            out.add(key(before))
    return out
