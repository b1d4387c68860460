"""Where in a sentence a number said near a measure's name is its score, for `measures`: the
words before a number that make it no score (a question's number, a scale's top, a cut-off, a
dose's next step), the verb a score follows, the words before a score said in the sentence
after the name ("You had six."), and the numbers that describe the scale itself ("one to seven?",
"where seven is the most ill", "from twenty to eighty" of a scale whose top is eighty)."""

from __future__ import annotations

import re

from localnotes.notes.numbers import NumberSpan, find_numbers
from localnotes.notes.score_wording import SAID_AS_ITS_SCORE

NOT_SCORE_BEFORE = re.compile(
    r"\b(?:question|item|number|session|week|day|page)\s+$|\bout of\s+$|"
    # the questions answered yes, listed: "yes to questions one, two, five and nine"
    r"\b(?:questions|items|numbers)\s+(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|\w+teen|\w+ty(?:-\w+)?),?\s+(?:and\s+|or\s+)?)*$|"
    # the scale's top after the score: "six of the eight", "14 of 21"
    # (not the name's own number: "the ADOS-2 of eight")
    r"(?:(?<![-\w])\d+|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty))"
    r"\s+of(?: the)?\s+$|"
    # a maximum or a cut-off: "of a possible 50", "the cut-off is 10"
    r"\b(?:of )?(?:a|the) (?:possible|maximum|max)(?: of)?\s+$|"
    r"\broman\s+$|"  # "the BDI, Roman two": the name's numeral
    r"\b(?:maximum|max|cut-?off|threshold)(?: score)?(?: is| was| of)?\s+$|"
    r"\bthe (?:top|highest|most you can (?:get|score))(?: score)?(?: is| was|'s| of)\s+$|"
    r"\bthe (?:line|bar|cut[\s-]?point)(?: is| was|'s| of| at)\s+$|"  # "where the line is 20"
    r"\b(?:under|over|above|below)(?: about| around)?\s+$|"  # "under about 26 is the range"
    r"[a-z]$|"  # glued to a name, as speech recognition writes "the MGH one": "MGH1"
    # (a score it moved from is an earlier one: "has gone from nine to twelve")
    r"(?<!\bdown )(?<!\bup )(?<!\bwent )(?<!\bdropped )(?<!\bfell )(?<!\brose )(?<!\bgone )"
    r"(?<!\bmoved )(?<!\bclimbed )(?<!\bchanged )\bfrom\s+$|"
    r"\bby\s+$|\bthan\s+$|\blast (?:time|month|week)\s+(?:it was\s+)?$|"
    # a dose's next step, or the one held: "We'll hold at twelve, ... then go to ten"
    r"\b(?:then|and|we'll|will) go(?: down| up)? to\s+$|\bhold(?: it| you)? at\s+$|"
    # the scale's top: "it ranges from 0 to 27", "goes from zero to twenty-seven"
    r"\b(?:ranges?|ranged|goes|go|runs|run)\s+from\s+\S+\s+to\s+$",
    re.I,
)
#: a previous score said beside today's: "came in at 41, down from 55", "is eleven, from thirteen"
#: the verb a score follows: "was one, so just mild" is a score, not "the anxiety one, ..."
SCORE_VERB_BEFORE = re.compile(r"\b(?:was|is|came (?:to|in at|out at)|scored)\s+$", re.I)
#: an earlier score in its own clause after today's: "It came to 44, last month it was 51."
LAST_WAS_BEFORE = re.compile(
    r"[,;]\s*(?:and\s+|but\s+)?last (?:time|month|week|year)\s+(?:it|that) was\s+$", re.I
)
EARLIER_BEFORE = re.compile(r"\bfrom\s+$", re.I)  # (a score after "from" is one only if earlier)
#: a score said in the sentence after the one naming the measure sits where a score is said:
#: "On the Columbia, you answered no to all six questions." "So that's a zero, right?"
SCORE_POSITION = re.compile(
    r"(?:^\W*|(?<=\w):\s*|\b(?:a|an|is|was|'s|scored?|got|about|around|maybe|roughly|total(?: of)?|"
    r"(?:came|comes|added|adds) (?:up )?(?:to|at|in at|out (?:to|at))|came out at|at|"
    # what a form or an app gave: "It said 26.", "It showed 14."
    r"said|says|showed|shows|read|reads|"
    # what the client marked: "The Samn-Perelli." "I put a six."
    r"put|marked|circled|ticked|gave it|rated it|"
    # what the rater gave: "I scored it 21.", "I'd score you at 30"
    r"(?:scored?|rated?) (?:it|you|him|her|them)(?: at| as)?|"
    # a count of yes answers, as the yes/no screens are scored: "You said yes to eight of them."
    r"yes to)\s+)$",
    re.I,
)

_NUMBER_WORD = (
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|"
    r"\w+ty(?:-\w+)?|(?:a|one) hundred)"
)
#: a scale's range said with its name or its question: "the Samn-Perelli, one to seven?", "from
#: nought to three"; not a score that moved ("it's gone from one to seven", `_MOVED_FROM`)
_RANGE_SAID = re.compile(
    rf"(?<![-\w.])(?:zero|nought|one|[01])\s+(?:to|through)\s+{_NUMBER_WORD}\b(?=\s*(?:[?,.;:]|$))",
    re.I,
)
_MOVED_FROM = re.compile(
    r"\b(?:went|gone|goes|moved|dropped|fell|rose|climbed|changed|jumped|up|down)\s+from\s+$",
    re.I,
)
#: the scale's end told by what it means: "on a scale where seven is the most ill"
_END_SAID = re.compile(
    rf"\b(?:where|with)\s+({_NUMBER_WORD})\s+(?:is|means|being|as)\s+(?:the\s+)?"
    r"(?:most|least|worst|best|highest|lowest|top|bottom|max|extreme)",
    re.I,
)


#: a range said from the scale's lowest to its top: "Fifty-eight, from twenty to eighty." (the
#: UCLA's 20-80); the top is the measure's, so "from A to" its top is its range
_FROM_TO = re.compile(
    rf"\bfrom\s+({_NUMBER_WORD})\s+(?:to|through)\s+({_NUMBER_WORD})\b(?=\s*(?:[?,.;:]|$))",
    re.I,
)


def scale_spans(text: str, top: float | None = None) -> list[tuple[int, int]]:
    """Where `text` says the scale's own numbers, not a score: its range, or an end by what it
    means; with the measure's `top`, a range "from" a lower number to it."""
    out = [
        (m.start(), m.end())
        for m in _RANGE_SAID.finditer(text)
        if not _MOVED_FROM.search(text[: m.start()])
    ]
    for m in _FROM_TO.finditer(text) if top is not None else ():
        ends = find_numbers(m.group(0))
        if (
            len(ends) == 2
            and ends[1].value == top
            and ends[0].value < top
            and not _MOVED_FROM.search(text[: m.start(1)])
        ):
            out.append((m.start(), m.end()))
    return out + [(m.start(1), m.end(1)) for m in _END_SAID.finditer(text)]


#: a count of some of a whole, or a cut-off, not a score: "Can we look at two of the parts?"
#: (a count of questions or symptoms is a yes-counted screen's score: "yes to five of the eight")
COUNT_OF_AFTER = re.compile(
    r"\s+of\s+(?:the|those|these|its|your)\s+(?:\w+\s+)?(?:parts?|sections?|subscales?|domains?|"
    r"questionnaires?|forms?|scales?|measures?|pages?)\b|"
    # a cut-off told by what is over it: "seventy-seven and above is high stress", "ten or more"
    r"\s+(?:and|or) (?:above|over|higher|more|up)\b",
    re.I,
)


#: a score said as had or got, the number ending its clause: "You had six.", "You got thirty-one
#: on it." (not "You had two bad nights", a count); or as where the client stood on it: "You
#: were on twenty-seven.", "You're on nine now."
_HAD_BEFORE = re.compile(
    r"\byou\s+(?:had|got|were on|are on)\s+(?:an?\s+)?$|\byou're\s+on\s+$", re.I
)
_CLAUSE_ENDS = re.compile(
    r"\s*(?:[.,;!?]|$|(?:on (?:it|that|this|them)|points?|this time|today|then|(?:just )?now)\b)",
    re.I,
)


def said_as_its_score(text: str, n: NumberSpan) -> bool:
    """Whether the number `n` of `text` is said as a measure's score (`SAID_AS_ITS_SCORE`)."""
    before = text[: n.start]
    return bool(
        SAID_AS_ITS_SCORE.search(before)
        or (_HAD_BEFORE.search(before) and _CLAUSE_ENDS.match(text, n.end))
    )
