"""The labelled dialogs (format: benchmarks/data/dialogs/README.md): their parser, and the
acceptance check's rule for whether an identifier leaked into a text. The redaction, note and ASR
benchmarks score with them, and the redaction tests check every dialog's text with the same rule.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

MARK = re.compile(r"\[\[([A-Z]+):([^|\]]+)(?:\|([^\]]*))?\]\]")
STOP = {"the", "and", "dot", "com", "doctor", "mister", "officer", "saint", "street", "avenue",
        "road", "lane", "court", "boulevard", "route", "zip", "code", "ms", "mrs", "at", "slash",
        "underscore", "dash", "nine", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "zero", "oh"}  # fmt: skip
NUMW = {"zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
        "six": "6", "seven": "7", "eight": "8", "nine": "9"}  # fmt: skip


@dataclass
class Pii:
    kind: str
    spoken: str
    keys: list[str]


@dataclass
class Dialog:
    path: Path
    keep: list[str]
    turns: list[tuple[str, str]] = field(default_factory=list)
    pii: list[Pii] = field(default_factory=list)


def parse(path: Path) -> Dialog:
    d = Dialog(path=path, keep=[])
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#"):
            k, _, v = line[1:].partition(":")
            if k.strip() == "keep":
                d.keep = [x.strip() for x in v.split(",") if x.strip()]
            continue
        spk, _, text = line.partition(":")
        for m in MARK.finditer(text):
            kind, spoken, keys = m.group(1), m.group(2).strip(), m.group(3)
            if keys:
                ks = [k.strip() for k in keys.split(",") if k.strip()]
            else:
                ks = [
                    w
                    for w in re.findall(r"[A-Za-z']+", spoken)
                    if len(w) >= 3 and w.lower() not in STOP
                ]
            d.pii.append(Pii(kind, spoken, ks))
        d.turns.append((spk.strip(), MARK.sub(lambda m: m.group(2).strip(), text).strip()))
    return d


def norm_words(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return " " + " ".join(text.split()) + " "


def digit_stream(text: str) -> str:
    t = text.lower()
    t = re.sub(
        r"\b(zero|oh|one|two|three|four|five|six|seven|eight|nine)\b", lambda m: NUMW[m.group(1)], t
    )
    return re.sub(r"(?<=\d)[\s\-\.,/()]+(?=\d)", "", t)


def lev1(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) <= 1
    if len(a) > len(b):
        a, b = b, a
    return any(b[:i] + b[i + 1 :] == a for i in range(len(b)))


def leaked(key: str, text: str) -> bool:
    """The acceptance check's rule: is this key still readable in the text?"""
    if key.isdigit():
        return any(key in run for run in re.findall(r"\d+", digit_stream(text)))
    ow = norm_words(text)
    nk = norm_words(key)
    if nk in ow:
        return True
    k = nk.strip()
    if " " not in k and len(k) >= 5:
        return any(lev1(k, t) for t in ow.split() if abs(len(t) - len(k)) <= 1)
    return False
