"""Risk answered as a number: a rating asked for and answered ("Self-harm urge, nought to five?"
"A one, most days."), a rating said with the risk it rates ("Suicide zero right now."), and a check
that all is well answered that it is. Split from `risk_answers` (issue 17's thirty-second pass).
"""

from __future__ import annotations

import re

from localnotes.notes.numbers import UNITS

_NUMBER = (
    r"(?P<n>zero|nought|none|one|two|three|four|five|six|seven|eight|nine|ten|\d+(?:\.\d+)?)"
    # a week of them on a diary card: "Ones, mostly.", "Zeros."
    r"(?:(?<=[a-z])e?s(?<!nones))?\b"
    r"(?!\s*(?:%|percent|per cent|times|days?|weeks?|months?|years?|hours?|minutes?|pm|am)\b)"
)
#: a risk asked for as a rating: "Self-harm urge, nought to five?", "And suicidal urges?"
_RATING_ASKED = re.compile(
    r"\burges?\b|\brat(?:e|ing)\b|\bscale\b|\bcolumn\b|"
    r"\b(?:nought|zero|0) to (?:five|ten|5|10|a hundred)\b|"
    r"\bout of (?:five|ten|5|10)\b"
)
#: its answer, a number: "A one, most days.", "Four on Thursday."
_RATED = re.compile(r"^(?:a |an |a(?=\d)|about (?:a )?|maybe (?:a )?|probably (?:a )?)?" + _NUMBER)
#: a rating said with what it rates: "Self-harm a two.", "Suicide zero right now.", "Suicidal
#: urges at about a three."
_RATED_KIND = re.compile(
    r"^(?:and |the |my |your |but )?(?:(?:self-harm|self harm|suicid\w*|(?:harming|hurting|"
    r"killing) myself)(?: urges?| thoughts?)?|urges? to (?:die|self-harm|self harm|(?:hurt|harm|"
    r"kill) (?:myself|yourself)))(?: on \w+day| today| this week| last night| yesterday)?"
    r"(?: (?:is|was|were|are|'s|at|about|maybe|around))*,? "
    r"(?:a |an |a(?=\d))?" + _NUMBER
)


def _value(n: str) -> float:
    return 0.0 if n in ("nought", "none") else float(UNITS.get(n, n))


#: a check that all is well ("Is everything alright at home, nobody hurting you?") ...
_ALL_WELL_ASKED = re.compile(
    r"\b(?:everything|all|things)(?:'s| is)? (?:alright|all right|ok|okay|fine|good|safe)\b|"
    r"\b(?:nobody|no one|no-one) (?:hurting|harming|hitting|bothering) you\b"
)
#: ... answered that it is: "We're fine.", "Aye, all fine."
_ALL_WELL = re.compile(
    r"^(?:(?:aye|yes|yeah|yep|oh)[,.]? )?(?:we're|we are|i'm|i am|it's|it is|all|everything's|"
    r"all's|things are)? ?(?:fine|grand|good|ok|okay|alright|all right|grand so)(?: (?:thanks|"
    r"thank you))?(?=\s*(?:[.!,]|$))"
)


def all_well(question: str, answer: str) -> bool:
    """ "Is everything alright at home, nobody hurting you?" "Aye, all fine.": a no."""
    return bool(_ALL_WELL_ASKED.search(question) and _ALL_WELL.match(answer))


def rated(question: str, answer: str) -> str | None:
    """A risk asked for as a rating and answered with a number: "yes" above nought, "no" at it."""
    m = _RATED.match(answer)
    if m is None or not _RATING_ASKED.search(question):
        return None
    return "yes" if _value(m["n"]) > 0 else "no"


def rated_statement(low: str) -> str | None:
    """A rating said with the risk it rates ("Self-harm a two.", "I ticked zero for the question
    about harming myself."): endorsed above nought, denied at it or at "never"; None when the
    sentence is no such rating."""
    m = _RATED_KIND.match(low.strip(" \"'")) or _TICKED.search(low)
    if m is None:
        return None
    if m.groupdict().get("never"):
        return "denied"
    return "endorsed" if _value(m["n"]) > 0 else "denied"


#: a form's item answered, told: "On the form I ticked zero for the question about harming myself"
_TICKED = re.compile(
    r"\b(?:ticked|put|marked|circled|scored|gave it|answered|chose)(?: a| an)? (?:(?P<never>never|"
    r"not at all|no)|" + _NUMBER + r")\b[^.?!]{0,10}?\b(?:for|on|to) (?:the (?:\w+ )?(?:question|"
    r"item|one|bit)\b|(?=(?:hurting|harming|killing|ending|cutting|thoughts of)\b))"
)  # ("I'd ticked zero for hurting myself": the item named by what it asks)
