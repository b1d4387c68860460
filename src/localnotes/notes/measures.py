"""Standardized measures with their scores; with the self-ratings of `ratings`, the measures
of a draft.

A measure's score is a number in the measure's range said in the sentence that names it ("your
PHQ-9 came in at twelve", "twelve on the PHQ-9"), or in the sentence right after: the answer to
a question ("What was the GAD-7? -- Fourteen."), or a number where a score is said ("On the
Columbia screen you answered no to all six questions. -- So that's a zero, right?"). Numbers
followed by a time word ("in two weeks") or counting things ("six questions") are not scores;
an earlier score said beside today's ("down from sixty") is one, marked `earlier`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from localnotes.notes import (
    cognition_validity,
    measure_descriptions,
    measure_done_again,
    measure_earlier,
    measure_forms,
    measure_items,
    measure_misheard,
    measure_named,
    measure_named_parts,
    measure_parts,
    measure_read_aloud,
    measure_subscales,
    measure_told_before,
    rating_others,
    room_ratings,
    score_owners,
    score_positions,
    score_wording,
    screen_items,
)
from localnotes.notes.measure_ranges import DECIMAL, MOST_UNKNOWN, PERCENT, RANGES
from localnotes.notes.measure_score_numbers import scores as _scores
from localnotes.notes.model import Evidence, Measure
from localnotes.notes.numbers import NumberSpan, find_numbers
from localnotes.notes.sentences import Sentence

Ev = tuple[Evidence, ...]


def _standardized(sentences: Sequence[Sentence]) -> list[Measure]:
    out: list[Measure] = []
    in_lexicon = [measure_named.lexicon_named(s.text) for s in sentences]  # searched once each
    knowns = [sorted(x, key=lambda y: y[1]) for x in in_lexicon]
    in_session = {name for known in knowns for name, _, _ in known}
    for k, s in enumerate(sentences):
        known = knowns[k]
        described = {(a, b): w for _, a, b, w in measure_descriptions.described(s.text, in_session)}
        misheard = [] if known else measure_misheard.names(s.text)  # "your EDDQ global score was"
        misheard += [  # "your G.D.D. 7 was 12"
            x
            for x in measure_misheard.spelled(s.text)
            if not any(x[1] < b and a < x[2] for _, a, b in known)
        ]
        forms = [
            x
            for x in measure_named.named(s.text, True, in_session, in_lexicon[k])
            if x not in known and not any(x[1] < y and m < x[2] for _, m, y in misheard)
        ]
        found = sorted(known + misheard + forms, key=lambda x: x[1])
        by_form = {x for x in forms if x[0] not in RANGES}
        used: set[int] = set()  # the numbers the names before took: "the GAD-7 sixteen, and ..."
        for i, (name, a, b) in enumerate(found):
            hi = found[i + 1][1] if i + 1 < len(found) else len(s.text)
            lo = found[i - 1][2] if i else 0
            most = RANGES.get(name, MOST_UNKNOWN)
            whole = name not in DECIMAL and (name, a, b) not in by_form
            # before the name, not a number listed beside it: "With a seven and a PHQ-9 that high"
            # nor the count of a description ("the ten alcohol questions again, the AUDIT")
            before = [
                n
                for n in _scores(s, lo, a, most, whole, name in PERCENT)
                if not score_wording.LISTED_BESIDE.fullmatch(s.text[n.end : a])
                and n.start not in used
                and not any(x <= n.start < y for x, y in described)
                and not score_wording.planned(s.text, a, b)  # "Lexapro to 20, repeat the X"
                # the one named before's: "(the CATS.) You got 21 on that one, ..., the SCARED."
                and not (knowns[k - 1 : k] and score_wording.ON_THAT_ONE.match(s.text[n.end :]))
                and not (
                    k and score_owners.answers_before(sentences[k - 1], s.text, n.start, n.end, a)
                )
            ]
            # the name's own number said after the words the lexicon knows: "the DASS-21" is no 21
            nums = [
                n
                for n in _scores(s, b, hi, most, whole, name in PERCENT)
                if not score_wording.names_number(s.text, (a, b), n, name)
                # not the next one's, said before its name: "32 on the dependence one and 29 on
                # the AUDIT"
                and not (
                    i + 1 < len(found) and score_wording.SAID_ON_NEXT.fullmatch(s.text[n.end : hi])
                )
            ]
            nums = nums or before
            if (a, b) in described:  # "the anxiety one came to 12, and the loneliness one 7"
                nums = (
                    nums[:1]
                    + [  # or another person's: "and Aisha, yours was seven"
                        n
                        for n in nums[1:]
                        if score_positions.EARLIER_BEFORE.search(s.text[: n.start])
                        or score_owners.and_whose(s.text[: n.start])
                    ]
                )
            if (name, a, b) in by_form:  # a name the lexicon does not know: its score said as one
                # the talk just before may say these are questionnaires
                talk = " ".join(x.text for x in sentences[max(0, k - 2) : k])
                nums = measure_forms.said_as_score(
                    s.text, name, b, _scores(s, b, hi, most, whole), talk
                )
            ev: tuple[Evidence, ...] = (s.evidence(),)
            at = k
            # one measure, maybe named twice ("the Edinburgh, the EPDS you filled out")
            alone = len({n for n, _, _ in found}) == 1
            # the score in the next sentence, or the one after a sentence with no number ("I
            # scored the social phobia inventory." "The SPIN." "It's 41.")
            # (after its last naming: "the burnout inventory, the Maslach, was 38")
            # (not where its questions are about to be read: "the three Mini-SPIN questions")
            last = i == len(found) - 1 and not score_wording.items_counted(s.text, a, b)
            for j in (
                range(k + 1, min(len(sentences), k + 3)) if not nums and alone and last else ()
            ):
                nums, ev = _score_after(s, sentences[j], most, whole)
                if (name, a, b) in by_form:  # "The AME approved it." "I started at 7.5."
                    nums = measure_forms.said_after(s, sentences[j], name, nums)
                at = j if nums else k
                asks = sentences[j].is_question and not score_wording.ASKS_SCORE.search(
                    sentences[j].text
                )
                if nums or find_numbers(sentences[j].text) or asks:
                    break
            if not nums and alone and i == len(found) - 1:
                nums, ev, at = _score_said_later(sentences, k, most, whole)
            said_as = described.get((a, b), "")
            if said_as:  # the words said stay in the name: "PHQ-9 (said as “the mood one”)"
                name = f"{name} (said as “{said_as}”)"
            for n in nums:  # each said in sentence `at`
                said_before = sentences[at].text[: n.start]
                earlier = bool(
                    score_positions.EARLIER_BEFORE.search(said_before)
                    or score_positions.LAST_WAS_BEFORE.search(said_before)
                )
                out.append(Measure(name, n.value, float(most), ev, earlier, said_as))
            used.update(n.start for n in nums if at == k)
            if nums and at == k and i == len(found) - 1:  # "[PERSON] scored 38 and" "[PERSON] 44."
                out += _cut_after_and(sentences, k, name, most, whole, said_as)
            # an earlier score said next is the last named one's: "the PHQ-9 was 15. In May
            # it was 20."
            # today's said after an earlier one ("Last time, 11." "Today it's 7."): both are said
            today = (
                _today_after(sentences, at, name, most, whole, ev, said_as)
                if nums and alone
                else []
            )
            if nums and (alone or (i == len(found) - 1 and at == k)):  # or another person's
                after = measure_earlier.informant if today else measure_earlier.after
                out += after(sentences, at + len(today), name, most, whole, ev, said_as)
            out += today
    return out


def _cut_after_and(
    sentences: Sequence[Sentence], k: int, name: str, most: float, whole: bool, said: str
) -> list[Measure]:
    """A further person's score in the sentence after k, when a break in the transcript cut the
    two after "and" ("Nadia scored 38 and" "Chris 44.")."""
    if k + 1 >= len(sentences) or not score_owners.cut_after_and(sentences[k]):
        return []
    s = sentences[k + 1]
    return [
        Measure(name, n.value, most, (sentences[k].evidence(), s.evidence()), said_as=said)
        for n in _scores(s, 0, len(s.text), most, whole)[:1]
        if score_owners.whose_start(s.text[: n.start], s.text[n.end :])
    ]


#: between two scores of one form, the second part named: ", and work-related burnout was"
_PART_AFTER = re.compile(
    # (not a time: "and last time was nineteen" is an earlier score)
    r",?\s+and\s+(?:the\s+|your\s+)?(?!(?:last|this|next|first|before|earlier|today)\b)"
    r"[a-z-]+(?:\s+[a-z-]+){0,2}\s+(?:was|is|came to)\s+",
    re.I,
)


def _score_said_later(
    sentences: Sequence[Sentence], k: int, most: float, whole: bool
) -> tuple[list[NumberSpan], Ev, int]:
    """The score of a measure named with none, said as a score a few sentences on, when no number
    and no other measure comes between ("Did you fill in the Edinburgh?" "I did." "You came out
    at seventeen today."), or as the total of its items read out."""
    for j in range(k + 1, min(len(sentences), k + 7)):
        s = sentences[j]
        if measure_named.named(s.text):
            break
        said = [
            n
            for n in _scores(s, 0, len(s.text), most, whole)
            if score_positions.said_as_its_score(s.text, n)
        ]
        if said:
            # and another part's score said after it: "Your personal burnout score was 75, and
            # work-related burnout was 68."
            nums = [n for n in _scores(s, 0, len(s.text), most, whole) if n.start >= said[0].start]
            parts = [b for a, b in pairwise(nums) if _PART_AFTER.fullmatch(s.text[a.end : b.start])]
            return [said[0], *parts[:2]], (sentences[k].evidence(), s.evidence()), j
        if _scores(s, 0, len(s.text), most, whole):  # not "I taught for thirty-four years"
            break
    return measure_read_aloud.total(sentences, k, most, whole)  # "That adds up to 17."


def _today_after(
    sentences: Sequence[Sentence], k: int, name: str, most: float, whole: bool, ev: Ev, said: str
) -> list[Measure]:
    """Today's score said in the sentence after an earlier one, naming no measure."""
    if k + 1 >= len(sentences):
        return []
    s = sentences[measure_earlier.today_at(sentences, k)]
    # before another measure named, said apart from it: "Yesterday it was 12, and your PHQ-9 ..."
    end = min((a for _, a, _ in measure_named.named(s.text)), default=len(s.text))
    nums = _scores(s, 0, end, most, whole)
    today = [n for n in nums[:1] if score_wording.TODAY_SAID.match(s.text[: n.start])]
    today = [n for n in today if end == len(s.text) or re.match(r"\s*[,;]", s.text[n.end :])]
    today += score_wording.today_after_earlier(s.text, nums)  # "Sixteen in July, and 12 today."
    # and an earlier one beside it: "Rob, yours is sixteen; when you started it was twenty-two."
    earlier = score_wording.earlier_beside(s.text, today[-1].end, most) if today else []
    ev = (*ev, s.evidence())[:3]
    return [Measure(name, n.value, most, ev, n in earlier, said) for n in today + earlier]


def _score_after(
    s: Sentence, after: Sentence, most: float, whole: bool = True
) -> tuple[list[NumberSpan], Ev]:
    """A score said in the sentence after the one that names a measure without one: the answer
    to a question ("What was the GAD-7?" "Fourteen."), or a number in score position ("You
    answered no to all six questions." "So that's a zero, right?"), when `after` names no measure
    of its own."""
    if score_wording.ASKS_WHAT_IS_TAKEN.search(s.text):
        return [], (s.evidence(),)  # "Anything else you take?" "Omeprazole, 20."
    others = measure_named.named(after.text)
    said_back = score_wording.doses_said(s.text)  # "make it twenty milligrams" "Twenty."
    nums, ev = _score_after_named(s, after, others, most, whole)
    return [n for n in nums if n.value not in said_back], ev


def _score_after_named(
    s: Sentence, after: Sentence, others: list[tuple[str, int, int]], most: float, whole: bool
) -> tuple[list[NumberSpan], Ev]:
    if others:  # "It is the grief questionnaire." "The I was 41 and the PTSD checklist was 44."
        nums = [
            n
            for n in _scores(after, 0, others[0][1], most, whole)
            if score_positions.SCORE_POSITION.search(after.text[: n.start])
            and (
                re.match(
                    r"\W*(?:and|but)?\W*(?:the|your|his|her)\s+$", after.text[n.end : others[0][1]]
                )
                or score_wording.ON_THAT_ONE.match(after.text[n.end :])
            )
        ][:1]
        return nums, (s.evidence(), after.evidence()) if nums else (s.evidence(),)
    nums = _scores(after, 0, len(after.text), most, whole)
    if not s.is_question:  # each in score position: "Nia, yours was 38, and Sam, yours was 45."
        # "It's 27, down from 31.": the earlier score said with it
        # or said with its time after "and": "It was 22 today, and 25 in June."
        earlier = [
            n
            for n in nums[1:]
            if score_positions.EARLIER_BEFORE.search(after.text[: n.start])
            or score_wording.other_time_after_and(after.text, n.start, n.end)
        ]
        # in its own clause: "It's twenty-one today, last time it was twenty-six."
        earlier += [
            n
            for n in [x for x in find_numbers(after.text) if nums and x.start > nums[0].end][:1]
            if score_wording.ENDS_CLAUSE.match(after.text[n.end :])
            and 0 <= n.value <= most
            and (n.value == int(n.value) or not whole)
            and score_wording.EARLIER_CLAUSE_AFTER.match(after.text[nums[0].end : n.start])
            and n not in earlier
        ]
        said = nums
        nums = [
            n
            for n in nums
            if score_positions.SCORE_POSITION.search(after.text[: n.start])
            or (n.start and score_owners.and_whose(after.text[: n.start]))
        ]
        # its parts listed: "Your psychological health was nine and your quality of life eleven"
        parts = [
            n
            for n in said
            if nums
            and n.start > nums[0].end
            and score_wording.AND_ANOTHER_PART.fullmatch(after.text[nums[0].end : n.start])
        ]
        nums = nums[:1] + [
            n
            for n in nums[1:]
            if (
                score_wording.SAID_AS_FURTHER_SCORE.search(after.text[: n.start])
                or score_owners.and_whose(after.text[: n.start])
            )
            and n not in earlier
        ]
        nums += [n for n in parts if n not in nums]
        nums += [n for n in earlier if nums and n.start > nums[0].start]
    else:
        nums = nums[:1]
    return nums, (s.evidence(), after.evidence()) if nums else (s.evidence(),)


def extract(sentences: Sequence[Sentence]) -> list[Measure]:
    """Standardized measures and self-ratings, each (name, score) once, in transcript order."""
    seen: set[tuple[str, float]] = set()
    out = []
    standardized = _standardized(sentences) + screen_items.extract(sentences)
    standardized += cognition_validity.extract(sentences)  # EMDR's VOC, one to seven
    standardized += measure_items.extract(sentences)  # "Are you basically satisfied with ..."
    standardized += measure_subscales.extract(sentences)  # "Obsessions thirteen, compulsions ..."
    standardized += measure_parts.extract(sentences, standardized)  # "five on the anxiety half"
    parts = measure_named_parts.extract(sentences, standardized)  # "Anxiety 11, ..."
    standardized = measure_named_parts.without_parts(standardized, parts) + parts
    standardized += room_ratings.extract(sentences)  # "I'd put the kitchen at a six"
    standardized += measure_told_before.extract(sentences)  # "My score, 84." "The BJSQ?"
    standardized += measure_done_again.extract(sentences)  # "You did it again." "It was 3."
    # "the diabetes questionnaire, the distress scale, averaged 3.4": the measure's score, not a
    # self-rating of distress ("You did the ACL-RSI." "Forty-two out of a hundred.": not a SUDS)
    scored = {(e, m.score) for m in standardized for e in m.evidence}  # (by where said, too)
    # the score said back in the next sentence ("the IBS-QOL was 54." "Fifty-four out of a
    # hundred.") is the measure's, not a rating of what was said before it
    before = {b.evidence(): a.evidence() for a, b in pairwise(sentences)}
    at = {s.evidence(): i for i, s in enumerate(sentences)}
    rated = [
        m
        for m in rating_others.rated(sentences)
        if not {(m.evidence[0], m.score), (m.evidence[-1], m.score)} & scored
        and (before.get(m.evidence[-1]), m.score) not in scored
        # nor a number said back after a measure's score came between: "Craving, like a four."
        # ... "You scored nine, out of ten." ... "Nine."
        and not any(
            at.get(m.evidence[0], -1) < at.get(e, -1) < at.get(m.evidence[-1], -1) and x == m.score
            for e, x in scored
        )
        and not _a_names_number(m)  # "And the anxiety form, the GAD-7, was thirteen." is no 7
    ]
    for m in sorted(standardized + rated, key=lambda m: m.evidence[0].start):
        if (key := (m.name.split(" (said as")[0], m.score)) not in seen:  # the same, inferred
            seen.add(key)
            out.append(m)
    return out


def _a_names_number(m: Measure) -> bool:
    """The rating's value is said only as the number of a measure's name in its evidence ("Out
    of ten?" ... "And the anxiety form, the GAD-7, was thirteen."): no rating."""
    inside = outside = False
    for e in m.evidence:
        names = measure_named.lexicon_named(e.quote)
        for n in find_numbers(e.quote):
            if n.value == m.score:
                if any(a <= n.start < b for _, a, b in names):
                    inside = True
                else:
                    outside = True
    return inside and not outside
