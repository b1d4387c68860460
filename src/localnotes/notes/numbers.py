"""Numbers as speech recognition writes them: digits ("75", "12.5", "1,000"), words ("seventy
five", "seventy-five", "a hundred and fifty", "two point five", "twelve and a half") and the
clinic's shorthand for doses ("one fifty" is 150, "two twenty-five" is 225); words and digits mixed
("point 5", "2 point 5", "one point 5") and digits joined (`number_digits`).

`find_numbers(text)` gives each number with its character span, so a caller can quote it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from localnotes.notes import number_digits

UNITS = {
    "zero": 0, "oh": 0, "nought": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
#: (a decimal comma after a nought, as speech recognition may write it for a European speaker:
#: "0,5 mg" is half a milligram, never a thousands group)
#: (and a half or a quarter written as a fraction: "1/2 mg", "½ mg"; not a date, "1/2/24")
_WORD = re.compile(
    r"[A-Za-z]+|0,\d{1,3}(?![\d,.])|(?<![\d/])[13]/[24](?![\d/])|[½¼¾]|"
    r"\d+(?:,\d{3})*(?:\.\d+)?|\.\d+"
)
_FRACTIONS = {"1/2": 0.5, "1/4": 0.25, "3/4": 0.75, "½": 0.5, "¼": 0.25, "¾": 0.75}


def _written_value(w: str) -> float:
    """The value of a number written with digits: "1,000", "0,5" (a decimal comma), "1/2"."""
    if w in _FRACTIONS:
        return _FRACTIONS[w]
    return float(w.replace(",", ".") if w.startswith("0,") else w.replace(",", ""))


@dataclass(frozen=True)
class NumberSpan:
    start: int
    end: int
    value: float


def _tokens(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(text)]


_GAP = re.compile(r"[ \t]*-?[ \t]*")
_STARTS = frozenset(UNITS) | frozenset(TENS) | {"a"}


def _gap_ok(text: str, a: int, b: int) -> bool:
    """Words of one number are separated by spaces or a hyphen only (a comma ends it)."""
    return _GAP.fullmatch(text, a, b) is not None


_TIME_UNITS = frozenset(["days", "weeks", "months", "years", "hours", "minutes"])
_AGO = frozenset(["ago", "back", "later", "before", "earlier"])


def _time_ago(words: list[str], k: int) -> bool:
    """ "sixty two weeks ago" is sixty, then two weeks ago: a time said after a number."""
    return k + 1 < len(words) and words[k] in _TIME_UNITS and words[k + 1] in _AGO


def _below_hundred(words: list[str], i: int) -> tuple[int, int] | None:
    """A value below 100 spelled from words[i]: ("seventy", "five") -> 75; returns (value, used)."""
    w = words[i]
    if w in TENS:
        if (
            i + 1 < len(words)
            and words[i + 1] in UNITS
            and 0 < UNITS[words[i + 1]] < 10
            and not _time_ago(words, i + 2)
        ):
            return TENS[w] + UNITS[words[i + 1]], 2
        return TENS[w], 1
    if w in UNITS and w != "oh":
        return UNITS[w], 1
    return None


def _spelled(words: list[str], i: int) -> tuple[float, int] | None:
    """The number spelled from words[i], and how many words it used."""
    j = i
    total = 0
    if words[j] == "a" and j + 1 < len(words) and words[j + 1] in ("hundred", "thousand"):
        total, j = 1, j + 1
    else:
        first = _below_hundred(words, j)
        if first is None:
            return None
        total, j = first[0], j + first[1]
    if j < len(words) and words[j] == "thousand":
        total *= 1000
        j += 1
        rest = _below_thousand(words, j)
        if rest:
            total += rest[0]
            j += rest[1]
        return float(total), j - i
    if j < len(words) and words[j] == "hundred":
        total *= 100
        j += 1
        if j + 1 < len(words) and words[j] == "and" and _below_hundred(words, j + 1):
            j += 1
        rest = _below_hundred(words, j) if j < len(words) else None
        if rest:
            total += rest[0]
            j += rest[1]
    elif 1 <= total <= 9 and j < len(words) and words[j] in TENS:
        # "one fifty", "two twenty five": the way doses are said aloud
        rest = _below_hundred(words, j)
        if rest:
            total = total * 100 + rest[0]
            j += rest[1]
    elif (
        1 <= total <= 9
        and words[j : j + 1] == ["oh"]
        and j + 1 < len(words)
        and 0 < UNITS.get(words[j + 1], 10) < 10
        and not _CLOCK.intersection(words[j + 2 : j + 3])
    ):  # "bupropion one-oh-five": 105, as a dose's digits are read (not "six oh five pm")
        total, j = total * 100 + UNITS[words[j + 1]], j + 2
    elif (
        2 <= total <= 9
        and words[j : j + 1] == ["ten"]
        and not _COUNTED.intersection(words[j + 1 : j + 2])
    ):  # "ferrous fumarate two ten": 210 (not "two ten milligram tablets", "one ten")
        total, j = total * 100 + 10, j + 1
    value = float(total)
    if j + 1 < len(words) and words[j] == "point":
        k = _point_digits(words, j + 1)
        if k > j + 1:
            value = float(f"{total}.{_digits(words[j + 1 : k])}")
            j = k
        elif number_digits.DECIMAL_DIGITS.fullmatch(words[j + 1]):  # "one point 5": mixed
            value, j = float(f"{total}.{words[j + 1]}"), j + 2
    return value, j - i


def _point_digits(words: list[str], k: int, joined: Callable[[int], bool] | None = None) -> int:
    """Where the digits read one by one after "point" from words[k] end ("point two five"): each
    a word of a digit (joined to the one before, where `joined` says), but not one said before
    "times" after the first ("two point five three times a day": 2.5, taken three times)."""
    j = k
    while j < len(words) and UNITS.get(words[j], 10) < 10:
        if j > k and (
            (joined is not None and not joined(j))
            or (j + 1 < len(words) and words[j + 1] == "times")
        ):
            break
        j += 1
    # the strength of tablets in the plural: "half of the seven point fives"
    if j < len(words) and _plural_digit(words[j]) is not None and (joined is None or joined(j)):
        j += 1
    return j


def _plural_digit(word: str) -> int | None:
    """The digit a plural word of a digit says ("fives", "sixes"), or None."""
    single = word[:-2] if word.endswith("xes") else word[:-1] if word.endswith("s") else ""
    return UNITS[single] if UNITS.get(single, 10) < 10 else None


def _digits(words: list[str]) -> str:
    """The digits the words of digits say: ["two", "five"] -> "25", ["seven", "fives"] -> "75"."""
    return "".join(str(UNITS[w] if w in UNITS else _plural_digit(w)) for w in words)


_CLOCK = frozenset({"am", "pm", "o'clock", "oclock"})

#: what follows "two ten" when it counts tens ("two ten milligram tablets", "two ten minute breaks")
_COUNTED = frozenset(
    {"to", "milligram", "milligrams", "mg", "mil", "mls", "microgram", "micrograms", "tablets",
     "tablet", "pills", "ones", "minute", "minutes", "times", "days", "weeks", "years", "out", "or"}
)  # fmt: skip


def _below_thousand(words: list[str], i: int) -> tuple[int, int] | None:
    if i >= len(words):
        return None
    first = _below_hundred(words, i)
    if first is None:
        return None
    j = i + first[1]
    if j < len(words) and words[j] == "hundred":
        total, j = first[0] * 100, j + 1
        rest = _below_hundred(words, j) if j < len(words) else None
        if rest:
            total, j = total + rest[0], j + rest[1]
        return total, j - i
    return first[0], j - i


_A_UNIT_AFTER = (["milligram"], ["milligrams"], ["mg"], ["micrograms"], ["microgram"], ["mcg"])


def _bare_hundred(words: list[str], i: int) -> bool:
    """ "the hundred and twenty", "Hundred and fifty": a hundred and more, its "a" left out (not
    "the hundred" alone, nor "a few hundred")."""
    if (
        words[i] == "hundred"
        and i
        and words[i - 1] == "the"
        and words[i + 1 : i + 2] in _A_UNIT_AFTER
    ):
        return True  # "the hundred-milligram monthly ones", "the hundred microgram one"
    return (
        words[i] == "hundred"
        and (i == 0 or words[i - 1] == "the")
        and i + 2 < len(words)
        and words[i + 1] == "and"
        and _below_hundred(words, i + 2) is not None
    )


@lru_cache(maxsize=4096)
def find_numbers(text: str) -> tuple[NumberSpan, ...]:
    """Every number in `text`, in order, with its character span."""
    return tuple(_with_a(text, n) for n in _find(text))


#: "a" before a hundred or a thousand written in digits, as speech recognition writes "a hundred"
#: ("up to a 100", "a 150"): the number's own word, its span as "a hundred" has it
_A_BEFORE = re.compile(r"(?:^|(?<=\s))a\s$", re.I)


def _with_a(text: str, n: NumberSpan) -> NumberSpan:
    if not (100 <= n.value < 200 or 1000 <= n.value < 2000) or not text[n.start : n.end].isdigit():
        return n
    a = _A_BEFORE.search(text, max(0, n.start - 3), n.start)
    return NumberSpan(a.start(), n.end, n.value) if a else n


def _digit_by_digit(
    text: str, toks: list[tuple[int, int, str]], words: list[str], i: int
) -> float | None:
    """Three digits joined by hyphens from words[i], the first not nought: a number read digit by
    digit ("the one-two-five", 125; "two-five-oh", 250), not a longer run (a phone number)."""
    three = words[i : i + 3]
    if len(three) < 3 or not all(UNITS.get(w, 10) < 10 for w in three) or UNITS[three[0]] == 0:
        return None
    joined = all(text[toks[j][1] : toks[j + 1][0]] == "-" for j in (i, i + 1))
    longer = (i + 3 < len(toks) and text[toks[i + 2][1] : toks[i + 3][0]] == "-") or (
        i > 0 and text[toks[i - 1][1] : toks[i][0]] == "-"
    )
    if not joined or longer:
        return None
    return float(_digits(three))


#: "hundred" as Scots and northern English say it: "five hunner", "twa hunder"
_HUNDRED_SAID = frozenset({"hunner", "hunder", "hunnerd"})


#: a part said after a whole number: "and a half", "and a quarter"
_PARTS = {"half": 0.5, "quarter": 0.25}


def _find(text: str) -> list[NumberSpan]:
    toks = _tokens(text)
    words = ["hundred" if t[2].lower() in _HUNDRED_SAID else t[2].lower() for t in toks]
    out: list[NumberSpan] = []
    i = 0
    while i < len(toks):
        w = words[i]
        if (
            w == "point"
            and i + 1 < len(toks)
            and UNITS.get(words[i + 1], 10) < 10
            and _gap_ok(text, toks[i][1], toks[i + 1][0])
        ):  # "point five milligrams", "point two five" (not "point five two times a day")
            k = _point_digits(words, i + 1, lambda j: _gap_ok(text, toks[j - 1][1], toks[j][0]))
            out.append(
                NumberSpan(toks[i][0], toks[k - 1][1], float(f"0.{_digits(words[i + 1 : k])}"))
            )
            i = k
            continue
        if (after := number_digits.mixed_point(text, toks, words, i)) is not None:
            out.append(NumberSpan(toks[i][0], toks[i + 1][1], float(f"0.{words[i + 1]}")))
            i = after
            continue
        if (read := number_digits.digit_pair(text, toks, words, i)) is not None:
            value, start, end = read, toks[i][0], toks[i + 1][1]
            i += 2
        elif (read := number_digits.hundreds_and(text, toks, words, i)) is not None:
            value, start, end = read, toks[i][0], toks[i + 2][1]
            i += 3
        elif w[0].isdigit() or w[0] == "." or w in _FRACTIONS:
            value = _written_value(w)
            start, end = toks[i][0], toks[i][1]
            i += 1
            if w.isdigit() and words[i : i + 1] == ["point"] and _gap_ok(text, end, toks[i][0]):
                digits = i + 1 < len(words) and number_digits.DECIMAL_DIGITS.fullmatch(words[i + 1])
                k = i + 2 if digits else _point_digits(words, i + 1)
                if k > i + 1 and _gap_ok(text, toks[i][1], toks[i + 1][0]):
                    # "2 point 5", "0 point five": the decimal with digits and words mixed
                    decimals = "".join(x if x.isdigit() else _digits([x]) for x in words[i + 1 : k])
                    value, end, i = float(f"{w}.{decimals}"), toks[k - 1][1], k
        else:
            bare_hundred = _bare_hundred(words, i)
            if w not in _STARTS and not bare_hundred:
                i += 1
                continue
            read = _digit_by_digit(text, toks, words, i)
            if read is not None:  # "the one-two-five": 125, a strength read digit by digit
                out.append(NumberSpan(toks[i][0], toks[i + 2][1], read))
                i += 3
                continue
            # only words joined by spaces or hyphens make one number (at most 8 of them)
            run = i + 1
            while run < min(len(toks), i + 8) and _gap_ok(text, toks[run - 1][1], toks[run][0]):
                run += 1
            # "the hundred and twenty": "a" left out, as said of a dose already talked about
            got = _spelled(["a", *words[i:run]], 0) if bare_hundred else _spelled(words[i:run], 0)
            if got is None:
                i += 1
                continue
            value, used = got
            used -= bare_hundred
            start, end = toks[i][0], toks[i + used - 1][1]
            i += used
        # "twelve and a half", "1 and a half"; "six and a quarter" (6.25 mg of carvedilol)
        if i + 2 < len(toks) and words[i : i + 2] == ["and", "a"] and words[i + 2] in _PARTS:
            value += _PARTS[words[i + 2]]
            end = toks[i + 2][1]
            i += 3
        out.append(NumberSpan(start, end, value))
    return out


def plain(value: float) -> str:
    """75.0 -> "75", 12.5 -> "12.5"."""
    return str(int(value)) if value == int(value) else f"{value:g}"
