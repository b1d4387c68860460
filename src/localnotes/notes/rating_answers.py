"""How an answer to a rating prompt is said, for `ratings`: a number heard as a sound-alike word
("Maybe a for."), an answer leading with its number ("A7, where's at night?") or with a percent
("Ninety percent.", on a scale to a hundred), an answer that is a rating alone ("A six.", "Seven
for me.", "At the barre it's a six."), and a question that only says whom it is for ("Claire?").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from localnotes.notes.model import Measure
from localnotes.notes.numbers import NumberSpan
from localnotes.notes.rated_words import asked_about
from localnotes.notes.score_wording import WHEN
from localnotes.notes.sentences import Sentence

#: words speech recognition writes for a small number said in score position ("maybe a for")
SOUND_ALIKES = {"for": 4.0, "fore": 4.0, "to": 2.0, "too": 2.0, "tree": 3.0, "ate": 8.0,
                 "won": 1.0}  # fmt: skip
SOUND_ALIKE = re.compile(
    r"\b(?:a|an|maybe|probably|around)\s+(for|fore|to|too|tree|ate|won)\b"
    r"(?=\s*(?:[,.;!?]|$|out of\b|or\b|maybe\b|i (?:think|guess)\b))",
    re.I,
)
#: when a value was, said after it: "Was a ten on Friday.", "It was nine last week."
_WHEN_IT_WAS_SAID = (
    r"on \w+day|last (?:week|night|month|time)|yesterday|at the weekend|before|earlier"
)
#: a value of the answer said of when or where, not a question although it starts like one:
#: "When I climb the hill, a five.", "Where it's quiet, maybe a two.", "When I came in, ten.",
#: "When we got here it was a two, if that.", "When it was bad it was a nine, easily."; "Was
#: a ten on Friday."
OF_WHEN = re.compile(
    r"^\W*(?:and |but )?(?:when|where|if)\b[^,?]{1,60}?(?:,\s*|\s+(?=it(?:'s| is| was) ))"
    r"(?:maybe |about |probably |like |more like |it's |it is |it was |it gets to )?"
    r"(?:(?:a|an)\s+\w+|\w+(?=\W*$))"
    r"(?:\W*$|\s+(?:or so|maybe)\b|,\s*(?:if that|at most|at best|tops|or so|easily|at least|"
    r"for sure|no question)(?:\W*$|,\s))|"
    # a value it was, with when, said with no "it": "Was a ten on Friday." (no question)
    r"^\W*(?:and |but )?(?:was|were) (?:a |an |about |around |like |maybe )?[\w-]+(?: [\w-]+)?\s+"
    r"(?:" + _WHEN_IT_WAS_SAID + r")\b[^?]*$",
    re.I,
)
#: a value said after a circumstance and a hedge, a further value of an answer: "On a weekend
#: at home, maybe five.", "Before all of this, probably two.", "Now, on a normal day, maybe five."
HEDGED_AFTER_WHEN = re.compile(
    r"^\W*(?:and |but )?(?:(?:now|today|these days|nowadays|usually),?\s+)?"
    r"(?:on|at|in|before|after|during|when|with|without)\b[^,?.]{1,50},\s*"
    r"(?:maybe|probably|about|around|like|more like)\s+$",
    re.I,
)
#: an answer that starts with its number: "A7, where's at night?", "About a six?"
LEADS_WITH_NUMBER = re.compile(
    r"^\W*(?:(?:and|so|um|uh|oh|well|yeah|i'd say|i guess|maybe|probably|perhaps|about|around|like|"
    r"a|an|the|at|by)(?:\W+|$)){0,3}$",
    re.I,
)
#: an answer leading with a percent, the number written "#": "Ninety percent, maybe less."
#: (not "a thirty percent chance": a chance, not the rating)
LEADS_AS_PERCENT = re.compile(
    LEADS_WITH_NUMBER.pattern[:-1]
    # (or run into what follows, as speech recognition leaves it: "60% it used to be 90")
    + r"#\s*(?:percent|%)(?:\s*(?:sure|certain|now|today))?\s*(?:[,.;!?]|$|"
    # (or where or when, or the rest: "40% here is safe", "80% the other 20 is anger")
    r"(?=(?:it|i|but|and|that|maybe|still|here|there|when|because|at|on|most|these|this|the)\b))|"
    # (after the thing rated or the time it is of, said back first: "Worry sixty-five percent.",
    # "Today sixty percent.", "Fear, on an ordinary day, forty percent.", "Performance anxiety,
    # eighty-five percent.")
    r"^\W*(?:[a-z]+(?:\s+[a-z]+)?,?\s+)?"
    r"(?:(?:today|now|right now|tonight|this week|these days|most days|"
    r"on (?:an? |the )?(?:[a-z]+ )?days?),?\s+)?(?:maybe |about |around |probably )?"
    r"#\s*(?:percent|per cent|%)\s*(?:[,.;!?]|$)",
    re.I,
)
#: an answer that is only a rating: "A six.", "Maybe a four, I guess.", "Six." ("a" also as
#: speech recognition hears it: "At four", "By 4")
BARE_BEFORE = re.compile(
    r"^\W*(?:(?:maybe|perhaps|probably|about|around|like|i'd say|i guess|oh|well|um|uh|honestly|"
    r"today|now)\W+){0,2}(?:(?:a|an|at|by)\s+)?$|"
    # "an" as speech recognition hears it, leading the answer: "And eight." for "An eight."
    r"^\W*and\s+$",
    re.I,
)
#: a rating said as one after a few words of where or when: "At the barre it's a six."
IT_IS_A = re.compile(
    r"(?:^|,\s*|\b(?:it's|it is|it was|it gets to|it's like)"
    # (with a word of degree or time: "Sunday it was still a six")
    r"(?:\s+(?:still|only|just|already|maybe|probably|about|around))?)\s+(?:a|an)\s+$",
    re.I,
)
BARE_AFTER = re.compile(
    r"^\s*(?:[.,!?]|$|maybe\b|or so\b|i think\b|i guess\b|,?\s*for me\b|"  # "Seven for me."
    r"(?:today|now|right now|this week|tonight)\s*[.,!?])",  # "Seven today."
    re.I,
)
#: a question that only names whom it is for: "Claire?", "[PERSON]?"
ADDRESSED = re.compile(
    r"\W*(?:\[[A-Z_]+\]|(?!(?:Really|Sorry|Why|What|Who|How|Okay|Seriously|Yes|No)\b)[A-Z][a-z]+)"
    r"(?:,? (?:first|you first))?\W*"
)
#: a further value of an answer said as a rating is said, after "a" or "an" (never "not a")
ARTICLE_BEFORE = re.compile(
    r"(?<!\bnot )(?<!\bnot even )\b(?:a|an|more like|closer to)\s+$|"
    # the value it moved to: "Then by lunch it went down to forty."
    r"\b(?:went|came|dropped|fell|got|go|goes|comes) (?:back )?(?:down|up) to\s+$|"
    # "a" as speech recognition hears it after a time: "last week of four", "evenings at 10"
    r"\b(?:week|day|night|days|nights|lunch|school|evenings?|mornings?|afternoons?|weekends?|"
    r"then|now|today|usually|mostly)\W+(?:at|of|by)\s+$|"
    # a time, then a hedged value: "In the day, maybe five", "at night probably seven"
    r"\b(?:in the (?:day|daytime|morning|evening|afternoon)|at night|most days|on (?:a )?"
    # ("the" for "a" as speech recognition hears it: "on a good day, maybe the five")
    r"(?:good|bad) (?:day|night)s?),?\s+(?:maybe|about|around|probably|like)\s+(?:the\s+)?$",
    re.I,
)

#: the value the answerer would have given another day, said on in the same answer: "Six. On
#: Sunday I'd have said three."
WOULD_HAVE_SAID = re.compile(
    r"\b(?:i'd|i would|i might)(?: probably)? have (?:said|put|given it)\s+$", re.I
)


def answer_end(sentences: Sequence[Sentence], k: int) -> int:
    """Where the answer to the prompt in sentence k may end: three sentences on, or the end of
    the first answering turn ("We're up. It's levelling off. It's coming down. Forty?")."""
    answer = next(
        (x.segment for x in sentences[k + 1 : k + 2] if x.segment != sentences[k].segment), None
    )
    last = k + 3
    while last + 1 < min(len(sentences), k + 7) and sentences[last + 1].segment == answer:
        last += 1
    return min(len(sentences), last + 1)


#: how a value a rating rises to is said: "During a crisis it gets to nine", Nigerian Pidgin
#: "e reach nine"
_PEAKS = r"(?:reach(?:es|ed)?|gets? to|got to|goes? up to|went up to)\b"
#: a time or a circumstance leading a further value of the answer, bare or hedged: "On a good
#: day, six.", "A month ago, five, before the date came through.", "But today two because ..."
_WHEN_LEADS = re.compile(
    # (after the word for before: "Before, when I came in August, eight.")
    r"^\W*(?:and |but |so |then )?(?:before,\s*)?"
    r"(?:(?:today|now|right now|tonight|this (?:week|morning|evening)|"
    r"yesterday|last (?:week|night|month|year|time|weekend|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
    # (with where it was said: "Last time I was here I said six")
    r"(?: i was here| we met| i came in)?|"
    # (the time told of, said as that one: "That night it was nine.")
    r"that (?:night|day|morning|evening|afternoon|week|weekend)|"
    r"(?:normally|usually|mostly|generally)(?: now)?|"
    # (the time before alone: "Before, it would be ten.")
    r"before(?=,)|"
    # (the time before as the start, or as "then": "The first days it was nine.", "At first it
    # was eight.", "Then it was ten.")
    r"(?:the )?first (?:few )?(?:days?|weeks?|nights?|months?)|at first|in the beginning|"
    r"then(?= (?:it|that) was\b)|"
    r"(?:some|most|other|bad|good) (?:days|nights|weeks|mornings|evenings)|"  # "Some days ten."
    rf"(?:back )?{WHEN}\]?|"  # "In March it was nine."
    r"(?:a|one|two|three|a few|\w+) (?:days?|weeks?|"
    # (with what one is doing then: "Right now, talking, maybe four.")
    r"months?|years?) ago)(?:,\s*[a-z]+(?: [a-z]+)?,)?(?:,|\.{3}|…)?|"  # "Now... thirty-five."
    r"(?:on|at|in|before|after|during|when|with|without)\b[^,?.]{1,50},|"
    # a time said as what one did then, or as what came before, with no comma: "When I came in
    # it was eight.", "Before the tablets it was nine.", "Before Christmas it was eight."
    rf"(?:when|before|after|during)\s[^,?.]{{1,40}}?(?= (?:it|that) was\b| (?:it|e) {_PEAKS}))"
    # (the time as what was: "Last week was ten.", "Yesterday was a seven.")
    r"\s*(?:it was |it's |that was |(?<=[a-z] )was |it would be |it'd be |it would have been |"
    # the answerer's own value then: "Normally now I am at four", "Last time I said six"
    rf"i(?:'m| am| was) at |i said |(?:it|e) {_PEAKS} )?"
    r"(?:maybe |probably |about |around |more like |like )?"
    r"(?:an? )?$",
    re.I,
)
#: a further value said after the first in the same sentence, with the time it is of: "four on
#: Saturday, two on Monday", "six this morning, three now"
_VALUE_OF_TIME = re.compile(
    r"^\s+(?:on \w+day|by \w+day|today|now|tonight|this (?:week|morning|afternoon|evening)|"
    r"last (?:week|night)|at night|in the (?:morning|evening|afternoon)|"
    r"(?:by|at|towards?) the end of (?:the |a |my |your )?\w+)\b",
    re.I,
)
#: the value a rating moved from, after it in its sentence: "Four out of ten, from eight." (not
#: a range: "from eight to ten")
_FROM_BEFORE = re.compile(r"(?:,\s*|\b(?:down|up|dropped|fallen|come down|gone up) )from\s+$", re.I)
#: a later time leading a further value after a comma: "Seven in the morning, now about five."
_NOW_LEADS = re.compile(
    r",\s*(?:and |but |then )?(?:now|right now|today|tonight|these days|this (?:week|evening))"
    # (with what one is doing then: "right now, talking, maybe four")
    r"(?:,\s*[a-z]+(?: [a-z]+)?,)?,?\s*"
    r"(?:it's |maybe |probably |about |around |more like |a |an )*$",
    re.I,
)
#: what ends a value said bare: its clause ends, or a reason follows ("two because ...")
_VALUE_ENDS = re.compile(r"^\s*(?:[.,;!?]|$|(?:because|since|before|after|though|but)\b)", re.I)


#: a value the answer had before: "It used to be ninety, in the summer I was sure."
_USED_TO_BE = re.compile(
    r"\b(?:it|that|i|this) used to be (?:a |an |about |around |like |more like )?$", re.I
)


#: the value it was at another time, that time first: "On the first day it was eight, I couldn't
#: hold a cup", "Yesterday it was a nine." (not "I was seven": an age)
_WHEN_IT_WAS = re.compile(
    # (not "before" or "earlier" alone, a value of no time said; the time may be compared with
    # first: "Better than last week, it was seven.")
    r"^\W*(?:and |but )?(?:(?:better|worse|lower|higher|less|more|down|up) (?:than|from) )?"
    r"(?:on|at|in|by|yesterday|last|when|after)\b[^.?!,]{0,30}?,?"
    # (with how long ago set off after it: "At the diagnosis, two years ago, it was ninety.")
    r"(?:\s*(?:a|one|two|three|four|five|six|a few|some) (?:days?|weeks?|months?|years?) ago,)?"
    # (or the value it moved to by then: "By the end it's down to a five, maybe.")
    r"\s*(?:it|that|the \w+)(?: (?:was|were|got to|hit)|(?:'s| is| was| went| came| goes| comes|"
    r" dropped| fell) (?:back )?(?:down|up) to)\s+(?:a |an |about |around |like |maybe )?$",
    re.I,
)
#: the value it was, its time after it: "Was a hundred on Friday.", "It was nine last week."
_IT_WAS = re.compile(
    r"^\W*(?:and |but )?(?:it |that )?(?:was|were|got to|hit)\s+(?:a |an |about |around |like |"
    r"maybe )?$",
    re.I,
)
_VALUE_OF_TIME_WAS = re.compile(
    r"\s+(?:" + _WHEN_IT_WAS_SAID + r"|in the (?:morning|summer|winter|spring|autumn))\b",
    re.I,
)


#: a further value of an answer on a scale to a hundred, said with "then" and as a percent:
#: "But on the day of the test they sound the sirens. Then ninety percent."
_THEN_A_PERCENT = re.compile(
    r"^\W*(?:and |but |so )?then,?\s+(?:maybe |about |around |probably |more like )?$", re.I
)
_PERCENT_ENDS = re.compile(r"^\s*(?:percent|per cent|%)\s*(?:[.,;!]|$)", re.I)


def of_another_time(text: str, start: int, end: int, same_sentence: bool) -> bool:
    """Whether the number at text[start:end] is a further value of an answer, said of another
    time or circumstance: leading its own sentence after one ("On a good day, six."), or after a
    comma in the answer's sentence with its time after it ("four on Saturday, two on Monday"),
    or as the value it used to be ("It used to be ninety")."""
    if _USED_TO_BE.search(text[:start]) and (
        _VALUE_ENDS.match(text[end:]) or re.match(r"\s+(?:in|at|on|last|back|when)\b", text[end:])
    ):  # "It used to be ninety, in the summer", "60% it used to be 90 in the summer"
        return True
    if not same_sentence and HEDGED_AFTER_WHEN.match(text[:start]):
        return True  # "At home, maybe 5."
    if not same_sentence and (
        (_WHEN_IT_WAS.match(text[:start]) and _VALUE_ENDS.match(text[end:]))
        or (_IT_WAS.match(text[:start]) and _VALUE_OF_TIME_WAS.match(text[end:]))
    ):
        return True  # "On Monday it was nine.", "Was a ten at the weekend."
    if (
        not same_sentence
        and _THEN_A_PERCENT.match(text[:start])
        and _PERCENT_ENDS.match(text[end:])
    ):
        return True  # "Then ninety percent.": the value at a worse time, told after what it was
    if not same_sentence and re.match(r"\W*(?:and |but |then )?$", text[:start]):
        return bool(_VALUE_OF_TIME.match(text[end:]))  # "Nine by the end of a shift."
    if same_sentence:
        if _NOW_LEADS.search(text[:start]) and _VALUE_ENDS.match(text[end:]):
            return True  # "Seven in the morning, now about five."
        if re.search(r",\s*then\s+$", text[:start]) and _PERCENT_ENDS.match(text[end:]):
            return True  # "40 percent, but on test days the sirens, then 90 percent, I hid."
        if _FROM_BEFORE.search(text[:start]) and (
            _VALUE_ENDS.match(text[end:]) or _VALUE_OF_TIME.match(text[end:])
        ):
            return True  # "Four out of ten, from eight.", "a three, down from six last week"
        return bool(
            re.search(r",\s*(?:then |and )?$", text[:start]) and _VALUE_OF_TIME.match(text[end:])
        )
    return bool(_WHEN_LEADS.match(text[:start]) and _VALUE_ENDS.match(text[end:]))


def scale_asked_again(found: Sequence[Measure], text: str) -> float:
    """The top of the scale of the rating found before of what `text` asks about, when it is
    asked again by name without one ("How much do you believe it now?" after "zero to a hundred
    percent"); ten when there is none."""
    what = asked_about(text)
    return next((m.out_of or 10.0 for m in reversed(found) if m.name == f"{what} rating"), 10.0)


#: a dose said in the answer: "She's on melatonin, two milligrams."
_DOSE = re.compile(
    r"(?:\b\d+(?:\.\d+)?\s*|\b[a-z]+\s+)(?:mg|milligrams?|micrograms?|mcg|ml|mils?)\b", re.I
)


def gives_a_dose(text: str) -> bool:
    """Whether an answer tells a dose: the talk is of medication, so no later number in it
    answers the rating ("And sleep?" "She's on melatonin, two milligrams." "The GP said we
    could go to three.")."""
    return bool(_DOSE.search(text))


#: a value taken back as soon as said: "Ten. No, an eight.", "Six, no, actually a five.", "like
#: a five but, no, seven" (speech recognition's "butt")
_TAKEN_BACK = re.compile(
    r"\W*(?:butt?\W*)?no\b,?\s*(?:actually,?\s*|sorry,?\s*)?(?:more like\s+)?(?:an?\s+)?"
    r"(?=\d|zero|one|two|three|four|five|six|seven|eight|nine|ten\b)",
    re.I,
)


def corrected(text: str, nums: list[NumberSpan], after: str = "") -> list[NumberSpan]:
    """An answer's values less one taken back by the next value said, in the sentence or
    leading the next one (`after`): "Ten, no, an eight." and "Ten." "No, an eight." are eight."""
    out = []
    for i, n in enumerate(nums):
        rest = text[n.end : nums[i + 1].start] if i + 1 < len(nums) else f"{text[n.end :]} {after}"
        if not _TAKEN_BACK.match(rest):
            out.append(n)
    return out


#: a statement made a question only by a tag word after it: "Last time I said six, ahlie?",
#: "It was a four, right?" (not a question of its own: "How is it, Sam?")
TAGGED = re.compile(
    r"^(?!\W*(?:how|what|where|when|why|who|which|is|are|was|were|do|does|did|can|could|would|"
    r"will|have|has|and)\b)[^?]{8,},\s*(?:right|yeah|yes|eh|innit|ahlie|no|ok|okay|true)\?\s*$",
    re.I,
)
