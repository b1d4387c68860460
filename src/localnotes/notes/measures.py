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

from localnotes.notes import lexicon, measure_forms, rating_values, ratings
from localnotes.notes.measure_ranges import DECIMAL, RANGES, known_name
from localnotes.notes.model import Evidence, Measure
from localnotes.notes.numbers import NumberSpan, find_numbers
from localnotes.notes.sentences import Sentence

Ev = tuple[Evidence, ...]

_NOT_SCORE_BEFORE = re.compile(
    r"\b(?:question|item|number|session|week|day|page)\s+$|\bout of\s+$|"
    # the scale's top after the score: "six of the eight", "14 of 21"
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty))"
    r"\s+of(?: the)?\s+$|"
    # a maximum or a cut-off: "of a possible 50", "the cut-off is 10"
    r"\b(?:of )?(?:a|the) (?:possible|maximum|max)(?: of)?\s+$|"
    r"\broman\s+$|"  # "the BDI, Roman two": the name's numeral
    r"\b(?:maximum|max|cut-?off|threshold)(?: score)?(?: is| was| of)?\s+$|"
    r"[a-z]$|"  # glued to a name, as speech recognition writes "the MGH one": "MGH1"
    r"(?<!\bdown )(?<!\bup )(?<!\bwent )(?<!\bdropped )(?<!\bfell )(?<!\brose )\bfrom\s+$|"
    r"\bby\s+$|\bthan\s+$|\blast (?:time|month|week)\s+(?:it was\s+)?$",
    re.I,
)
#: a previous score said beside today's: "came in at 41, down from 55 in the spring"
_EARLIER_BEFORE = re.compile(r"\b(?:down|up|went|dropped|fell|rose) from\s+$", re.I)
#: a score said in the sentence after the one naming the measure sits where a score is said:
#: "On the Columbia, you answered no to all six questions." "So that's a zero, right?"
_SCORE_POSITION = re.compile(
    r"(?:^\W*|\b(?:a|an|is|was|'s|scored?|got|about|around|maybe|roughly|total(?: of)?|"
    r"(?:came|comes|added|adds) (?:up )?(?:to|at|in at|out (?:to|at))|came out at|at)\s+)$",
    re.I,
)


#: a further score in the same sentence is said as one ("and Sam, yours was 45"), not "about two"
_SAID_AS_SCORE = re.compile(r"\b(?:was|is|'s|were|scored|got|came (?:to|in at|out at))\s+$", re.I)
#: "one" that is a pronoun, not a number: "the depression one was 14", "That's the one"
_PRONOUN_ONE_BEFORE = re.compile(
    r"\b(?:the|that|this|which|each|every|any|no)\s+(?:\w+\s+){0,2}$|"
    r"\b(?:did|does|do|done|had|has|have|got|took|take|filled|fill)\s+$",  # "your GP did one"
    re.I,
)
#: a previous score of the measure said in the next sentences: "it's up from 14 in October",
#: "it was 3.8 in January", "Last month you were at 12"
_EARLIER_SAID = re.compile(
    r"(?:\b(?:up|down) from|\blast (?:time|month|week|year)\b[^.?!]{0,20}\b(?:was|were at|at)|"
    r"\b(?:it|that|you|i|he|she|they) (?:was|were|scored)(?: at)?)(?: an?)?\s+$",
    re.I,
)
#: a month or season, when an earlier score was said: "In March it was 19", "19 in the spring"
_WHEN = (
    r"in (?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|the (?:spring|summer|fall|autumn|winter))"
)
_EARLIER_AFTER = re.compile(
    rf"^\s*(?:{_WHEN}|at (?:intake|admission|baseline)|"
    r"last (?:time|month|week|year)|"
    r"before|(?:back )?then|\w+ (?:weeks|months) ago|when (?:you|i|we) (?:first )?(?:came|started|"
    r"began)|at the (?:start|beginning)|at (?:your |the )?(?:first|last) (?:visit|session))\b",
    re.I,
)
#: the earlier time said before the score: "At intake it was 55", "Last time, three weeks ago,
#: it was 21"
_EARLIER_TIME_BEFORE = re.compile(
    rf"\b(?:at (?:intake|admission|baseline)|at the (?:start|beginning)|when (?:you|i|we) "
    r"(?:first )?(?:came|started|began)|last (?:time|month|week|year)|(?:\w+ )?(?:weeks|months|"
    rf"years) ago|back then|before that|{_WHEN}|the first time|"
    r"at (?:our|your|the) first (?:session|visit|appointment))"
    # "the first one, three weeks ago, was 52", "two years ago your doctor did one and you had 26"
    r"\b[^.?!]{0,40}(?:\b(?:it|that|you) |,\s*)(?:was|were|scored|had|got)(?: at)?(?: an?)?\s+$",
    re.I,
)
#: the score leads its sentence, the time it was said comes after: "Twenty-three when we
#: started.", "From thirty-one at intake."
_LEADS = re.compile(r"^\W*(?:(?:and|from|it was|that was|was|yes|yeah|no)\W+)*$", re.I)


#: between a number and a measure named after it, the two listed side by side: not its score
_LISTED_BESIDE = re.compile(r"\s+and\s+(?:a|an|the|your|his|her|their)\s+", re.I)


def _scores(s: Sentence, lo: int, hi: int, most: float, whole: bool = True) -> list[NumberSpan]:
    out = []
    # a rating's scale said beside the measure is no score of it: "The PHQ-9 was nine, cravings
    # this week, zero to ten."
    scale = [(m.start(), m.end()) for m in ratings.SCALE_RANGE.finditer(s.text)]
    for n in find_numbers(s.text):
        if not lo <= n.start < hi or not 0 <= n.value <= most:
            continue
        if any(a <= n.start < b for a, b in scale):
            continue
        if whole and n.value != int(n.value):
            continue  # a score outside the measure's scale is not its score
        if s.text[n.start : n.end].lower() == "one" and (
            _PRONOUN_ONE_BEFORE.search(s.text[: n.start])
            or re.match(r"\s*(?:was|is|that|of|with|,)", s.text[n.end :], re.I)
        ):
            continue
        if ratings.NOT_SCORE_AFTER.match(s.text[n.end :]) or _NOT_SCORE_BEFORE.search(
            s.text[: n.start]
        ):
            continue
        out.append(n)
    return out


def _standardized(sentences: Sequence[Sentence]) -> list[Measure]:
    out: list[Measure] = []
    for k, s in enumerate(sentences):
        known = _named(s.text, False)
        misheard = [] if known else _misheard_name(s.text)  # "your EDDQ global score was"
        forms = [
            x
            for x in _named(s.text)
            if x not in known and not any(x[1] < y and m < x[2] for _, m, y in misheard)
        ]
        found = sorted(known + misheard + forms, key=lambda x: x[1])
        by_form = {x for x in forms if x[0] not in RANGES}
        for i, (name, a, b) in enumerate(found):
            hi = found[i + 1][1] if i + 1 < len(found) else len(s.text)
            lo = found[i - 1][2] if i else 0
            most = RANGES.get(name, _MOST_UNKNOWN)
            whole = name not in DECIMAL and (name, a, b) not in by_form
            # before the name, not a number listed beside it: "With a seven and a PHQ-9 that high"
            before = [
                n
                for n in _scores(s, lo, a, most, whole)
                if not _LISTED_BESIDE.fullmatch(s.text[n.end : a])
            ]
            nums = _scores(s, b, hi, most, whole) or before
            if (name, a, b) in by_form:  # a name the lexicon does not know: its score said as one
                nums = measure_forms.said_as_score(s.text, name, b, _scores(s, b, hi, most, whole))
            ev: tuple[Evidence, ...] = (s.evidence(),)
            at = k
            # one measure, maybe named twice ("the Edinburgh, the EPDS you filled out")
            alone = len({n for n, _, _ in found}) == 1
            # the score in the next sentence, or the one after a sentence with no number ("I
            # scored the social phobia inventory." "The SPIN." "It's 41.")
            for j in range(k + 1, min(len(sentences), k + 3)) if not nums and alone else ():
                nums, ev = _score_after(s, sentences[j], most, whole)
                if (name, a, b) in by_form:  # "The AME approved it." "I started at 7.5."
                    nums = _said_after_form(s, sentences[j], name, nums)
                at = j if nums else k
                if nums or find_numbers(sentences[j].text) or sentences[j].is_question:
                    break
            if not nums and alone:
                nums, ev, at = _score_said_later(sentences, k, most, whole)
            for n in nums:
                earlier = bool(_EARLIER_BEFORE.search(s.text[: n.start]))
                out.append(Measure(name, n.value, float(most), ev, earlier))
            # an earlier score said next is the last named one's: "the PHQ-9 was 15. In May
            # it was 20."
            if nums and (alone or (i == len(found) - 1 and at == k)):
                out += _earlier_after(sentences, at, name, most, whole, ev)
            if nums and alone:
                out += _today_after(sentences, at, name, most, whole, ev)
    return out


#: the top of a measure the lexicon does not know, so that a count in the thousands is no score
_MOST_UNKNOWN = 200.0


def _named(text: str, by_form: bool = True) -> list[tuple[str, int, int]]:
    """The measures a sentence names, (name, start, end) in order: the lexicon's, then (with
    `by_form`) those recognized by the form of their name, unless said beside one of the
    lexicon."""
    found: list[tuple[str, int, int]] = []
    for name, pattern in lexicon.load().measures:
        for m in pattern.finditer(text):
            if not any(a <= m.start() < b for _, a, b in found):
                found.append((name, m.start(), m.end()))
    known = list(found)
    for name, a, b in measure_forms.names(text) if by_form else ():
        if not any(
            (x < b and a < y)
            or measure_forms.beside(text, (a, b), (x, y))
            # "the panic severity scale in the waiting room, the PDSS": one measure, named twice
            or (b <= x and not find_numbers(text[b:x]))
            for _, x, y in known
        ):
            found.append((known_name(name) or name, a, b))
    return sorted(found, key=lambda x: x[1])


#: a number said as a measure's score, however far from its name: "You came out at 17 today"
_SAID_AS_ITS_SCORE = re.compile(
    r"\b(?:you|it|that|which|this|score|total)\s+(?:(?:came|comes) (?:out |in )?(?:at|to)|"
    r"add(?:ed|s) up to|scored|(?<=score )(?:is|was)|(?<=total )(?:is|was))\s+(?:an?\s+)?$",
    re.I,
)


def _score_said_later(
    sentences: Sequence[Sentence], k: int, most: float, whole: bool
) -> tuple[list[NumberSpan], Ev, int]:
    """The score of a measure named with none, said as a score a few sentences on, when no
    number and no other measure comes between ("Did you fill in the Edinburgh?" "I did. Some
    items were hard." "You came out at seventeen today.")."""
    for j in range(k + 1, min(len(sentences), k + 7)):
        s = sentences[j]
        if _named(s.text):
            break
        said = [
            n
            for n in _scores(s, 0, len(s.text), most, whole)
            if _SAID_AS_ITS_SCORE.search(s.text[: n.start])
        ]
        if said:
            return said[:1], (sentences[k].evidence(), s.evidence()), j
        if _scores(s, 0, len(s.text), most, whole):  # not "I taught for thirty-four years"
            break
    return [], (sentences[k].evidence(),), k


#: today's score said after an earlier one: "Last time it was 58." "This week it's 51."
_TODAY_SAID = re.compile(
    r"^\W*(?:and\s+)?(?:this (?:week|time|month)|today|now),?\s+(?:it's|it is|you're at|you are at|"
    r"you scored|you came out at|it came to)\s+(?:an?\s+)?$",
    re.I,
)


def _today_after(
    sentences: Sequence[Sentence], k: int, name: str, most: float, whole: bool, ev: Ev
) -> list[Measure]:
    """Today's score said in the sentence after an earlier one, naming no measure."""
    if k + 1 >= len(sentences):
        return []
    s = sentences[k + 1]
    if _named(s.text):
        return []
    return [
        Measure(name, n.value, most, (*ev, s.evidence())[:3])
        for n in _scores(s, 0, len(s.text), most, whole)[:1]
        if _TODAY_SAID.match(s.text[: n.start])
    ]


def _earlier_after(
    sentences: Sequence[Sentence], k: int, name: str, most: float, whole: bool, ev: Ev
) -> list[Measure]:
    """A previous score of the measure said in the four sentences after today's ("It added up to
    19." "It's up from 14 in October."; "Is that worse?" "It was 3.8 in January."), when they
    name no measure of their own."""
    measures = lexicon.load().measures
    for s in sentences[k + 1 : k + 5]:
        named = [m.start() for _, p in measures for m in p.finditer(s.text)]
        end = min(named, default=len(s.text))  # "Last time it was 51, and the PHQ-9 was 14."
        for n in find_numbers(s.text[:end]):
            before, after = s.text[: n.start], s.text[n.end :]
            if not 0 <= n.value <= most or (whole and n.value != int(n.value)):
                continue
            if ratings.NOT_SCORE_AFTER.match(after):
                continue
            if re.search(r"\b(?:had|got)\s+$", before) and not re.match(r"\s*(?:[.,;!?]|$)", after):
                continue  # "two years ago you had 3 kids at home": a count, not a score
            if (
                (
                    _EARLIER_SAID.search(before)
                    and (
                        re.search(r"(?:up|down) from\s+$", before, re.I)
                        or re.search(r"\blast (?:time|month|week|year)\b", before, re.I)
                        or _EARLIER_AFTER.match(after)
                    )
                )
                or _EARLIER_TIME_BEFORE.search(before)
                or (_LEADS.match(before) and _EARLIER_AFTER.match(after.lstrip(" ,")))
            ):
                return [Measure(name, n.value, most, (*ev, s.evidence())[:3], True)]
        if named:
            return []
    return []


def _said_after_form(
    s: Sentence, after: Sentence, name: str, nums: list[NumberSpan]
) -> list[NumberSpan]:
    """The score of a name known by its form said in the next sentence: said as a score ("It
    came to 44."), or leading the answer to a question about it ("What was the DLQI?" "12.")."""
    said = measure_forms.said_as_score(after.text, name, 0, nums)
    if s.is_question:
        said += [n for n in nums if ratings.LEADS_WITH_NUMBER.match(after.text[: n.start])]
    return said[:1]


def _score_after(
    s: Sentence, after: Sentence, most: float, whole: bool = True
) -> tuple[list[NumberSpan], Ev]:
    """A score said in the sentence after the one that names a measure without one: the answer
    to a question ("What was the GAD-7?" "Fourteen."), or a number in score position ("You
    answered no to all six questions." "So that's a zero, right?"), when `after` names no measure
    of its own."""
    if _named(after.text):
        return [], (s.evidence(),)
    nums = _scores(after, 0, len(after.text), most, whole)
    if not s.is_question:  # each in score position: "Nia, yours was 38, and Sam, yours was 45."
        nums = [n for n in nums if _SCORE_POSITION.search(after.text[: n.start])]
        nums = nums[:1] + [n for n in nums[1:] if _SAID_AS_SCORE.search(after.text[: n.start])]
    else:
        nums = nums[:1]
    return nums, (s.evidence(), after.evidence()) if nums else (s.evidence(),)


def extract(sentences: Sequence[Sentence]) -> list[Measure]:
    """Standardized measures and self-ratings, each (name, score) once, in transcript order."""
    seen: set[tuple[str, float]] = set()
    out = []
    standardized = _standardized(sentences)
    # "the diabetes questionnaire, the distress scale, averaged 3.4": the measure's score, not a
    # self-rating of distress as well
    # ("You did the ACL-RSI." "Forty-two out of a hundred.": its score, not a SUDS)
    scored = {(e.quote, m.score) for m in standardized for e in m.evidence}
    rated = [
        m
        for m in _ratings(sentences)
        if not {(m.evidence[0].quote, m.score), (m.evidence[-1].quote, m.score)} & scored
    ]
    for m in sorted(standardized + rated, key=lambda m: m.evidence[0].start):
        if (m.name, m.score) not in seen:
            seen.add((m.name, m.score))
            out.append(m)
    return out


def _ratings(sentences: Sequence[Sentence]) -> list[Measure]:
    found = ratings.extract(sentences)
    # a rating said unprompted that is also an answer found is that answer
    answered = {(e.quote, m.score) for m in found for e in m.evidence}
    unprompted = [
        m
        for m in rating_values.said_with_scale(sentences) + rating_values.said_plainly(sentences)
        if (m.evidence[0].quote, m.score) not in answered
    ]
    return [
        *found,
        *rating_values.follow_ups(sentences, found),
        *rating_values.put_down(sentences),
        *unprompted,
    ]


#: a word where a measure's short name is said: "your X was 28", "the X came to 12"
_NAME_THEN_SCORE = re.compile(
    r"\b(?=([A-Za-z][A-Za-z']{2,6})(\s+(?:[a-z]+\s+)?(?:score\s+)?(?:this week |today |total )?"
    r"(?:was|is|came (?:in at|to|out at)|scored|added up to)\s+))",
)  # a lookahead: "your mads this week was" tries "your", then "mads"
#: what may follow a score: the sentence's end or a little word, not a thing counted ("5 dollars")
_AFTER_SCORE = re.compile(
    r"^\s*(?:[.,;!?]|$|(?:today|this|points?|out|so|and|but|which|last|now|when|from|down|up|in|"
    r"at|on|for|the|a|at)\b)",
    re.I,
)


def _misheard_name(text: str) -> list[tuple[str, int, int]]:
    """A measure's short name misheard by one letter, where a score follows ("your EDDQ global
    score was", "your mad's this week was 28"): four letters or more, same first letter, not a
    common English word."""
    from localnotes.notes.lexicon import _distance
    from localnotes.word_lists import common_words

    out = []
    for m in _NAME_THEN_SCORE.finditer(text):
        word = m.group(1)
        said = word.lower().replace("'", "")
        if word.lower() in common_words() or said in common_words() or len(said) < 4:
            continue
        at = m.end(2)
        score = find_numbers(text[at:])
        if not score or score[0].start or not _AFTER_SCORE.match(text[at + score[0].end :]):
            continue
        for name in RANGES:
            short = re.sub(r"[^a-z0-9]", "", name.lower())
            if 4 <= len(short) <= 6 and short[0] == said[0] and _distance(said, short, 1) <= 1:
                out.append((name, m.start(1), m.end(1)))
                break
    return out
