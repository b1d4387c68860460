"""How an answer to a rating prompt is said, for `ratings`: a number heard as a sound-alike word
("Maybe a for."), an answer leading with its number ("A7, where's at night?") or with a percent
("Ninety percent.", on a scale to a hundred), an answer that is a rating alone ("A six.", "Seven
for me.", "At the barre it's a six."), and a question that only says whom it is for ("Claire?").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from localnotes.notes.sentences import Sentence

#: words speech recognition writes for a small number said in score position ("maybe a for")
SOUND_ALIKES = {"for": 4.0, "fore": 4.0, "to": 2.0, "too": 2.0, "tree": 3.0, "ate": 8.0,
                 "won": 1.0}  # fmt: skip
SOUND_ALIKE = re.compile(
    r"\b(?:a|an|maybe|probably|around)\s+(for|fore|to|too|tree|ate|won)\b"
    r"(?=\s*(?:[,.;!?]|$|out of\b|or\b|maybe\b|i (?:think|guess)\b))",
    re.I,
)
#: a value of the answer said of when or where, not a question although it starts like one:
#: "When I climb the hill, a five.", "Where it's quiet, maybe a two."
OF_WHEN = re.compile(
    r"^\W*(?:and |but )?(?:when|where|if)\b[^,?]{1,60},\s*(?:maybe |about |probably |like |"
    r"more like |it's |it is |it was |it gets to )?(?:a|an)\s+\w+(?:\W*$|\s+(?:or so|maybe)\b)",
    re.I,
)
#: a value said after a circumstance and a hedge, a further value of an answer: "On a weekend
#: at home, maybe five.", "Before all of this, probably two."
HEDGED_AFTER_WHEN = re.compile(
    r"^\W*(?:and |but )?(?:on|at|in|before|after|during|when|with|without)\b[^,?.]{1,50},\s*"
    r"(?:maybe|probably|about|around|like|more like)\s+$",
    re.I,
)
#: an answer that starts with its number: "A7, where's at night?", "About a six?"
LEADS_WITH_NUMBER = re.compile(
    r"^\W*(?:(?:and|so|um|uh|oh|well|yeah|i'd say|i guess|maybe|probably|about|around|like|"
    r"a|an|the|at|by)(?:\W+|$)){0,3}$",
    re.I,
)
#: an answer leading with a percent, the number written "#": "Ninety percent, maybe less."
#: (not "a thirty percent chance": a chance, not the rating)
LEADS_AS_PERCENT = re.compile(
    LEADS_WITH_NUMBER.pattern[:-1]
    + r"#\s*(?:percent|%)(?:\s*(?:sure|certain|now|today))?\s*(?:[,.;!?]|$)",
    re.I,
)
#: an answer that is only a rating: "A six.", "Maybe a four, I guess.", "Six." ("a" also as
#: speech recognition hears it: "At four", "By 4")
BARE_BEFORE = re.compile(
    r"^\W*(?:(?:maybe|probably|about|around|like|i'd say|i guess|oh|well|um|uh|honestly|"
    r"today|now)\W+){0,2}(?:(?:a|an|at|by)\s+)?$|"
    # "an" as speech recognition hears it, leading the answer: "And eight." for "An eight."
    r"^\W*and\s+$",
    re.I,
)
#: a rating said as one after a few words of where or when: "At the barre it's a six."
IT_IS_A = re.compile(
    r"(?:^|,\s*|\b(?:it's|it is|it was|it gets to|it's like))\s+(?:a|an)\s+$", re.I
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
    # "a" as speech recognition hears it after a time: "last week of four", "evenings at 10"
    r"\b(?:week|day|night|days|nights|lunch|school|evenings?|mornings?|afternoons?|weekends?|"
    r"then|now|today|usually|mostly)\W+(?:at|of|by)\s+$|"
    # a time, then a hedged value: "In the day, maybe five", "at night probably seven"
    r"\b(?:in the (?:day|daytime|morning|evening|afternoon)|at night|most days|on (?:a )?"
    # ("the" for "a" as speech recognition hears it: "on a good day, maybe the five")
    r"(?:good|bad) (?:day|night)s?),?\s+(?:maybe|about|around|probably|like)\s+(?:the\s+)?$",
    re.I,
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
