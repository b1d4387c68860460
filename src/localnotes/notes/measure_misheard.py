"""A standardized measure's short name misheard by a letter where its score follows ("your EDDQ
global score was 3.1", "your mad's this week was 28"), for `measures`."""

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
_AFTER_SCORE = re.compile(
    r"^\s*(?:[.,;!?]|$|(?:today|this|points?|out|so|and|but|which|last|now|when|from|down|up|in|"
    r"at|on|for|the|a|at)\b)",
    re.I,
)


def names(text: str) -> list[tuple[str, int, int]]:
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
