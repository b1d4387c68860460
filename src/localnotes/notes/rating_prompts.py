"""How a self-rating is asked for: a scale set up ("zero to ten", "if ten is the loudest"), a
number asked for with no scale said ("Give me a number for the pain", "What were you at back
then?"), the scale alone said after a question ("Zero to ten."), and a next feeling asked about
right after a rating ("And pain today, in your hip?")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from localnotes.notes.numbers import find_numbers
from localnotes.notes.rated_feelings import RATED, rated
from localnotes.notes.rated_words import asked_about
from localnotes.notes.sentences import Sentence

SCALE_SET_UP = re.compile(
    # ("nought to ten" heard as "not a ten" after "scale of")
    r"scale (?:of|from) (?:(?:zero|nought|not|one|0|1) to|not a) (?:ten|10|a hundred|100)|"
    # (Scots "out o' ten"; not a form's maximum: "Out of a hundred and forty-four.")
    r"out o(?:f|') (?:ten|10|100|a hundred)(?! and (?:[a-z]+-)?(?:[a-z]+teen|[a-z]+ty|one|two|three"
    r"|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)|"
    # the scale by its top: "on a scale of ten, that's a seven"
    r"\bon a scale of (?:ten|10|100|a hundred)\b|"
    # the scale of the rating before: "And the fatigue, same scale?"
    r"\b(?:the )?same (?:scale|numbers|zero to ten|0 to 10)\b|"
    # ("not" as speech recognition hears "nought": "not to ten")
    # (and "on nought to ten" heard as "on out to 10")
    r"(?:(?:zero|nought|0|one|1) (?:to|through) |[01]-|(?<!\bor )(?<!\bi'd prefer )\bnot to |"
    r"(?<=\bon )out to |(?<=, )(?:not the|much to|month to) (?=(?:ten|10)\b\s*[,.?]))"
    r"(?:ten|10|100|a hundred|one hundred)\b|"
    # a diary card's scale, zero to five, said set off as a scale: "Self-harm urge, nought to
    # five, highest this week?" (not a count: "zero to five drinks")
    r"\b(?:zero|nought|0) to (?:five|5)(?=\s*[,.?;]|$)|"
    # the scale told by its ends: "if zero was none and 10 is the strongest"
    r"\b(?:zero|nought|0)\b,? (?:is|was|being|means|=)[^.?!]{1,40}?\b(?:ten|10|100|a hundred),? "
    # (its verb left out at the top: "If nought is no pain and ten the worst")
    r"(?:is|was|being|means|=|the \w+est|the (?:worst|best|most))\b|"
    # "zero not at all and ten the loneliest", "from zero, no worry, to ten, the biggest worry"
    r"\b(?:zero|nought|0)\b,? (?:not at all|none|nothing|no [a-z]+|the \w+est|the (?:best|worst))\b"
    r"[^.?!]{0,40}?"
    r"\b(?:ten|10|100|a hundred),? (?:the \w+est|the (?:best|worst|most)|very|extremely)\b|"
    # one end told, as a condition: "If ten is as loud as they've ever been, how loud ..."
    r"\bif (?:ten|10|a hundred|100) (?:is|was|were|means) (?:the (?:worst|best|most|\w+est)|"
    # (or its top told as the best of the thing: "if ten is great sleep")
    r"as \w+ as|completely|totally|extremely|unbearable|full of|(?:great|perfect|excellent|"
    r"brilliant|amazing)(?=,? [a-z]+\s*[,.?]))\b|"
    # the top told as a thing rated on it: "If the party is a ten on the courage scale, and zero
    # is no way"
    r"\b(?:ten|10|a hundred|100) on the (?:[\w-]+ ){0,2}scale,? and (?:zero|nought|0) is\b|"
    # the top end first: "If ten is full of hope and zero is none"
    r"\b(?:ten|10|a hundred|100),? (?:is|was|being|means)\b[^.?!]{1,40}?\b(?:zero|nought|0)\b,? "
    r"(?:is|was|being|means|none|nothing)\b|"
    # the scale as a percentage, asked on its own after the question ("How much shame are you
    # feeling right now?" "As a percentage?")
    r"^\W*(?:and )?(?:as|in) (?:a )?per ?cent(?:age)?\s*\?\s*$",
    re.I,
)
#: the scale asked for as a percentage at a question's end, its comma as speech recognition
#: leaves it out and "in" as it hears it: ", in percent?", " as a percentage?", " and percent?"
_AS_PERCENT = (
    r"(?:,\s*|\s+)(?:(?:as|in|and(?= per ?cent\s*\?)) (?:a )?|"
    # (or as a condition: "How frightened are you at home, if you give me a percentage?")
    r"if you (?:give|gave|put) (?:me|us|it) (?:a |as a |in )?)per ?cent(?:age)?\s*\?"
)
#: what a rating rates, for a prompt that asks where it is now
_FELT = "|".join(f"(?:{pattern})" for _, pattern in RATED)
#: a prompt for a number that needs no scale said: a question or an order
ASKS_FOR_A_NUMBER = re.compile(
    r"\bhow (?:would|do|did|will) you (?:rate|score)\b|\brate (?:your|my|it|that|the|this|how)\b|"
    # (with what it rates before it: "give me a distress number")
    r"\b(?:give|tell) (?:me|us) (?:an?|the|your) (?:[a-z]+ )?(?:number|rating|score)\b|"
    r"\b(?:put|pick|choose) a number\b|\b(?:give|put) (?:it|that|them) a number\b|"
    r"\bwhat number (?:would|did|do|will) you (?:give|put|say|rate|pick|choose)\b|"
    r"\bwhat number (?:is|was|would be) (?:it|that)\b|\bwhere would you put\b|"
    r"\bwhat would you (?:give|rate|score)\b|\bwhat (?:rating|score) would you\b|"
    r"\bput a number (?:on|to)\b|\b(?:where|what)(?:'s| is) (?:the|your|that) number\b|"
    r"\bwhat(?:'s| is) (?:the|your) (?:rating|score) (?:now|today|at)\b|"
    # (a feeling, or the number or the scale where it is, "Where's your thermometer now?", not a
    # thing kept somewhere: "Where's the blade now?")
    r"\bwhere(?: are| is|'s) (?:the|your) "
    r"(?=(?:number|level|score|rating|reading|thermometer|scale|chart|meter|dial)\b|"
    + _FELT
    + r")\w+(?: at)? (?:now|today|at the moment|right now)\b|"
    # the level asked for: "What were you at back then?", "Where are you at today?"
    # a belief asked for as a percentage: "How much do you believe that now, as a percentage?"
    r"\bhow much do you (?:believe|trust)\b[^.?!]{0,60}\b(?:as|in) (?:a )?percent(?:age)?\s*\?|"
    r"\b(?:what|where) (?:are|were|was|is) (?:you|it|they) at"
    r"(?: (?:now|today|this week|back then|then|the start|first))?\s*\?|"
    # a belief or a feeling asked for as a percentage: "how certain are you, as a percentage?"
    r"\bhow (?!much\b|many\b|often\b|long\b)\w+ (?:are|were|is|was|do|did) (?:you|it|they)\b"
    r"[^.?!]{0,60}?" + _AS_PERCENT + r"|"
    # how strong a feeling or an urge is, or how much of it, asked for as a percentage: "How
    # strong is the urge to drink, in percent?", "How much shame do you feel, as a percentage?"
    # (not a share of something counted: "How much of your pay goes on rent, as a percentage?")
    # (or what causes it: "How much fear do the dogs give you, as a percentage?")
    # (not "How much did the price go up, in percent?": a feeling named before "the")
    r"\b(?:how much (?!money\b|time\b|cash\b|income\b)(?:(?:[a-z]+ )?(?:do|did) you|"
    r"(?!do\b|does\b|did\b)[a-z]+ (?:do|does|did) the [a-z]+)|how (?:strong|bad|intense) "
    r"(?:is|was|are|were) (?:the|your|that|this|it)\b)"
    r"[^.?!]{0,60}?" + _AS_PERCENT + r"|"
    # a feeling asked about with no verb before "you": "If you had to say how calm you feel, as a
    # percentage?"
    r"\bhow (?!much\b|many\b|often\b|long\b|far\b|old\b)\w+ (?:you|they) (?:feel|felt|are|were)\b"
    r"[^.?!]{0,40}?" + _AS_PERCENT + r"|"
    # the scale first: "As a percentage, how tired are you today?"
    r"^\W*(?:and |so )?(?:as|in) (?:a )?percent(?:age)?,\s*how (?!much\b|many\b|often\b|long\b|"
    r"far\b|old\b)\w+ (?:are|were|is|was|do|did) (?:you|it|they)\b|"
    # a feeling given a percentage: "If you gave your tiredness a percentage?", "Put your worry
    # about her as a percentage" (not a share of a thing: "give the kids a percentage of it")
    r"\b(?:give|gave|put|giving|putting) (?:your|the) [a-z]+(?: [a-z]+){0,3}? (?:a|as a|in) "
    r"percent(?:age)?\b(?! of\b)|"
    # "Give me a percentage for your confidence."
    r"\b(?:give|tell) (?:me|us) a percentage (?:for|on) (?:your|the)\b|"
    # a feeling put as a percentage, or named first: "How would you put your bond with him, as a
    # percentage?", "And your worry right now, before the exam, as a percentage?"
    r"\bhow would you put (?:your|the)\b[^.?!]{0,60}?" + _AS_PERCENT + r"|"
    r"^\W*(?:and |so |now,? )?(?:your|the) (?:own )?(?="
    + _FELT
    + r")[^.?!]{0,60}?"
    + _AS_PERCENT
    + r"|"
    # the client's own number for a feeling: "And your own number for performance anxiety?"
    r"\b(?:your|the) (?:own )?(?:number|rating|score) for (?:the |your )?(?=" + _FELT + r")|"
    # a feeling named right after "how much" or "your sense of", asked for as a percentage, with
    # no verb of feeling: "How much guilt this week, in percent?", "How much dread is there, as a
    # percentage?", "What's your sense of calm at home, as a percentage?" (a feeling's noun, not a
    # share of a thing: "How much tax is there, as a percentage?")
    r"\b(?:how much|what(?:'s| is) (?:your|the) (?:sense|level|feeling) of) (?:the |your )?"
    r"(?:anxiety|nervousness|sadness|depression|stress|dread|distress|upset|panic|irritability|"
    r"anger|frustration|hopelessness|hope|confidence|worry|fear|loneliness|guilt|shame|grief|"
    r"embarrassment|exhaustion|restlessness|pain|safety|calm|calmness|tension|sorrow|despair|"
    r"jealousy|resentment)\b"
    r"[^.?!]{0,60}?" + _AS_PERCENT,
    re.I,
)
#: a sentence that is only the scale, said after the question ("Zero to ten.", "0 to 100?")
ONLY_SCALE = re.compile(
    # ("On zero to ten." as speech recognition may glue it: "Unzero to ten.")
    r"^\W*(?:on a scale (?:of|from) |(?:on|un) ?)?(?:(?:zero|nought|0|one|1) (?:to|through) |[01]-|"
    r"out o(?:f|') )(?:ten|10|a hundred|one hundred|100)(?:,? (?:for )?(?:the|your) [a-z]+)?\W*$|"
    # the scale as a percentage, asked on its own after the question ("How much shame are you
    # feeling right now?" "As a percentage?")
    r"^\W*(?:and )?(?:as|in) (?:a )?per ?cent(?:age)?\s*\?\s*$",
    re.I,
)
#: the same rating asked for again, for another time or place: "And this week?", "And during
#: sex?", "Before this?", "What about at night?"
ASKED_AGAIN = re.compile(
    r"^\W*(?:(?:and|but|or|so) )?(?:(?:what|how) about )?(?:during|at|in|on|before|after|when|"
    r"with|since|this|last|today|now|tonight|yesterday|lately|usually|normally|these days)\b"
    r"(?: [\w']+){0,3}\W*$",
    re.I,
)
#: a feeling asked about next, right after a rating: "And pain?", "What about the sleep?"
AND_THE_NEXT = re.compile(
    # (a word before it that says which: "And suicidal urges?")
    r"^\W*(?:(?:and|what about|how about) (?:the |your )?"
    r"(?:[a-z-]+ (?=(?:urges?|cravings?|thoughts?)\b))?[a-z]+|"
    # the feeling with its time, no "and": "Shame afterwards?", "Guilt after that?"
    r"(?:the |your )?[a-z]+ (?:afterwards|after that|after|later|then))"
    # "And pain today, in your hip?", "And the shame afterwards?"
    r"(?: (?:today|now|this week|tonight|afterwards|after that|later|then))?"
    r"(?:,? in (?:your|the) [a-z]+)?"
    # what it is about: "And the belief, that you'll run out of air?"; when: "And the anger now,
    # talking about it?", "And the anxiety if you imagine it with notes?"
    r"(?:,\s*(?:that|about)\b[^?.]{1,60}|,?\s*(?:talking|thinking) about\b[^?.]{1,60}|"
    # (or "And the guilt after you eat?")
    r"\s+(?:if|when|after|before) you\b[^?.]{1,60})?\W*$",
    re.I,
)
#: a rating prompt announced for what comes next: "I'll ask you for your distress out of a hundred
#: as we go", "I'm going to ask for a number every few minutes"
ANNOUNCED = re.compile(
    r"\b(?:i'll|i will|i'm going to|i am going to|we'll|let me) (?:keep )?ask(?:ing)? "
    r"(?:you )?(?:for|about)\b",
    re.I,
)
#: the level asked for again during an exposure: "Where are you now?", "Where are you at?"
WHERE_NOW = re.compile(
    r"^\W*(?:(?:and|okay|so),?\s+)?(?:where (?:are you|is it)(?: at)?|"
    # "What's happening to the number?", "What's the number doing?"
    r"what(?:'s| is) (?:happening (?:to|with) (?:the|your) number|(?:the|your) number doing))"
    r"(?: now| right now| at the moment)?\s*\?\s*$",
    re.I,
)


def scale_alone(text: str) -> bool:
    """A sentence that is only the scale, said after the question: "Zero to ten.", or told by
    its ends, its only numbers those of the scale ("Zero is calm and ten is the biggest.")."""
    if ONLY_SCALE.match(text):
        return True
    told = SCALE_SET_UP.search(text)
    if told is None or text.rstrip().endswith("?"):
        return False
    return all(told.start() <= n.start < told.end() for n in find_numbers(text))


#: the scale and when, asked right after an order to rate: "Zero to ten, this week?"
_SCALE_AND_WHEN = re.compile(
    r"^\W*(?:(?:zero|nought|0|one|1) to (?:ten|10|a hundred|100)|out of (?:ten|10|a hundred|100)),?"
    r"\s+(?:this week|today|now|right now|tonight|lately|these days)\W*$",
    re.I,
)


def scale_after_prompt(sentences: Sequence[Sentence], k: int) -> bool:
    """Sentence k is only the scale, said right after a question ("How safe do you feel?" "Zero
    to ten."), or, with when, right after an order to rate in the same turn ("You said you'd rate
    your jealousy. Zero to ten, this week?"): what that sentence names is what is rated."""
    if k == 0:
        return False
    q, before = sentences[k], sentences[k - 1]
    if before.is_question:
        return scale_alone(q.text)
    return bool(
        before.segment == q.segment
        and ASKS_FOR_A_NUMBER.search(before.text)
        and (scale_alone(q.text) or _SCALE_AND_WHEN.match(q.text))
    )


_WHERE_ON_IT = re.compile(
    r"\W*(?:and |so )?(?:where (?:are|were|would|do|is) (?:you|it)\b|which (?:one|face|number)\b|"
    r"what number\b)",
    re.I,
)


def asked_next(sentences: Sequence[Sentence], k: int) -> bool:
    """The next sentence, of the same turn, asks where one is or which number (no number in it;
    not another question: "How is school?")."""
    nxt = sentences[k + 1] if k + 1 < len(sentences) else None
    return bool(
        nxt is not None
        and nxt.is_question
        and nxt.segment == sentences[k].segment
        and _WHERE_ON_IT.match(nxt.text)
        and not find_numbers(nxt.text)
    )


#: a rating asked for as an order, the scale said in it: "Tell me about the pain now, on a normal
#: day, from nought to ten."
ORDERED = re.compile(
    r"^\W*(?:(?:okay|ok|so|right|now|and|then),?\s+)*"
    r"(?:tell me|talk me through|describe|give me)\b",
    re.I,
)


#: a rating question said again at once, shorter, by what it rates: "How frustrated are you, zero
#: to ten? How much frustration?", "How anxious are you, out of ten? The anxiety?"
_SAID_AGAIN_SHORT = re.compile(
    r"^\W*(?:and |so )?(?:how much |what about )?(?:the |your )?([a-z]{4,})\s*\?\s*$", re.I
)


def restated(q: Sentence, s: Sentence) -> bool:
    """Sentence s, right after the rating prompt q in the same turn, asks it again by the thing
    rated alone: the answer after it answers q."""
    m = _SAID_AGAIN_SHORT.match(s.text)
    if m is None or s.segment != q.segment or find_numbers(s.text):
        return False
    asked = asked_about(q.text)
    noun = m.group(1).lower()
    return asked is not None and (noun == asked or rated(noun) == asked)


#: a question of a score's scale only, asked back of a score told: "Is that out of a hundred?"
_ASKS_THE_TOP = re.compile(
    r"^\W*(?:and |so )?(?:is|was) (?:that|it|this) out of (?:ten|10|a hundred|one hundred|100)\W*$",
    re.I,
)


def asks_a_rating(s: Sentence) -> bool:
    """A question with a scale said in it asks for a rating, unless it asks only what a score told
    is out of ("Is that out of a hundred?")."""
    return s.is_question and not _ASKS_THE_TOP.match(s.text)
