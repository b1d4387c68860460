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

from localnotes.notes import lexicon, measure_earlier, rating_scores
from localnotes.notes.measure_ranges import RANGES
from localnotes.notes.measure_read_aloud import said_total
from localnotes.notes.model import Measure
from localnotes.notes.numbers import NumberSpan, find_numbers
from localnotes.notes.rating_answers import SOUND_ALIKES
from localnotes.notes.sentences import Sentence


@dataclass(frozen=True)
class _Form:
    name: str  # as the draft names its total (its range in RANGES)
    short: str  # its items' names: "HITS item 1"
    lowest: float  # an item's scale
    highest: float
    items: tuple[str, ...]  # each item's wording, in order
    words: tuple[tuple[str, float], ...] = ()  # an answer in the form's words, and its score
    # a yes-or-no screen's items are charted when answered in words too: "Yes." is its 1
    by_words: bool = False


_WHO = r"(?:you|her|him|them)"
#: a yes-or-no screen's answers, as said
_YES_NO = (("yes|yeah|yep|yup", 1), ("no|nope|never", 0))
_WHO_DOES = r"(?:you|he|she|they)"
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
    _Form(
        "Mini-SPIN (Mini-Social Phobia Inventory)",
        "Mini-SPIN",
        0,
        4,
        (
            r"\bfear of embarrassment causes (?:me|you|him|her|them) to avoid\b",
            r"\bavoids? activities in which (?:i am|i'm|you are|you're|he is|she is) the "
            r"cent(?:er|re) of attention\b",
            r"\bbeing embarrassed or looking stupid (?:are|is) among (?:my|your|his|her) worst "
            r"fears\b",
        ),
        (("not at all", 0), ("a little(?: bit)?", 1), ("somewhat", 2), ("very much", 3),
         ("extremely", 4)),
    ),
    _Form(
        "AUDIT-C",
        "AUDIT-C",
        0,
        4,
        (
            rf"\bhow often do(?:es)? {_WHO_DOES} have a drink (?:containing|with) alcohol\b",
            r"\bhow many (?:standard )?drinks\b[^.?!]{0,60}\btypical day\b",
            r"\bhow often\b[^.?!]{0,40}\b(?:six|6) or more(?: drinks)? on (?:one|a single) "
            r"occasion\b",
        ),
    ),
    _Form(
        "PC-PTSD-5 (Primary Care PTSD Screen)",
        "PC-PTSD-5",
        0,
        1,
        (
            r"\bnightmares about (?:it|the event|them)\b|\bthought about (?:it|the event) when "
            r"(?:you|he|she) did(?:n't| not) want to\b",
            r"\btried hard not to think about (?:it|the event)\b|"
            r"\bgone out of (?:your|his|her) way to avoid\b",
            r"\bconstantly on guard\b|\beasily startled\b",
            r"\bnumb or detached\b",
            r"\bguilty or unable to stop blaming\b",
        ),
        (("yes", 1), ("no", 0)),
        by_words=True,
    ),
    _Form(  # items 2 and 3 are scored reversed: only scores said as numbers count
        "PSS-4 (Perceived Stress Scale)",
        "PSS-4",
        0,
        4,
        (
            r"\bunable to control the important things in (?:your|his|her|my) life\b",
            r"\bconfident (?:about|in) (?:your|his|her|my) ability to handle (?:your|his|her|my) "
            r"personal problems\b",
            r"\bthings were going (?:your|his|her|my) way\b",
            r"\bdifficulties were piling up so high\b",
        ),
    ),
    # the ADHD screener, the first six items of the ASRS, each never (0) to very often (4)
    _Form(
        "ASRS part A",
        "ASRS",
        0,
        4,
        (
            r"\btrouble wrapping up the (?:final )?details\b",
            r"\bdifficulty getting things in order\b",
            r"\bproblems remembering appointments\b",
            r"\bavoid or delay getting started\b",
            r"\bfidget or squirm\b",
            r"\boverly active and compelled\b|\bdriven by a motor\b",
        ),
        (("never", 0), ("rarely", 1), ("sometimes", 2), ("often", 3), ("very often", 4)),
    ),
    # distress in the past month, six items, none of the time (0) to all of the time (4)
    _Form(
        "K6 (Kessler Psychological Distress Scale, six items)",
        "K6",
        0,
        4,
        (
            r"\bnervous\b",
            r"\bhopeless\b",
            r"\brestless or fidgety\b",
            r"\bso depressed that nothing could cheer\b",
            r"\beverything was an effort\b",
            r"\bworthless\b",
        ),
        (("none(?: of the time)?", 0), ("a little(?: of the time)?", 1),
         ("some(?: of the time)?", 2), ("most(?: of the time)?", 3), ("all(?: of the time)?", 4)),
    ),
    # drinking's four yes-or-no questions: cut down, annoyed, guilty, eye-opener
    _Form(
        "CAGE",
        "CAGE",
        0,
        1,
        (
            r"\bcut down on (?:your|his|her|the|their) drinking\b",
            r"\bannoyed (?:you|him|her|them)?\s*by criticising\b|\bannoyed\b[^.?!]{0,40}\bcriticiz",
            r"\b(?:bad or guilty|guilty) about (?:your|his|her|their) drinking\b",
            r"\beye[\s-]?opener\b|\bdrink first thing in the morning\b",
        ),
        _YES_NO,
        by_words=True,
    ),
    # eating's five yes-or-no questions: sick, control, one stone, fat, food
    _Form(
        "SCOFF",
        "SCOFF",
        0,
        1,
        (
            r"\bmake (?:yourself|himself|herself|themselves) sick\b",
            r"\blost control over how much (?:you|he|she|they) eats?\b",
            r"\blost more than (?:one|1|a) stone\b|\blost more than (?:six|6) (?:kilos|kg)\b",
            r"\bbelieves? (?:yourself|himself|herself|themselves) to be fat\b",
            r"\bfood dominates (?:your|his|her|their) life\b",
        ),
        _YES_NO,
        by_words=True,
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
        text = sentences[j].text
        n = said_total(text, most) or _named_total(form, text, most) or _of_items(form, text)
        if n is not None and j > last + 1:
            return n.value, j
        if sentences[j].text.rstrip().endswith("?"):  # (not "When he's had a few.")
            return None
    return None


#: between the form's name and its total: "So the AUDIT-C is ten today.", "That's a PSS-4 of ten."
_NAME_TO_TOTAL = re.compile(
    # (its own number glued on: "the PC-PTSD-5 is four")
    r"(?:-?\d+\b)?\s*[,:]?\s+(?:(?:today|now|this time)\s+)?(?:(?:is|was|of|comes to|came to|"
    r"came out at|totals|"
    r"adds up to)\s+)?(?:an?\s+)?",
    re.I,
)


_OUT_OF_ITEMS = re.compile(
    r"^\W*(?:(?:so|okay|right),?\s+)?(?:that's\s+|that is\s+)?(\w+) out of (?:the )?(\w+)\b", re.I
)


def _of_items(form: _Form, text: str) -> NumberSpan | None:
    """The total said as a count of the items, as a yes-or-no screen is scored: "So three out of
    the four.", "That's two out of five."."""
    m = _OUT_OF_ITEMS.match(text)
    if m is None:
        return None
    # (a count heard as its sound-alike: "So too out of five.")
    count = find_numbers(m.group(1)) or [
        NumberSpan(0, len(m.group(1)), v) for v in [SOUND_ALIKES.get(m.group(1).lower())] if v
    ]
    of = find_numbers(m.group(2))
    if not count or not of or of[0].value != len(form.items):
        return None
    return NumberSpan(m.start(1) + count[0].start, m.start(1) + count[0].end, count[0].value)


def _named_total(form: _Form, text: str, most: float) -> NumberSpan | None:
    """The total said after the form's own name, in the sentence after its last answer."""
    pattern = dict(lexicon.load().measures).get(form.name)
    for m in pattern.finditer(text) if pattern else ():
        for n in find_numbers(text):
            if (
                n.start >= m.end()
                and _NAME_TO_TOTAL.fullmatch(text, m.end(), n.start)
                and 0 <= n.value <= most
                and not rating_scores.NOT_SCORE_AFTER.match(text[n.end :])
            ):
                return n
    return None


_YES_OR_NO = re.compile(r"^\W*(?:just )?yes or no\b", re.I)


def _answer(
    form: _Form, sentences: Sequence[Sentence], k: int, stop: int
) -> tuple[float, bool, int] | None:
    """The score of the answer to the item asked in sentence k, said before sentence `stop`:
    (score, said as a number, where), the number said on the item's scale first."""
    # (not the question's own turn: "How many drinks on a typical day? Seven to nine is a three.")
    said = [s for s in sentences[k + 1 : stop] if s.segment != sentences[k].segment]
    # a yes or a no right after the question, also where speech recognition ran the answer into
    # the question's segment ("... your drinking? Yes, god, yes."), not "Yes or no?"
    heard = [s for s in sentences[k + 1 : stop] if not _YES_OR_NO.match(s.text)][:1]
    if form.by_words and heard and (chosen := _chosen(form, heard[0])) is not None:
        return chosen, True, heard[0].index  # "Yes." on a yes-or-no screen: its 1
    for s in said:
        for n in find_numbers(s.text):
            if (
                form.lowest <= n.value <= form.highest
                and n.value == int(n.value)
                and not rating_scores.NOT_SCORE_AFTER.match(s.text[n.end :])
            ):
                return n.value, True, s.index
    for s in said[:1]:
        if (value := _chosen(form, s)) is not None:
            return value, False, s.index
    return None


def _chosen(form: _Form, s: Sentence) -> float | None:
    """The answer's score where it opens with one of the form's own words ("More than half the
    days."), the longest that fits."""
    text = s.lower.strip(" \"'")
    chosen = [
        (len(m.group(0)), value)
        for words, value in form.words
        if (m := re.match(rf"(?:{words})\b", text))
    ]
    return float(max(chosen)[1]) if chosen else None
