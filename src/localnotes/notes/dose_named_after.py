"""A dose said of a tablet before anyone names its drug: the client tells the tablet by its look
and strength ("The small brown ones, twenty-five, I take at night.") and the clinician names it
in a sentence of its own ("The imipramine."). The strength is that drug's dose, where it is a
usual dose of it; the evidence quotes both sentences.

Only a bare strength set off by commas after the tablet ("the white ones, fifty,") or leading its
sentence ("Twenty-five, at night.") is read, and only where the naming sentence says nothing but
the drug's name: anything more ("The imipramine is for the nerves.") is talk about the drug, not
the name given to what was just described.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from localnotes.clinical_lexicon import load_lexicon
from localnotes.notes import dose_answered
from localnotes.notes import doses as dr
from localnotes.notes.drug_mentions import Mention
from localnotes.notes.numbers import find_numbers
from localnotes.notes.sentences import Sentence

#: all a sentence says beside the drug's name when it names what was just described
_FILLER = re.compile(
    r"\W*(?:(?:ah|oh|right|okay|ok|yes|so|and),?\s+)*"
    r"(?:(?:that's|that is|that'll be|that would be|those are|these are)\s+)?"
    r"(?:the\s+|your\s+)?\W*",
    re.I,
)
#: right before the strength: the tablet told by its look, or nothing (the strength leads)
_TABLET_BEFORE = re.compile(r"(?:^\W*|\b(?:ones?|tablets?|pills?|capsules?)\s*,\s+)$", re.I)
_CLAUSE_ENDS = re.compile(r"\s*(?:[,.;!?]|$)")


def _names_only(s: Sentence, m: Mention) -> bool:
    return bool(_FILLER.fullmatch(s.text[: m.start])) and not re.search(r"\w", s.text[m.end :])


def named_after(
    sentences: Sequence[Sentence], k: int, m: Mention
) -> tuple[list[dr.Dose], list[Sentence]]:
    """The dose the sentence before sentence k said of a tablet that sentence k (only the drug's
    name, said by the other speaker) names; and that sentence, for the evidence."""
    drug = load_lexicon().medication(m.generic)
    s = sentences[k]
    if drug is None or k == 0 or not _names_only(s, m):
        return [], []
    prev = sentences[k - 1]
    # said by the other speaker (where speakers are not known, in a turn, a segment, of its own)
    other = prev.speaker != s.speaker if prev.speaker and s.speaker else prev.segment != s.segment
    if not other or dr.mentions(prev):
        return [], []
    found = [
        n
        for n in find_numbers(prev.text)
        if _TABLET_BEFORE.search(prev.text[: n.start])
        and _CLAUSE_ENDS.match(prev.text[n.end :])
        and n.value >= 5
        and drug.plausible_dose(n.value, drug.units[0])
    ]
    if len(found) != 1:
        return [], []
    return [dr.Dose(found[0], None)], [prev]


#: a name read off the label after the doses were told: "Prometax, it says.", "It's called
#: Exelon.", "It says Neupro on the box."
_LABEL_BEFORE = re.compile(r"^\W*(?:(?:it's|it is)\s+called|it says)\s+(?:the\s+)?$", re.I)
_LABEL_AFTER = re.compile(
    r"^\W*(?:it says|it's called|is what it says)?(?:\s+on\s+(?:the|it)(?:\s+\w+)?)?\W*$", re.I
)
_SAYS = re.compile(r"\b(?:says|called)\b", re.I)


def named_by_label(
    sentences: Sequence[Sentence], k: int, m: Mention
) -> tuple[list[dr.Dose], list[Sentence]]:
    """The doses the same turn told, in the two sentences before, of a drug it then names by
    reading its label ("It was four point six, now the doctor made it nine point five. For the
    memory. Prometax, it says."): the numbers there that are usual doses of the drug."""
    drug = load_lexicon().medication(m.generic)
    s = sentences[k]
    before, after = s.text[: m.start], s.text[m.end :]
    if drug is None or not _SAYS.search(s.text) or not _LABEL_AFTER.match(after):
        return [], []
    if not (_LABEL_BEFORE.match(before) or _FILLER.fullmatch(before)):
        return [], []
    for j in range(k - 1, max(-1, k - 3), -1):
        prev = sentences[j]
        if prev.segment != s.segment or dr.mentions(prev) or prev.is_question:
            return [], []
        found = [
            n
            for n in find_numbers(prev.text)
            if _CLAUSE_ENDS.match(prev.text[n.end :])
            and drug.plausible_dose(n.value, drug.units[0])
            and prev.text[n.start : n.end].lower() != "one"  # "the small one"
        ]
        if found:
            return [dr.Dose(n, None) for n in found], [prev]
    return [], []


def nearby_or_named_after(
    sentences: Sequence[Sentence], k: int, m: Mention
) -> tuple[list[dr.Dose], list[Sentence]]:
    """`dose_answered.dose_nearby`'s dose said after the drug is named, else one just before it."""
    mine, later = dose_answered.dose_nearby(sentences, k, m.generic)
    if mine:
        return mine, later
    mine, later = named_after(sentences, k, m)
    return (mine, later) if mine else named_by_label(sentences, k, m)
