"""When an answer says a risk happened: a time said as the whole answer ("About two weeks ago.",
"In Polmont, when I was seventeen."), a history owned ("I used to"), a yes for a time before beside
a no now ("No, not this time. Last winter, yes."). Split from `risk_answers`, which reads them.
"""

from __future__ import annotations

import re

#: An answer that starts by saying when it happened ("Last year I scratched my arms."): with no
#: negation in it, a yes.
WHEN_ANSWER = re.compile(
    # ("When did you last cut?" "About two weeks ago.", "Saturday.")
    r"^(?:about |around |maybe |probably |roughly |only )?(?:last (?:night|week|weekend|month|"
    r"year|time|summer|winter|spring|fall|autumn|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|"
    r"(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?=\W*$)|yesterday|"
    r"this (?:morning|week|weekend|month|year)|the other (?:day|night)|"
    r"(?:a|one|two|three|a few|a couple of|\w+) (?:days?|weeks?|months?|years?|summers?|winters?|"
    r"christmases) ago|"
    # "Years ago, after my divorce."
    r"(?:years|months|many years|ages|a long time|long) ago(?=\W*$|,))\b"
)
#: An answer that is only when, or when and a few words ("Back in the spring.", "In March, after
#: the layoff."), not a story that starts with a time ("In March I started a new job.")
WHEN_ONLY = re.compile(
    r"^(?:(?:back )?in (?:the )?(?:spring|summer|fall|autumn|winter)|back in (?:\w+|the \w+)|"
    r"in (?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|high school|college|middle school)|"
    # a place of care, a first week, an age: "In the stroke unit, the first week.", "At sixteen."
    r"in (?:the )?(?:hospital|ward|icu|er|emergency room|\w+ unit|\w+ ward)|"
    r"(?:the )?first (?:day|night|week|month|year)s?|at (?:\w+teen|twenty|thirty|forty|\d+)|"
    r"(?:back )?when (?:i was|we were) (?:a kid|kids|little|small|young|a teen\w*|\w+)|"
    # a place, then the age: "In Polmont, when I was seventeen."
    r"(?:in|at) (?:the )?[\w']+(?: [\w']+)?,? when (?:i was|we were) (?:a kid|kids|little|small|"
    r"young|a teen\w*|\w+)|"
    # a school year: "In sixth year, at school.", "In year nine."
    r"in (?:first|second|third|\w+th) (?:year|form|grade|class)|in (?:year|grade) \w+|"
    r"at (?:school|uni|college|university))(?:\W*$|,(?:\s+[\w']+){1,5}\W*$)"
)
#: "No, I've had those in the past, but not now": a denial now and a history then
HAD_THEM_BEFORE = re.compile(
    r"\bi(?:'ve| have)? (?:had|felt|done|thought) (?:those|them|that|these|it|this)\b|"
    r"\bi used to\b(?! be\b(?! (?:like that|that way)))"  # not "I used to be always on the go"
)
#: "No, not this time. Last winter, yes.": a denial now, and in the same answer a yes for a time
#: before
PAST_YES = re.compile(
    r"\b(?:last (?:year|winter|spring|summer|fall|autumn|month)|years? ago|months? ago|back then|"
    r"in the past|before that|as a (?:kid|teen\w*)|back in (?:my|the) \w+(?: \w+)?|in my "
    r"(?:teens|twenties|thirties|forties|(?:early|late) \w+)|when i was (?:younger|a kid|a "
    r"teen\w*|at school|\w+teen|drinking|using))[, ]+(?:yes|yeah|yep|aye|i did|i had|"
    # not "Last year it was 23.", a score said next
    r"(?:they were|it was)(?=\s*(?:[.,;!]|$)))\b|"
    r"\b(?:yes|yeah|i did|i had them)[, ]+(?:last (?:year|winter|spring|summer|fall|autumn|month)|"
    r"years ago|back then|in the past)\b|"
    # "Not now. At uni ... I had a few months of that."
    r"\bi had (?:a few|a couple of|some) (?:weeks|months|years) of (?:that|those|it|them)\b|"
    # "No. Not since March.": a last time said, so it happened then
    r"\bnot since (?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december|last (?:year|winter|spring|summer|fall|autumn|month|christmas)|"
    r"christmas|easter|new year|\[date(?:_time)?\]|(?:the|my) (?:summer|holidays|birthday|"
    r"half-term|half term)|"
    r"(?:\w+ )?(?:weeks?|months?|years?) ago|(?:high|middle) school|college|uni|"
    r"i was (?:\w+ )?(?:\d+|\w+teen|twenty|thirty|a kid|a teen\w*)|"
    r"my (?:teens|twenties|thirties|forties|late teens|early twenties|student days)|"
    r"i (?:came|got|went|moved) (?:home|back|out)|the (?:stroke|surgery|operation|accident|"
    r"birth|baby|diagnosis|hospital|divorce|funeral|chemo|chemotherapy|radiotherapy|radiation|"
    r"treatment|transplant|miscarriage|break-?up|separation|redundancy|crash))\b"
    # not "Not since I was a teenager, and even then, no, nothing like that."
    r"(?!,? (?:and |but )?even then,? (?:no|not|never|nothing)\b)"
)


#: a time said before a no, passed over to read the no: "After Robbo went, I'm not going down
#: that road.", "Since then, no." (bc06; the time is read from the whole sentence as before)
TIME_BEFORE_NO = re.compile(
    r"^(?:after|since|when|before|ever since) [^,.?!]{1,30}, (?=(?:no|nah|never|i'm not|i am not|"
    r"i haven't|i have not|i've never|i have never|i don't|i do not|i won't|i will not)\b)"
)
