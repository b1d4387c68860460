"""Word lists shipped in `localnotes/data/`: one entry a line, `#` starts a comment line; read
once, lower-cased. Redaction and the note draft read the same lists from here."""

from __future__ import annotations

from functools import cache
from importlib import resources


def read_list(name: str) -> frozenset[str]:
    """The entries of `localnotes/data/<name>`, lower-cased."""
    text = resources.files("localnotes").joinpath("data", name).read_text("utf-8")
    return frozenset(
        line.strip().lower() for line in text.splitlines() if line.strip() and line[0] != "#"
    )


@cache
def common_words() -> frozenset[str]:
    """Common English words that are not given names (`data/common_words.txt`: Zipf >= 4 in
    `wordfreq`, less the Census given names)."""
    return read_list("common_words.txt")


@cache
def person_names() -> frozenset[str]:
    """Census given names and frequent surnames (`data/person_names.txt`)."""
    return read_list("person_names.txt")
