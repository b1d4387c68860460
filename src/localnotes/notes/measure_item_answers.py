"""Short screens read aloud item by item, each item answered, and totalled aloud: the HITS's four
questions (hurt, insult, threaten, scream), the Severity of Dependence Scale's five, the Altman
mania scale's five and the PHQ-2's two, known by their items in the form's own words, named or
not ("I'd like to ask you four short questions we ask everyone ... How often did he physically
hurt you?" "Two. Rarely." ... "That totals nine.").

Each form is a row of data (`measure_item_forms`): its items' wording in order, its answer scale,
and its answers in its own words with their scores. A reading is every item asked in order, each
within a few sentences of the one before, and a total said in the few sentences after the last
answer (the first that the items add up to). Each answer's score is the number said in it on the
item's scale ("Often. So that's a two."; "Two for both." scores the item before too, answered in
words with it), else its choice in the form's words ("More than half the days."); the last one's
may be said beside the total ("That's one, so a six on the AUDIT-C."). The reading counts only
where the item scores add up to the total said: then the total is the form's (and an earlier
total said after it), and, where every item was scored aloud as a number, each item is charted
("HITS item 1"), as the clinician said it; items answered only in words are left to the total.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from localnotes.notes import lexicon, measure_earlier, rating_scores
from localnotes.notes.measure_item_forms import FORMS, Form
from localnotes.notes.measure_ranges import RANGES
from localnotes.notes.measure_read_aloud import said_total
from localnotes.notes.model import Measure
from localnotes.notes.numbers import NumberSpan, find_numbers
from localnotes.notes.rating_answers import SOUND_ALIKES
from localnotes.notes.sentences import Sentence

#: how many sentences after an item the next one (or the total) is asked
_GAP = 6


def extract(sentences: Sequence[Sentence]) -> list[Measure]:
    """The totals and, where scored aloud by number, the items of every form read item by
    item."""
    return [m for form in FORMS for m in _readings(form, sentences)]


def _readings(form: Form, sentences: Sequence[Sentence]) -> list[Measure]:
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
        found = next(
            (
                (total, j, scored)
                for total, j, start, as_total in _totals_at(form, sentences, at[-1])
                if (scored := _scored(form, sentences, at, j, start)) is not None
                and sum(v for v, _, _ in scored) == total
                # (a bare "That's a two." after the last answer in words scores that answer)
                and (as_total or scored[-1][1] or scored[-1][0] != total)
            ),
            None,
        )
        if found is None:
            continue
        total, j, scored = found
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


def _scored(
    form: Form, sentences: Sequence[Sentence], at: Sequence[int], j: int, start: int
) -> list[tuple[float, bool, int]] | None:
    """Each item's answer, the last said before the total in sentence j (or in its sentence,
    before the total at `start`: "That's one, so a six on the AUDIT-C."); None where one is not
    heard. A score said for two items at once ("Two for both.") is also the one before's, where
    that was answered only in words."""
    answers = [_answer(form, sentences, a, b) for a, b in zip(at, [*at[1:], j], strict=True)]
    if answers[-1] is None or not answers[-1][1]:
        with_total = _ITEM_SCORE_FIRST.match(sentences[j].text[:start])
        said = find_numbers(with_total.group(1)) if with_total else []
        if said and form.lowest <= said[0].value <= form.highest:
            answers[-1] = (said[0].value, True, j)
    for i in range(1, len(answers)):
        now, before = answers[i], answers[i - 1]
        if now and before and not before[1] and _FOR_BOTH.search(sentences[now[2]].text):
            answers[i - 1] = (now[0], True, now[2])
    scored = [a for a in answers if a is not None]
    return scored if len(scored) == len(at) else None


#: a score said for the two items just answered together: "Two for both."
_FOR_BOTH = re.compile(r"\b(?:for both|both of them|for the two of them)\b", re.I)


#: the last item's score said before the total, in its sentence: "That's one, so a six ..."
_ITEM_SCORE_FIRST = re.compile(r"^\W*(?:so,?\s+)?that(?:'s| is)\s+(?:an?\s+)?(\w+),?\s+so\b", re.I)
#: a total said as one by its word, or with the form's name ("So that totals ten today.")
_TOTAL_WORD = re.compile(r"\b(?:total\w*|add\w*|altogether|comes|came|makes|gives)\b", re.I)


def _totals_at(
    form: Form, sentences: Sequence[Sentence], last: int
) -> list[tuple[float, int, int, bool]]:
    """The totals said after the last item's answer, before any other question (not the item's
    own options read with it, "Not difficult, quite difficult, ...?", nor an answer said as one,
    "More than half the days?"), each (total, its sentence, where it starts, said as a total by
    its word or the form's name): the first that the items' scores add up to is the total."""
    most = float(RANGES[form.name])
    out = []
    for j in range(last + 1, min(len(sentences), last + 1 + _GAP)):
        s = sentences[j]
        bare = said_total(s.text, most)
        n = _named_total(form, s.text, most) or bare or _of_items(form, s.text)
        if n is not None and j > last + 1:
            as_total = n is not bare or bool(_TOTAL_WORD.search(s.text[: n.start]))
            out.append((n.value, j, n.start, as_total))
        asked = s.text.rstrip().endswith("?") and s.segment != sentences[last].segment
        if asked and _chosen(form, s) is None:  # (not "When he's had a few.")
            break
    return out


#: between the form's name and its total: "So the AUDIT-C is ten today.", "That's a PSS-4 of ten."
_NAME_TO_TOTAL = re.compile(
    # (its own number glued on: "the PC-PTSD-5 is four")
    r"(?:-?\d+\b)?\s*[,:]?\s+(?:(?:today|now|this time)\s+)?(?:(?:is|was|of|comes to|came to|"
    r"came out at|totals|"
    r"adds up to)\s+)?(?:an?\s+)?",
    re.I,
)


#: between a total and the form's name after it: "a six on the AUDIT-C"
_TOTAL_ON_NAME = re.compile(r"\s+(?:points?\s+)?on\s+(?:the|your)\s+", re.I)

_OUT_OF_ITEMS = re.compile(
    r"^\W*(?:(?:so|okay|right),?\s+)?(?:that's\s+|that is\s+)?(\w+) out of (?:the )?(\w+)\b", re.I
)


def _of_items(form: Form, text: str) -> NumberSpan | None:
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


def _named_total(form: Form, text: str, most: float) -> NumberSpan | None:
    """The total said after the form's own name, in the sentence after its last answer, or
    before it: "So a six on the AUDIT-C." """
    pattern = dict(lexicon.load().measures).get(form.name)
    for m in pattern.finditer(text) if pattern else ():
        for n in find_numbers(text):
            if (
                (
                    (n.start >= m.end() and _NAME_TO_TOTAL.fullmatch(text, m.end(), n.start))
                    or (
                        n.end <= m.start()
                        and _TOTAL_ON_NAME.fullmatch(text, n.end, m.start())
                        and not re.search(r"\bout of\s+$", text[: n.start], re.I)
                    )
                )
                and 0 <= n.value <= most
                and not rating_scores.NOT_SCORE_AFTER.match(text[n.end :])
            ):
                return n
    return None


#: before a number that is no item's score: the pronoun "one" ("Always, that one."), or
#: one end of a count said as a range or a choice ("Two to three times a week", "Five or six")
_NOT_ITEM_SCORE = re.compile(
    r"\b(?:that|this|the|which|each|every|any|no|next|last|other)\s+$|"
    r"(?:\b(?:to|or)|-)\s*$",
    re.I,
)
_YES_OR_NO = re.compile(r"^\W*(?:just )?yes or no\b", re.I)


def _answer(
    form: Form, sentences: Sequence[Sentence], k: int, stop: int
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
                and not _NOT_ITEM_SCORE.search(s.text[: n.start])
                and not re.match(r"\s*(?:to|or|-)\s*\w", s.text[n.end :], re.I)
            ):
                return n.value, True, s.index
    for s in said[:1]:
        if (value := _chosen(form, s)) is not None:
            return value, False, s.index
    return None


def _chosen(form: Form, s: Sentence) -> float | None:
    """The answer's score where it opens with one of the form's own words ("More than half the
    days."), the longest that fits."""
    text = s.lower.strip(" \"'")
    chosen = [
        (len(m.group(0)), value)
        for words, value in form.words
        if (m := re.match(rf"(?:{words})\b", text))
    ]
    return float(max(chosen)[1]) if chosen else None
