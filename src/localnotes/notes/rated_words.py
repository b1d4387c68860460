"""What a self-rating rates: the feelings and symptoms a prompt names (`rated_feelings`), a noun
it names otherwise ("rate your loneliness", "how lonely", "And the dissociation, zero to ten?"),
and a rated word misheard by a letter ("cradings")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from localnotes.notes.rated_adjectives import HOW_ADJECTIVE as _HOW_ADJECTIVE
from localnotes.notes.rated_adjectives import NAMED_LAST, PHRASE_LAST, part_of_body_feels
from localnotes.notes.rated_adjectives import NOUN_OF as _NOUN_OF
from localnotes.notes.rated_adjectives import noun_of_adjective as _noun_of_adjective
from localnotes.notes.rated_feelings import rated
from localnotes.notes.rated_heard import rated_misheard
from localnotes.notes.sentences import Sentence


def noun_of(word: str) -> str | None:
    """What a feeling's adjective rates ("safe": safety), or a rated word's thing."""
    return _NOUN_OF.get(word.lower()) or rated(word)


#: what a value is given "for", said right after it: "a three for safe", "a nine for frustration"
#: (not "a three for me" nor "a five for the week")
_FOR_WHAT = re.compile(
    r"\s+for\s+([a-z]+)(?=\s*(?:[.,;!?]|$|(?:today|now|at home|this week)\b))", re.I
)
#: a feeling's noun by its ending, where no list names it: "frustration", "tiredness"
_ABSTRACT = re.compile(r"[a-z]{3,}(?:tion|sion|ness|iety|ity|ment|ance|ence)", re.I)


def rated_for(after: str) -> str | None:
    """What the value before `after` is given for: a feeling's adjective or a rated word
    ("a three for safe" is safety), or a feeling's noun as said ("a nine for frustration")."""
    m = _FOR_WHAT.match(after)
    if m is None:
        return None
    word = m.group(1)
    return noun_of(word) or (word.lower() if _ABSTRACT.fullmatch(word) else None)


#: how a prompt names what it rates when it is none of RATED: "rate your loneliness", "put a
#: number on the homesickness", "how strong are the urges", "how lonely"
_NAMED_AFTER = re.compile(
    r"\b(?:rated?|number (?:on|for|to)|score|rating (?:for|of)) (?:your|the|my|his|her|their|"
    r"how (?:your|the)) (?:(\w+) )?"
    # "rate your memory yourself": memory, not "yourself"
    # (nor a word after it: "rate the closeness between you", "rate your tiredness most days")
    # (nor whom it is felt for: "rate the bitterness toward your brother")
    r"(?!(?:day|week|today|now|right|it|that|this|between|with|among|most|toward|towards|about|"
    r"against|over|from|\w+sel(?:f|ves))\b)"
    r"([a-z]{4,})\b|"
    # (or has been: "how bad has the paranoia been")
    r"\bhow (?:strong|bad|intense|high|big|loud|often|hard|heavy|severe) (?:are|is|were|was|has|"
    r"have) "
    r"(?:the|your) "
    # a state named with a word before it: "how bad is the morning stiffness" is stiffness
    r"(?:[a-z]+ (?=[a-z]{3,}(?:ness|ity|ment|tion|sion)\b))?([a-z]{4,})\b|"
    # "If you rate homesickness, zero to ten", "What is your discomfort, zero to ten?"
    # (the feeling after "sense of": "What's your sense of safety here, in percent?")
    r"\b(?:rate|what(?:'s| is| was)(?: your| the))(?: (?:sense|level|feeling) of(?: the| your)?)?"
    r" ((?<=\bof )[a-z]{4,}|[a-z]{5,})\b|"
    # "How much embarrassment do you feel about it?": the feeling felt
    r"\bhow much ([a-z]{4,}) (?:do|did|would|are|were) you "
    r"(?:usually |normally |generally |really |still )?(?:feel|have|carry|get|feeling)\b|"
    # the number asked for by what it rates: "Give me a fear number"
    r"\b(?:give|tell) (?:me|us) (?:an?|the|your) ([a-z]{4,}) (?:number|rating|score)\b|"
    # a percentage given to it: "If you gave your tiredness a percentage?"
    r"\b(?:give|gave|put) (?:your|the) ([a-z]{4,}) (?:a|as a|in) percent",
    re.I,
)
#: the head of a two-word thing rated, ending its phrase: "how hard is the traffic noise on you"
_HEAD_AFTER = re.compile(
    r" ([a-z]{4,})(?<!ly)(?<!ing)(?<!ed)(?=\s*(?:[,?.;]|$)|\s+(?:on|at|in|for|to|today|now|"
    r"right|this|these|lately|when|while|with|from)\b)",
    re.I,
)
_NOT_HEAD = frozenset({"been", "feel", "feels", "like", "today", "right", "this", "that",
                       "these", "there", "here", "then", "when", "while", "with", "from",
                       "now"})  # fmt: skip
#: a plural rated with the word before it that says which: "how big are the bad thoughts today?"
_HOW_BIG_ARE_THE = re.compile(
    r"\bhow (?:strong|bad|intense|high|big|loud|often|frequent) (?:are|were) (?:the|your) "
    r"([a-z]{3,}) ([a-z]{3,}[^s\W]s)\b"
    r"(?=\s*(?:today|now|right now|this week|lately)?\s*(?:[,?.;]|$))",
    re.I,
)
#: a feeling asked about by its adjective, what it is about after it: "How safe do you feel at
#: work?", "How worried are you about chest pain?"; or a noun after it: "how heavy the grief
#: feels"
_HOW_YOU = re.compile(
    r"\bhow (\w+(?:-\w+)?) (?:do|did|are|were|would|have|will) you(?: (?!about\b)\w+)?"
    r"(?: about (?:the |your )?((?!it\b|that\b|this\b|him\b|her\b|them\b|an?\b)[a-z]+(?!ing\b)"
    r"(?: (?!zero\b|from\b|on\b|at\b|now\b|today\b|right\b|this\b)[a-z]+)?))?",
    re.I,
)
#: what a worry or a fear is about that names it: "chest pain worry", not "money worry"
_SYMPTOM = re.compile(
    r"\b(?:pain|symptoms?|attacks?|panic|flashbacks?|nightmares?|voices|cravings?|urges?|"
    r"seizures?|relapse)$"
)
_HOW_THE_NOUN = re.compile(
    r"\bhow (?:heavy|strong|bad|intense|big|loud|high) "
    # "how bad does the restlessness feel to you"
    r"(?:(?:does|do|did) (?:the|your) ([a-z]{4,}) (?:feel|get|seem)|"
    r"(?:the|your) ([a-z]{4,}) (?:feels?|is|are|was|were|gets?))\b",
    re.I,
)
#: a strength asked of a feeling named only after the question: "how strong is that feeling
#: that he's against you, the paranoia?", "how bad has it been, the anxiety?"
_HOW_STRONG = re.compile(r"\bhow (?:strong|bad|intense|big|heavy|severe)\b", re.I)
_NOT_RATED = frozenset({"about", "today", "week", "things", "life", "number", "scale", "zero",
                        "exactly", "really", "much", "many", "strongly", "badly", "deeply",
                        # the scale's own words: "From zero to ten, how ..."
                        "from", "with", "between", "then", "okay", "right", "well",
                        # when, not what: "zero to ten, on the worst day"
                        "worst", "best", "average", "typical"})  # fmt: skip


#: words before a rated noun that do not say which: "rate your current cravings"
_NOT_WHICH = frozenset({"current", "overall", "general", "usual", "own", "level", "average"})


#: a prompt said as a phrase: "And the dissociation, zero to ten?", "Energy, 0 to 10."
_PHRASE_PROMPT = re.compile(
    r"^\W*(?:and |so |now |okay,? )?(?:the |your |his |her )?([a-z]{4,})(?: level)?"
    # "Pain today, zero to 10.", "Confidence in the knee, zero to 10."
    r"(?: (?:today|now|right now|this week|tonight))?(?: (?:in|of|for|about) (?:the|your|my) "
    r"[a-z]+)?,? "
    r"(?:on a scale (?:of|from) )?(?:(?:zero|nought|0|one|1) (?:to|through) |[01]-)"
    r"(?:ten|10|a hundred|100)\b|"
    # the thing with "the" before its top: "And the tiredness, out of ten?"
    r"^\W*(?:and |so |now |okay,? )?(?:the|your|his|her) ([a-z]{4,}),? out of (?:ten|10|a hundred|"
    # (and when: "And the dysphoria, out of ten, this week?")
    r"100)(?:,? (?:this week|today|now|right now|tonight|these days|lately))?\W*$",
    re.I,
)


#: what a prompt rates, said after its scale or as the scale's end: "zero to ten for worry",
#: "If ten is full of hope and zero is none", "On the irritability, zero being calm"
_SCALE_FOR = re.compile(
    r"\b(?:(?:zero|nought|0|one|1) (?:to|through) |[01]-|out of )(?:ten|10|a hundred|100),? "
    r"(?:for|on) "
    r"(?:your |the )?([a-z]{4,})\b|"
    r"\bif (?:zero|nought|ten|0|10|a hundred|100) (?:is|means|was) (?:full of|no|complete|total|"
    r"maximum) ([a-z]{4,})\b|"
    r"^\W*(?:and |so |now )?(?:on|for) (?:the|your) ([a-z]{4,}),|"
    # "if school today was out of ten": the thing given a mark
    r"\bif (?:the |your |his |her )?([a-z]{4,})(?: today| this week| now)? (?:was|were|is) "
    r"(?:marked |scored )?out of (?:ten|10|a hundred|100)\b|"
    # the scale first, then the thing alone: "From zero to ten, the stiffness today?"
    r"^\W*(?:and |so |now )?(?:from |on )?(?:zero|nought|0|one|1) (?:to|through) (?:ten|10|"
    r"a hundred|100),? (?:the|your) ([a-z]{4,})(?: today| now| right now| this week| tonight)?"
    r"\W*$",
    re.I,
)
#: "How's the itch, zero to ten?", "How is your breathing today?"
_HOW_IS_THE = re.compile(
    r"\bhow(?:'s| is| are) (?:the|your) ([a-z]{4,})"
    # the thing itself, not a word before another: "How is the carving class"
    r"(?=\s*(?:[,?.;]|$|today|now|right now|this week|lately|at night|these days)\b|[,?.;]|$"
    # or where it is felt: "how's your safety at the camp right now?"
    r"|\s+(?:at|in) (?:the|your|home|work|school)\b)",
    re.I,
)
#: the ending of a noun of a state, what a rating may rate: "breathlessness", "irritability"
_STATE_NOUN = r"(?:ness|ity|ment|tion|sion|iety)"
#: a prompt said as a noun phrase with a few words after it: "Breathlessness walking up the
#: stairs, zero to ten?"
_NOUN_PHRASE_PROMPT = re.compile(
    rf"^\W*(?:and |so |now )?(?:the |your )?([a-z]{{5,}}{_STATE_NOUN})"
    r"(?: [a-z']+){0,5},? (?:on a scale (?:of|from) )?"
    r"(?:(?:zero|nought|0|one|1) (?:to|through) |[01]-)"
    r"(?:ten|10|a hundred|100)\b",
    re.I,
)


def scale_for(text: str) -> str | None:
    """What a prompt rates, named with its scale: "zero to ten for worry" is worry."""
    m = _SCALE_FOR.search(text) or _NOUN_PHRASE_PROMPT.match(text)
    if not m:
        return None
    word = next(g for g in m.groups() if g).lower()
    if (
        m.re is _SCALE_FOR
        and m.group(3)
        and not (rated(word) or re.search(_STATE_NOUN + "$", word))
    ):
        return None  # "On the phone, how numb": a place, not what is rated
    return None if word in _NOT_RATED else rated(word) or word


def phrase_prompt(text: str) -> str | None:
    """What a prompt said as a phrase rates: "And the dissociation, zero to ten?"."""
    m = _PHRASE_PROMPT.match(text) or PHRASE_LAST.search(text)
    word = next(g for g in m.groups() if g).lower() if m else None
    return word if word and word not in _NOT_RATED else None


def named_thing(text: str) -> str | None:
    """What a prompt rates when it is none of RATED's words: the noun it names, as said, or
    the noun of the adjective it asks about ("how lonely" is loneliness)."""
    phrase = phrase_prompt(text)
    if phrase:
        return rated_misheard(phrase) or phrase
    pair = _HOW_BIG_ARE_THE.search(text)
    if pair:  # "How big are the bad thoughts today?": the two words say which
        return f"{pair.group(1)} {pair.group(2)}".lower()
    m = _NAMED_AFTER.search(text)
    if m:
        word = next(g for g in m.groups()[1:] if g).lower()
        head = _HEAD_AFTER.match(text, m.end()) if m.group(3) else None
        if head and head.group(1).lower() not in _NOT_HEAD:  # "the traffic noise": the noise
            word = head.group(1).lower()
        # a plural kept with the word before it that says which: "the hot flashes"
        before = (m.group(1) or "").lower()
        if (
            word.endswith("s")
            and not word.endswith("ss")
            and before
            and before not in _NOT_RATED | _NOT_WHICH
        ):
            return f"{before} {word}"
        if word not in _NOT_RATED:
            misheard = rated_misheard(word)  # "how strong are the cradings"
            if misheard:
                return misheard
            return word  # as said: "voices" (a label "voice rating" still finds it)
    how = _HOW_IS_THE.search(text)
    if how and how.group(1).lower() not in _NOT_RATED:
        return rated_misheard(how.group(1)) or how.group(1).lower()
    left = _ANY_OF_THE.search(text)
    if left and left.group(1).lower() not in _NOT_RATED:  # "Any of the paranoia left?"
        return left.group(1).lower()
    feeling = _FEELING_WITH_SCALE.search(text)
    if feeling and not _HOW_ADJECTIVE.search(text):  # as said, with its noun: "feeling safe"
        adj = next(g for g in feeling.groups() if g).lower()
        noun = _noun_of_adjective(adj)
        return f"feeling {adj} ({noun})" if noun else f"feeling {adj}"
    a = _HOW_ADJECTIVE.search(text)
    if a:
        adj = next(g for g in a.groups() if g).lower()
        if _noun_of_adjective(adj):
            return _noun_of_adjective(adj)
        if adj not in _NOT_RATED and (adj.endswith("ly") or (adj.endswith("y") and len(adj) > 4)):
            return adj[:-1] + "iness"  # lonely -> loneliness, anxiety-free words only
    return None


#: a question whether some of a symptom is still there: "Any of the paranoia left?", "How much
#: of the dizziness is still around?" (asked before a scale said alone: "Out of ten?")
_ANY_OF_THE = re.compile(
    r"^\W*(?:and |so )?(?:any|how much) (?:of )?(?:the|your) ([a-z]{4,})"
    r"(?: (?:is |are )?(?:left|still|around|there|now|today|lately|these days))*\s*\?\s*$",
    re.I,
)
#: a feeling's adjective said as a phrase beside the scale: "Zero to ten, feeling safe at home,
#: where are you?", "Feeling hopeful today, out of ten?"
_FEELING_WITH_SCALE = re.compile(
    r"(?:\b(?:zero|nought|0|one|1) to (?:ten|10)|\bout of (?:ten|10)),\s+(?:and\s+)?feeling "
    r"([a-z]{3,})\b|^\W*(?:and\s+)?feeling ([a-z]{3,})\b[^?.]{0,30},\s+(?:(?:zero|nought|0|one|1)"
    r" to|out of) (?:ten|10)\b",
    re.I,
)
#: how near one came to losing something: "how close to losing your temper have you been",
#: "How close did you come to losing control?"
_HOW_CLOSE_TO = re.compile(
    r"\bhow close (?:(?:are|were|have|had|did|do) you (?:been |come |came |got |gotten |get )?)?"
    r"to (?:losing|blowing|snapping|breaking) (?:your |the |my )?([a-z]{4,})\b",
    re.I,
)


#: a rating asked as how much a thing bothers: "how much do the tics bother you this month?"
_BOTHERS_YOU = re.compile(
    r"\bhow much (?:do|does|did) (?:the|your|those|these|his|her) ([a-z]{3,}) "
    r"(bother|trouble|upset|worry|bug)s? (?:you|him|her|them)\b",
    re.I,
)


def asked_about(text: str) -> str | None:
    """What a rating prompt asks about: the feeling its adjective names ("How safe do you feel?"
    is safety, also where a rated word follows: "how brave about a sleepover"), with what it is
    about ("How worried are you about chest pain?" is chest pain worry), the noun of "how heavy
    the grief feels"; else the rated word or thing it names."""
    said_with_scale = scale_for(text)
    if said_with_scale:
        return said_with_scale
    part = part_of_body_feels(text)
    if part:  # "how heavy is your heart": its heaviness
        return part
    bothers = _BOTHERS_YOU.search(text)
    if bothers:  # "how much do the tics bother you": the tics, as they bother
        word = bothers.group(1).lower()
        return rated(word) or f"{word} {bothers.group(2).lower()}"
    last = NAMED_LAST.search(text)
    # "how connected ..., your bonding this week?", "how strong is that feeling ..., the paranoia?"
    if last and (_HOW_ADJECTIVE.search(text) or _HOW_STRONG.search(text)):
        return rated(last.group(1)) or last.group(1).lower()
    near = _HOW_CLOSE_TO.search(text)
    if near:  # "how close to losing your temper": the temper, not closeness to someone
        return rated(near.group(1)) or near.group(1).lower()
    m = _HOW_YOU.search(text)
    noun = _noun_of_adjective(m.group(1).lower()) if m else None
    adj = m.group(1).lower() if m else ""
    if m and noun:
        about = (m.group(2) or "").lower()
        if _SYMPTOM.search(about):
            return f"{about} {noun}"
        # a word of another stem than its noun's is kept as asked, the noun beside it: "how
        # frightened" is "frightened (fear)", "how nervous" "nervous (anxiety)" (not "how angry")
        return f"{adj} ({noun})" if noun[:3] != adj[:3] and "(" not in noun else noun
    the = _HOW_THE_NOUN.search(text)
    noun = (the.group(1) or the.group(2)).lower() if the else ""
    if noun and noun not in _NOT_RATED:
        return rated(noun) or noun
    much = _HOW_MUCH_NOUN.search(text)
    if much and not rated_first(text) and much.group(1).lower() not in _NOT_RATED | _NOT_MUCH:
        return much.group(1).lower()  # "how much tension are you carrying?"
    return rated_first(text) or named_thing(text)


#: a noun asked of by how much there is of it: "how much tension has he had this week?"
_HOW_MUCH_NOUN = re.compile(
    r"\bhow much ([a-z]{4,})(?: (?:are|is|were|was|have|has|had|do|does|did) "
    r"(?:you|he|she|they|we|i)\b|"
    # (or asked by the noun alone, the scale said before: "Most days, 0-10, how much frustration?")
    r"(?=\s*\?))",
    re.I,
)
_NOT_MUCH = frozenset({"more", "less", "longer", "shorter", "better", "worse", "time", "money",
                       "weight", "further", "else", "sooner"})  # fmt: skip


def in_answer(text: str) -> str | None:
    """What a further value in an answer rates: a rated word, or a state named with "the" ("And
    the tiredness is worse, an eight" is tiredness, as fatigue: the name of its adjective)."""
    said = rated(text)
    # (or said bare: "And tiredness is worse, a seven")
    m = re.search(r"\b(?:and|but) (?:(?:the|my) )?([a-z]{3,}ness)\b", text, re.I)
    if said or not m:
        return said
    word = m.group(1).lower()
    noun = _NOUN_OF.get(re.sub(r"iness$", "y", word).removesuffix("ness"), "")
    return noun if noun.startswith(word) else word


def rated_first(text: str) -> str | None:
    """The rated word a sentence rates by name, before any other it holds: "I rate my sleep most
    nights on the mood chart" is sleep."""
    rate = _NAMED_AFTER.search(text)
    for word in (rate.group(1), rate.group(2)) if rate else ():
        if word and rated(word):
            return rated(word)
    return rated(text)


def said_before(sentences: Sequence[Sentence], k: int, asked: bool = False) -> Sentence | None:
    """The sentence a few before k that names what is rated ("The pain is bad this week." ...
    "If you rate it from zero to 10?"); with `asked`, a question naming it first ("How's the
    mood?" "Low." "I'd give it a three out of ten.")."""
    before = [sentences[i] for i in range(k - 1, max(-1, k - 7), -1)]
    questions = (b for b in before if asked and b.is_question and rated(b.text))
    return next(questions, None) or next((b for b in before if rated_or_misheard(b.text)), None)


def rated_or_misheard(text: str) -> str | None:
    """What a sentence names as rated, also misheard by a letter ("you rated cradings")."""
    return rated(text) or rated_misheard(text)


def rated_or_asked(s: Sentence) -> str | None:
    """What a sentence names as rated, or, a question, what it asks to rate ("How strong is the
    longing for him, zero to ten?" is longing)."""
    return rated(s.text) or (asked_about(s.text) if s.is_question else None)
