"""A questionnaire read aloud without its name, known by its first item in the form's own
words ("Are you basically satisfied with your life?" opens the Geriatric Depression Scale, "How
often do you have a drink containing alcohol?" the AUDIT), for `measures`: its total is said at
the end of the reading ("That gives eight today."), and an earlier total after it. The AUDIT-C's
three items are scored from the answers chosen among the form's options ("Four or more times a
week." is 4), as a clinician charts them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from localnotes.notes import (
    measure_earlier,
    measure_item_answers,
    measure_read_aloud,
    score_wording,
)
from localnotes.notes.measure_item_forms import GAD_FIRST, PHQ_FIRST
from localnotes.notes.measure_ranges import RANGES
from localnotes.notes.model import Evidence, Measure
from localnotes.notes.numbers import find_numbers
from localnotes.notes.sentences import Sentence

#: the first item of a form, as the form words it: the form it opens
_FIRST_ITEMS = (
    ("GDS", r"\bare you basically satisfied with\b"),  # "... your life?", maybe cut off
    (
        "Y-BOCS",
        r"\bhow much (?:of your )?time (?:is occupied by|do(?:es)?) (?:the |your |these )?"
        r"(?:[\w-]+ )?(?:thoughts|obsessions|obsessive thoughts)\b",
    ),
    ("AUDIT", r"\bhow often do you have a drink containing alcohol\b"),
    ("PHQ-9", PHQ_FIRST),
    ("GAD-7", GAD_FIRST),
    ("EPDS", r"\bable to laugh and see the funny side\b"),
    # the informant's dementia screen: "Problems with judgment, like decisions about money?"
    ("AD8", r"\bproblems? with judge?ment\b"),
    # depression in epilepsy, answered never, rarely, sometimes, or always or often
    (
        "NDDI-E (Neurological Disorders Depression Inventory for Epilepsy)",
        r"\beverything is a struggle\b",
    ),
    # suicidal behaviour's four items, the first as the form words it
    (
        "SBQ-R (Suicidal Behaviors Questionnaire-Revised)",
        r"\bhave you ever thought about or attempted to kill yourself\b",
    ),
    # irritability's six items, the parent's form ("Is easily annoyed by others") or the child's
    ("ARI (Affective Reactivity Index)", r"\b(?:is|am|are|gets?) easily annoyed by others\b"),
)
#: a form opening as a longer one does, told apart by the count of questions said as the reading
#: starts ("four quick questions about mood", "the short four-question screen")
_BY_COUNT = {
    "GAD-7": {2: "GAD-2", 4: "PHQ-4"},
    "GDS": {4: "GDS-4 (Geriatric Depression Scale, four-item)"},
}
_COUNT = re.compile(r"\b([\w-]+?)[\s-]+(?:(?:quick|short|brief)\s+)?(?:questions?|items?)\b", re.I)
#: the AUDIT's fourth item: the AUDIT read on past the AUDIT-C's three
_AUDIT_ON = re.compile(r"\bnot able to stop drinking\b", re.I)
#: the AUDIT-C's items, each with its options in order of score (0 to 4)
_AUDIT_C = (
    (
        r"\bhow often do you have a drink containing alcohol\b",
        (r"never", r"monthly or less", r"(?:two|2) to (?:four|4) times a month",
         r"(?:two|2) to (?:three|3) times a week", r"(?:four|4) or more times a week"),
    ),
    (
        r"\bhow many (?:standard )?drinks\b[^?]{0,40}\btypical day\b",
        (r"(?:one|1) or (?:two|2)", r"(?:three|3) or (?:four|4)", r"(?:five|5) or (?:six|6)",
         r"(?:seven|7) to (?:nine|9)", r"(?:ten|10) or more"),
    ),
    (
        r"\bhow often do you have (?:six|6) or more\b",
        (r"never", r"less than monthly", r"monthly", r"weekly", r"(?:daily|almost daily)"),
    ),
)  # fmt: skip
#: after a total: its clause ends ("That gives eight today."), not a count ("nine grandchildren")
_TOTAL_ENDS = re.compile(
    r"\s*(?:[.,;!?]|$|(?:today|now|this (?:time|week)|points?|when|and|but|so|out of)\b)", re.I
)
Ev = tuple[Evidence, ...]
_READ_AT_MOST = 60  # sentences from the first item to the total


def extract(sentences: Sequence[Sentence]) -> list[Measure]:
    """The totals, earlier totals and AUDIT-C items of forms read aloud by their items."""
    out: list[Measure] = []
    k = 0
    while k < len(sentences):
        name = _opens(sentences[k].text)
        if not name or _named_near(sentences, k):
            k += 1
            continue
        reading = sentences[k : k + _READ_AT_MOST]
        if name == "AUDIT" and not any(_AUDIT_ON.search(s.text) for s in reading):
            name = "AUDIT-C"  # its first three items only
        name = _by_count(sentences, k, name)
        most = float(RANGES[name])
        nums, ev, j = measure_read_aloud.total(sentences, k, most, True, read_out=True)
        # a form read out: more of its items asked before the total, a total said as one
        asked = sum(x.is_question for x in sentences[k + 1 : j])
        # (or its items read as statements, "Everything is a struggle.", each answered)
        read = asked >= 2 or j - k >= 6
        nums = [n for n in nums if read and _TOTAL_ENDS.match(sentences[j].text[n.end :])]
        items = _audit_c_items(sentences, k, j) if name == "AUDIT-C" else []
        items += _items_scored(sentences, k, j, name) if nums else []
        out += items
        for n in nums:
            out.append(Measure(name, n.value, most, ev))
            out += _earlier_beside(sentences[j], n.end, name, most, ev)
            out += measure_earlier.after(sentences, j, name, most, True, ev, "")
        k = j + 1 if nums else k + 1
    return out + measure_item_answers.extract(sentences)  # "How often did he hurt you?" "Two."


#: the forms whose items the clinician scores aloud one by one, charted item by item (the
#: SBQ-R's four: each says what the suicidal behaviour was), with how many items they have
_ITEMS_CHARTED = {"SBQ-R (Suicidal Behaviors Questionnaire-Revised)": 4}
#: an item's score said by the reader after its answer: "That scores four.", "That's a two."
_ITEM_SCORE = re.compile(
    r"^\W*(?:so,?\s+)?that(?:'s| is| scores| gets| counts as)\s+(?:an?\s+)?(\w+)\b", re.I
)


def _items_scored(sentences: Sequence[Sentence], k: int, j: int, name: str) -> list[Measure]:
    """Each item's score said aloud between the first item (k) and the total (j), in order."""
    count = _ITEMS_CHARTED.get(name, 0)
    out: list[Measure] = []
    short = name.split(" (")[0]
    for s in sentences[k + 1 : j + 1]:
        m = _ITEM_SCORE.match(s.text)
        said = find_numbers(m.group(1)) if m else []
        if said and len(out) < count and 0 <= said[0].value <= RANGES[name]:
            ev = (sentences[k].evidence(), s.evidence())
            out.append(Measure(f"{short} item {len(out) + 1}", said[0].value, None, ev))
    return out if len(out) == count else []


def _earlier_beside(s: Sentence, at: int, name: str, most: float, ev: Ev) -> list[Measure]:
    """An earlier total said in the total's own sentence, after it: "That gives ten, and when
    the nurse asked last year it was eleven."""
    for x in find_numbers(s.text[at:]):
        before = s.text[at : at + x.start]
        if 0 <= x.value <= most and score_wording.EARLIER_TIME_BEFORE.search(before):
            return [Measure(name, x.value, most, ev, True)]
    return []


def _by_count(sentences: Sequence[Sentence], k: int, name: str) -> str:
    """The shorter form the count of questions said as the reading starts names."""
    for s in sentences[max(0, k - 2) : k + 1]:
        for m in _COUNT.finditer(s.text):
            count = find_numbers(m.group(1))
            if count and int(count[0].value) in _BY_COUNT.get(name, {}):
                return _BY_COUNT[name][int(count[0].value)]
    return name


def _opens(text: str) -> str | None:
    return next((n for n, p in _FIRST_ITEMS if re.search(p, text, re.I)), None)


def _named_near(sentences: Sequence[Sentence], k: int) -> bool:
    """The form named in the sentences just before its first item: its reading is read by name
    (`measure_read_aloud`)."""
    from localnotes.notes.measure_named import named

    return any(named(s.text, False) for s in sentences[max(0, k - 3) : k + 1])


def _audit_c_items(sentences: Sequence[Sentence], k: int, end: int) -> list[Measure]:
    """Each item's score: the option said last after it, before the next item or the total
    (the options read out come first, the one chosen after them: "Never, monthly or less, ...?"
    "Four or more times a week.")."""
    out = []
    starts = [
        next((i for i in range(k, end + 1) if re.search(item, sentences[i].text, re.I)), None)
        for item, _ in _AUDIT_C
    ]
    for number, ((item, options), at) in enumerate(zip(_AUDIT_C, starts, strict=True), 1):
        if at is None:
            continue
        stop = min([x for x in starts if x is not None and x > at] + [end])
        said = sentences[at : max(stop, at + 1)]
        text = " ".join(x.text for x in said)
        first = re.search(item, text, re.I)
        heard = [
            (m.end(), len(m.group(0)), v)
            for v, o in enumerate(options)
            for m in re.finditer(rf"\b{o}\b", text[first.end() :] if first else "", re.I)
        ]
        if heard:
            ev = (said[0].evidence(), said[-1].evidence())
            out.append(Measure(f"AUDIT-C item {number}", float(max(heard)[2]), 4.0, ev))
    return out
