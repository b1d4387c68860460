"""Capitalised proper nouns that no other cue explains: usually names Whisper heard.

Whisper capitalises names, places and organisations even when it misspells them ("Kay should
done more" for "Keisha Dunmore"). spaCy's tagger marks them NNP; this recognizer redacts
NNP runs unless they are ordinary capitalised words (months, states, "Mom", "God"), acronyms,
or clinical terms (those are filtered later by the allow-list), nor what `tagger_name_check`
shows is no name (common words, misheard drug names). The kind follows spaCy's NER label where
it has one, otherwise PERSON.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from localnotes.redact import entity_kinds as k
from localnotes.redact.name_patterns import NOT_NAMES, STATES_AND_COUNTRIES
from localnotes.redact.regex_span_recognizer import RegexSpanRecognizer
from localnotes.redact.tagger_name_check import only_common_words, tagger_false_name
from localnotes.types import Span

_NER_KIND = {
    "PERSON": k.PERSON, "GPE": k.LOCATION, "LOC": k.LOCATION, "FAC": k.ADDRESS,
    "ORG": k.ORGANIZATION,
}  # fmt: skip


#: how names of peoples and faiths end: American, Japanese, Polish, Iraqi, Catholic, Baptist
_DEMONYM = re.compile(r"(?:an|ans|ese|ish|i|is|ic|ics|ist|ists|ite|ites|ch|u|on|ons)$")


class ProperNounRecognizer(RegexSpanRecognizer):
    """NNP runs from spaCy's tagger that are not ordinary capitalised words."""

    ENTITIES = (k.PERSON, k.LOCATION, k.ORGANIZATION, k.ADDRESS)

    def find(self, text: str, nlp_artifacts: Any) -> Iterator[Span]:
        doc = getattr(nlp_artifacts, "tokens", None)
        if doc is None:
            return
        run: list[Any] = []
        for tok in [*doc, None]:
            if tok is not None and _candidate(tok):
                run.append(tok)
                continue
            if run:
                span = _span(run)
                if span is not None and not tagger_false_name(text, span):
                    yield span
                run = []


def _candidate(tok: Any) -> bool:
    t: str = tok.text
    if not t[:1].isupper() or t.lower().strip(".") in NOT_NAMES:
        return False
    if t.isupper() and len(t) <= 5:  # acronyms: PTSD, ADHD, HR, CBT
        return False
    if tok.ent_type_ == "NORP" and (only_common_words(t) or _DEMONYM.search(t.lower())):
        # nationalities, religions, parties: not identifiers, often clinical; the small model
        # also calls unseen names NORP ("Yes, doctor. Felicino did."), so the word decides
        return False
    if tok.tag_ in ("NNP", "NNPS"):
        return True
    # a capitalised word mid-sentence that the tagger did not explain (not after a full stop)
    return bool(tok.ent_type_ in _NER_KIND and tok.i > 0 and tok.nbor(-1).text not in ".?!")


def _span(run: list[Any]) -> Span | None:
    text = " ".join(t.text for t in run).lower()
    if text in STATES_AND_COUNTRIES or all(t.text.lower() in STATES_AND_COUNTRIES for t in run):
        return None
    label = next((t.ent_type_ for t in run if t.ent_type_ in _NER_KIND), "PERSON")
    start = run[0].idx
    end = run[-1].idx + len(run[-1].text)
    return Span(start, end, _NER_KIND[label], 0.55)
