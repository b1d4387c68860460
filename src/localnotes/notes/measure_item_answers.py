"""Short screens read aloud item by item, each item answered, and totalled aloud: the HITS's four
questions (hurt, insult, threaten, scream), the Severity of Dependence Scale's five, the Altman
mania scale's five and the PHQ-2's two, known by their items in the form's own words, named or
not ("I'd like to ask you four short questions we ask everyone ... How often did he physically
hurt you?" "Two. Rarely." ... "That totals nine.").

Each form is a row of data: its items' wording in order, its answer scale, and its answers in its
own words with their scores. A reading is every item asked in order, each within a few sentences
of the one before, and a total said right after the last answer. Each answer's score is the
number said in it on the item's scale ("Often. So that's a two."), else its choice in the form's
words ("More than half the days."). The reading counts only where the item scores add up to the
total said: then the total is the form's (and an earlier total said after it), and, where every
item was scored aloud as a number, each item is charted ("HITS item 1"), as the clinician said
it; items answered only in words are left to the total.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from localnotes.notes import measure_earlier, rating_scores
from localnotes.notes.measure_ranges import RANGES
from localnotes.notes.measure_read_aloud import said_total
from localnotes.notes.model import Measure
from localnotes.notes.numbers import find_numbers
from localnotes.notes.sentences import Sentence


@dataclass(frozen=True)
class _Form:
    name: str  # as the draft names its total (its range in RANGES)
    short: str  # its items' names: "HITS item 1"
    lowest: float  # an item's scale
    highest: float
    items: tuple[str, ...]  # each item's wording, in order
    words: tuple[tuple[str, float], ...] = ()  # an answer in the form's words, and its score


_WHO = r"(?:you|her|him|them)"
_FORMS = (
    _Form(
        "HITS",
        "HITS",
        1,
        5,
        (
            rf"\bphysically hurts? {_WHO}\b|\bhurt {_WHO} physically\b",
            rf"\binsults? {_WHO}\b|\btalks? down to {_WHO}\b",
            rf"\bthreatens? {_WHO} with (?:physical )?harm\b",
            rf"\bscreams? or curses? at {_WHO}\b|\bcurses? or screams? at {_WHO}\b",
        ),
        (("never", 1), ("rarely", 2), ("sometimes", 3), ("fairly often", 4), ("frequently", 5)),
    ),
    _Form(
        "SDS (Severity of Dependence Scale)",
        "SDS",
        0,
        3,
        (
            r"\b(?:use|using|drinking|gambling)\b[^.?!]{0,40}\bout of control\b",
            r"\b(?:prospect|thought|idea) of missing\b",
            r"\bworr(?:y|ied) about (?:your|his|her|the) (?:use|using|drinking|gambling)\b",
            r"\bwish(?:ed)? (?:you|he|she) could stop\b",
            r"\bhow (?:difficult|hard) would (?:you|he|she) find it to stop\b",
        ),
        (
            ("never|almost never", 0),
            ("sometimes", 1),
            ("often", 2),
            ("always|nearly always", 3),
            ("not difficult", 0),
            ("quite difficult", 1),
            ("very difficult", 2),
            ("impossible", 3),
        ),
    ),
    _Form(
        "Altman Self-Rating Mania Scale (ASRM)",
        "ASRM",
        0,
        4,
        (
            r"\b(?:happier or )?more cheerful than usual\b|\bhappier than usual\b",
            r"\bmore (?:self-)?confident than usual\b",
            r"\bless sleep than usual\b|\bsleep(?:ing)? less than usual\b",
            r"\btalk(?:ing)? more than usual\b",
            r"\bmore active than usual\b",
        ),
    ),
    _Form(
        "PHQ-2",
        "PHQ-2",
        0,
        3,
        (
            r"\blittle interest or pleasure in doing things\b",
            r"\b(?:feeling|felt) down,? depressed,? or hopeless\b",
        ),
        (
            ("not at all", 0),
            ("several days", 1),
            ("more than half (?:of )?the days", 2),
            ("(?:nearly|almost) every day", 3),
        ),
    ),
)  # fmt: skip
#: how many sentences after an item the next one (or the total) is asked
_GAP = 6


def extract(sentences: Sequence[Sentence]) -> list[Measure]:
    """The totals and, where scored aloud by number, the items of every form read item by
    item."""
    return [m for form in _FORMS for m in _readings(form, sentences)]


def _readings(form: _Form, sentences: Sequence[Sentence]) -> list[Measure]:
    out: list[Measure] = []
    for k, s in enumerate(sentences):
        if not re.search(form.items[0], s.text, re.I):
            continue
        at = [k]
        for item in form.items[1:]:
            nxt = next(
                (
                    j
                    for j in range(at[-1] + 1, min(len(sentences), at[-1] + 1 + _GAP))
                    if re.search(item, sentences[j].text, re.I)
                ),
                None,
            )
            if nxt is None:
                break
            at.append(nxt)
        if len(at) < len(form.items):
            continue
        end = _total_at(form, sentences, at[-1])
        if end is None:
            continue
        total, j = end
        answers = [_answer(form, sentences, a, b) for a, b in zip(at, [*at[1:], j], strict=True)]
        scored = [a for a in answers if a is not None]
        if len(scored) < len(at) or sum(v for v, _, _ in scored) != total:
            continue
        ev = (s.evidence(), sentences[j].evidence())
        most = float(RANGES[form.name])
        out.append(Measure(form.name, total, most, ev))
        out += measure_earlier.after(sentences, j, form.name, most, True, ev, "")
        if all(by_number for _, by_number, _ in scored):
            out += [
                Measure(
                    f"{form.short} item {i}",
                    value,
                    form.highest,
                    (sentences[a].evidence(), sentences[b].evidence()),
                )
                for i, (a, (value, _, b)) in enumerate(zip(at, scored, strict=True), 1)
            ]
    return out


def _total_at(form: _Form, sentences: Sequence[Sentence], last: int) -> tuple[float, int] | None:
    """The total said after the last item's answer, before any other question."""
    most = float(RANGES[form.name])
    for j in range(last + 1, min(len(sentences), last + 1 + _GAP)):
        n = said_total(sentences[j].text, most)
        if n is not None and j > last + 1:
            return n.value, j
        if sentences[j].text.rstrip().endswith("?"):  # (not "When he's had a few.")
            return None
    return None


def _answer(
    form: _Form, sentences: Sequence[Sentence], k: int, stop: int
) -> tuple[float, bool, int] | None:
    """The score of the answer to the item asked in sentence k, said before sentence `stop`:
    (score, said as a number, where), the number said on the item's scale first."""
    said = sentences[k + 1 : stop]
    for s in said:
        for n in find_numbers(s.text):
            if (
                form.lowest <= n.value <= form.highest
                and n.value == int(n.value)
                and not rating_scores.NOT_SCORE_AFTER.match(s.text[n.end :])
            ):
                return n.value, True, s.index
    for s in said[:1]:
        text = s.lower.strip(" \"'")
        chosen = [
            (len(m.group(0)), value)
            for words, value in form.words
            if (m := re.match(rf"(?:{words})\b", text))
        ]
        if chosen:
            return float(max(chosen)[1]), False, s.index
    return None
