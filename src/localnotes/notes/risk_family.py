"""Harm done at home: the speaker's own act against someone they live with ("I pushed her. Into
the door.", said of "my mum" just before) is abuse of that person as well as harm to others, as
a safeguarding lead would file it (issue 17's thirty-first pass, aj10: a son's violence to his
mother). A brother or sister is left out: a fight between siblings is not filed so.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from localnotes.notes.model import Risk
from localnotes.notes.sentences import Sentence, index_of

#: those one lives with and may abuse; an adult partner is not among them: the speaker's blow
#: to a wife or husband is harm to others only, as the labels since the fifty-third pass have it
#: (bj06: "I pushed her", of his wife; a partner is no dependent)
_HOUSEHOLD = (
    r"(?:mum|mom|mother|mam|ma|dad|father|son|"
    r"daughter|kids?|children|baby|toddler|little one|gran|granny|nan|nana|grandma|grandmother|"
    r"grandad|grandpa|grandfather|stepmum|stepmom|stepdad|stepson|stepdaughter|wean|"
    r"bairn|wee one|wee \w+|little \w+)"
)
_PARTNER = r"(?:wife|husband|partner|girlfriend|boyfriend|missus|fiancée?)"
_MY_PARTNER = re.compile(rf"\bmy {_PARTNER}\b", re.I)
#: the act: "I pushed her", "I hit my wife", "I shoved mum into the door"
_ACT = (
    r"\bi(?:'ve|'d)? (?:\w+ ){0,2}?(?:hit|pushed|shoved|punched|kicked|slapped|smacked|strangled|"
    r"choked|grabbed|threw|dragged|beat|headbutted|throttled|flogged|belted|whipped|shook|shaken|"
    r"skelped|skelpin'|skelping|hitting|slapping|smacking|backhanded)"
)
_I_DID_TO_HOUSEHOLD = re.compile(rf"{_ACT} (?:my |our |the )?{_HOUSEHOLD}\b", re.I)
_I_DID_TO_HER = re.compile(rf"{_ACT} (?:her|him)\b", re.I)
#: someone named by the speaker, of the household or not ("my brother", "my boss")
_NAMED = re.compile(
    rf"\bmy (?:{_HOUSEHOLD}|{_PARTNER}|brother|sister|friend|mate|boss|teacher|neighbou?r|coach|"
    r"cousin|colleague|classmate|flatmate|housemate|uncle|aunt(?:ie)?|nephew|niece)\b",
    re.I,
)


#: the home as the place of what is asked or told: "it said there was an incident at home"
_AT_HOME = re.compile(
    r"\b(?:at home|in the (?:house|home|flat)|at (?:your|my|our|their) (?:place|house|flat)|"
    r"domestic)\b",
    re.I,
)


def _whom(sentences: Sequence[Sentence], k: int) -> str | None:
    """The last "my ..." said in the three sentences before sentence k (or earlier in it); "my
    home" where none is named but the home is ("And with Kayleigh, it said there was an incident
    at home.")."""
    window = sentences[max(0, k - 3) : k + 1]
    if any(_MY_PARTNER.search(s.text) for s in window):
        return "my partner"  # "My wife. ... about me sending money to my mother. I pushed her."
    for s in reversed(window):
        named = [m.group(0).lower() for m in _NAMED.finditer(s.text)]
        if named:
            return named[-1]
        if _AT_HOME.search(s.text):
            return "my home"
    return None


def harm_at_home(risks: Sequence[Risk], sentences: Sequence[Sentence]) -> list[Risk]:
    """Each harm to others endorsed whose quote is the speaker's act against one of their
    household (named in the act, or the "her" or "him" of the "my mum" said just before) is
    abuse of them too, with the same evidence."""
    added: list[Risk] = []
    for r in risks:
        if r.kind != "harm_to_others" or r.status != "endorsed":
            continue
        for e in r.evidence:
            at = index_of(sentences, e)
            if at is None or sentences[at].role == "clinician":
                continue
            low = sentences[at].lower
            them = _I_DID_TO_HER.search(low)
            who = _whom(sentences, at) if them else None
            if _I_DID_TO_HOUSEHOLD.search(low) or (
                who is not None and re.fullmatch(rf"my (?:{_HOUSEHOLD}|home)", who)
            ):
                added.append(Risk("abuse_or_neglect", "endorsed", r.time, r.evidence))
                break
    return [*risks, *added]


#: asked whether one did it to "her" or "him", or to a child named: "Did you shake her, or handle
#: her roughly, at any time?"
_ASKED_IF_I_DID = re.compile(
    r"\b(?:did|have|do|would|were) you (?:ever |at any time )?(?:\w+ )?(?:shake|shaken|shook|hit|"
    r"smack\w*|slap\w*|hurt|push\w*|throw\w*|handle\w* (?:her|him|them) roughly|lose your temper "
    r"with) (?:her|him|them|the (?:baby|kids?|children|little one|toddler)|your (?:son|daughter|"
    r"baby|kids?|children))\b"
)
#: the child named in the question: "Did you ever hit the kids?"
_CHILD_NAMED = re.compile(
    r"\b(?:the (?:baby|kids?|children|little one|toddler)|your (?:son|daughter|baby|kids?|"
    r"children))\b"
)
#: a baby or young child spoken of, for whom "her" or "him" stands
_A_BABY = re.compile(
    r"\b(?:baby|babies|newborn|infant|toddler|crib|cot|bottle|nappy|nappies|diaper|colic\w*|"
    r"pram|buggy|car seat|the little one)\b"
)


def denied_at_home(risks: Sequence[Risk], sentences: Sequence[Sentence]) -> list[Risk]:
    """Each harm to others denied in answer to whether the speaker did it to a baby or child of
    the household ("Did you shake her, or handle her roughly, at any time?" "No.", with the crib
    and the bottle spoken of before): abuse of the child denied too, with the same evidence (as
    `harm_at_home` files an act against one's household as abuse too)."""
    added: list[Risk] = []
    for r in risks:
        if r.kind != "harm_to_others" or r.status != "denied":
            continue
        at = index_of(sentences, r.evidence[0])
        if at is None or not _ASKED_IF_I_DID.search(sentences[at].lower):
            continue
        before = " ".join(s.lower for s in sentences[max(0, at - 10) : at + 1])
        if _A_BABY.search(before) or _CHILD_NAMED.search(sentences[at].lower):
            added.append(Risk("abuse_or_neglect", "denied", r.time, r.evidence))
    return [*risks, *added]
