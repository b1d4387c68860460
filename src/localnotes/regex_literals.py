"""The literal strings one of which every match of a pattern must contain, found by reading the
pattern's parse tree: a cheap test (`str.__contains__` on the lowercased text) that tells most
sentences cannot match, without running the pattern.

The note draft searches each sentence for ~150 measures' patterns; most sentences name none, and
a pattern that begins with `\\b` or an alternation gets no help from the regex engine's own
literal-prefix scan. A case-blind pattern's literals are casefolded, and looked for in the
casefolded text (casefolding maps every character a case-blind pattern lets a literal match, the
Kelvin sign and the long s too, to the literal's own fold); a case-sensitive pattern's are looked
for as they are (the risk cues, run over the lowercased sentence, are so). A part of a
case-sensitive pattern that turns case-blindness on for itself needs nothing; a part of a
case-blind one that turns it off is still found in the casefolded text.
"""

from __future__ import annotations

import re
import re._constants as sre  # the parse tree's node kinds (no public API exposes them)
import re._parser as sre_parse
from collections.abc import Sequence
from typing import Any

#: a requirement: every match contains all the strings (casefolded) of one of these sets
Need = frozenset[frozenset[str]]
#: the most alternatives a requirement keeps (past that, a part of a sequence is left out, which
#: only weakens it)
_MOST = 64


#: letters from the most to the least common in English: of two one-letter needs, the later
#: tells more
_COMMON = " etaoinshrdlcumwfgypbvkjxqz"


def needed(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings (casefolded) one of which every match of the pattern contains: of each way it may
    match, the string that tells most (the longest, then the rarest letter); None when it may
    match with no literal."""
    blind = bool(pattern.flags & re.IGNORECASE)
    need = _of_sequence(list(sre_parse.parse(pattern.pattern, pattern.flags)), blind)
    if need is None:
        return None
    best = {max(alt, key=_telling) for alt in need}
    # a string that holds another is there only when that one is too: it tells nothing more
    return frozenset(s for s in best if not any(o != s and o in s for o in best))


class Prefilter:
    """Which of many patterns may match a text: each literal any of them needs is
    looked for once, and only the patterns whose needs are there are left to run. The literals
    are filed under their rarest two letters (or their one letter), and only those filed under a
    pair the text holds are looked for: most sentences hold few of the rare pairs."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self._always: list[int] = []
        exact: dict[str, list[int]] = {}  # looked for in the text as it is
        folded: dict[str, list[int]] = {}  # in the casefolded text
        for i, pattern in enumerate(patterns):
            needs = needed(pattern)
            if needs is None:
                self._always.append(i)
            where = folded if pattern.flags & re.IGNORECASE else exact
            for literal in needs or ():
                where.setdefault(literal, []).append(i)
        self._exact = _filed(exact)
        self._folded = _filed(folded)

    def candidates(self, text: str) -> list[int]:
        """The indices of the patterns that may match the text, in order."""
        found = set(self._always)
        for filed, seen in ((self._exact, text), (self._folded, text.casefold())):
            if not filed:
                continue
            keys = {seen[i : i + 2] for i in range(len(seen) - 1)} | set(seen)
            for key in keys & filed.keys():
                for literal, indices in filed[key]:
                    if literal in seen:
                        found.update(indices)
        return sorted(found)


def _filed(literals: dict[str, list[int]]) -> dict[str, list[tuple[str, list[int]]]]:
    """The literals filed under their rarest pair of letters side by side (a one-letter literal
    under its letter)."""
    out: dict[str, list[tuple[str, list[int]]]] = {}
    for literal, indices in literals.items():
        pairs = [literal[i : i + 2] for i in range(len(literal) - 1)] or [literal]
        key = max(pairs, key=lambda p: (sum(_RANK.get(c, _RAREST) for c in p), p))
        out.setdefault(key, []).append((literal, indices))
    return out


#: each letter's rank in _COMMON (a character not there ranks as the rarest, as `str.find`'s -1
#: wrapped round)
_RANK = {c: i for i, c in enumerate(_COMMON)}
_RAREST = len(_COMMON) - 1


def _telling(literal: str) -> tuple[int, int]:
    """How much a literal's presence tells: its length, then how rare its rarest letter is."""
    return len(literal), max([_RANK.get(c, _RAREST) for c in literal])


def _of_sequence(items: list[tuple[Any, Any]], blind: bool) -> Need | None:
    """What a sequence of nodes needs: each run of literal characters, and each required part's
    own requirement, all of them."""
    parts: list[Need] = []
    run: list[str] = []

    def close() -> None:
        if run:
            literal = "".join(run)
            parts.append(frozenset({frozenset({literal.casefold() if blind else literal})}))
            run.clear()

    for op, arg in items:
        if op is sre.LITERAL:
            run.append(chr(arg))
            continue
        close()
        need: Need | None = None
        if op is sre.SUBPATTERN and (blind or not arg[1] & re.IGNORECASE):
            need = _of_sequence(list(arg[-1]), blind)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and arg[0] >= 1:
            need = _of_sequence(list(arg[2]), blind)
        elif op is sre.BRANCH:
            need = _of_branch(arg[1], blind)
        elif op is sre.ATOMIC_GROUP:
            need = _of_sequence(list(arg), blind)
        if need:
            parts.append(need)
    close()
    return _all_of(parts)


def _all_of(parts: list[Need]) -> Need | None:
    """The requirement of all the parts together: one alternative of each, their strings joined;
    the parts with fewest alternatives first, and those that would make too many left out."""
    combined: Need | None = None
    for part in sorted(parts, key=len):
        if combined is None:
            combined = part
        elif len(combined) * len(part) <= _MOST:
            combined = frozenset(a | b for a in combined for b in part)
    return _least(combined)


def _of_branch(alternatives: list[Any], blind: bool) -> Need | None:
    """An alternation needs one of its alternatives' requirements: nothing if any alternative
    needs nothing."""
    union: set[frozenset[str]] = set()
    for alternative in alternatives:
        need = _of_sequence(list(alternative), blind)
        if not need:
            return None
        union |= need
    return _least(frozenset(union))


def _least(need: Need | None) -> Need | None:
    """Without the alternatives that need more than another does (they add no case). Smallest
    first, each compared only with those kept: a subset of one dropped is a subset of one kept."""
    if need is None:
        return None
    if len(need) > _MOST:  # many ways: each by its most telling string alone (weaker, as sound)
        need = frozenset(frozenset({max(a, key=_telling)}) for a in need)
    kept: list[frozenset[str]] = []
    singles: set[str] = set()  # most alternatives are one string: found by lookup, not compared
    by_first: dict[str, list[frozenset[str]]] = {}  # the others, by their most telling string
    for a in sorted(need, key=len):
        if not singles.isdisjoint(a) or any(b < a for x in a for b in by_first.get(x, ())):
            continue
        kept.append(a)
        if len(a) == 1:
            singles |= a
        else:
            by_first.setdefault(min(a), []).append(a)
    return frozenset(kept)
