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

from localnotes.notes import lexicon, rating_values, ratings
from localnotes.notes.model import Evidence, Measure
from localnotes.notes.numbers import NumberSpan, find_numbers
from localnotes.notes.sentences import Sentence

Ev = tuple[Evidence, ...]

RANGES = {
    "PHQ-9": 27, "PHQ-A": 27, "GAD-7": 21, "PCL-5": 80, "AUDIT": 40, "AUDIT-C": 12,
    "C-SSRS": 6, "EPDS": 30, "BDI-II": 63, "BAI": 63, "Y-BOCS": 40, "DAST-10": 10, "ISI": 28,
    "K10": 50, "ORS": 40, "SUDS": 100, "GDS": 30, "EDE-Q": 6, "Epworth Sleepiness Scale": 24,
    "MoCA": 30, "MMSE": 30, "SLUMS": 30, "ASRS": 72, "Inventory of Complicated Grief (ICG)": 76,
    "PG-13": 55, "Altman Self-Rating Mania Scale (ASRM)": 20, "YMRS": 60, "MDQ": 13, "MADRS": 60,
    "HAM-D": 52, "HAM-A": 56, "DASS-21": 63, "PSQI": 21, "CAPS-5": 80, "OCI-R": 72, "PSS": 40,
    "WHO-5": 25, "CAGE": 4, "PHQ-15": 30, "SPIN": 68, "PDSS": 28, "CIWA": 67, "COWS": 48,
    "SCARED": 82, "DERS": 180, "ACE": 10, "BPRS": 168, "Vanderbilt": 165, "PCS": 52,
    "CSI": 161, "CUDIT-R": 32, "QIDS": 27, "Zarit": 88, "BDD-YBOCS": 48, "SI-R": 92,
    "Clutter Image Rating": 9, "MGH-HPS": 28, "STOP-BANG": 8, "HTQ": 4, "PGSI": 27, "K-SAS": 44,
    "YGTSS": 100, "EDSS": 10, "MIES": 54, "HONC": 10, "DAR-5": 25, "MDAS": 25, "LSAS": 144,
    "MBI": 54, "HADS": 21, "NSI": 88, "FACIT-Fatigue": 52, "SIAS": 80, "HITS": 20,
    "Danger Assessment": 20, "SOGS": 20, "FSS": 7, "SMFQ": 26, "FCRI": 168,
    "HIV Stigma Scale": 160, "PDQ-8": 100, "UPDRS": 199,
    "BSS (Beck Scale for Suicide Ideation)": 38,
    "BHS (Beck Hopelessness Scale)": 20, "DDS (Diabetes Distress Scale)": 6,
    "UCLA Loneliness Scale": 80, "EASI (Elder Abuse Suspicion Index)": 6, "IGDS9-SF": 45,
    "RCADS": 141, "KDQOL": 100, "MIDAS": 270, "HIT-6": 78, "Menopause Rating Scale (MRS)": 44,
    "Greene Climacteric Scale": 63, "CTQ": 125, "DES-II": 100, "SHAI": 54, "Whiteley Index": 14,
    "SCIM": 100, "Moorong Self-Efficacy Scale": 112, "SDQ": 40,
    "Copenhagen Burnout Inventory (CBI)": 100, "Mini-Z": 50, "Binge Eating Scale (BES)": 46,
    "Brief Resilience Scale (BRS)": 5, "FertiQoL": 100, "IES-R": 88,
}  # fmt: skip
#: the measures scored with a decimal (a mean of items, or half steps): any other is whole
DECIMAL = frozenset(
    {"EDE-Q", "HTQ", "EDSS", "FSS", "DDS (Diabetes Distress Scale)", "Brief Resilience Scale (BRS)"}
)
_NOT_SCORE_BEFORE = re.compile(
    r"\b(?:question|item|number|session|week|day|page)\s+$|\bout of\s+$|"
    # the scale's top after the score: "six of the eight", "14 of 21"
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty))"
    r"\s+of(?: the)?\s+$|"
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
    r"\b(?:the|that|this|which|each|every|any|no)\s+(?:\w+\s+)?$", re.I
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
    r"(?:first )?(?:came|started|began)|last (?:time|month|week|year)|(?:\w+ )?(?:weeks|months) "
    rf"ago|back then|before that|{_WHEN})"
    # "the first one, three weeks ago, was 52"
    r"\b[^.?!]{0,40}(?:\b(?:it|that|you) |,\s*)(?:was|were|scored)(?: at)?(?: an?)?\s+$",
    re.I,
)
#: the score leads its sentence, the time it was said comes after: "Twenty-three when we
#: started.", "From thirty-one at intake."
_LEADS = re.compile(r"^\W*(?:(?:and|from|it was|that was|was|yes|yeah|no)\W+)*$", re.I)


#: between a number and a measure named after it, the two listed side by side: not its score
_LISTED_BESIDE = re.compile(r"\s+and\s+(?:a|an|the|your|his|her|their)\s+", re.I)


def _scores(s: Sentence, lo: int, hi: int, most: float, whole: bool = True) -> list[NumberSpan]:
    out = []
    for n in find_numbers(s.text):
        if not lo <= n.start < hi or not 0 <= n.value <= most:
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
    lex = lexicon.load()
    for k, s in enumerate(sentences):
        found: list[tuple[str, int, int]] = []
        for name, pattern in lex.measures:
            for m in pattern.finditer(s.text):
                if not any(a <= m.start() < b for _, a, b in found):
                    found.append((name, m.start(), m.end()))
        if not found:
            found = _misheard_name(s.text)
        found.sort(key=lambda x: x[1])
        for i, (name, a, b) in enumerate(found):
            hi = found[i + 1][1] if i + 1 < len(found) else len(s.text)
            lo = found[i - 1][2] if i else 0
            most = RANGES.get(name, 100)
            whole = name not in DECIMAL
            # before the name, not a number listed beside it: "With a seven and a PHQ-9 that high"
            before = [
                n
                for n in _scores(s, lo, a, most, whole)
                if not _LISTED_BESIDE.fullmatch(s.text[n.end : a])
            ]
            nums = _scores(s, b, hi, most, whole) or before
            ev: tuple[Evidence, ...] = (s.evidence(),)
            at = k
            # one measure, maybe named twice ("the Edinburgh, the EPDS you filled out")
            alone = len({n for n, _, _ in found}) == 1
            # the score in the next sentence, or the one after a sentence with no number ("I
            # scored the social phobia inventory." "The SPIN." "It's 41.")
            for j in range(k + 1, min(len(sentences), k + 3)) if not nums and alone else ():
                nums, ev = _score_after(s, sentences[j], most, whole)
                at = j if nums else k
                if nums or find_numbers(sentences[j].text) or sentences[j].is_question:
                    break
            if not nums and alone:
                nums, ev, at = _score_said_later(sentences, k, most, whole)
            for n in nums:
                earlier = bool(_EARLIER_BEFORE.search(s.text[: n.start]))
                out.append(Measure(name, n.value, float(most), ev, earlier))
            if nums and alone:
                out += _earlier_after(sentences, at, name, most, whole, ev)
                out += _today_after(sentences, at, name, most, whole, ev)
    return out


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
    named = lexicon.load().measures
    for j in range(k + 1, min(len(sentences), k + 7)):
        s = sentences[j]
        if any(p.search(s.text) for _, p in named):
            break
        said = [
            n
            for n in _scores(s, 0, len(s.text), most, whole)
            if _SAID_AS_ITS_SCORE.search(s.text[: n.start])
        ]
        if said:
            return said[:1], (sentences[k].evidence(), s.evidence()), j
        if find_numbers(s.text):
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
    if any(p.search(s.text) for _, p in lexicon.load().measures):
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


def _score_after(
    s: Sentence, after: Sentence, most: float, whole: bool = True
) -> tuple[list[NumberSpan], Ev]:
    """A score said in the sentence after the one that names a measure without one: the answer
    to a question ("What was the GAD-7?" "Fourteen."), or a number in score position ("You
    answered no to all six questions." "So that's a zero, right?"), when `after` names no measure
    of its own."""
    if any(p.search(after.text) for _, p in lexicon.load().measures):
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
    scored = {(m.evidence[0].quote, m.score) for m in standardized}
    rated = [m for m in _ratings(sentences) if (m.evidence[0].quote, m.score) not in scored]
    for m in sorted(standardized + rated, key=lambda m: m.evidence[0].start):
        if (m.name, m.score) not in seen:
            seen.add((m.name, m.score))
            out.append(m)
    return out


def _ratings(sentences: Sequence[Sentence]) -> list[Measure]:
    found = ratings.extract(sentences)
    return found + rating_values.follow_ups(sentences, found) + rating_values.put_down(sentences)


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
