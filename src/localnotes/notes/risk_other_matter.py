"""An answer whose first words sound like a yes ("Lately", "Maybe", "Once", "I do") but that goes
on about something else, or ends in a no: "Lately I've been sleeping better.", "Maybe I'm just
stressed about money.", "I do worry about my mum.", "Kind of a silly question, no." (issue 17's
thirty-first pass: a probe of everyday answers to "Have you had any thoughts of ending your
life?" found two in three of them read as a yes). Said so, the answer is no yes: a no where it
ends in one, otherwise one to read.
"""

from __future__ import annotations

import re

from localnotes.notes.risk_answer_forms import YES_AND_NO

#: a no the answer ends in, or says of the thing asked: "..., but nothing like that.", "Completely
#: out of the question.", "There have been hard days, but never that."
_ENDS_IN_NO = re.compile(
    r"(?:,|\bbut|\band|\bso)\s+(?:no|nope|nah)\W*$|\bnothing (?:like|of) that\W*$|"
    r"\bnever (?:that|anything like that)\W*$|\bnot that\W*$|\bout of the question\b|"
    r"^probably not\b|\bnot (?:like|anything like) that\W*$"
)
#: the clause only the yes itself: "I suppose I have, in a way.", "I guess I do."
_AUX_YES = re.compile(r"^(?:i guess|i suppose|maybe|probably),? i (?:have|do|did|had)\b(?:\W*$|,)")
#: the first words, then a clause of its own with its own subject: "Lately I've been ...",
#: "Twice a week I go ...", "Once the baby sleeps ...", "Maybe I'm just ..."
_OWN_CLAUSE = re.compile(
    r"^(?:lately|recently|often|maybe|probably|once|twice|more than once|i guess|i suppose|"
    r"a lot of the time|now and again|now and then|every so often|sometimes|"
    r"most (?:days|nights|mornings|evenings|weekends)|some days|every (?:day|week|night|morning|"
    r"evening|weekend)|a little|a bit|completely|totally|absolutely)"
    # a filler between, "it's" heard with no apostrophe: "lately um the kids have been off
    # school", "maybe its the tablets"
    r"(?: (?:a|per|every) (?:day|week|night|month))?,?\s+(?:(?:um+|uh+|er+|erm),?\s+)?(?:i|i'm|"
    r"i've|i'd|i'll|things|the|my|we|we've|we're|he|she|they|it's|its|work|life|everything|"
    r"everyone|people|you)\b|"
    # "There has been a lot going on with the move.", "Probably just the stress talking.",
    # "Completely fine, thanks."
    r"^there (?:has|have|'s) been (?:a lot|lots|plenty|loads)\b|^probably just\b|"
    # "Sometimes the kids drive me up the wall.", "I had a good weekend actually."
    r"^sometimes,? (?:the \w+|my \w+|he|she|they|we|it's|work|things|people)\b|"
    r"^i(?:'ve| have)? had (?:a|an) (?:\w+ )?(?:day|week|weekend|time|month|year|night|chat|talk|"
    r"holiday|break|go|laugh)\b|"
    r"^(?:completely|absolutely|totally|perfectly|really) (?:fine|okay|ok|good|great|alright)\b|"
    # when it is better: "Only on Sundays, when Mam visits, I feel a bit better."
    r"^[^.?!]{0,50},\s+i feel (?:a (?:bit|little|lot) |much |so much )?(?:better|good|happier|"
    r"okay|ok|fine|calmer|safe|loved)\W*$"
)
#: an auxiliary's yes, then a verb of something else: "I do worry about my mum.", "I did think
#: about moving back home."
_OWN_VERB = re.compile(
    r"^i (?:do|did|have|had)(?: (?:really|still|sometimes|often|actually))? (?:worry|wonder|miss|"
    r"think about|thought about|think of|thought of|love|like|want|need|find|know|try|get|feel|"
    r"felt|go|went|spend|spent)\b|"
    # "Most days are okay now.", "A little tired, that's all."
    # "I've thought about taking a holiday, does that count?"
    r"^i(?:'ve| have) (?:thought|been thinking) (?:about|of) (?:taking|going on|having|booking|"
    r"getting) (?:a|an|some) (?!overdose\b|handful\b|load\b|lot\b|few\b)|"
    r"^(?:most|some|many) days (?:are|were|have been)\b|^(?:a little|a bit|just) (?:tired|"
    r"stressed|down|low|worried|anxious|flat|sad|off|overwhelmed|run down|worn out)\b"
)
#: what says the answer speaks of the thing asked after all: "Lately I think about it a lot."
_OF_IT = re.compile(
    r"\b(?:about|of|on|do|did|doing|with|through with) (?:it|that|them|those|this)\b|"
    r"\b(?:thoughts|urges|feelings|ideas)\b|\b(?:the|that|this) (?:thought|urge|feeling|idea)\b|"
    r"\b(?:yes|yeah|yep|aye)\b|\ball i (?:can )?(?:think|thought) (?:about|of)\W*$|"
    r"\bthey(?:'re| are)? (?:there|come|came)\b|\bit(?:'s| is| was) (?:there|back|bad)\b|"
    # a wish or a thought told: "Some days I want to put my fist through someone's face.", "Some
    # days I think, what's the point of me."; a yes said again: "I suppose I am."
    # (not a feeling about others: "Sometimes I feel like nobody listens to me.")
    r"\bi (?:want|wanted|feel like|felt like|wish|wished|could)\b"
    r"(?! (?:a|an|some|more|nobody|no one|everyone|everybody|people|nothing|the world) )|"
    r"\bi (?:think|thought),|\b(?:get|got|have|had) (?:them|those|it)\W*$|"
    r"\bwhat's the point\b|\bif i (?:wasn't|weren't|was not|were not|was gone|died|just "
    r"disappeared|disappeared|wasn't here)\b|\bi(?:'d| would) (?:rather|sooner)\b|\bbetter off\b|"
    r"\bi(?: still)? (?:am|do|did|have|was|had|would|might)\W*$"
)


_WORD = re.compile(r"[a-z]{4,}")
#: words of any risk question, and of time: not what a question names
_COMMON = frozenset(
    [
        "about",
        "after",
        "again",
        "also",
        "been",
        "being",
        "could",
        "does",
        "doing",
        "done",
        "from",
        "have",
        "just",
        "like",
        "more",
        "most",
        "much",
        "only",
        "really",
        "some",
        "still",
        "that",
        "them",
        "then",
        "there",
        "they",
        "this",
        "those",
        "what",
        "when",
        "with",
        "would",
        "your",
        "yours",
        "myself",
        "yourself",
        "lately",
        "recently",
        "ever",
        "often",
        "sometimes",
        "anyone",
        "anybody",
        "someone",
        "somebody",
        "anything",
        "something",
        "thoughts",
        "thought",
        "think",
        "thinking",
        "ending",
        "life",
        "hurt",
        "hurting",
        "hurts",
        "harm",
        "harming",
        "urges",
        "urge",
        "purpose",
        "feel",
        "feeling",
        "felt",
        "week",
        "weeks",
        "month",
        "since",
        "last",
        "home",
        "house",
        "else",
        "people",
        "taking",
        "take",
        "took",
    ]
)


def _of_the_question(low: str, question: str) -> bool:
    """The answer names a word the question named ("... with the patches or the medicine?" "I
    have thought about the patches."): it speaks of what was asked."""
    asked = set(_WORD.findall(question)) - _COMMON
    return any(w in asked for w in _WORD.findall(low))


def other_matter(low: str, question: str = "") -> str | None:
    """For an answer that begins as a yes: "no" where it ends in a no, "other" where it goes on
    about something else (nothing of the question `question` named in it), None where the yes
    stands."""
    if _ENDS_IN_NO.search(low) and not low.startswith(YES_AND_NO):
        return "no"
    if (
        (_OWN_CLAUSE.match(low) or _OWN_VERB.match(low))
        and not _AUX_YES.match(low)
        and not _OF_IT.search(low)
        and not _of_the_question(low, question)
    ):
        return "other"
    return None


#: an answer that opens with a word and a yes: "Tense, yeah, over money."
_WORD_THEN_YES = re.compile(r"^(?P<word>[a-z'-]+(?: [a-z'-]+)?),? (?:yeah|yes|aye|yep|yup)\b")


def agrees_to_aside(low: str, question: str, aside: str) -> bool:
    """Whether the answer's yes agrees with what the asker said after the question, not with the
    question: "Any thoughts of hurting anyone? You mentioned things are tense with your wife."
    "Tense, yeah, over money. But I'd never hurt a hair on her head." """
    m = _WORD_THEN_YES.match(low)
    if not m:
        return False
    said = re.compile(rf"\b{re.escape(m.group('word'))}\b")
    return bool(said.search(aside)) and not said.search(question)
