"""How a measure's score is said beyond the sentence that names it, for `measures`: an earlier
score ("it was 19 in March", "At intake it was 55", "Twenty-three when we started"), the client
asking for today's score ("What did I get?"), anyone asking for an earlier one ("What was it
before?"), whose answer is that score, a score said far from its measure's name ("You came out at
17 today") and today's said after an earlier one ("This week it's 51.")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from localnotes.notes.numbers import NumberSpan, find_numbers

#: a previous score of the measure said in the next sentences: "it's up from 14 in October",
#: "it was 3.8 in January", "Last month you were at 12"
EARLIER_SAID = re.compile(
    r"(?:\b(?:up|down) from|\blast (?:time|month|week|year|"
    r"spring|summer|autumn|fall|winter|visit|session|appointment|review)\b"
    r"[^.?!]{0,20}\b(?:was|were at|at)|"
    # (hedged, or said as where one stood: "It was like 36 at the start", "you were on 24")
    r"\b(?:it|that|you|i|he|she|they) (?:was|were|scored)(?: at| on| like| about| around)?|"
    r"\bhad (?:you|him|her|them) (?:at|on))(?: an?)?\s+$",
    re.I,
)
#: a day of the week gone by, when an earlier score was said: "Last Monday it was 13", "On Friday
#: it was 11"
_DAY = r"(?:last|on) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
#: a month or season, when an earlier score was said: "In March it was 19", "19 in the spring"
WHEN = (
    # a month as the redacted transcript has it too: "In [DATE] it was 16"
    r"in (?:\[date|january|february|march|april|may|june|july|august|september|october|november|"
    # (a season with or without "the": "In spring it was seventy-one")
    r"december|(?:the )?(?:spring|summer|fall|autumn|winter))"
)
#: where or while an earlier score was scored, away from today: "on the ward", "in the middle of
#: chemo", "during the admission", "in hospital"
_WHERE_BEFORE = (
    r"(?:on|in|at) the (?:\w+ )?(?:ward|unit)|in (?:the )?hospital|"
    r"in (?:the )?(?:intensive care|icu)|in the middle of (?:the |your |"
    r"my )?\w+|during (?:the |your |my |his |her )?(?:chemo\w*|admission|flare|pregnancy|crisis|"
    r"episode|hospital stay|treatment)"
)
#: an earlier score said in its own clause after today's, with its time: "It's 21 today, last time
#: it was 26", "came to 9; four weeks ago it was 12" (not "last time it was hard")
EARLIER_CLAUSE_AFTER = re.compile(
    r"^(?:\s+(?:today|now|this (?:time|week|morning)))?\s*[,;]\s+(?:and\s+|but\s+)?"
    r"(?:last (?:time|month|week|year|spring|summer|autumn|fall|winter|visit|session)|"
    r"in the (?:spring|summer|autumn|fall|winter)|(?:\w+ )?(?:weeks?|months?) ago),?\s+"
    r"(?:it|that) was\s+(?:an?\s+)?$",
    re.I,
)
#: a step of care when an earlier score was taken: "at assessment", "at discharge"
_SERVICE_STEP = r"(?:intake|admission|baseline|booking|diagnosis|assessment|referral|discharge)"
#: the same said of the client: "when you were discharged", "when he was admitted"
_SERVICE_WHEN = (
    r"when (?:you|he|she|they) (?:were|was) (?:first )?(?:discharged|admitted|referred|diagnosed|"
    r"assessed)"
)
#: an earlier score said right after today's, with no time: "the QIDS is 17, from 19." (the
#: comma as speech recognition may leave it out: "is 17 from 19")
FROM_AFTER_TODAY = re.compile(
    r"(?:(?<![-\w.])\d+|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"\w+teen|\w+ty(?:-\w+)?))\s*,?\s*from\s+$",
    re.I,
)
#: the time the client came into care: "the night you were admitted", "the day he came in"
_ARRIVED = (
    r"the (?:week|day|month|night|morning) (?:you|i|we|he|she|they) (?:first )?(?:came|started|"
    r"began|arrived|got booked|(?:was|were) (?:admitted|booked in|brought in))"
)
EARLIER_AFTER = re.compile(
    rf"^\s*(?:{WHEN}|{_DAY}|at {_SERVICE_STEP}|on (?:admission|discharge)|{_SERVICE_WHEN}|"
    rf"{_ARRIVED}|"
    r"(?:the )?last (?:time|month|week|year|"
    r"spring|summer|autumn|fall|winter|visit|session|appointment|review)|"
    r"in (?:your|the) first (?:week|month|visit|session|appointment)|"
    r"before|(?:back )?then|\w+ (?:weeks|months) ago|when (?:you|i|we) (?:first )?(?:came|started|"
    r"began|come|met)|at the (?:start|beginning)|"
    r"at (?:your |the )?(?:first|last) (?:visit|session)|"
    # a visit gone by: "You were on nineteen when you saw the GP in November"
    r"when (?:you|i|we|he|she|they) (?:last )?(?:saw|seen|visited|went to|were seen by|"
    r"was seen by)\s+(?:the|your|his|her|their|my|dr)\b|"
    # "It was 66 at the ENT clinic": where it was scored before
    r"at (?:the|your|my) (?:\w+ ){0,2}(?:clinic|hospital|appointment|assessment|referral|"
    r"admission|check-?up)|"
    # where or while it was scored before: "It was 15 in the middle of chemo", "during the flare"
    rf"{_WHERE_BEFORE})\b",
    re.I,
)
#: the earlier time said before the score: "At intake it was 55", "Last time, three weeks ago,
#: it was 21"
EARLIER_TIME_BEFORE = re.compile(
    rf"\b(?:at {_SERVICE_STEP}|on (?:admission|discharge)|{_SERVICE_WHEN}|"
    r"at the (?:start|beginning)|"
    r"when (?:you|i|we) (?:first )?(?:came|started|began|come)|"
    # "The week you came in it was 21", "the day he was admitted"
    rf"{_ARRIVED}\b|"
    r"last (?:time|month|week|year|"
    r"spring|summer|autumn|fall|winter|visit|session|appointment|review)|"
    r"(?:\w+ )?(?:weeks?|months?|"
    rf"years?) ago|{_DAY}|back then|before that|on day (?:one|1)|{WHEN}|the first time|"
    rf"at (?:our|your|the) first (?:session|visit|appointment|meeting)|{_WHERE_BEFORE}|"
    # "At the eight-week check it was 19"; a time point since a birth or a start: "At six weeks
    # it was forty-one"
    r"at (?:the|your|his|her) (?:[\w-]+ ){0,2}(?:check|check-?up|review|appointment|visit)|"
    r"^\W*(?:and |but )?at [\w-]+ (?:weeks|months)(?= (?:it|that|you) (?:was|were|scored|had)\b))"
    # "the first one, three weeks ago, was 52", "two years ago your doctor did one and you had 26"
    # (or "yours": "In February, when the whole year did it, yours was eleven")
    r"\b[^.?!]{0,40}(?:\b(?:it|that|you|yours) |,\s*)(?:was|were|scored|had|got)"
    r"(?: at| on| like| about| around)?(?: an?)?\s+$|"
    # the time before today's, with where and who: "The month before, on the ship, you did the
    # same form with the welfare officer, and it was five."
    r"^\W*(?:and |but )?the (?:week|month|year|visit|session) before\b[^.?!]{0,80}"
    r"\b(?:it|that) (?:was|came to)(?: at| about| around)?(?: an?)?\s+$|"
    # before a change, leading the sentence: "Before the new tablets it was 19."; or right after
    # what brought the client: "Straight after the concussion it was 52."
    r"^\W*(?:and |but )?(?:before|(?:straight|right|just|soon|shortly) after)\b[^.?!]{0,30}"
    r"\b(?:it|that) was(?: at)?(?: an?)?\s+$|"
    # the time as the sentence's subject: "The first time was twenty-one."
    r"^\W*(?:and |but |so )?(?:the first time|the time before)\s+(?:it\s+)?(?:was|were)"
    r"(?: at| about| around)?(?: an?)?\s+$",
    re.I,
)
#: an earlier score today's is compared with, its time after it: "It's lower than the sixty-six
#: you got in September.", "better than the 19 you had at intake"
_THAN_BEFORE = re.compile(
    r"\b(?:lower|higher|less|more|better|worse|down|up) than (?:the |your |his |her )?$", re.I
)
_GOT_THEN = re.compile(r"^\s+(?:(?:that\s+)?(?:you|he|she|they|we|i) (?:got|scored|had)\s+)?")


def than_earlier(before: str, after: str) -> bool:
    """The score between `before` and `after` is an earlier one today's is compared with."""
    got = _GOT_THEN.match(after)
    return bool(
        _THAN_BEFORE.search(before) and EARLIER_AFTER.match(after[got.end() if got else 0 :])
    )


#: a further earlier score listed after one, with its own time: "..., and last month 16"
ANOTHER_EARLIER = re.compile(
    r"^,?\s+and\s+(?:last (?:time|month|week|year|"
    r"spring|summer|autumn|fall|winter|visit|session)|in \w+|"
    r"(?:\w+ )?(?:weeks?|months?) ago),?\s+(?:it was\s+|(?:you )?(?:were|was)\s+)?(?:an?\s+)?$",
    re.I,
)
#: the score leads its sentence, the time it was said comes after: "Twenty-three when we
#: started.", "From thirty-one at intake."
#: (also the time asked about said back first: "And last year, 25 last year.")
LEADS = re.compile(
    r"^\W*(?:(?:and|from|it was|that was|was|yes|yeah|no|last (?:time|month|week|year|"
    r"spring|summer|autumn|fall|winter))\W+)*$",
    re.I,
)
#: an earlier score said alone after the time that leads its sentence: "Last month, twenty.",
#: "Last time forty-one.", "At intake, thirty." (the clause ends with it: `ENDS_CLAUSE`)
TIME_LEADS = re.compile(
    r"^\W*(?:(?:and|but|so)\s+)?(?:back\s+)?(?:(?:the )?last (?:time|month|week|year|"
    r"spring|summer|autumn|fall|winter|visit|"
    rf"session|appointment|review)|{WHEN}|{_DAY}|(?:\w+ )?(?:weeks?|months?|years?) ago|"
    rf"at {_SERVICE_STEP}|"
    rf"on (?:admission|discharge)|at the (?:start|beginning)|before that|back then),?\s+"
    r"(?:(?:it|that|you) (?:was|were)\s+)?(?:at\s+)?(?:an?\s+)?$",
    re.I,
)
ENDS_CLAUSE = re.compile(r"\s*(?:[.,;!?]|$)")
#: the client asks for the score of a measure just named: "What did I get?", "What's my score?"
ASKS_SCORE = re.compile(
    # (or what the form showed: "What did it show?", "What did you get?")
    r"^(?!.*\b(?:before|last time|used to|previous)).*(?:\bwhat did (?:i|we|you|it|that) (?:get|"
    r"score|show|say|give (?:you|me)|come (?:to|out at))|"
    r"\bwhat(?:'s| is| was) (?:my|the|it|that)(?: score| total| number)?\W*$|"
    r"\bhow did i (?:do|score)|\bwhat number)",
    re.I,
)
#: a question about an earlier score: "What was it before?", "And last time?"
ASKS_EARLIER = re.compile(
    r"\b(?:before|last time|previously|at the start|at intake|the time before|used to be|"
    # "And the first time?", "And when mi come in?" (as the client said it)
    r"the first time|when (?:i|mi|me|we|he|she) (?:first )?(?:came|come|got|was) (?:in|admitted))"
    # a tag after it: "It was more last time, no?", "It was higher before, wasn't it?"
    r"(?:\W+(?:no|yeah|right|wasn't it|was it|didn't it|eh))?\W*$",
    re.I,
)
#: the same asked with the time first: "When I got booked in, what was it?"
ASKS_EARLIER_FIRST = re.compile(
    r"^\W*(?:and\s+)?when (?:i|mi|me|we|he|she) (?:first )?(?:came|come|got|was)\b[^?]{0,30},?"
    r"\s*what (?:was|did) (?:it|i|that)\b",
    re.I,
)

#: a number said as a measure's score, however far from its name: "You came out at 17 today"
SAID_AS_ITS_SCORE = re.compile(
    r"\b(?:you|it|that|which|this|score|total|yours)\s+(?:(?:came|comes) (?:out |in )?(?:at|to)|"
    r"add(?:ed|s) up to|scored|(?<=score )(?:is|was)|(?<=total )(?:is|was)|(?<=yours )(?:is|was))"
    r"\s+(?:an?\s+)?$|"
    # the answers summed: "Your answers add up to eleven."; a part set off: "Your score, the
    # general functioning part, was two point five."
    r"\b(?:answers|scores|points|they|those)\s+(?:add|added|come|came) (?:up )?to\s+$|"
    r"\b(?:score|total),\s+(?:the|your)\s[^,.?!]{1,40},\s+(?:is|was)\s+(?:an?\s+)?$|"
    # "That's a total of five."
    r"\b(?:that's|that is|it's|it is|which is|which makes|makes|giving)\s+a\s+total\s+of\s+$|"
    # an examination scored when it is done: "That gives a score of four, which is mild."; yes
    # answers counted: "You answered yes to enough of them to make a score of fourteen"
    r"\b(?:that|which|it|this|to)\s+(?:gives|gave|give|makes|made|make)\s+"
    r"(?:(?:you|him|her|them)\s+)?"
    r"a\s+(?:score|total)\s+of\s+$|"
    # worked out aloud: "I added it up myself, I make it twenty-six.", "The total I made
    # thirty-eight.", "I make the total twenty."
    r"\b(?:i|we)\s+(?:make|made)\s+it\s+$|\btotal,?\s+(?:i|we)\s+(?:make|made)\s+(?:it\s+)?$|"
    r"\b(?:i|we)\s+(?:make|made)\s+the\s+total\s+$",
    re.I,
)
#: a question about what else is taken, answered by a drug and its dose, not a score: "The
#: AUDIT looks back a year, so it comes down slowly. Anything else you take?" "Omeprazole, 20."
ASKS_WHAT_IS_TAKEN = re.compile(
    r"\b(?:anything|what)\s+else\s+(?:do\s+|are\s+)?(?:you|they|he|she)\s+(?:tak|us)(?:e|es|ing)\b"
    r"[^?]*\?\s*$|\bany\s+other\s+(?:medications?|medicines?|tablets|pills)\b[^?]*\?\s*$",
    re.I,
)
#: a further score in the same sentence is said as one ("and Sam, yours was 45"), not "about two"
SAID_AS_FURTHER_SCORE = re.compile(
    r"\b(?:was|is|'s|were|scored|got|came (?:to|in at|out at))\s+(?:an?\s+)?$", re.I
)

#: today's score said after an earlier one: "Last time it was 58." "This week it's 51."
TODAY_SAID = re.compile(
    r"^\W*(?:and\s+)?(?:this (?:week|time|month)|today|now|yesterday),?\s+(?:it's|it is|it was|"
    r"you're at|you are at|"
    r"you scored|you got|you came out at|it came to|(?:i|we) (?:make|made) it|"
    # "Today it comes to 22.", "Today it came out four."
    r"it (?:comes|came) (?:out )?(?:to|at)|it (?:comes|came) out)\s+(?:an?\s+)?$|"
    # today's told with who scored it: "The rater saw you this morning and it was 18."
    # (or done again a moment ago: "You did it again just now and it's 34.")
    r"^[^.?!]{0,60}\b(?:this (?:morning|afternoon|week)|today|just now)\b[^.?!]{0,30}?\b"
    r"(?:it's|it (?:was|is|came to)|you (?:were|scored|came out at)|"
    # the rater's own: "This morning I scored it at 37."
    r"(?:I|we) (?:scored|rated) (?:it|you|him|her)(?: at| as)?)\s+(?:an?\s+)?$|"
    # filled in again: "You filled it in again in the waiting room and it's fifteen today."
    r"^[^.?!]{0,60}\b(?:did|done|filled|fill|completed|redid|repeated)\b[^.?!]{0,10}\bagain\b"
    r"[^.?!]{0,40}?\b(?:and|so) (?:it's|it (?:was|is|came to))\s+(?:an?\s+)?$|"
    # the other partner's, after "Claire, yours was 31.": "Owen, yours was 44."
    r"^\W*(?:and\s+)?(?:[\w\[\]]+,?\s+)?(?:yours|his|hers)\s+(?:was|is|came to)\s+(?:an?\s+)?$",
    re.I,
)
#: a measure named as one to be done again, whose score is not yet said: "Memantine to twenty, and
#: we'll repeat the Zarit", "Duloxetine to sixty, and the DASS again in six weeks"
_PLANNED = re.compile(
    r"\b(?:repeat|redo|re-do|recheck|re-check|do|check|give you|send you)\s+(?:the|your|a|another)"
    r"\s+(?:[\w-]+\s+)?$|"
    # one more still to come: "I'll see you in four weeks with another HADS"
    r"\b(?:with|and|do|have|fill in|get) another\s+$",
    re.I,
)
_COUNT_BEFORE = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:short\s+|quick\s+)?$", re.I
)


def items_counted(text: str, a: int, b: int) -> bool:
    """The questions of the measure named at text[a:b] counted, as they are about to be read:
    "the three Mini-SPIN questions" (not "You did the PEG questions")."""
    return bool(
        _COUNT_BEFORE.search(text[:a]) and re.match(r"\s+(?:questions|items)\b", text[b:], re.I)
    )


_AGAIN_AFTER = re.compile(r"\s*(?:\w+\s+)?again\b", re.I)


def planned(text: str, a: int, b: int) -> bool:
    """The measure named at text[a:b] is one to be done again, its score not yet said, or its
    questions are counted ("the three Mini-SPIN questions")."""
    return bool(
        _PLANNED.search(text[:a])
        or items_counted(text, a, b)
        or (
            re.search(r"\b(?:and|then)\s+(?:the|your)\s+$", text[:a], re.I)
            and _AGAIN_AFTER.match(text[b:])
        )
    )


#: "one" that is a pronoun, not a number: "the depression one was 14", "That's the one"
PRONOUN_ONE_BEFORE = re.compile(
    r"\b(?:the|that|this|which|each|every|any|no)\s+(?:\w+\s+){0,2}$|"
    # two things it is about: "the anxiety and depression one"
    r"\b(?:the|that|this)\s+\w+\s+(?:and|or)\s+\w+\s+$|"
    # a name of three words before it, saying no score: "the Penn State worry one"
    r"\bthe\s+(?:(?!(?:was|is|were|came|to|at|scored|got|of|on)\b)\w+\s+){3}$|"
    r"\b(?:did|does|do|done|had|has|have|got|took|take|filled|fill)\s+$|"  # "your GP did one"
    # a name with its number, then what it asks about: "the WHO-5 well-being one", "the PHQ-9 one"
    r"\b(?:the|that|this|your)\s+[a-z]+-\w+\s+"
    r"(?:(?!(?:was|is|were|came|scored|got|at|of|on|to|a|an)\b)[\w-]+\s+)?$",
    re.I,
)
#: the same pronoun as a digit after the word it stands for: "the Mania 1, was 4", "Depression-1"
PRONOUN_DIGIT_BEFORE = re.compile(r"\b(?:the|that|this|your)\s+(?:\w+\s+)?\w+[\s-]$", re.I)
#: between a score and the next measure's name, the score the next one's: "and 29 on the AUDIT"
SAID_ON_NEXT = re.compile(r"\s+(?:on|in|for)\s+(?:the|your|his|her|their)\s+", re.I)
#: between a number and a measure named after it, the two listed side by side: not its score
#: a score said of the measure named before: "You got twenty-one on that one, and thirty-one on
#: the other one, the SCARED." (21 is the one named in the sentence before, not the SCARED's)
ON_THAT_ONE = re.compile(
    r"\s+(?:on|for|in) (?:that|this)(?: one| scale| questionnaire| form)?\b", re.I
)
#: a dose said with its unit: "We'll make it twenty milligrams" (the answer "Twenty." is the dose
#: said back, not a score of a form named in the same sentence)
_DOSE_UNIT = re.compile(r"\s*(?:mg\b|milligrams?|micrograms?|mcg\b|units?\b)", re.I)


def doses_said(text: str) -> set[float]:
    """The values of the doses said with their unit in `text`."""
    return {n.value for n in find_numbers(text) if _DOSE_UNIT.match(text[n.end :])}


LISTED_BESIDE = re.compile(r"\s+and\s+(?:a|an|the|your|his|her|their)\s+", re.I)
#: what follows "one" that says which questionnaire it is: "the one for people with a stoma"
ONE_FOR = re.compile(
    r"\s+(?:for|about) (?:people|patients|children|kids|teens|parents|carers|caregivers|adults|"
    r"couples|families|those|anyone|someone|what|how|when|whether)\b",
    re.I,
)
#: between a score and the next part's, listed with no verb: "was nine and your quality of
#: life eleven" (not a clause: "and the kids are 5")
AND_ANOTHER_PART = re.compile(
    r",?\s+and\s+(?:your|the|his|her|their|my)\s+"
    r"(?:(?!(?:is|are|was|were|has|have|had|got|gets)\b)[a-z]+\s+){1,4}",
    re.I,
)


def names_number(text: str, said: tuple[int, int], n: NumberSpan, name: str) -> bool:
    """`n` right after a name said as `said` ("DASS" and "-21") is the number of its name that
    the words said did not hold (not "PHQ-9 9")."""
    value = f"{n.value:g}"
    own = re.findall(r"\d+", name)
    said_all = bool(own) and set(own) <= set(re.findall(r"\d+", text[said[0] : said[1]]))
    if text[said[1] : n.start] == "-" and value.isdigit() and not said_all:
        return True  # "the CSI-16" where the lexicon knows "CSI" (not "PHQ 9-7": its score)
    return (
        text[said[1] : n.start] in ("", "-", " ", " -")
        and value in re.findall(r"\d+", name)
        and value not in re.findall(r"\d+", text[said[0] : said[1]])
    )


def earlier_after_and(text: str, start: int, end: int) -> bool:
    """Whether the number at text[start:end], said after "and" with an earlier time after it, is
    an earlier score: "It was 22 today, and 25 in June"."""
    return bool(
        # (or weighed against it: "Twenty-four today, against thirty when we first met")
        re.search(
            r"[,;]?\s+(?:and|against|compared (?:with|to))\s+(?:an?\s+)?$", text[:start], re.I
        )
        and EARLIER_AFTER.match(text[end:])
    )


#: today's time said after a score: "and 34 today", "and fifteen now", "and 71 this cycle"
_TODAY_AFTER = re.compile(
    r"^\s*,?\s*(?:today|now|just now|this (?:cycle|week|time|month|morning|afternoon|visit|"
    r"session|round))\b",
    re.I,
)


def other_time_after_and(text: str, start: int, end: int) -> bool:
    """Whether the number at text[start:end], said after "and" with its own time after it, is a
    further score of the measure: an earlier one ("It was 22 today, and 25 in June") or today's
    after an earlier one ("It was 28 in May and 34 today")."""
    return earlier_after_and(text, start, end) or bool(
        # ("and" as speech recognition may hear it: "62 the last time in 48 today")
        re.search(r"[,;]?\s+(?:and|in)\s+(?:an?\s+)?$", text[:start], re.I)
        and _TODAY_AFTER.match(text[end:])
    )


def today_after_earlier(text: str, nums: Sequence[NumberSpan]) -> list[NumberSpan]:
    """Today's score said after an earlier one that leads the sentence with its time ("Sixteen
    in July, and twelve today.")."""
    if not nums or not re.match(r"\W*$", text[: nums[0].start]):
        return []
    if not EARLIER_AFTER.match(text[nums[0].end :]):
        return []
    return [n for n in nums[1:2] if other_time_after_and(text, n.start, n.end)]


def earlier_beside(text: str, at: int, most: float) -> list[NumberSpan]:
    """An earlier score said after today's in its sentence, with its time before it: "Rob,
    yours is sixteen; when you started it was twenty-two."."""
    for x in find_numbers(text[at:])[:1]:
        before = text[at : at + x.start]
        said_then = EARLIER_TIME_BEFORE.search(before) and re.search(r"\bw(?:as|ere)\s+$", before)
        if 0 <= x.value <= most and re.match(r"\s*[,;]", before) and said_then:
            return [NumberSpan(at + x.start, at + x.end, x.value)]
    return []
