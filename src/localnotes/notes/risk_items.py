"""Risk statements as lines of the draft, and what is said near them: protective factors, and a
plan, intent or means."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from localnotes.notes import risk_framing as rf
from localnotes.notes.model import Evidence, Item, Risk, kind_label
from localnotes.notes.sentences import Sentence

#: "Not now.", "Never since.", "Not this year.": a yes told of a time before is over
_NOT_NOW = re.compile(
    r"^(?:but |and |so )?(?:not|never|none) (?:now|since|any ?more|these days|lately|recently|"
    r"this (?:year|time|term)|for (?:a long time|years|ages|months))\W*$"
)

#: the same said at the end of the sentence that tells it: "..., not since school."
_ENDS_NOT_SINCE = re.compile(
    r",\s*(?:but )?(?:not|never|none) (?:since|any ?more|for (?:years|ages|months))\b[^,;.?!]*"
    r"\W*$"
)


def endorsed(
    sentences: Sequence[Sentence], at: int, kind: str, time: str, ev: tuple[Evidence, ...]
) -> list[Risk]:
    """An endorsed statement whose last sentence is `at`; and, when its speaker goes on before any
    question to say it is over ("The first fortnight, yeah. I sat in the car ... Not now."), a
    denial now as well."""
    found = [Risk(kind, "endorsed", time, ev)]
    if _ENDS_NOT_SINCE.search(sentences[at].lower):  # "I used to scratch ..., not since school."
        return [Risk(kind, "endorsed", "past", ev), Risk(kind, "denied", "present", ev)]
    role = sentences[at].role
    for s in sentences[at + 1 : at + 5]:
        if s.is_question or (role is not None and s.role != role):
            break
        if _NOT_NOW.match(s.lower.strip(" \"'")):
            found = [Risk(kind, "endorsed", "past", ev)]  # told of a time before
            found.append(Risk(kind, "denied", "present", (*ev, s.evidence())))
            break
    return found


#: another taken along in the death thought of: "... and driving in. With both of us.", "I'd take
#: the kids with me"
_TAKEN_ALONG = re.compile(
    r"^(?:and |just |but )?with (?:both of us|the two of us|all of us|(?:him|her|them|the (?:kids|"
    r"children|baby|boys|girls))(?: in (?:the car|it|the back))?)\W*$|"
    r"\b(?:take|taking|took|bring|bringing|have|having) (?:him|her|them|the (?:kids|children|baby|"
    r"boys|girls)|my (?:son|daughter|kids|children|baby|boy|girl|boys|girls)) (?:with me|along)\b|"
    r"\bwith (?:my|the) (?:son|daughter|kids|children|baby|boy|girl) (?:in the car|with me)\b"
)


def taken_along(sentences: Sequence[Sentence], risks: Sequence[Risk]) -> list[Risk]:
    """Harm to others in a thought of one's own death that takes another along ("I thought about
    turning off at the reservoir and driving in. With both of us."): said in the sentence of an
    endorsed ideation or in the two the speaker says next."""
    at = {(s.start, s.text.strip()): k for k, s in enumerate(sentences)}
    out: list[Risk] = []
    for r in risks:
        if r.kind != "suicidal_ideation" or r.status != "endorsed":
            continue
        k = max((at.get((e.start, e.quote), -1) for e in r.evidence), default=-1)
        if k < 0:
            continue
        role = sentences[k].role
        for s in sentences[k : k + 3]:
            if s is not sentences[k] and (s.is_question or s.role != role):
                break
            if _TAKEN_ALONG.search(s.lower):
                out.append(Risk("harm_to_others", "endorsed", r.time, (*r.evidence, s.evidence())))
                break
    return out


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
