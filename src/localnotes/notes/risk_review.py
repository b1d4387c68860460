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
written from the items of common risk screens (C-SSRS, ASQ, HITS, elder-abuse screens), not from
any dialog's sentences.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from localnotes.notes import risk
from localnotes.notes import risk_cues as rc
from localnotes.notes import risk_framing as rf
from localnotes.notes.model import Item, Risk, RiskPassage, kind_label
from localnotes.notes.sentences import Sentence

_SELF = r"(?:my|your) ?self"
_SOMEONE = (
    r"(?:him|her|them|someone|somebody|anyone|anybody|people|everyone|the baby|the kids?|"
    r"my (?:son|daughter|kids?|children|wife|husband|partner|mother|father|mom|dad|boss|baby|"
    r"brother|sister|girlfriend|boyfriend|roommate|neighbou?r|coworker))"
)

_PILLS = r"(?:pills|meds|tablets)\b"


def _any(*alternatives: str) -> re.Pattern[str]:
    return re.compile("|".join(alternatives))


#: The words of each kind of risk, as a screen asks about them.
VOCABULARY: dict[str, re.Pattern[str]] = {
    "suicidal_ideation": _any(
        r"\bsuicid\w*",
        r"\bkill(?:ing|ed)? " + _SELF + r"\b",
        r"\bend(?:ing|ed)? (?:it|it all|my life|things|everything|the pain)\b",
        r"\btak(?:e|ing) my (?:own )?life\b",
        r"\bunalive\b",
        r"\b(?:be|being|was|were|rather be|better) dead\b",
        r"\b(?:want|wanted|wish|wished|wishing|rather|ready) (?:to )?"
        r"(?:die|disappear|be gone|go to sleep (?:and|forever))\b",
        r"\b(?:not|never|don't|wouldn't)\b(?: \w+){0,3} (?:wake|waking|woke) up\b",
        r"\bnot (?:to )?(?:be|being) (?:here|around|alive)\b",
        r"\b(?:be|being) done with (?:it|it all|everything|life)\b",
        r"\b(?:better|easier) (?:off )?without me\b",
        r"\bno (?:point|reason) (?:in |to )?"
        r"(?:living|live|going on|being here|be here|keep going|wake up)\b",
        r"\bcan'?t (?:go on|keep going|do this anymore)\b",
        r"\boverdos\w*",
        r"\bhang(?:ing)? myself\b|\bnoose\b",
        r"\bjump(?:ing|ed)? (?:off|from|in front)\b",
        r"\bgoodbye (?:note|letter)s?\b|\bwrote (?:a|my) will\b",
        r"\bgive (?:away|my) (?:things|stuff|belongings)\b",
        r"\bstockpil\w*",
        # the warning signs of the screens: a car left running shut in, goodbye letters, things
        # given away, a wish to vanish, being tired of being alive
        r"\bgarage\b[^.?!]{0,40}\b(?:car|engine) running\b|"
        r"\b(?:car|engine) running\b[^.?!]{0,30}\bgarage\b",
        r"\b(?:wrote|writing|written|left) (?:goodbye )?letters (?:to|for) (?:my|each|every|all)\b",
        r"\bgave away (?:my|all|most|everything)\b|\bwon't be needing\b",
        r"\b(?:if|when|that) i (?:just )?(?:disappeared|vanished|was gone|were gone)\b",
        r"\btired of (?:being (?:here|alive)|living|life|it all)\b",
        r"\b(?:save|saved|saving|stockpil\w*|stash\w*|hoard\w*|hid|hide|hiding|hidden|"
        r"put(?:ting)? aside|set(?:ting)? aside|put(?:ting)? away) (?:up )?(?:my |the |some )?"
        + _PILLS,
        r"\b(?:all|a bunch|a handful|a lot|too many|the whole bottle|extra) (?:of )?"
        r"(?:(?:my|the|her|his|our) )?(?:\w+'s )?" + _PILLS,
        r"\b(?:gun|guns|pistol|rifle|shotgun|firearms?)\b",
        # "in my sleep" also as speech recognition hears it, "to my sleep"
        r"\b(?:take|takes|took|taken) me (?:in|to|during) my sleep\b|"
        r"\b(?:slip|go|die|pass) (?:away )?(?:in|to|during) my sleep\b",
        r"\b(?:took|swallowed|downed) (?:everything|all|every \w+|the whole \w+) (?:in|from|that "
        r"was in) (?:the|my|our) (?:medicine )?(?:cabinet|bottle|drawer|cupboard)\b",
        r"\blet (?:it|death) take me\b|\b(?:wouldn't|won't|not) fight (?:it|this)\b",
    ),
    "self_harm": _any(
        r"\bself[- ]?harm\w*",
        r"\b(?:hurt|hurting|harm|harming|cut|cutting|burn|burned|burnt|burning|hit|hitting|"
        r"punch\w*|scratch\w*|bang\w*|bit|bite|biting|starv\w*|pinch\w*) " + _SELF + r"\b",
        r"\b(?:the|my|your|started|start|stopped|stop|quit|urges? to|about|been|was|were|with|of) "
        r"cutting\b" + rc.NOT_CUTTING_SOMETHING,
        r"\b(?:cut|burn|burned|burnt|burning) (?:on |into )?(?:my|your)\b(?! (?:hair|nails|bangs|"
        r"fringe|beard)\b)",
        r"\brazors?\b|\bblades?\b|\bscars?\b",
        r"\bpick(?:ing|ed)? (?:at )?my skin\b",
        r"\bhead ?bang\w*|\bbang(?:ing|ed)? my head\b",
        r"\b(?:just|only|they're|it's) scratches\b|\bthe scratching\b|\bnails into\b",
        r"\b(?:until|till) (?:my|it|they|the) (?:\w+ )?(?:bled|bleeds?|bleeding|bruised|split|"
        r"broke)\b",
        r"\bpunch(?:ed|ing)? (?:the |a )?walls?\b",
        r"\bpunish(?:ed|ing)? myself\b",
    ),
    "harm_to_others": _any(
        r"\b(?:kill|killing|hurt|hurting|harm|harming|shoot|shooting|stab|stabbing|strangl\w*|"
        r"chok\w*|hit|hitting|punch\w*|beat|beating|smother\w*|shake|shaking|shook) "
        + _SOMEONE
        + r"\b",
        r"\bviolen\w*|\bweapons?\b|\bknife\b|\bknives\b",
        r"\brevenge\b|\bget (?:back at|even with)\b",
        r"\bthreaten\w*|\bthreats?\b",
        r"\bsnap(?:ped)? (?:and|at)\b|\blose it (?:with|on)\b",
        r"\b(?:threw|throw|throwing|thrown) (?:a|the|my|his|her|something)(?: \w+)? at\b",
    ),
    "abuse_or_neglect": _any(
        r"\babus\w*|\bmolest\w*|\brap(?:e|ed|ing|ist)\b|\bassault\w*",
        r"\btouch(?:ed|es|ing) (?:me|her|him|them)\b",
        r"\b(?:hits?|hitting|hurt|hurts|beat|beats|kick\w*|slap\w*|punch\w*|chok\w*|grab\w*|"
        r"push\w*|shov\w*|threw|throws?|strangl\w*) (?:me|us|my|you)\b",
        r"\bbeaten\b|\bneglect\w*",
        r"\block(?:ed|s)? (?:me |her |him |them |us )?(?:in|out)\b",
        r"\bleft (?:him|her|them|me|us|the kids?|the baby) alone\b|\bleft alone (?:all|for)\b",
        r"\bno food\b|\bwithout food\b|\bwent hungry\b|\b(?:wet|soiled) (?:bed|sheets)\b",
        r"\b(?:belt|strap|switch|cord|wooden spoon) to (?:me|us|him|her)\b",
        r"\bchild protective|\bcps\b",
        r"\b(?:afraid|scared) (?:of|for) (?:him|her|them|my life)\b|\bunsafe\b|\bnot safe\b",
        r"\bcontrols? (?:the money|me|my)\b",
        r"\b(?:his|her|their|the|a) belt\b(?! (?:loop|buckle|sander))",
        r"\bmakes? (?:me|us|her|him|them) sleep (?:in|outside|on)\b",
        r"\blocks? (?:up )?the (?:fridge|food|pantry|cupboards?)\b",
        r"\b(?:won't|doesn't|didn't|wouldn't) let (?:me|us|her|him) (?:see (?:my|our|her|his) "
        r"(?:friends|family)|leave the house|have (?:my|our|any) (?:own )?money|have a phone|eat|"
        r"work)\b",
        r"\b(?:reads|checks|goes through|tracks) my (?:texts|messages|phone|email|location)\b",
        r"\btakes? (?:my|her|his) (?:money|pension|phone|keys)\b",
    ),
}


def kinds_in(text: str) -> tuple[str, ...]:
    """The kinds of risk whose words the text speaks, in `VOCABULARY`'s order."""
    low = text.lower()
    return tuple(kind for kind, words in VOCABULARY.items() if words.search(low))


def _hypothetical(s: Sentence) -> bool:
    """The clinician's "if you ever ..." or "people with ... often ...": advice, not a telling."""
    return s.role != "client" and bool(rf.CONDITIONAL.search(s.lower))


def open_answers(sentences: Sequence[Sentence], risks: Sequence[Risk]) -> list[RiskPassage]:
    """A question about a kind of risk whose answer the rules read neither as yes nor as no
    ("Are you having thoughts of ending your life?" -- "It would be tidier for everyone if I
    weren't around."; "I don't know."), and that no statement of that kind quotes: the question
    and its answer, to read. A screen's answer nobody classified is what a clinician must see."""
    quoted = {(e.start, e.quote, r.kind) for r in risks for e in r.evidence}
    out = []
    for k, q in enumerate(sentences):
        kinds = risk.asked_kinds(sentences, k)
        answer, says = risk.answer_to(sentences, k) if kinds else (None, None)
        if answer is None or says not in (None, "statement"):
            continue
        ev = answer.evidence()
        kinds = tuple(c for c in kinds if (ev.start, ev.quote, c) not in quoted)
        if kinds:
            out.append(RiskPassage(kinds, (q.evidence(), ev)))
    return out


def passages(sentences: Sequence[Sentence], risks: Sequence[Risk]) -> list[RiskPassage]:
    """The answers to risk questions that no rule read (`open_answers`), and the sentences with
    words of a kind of risk that no risk statement of that kind quotes ("When you burned
    yourself, were you wanting to die?" answered "No" is ideation denied, and still a passage to
    read for self-harm), in transcript order."""
    read: dict[tuple[float, str], set[str]] = {}
    for r in risks:
        for e in r.evidence:
            read.setdefault((e.start, e.quote), set()).add(r.kind)
    out = open_answers(sentences, risks)
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
