"""Passages to check for risk: sentences that speak the words of risk but that the rules of
`risk` did not read as a risk statement, endorsed or denied.

The risk rules report a statement only where they know its phrasing, and on dialogs nobody tuned
them on they miss some (the README's blind figures). This is the net under them: any sentence
with a word of the vocabulary a risk screen is made of (dying, suicide, ending it, not waking up,
hurting or cutting oneself, hitting, hurting or killing someone, weapons, pills saved, abuse,
neglect, threats, being hit, choked or locked in, and the warning signs the screens list: a car
running in a garage, goodbye letters, things given away, food locked away) that no risk item
already quotes is shown under the risk items as a passage to read, with the kinds of risk its
words belong to; so is an answer to a risk question that says neither yes nor no. It decides
nothing (no status, not counted as risk), so it can afford to be broad: a few passages too many
cost the clinician a glance; one too few may cost a missed disclosure.

Left out, because they are not risk: the sayings of `risk_framing.IDIOMS` ("this job is killing me")
and the clinician's hypotheticals ("if you ever feel unsafe, call ..."). The vocabulary was
written from the items of common risk screens (C-SSRS, ASQ, HITS, elder-abuse screens), and
widened in issue 17's thirty-fifth pass from the tuned dialogs' endorsed statements whose words it
did not hold (as classes of words: a body part bitten or scratched, a vehicle into a pillar, a
person pinned or decked), never from a held-out dialog.
"""

from __future__ import annotations

from collections.abc import Sequence

from localnotes.notes import risk_framing as rf
from localnotes.notes.model import Item, Risk, RiskPassage, kind_label
from localnotes.notes.risk_vocabulary import kinds_in
from localnotes.notes.sentences import Sentence

__all__ = ["as_items", "kinds_in", "open_answers", "passages"]


def _hypothetical(s: Sentence) -> bool:
    """The clinician's "if you ever ..." or "people with ... often ...": advice, not a telling."""
    return s.role != "client" and bool(rf.CONDITIONAL.search(s.lower))


def open_answers(unread: Sequence[RiskPassage], risks: Sequence[Risk]) -> list[RiskPassage]:
    """Of the questions about a kind of risk whose answer the rules read neither as yes nor as no
    (`risk.extract`'s third part: "Are you having thoughts of ending your life?" -- "It would be
    tidier for everyone if I weren't around."; "I don't know."), those no statement of that kind
    quotes: the question and its answer, to read. A screen's answer nobody classified is what a
    clinician must see."""
    quoted = {(e.start, e.quote, r.kind) for r in risks for e in r.evidence}
    out = []
    for p in unread:
        answer = p.evidence[-1]
        kinds = tuple(c for c in p.kinds if (answer.start, answer.quote, c) not in quoted)
        if kinds:
            out.append(RiskPassage(kinds, p.evidence))
    return out


def passages(
    sentences: Sequence[Sentence], risks: Sequence[Risk], unread: Sequence[RiskPassage]
) -> list[RiskPassage]:
    """The answers to risk questions that no rule read (`open_answers`), and the sentences with
    words of a kind of risk that no risk statement of that kind quotes ("When you burned
    yourself, were you wanting to die?" answered "No" is ideation denied, and still a passage to
    read for self-harm), in transcript order."""
    read: dict[tuple[float, str], set[str]] = {}
    for r in risks:
        for e in r.evidence:
            read.setdefault((e.start, e.quote), set()).add(r.kind)
    out = open_answers(unread, risks)
    for p in out:
        for e in p.evidence:
            read.setdefault((e.start, e.quote), set()).update(p.kinds)
    for s in sentences:
        if rf.IDIOMS.search(s.lower) or _hypothetical(s):
            continue
        done = read.get((s.start, s.text.strip()), set())
        kinds = tuple(k for k in kinds_in(s.text) if k not in done)
        if kinds:
            out.append(RiskPassage(kinds, (s.evidence(),)))
    return sorted(out, key=lambda p: p.evidence[0].start)


def as_items(found: Sequence[RiskPassage]) -> list[Item]:
    """Each passage as a line of the draft, placed with the risk items."""
    return [
        Item(
            "risk_review",
            f"Not classified, read for {' or '.join(kind_label(k).lower() for k in p.kinds)}: "
            + " ".join(f"“{e.quote}”" for e in p.evidence),
            p.evidence,
        )
        for p in found
    ]
