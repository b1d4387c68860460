"""Where in a sentence a number said near a measure's name is its score, for `measures`: the
words before a number that make it no score (a question's number, a scale's top, a cut-off, a
dose's next step), the verb a score follows, and the words before a score said in the sentence
after the name."""

from __future__ import annotations

import re

NOT_SCORE_BEFORE = re.compile(
    r"\b(?:question|item|number|session|week|day|page)\s+$|\bout of\s+$|"
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
