"""Risk statements as lines of the draft, and what is said near them: protective factors, and a
plan, intent or means."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from localnotes.notes import risk_cues as rc
from localnotes.notes import risk_framing as rf
from localnotes.notes.model import Evidence, Item, Risk, kind_label
from localnotes.notes.sentences import Sentence

#: "Not now.", "Never since.", "Not this year.": a yes told of a time before is over
_NOT_NOW = re.compile(
    r"^(?:but |and |so )?(?:not|never|none) (?:now|since|any ?more|these days|lately|recently|"
    r"this (?:year|time|term)|for (?:a long time|years|ages|months))\W*$"
)


def endorsed(
    sentences: Sequence[Sentence], at: int, kind: str, time: str, ev: tuple[Evidence, ...]
) -> list[Risk]:
    """An endorsed statement whose last sentence is `at`; and, when its speaker goes on before any
    question to say it is over ("The first fortnight, yeah. I sat in the car ... Not now."), a
    denial now as well."""
    found = [Risk(kind, "endorsed", time, ev)]
    role = sentences[at].role
    for s in sentences[at + 1 : at + 5]:
        if s.is_question or (role is not None and s.role != role):
            break
        if _NOT_NOW.match(s.lower.strip(" \"'")):
            found = [Risk(kind, "endorsed", "past", ev)]  # told of a time before
            found.append(Risk(kind, "denied", "present", (*ev, s.evidence())))
            break
    return found


def context(sentences: Sequence[Sentence], risks: list[Risk]) -> list[Item]:
    """Protective factors and plan or means, said within three sentences of a risk statement."""
    near: set[int] = set()
    by_time = {(e.start, e.quote) for r in risks for e in r.evidence}
    for k, s in enumerate(sentences):
        if (s.start, s.text.strip()) in by_time:
            near.update(range(max(0, k - 3), min(len(sentences), k + 4)))
    items: list[Item] = []
    for k in sorted(near):
        s = sentences[k]
        if s.role == "clinician":
            continue
        low = s.lower
        if rf.PROTECTIVE.search(low) and not s.is_question:
            items.append(Item("protective", f"Protective factor: “{s.text}”", (s.evidence(),)))
        elif rf.PLAN_OR_MEANS.search(low) and not s.is_question:
            items.append(Item("risk_detail", f"Plan, intent or means: “{s.text}”", (s.evidence(),)))
    return items


def as_items(risks: Sequence[Risk]) -> list[Item]:
    out = []
    for r in risks:
        when = ", in the past" if r.time == "past" else ""
        quotes = " / ".join(f"“{e.quote}”" for e in r.evidence[:3])
        out.append(Item("risk", f"{kind_label(r.kind)}: {r.status}{when}. {quotes}", r.evidence))
    return out


def merge(found: list[Risk]) -> list[Risk]:
    """One statement per kind, status and time, its evidence joined."""
    out: list[Risk] = []
    for r in found:
        for i, o in enumerate(out):
            if (o.kind, o.status, o.time) == (r.kind, r.status, r.time):
                extra = tuple(e for e in r.evidence if e not in o.evidence)
                out[i] = replace(o, evidence=(o.evidence + extra)[:6])
                break
        else:
            out.append(r)
    return out


def _no_one_else_before(whose: str, relatives: str) -> str:
    """The start of a sentence up to its "he" or "she", in which no other person is named first
    ("my husband", "his brother"): the "he" is then the client spoken of."""
    return rf"^(?:(?!\b(?:{whose}) (?:{relatives})\b)[^.?!])*?"


#: a parent speaking for a child tells what "he" or "she" did to them: "He threw the remote and
#: then he hit me" (the child's harm to others, not abuse of the parent; not "my husband hit me")
_CHILD_DID_TO_ME = re.compile(
    _no_one_else_before("my|her|his", "husband|partner|boyfriend|dad|father|ex|brother")
    + r"\b(?:he|she) (?:\w+ )?(?:hit|hits|kicked|kicks|punched|punches|bit|bites|slapped|slaps|"
    r"pushed|pushes|scratched|scratches|headbutted|threw \w+ at) me\b",
    re.I,
)


def childs_harm(risks: Sequence[Risk], speaks_for: bool) -> list[Risk]:
    """In a session where someone speaks for the client (`speaks_for`: a parent, or a relative
    who came with them), abuse they tell as done to them by "he" or "she" is the client's harm to
    others."""
    if not speaks_for:
        return list(risks)
    return [
        replace(r, kind="harm_to_others")
        if r.kind == "abuse_or_neglect"
        and r.status == "endorsed"
        and _CHILD_DID_TO_ME.search(r.evidence[0].quote)
        else r
        for r in risks
    ]


#: a parent speaking for a child tells how "he" or "she" hurts themself: "He does bang his head on
#: the table when the homework goes wrong", "She scratches her arms till they bleed" (not a fall:
#: "he hit his head when he fell off the swing", nor a brother's or a friend's)
_CHILD_HURTS_SELF = re.compile(
    _no_one_else_before("his|her|my", "brother|sister|friend|dad|father|mum|mom|mother|cousin")
    + r"\b(?:he|she)(?:'s| has| does| did| will| keeps| sometimes| often| still| even| "
    r"also| just)* (?:bang|bangs|banged|banging|hit|hits|hitting|punch|punches|punched|punching|"
    r"bite|bites|bit|biting|scratch|scratches|scratched|scratching|pinch|pinches|pinched|"
    r"pinching|slap|slaps|slapped|slapping|cut|cuts|cutting|burn|burns|burned|burnt|burning) "
    r"(?:at )?(?:his|her) (?:own )?(?:head|arms?|hands?|wrists?|legs?|thighs?|face|skin|"
    r"fingers?)\b(?![^.?!]{0,30}\b(?:fell|falls|fall|falling|tripped|slipped|by accident|on the "
    r"(?:swing|slide|trampoline|climbing frame))\b)",
    re.I,
)


def childs_self_harm(sentences: Sequence[Sentence], speaks_for: bool) -> list[Risk]:
    """In a session where someone speaks for the client (`speaks_for`), self-harm they tell of
    "he" or "she", said by no one who asks."""
    if not speaks_for:
        return []
    return _told_of_the_client(sentences, _CHILD_HURTS_SELF, "self_harm", relayed_too=True)


#: someone who came with the client speaks for them: "Thanks for bringing your dad in", "Dad,
#: it's the memory clinic."
_BROUGHT_IN = re.compile(
    r"\b(?:bringing|brought) (?:your|him|her) (?:dad|mum|mom|father|mother|husband|wife|partner|"
    r"son|daughter|grandad|grandma|grandpa|gran|nan|granny|brother|sister) (?:in|along|today)\b|"
    r"^\W*(?:dad|mum|mom|mam),|"
    # "thank you for coming as well, Maureen", "Good morning, Mr. Fitzgerald, Mrs. Fitzgerald"
    r"\bthank(?:s| you) for coming (?:in |along )?(?:as well|too)\b|"
    r"\b(?:mr|mrs|ms)\.? ([\w\[\]]+),? (?:and )?(?:mrs|mr|ms)\.? \1(?!\w)",
    re.I,
)


def companion_speaks(sentences: Sequence[Sentence]) -> bool:
    """Someone who came with the client speaks for them: "Thanks for bringing your dad in", "Dad,
    it's the memory clinic.", "thank you for coming as well, Maureen"."""
    return any(_BROUGHT_IN.search(s.text) for s in sentences)


#: told by whoever speaks for the client: "Two weeks ago he hit one of the carers" (not "his
#: brother hit him", nor "he hit me", which `childs_harm` reads)
_THEY_HARMED = re.compile(
    _no_one_else_before(
        "my|her|his|their",
        "husband|partner|boyfriend|girlfriend|dad|father|mum|mom|mother|ex|brother|sister|son|"
        "daughter|friend|teacher|carer",
    )
    + r"\b(?:he|she) (?:\w+ )?(?:hit|punched|slapped|kicked|pushed|shoved|bit|headbutted|"
    r"attacked|went for|lashed out at|lunged at) (?:(?:one of )?(?:a|the|another|his|her|our) "
    r"(?:\w+ )?(?:kids?|boys?|girls?|child(?:ren)?|teachers?|carers?|nurses?|workers?|staff|"
    r"brothers?|sisters?|cousins?|classmates?|friends?|students?|pupils?|peers?|residents?|"
    r"patients?|lads?|guys?|man|men|woman|women|baby|aides?|assistants?|neighbou?rs?|mum|mom|"
    r"dad|sibling|siblings)|him|her|them)\b|"  # not "pushed his plate off the table"
    rf"\b(?:he|she) (?:threw|chucked|flung) (?:a|the|his|her) (?:\w+ )?{rc.THROWN}(?: of \w+)? "
    r"at (?:him|her|them|(?:a|the|one of the) (?:\w+ )?(?:neighbou?rs?|carers?|nurses?|warden|"
    r"staff|kids?|boys?|girls?))\b",
    re.I,
)


#: what another told, relayed (by the clinician, when speakers are unknown)
_RELAYED = re.compile(
    r"\b(?:wrote|writes|reported|reports|said|says|told (?:me|us|you)|mentioned|noted|letter|"
    r"report)\b[^.?!]{0,20}\bthat\b"
)


def others_told_harm(sentences: Sequence[Sentence], speaks_for: bool) -> list[Risk]:
    """Where someone speaks for the client (`speaks_for`: a parent, or a relative who came with
    them), harm to others they tell of "he" or "she", said by no one who asks."""
    if not speaks_for:
        return []
    return _told_of_the_client(sentences, _THEY_HARMED, "harm_to_others", relayed_too=False)


def _told_of_the_client(
    sentences: Sequence[Sentence], pattern: re.Pattern[str], kind: str, relayed_too: bool
) -> list[Risk]:
    """The sentences `pattern` finds, said by no one who asks, not denied ("He never bangs his
    head") nor, unless `relayed_too`, relayed ("The school wrote that he punched a kid")."""
    found = []
    for s in sentences:
        m = pattern.search(s.text)
        if not m or s.is_question or s.role == "clinician" or rf.IDIOMS.search(s.lower):
            continue
        if rf.NEGATION.search(rf.clause_before(s.lower, m.end())) or (
            not relayed_too and _RELAYED.search(s.lower)
        ):
            continue
        found.append(Risk(kind, "endorsed", rf.time_of(s.lower), (s.evidence(),)))
    return found
