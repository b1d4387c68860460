"""The measures a sentence names: the lexicon's (`data/notes/lexicon.toml`), those recognized by
the form of their name ("the Copenhagen Burnout Inventory") and those described by what they ask
about ("the drinking one"). Split from `measures`, which reads their scores.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from localnotes import regex_literals
from localnotes.notes import lexicon, measure_descriptions, measure_forms
from localnotes.notes.measure_ranges import known_name
from localnotes.notes.numbers import find_numbers

#: between a name and a description of it: "the SCARED, the anxiety one"
_JUST_BEFORE = re.compile(r"\W*(?:the|your|that)?\W*", re.I)
_SET_AFTER = re.compile(r"[^.?!;\d]{0,40},\s+(?:the|your|that)\s+", re.I)


def _shares_a_word(said: str, name: str) -> bool:
    """A word of five letters or more of `said` is one of the measure `name`'s own title."""
    title = set(re.findall(r"[a-z]{5,}", name.lower()))
    return any(w in title for w in re.findall(r"[a-z]{5,}", said.lower()))


#: an instrument's number after a short name heard by its form: "the PGHQ 9"
_NUMBER_AFTER = re.compile(r"[\s-](\d{1,2})\b(?![.,]\d)")


def _known_with_number(text: str, name: str, a: int, b: int) -> tuple[str, int, int]:
    """The known measure a name recognized by its form stands for, with the instrument's number
    said after it where that makes it one misheard by a letter ("the PGHQ 9" is the PHQ-9);
    else the name as said."""
    known = known_name(name)
    if known is None and (n := _NUMBER_AFTER.match(text, b)) is not None:
        with_number = known_name(f"{name}-{n.group(1)}")
        if with_number is not None:
            return with_number, a, n.end()
    return known or name, a, b


@cache
def _prefilter() -> regex_literals.Prefilter:
    """What each lexicon measure's pattern needs (most sentences name none)."""
    return regex_literals.Prefilter([p for _, p in lexicon.load().measures])


@lru_cache(maxsize=4096)
def patterns_in(text: str) -> tuple[re.Pattern[str], ...]:
    """The lexicon measures' patterns that may match `text`, in the lexicon's order (the others
    need words it does not hold); kept for the sentences asked of again, drug by drug."""
    measures = lexicon.load().measures
    return tuple(measures[i][1] for i in _prefilter().candidates(text))


def lexicon_named(text: str) -> list[tuple[str, int, int]]:
    """The measures of the lexicon a sentence names, (name, start, end), in the lexicon's order."""
    return list(_lexicon_named(text))


@lru_cache(maxsize=8192)
def _lexicon_named(text: str) -> tuple[tuple[str, int, int], ...]:
    """`lexicon_named`, kept for the sentences read again (each reader asks of the same ones)."""
    found: list[tuple[str, int, int]] = []
    measures = lexicon.load().measures
    for name, pattern in (measures[i] for i in _prefilter().candidates(text)):
        for m in pattern.finditer(text):
            if not any(a <= m.start() < b for _, a, b in found):
                found.append((name, m.start(), m.end()))
    return tuple(found)


def named(
    text: str,
    by_form: bool = True,
    in_session: frozenset[str] | set[str] = frozenset(),
    known_here: list[tuple[str, int, int]] | None = None,
) -> list[tuple[str, int, int]]:
    """The measures a sentence names, (name, start, end) in order: the lexicon's (`known_here`,
    when the caller has them already), then (with `by_form`) those recognized by the form of
    their name or described by what they ask about ("the drinking one"), unless said beside one
    of the lexicon."""
    found = list(lexicon_named(text) if known_here is None else known_here)
    known = list(found)
    if not by_form:
        return sorted(found, key=lambda x: x[1])
    for name, a, b in measure_forms.names(text):
        if not any(
            (x < b and a < y)
            or measure_forms.beside(text, (a, b), (x, y))
            or measure_forms.beside_loosely(text, (a, b), (x, y))
            # "the panic severity scale in the waiting room, the PDSS": one measure, named twice
            or (b <= x and not find_numbers(text[b:x]))
            for _, x, y in known
        ):
            found.append(_known_with_number(text, name, a, b))
    for name, a, b in (x[:3] for x in measure_descriptions.described(text, in_session)):
        if any(
            (x < b and a < y and (n, x, y) in known)
            or (b <= x and (n, x, y) in known and not find_numbers(text[b:x]))
            # "the SCARED, the anxiety one, was 34": it says which one the name is
            or (y <= a and _JUST_BEFORE.fullmatch(text[y:a]))
            # "the Cornell with you in the kitchen, the depression scale for memory problems": set
            # after it, saying what it measures in the words of its own title
            or (y <= a and _SET_AFTER.fullmatch(text[y:a]) and _shares_a_word(text[a:b], n))
            # "The worry questionnaire you did, the Cancer Worry Scale, was 19": named after it
            or (b <= x and measure_forms.beside_loosely(text, (a, b), (x, y)))
            for n, x, y in found
        ):
            continue
        # "the nine-item mood questionnaire" is the PHQ-9, not a name of its own
        found = [(n, x, y) for n, x, y in found if not (x < b and a < y)] + [(name, a, b)]
    return sorted(found, key=lambda x: x[1])
