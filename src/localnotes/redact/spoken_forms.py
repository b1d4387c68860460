"""Regular-expression pieces for how identifiers look once speech is transcribed.

Whisper writes numbers sometimes as digits ("6-2-8-5"), sometimes as words ("six two eight"),
and dates as "March the 9th" or "the twenty first of October". These fragments and the pure
functions below are shared by the recognizers; nothing here imports Presidio.
"""

from __future__ import annotations

import re

UNITS = {
    "zero": 0, "oh": 0, "o": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9,
}  # fmt: skip
TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}  # fmt: skip
MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"

_UNIT_WORDS = "|".join(sorted((u for u in UNITS if u != "o"), key=len, reverse=True))
_TEEN_WORDS = "|".join(TEENS)
_TEN_WORDS = "|".join(TENS)
_ORD_WORDS = "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))

#: one spoken or written piece of a number read aloud: "6", "628", "six", "twenty", "double"
NUMBER_PIECE = (
    rf"(?:\d+|(?:{_TEN_WORDS})(?:[\s-](?:{_UNIT_WORDS}))?|{_TEEN_WORDS}|{_UNIT_WORDS}"
    r"|hundred|thousand|double|triple)"
)
#: a day of the month: "9", "9th", "ninth", "twenty first", "twenty-first", "21st"
DAY = (
    rf"(?:(?:twenty|thirty)[\s-](?:{_ORD_WORDS})|{_ORD_WORDS}"
    r"|(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)"
)


_PIECE_RE = re.compile(NUMBER_PIECE, re.IGNORECASE)


def digit_count(text: str) -> int:
    """How many digits a stretch of spoken or written number stands for, roughly.

    "six two eight" is 3, "628" is 3, "twenty five" is 2, "double five" is 2, "hundred" adds 2.
    """
    n = 0
    for m in _PIECE_RE.finditer(text):
        piece = m.group(0).lower()
        if piece.isdigit():
            n += len(piece)
        elif piece in ("double", "triple"):
            n += 0  # the next piece is counted; doubling adds one or two
        elif piece == "hundred":
            n += 2
        elif piece == "thousand":
            n += 3
        elif piece in UNITS:
            n += 1
        else:
            n += 2
    return n
