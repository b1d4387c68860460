"""A standardized measure's short name misheard by a letter where its score follows ("your EDDQ
global score was 3.1", "your mad's this week was 28"), or spelled out in letters with its number
("your G.D.D. 7 was 12", "the G'd A.D. 7 for anxiety was 14"), for `measures`; of two known
names a letter away, the one whose top is said after the score ("the PDSI was 19 out of 27")."""

from __future__ import annotations

import re

from localnotes.notes.measure_ranges import RANGES
from localnotes.notes.numbers import find_numbers

#: a word where a measure's short name is said: "your X was 28", "the X came to 12"
_NAME_THEN_SCORE = re.compile(
    r"\b(?=([A-Za-z][A-Za-z']{2,6})(\s+(?:[a-z]+\s+)?(?:score\s+)?(?:this week |today |total )?"
    r"(?:was|is|came (?:in at|to|out at)|scored|added up to)\s+))",
)  # a lookahead: "your mads this week was" tries "your", then "mads"
#: what may follow a score: the sentence's end or a little word, not a thing counted ("5 dollars")
#: the top of the scale said after a score: "19 out of 27"
_OUT_OF = re.compile(r",?\s+(?:out\s+)?of\s+(?:a\s+possible\s+)?(\w+(?:[\s-]\w+)?)", re.I)
_AFTER_SCORE = re.compile(
    r"^\s*(?:[.,;!?]|$|(?:today|this|points?|out|so|and|but|which|last|now|when|from|down|up|in|"
    r"at|on|for|the|a|at)\b)",
    re.I,
)


def names(text: str) -> list[tuple[str, int, int]]:
    """A measure's short name misheard by one letter, where a score follows ("your EDDQ global
    score was", "your mad's this week was 28"): four letters or more, same first letter, not a
    common English word."""
    from localnotes.notes.lexicon import bounded_distance
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
        top = _OUT_OF.match(text, at + score[0].end)
        near = [
            name
            for name in RANGES
            if 4 <= len(short := re.sub(r"[^a-z0-9]", "", name.lower())) <= 6
            and short[0] == said[0]
            and bounded_distance(said, short, 1) <= 1
            and RANGES[name] >= score[0].value
        ]
        # the top said after the score tells which of two it is: "the PDSI is 19 out of 27"
        # is the PGSI (0-27), not the PDSS (0-28)
        most = find_numbers(top.group(1)) if top else []
        told = [name for name in near if most and RANGES[name] == most[0].value]
        if near:
            out.append(((told or near)[0], m.start(1), m.end(1)))
    return out


#: letters said one by one, as speech recognition writes them, then the instrument's number
_SPELLED = re.compile(r"(?<![\w.'])((?:[A-Z][.']?\w?\.?\s?){2,4}?)-?\s?(\d{1,2})(?=\s)")


def spelled(text: str) -> list[tuple[str, int, int]]:
    """A short name with a number spelled out letter by letter and misheard by one letter ("G.D.D.
    7" is GAD-7), where a score follows: its letters with dots, a number that is the instrument's
    own, the same first letter."""
    from localnotes.notes.lexicon import bounded_distance

    out = []
    for m in _SPELLED.finditer(text):
        if "." not in m.group(1):
            continue  # "GAD 7" is the lexicon's
        letters = re.sub(r"[^a-z]", "", m.group(1).lower())
        after = text[m.end() :]
        said = re.match(
            r"\s+(?:[a-z]+\s+){0,2}(?:was|is|came (?:in at|to|out at)|scored)\s+", after
        )
        if len(letters) < 2 or not said or not find_numbers(after[said.end() :]):
            continue
        for name in RANGES:
            short = re.fullmatch(r"([A-Za-z]{2,4})-?(\d{1,2})", name)
            if not short or short.group(2) != m.group(2):
                continue
            want = short.group(1).lower()
            if want[0] == letters[0] and bounded_distance(letters, want, 1) <= 1:
                out.append((name, m.start(), m.end()))
                break
    return out
