"""Word error rate, with the one text normalisation that every WER in localnotes uses: `bench`,
the benchmarks and the tests all call `wer()` here, so their figures can be compared.

Normalisation: lower case; punctuation and hyphens become spaces; numbers are spelt out the way
they are said (50 -> "fifty"; runs of three or more digits digit by digit, as phone numbers are
read; ordinals "9th" -> "ninth"); a few spoken abbreviations expanded ("Dr" -> "doctor").
"""

from __future__ import annotations

import re

_ONES = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen")  # fmt: skip
_TENS = ("_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ORDINAL = {
    "1": "first",
    "2": "second",
    "3": "third",
    "5": "fifth",
    "8": "eighth",
    "9": "ninth",
    "12": "twelfth",
}
_ABBREV = {"dr": "doctor", "mr": "mister", "mrs": "missus", "st": "street", "ok": "okay"}


def _spell(number: str) -> list[str]:
    """Digits as a speaker says them: 50 -> fifty; longer runs digit by digit (phone numbers)."""
    if len(number) > 2:
        return [_ONES[int(d)] for d in number]
    n = int(number)
    if n < 20:
        return [_ONES[n]]
    return [_TENS[n // 10]] + ([_ONES[n % 10]] if n % 10 else [])


def normalize(text: str) -> list[str]:
    """Lower-case words without punctuation; numbers spelt out, common abbreviations expanded."""
    words: list[str] = []
    for token in re.findall(r"[a-z0-9']+", text.lower().replace("-", " ")):
        token = token.strip("'")
        ordinal = re.fullmatch(r"(\d+)(st|nd|rd|th)", token)
        if ordinal and ordinal.group(1) in _ORDINAL:
            words.append(_ORDINAL[ordinal.group(1)])
        elif ordinal:
            words.extend([*_spell(ordinal.group(1))[:-1], _spell(ordinal.group(1))[-1] + "th"])
        elif token.isdigit():
            words.extend(_spell(token))
        elif token:
            words.append(_ABBREV.get(token, token))
    return words


def word_errors(reference: str, hypothesis: str) -> tuple[int, int]:
    """(substitutions + deletions + insertions, reference words), by Levenshtein over words."""
    ref, hyp = normalize(reference), normalize(hypothesis)
    row = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        diag, row[0] = row[0], i
        for j, h in enumerate(hyp, 1):
            diag, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, diag + (r != h))
    return row[-1], len(ref)


def wer(reference: str, hypothesis: str) -> float:
    errors, n = word_errors(reference, hypothesis)
    return errors / max(n, 1)
