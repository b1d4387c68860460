"""The rest of a session's content: interventions used, the client's response, homework, the plan,
the next appointment, and the client's own words for the presenting concern and mood.

Interventions are taken from the clinician's turns when speaker attribution labelled them; without
labels they are taken from the whole text, and each such item says so. The concern and mood are
the client's own sentences, quoted, never paraphrased.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from localnotes.notes import lexicon
from localnotes.notes.model import Item
from localnotes.notes.sentences import Sentence

_HOMEWORK = re.compile(
    r"\b(?:homework|between now and (?:next|then)|this (?:coming )?week,? (?:try|i'd like|"
    r"practice)|"
    r"i'd like you to|i want you to|try to (?:practice|notice|write|keep|do)|"
    r"practi[cs]e (?:the|this|that|it|your)|"
    r"keep (?:a|your|the) (?:diary|log|journal|record|sleep diary|thought record)|fill (?:out|in)|"
    r"write (?:down|them down|it down)|track (?:your|the|how)|before (?:next|our next) (?:time|"
    r"session|week))\b",
    re.I,
)
_PLAN = re.compile(
    r"\b(?:we'll|we will|we're going to|let's|i'll|i will|i'm going to|the plan is|plan is to|"
    r"we should|we can)\s+(?:\w+\s+){0,3}?(?:repeat|follow up|check|review|increase|go up|go down|"
    r"start|stop|continue|keep|talk|look at|work on|refer|send|call|schedule|write|make|revisit|"
    r"add|taper|lower|raise|try|coordinate|contact|consult|screen|reassess|measure|monitor)\b|"
    r"\brefer\w*\b|\breferral\b",
    re.I,
)
_NEXT = re.compile(
    r"\b(?:see you|next (?:session|appointment|time|week|visit)|same time next|"
    r"in (?:two|three|four|2|3|4|a couple of) weeks|book(?:ed)? (?:you|another|a follow)|"
    r"follow[\s-]up (?:appointment|visit|session))\b",
    re.I,
)
_MOOD = re.compile(
    r"\b(?:i(?:'ve| have)? (?:been )?(?:feel|feeling|felt)|i'm (?:feeling|so|really|pretty|kind of|"
    r"just|a bit|a little|very|not)?\s*(?:anxious|depressed|sad|tired|exhausted|overwhelmed|"
    r"stressed|"
    r"angry|down|low|numb|hopeless|lonely|better|worse|okay|irritable|scared|afraid|empty|on edge|"
    r"worried|frustrated|miserable|calmer|good|great|fine)|my mood|it's been (?:a )?(?:heavy|hard|"
    r"rough|tough|difficult|bad|better|good|okay)|(?:heavy|hard|rough|tough|difficult|bad|"
    r"better|good) "
    r"(?:week|couple of weeks|few weeks|month|days))\b",
    re.I,
)
_CONCERN = re.compile(
    r"\b(?:i(?:'ve| have)? been (?:struggling|having (?:a )?(?:hard|trouble|problems|a lot)|"
    r"worried|"
    r"dealing|fighting|avoiding|drinking|stuck)|i can't (?:sleep|stop|focus|concentrate|get|seem|"
    r"stand|handle|cope|breathe)|i keep (?:\w+ing)|the (?:main )?(?:problem|issue|thing) is|"
    r"what(?:'s| is) (?:been )?(?:bothering|going on|hard)|i'm (?:struggling|worried|scared|afraid|"
    r"having trouble)|i (?:wake|woke) up|panic attacks?|nightmares?|flashbacks?|i (?:don't|do not) "
    r"(?:enjoy|want to get|feel like)|i've lost|it's hard to|i'm not (?:sleeping|eating)|"
    r"i(?:'ve| have) been (?:sleeping|eating)|i started|since (?:my|the|he|she|we)|"
    r"the (?:anxiety|depression|panic|nightmares|cravings|drinking|insomnia|worry|worrying|voices|"
    r"urges|flashbacks|grief|anger|pain) (?:came back|is|has been|got|gets|keeps|was|won't))\b",
    re.I,
)
_RESPONSE = re.compile(
    r"\b(?:that (?:helps|helped|makes sense|sounds (?:good|doable|hard|helpful))|i (?:can|"
    r"could|will|'ll) "
    r"(?:try|do) (?:that|it|this)|i'll try|i tried (?:it|that|the)|it helped|it didn't help|"
    r"i felt (?:calmer|better|worse)|i noticed|i liked|i don't think (?:that|it) (?:will|would) "
    r"(?:work|help)|okay,? i can)\b",
    re.I,
)
_HOW_ARE_YOU = re.compile(
    r"\bhow(?:'s| is| has| have| are| was)? (?:your (?:week|mood|day|weekend|month)|you(?: been)?|"
    r"things(?: been)?|it been|you feeling|everything)\b",
    re.I,
)
_NOT_CLIENT_MOOD = re.compile(r"\bi'm (?:glad|sorry|happy to|going to|not going to)\b", re.I)


def _client_side(s: Sentence) -> bool:
    return s.role != "clinician"


def interventions(sentences: Sequence[Sentence]) -> list[Item]:
    """Each intervention once, at its first mention, from the clinician's turns where known."""
    known = any(s.role is not None for s in sentences)
    seen: set[str] = set()
    out = []
    for s in sentences:
        if known and s.role != "clinician":
            continue
        for name, pattern in lexicon.load().interventions:
            if name in seen or not pattern.search(s.text):
                continue
            seen.add(name)
            where = "" if known else " (from the whole text: who said it is not known)"
            out.append(Item("intervention", f"{name}{where}: “{s.text}”", (s.evidence(),)))
    return out


def _matching(
    sentences: Sequence[Sentence], pattern: re.Pattern[str], category: str, label: str,
    keep: int, who: str | None = None, skip_questions: bool = True,
) -> list[Item]:  # fmt: skip
    out = []
    for s in sentences:
        if who == "client" and not _client_side(s):
            continue
        if skip_questions and s.is_question:
            continue
        if pattern.search(s.text):
            out.append(Item(category, f"{label}“{s.text}”", (s.evidence(),)))
        if len(out) >= keep:
            break
    return out


def homework(sentences: Sequence[Sentence]) -> list[Item]:
    return _matching(sentences, _HOMEWORK, "homework", "Homework: ", 6)


def plan(sentences: Sequence[Sentence]) -> list[Item]:
    return _matching(sentences, _PLAN, "plan", "", 8)


def next_appointment(sentences: Sequence[Sentence]) -> list[Item]:
    found = _matching(sentences, _NEXT, "next_appointment", "Next appointment: ", 50)
    return found[-2:]  # the end of the session is where the next one is settled


def mood(sentences: Sequence[Sentence]) -> list[Item]:
    out = []
    for k, s in enumerate(sentences):
        if not _client_side(s) or s.is_question or _NOT_CLIENT_MOOD.search(s.text):
            continue
        asked = (
            k > 0 and sentences[k - 1].is_question and _HOW_ARE_YOU.search(sentences[k - 1].text)
        )
        if _MOOD.search(s.text) or asked:
            out.append(Item("mood", f"Mood, in the client's words: “{s.text}”", (s.evidence(),)))
        if len(out) >= 4:
            break
    return out


def concern(sentences: Sequence[Sentence]) -> list[Item]:
    out = []
    for s in sentences:
        if not _client_side(s) or s.is_question:
            continue
        if _CONCERN.search(s.text) and re.search(r"\b(?:i|i'm|i've|my|me)\b", s.text, re.I):
            out.append(Item("concern", f"In the client's words: “{s.text}”", (s.evidence(),)))
        if len(out) >= 5:
            break
    return out


def responses(sentences: Sequence[Sentence]) -> list[Item]:
    return _matching(sentences, _RESPONSE, "response", "Client's response: ", 5, who="client")
