"""Whose a score is when a turn holds more than one, for `measures`: a second person's score said
with the name alone ("Marcus, you scored nineteen, and Renee, twenty-two"), also when a break in
the transcript cut the sentence after "and" ("Nadia scored 38 and" "Chris 44."); and a number
leading a sentence that answers the rating asked just before, then a measure named in a new clause
("And eight, your PHQ-9 today was 14": "an eight" as speech recognition hears it), which is the
rating's and not the measure's.
"""

from __future__ import annotations

import re

from localnotes.notes import rated_feelings, rating_answers
from localnotes.notes.dose_owners import CALENDAR
from localnotes.notes.rating_prompts import SCALE_SET_UP
from localnotes.notes.sentences import Sentence

#: "and <name>, " before a further score: a placeholder the redaction left, or a capitalized word
_AND_WHOSE = re.compile(  # "and Sam, 45", "and Sam, yours was 45"; "; Sam, 45"
    r"(?:\band|;)\s+(?:"
    # a parent or a partner by what they are: "and Mum scored you at 44"
    r"((?:[Yy]our |[Hh]is |[Hh]er )?(?:[Mm]um|[Mm]om|[Mm]other|[Dd]ad|[Ff]ather|[Tt]eacher|"
    r"[Pp]artner|[Ww]ife|[Hh]usband))|(\[\[[A-Z]+:[^\]]+\]\]|\[[A-Z_]+\]|[A-Z][a-z]+))"
    r"(?:,\s+(?:(?:yours|his|hers|theirs)\s+(?:was|is|came to|came out at)\s+(?:an?\s+)?)?|"
    r"\s+(?:scored|rated|put|had)\s+(?:you|him|her|them)(?:\s+(?:at|as))?\s+(?:an?\s+)?)$|"
    # after a comma, with whose it is and its verb left out: "Luc, yours came to eighty-eight,
    # Sophie, yours to seventy-nine"
    r",\s+(\[\[[A-Z]+:[^\]]+\]\]|\[[A-Z_]+\]|[A-Z][a-z]+),\s+(?:yours|his|hers|theirs)\s+"
    r"(?:was|is|came to|came out at|to)\s+(?:an?\s+)?$"
)
#: a sentence cut after "and" by a break in the transcript
_ENDS_WITH_AND = re.compile(r"\band\W*$", re.I)
#: the start of the rest of the cut sentence, before its score: "Chris 44.", "[PERSON], was 44."
_WHOSE_START = re.compile(
    r"^\W*(\[[A-Z_]+\]|[A-Z][a-z]+)(?:'s)?,?\s+(?:(?:was|scored|got|had|is)\s+)?(?:an?\s+)?$"
)
#: between an answer leading its sentence and a measure named next: a new clause
_NEW_CLAUSE = re.compile(r"\s*[,;]\s*(?:and\s+|so\s+|now\s+)?(?:your|the)\s+", re.I)


def _a_name(word: str) -> bool:
    """A placeholder the redaction left, or a word that may be a given name (not "Then", not
    "Sunday")."""
    from localnotes.word_lists import common_words

    low = word.lower()
    return word.startswith("[") or not (low in common_words() or CALENDAR.fullmatch(low))


def and_whose(before: str) -> bool:
    """The text before a number ends "and <name>, ": a further person's score."""
    whose = _AND_WHOSE.search(before)
    if whose is None:
        return False
    name = whose.group(2) or whose.group(3)
    return whose.group(1) is not None or (name is not None and _a_name(name))


def cut_after_and(first: Sentence) -> bool:
    """The sentence after `first` may be its rest, cut after "and" by a break in the
    transcript."""
    return bool(_ENDS_WITH_AND.search(first.text))


def whose_start(before: str, after: str) -> bool:
    """A number of the rest of a cut sentence, said after a person's name alone ("Chris 44.")
    and ending it."""
    whose = _WHOSE_START.match(before)
    return whose is not None and _a_name(whose.group(1)) and bool(re.match(r"\W*$", after))


def answers_before(question: Sentence, text: str, start: int, end: int, name_at: int) -> bool:
    """The number at `text[start:end]` leads its sentence as the answer to the rating asked in
    `question`, and the measure named at `name_at` starts a new clause: the rating's score, not
    the measure's."""
    from localnotes.notes import measure_named

    return (
        question.is_question
        and bool(SCALE_SET_UP.search(question.text) or rated_feelings.rated(question.text))
        and not measure_named.named(question.text, False)
        and bool(rating_answers.LEADS_WITH_NUMBER.match(text[:start]))
        and bool(_NEW_CLAUSE.fullmatch(text[end:name_at]))
    )
