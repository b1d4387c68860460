"""A screen's risk item said with its answer: the PHQ-9's last question (thoughts that one would be
better off dead, or of hurting oneself), which clinicians read out on its own because it is the
one about risk: "on the last question, about being better off dead, you put a zero", "You marked a
one on the last question", "item nine was a two". Reported as the measure "PHQ-9 item 9" (0-3), so
the draft shows it beside the total, and as a risk statement: any answer above zero is a positive
screen for suicidal ideation (endorsed), a zero a denial, each citing the same sentences.

Only where the sentence says what the item is about, or the PHQ-9 (or "the mood questionnaire") is
named in it or in the three sentences before: another questionnaire's last question is not it.
The Edinburgh (EPDS) ends on the same question, its tenth ("the thought of harming myself has
occurred to me", 0-3): where it is named last in those sentences, the item is "EPDS item 10".

Where the form is read out item by item, its risk item is read in the form's own words ("And
thoughts that you would be better off dead, or of hurting yourself in some way?") and may be
answered in them ("Several days.", "Hardly ever."): the choice is the item's score, as the form
scores it, when the form was named in the forty sentences before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from localnotes.notes import lexicon
from localnotes.notes.measure_item_forms import PHQ_WORDS
from localnotes.notes.model import Evidence, Measure, Risk
from localnotes.notes.numbers import find_numbers
from localnotes.notes.sentences import Sentence

NAME = "PHQ-9 item 9"
EPDS_NAME = "EPDS item 10"
_ITEM = re.compile(
    # "the 9th question" redacted as a date: "the [DATE] question"
    r"\b(?:the|that) (?:last|final|ninth|tenth|9th|10th|\[date\]) (?:question|item|one)\b|"
    r"\b(?:item|question) "
    r"(?:nine|9|ten|10)\b",
    re.I,
)
_ABOUT = re.compile(
    r"better off dead|hurting yourself|harming yourself|hurt yourself|self-harm|thoughts of "
    r"(?:death|dying|suicide)|suicid",
    re.I,
)
#: the item described rather than numbered: "The PHQ-9 has a question about thoughts that you'd be
#: better off dead"
_DESCRIBED = re.compile(
    r"\b(?:a|the|that|one) (?:question|item)s? (?:about|on|asking)\b|"
    r"\basks? (?:about|whether|if)\b",
    re.I,
)
#: its answer told as one of the form's own choices (risk only, unless the form is read out)
_CHOICE = re.compile(
    r"^(?:(?:i|you) (?:put|marked|ticked|said|chose|answered) )?(?:"
    + "|".join(f"({words})" for words, _ in PHQ_WORDS)
    + r")\b"
)  # the group that matched is the answer's value plus one
_MOOD_FORM = re.compile(r"\bmood (?:questionnaire|form|screen|one)\b|\bdepression questionnaire\b")
#: just before the answer: "you put a zero", "marked a one", "had a one", "was a two", "scored it 1"
_ANSWER_BEFORE = re.compile(
    r"(?:\b(?:a|an)\s+|\b(?:put|marked|ticked|circled|chose|answered|scored(?: it)?|gave(?: it)?|"
    r"rated(?: it)?|was|is|at)\s+)$",
    re.I,
)
_WINDOW = 3
#: the item said as the last question "on it": the form talked about, named further back
_ON_IT = re.compile(r"\b(?:question|item|one) (?:on|of|in) (?:it|that one|that form)\b", re.I)
_ON_IT_WINDOW = 10


def _named_last(sentences: Sequence[Sentence], k: int) -> str | None:
    """The item's name by the screen named last in the sentences up to `k` (up to ten where the
    item is said as the last question "on it"): the PHQ-9's (or the mood questionnaire's) or the
    Edinburgh's; None where neither is named."""
    patterns = dict(lexicon.load().measures)
    back = _ON_IT_WINDOW if _ON_IT.search(sentences[k].text) else _WINDOW
    for s in reversed(sentences[max(0, k - back) : k + 1]):
        if patterns["PHQ-9"].search(s.lower) or _MOOD_FORM.search(s.lower):
            return NAME
        if patterns["EPDS"].search(s.lower):
            return EPDS_NAME
    return None


def _answer(s: Sentence) -> float | None:
    for n in find_numbers(s.text):
        if n.value in (0, 1, 2, 3) and _ANSWER_BEFORE.search(s.text[: n.start]):
            return n.value
    return None


def extract(sentences: Sequence[Sentence]) -> list[Measure]:
    """The PHQ-9's item 9, each answer said, with the sentence (and the answer, if it was asked)."""
    out = []
    for k, s in enumerate(sentences):
        item = _ITEM.search(s.text)
        named = _named_last(sentences, k) if item else None
        if not item or not (_ABOUT.search(s.text) or named):
            continue
        if named == EPDS_NAME and re.search(r"\bnin(?:e|th)\b|9", item.group(), re.I):
            continue  # the Edinburgh's ninth is about crying, not risk
        if named != EPDS_NAME and re.search(r"\bten(?:th)?\b|10", item.group(), re.I):
            continue  # the PHQ-9 has no tenth
        score = _answer(s)
        evidence: tuple[Evidence, ...] = (s.evidence(),)
        nxt = sentences[k + 1] if k + 1 < len(sentences) else None
        if (
            score is None
            and s.is_question
            and nxt is not None
            and (s.role is None or nxt.role != s.role)
        ):
            # "What did you put on the last question, about hurting yourself?" "A one."
            score, evidence = _answer(nxt), (s.evidence(), nxt.evidence())
        if score is None and not s.is_question:
            score, evidence = _marked_after(sentences, k)
        if score is not None:
            out.append(Measure(named or NAME, score, 3.0, evidence))
    found = out + _read_aloud(sentences)
    return found + _said_again(sentences, found)


#: the item just scored, scored again for another time: "So zero for the last few days on that
#: item." (after "that's a one on item ten")
_THAT_ITEM = re.compile(r"\b(?:on|for) (?:that|this|the same) (?:item|question)\b", re.I)
#: how long after the item's score it may be said again, in seconds of the session
_AGAIN_WITHIN_S = 120.0


def _said_again(sentences: Sequence[Sentence], found: Sequence[Measure]) -> list[Measure]:
    """The risk item scored again in words that name it only as "that item", by the clinician,
    within two minutes of its score: the number said before those words, 0-3."""
    out = []
    for s in sentences:
        item = _THAT_ITEM.search(s.text)
        if not item or s.role == "client":
            continue
        before = [
            m
            for m in found
            if m.name in (NAME, EPDS_NAME) and 0 <= s.start - m.evidence[-1].end <= _AGAIN_WITHIN_S
        ]
        said = [n for n in find_numbers(s.text[: item.start()]) if n.value in (0, 1, 2, 3)]
        if before and len(said) == 1 and said[0].value != before[-1].score:
            out.append(Measure(before[-1].name, said[0].value, 3.0, (s.evidence(),)))
    return out


#: the risk item read out in the form's own words: the PHQ-9's ninth ("thoughts that you would be
#: better off dead, or of hurting yourself in some way") and the Edinburgh's tenth ("The thought
#: of harming myself has occurred to me")
_READ_PHQ = re.compile(r"\bbetter off dead\b[^?.!]{0,30}\bhurting yourself\b", re.I)
_READ_EPDS = re.compile(r"\bthought of harming (?:myself|yourself) has occurred\b", re.I)
#: the Edinburgh's answers to its tenth item, in its own words, each the score plus one
_EPDS_CHOICE = re.compile(r"^(?:(never)|(hardly ever)|(sometimes)|((?:yes,? )?quite often))\b")
#: how far back the form was named, before its risk item read out: ten items asked and answered
_READ_BACK = 40
#: or, unnamed ("Let's go through the questionnaire together"), the PHQ-9's other items answered
#: in its own words ("More than half the days.", "Several days.") at least this often before
_CHOSEN_BEFORE = 3


def _read_aloud(sentences: Sequence[Sentence]) -> list[Measure]:
    """The risk item read out with the form ("Let's go through the PHQ-9 out loud. ... And
    thoughts that you would be better off dead, or of hurting yourself in some way?" "Several
    days."), answered with a number or in the form's own words, where the form is named in the
    sentences before."""
    out = []
    patterns = dict(lexicon.load().measures)
    for k, s in enumerate(sentences):
        epds = bool(_READ_EPDS.search(s.text))
        if not (epds or _READ_PHQ.search(s.text)):
            continue
        form = patterns["EPDS"] if epds else patterns["PHQ-9"]
        before = sentences[max(0, k - _READ_BACK) : k + 1]
        if not any(
            form.search(b.text) or (not epds and _MOOD_FORM.search(b.lower)) for b in before
        ) and (epds or sum(_choice(b) is not None for b in before) < _CHOSEN_BEFORE):
            continue
        for nxt in sentences[k + 1 : k + 3]:
            if s.role is not None and nxt.role == s.role:
                continue
            if nxt.is_question:
                break
            value = _answer(nxt)
            if value is None:  # "Several days.", "Hardly ever."
                value = _epds_choice(nxt) if epds else _choice(nxt)
            if value is not None:
                name = EPDS_NAME if epds else NAME
                out.append(Measure(name, value, 3.0, (s.evidence(), nxt.evidence())))
            break
    return out


#: the answer marked on the form: "You marked a two", "you put a zero"
_MARKED = re.compile(r"\b(?:put|marked|ticked|circled|chose|answered)\s+(?:a|an)?\s*$", re.I)


def _marked_after(
    sentences: Sequence[Sentence], k: int
) -> tuple[float | None, tuple[Evidence, ...]]:
    """The answer told as marked on the form in the two sentences after the item, where speech
    recognition broke the item's sentence ("On the last question, the one about thoughts that
    you'd be better off dead or" "hurting yourself." "You marked a two."), before a question or
    another number."""
    for nxt in sentences[k + 1 : k + 3]:
        if nxt.is_question:
            break
        numbers = [n for n in find_numbers(nxt.text) if n.value in (0, 1, 2, 3)]
        if numbers and _MARKED.search(nxt.text[: numbers[0].start]):
            return numbers[0].value, (sentences[k].evidence(), nxt.evidence())
        if (chosen := _choice(nxt)) is not None and nxt.lower.startswith("you "):
            return chosen, (sentences[k].evidence(), nxt.evidence())  # "You put several days."
        if find_numbers(nxt.text):
            break
    return None, (sentences[k].evidence(),)


def as_risk(measures: Sequence[Measure]) -> list[Risk]:
    """Each risk item (the PHQ-9's ninth, the EPDS's tenth) answered today as ideation endorsed
    (above zero) or denied (zero)."""
    return [
        Risk("suicidal_ideation", "endorsed" if m.score > 0 else "denied", "present", m.evidence)
        for m in measures
        if m.name in (NAME, EPDS_NAME) and not m.earlier
    ]


def _choice(s: Sentence) -> float | None:
    m = _CHOICE.match(s.lower.strip(" \"'"))
    return float(m.lastindex - 1) if m and m.lastindex else None


def _epds_choice(s: Sentence) -> float | None:
    m = _EPDS_CHOICE.match(s.lower.strip(" \"'"))
    return float(m.lastindex - 1) if m and m.lastindex else None


def worded_risk(sentences: Sequence[Sentence]) -> list[Risk]:
    """The item asked about with its answer in the form's own words ("The PHQ-9 has a question
    about thoughts that you'd be better off dead ... How did you answer that one?" "I put several
    days."): ideation endorsed for any choice but "not at all", which denies it. The PHQ-9 need
    not be named (speech recognition writes "PHD9"): its four choices are its own."""
    out = []
    for k, s in enumerate(sentences):
        if not (_ITEM.search(s.text) or _DESCRIBED.search(s.text)) or not _ABOUT.search(s.text):
            continue
        for nxt in sentences[k + 1 : k + 4]:
            if (s.role is not None and nxt.role == s.role) or nxt.is_question:
                continue  # the clinician still asking: "How did you answer that one?"
            value = _choice(nxt)
            if value is not None:
                status = "endorsed" if value > 0 else "denied"
                out.append(
                    Risk("suicidal_ideation", status, "present", (s.evidence(), nxt.evidence()))
                )
            break
    return out
