"""Numbers as speech recognition writes them in digits, for `numbers`: two digits joined by a
hyphen for one number ("the Plavix 7-5"), hundreds in digits with "and" and the tens ("200 and
25"), and a decimal point said as a word between digits ("point 5", "2 point 5")."""

from __future__ import annotations

import re

_GAP = re.compile(r"[ \t]*-?[ \t]*")


def _gap_ok(text: str, a: int, b: int) -> bool:
    return _GAP.fullmatch(text, a, b) is not None


#: the digits after "point" where speech recognition writes them as digits: "point 5", "2 point 5"
DECIMAL_DIGITS = re.compile(r"\d{1,3}")
#: before "point" where it is a noun, not a decimal point: "at that point 5 of us left"
_POINT_AS_NOUN = frozenset(
    {"the", "a", "that", "this", "what", "some", "no", "any", "each", "every", "my", "your",
     "his", "her", "our", "their", "its", "main", "good", "fair", "valid", "whole", "turning",
     "starting", "breaking", "boiling", "sticking", "pressure", "match", "set", "focal"}
)  # fmt: skip
#: after a decimal said "point 5": a unit, the clause's end or what says when it is taken
_AFTER_DECIMAL = re.compile(
    r"\s*(?:[,.;:!?)]|$|(?:mgs?|milligrams?|mcg|micrograms?|mls?|mils?|millilit(?:er|re)s?|"
    r"of an?|when|at|in|a day|twice|once|every|before|after|as|if|tablets?|tabs?|pills?|"
    r"for|now|then|and|or)\b)",
    re.I,
)


def mixed_point(
    text: str, toks: list[tuple[int, int, str]], words: list[str], i: int
) -> int | None:
    """Where a decimal said "point" and digits ("point 5", "point 25") from words[i] ends (the
    index after it), as speech recognition mixes words and digits; None where "point" is a noun
    ("at that point 5 of us left") or no dose-like word follows."""
    if (
        words[i] != "point"
        or i + 1 >= len(toks)
        or not DECIMAL_DIGITS.fullmatch(words[i + 1])
        or not _gap_ok(text, toks[i][1], toks[i + 1][0])
        or (i and words[i - 1] in _POINT_AS_NOUN)
        or not _AFTER_DECIMAL.match(text, toks[i + 1][1])
    ):
        return None
    return i + 2


def digit_pair(
    text: str, toks: list[tuple[int, int, str]], words: list[str], i: int
) -> float | None:
    """Two digits joined by a hyphen, the first the larger: a number of two digits as speech
    recognition writes one said as tens and units ("the Plavix 7-5", 75; "it was 6-3", 63; "6-0",
    60). A range is said rising ("2-3 times a day") and stays two numbers; so does a longer run
    (a phone number, a date), and so does a measure's number run into its score ("PHQ 9-7")."""
    pair = words[i : i + 2]
    if (
        len(pair) < 2
        or not all(len(w) == 1 and w.isdigit() for w in pair)
        or pair[0] <= pair[1]
        or text[toks[i][1] : toks[i + 1][0]] != "-"
    ):
        return None
    before = text[toks[i - 1][1] : toks[i][0]] if i else ""
    after = text[toks[i + 1][1] : toks[i + 2][0]] if i + 2 < len(toks) else ""
    if before.endswith(("-", ".", "/", ":")) or after.startswith(("-", ".", "/", ":")):
        return None
    if i and toks[i - 1][2].isupper() and toks[i - 1][2].isalpha():
        return None  # "your PHQ 9-7 today", "the GAD 7-5"
    if pair == ["9", "5"] or (i and words[i - 1].lower() in _A_SCORE_BEFORE):
        return None  # a job's hours ("working 9-5"), a match's score ("we won 3-1")
    return float(pair[0] + pair[1])


#: before a match's score: "we won 3-1", "they lost 2-0", "it finished 4-2"
_A_SCORE_BEFORE = frozenset(
    {
        "won",
        "lost",
        "drew",
        "beat",
        "beaten",
        "finished",
        "ended",
        "score",
        "scored",
        "were",
        "went",
    }
)


def hundreds_and(
    text: str, toks: list[tuple[int, int, str]], words: list[str], i: int
) -> float | None:
    """Hundreds in digits, "and", then tens in digits: "now 200 and 25 units", 225, as speech
    recognition writes "two hundred and twenty-five" (not "between 100 and 50")."""
    three = words[i : i + 3]
    if (
        len(three) < 3
        or re.fullmatch(r"[1-9]00", three[0]) is None
        or three[1] != "and"
        or re.fullmatch(r"[1-9]\d?", three[2]) is None
        or (i and words[i - 1] in ("between", "from"))
        or text[toks[i][1] : toks[i + 1][0]] != " "
        or text[toks[i + 1][1] : toks[i + 2][0]] != " "
    ):
        return None
    return float(int(three[0]) + int(three[2]))
